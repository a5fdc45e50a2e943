# tests/lib.sh - shared helpers of the test tiers: counting, checks that say what they expected.
# Sourced by tests/<tier>/run; each check prints one line, PASS or FAIL.

export LC_ALL=C
_passed=0
_failed=0

step() { echo "--- $*"; }

pass() {
	_passed=$((_passed + 1))
	echo "PASS $1"
}

# fail NAME EXPECTED GOT
fail() {
	_failed=$((_failed + 1))
	echo "FAIL $1: expected $2, got ${3:-nothing}"
}

# expect_eq NAME EXPECTED ACTUAL
expect_eq() {
	if [ "$2" = "$3" ]; then pass "$1"; else fail "$1" "'$2'" "'$3'"; fi
}

# check_line NAME REGEX FILE: some line of FILE matches the extended regex.
check_line() {
	if grep -qE -- "$2" "$3"; then pass "$1"; else fail "$1" "a line matching /$2/" "no such line in $3"; fi
}

# wait_for_line FILE REGEX SECONDS: returns 0 once a line matches, 1 on timeout.
wait_for_line() {
	local i
	for i in $(seq 1 $(($3 * 10))); do
		grep -qE -- "$2" "$1" 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}

# summary TIER: the tier's result line; exit status of the tier.
summary() {
	echo "$1: $_passed passed, $_failed failed"
	[ "$_failed" -eq 0 ]
}
