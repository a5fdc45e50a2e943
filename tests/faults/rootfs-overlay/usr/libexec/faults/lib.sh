# lib.sh - shared by the fault scenarios: the boot's mode, results, PID 1's footprint.
# The mode comes from the kernel command line (faults=verify|early); default: full.
# faults_scale: the board's TIMEOUT_SCALE (how much slower its emulation
# is than x86_64's), which tests/faults/run passes there; default 1.
mode=full scale=1
for w in $(cat /proc/cmdline); do
	case $w in
	faults=*) mode=${w#faults=} ;;
	faults_scale=*) scale=${w#faults_scale=} ;;
	esac
done

# t NAME OK DETAIL: one result line; OK is 0 (pass) or anything else.
t() {
	if [ "$2" = 0 ]; then echo "=== T $1 PASS $3"; else echo "=== T $1 FAIL $3"; fi
}

# pid1: "<Rss kB> <open fds> (<code>+<data>+<bss>+<stack>+<other> kB)" of
# PID 1, from 10 readings over a second.  Rss is the sum of smaps' per-
# mapping Rss, the most of the 10: the least smaps_rollup reading was
# once 80 kB while every per-mapping sum of the same boot said 116 (the
# rollup walk may let go of the mmap lock when a fork of PID 1 wants it;
# VmRSS is batched), and nothing makes PID 1's Rss rise for a moment, so
# a higher most is a leak.  fds: the least of the
# 10, as a service being started or drained holds a pipe or two for a
# moment, which is not a leak.  The parts (of the last reading) say where
# a difference is; compare with same_pid1, on the first two.
pid1() {
	k=0 r= f=
	while [ $k -lt 10 ]; do
		parts=$(awk '/^[0-9a-f]+-[0-9a-f]+ / { m = ($6 == "/init") ? (($2 ~ /x/) ? "code" : "data") : ($6 == "[stack]") ? "stack" : ($6 == "") ? "bss" : "other" }
			/^Rss:/ { s[m] += $2; all += $2 }
			END { printf "%d %d+%d+%d+%d+%d", all, s["code"], s["data"], s["bss"], s["stack"], s["other"] }' /proc/1/smaps)
		r1=${parts%% *} parts=${parts#* }
		f1=$(ls /proc/1/fd | wc -l)
		{ [ -z "$r" ] || [ "$r1" -gt "$r" ]; } && r=$r1
		{ [ -z "$f" ] || [ "$f1" -lt "$f" ]; } && f=$f1
		sleep 0.1; k=$((k + 1))
	done
	echo "$r $f ($parts)"
}

# same_pid1 BEFORE AFTER: 0 if PID 1's Rss and fd count are the same
same_pid1() { [ "${1%% (*}" = "${2%% (*}" ] && echo 0 || echo 1; }

# wait_file FILE SECONDS
wait_file() {
	i=0
	while [ ! -e "$1" ] && [ $i -lt $(($2 * 10)) ]; do sleep 0.1; i=$((i + 1)); done
	[ -e "$1" ]
}

# ms: CLOCK_BOOTTIME in ms (/proc/uptime: never jumps with the date)
ms() { awk '{ printf "%d\n", $1 * 1000 }' /proc/uptime; }

done_mark() { touch "/run/done.$1"; }

# idle: what a scenario does in a mode it has nothing to do in
idle() { exec sleep 100000; }
