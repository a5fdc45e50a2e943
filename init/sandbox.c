/* sandbox.c - the child side: one ordered sequence from fork to execve. */
#include <errno.h>
#include <fcntl.h>
#include <linux/close_range.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "init.h"
#include "procctx.h"
#include "specifiers.h"

/*
 * Everything here runs in the forked child of PID 1, between fork and
 * execve: only async-signal-safe calls (plain syscalls), no allocation, no
 * stdio, no logging.  Any failure goes back to PID 1 as (step, errno) and
 * the child exits: a service never runs with fewer restrictions than
 * configured, so there is no "continue anyway".
 */

#define SANDBOX_STEP_NAME(id, name) [STEP_##id] = name,
const char *const sandbox_step_name[STEP_COUNT] = {
	SANDBOX_STEPS(SANDBOX_STEP_NAME) /* one per step */
};

static int report_fd = -1;

__attribute__((noreturn)) static void fail(int step, int err)
{
	struct sandbox_report rep = {step, err};

	(void)!write(report_fd, &rep, sizeof(rep)); /* < PIPE_BUF: atomic */
	_exit(127);
}

/* The test tree's fault hook (testhook.c): nothing in any other build. */
#define TEST_FAULT(svc, step)                                                  \
	do {                                                                   \
		int e_ = test_fault((svc), (step));                            \
		if (e_ < 0)                                                    \
			fail((step), -e_);                                     \
	} while (0)

/* The stdio step overwrites fds 0-2: keep our pipes above them. */
static int fd_above_stdio(int fd)
{
	int nfd;

	if (fd < 0 || fd > 2)
		return fd;
	nfd = fcntl(fd, F_DUPFD_CLOEXEC, 3);
	if (nfd < 0)
		_exit(127); /* cannot even report: PID 1 sees exit 127 */
	return nfd;
}

/*
 * PID 1 blocks every signal, and exec keeps both the mask and ignored
 * dispositions: both must be undone or they leak into the service.
 */
static void signals_reset(void)
{
	sigset_t none;
	int r;

	/* A copy of PID 1's dispositions, every one SIG_DFL since stage 1
	 * (signals_pristine): then the 60-odd calls would change nothing. */
	r = signals_pristine ? 0 : signals_default();
	if (r < 0)
		fail(STEP_SIGNALS, -r);
	sigemptyset(&none);
	if (sigprocmask(SIG_SETMASK, &none, NULL) < 0)
		fail(STEP_SIGNALS, errno);
}

/*
 * stdin is /dev/null; stdout and stderr go to PID 1's log pipe or
 * /dev/null: never a tty, where TIOCSTI could inject input into a shell.
 * The one exception is OUTPUT=console, the interactive shell, which gets
 * the console as 0-2 and as its controlling tty (for job control and ^C).
 */
static void stdio_setup(const struct svc *svc, int out_fd)
{
	int in, out;

	/* PID 1's own /dev/null and console, opened in stage 1: a name in
	 * /dev that a root service could have replaced is never looked up. */
	in = out = dev_null_fd;
	if (svc->output == SVC_OUTPUT_LOG) {
		out = out_fd;
	} else if (svc->output == SVC_OUTPUT_CONSOLE) {
		/* 1 = take it even if an earlier session still holds it
		 * (we are still privileged here). */
		if (ioctl(console_rw_fd, TIOCSCTTY, 1) < 0)
			fail(STEP_STDIO, errno);
		in = out = console_rw_fd;
	}
	if (in < 0 || out < 0)
		fail(STEP_STDIO, EBADF);
	if (dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(out, 2) < 0)
		fail(STEP_STDIO, errno);
}

/*
 * Close every fd >= 3.  PID 1 opens all its fds close-on-exec already;
 * this is the second line of defence.  CLOSE_RANGE_CLOEXEC (5.11) marks
 * them instead of closing, so the report pipe still works until execve.
 */
static unsigned int fd_limit = 1024; /* PID 1's, read before rlimits */
static int keep_fd = -1; /* TYPE=notify-fd: READY_FD survives the exec */

