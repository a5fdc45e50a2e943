/*
 * procctx.c - a service's process context, as systemd.exec(5) sets it:
 * IgnoreSIGPIPE=, OOMScoreAdjust=, Nice=, CPUAffinity=, IOSchedulingClass=,
 * IOSchedulingPriority= and Personality=.  Set in the child before the
 * namespaces and the uid change, as systemd does: lowering the nice value
 * or the OOM score needs CAP_SYS_NICE / CAP_SYS_RESOURCE, which the
 * service loses, so it cannot undo what was set here (tests/qemu:
 * procctx probes).
 *
 * Unlike systemd, nothing here is skipped or approximated: systemd ignores
 * an OOM score the kernel refuses with EPERM/EACCES (containers) and sets
 * the "closest" nice value RLIMIT_NICE allows; here either is a failed
 * start naming the step and the errno.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/personality.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "init.h"
#include "procctx.h"

/* IgnoreSIGPIPE=yes, systemd's default: a write to a pipe or socket
 * whose reader is gone fails with EPIPE instead of killing the service.
 * After the signal reset (signals), so only this disposition survives
 * execve. */
int procctx_sigpipe_apply(const struct svc *svc)
{
	struct sigaction sa = {.sa_handler = SIG_IGN};

	if (svc->sigpipe_default)
		return 0;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGPIPE, &sa, NULL) < 0)
		return -errno;
	return 0;
}

/* OOMScoreAdjust=: the kernel records a value written with
 * CAP_SYS_RESOURCE as the floor (oom_score_adj_min) a process without it
 * cannot go below.  /proc is PID 1's (stage 1), not yet the service's. */
int procctx_oom_score_adjust_apply(const struct svc *svc)
{
	char buf[16];
	size_t len;
	ssize_t n;
	int fd, err = 0;

	if (!svc->oom_score_adjust_set)
		return 0;
	len = fmt(buf, sizeof(buf), "%d\n", (int)svc->oom_score_adjust);
	fd = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = write(fd, buf, len);
	if (n < 0)
		err = -errno;
	else if ((size_t)n != len)
		err = -EIO;
	close(fd);
	return err;
}

/* Nice=: -20 (most favourable) to 19.  A value below the current one
 * needs CAP_SYS_NICE (or RLIMIT_NICE): here the child still has it. */
int procctx_nice_apply(const struct svc *svc)
{
	if (!svc->nice_set)
		return 0;
	if (setpriority(PRIO_PROCESS, 0, svc->nice) < 0)
		return -errno;
	return 0;
}

/* CPUAffinity=: the generator's ranges as the kernel's mask, one bit per
 * CPU in unsigned longs (scripts/gen/procctx.c: CPU 8191 at most).
 * Static: the child has PID 1's memory, a copy, and this is 1 KiB. */
#define PROCCTX_CPUS 8192
#define PROCCTX_LONG_BITS (8 * sizeof(unsigned long))
static unsigned long cpu_mask[PROCCTX_CPUS / PROCCTX_LONG_BITS];

int procctx_cpu_affinity_apply(const struct svc *svc)
{
	unsigned int i, c, top = 0;

	if (!svc->ncpu_affinity)
		return 0;
	for (i = 0; i < svc->ncpu_affinity; i++) {
		const struct svc_cpu_range *r = &svc->cpu_affinity[i];

		if (r->last >= PROCCTX_CPUS || r->first > r->last)
			return -EINVAL; /* the generator refuses these */
		for (c = r->first; c <= r->last; c++)
			cpu_mask[c / PROCCTX_LONG_BITS] |=
				1UL << (c % PROCCTX_LONG_BITS);
		if (r->last > top)
			top = r->last;
	}
	/* The kernel leaves out CPUs it does not have (as systemd does);
	 * EINVAL when none of them is online. */
	if (syscall(SYS_sched_setaffinity, 0,
		    (top / PROCCTX_LONG_BITS + 1) * sizeof(unsigned long),
		    cpu_mask) < 0)
		return -errno;
	return 0;
}

/* The kernel's ioprio ABI (linux/ioprio.h, not in every UAPI header set
 * the targets build with): class in the top bits, level below. */
#define PROCCTX_IOPRIO_WHO_PROCESS 1

/* IOSchedulingClass= and IOSchedulingPriority=, one ioprio value the
 * generator composed (scripts/gen/procctx.c).  The realtime class needs
 * CAP_SYS_ADMIN or CAP_SYS_NICE: here the child still has them. */
int procctx_io_scheduling_apply(const struct svc *svc)
{
	if (!svc->ioprio_set)
		return 0;
	if (syscall(SYS_ioprio_set, PROCCTX_IOPRIO_WHO_PROCESS, 0,
		    (int)svc->ioprio) < 0)
		return -errno;
	return 0;
}

/* Personality=: PER_LINUX or PER_LINUX32 (the generator checked that the
 * target has it).  personality(2) returns the previous domain, so the
 * result is read back (0xffffffff only queries): a kernel without the
 * 32-bit mode would otherwise leave the service in the native one. */
int procctx_personality_apply(const struct svc *svc)
{
	int r;

	if (!svc->personality_set)
		return 0;
	if (personality(svc->personality) < 0)
		return -errno;
	r = personality(0xffffffff);
	if (r < 0)
		return -errno;
	if ((unsigned int)r != svc->personality)
		return -EINVAL;
	return 0;
}
