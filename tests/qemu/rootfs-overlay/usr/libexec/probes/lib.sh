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
# probe_boot: the boot this probe runs on, as tests/qemu/expected names it:
# x86_64, aarch64, armhf, mipsel, or compat (the armhf image on the arm64 kernel,
# told by a 32-bit ARM program on a kernel that is not ARMv7).
probe_boot() {
	case "$(/usr/bin/probe-seccomp arch) $(uname -m)" in
	x86_64\ *) echo x86_64 ;;
	aarch64\ *) echo aarch64 ;;
	"arm armv7"*) echo armhf ;;
	arm\ *) echo compat ;;
	mipsel\ *) echo mipsel ;;
	*) echo unknown ;;
	esac
}
# probe_sigmask FIELD: a signal mask of /proc/self/status (SigBlk, SigIgn)
# in hex without its leading zeros: the kernel prints _NSIG/4 digits, 16
# for 64 signals, 32 for MIPS's 128. SIGPIPE (13) is bit 12 everywhere.
probe_sigmask() {
	awk -v f="$1:" '$1 == f { sub(/^0+/, "", $2); print ($2 == "" ? "0" : $2) }' /proc/self/status
}
# probe_sockets_filtered: whether the system-call filters see socket()'s
# family and shmat()'s flags on this boot. Not on mipsel: libseccomp knows
# those calls there only as socketcall() and ipc(), which the kernel and
# libc do not use, so rampart-gen refuses RESTRICT_ADDRESS_FAMILIES and
# MEMORY_DENY_WRITE_EXECUTE; tests/qemu/configs/mipsel.fragment turns them
# off in this image and tests/qemu/run checks the refusal
# (mipsel-refused-at-build-*).
probe_sockets_filtered() { [ "$(probe_boot)" != mipsel ]; }
# probe_foreign: the other ABI a program of this boot can exec (probe-seccomp
# exec-foreign): i386 on x86_64, AArch32 on arm64, AArch64 from the armhf
# image on the arm64 kernel; none on armhf.
probe_foreign() {
	case $(probe_boot) in
	x86_64) echo i386 ;;
	aarch64) echo arm32 ;;
	compat) echo arm64 ;;
	esac
}
