/* spawn.c - create one service process inside its cgroup, with a report pipe. */
#define _GNU_SOURCE 1 /* pipe2 */
#include <errno.h>
#include <fcntl.h>
#include <linux/sched.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "init.h"

static void close_pair(int p[2])
{
	if (p[0] >= 0)
		close(p[0]);
	if (p[1] >= 0)
		close(p[1]);
}

/*
 * The child is created inside its cgroup: clone3(CLONE_INTO_CGROUP) with
 * the fresh cgroup's fd, so nothing of the service ever runs outside it,
 * and no migration is needed.  Writing a pid into cgroup.procs (a
 * migration) takes the kernel's cgroup threadgroup lock for writing,
 * which waits for an RCU grace period: 0.6 ms on the host, about 15 ms
 * under QEMU's TCG, on every start that is not one of a quick burst (a
 * respawn).  Kernels without clone3 (< 5.3) or CLONE_INTO_CGROUP (< 5.7,
 * E2BIG for the longer clone_args) fall back, once for the boot, to fork
 * and cgroup_place().  Either way the child is held on the "go" pipe until
 * PID 1 has placed it everywhere it must be (the cgroup-v1 devices
 * hierarchy too) and killed before it ran anything if that fails.
 *
 * A raw clone3 leaves one thing of musl's stale in the child: the thread
 * id it caches (PID 1's).  PID 1 never has a second thread, so its thread
 * list and locks are already what fork() would reset; the child must only
 * not use what reads the cached id (raise, abort, pthread_*) before exec,
 * and the sandbox sequence does not.
 */
#if CFG_INIT_TEST_NO_CLONE3
#ifndef RAMPART_TEST_HOOKS
#error "INIT_TEST_NO_CLONE3: a test hook, built only for tests/qemu (Makefile)"
#endif
static bool clone3_missing = true; /* test hook: the fallback, proved */
#else
static bool clone3_missing;
#endif

/*
 * Returns the pid (0 in the child) or -errno; *placed: in the cgroup.
 * Without a go pipe (go[1] < 0) it does not fork: a child that is not
 * placed yet must be held, so -ENOSYS asks for one and a second call.
 */
