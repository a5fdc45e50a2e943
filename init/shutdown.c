/* shutdown.c - stage 3: stop services, kill stragglers, unmount, reboot. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/wait.h>
#include <unistd.h>

#include "init.h"

/*
 * Shutdown runs inside the supervisor's loop, one step per turn, so that
 * reaping and output forwarding go on while services stop.  Phases:
 *   SERVICES  one service at a time, in reverse table order: SIGTERM, and
 *             after INIT_SHUTDOWN_TIMEOUT_MS SIGKILL of its whole cgroup
 *   TERM      SIGTERM to every process left (kill(-1)), wait for them
 *   KILL      SIGKILL to every process left, wait (bounded)
 * then sync, unmount, sync and reboot(2) from a child.
 */
enum phase { PH_NONE, PH_SERVICES, PH_TERM, PH_KILL };

static enum phase phase;
static int reboot_cmd;
static const char *action;
static unsigned int cur; /* services at index >= cur are stopped */
static bool stopping, killed;
static long long stop_begin, killed_after, deadline;
static int exit_status = -1; /* of the service that shut down, or -1 */

#define TIMEOUT_MS ((long long)CFG_INIT_SHUTDOWN_TIMEOUT_MS)

bool shutdown_active(void)
{
	return phase != PH_NONE;
}

/* The busybox halt/poweroff/reboot conventions; SIGINT is Ctrl-Alt-Del. */
void shutdown_request(int signo)
{
	const char *what;
	int cmd;

	switch (signo) {
	case SIGUSR1:
		what = "halt";
		cmd = RB_HALT_SYSTEM;
		break;
	case SIGUSR2:
	case SIGPWR:
		what = "poweroff";
		cmd = RB_POWER_OFF;
		break;
	case SIGTERM:
	case SIGINT:
		what = "reboot";
		cmd = RB_AUTOBOOT;
		break;
	default:
		return;
	}
	if (phase != PH_NONE) {
		log_msg(LOG_NOTICE, "shutdown: %s in progress, %s ignored",
			action, what);
		return;
	}
	log_msg(LOG_NOTICE, "shutdown: %s", what);
	action = what;
	reboot_cmd = cmd;
	cur = svc_count;
	phase = PH_SERVICES;
}

/* SUCCESS_ACTION / FAILURE_ACTION: the same shutdown as the signals',
 * and the service's status is reported at its very end. */
void shutdown_for_service(const char *id, enum svc_action act, int status)
{
	static const int signo[] = {
		[SVC_ACTION_POWEROFF] = SIGUSR2,
		[SVC_ACTION_REBOOT] = SIGTERM,
		[SVC_ACTION_HALT] = SIGUSR1,
	};

	if (act == SVC_ACTION_NONE || act > SVC_ACTION_HALT || phase != PH_NONE)
		return;
	log_msg(LOG_NOTICE, "%s: ended with status %d, shutting down", id,
		status);
	exit_status = status;
	shutdown_request(signo[act]);
}

/*
 * Mount points from /proc/self/mounts, as the kernel escapes them (" " is
 * "\040"): decode in place.
 */
static void unescape(char *s)
{
	char *d = s;

	while (*s) {
		if (s[0] == '\\' && s[1] >= '0' && s[1] <= '3' && s[2] >= '0' &&
			s[2] <= '7' && s[3] >= '0' && s[3] <= '7') {
			*d++ = (s[1] - '0') * 64 + (s[2] - '0') * 8 +
			       (s[3] - '0');
			s += 4;
		} else {
			*d++ = *s++;
		}
	}
	*d = '\0';
}

/*
 * Unmount everything but / and stage 1's mounts, the newest first (a
 * submount before what it sits on), lazily if busy; a few passes catch
 * what an earlier one could not.  Then / read-only if it lets us.
 */
static void unmount_all(void)
{
	static char buf[65536];
	char *mp[512], *line, *nl, *a, *b;
	unsigned int count, done, pass, k;
	int n;

	for (pass = 0; pass < 4; pass++) {
		n = file_read("/proc/self/mounts", buf, sizeof(buf));
		if (n <= 0)
			break;
		count = 0;
		/* only whole lines: a cut one could name the wrong path */
		for (line = buf; (nl = strchr(line, '\n')); line = nl + 1) {
			*nl = '\0';
			a = strchr(line, ' ');
			if (!a)
				continue;
			b = strchr(++a, ' ');
			if (!b)
				continue;
			*b = '\0';
			unescape(a);
			if (!strcmp(a, "/") || early_is_mount(a))
				continue;
			if (count < sizeof(mp) / sizeof(mp[0]))
				mp[count++] = a;
		}
		done = 0;
		for (k = count; k-- > 0;) {
			if (umount2(mp[k], 0) == 0 ||
				umount2(mp[k], MNT_DETACH) == 0) {
				log_msg(LOG_DEBUG, "unmounted %s", mp[k]);
				done++;
			} else if (pass == 0) {
				log_msg(LOG_WARNING, "unmount %s: %s", mp[k],
					strerror(errno));
			}
		}
		if (!done)
			break;
	}
	if (mount(NULL, "/", NULL, MS_REMOUNT | MS_RDONLY, NULL) < 0)
		log_msg(LOG_DEBUG, "remount / read-only: %s", strerror(errno));
}