static void fds_close(const struct svc *svc)
{
	unsigned int fd;

	TEST_FAULT(svc, STEP_CLOSE_FDS);
	if (syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) == 0)
		return;
	if (errno != ENOSYS && errno != EINVAL)
		fail(STEP_CLOSE_FDS, errno);
	/* Older kernel: close one by one, up to PID 1's fd limit (every fd
	 * came from PID 1; the service's own LIMIT_NOFILE may be lower). */
	for (fd = 3; fd < fd_limit; fd++)
		if ((int)fd != report_fd && (int)fd != keep_fd)
			close(fd);
}

/* -- namespaces and filesystem -- */
#define NS_TRY(step, call)                                                     \
	do {                                                                   \
		int r_ = (call);                                               \
		if (r_ < 0)                                                    \
			fail(step, -r_);                                       \
	} while (0)

/*
 * Namespaces and mounts, while still root (ns.c, mount.c).  A PID
 * namespace was entered at fork (spawn.c): this child is its process 1.
 */
static void ns_sandbox(const struct svc *svc)
{
	int step;

	/* All namespaces at once, before any mount: the mounts below must
	 * land in the new mount namespace, the sysfs in the new netns. */
	TEST_FAULT(svc, STEP_NAMESPACES);
	NS_TRY(STEP_NAMESPACES, ns_unshare(svc));
	if (ns_wants_mounts(svc)) {
		/* Before any mount, else it would propagate to PID 1. */
		TEST_FAULT(svc, STEP_PROPAGATION);
		NS_TRY(STEP_PROPAGATION, mount_propagation_private());
		/* Every mount, in the order of mount.c's mount_steps[]. */
		step = STEP_PROPAGATION;
		NS_TRY(step, mount_sequence(svc, &step));
	}
	if (svc->private_network) {
		TEST_FAULT(svc, STEP_PRIVATE_NETWORK);
		NS_TRY(STEP_PRIVATE_NETWORK, ns_loopback_up());
	}
	if (svc->hostname) {
		TEST_FAULT(svc, STEP_HOSTNAME);
		NS_TRY(STEP_HOSTNAME, ns_hostname(svc->hostname));
	}
}
#undef NS_TRY

/* -- the environment: the generated one, with PASS_ENVIRONMENT's names
 *    taken from PID 1's own (what the kernel gave it) over the defaults
 *    (the generator refused a name the configuration sets or unsets), and
 *    $WATCHDOG_PID, the one variable known only here: the process's own
 *    pid, as it sees it (sd_watchdog_enabled(3) compares) -- */
#define ENV_MAX 256
static const char *env_out[ENV_MAX + 2];
static char watchdog_pid[32];
extern char **environ;

/* "NAME=value" of PID 1's environment, or NULL */
static const char *env_pid1(const char *name, size_t len)
{
	char **e;

	for (e = environ; e && *e; e++)
		if (!strncmp(*e, name, len) && (*e)[len] == '=')
			return *e;
	return NULL;
}

static const char *const *env_build(
	const struct svc *svc, const char *const *envp)
{
	const char *const *p;
	const char *e;
	unsigned int n, i;
	size_t len;

	if (!svc->pass_env && !svc->watchdog_sec)
		return envp;
	for (n = 0; envp[n]; n++) {
		if (n >= ENV_MAX)
			fail(STEP_EXEC, E2BIG);
		env_out[n] = envp[n];
	}
	for (p = svc->pass_env; p && *p; p++) {
		len = strlen(*p);
		e = env_pid1(*p, len);
		if (!e)
			continue; /* not passed: the default stays */
		for (i = 0; i < n; i++)
			if (!strncmp(env_out[i], *p, len) &&
				env_out[i][len] == '=')
				break;
		if (i == n && n++ >= ENV_MAX)
			fail(STEP_EXEC, E2BIG);
		env_out[i] = e;
	}
	if (svc->watchdog_sec) {
		if (n >= ENV_MAX)
			fail(STEP_EXEC, E2BIG);
		fmt(watchdog_pid, sizeof(watchdog_pid), "WATCHDOG_PID=%d",
			(int)getpid());
		env_out[n++] = watchdog_pid;
	}
	env_out[n] = NULL;
	return env_out;
}

/*
 * TYPE=notify-fd: the readiness pipe's write end at READY_FD, the number
 * the program was told (s6's notification-fd): the report pipe moves out
 * of the way first if it sits there.  Still close-on-exec here; that flag
 * goes after fds_close(), which marks every fd above 2.
 */