static pid_t spawn_clone(const struct svc *svc, const int go[2], bool *placed)
{
	struct clone_args args;
	char path[96];
	long pid;
	int cg, e;

	*placed = false;
	if (!clone3_missing) {
		fmt(path, sizeof(path), CGROUP_ROOT "/%s", svc->id);
		/* openat, not open: musl's open() follows O_CLOEXEC with
		 * an fcntl (for kernels older than 2.6.23) */
		cg = openat(AT_FDCWD, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (cg < 0)
			return -errno;
		memset(&args, 0, sizeof(args));
		args.flags = CLONE_INTO_CGROUP;
		args.exit_signal = SIGCHLD;
		args.cgroup = (__u64)cg;
		pid = syscall(SYS_clone3, &args, sizeof(args));
		e = errno;
		if (pid == 0)
			return 0;
		close(cg);
		if (pid > 0) {
			*placed = true;
			return (pid_t)pid;
		}
		if (e != ENOSYS && e != E2BIG)
			return -e;
		clone3_missing = true;
		log_msg(LOG_INFO, "clone3 with CLONE_INTO_CGROUP: %s: "
				  "services are placed after fork",
			strerror(e));
	}
	if (go[1] < 0)
		return -ENOSYS;
	pid = fork();
	return pid < 0 ? -errno : (pid_t)pid;
}

/*
 * On success the child runs sandbox_enter() and execs argv (the service's
 * own, or a command run before it); its exec (or the step that failed)
 * comes back on sp->report_fd.  On failure *step names the step.
 */
bool spawn_joining;

static int spawn_do(const struct svc *svc, const char *const *argv,
	struct spawned *sp, int *step, bool join);

int spawn_service(const struct svc *svc, const char *const *argv,
	struct spawned *sp, int *step, bool join)
{
	int r;

	spawn_joining = join;
	r = spawn_do(svc, argv, sp, step, join);
	spawn_joining = false;
	return r;
}

static int spawn_do(const struct svc *svc, const char *const *argv,
	struct spawned *sp, int *step, bool join)
{
	int report[2] = {-1, -1}, go[2] = {-1, -1}, out[2] = {-1, -1};
	int ready[2] = {-1, -1}; /* TYPE=notify-fd */
	char c = 'g';
	ssize_t n;
	pid_t pid;
	int pidns = -1;
	bool placed;
	int r;

	/* test_fault(): the test tree's hook, 0 in every other build */
	*step = STEP_CGROUP;
	r = test_fault(svc, STEP_CGROUP);
	if (r == 0 && !join)
		r = cgroup_create(svc->id);
	if (r < 0)
		return r;

	/* -- devices and cgroup limits -- */
	/* Limits and the device program go on the fresh, still empty
	 * cgroup before the child exists: once placed, it is restricted
	 * from its first instruction.  A post command joins the running
	 * instance's cgroup, which has both already (a second device
	 * program would be attached beside the first). */
	if (!join) {
		r = cgroup_limits(svc, step);
		if (r < 0)
			return r;
	}
	*step = STEP_DEVICES;
	r = test_fault(svc, STEP_DEVICES);
	if (r == 0 && !join)
		r = devices_apply(svc);
	if (r < 0)
		return r;

	/* All of PID 1's fds are close-on-exec: none may leak into a
	 * service (the sandbox also closes every fd >= 3).  The report
	 * pipe is non-blocking at both ends: PID 1 never waits on it, and
	 * the child's one write (a failed step, < PIPE_BUF) goes into an
	 * empty pipe.  The go pipe only when the child must be held: it
	 * is not created in its cgroup (no clone3), or it still has to
	 * join the cgroup-v1 devices hierarchy. */
	*step = STEP_SPAWN;
	r = test_fault(svc, STEP_SPAWN);
	if (r < 0)
		goto fail;
	if (pipe2(report, O_CLOEXEC | O_NONBLOCK) < 0 ||
		((clone3_missing || devices_v1_wanted(svc)) &&
			pipe2(go, O_CLOEXEC) < 0) ||
		(svc->output == SVC_OUTPUT_LOG && pipe2(out, O_CLOEXEC) < 0) ||
		(svc->type == SVC_TYPE_NOTIFY_FD && argv == svc->argv &&
			pipe2(ready, O_CLOEXEC) < 0)) {
		r = -errno;
		goto fail;
	}
	/* -- namespaces and filesystem: a PID namespace exists only for
	 *    children, so PID 1 enters one just for this fork (ns.c) -- */
	if (ns_wants_pid(svc)) {
		*step = STEP_NAMESPACES;
		r = ns_pid_enter(&pidns);
		if (r < 0)
			goto fail;
		*step = STEP_SPAWN;
	}
	pid = spawn_clone(svc, go, &placed);
	if (pid == -ENOSYS && go[1] < 0) {
		/* clone3 turned out to be missing: hold the child */
		if (pipe2(go, O_CLOEXEC) < 0)
			pid = -errno;
		else
			pid = spawn_clone(svc, go, &placed);
	}
	r = pid;
	if (pidns >= 0 && pid != 0) {
		int r2 = ns_pid_leave(pidns);

		if (r2 < 0) {
			/* Should never happen (PID 1 may always return to
			 * its own namespace).  The child is killed; later
			 * forks would land in this dead namespace and fail
			 * (ENOMEM): nothing runs in the wrong one. */
			log_msg(LOG_ERR, "cannot leave a PID namespace: %s",
				strerror(-r2));
			if (pid > 0) {
				kill(pid, SIGKILL);
				while (waitpid(pid, NULL, 0) < 0 &&
					errno == EINTR)
					;
			}
			*step = STEP_NAMESPACES;
			r = r2;
			goto fail;
		}
	}
	if (pid < 0)
		goto fail;
	if (pid == 0) {
		/* PID 1's read ends are close-on-exec: gone at the exec */
		if (go[0] >= 0) {
			close(go[1]);
			do
				n = read(go[0], &c, 1);
			while (n < 0 && errno == EINTR);
			if (n != 1)
				_exit(127); /* not placed: never run anything */
			close(go[0]);
		}
		sandbox_enter(svc, argv, report[1], out[1], ready[1]);
	}
	if (go[0] >= 0)
		close(go[0]);
	close(report[1]);
	if (out[1] >= 0)
		close(out[1]);
	if (ready[1] >= 0)
		close(ready[1]);

	*step = STEP_CGROUP;
	r = placed ? 0 : cgroup_place(svc->id, pid);
	if (r == 0) {
		/* INIT_CGROUP_V1_DEVICES: its device list is a second
		 * cgroup, in the v1 hierarchy; the same guarantee. */
		*step = STEP_DEVICES;
		r = devices_v1_place(svc, pid);
	}
	if (r < 0) {
		kill(pid, SIGKILL);
		if (go[1] >= 0)
			close(go[1]);
		while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
			;
		close(report[0]);
		if (out[0] >= 0)
			close(out[0]);
		if (ready[0] >= 0)
			close(ready[0]);
		return r;
	}
	if (go[1] >= 0) {
		(void)!write(go[1], &c, 1); /* fails only if the child died */
		close(go[1]);
	}

	/* PID 1 never waits on a pipe: its read ends are non-blocking.  The
	 * service's write end stays blocking (it is a separate description),
	 * so a fast writer is slowed down, not handed EAGAIN. */
	if (out[0] >= 0)
		fcntl(out[0], F_SETFL, O_NONBLOCK);
	if (ready[0] >= 0)
		fcntl(ready[0], F_SETFL, O_NONBLOCK);
	sp->pid = pid;
	sp->ready_fd = ready[0];
	sp->report_fd = report[0];
	sp->out_fd = out[0];
	return 0;

fail:
	close_pair(report);
	close_pair(go);
	close_pair(out);
	close_pair(ready);
	return r;
}