__attribute__((noreturn)) static void shutdown_final(void)
{
	log_msg(LOG_INFO, "shutdown: all processes ended, %s now", action);
	watchdog_final(); /* a whole timeout for the syncs and unmounts */
	sync();
	mounts_unmount(); /* INIT_MOUNTS, and never lazily */
	unmount_all();
	rootfs_shutdown(); /* INIT_ROOT's overlay disk, after / is read-only */
	sync();
	/* Queued log lines, before the exit line that must come last; a
	 * console that takes nothing costs one second, no more. */
	log_console_drain(1000);
	if (exit_status >= 0)
		vm_exit_line(exit_status);
	watchdog_final();
	system_reboot(reboot_cmd);
}

/* One service at a time; true once all are stopped. */
static bool services_step(long long now)
{
	const char *id;

	for (;;) {
		if (!stopping) {
			if (cur == 0)
				return true;
			cur--;
			if (svc_is_idle(cur))
				continue;
			log_msg(LOG_INFO, "%s: stopping", svc_table[cur].id);
			svc_terminate(cur);
			stopping = true;
			killed = false;
			stop_begin = now;
			deadline = now + TIMEOUT_MS;
		}
		id = svc_table[cur].id;
		if (svc_is_idle(cur)) {
			if (killed)
				log_msg(LOG_WARNING,
					"%s: stopped, killed after %lldms", id,
					killed_after);
			else
				log_msg(LOG_INFO, "%s: stopped", id);
			stopping = false;
			continue;
		}
		if (now < deadline)
			return false;
		if (!killed) {
			cgroup_kill(id);
			killed = true;
			killed_after = now - stop_begin;
			deadline = now + TIMEOUT_MS;
			return false;
		}
		/* Unkillable (stuck in the kernel): do not hang shutdown. */
		log_msg(LOG_ERR, "%s: still not stopped %lldms after SIGKILL",
			id, now - stop_begin - killed_after);
		stopping = false;
	}
}

/*
 * Called by the loop every turn once shutdown began; returns the next
 * deadline (ms, CLOCK_MONOTONIC) or -1.  Ends in reboot, never returns
 * from the last phase.
 */
long long shutdown_step(long long now)
{
	switch (phase) {
	case PH_NONE:
		return -1;
	case PH_SERVICES:
		if (!services_step(now))
			return deadline;
		/* Anything not in a service's cgroup: SIGTERM, then SIGKILL.
		 * kill(-1) spares PID 1 itself. */
		kill(-1, SIGTERM);
		kill(-1, SIGCONT);
		phase = PH_TERM;
		deadline = now + TIMEOUT_MS;
		/* fall through */
	case PH_TERM:
		if (have_children() && now < deadline)
			return deadline;
		kill(-1, SIGKILL);
		phase = PH_KILL;
		deadline = now + TIMEOUT_MS;
		/* the loop reaps them before the next check */
		return now;
	case PH_KILL:
		if (have_children() && now < deadline)
			return deadline;
		shutdown_final();
	}
	return -1;
}

/*
 * reboot(2) from a child: if it fails (or returns, as in a container that
 * forbids it) the child exits, not PID 1.  In a PID namespace the kernel
 * answers by killing our PID 1 (the parent sees SIGINT for halt/poweroff,
 * SIGHUP for reboot): that is how a namespace test run ends.
 */
void system_reboot(int cmd)
{
	pid_t pid;
	int st = 0;

	pid = fork();
	if (pid == 0) {
		if (exit_status >= 0)
			vm_exit(exit_status); /* INIT_EXIT_STATUS */
		reboot(cmd);
		_exit(errno & 0xff);
	}
	if (pid < 0) {
		log_msg(LOG_ERR, "shutdown: fork: %s", strerror(errno));
	} else {
		while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
			;
		log_msg(LOG_ERR, "shutdown: reboot(2) failed: %s",
			WIFEXITED(st) ? strerror(WEXITSTATUS(st)) : "killed");
	}
	freeze();
}

/* PID 1 never exits (the kernel would panic): it reaps orphans forever. */
void freeze(void)
{
	sigset_t chld;

	log_msg(LOG_ERR, "frozen: nothing more to do");
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	for (;;) {
		while (waitpid(-1, NULL, WNOHANG) > 0)
			;
		/* SIGCHLD is blocked: this waits for the next one */
		sigwaitinfo(&chld, NULL);
	}
}
