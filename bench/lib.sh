# bench/lib.sh - helpers shared by the bench/ scripts (sourced, not run).
# Benchmarks print figures; they have no pass/fail thresholds.

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Called from make: the outer make's variables must not leak into our builds.
unset MAKEFLAGS MFLAGS MAKELEVEL EXTERNAL O

now() { date +%s.%N; }
progress() { echo "bench: $*" >&2; }
# The load of the machine, at the start and the end of every bench: the
# figures of a shared machine are only as good as the load they met.
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
bench_name=$(basename "$0")
bench_load0="$(loadavg) at $(date -u +%H:%M:%S)"
case " $* " in *" -h "*|*" --help "*) ;; *) progress "$bench_name: start, load average $bench_load0 UTC" ;; esac
# load_note: one line for the report, the load average (1, 5 and 15 min)
# at the start and now; printed on stderr too.
load_note() {
	local l1="$(loadavg) at $(date -u +%H:%M:%S)"
	progress "$bench_name: end, load average $l1 UTC"
	echo "(load average (1/5/15 min) $bench_load0 UTC at the start, $l1 UTC at the end)"
}
# fail MESSAGE: a failed run is no figure: stop with the reason.
fail() { echo "$bench_name: error: $*" >&2; exit 1; }
# median: of the numbers on stdin; of an even count the mean of the middle
# two, without trailing zeros (92, 91.5, 12.25)
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else { m = sprintf("%.3f", (v[NR / 2] + v[NR / 2 + 1]) / 2); sub(/\.?0+$/, "", m); print m } }'; }
machine() {
	echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')), shared with other jobs; QEMU under TCG (no KVM)"
}