static void ready_fd_place(const struct svc *svc, int ready_w)
{
	int want = svc->ready_fd, nfd;

	TEST_FAULT(svc, STEP_READY_FD);
	if (report_fd == want) {
		nfd = fcntl(report_fd, F_DUPFD_CLOEXEC, 3);
		if (nfd < 0)
			fail(STEP_READY_FD, errno);
		close(report_fd);
		report_fd = nfd;
	}
	if (ready_w != want) {
		if (dup2(ready_w, want) < 0)
			fail(STEP_READY_FD, errno);
		close(ready_w);
	}
	keep_fd = want;
}

void sandbox_enter(const struct svc *svc, const char *const *argv, int rfd,
	int out_fd, int ready_w)
{
	static const char *const no_env[] = {NULL};
	const char *const *envp = svc->envp ? svc->envp : no_env;
	const char *const *exec_argv = argv; /* as configured: which command */
	struct rlimit rl;
	int r, step;

	report_fd = fd_above_stdio(rfd);
	out_fd = fd_above_stdio(out_fd);
	ready_w = fd_above_stdio(ready_w);
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0)
		fd_limit = rl.rlim_cur < 65536 ? (unsigned int)rl.rlim_cur :
						 65536;

	/* 1. First, so nothing below runs with PID 1's blocked mask and so
	 *    no disposition of PID 1's survives exec. */
	TEST_FAULT(svc, STEP_SIGNALS);
	signals_reset();

	/* 1b. IGNORE_SIGPIPE (systemd's default): the one disposition that
	 *     survives execve, set after the reset that clears the others. */
	TEST_FAULT(svc, STEP_IGNORE_SIGPIPE);
	r = procctx_sigpipe_apply(svc);
	if (r < 0)
		fail(STEP_IGNORE_SIGPIPE, -r);

	/* 2. A session of its own: no controlling tty inherited, and the
	 *    service's process group can be signalled as a whole. */
	TEST_FAULT(svc, STEP_SETSID);
	if (setsid() < 0)
		fail(STEP_SETSID, errno);

	/* 2b. %b %v %H in the command: before the namespaces, as systemd's
	 *     manager resolves them (the host's name, not PRIVATE_UTS's). */
	if (svc->specifiers) {
		const char *const *cmd = argv;

		TEST_FAULT(svc, STEP_SPECIFIERS);
		r = specifiers_expand(svc, &argv);
		if (r < 0)
			fail(STEP_SPECIFIERS, -r);
		exec_argv = cmd;
	}

	/* 3. stdio after setsid: TIOCSCTTY needs a session leader.  The
	 *    STANDARD_* files (stdio.c) are opened here, as systemd opens
	 *    them: as root, in PID 1's tree, before the namespaces. */
	if (svc->stdio) {
		r = stdio_apply(svc, out_fd, &step);
		if (r < 0)
			fail(step, -r);
	} else {
		TEST_FAULT(svc, STEP_STDIO);
		stdio_setup(svc, out_fd);
	}

	/* -- process context (procctx.c) -- */
	/* While every capability is still in hand: a lower nice value, a
	 * lower OOM score and the realtime I/O class need CAP_SYS_NICE,
	 * CAP_SYS_RESOURCE, CAP_SYS_ADMIN, which the service loses (4d-4e),
	 * so it cannot undo them.  Before the namespaces: /proc is PID 1's. */
	TEST_FAULT(svc, STEP_OOM_SCORE_ADJUST);
	r = procctx_oom_score_adjust_apply(svc);
	if (r < 0)
		fail(STEP_OOM_SCORE_ADJUST, -r);
	TEST_FAULT(svc, STEP_NICE);
	r = procctx_nice_apply(svc);
	if (r < 0)
		fail(STEP_NICE, -r);
	TEST_FAULT(svc, STEP_CPU_AFFINITY);
	r = procctx_cpu_affinity_apply(svc);
	if (r < 0)
		fail(STEP_CPU_AFFINITY, -r);
	TEST_FAULT(svc, STEP_IO_SCHEDULING);
	r = procctx_io_scheduling_apply(svc);
	if (r < 0)
		fail(STEP_IO_SCHEDULING, -r);
	/* Personality= after them (systemd's order), before the filters
	 * that may lock it (LOCK_PERSONALITY: this domain only). */
	TEST_FAULT(svc, STEP_PERSONALITY);
	r = procctx_personality_apply(svc);
	if (r < 0)
		fail(STEP_PERSONALITY, -r);

	/* -- service directories -- */
	/* Before the namespaces: they are made in PID 1's tree (where they
	 * persist, and where mount.c then opens them as holes), as root. */
	r = dirs_create(svc, &step);
	if (r < 0)
		fail(step, -r);

	/* -- credentials (credentials.c) -- */
	/* As root in PID 1's tree, like the STANDARD_* files: an absolute
	 * source is read there, the ramfs filled and made read-only, still
	 * detached; mount.c attaches it in the new mount namespace. */
	r = creds_prepare(svc, &step);
	if (r < 0)
		fail(step, -r);

	/* -- namespaces and filesystem -- */
	ns_sandbox(svc);

	/* -- rlimits, capabilities -- */

	/* 4a. rlimits while still privileged: raising a hard limit above
	 *     PID 1's needs CAP_SYS_RESOURCE, gone after the uid change. */
	TEST_FAULT(svc, STEP_RLIMITS);
	r = rlimit_apply(svc);
	if (r < 0)
		fail(STEP_RLIMITS, -r);

	/* 4b. The bounding set, while CAP_SETPCAP is still in hand. */
	TEST_FAULT(svc, STEP_CAP_BOUNDING);
	r = caps_bounding_apply(svc);
	if (r < 0)
		fail(STEP_CAP_BOUNDING, -r);

	/* 4c. Secure bits before the uid change they govern (keep-caps,
	 *     no-setuid-fixup); PR_SET_SECUREBITS also needs CAP_SETPCAP. */
	TEST_FAULT(svc, STEP_SECUREBITS);
	r = caps_securebits_apply(svc);
	if (r < 0)
		fail(STEP_SECUREBITS, -r);

	/* 4d. Supplementary groups, gid, uid, verified (cred.c). */
	r = cred_apply(svc, &step);
	if (r < 0)
		fail(step, -r);

	/* 4e. Permitted/effective/inheritable and ambient, now that the uid
	 *     change has done what it does to them. */
	TEST_FAULT(svc, STEP_CAPABILITIES);
	r = caps_apply(svc);
	if (r < 0)
		fail(STEP_CAPABILITIES, -r);

	/* 4f. Last: nothing after it needs to gain a privilege. */
	TEST_FAULT(svc, STEP_NO_NEW_PRIVS);
	r = caps_no_new_privs_apply(svc);
	if (r < 0)
		fail(STEP_NO_NEW_PRIVS, -r);

	/* 7. umask cannot fail; it sits before chdir and exec so nothing the
	 *    service creates ever sees PID 1's umask. */
	umask(svc->umask & 0777);

	/* 8. chdir as the service's user: a directory it may not enter
	 *    fails here instead of being entered with root's rights. */
	TEST_FAULT(svc, STEP_CHDIR);
	if (chdir(svc->workdir ? svc->workdir : "/") < 0)
		fail(STEP_CHDIR, errno);

	/* 8b. The readiness fd where the program expects it (notify-fd). */
	if (ready_w >= 0)
		ready_fd_place(svc, ready_w);

	/* 9. Last before the filters, after every step that opens files. */
	fds_close(svc);
	if (keep_fd >= 0 && fcntl(keep_fd, F_SETFD, 0) < 0)
		fail(STEP_READY_FD, errno);

	/* 10. The system-call filters, last before exec: every step above
	 *     may make calls the service's filter denies.  no_new_privs is
	 *     set (4f), or the service kept CAP_SYS_ADMIN (the generator
	 *     checked), so the kernel takes them from this uid. */
	TEST_FAULT(svc, STEP_SECCOMP);
	r = seccomp_apply(svc);
	if (r < 0)
		fail(STEP_SECCOMP, -r);

	/* 11. No PATH search, no shell: the program is an absolute path
	 *     (argv[0], or for EXEC what EXEC_SEARCH_PATH found at build
	 *     time), and the environment is exactly the configured one.  A
	 *     condition or EXEC_START_PRE command runs in this same sandbox. */
	if (!argv || !argv[0])
		fail(STEP_EXEC, ENOEXEC);
	envp = env_build(svc, envp);
	TEST_FAULT(svc, STEP_EXEC);
	execve(exec_argv == svc->argv && svc->exec_path ? svc->exec_path :
							   argv[0],
		(char *const *)argv, (char *const *)envp);
	fail(STEP_EXEC, errno);
}
