# lib.sh - helpers of the in-VM probes: one "=== T <name> PASS|FAIL ..." line per check.
t_pass() { echo "=== T $1 PASS"; }
t_fail() { echo "=== T $1 FAIL expected $2 got $3"; }
# t_eq NAME EXPECTED ACTUAL
t_eq() { if [ "$2" = "$3" ]; then t_pass "$1"; else t_fail "$1" "'$2'" "'$3'"; fi; }
# t_true NAME DESCRIPTION COMMAND...: passes when COMMAND succeeds.
t_true() { n=$1; d=$2; shift 2; if "$@"; then t_pass "$n"; else t_fail "$n" "$d" "not so"; fi; }
# dev_v1_cgroup: this process's cgroup in a cgroup-v1 devices hierarchy, empty
# when none is mounted (the BPF image). Device probes branch on it; each
# image's expected list (tests/qemu/expected*) names the checks it must
# print, so a probe that took the wrong branch fails there.
dev_v1_cgroup() { sed -n 's/^[0-9]*:devices:\(.*\)$/\1/p' /proc/self/cgroup; }
V1=/run/cgroup/devices