# has_option SUFFIX: the generator knows SVC_<ID>_SUFFIX in this tree. The
# option tables live in the file of their checks (options.c, ns.c,
# creds.c, devices.c, seccomp.c...): every one is searched.
has_option() { grep -qs "\.suffix = \"$1\"" "$top"/scripts/gen/*.c; }

# hardening_lines: .svc lines turning on every restriction option that
# exists in this tree (one value per option; options not yet in the tree
# are skipped, so the scripts follow the sandbox merges). ROOT_DIRECTORY is
# left out: it needs a tree of its own for the program. PROTECT_SYSTEM=strict
# makes the whole image read-only but /proc, /sys and /dev (the private
# /tmp stays writable); /root is hidden by INACCESSIBLE_PATHS. Arguments:
# option names to leave out.
hardening_lines() {
	local kv k v skip=" $* "
	for kv in \
		'PRIVATE_NETWORK=y' \
		'PRIVATE_TMP=y' \
		'PROTECT_SYSTEM="strict"' \
		'INACCESSIBLE_PATHS="-/root"' \
		'PRIVATE_PIDS=y' \
		'PRIVATE_IPC=y' \
		'PRIVATE_UTS=y' \
		'HOSTNAME="svc"' \
		'PROTECT_CONTROL_GROUPS=y' \
		'CAPABILITY_BOUNDING_SET="none"' \
		'NO_NEW_PRIVILEGES=y' \
		'LIMITS="NOFILE=64 FSIZE=1048576 CORE=0 STACK=1048576"' \
		'SECURE_BITS="noroot-locked no-setuid-fixup-locked"' \
		'DEVICE_ALLOW="/dev/null rw"' \
		'DEVICE_POLICY="strict"' \
		'TASKS_MAX="16"' \
		'MEMORY_MAX="16M"' \
		'CPU_QUOTA="50%"'; do
		k=${kv%%=*} v=${kv#*=}
		[ -n "$v" ] || continue
		[ "${skip/ $k /}" = "$skip" ] || continue
		has_option "$k" && printf '%s = %s\n' "$k" "$v"
	done
	return 0
}
# hardening_names: the option names hardening_lines uses, for the reports.
hardening_names() { hardening_lines "$@" | awk '{ print $1 }' | tr '\n' ' ' | sed 's/ $//'; }

# seccomp_lines: .svc lines turning on every seccomp-backed option of this
# tree (the system-call filters), kept apart from hardening_lines so that
# the "hardened" figures stay comparable with the earlier runs. Denied
# calls fail with EPERM, the logged ones are calls no benchmark program
# makes. Arguments: option names to keep (default: all).
seccomp_lines() {
	local kv k v keep=" $* "
	for kv in \
		'SYSTEM_CALL_FILTER="@system-service"' \
		'SYSTEM_CALL_ERROR_NUMBER="EPERM"' \
		'SYSTEM_CALL_LOG="@obsolete"' \
		'SYSTEM_CALL_ARCHITECTURES="native"' \
		'RESTRICT_ADDRESS_FAMILIES="AF_UNIX AF_INET AF_INET6"' \
		'RESTRICT_NAMESPACES="none"' \
		'LOCK_PERSONALITY=y' \
		'MEMORY_DENY_WRITE_EXECUTE=y' \
		'RESTRICT_REALTIME=y' \
		'RESTRICT_SUID_SGID=y' \
		'PROTECT_CLOCK=y'; do
		k=${kv%%=*} v=${kv#*=}
		[ $# -eq 0 ] || [ "${keep/ $k /}" != "$keep" ] || continue
		has_option "$k" && printf '%s = %s\n' "$k" "$v"
	done
	return 0
}
seccomp_names() { seccomp_lines "$@" | awk '{ print $1 }' | tr '\n' ' ' | sed 's/ $//'; }

# seccomp_options: the suffixes of the seccomp-backed options this tree's
# generator knows (scripts/gen/seccomp.c), one a line.
seccomp_options() { sed -n 's/^[[:space:]]*\.suffix = "\([A-Z_]*\)",$/\1/p' "$top/scripts/gen/seccomp.c"; }

# build_ext O EXT DEFCONFIG: configure and build an image with an external
# tree; the log goes to O.build.log. Returns make's status.
build_ext() {
	local o=$1 ext=$2 def=$3
	mkdir -p "$o"
	if make -C "$top" O="$o" ${ext:+EXTERNAL="$ext"} DEFCONFIG="$def" defconfig > "$o.build.log" 2>&1 &&
	   make -C "$top" O="$o" build >> "$o.build.log" 2>&1; then
		return 0
	fi
	echo "bench: error: build in $o failed; last lines of $o.build.log:" >&2
	tail -n 15 "$o.build.log" >&2
	return 1
}

# base_defconfig TARGET: the board defconfig with every in-tree service off.
base_defconfig() {
	local s id
	cat "$top/configs/qemu_$1_defconfig"
	for s in "$top"/services/*.svc; do
		id=$(basename "$s" .svc)
		echo "# CONFIG_SVC_${id^^} is not set"
	done
}

# boot_until LOG PATTERN TIMEOUT TARGET O: boot O's image in QEMU with the
# console in LOG, until PATTERN shows up in LOG (then our QEMU is stopped:
# its own session, started here), QEMU ends, or TIMEOUT seconds pass.
# $bench_memory, when set, is the guest's RAM (qemu-run --memory).
boot_until() {
	local log=$1 pat=$2 tmo=$3 t=$4 o=$5 extra pid i
	extra=$(sed -n 's/^CONFIG_TARGET_CMDLINE_EXTRA="\(.*\)"$/\1/p' "$o/.config")
	setsid "$top/scripts/qemu-run" --board "$top/board/qemu-$t" --kernel "$o/images/kernel" \
		--initrd "$o/images/initramfs.cpio.gz" --append "$extra" --timeout "$tmo" \
		${bench_memory:+--memory "$bench_memory"} \
		> "$log" 2>&1 < /dev/null &
	pid=$!
	for i in $(seq 1 $((tmo * 10))); do
		grep -qE -- "$pat" "$log" && break
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -TERM "$pid" 2>/dev/null  # qemu-run forwards it to its QEMU
	wait "$pid" 2>/dev/null
	return 0
}
