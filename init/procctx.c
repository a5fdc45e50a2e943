/*
 * procctx.c - a service's process context, as systemd.exec(5) sets it:
 * IgnoreSIGPIPE=, OOMScoreAdjust=, Nice=, IOSchedulingClass= and
 * IOSchedulingPriority=.  Set in the child before the namespaces and the
 * uid change, as systemd does: lowering the nice value or the OOM score
 * needs CAP_SYS_NICE / CAP_SYS_RESOURCE, which the service loses, so it
 * cannot undo what was set here (tests/qemu: procctx probes).
 *
 * Unlike systemd, nothing here is skipped or approximated: systemd ignores
 * an OOM score the kernel refuses with EPERM/EACCES (containers) and sets
 * the "closest" nice value RLIMIT_NICE allows; here either is a failed
 * start naming the step and the errno.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
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
