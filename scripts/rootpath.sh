# rootpath.sh - path lookups inside an image's root folder, its symbolic
# links followed there and not on the host (sourced by elf-closure and
# image-packages, not run).
# shellcheck shell=bash disable=SC2034 # WALKED and LINKS are for the caller

# walk ROOT PATH: follow the image path PATH inside the host folder ROOT
# ('' for the host's /), every symbolic link resolved there (absolute
# targets from ROOT, '..' never above it). Sets WALKED to the real path
# and appends each link met to the array LINKS (the caller empties it);
# returns 1 when PATH does not exist or has more than 40 links.
walk() {
	local root=$1 rest=$2 cur='' comp t hops=0
	while :; do
		while [[ $rest == /* ]]; do rest=${rest#/}; done
		[ -n "$rest" ] || break
		comp=${rest%%/*}
		if [[ $rest == */* ]]; then rest=${rest#*/}; else rest=''; fi
		case $comp in
		.) continue ;;
		..) cur=${cur%/*}; continue ;;
		esac
		if [ -L "$root$cur/$comp" ]; then
			hops=$((hops + 1))
			[ "$hops" -le 40 ] || return 1
			LINKS+=("$cur/$comp")
			t=$(readlink "$root$cur/$comp")
			[[ $t != /* ]] || cur=''
			rest="$t${rest:+/$rest}"
		elif [ -e "$root$cur/$comp" ]; then
			cur="$cur/$comp"
		else
			return 1
		fi
	done
	WALKED=${cur:-/}
}

# is_elf FILE: FILE starts with the ELF magic.
is_elf() {
	local magic=''
	IFS= read -r -N 4 magic <"$1" 2>/dev/null || true
	[ "$magic" = $'\x7fELF' ]
}
