# sources.sh - expands a target's source list from tests/fuzz/targets (sourced by run and fuzz).
# Words are globs relative to the top; a word "-PATH" removes that file again
# (the generator's main.c, whose main() would clash with the fuzzer's).
fuzz_sources() {
	local w f keep=() drop=()
	for w in "$@"; do
		case $w in -*) drop+=("${w#-}") ;; *) for f in $w; do keep+=("$f"); done ;; esac
	done
	for f in "${keep[@]}"; do
		[[ " ${drop[*]} " == *" $f "* ]] || printf '%s\n' "$f"
	done
}
