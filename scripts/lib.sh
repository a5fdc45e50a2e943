# lib.sh - shell helpers shared by the host scripts (sourced, not run).
# shellcheck shell=bash

# The calling script's name, for messages.
PROG=${PROG:-$(basename "$0")}

# die WHAT [WHY]: print "<script>: error: WHAT (WHY)" and exit 1.
die() {
	if [ $# -ge 2 ] && [ -n "$2" ]; then
		printf '%s: error: %s (%s)\n' "$PROG" "$1" "$2" >&2
	else
		printf '%s: error: %s\n' "$PROG" "$1" >&2
	fi
	exit 1
}

# warn WHAT: print "<script>: warning: WHAT" and go on.
warn() {
	printf '%s: warning: %s\n' "$PROG" "$*" >&2
}

# progress TAG WHAT: the one line printed for a long step ("  FETCH x").
progress() {
	printf '  %s %s\n' "$1" "$2"
}

# usage_error MSG: a bad command line; print the usage and exit 2.
# Each script defines usage() printing its own usage lines.
usage_error() {
	printf '%s: error: %s\n' "$PROG" "$1" >&2
	usage >&2
	exit 2
}

# need_arg OPT VALUE-COUNT: an option that takes a value must have one.
need_arg() {
	[ "$2" -ge 2 ] || usage_error "option $1 needs a value"
}

# need_cmd CMD PKG: fail early and clearly when a host tool is missing.
need_cmd() {
	command -v "$1" >/dev/null 2>&1 ||
		die "$1 not found" "install the Debian package $2: scripts/install-deps $2"
}

# The download cache shared by every output folder.
RAMPART_CACHE=${RAMPART_CACHE:-${HOME:-/root}/.cache/rampart}

# newer_than A B: true when file A exists and is newer than file B.
newer_than() {
	[ -e "$1" ] && [ "$1" -nt "$2" ]
}

# host_apt_sources: one line per enabled source of the host's apt
# configuration, as TYPE<TAB>URI<TAB>SUITE<TAB>COMPONENTS<TAB>SIGNED_BY<TAB>ARCHS
# (COMPONENTS, ARCHS space separated; empty fields are "-").
# Reads the one-line *.list and the deb822 *.sources formats, from the
# places apt itself reads (so renamed/disabled files are skipped like apt
# does). No archive host name is written anywhere: it all comes from here.
host_apt_sources() {
	local SL='' SP='' f
	eval "$(apt-config shell SL Dir::Etc::sourcelist/f SP Dir::Etc::sourceparts/d)"
	{
		[ -n "$SL" ] && [ -f "$SL" ] && _apt_list_lines <"$SL"
		for f in "$SP"*.list; do
			[ -f "$f" ] && _apt_list_lines <"$f"
		done
		for f in "$SP"*.sources; do
			[ -f "$f" ] && _apt_deb822_lines <"$f"
		done
	} | awk '!seen[$0]++'
}

# One-line format: deb [opt=val ...] URI SUITE [COMPONENT...]
_apt_list_lines() {
	awk '
	{ sub(/#.*/, "") }
	NF < 3 { next }
	$1 != "deb" && $1 != "deb-src" { next }
	{
		type = $1; sb = "-"; archs = "-"; i = 2
		if ($2 ~ /^\[/) {
			opts = ""
			for (; i <= NF; i++) {
				opts = opts " " $i
				if ($i ~ /\]$/) { i++; break }
			}
			gsub(/[\[\]]/, "", opts)
			n = split(opts, o, " ")
			for (j = 1; j <= n; j++) {
				split(o[j], kv, "=")
				if (kv[1] == "signed-by") sb = kv[2]
				if (kv[1] == "arch") { archs = kv[2]; gsub(/,/, " ", archs) }
			}
		}
		uri = $i; suite = $(i + 1); comps = ""
		for (k = i + 2; k <= NF; k++) comps = comps (comps == "" ? "" : " ") $k
		if (comps == "") comps = "-"
		if (uri ~ /^cdrom:/) next
		printf "%s\t%s\t%s\t%s\t%s\t%s\n", type, uri, suite, comps, sb, archs
	}'
}

# deb822 format: stanzas of Field: value, continuation lines start with
# white space, stanzas separated by blank lines.
_apt_deb822_lines() {
	awk '
	function flush(   nt, nu, ns, a, b, c, t, u, s) {
		if (field["enabled"] == "no" || field["types"] == "") { reset(); return }
		nt = split(field["types"], t, " ")
		nu = split(field["uris"], u, " ")
		ns = split(field["suites"], s, " ")
		for (a = 1; a <= nt; a++) for (b = 1; b <= nu; b++) for (c = 1; c <= ns; c++) {
			if (t[a] != "deb" && t[a] != "deb-src") continue
			if (u[b] ~ /^cdrom:/) continue
			printf "%s\t%s\t%s\t%s\t%s\t%s\n", t[a], u[b], s[c],
			    (field["components"] == "" ? "-" : field["components"]),
			    (field["signed-by"] == "" || field["signed-by"] ~ /BEGIN/ ? "-" : field["signed-by"]),
			    (field["architectures"] == "" ? "-" : field["architectures"])
		}
		reset()
	}
	function reset() { delete field; last = "" }
	/^#/ { next }
	/^[ \t]*$/ { flush(); next }
	/^[ \t]/ {
		if (last != "") { v = $0; gsub(/^[ \t]+|[ \t]+$/, "", v); field[last] = field[last] " " v }
		next
	}
	{
		k = tolower(substr($0, 1, index($0, ":") - 1))
		v = substr($0, index($0, ":") + 1)
		gsub(/^[ \t]+|[ \t]+$/, "", v)
		field[k] = v; last = k
	}
	END { flush() }'
}

# run_quiet CMD...: run CMD with its output held back; show it only if CMD
# fails (then return CMD's status).
run_quiet() {
	local out rc=0
	out=$(mktemp "${TMPDIR:-/tmp}/rampart.XXXXXX")
	"$@" >"$out" 2>&1 || rc=$?
	[ "$rc" -eq 0 ] || sed 's/^/    /' "$out" >&2
	rm -f "$out"
	return "$rc"
}
