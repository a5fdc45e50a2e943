/* request.c - shutdown request policy: which service sent a signal to
 * PID 1, and whether it may shut the machine down (MAY_SHUTDOWN). */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/signalfd.h>

#include "init.h"

/*
 * The service whose cgroup holds pid, from the "0::/<id>[/...]" line of
 * /proc/<pid>/cgroup (paths are relative to PID 1's cgroup namespace,
 * whose root is CGROUP_ROOT).  This is state, not configuration: a
 * process cannot leave its service's cgroup without CAP_SYS_ADMIN over
 * the cgroup tree.
 */
int svc_of_pid(pid_t pid)
{
	char path[32], buf[256], *p;
	unsigned int i;
	size_t n;
	int r;

	fmt(path, sizeof(path), "/proc/%d/cgroup", (int)pid);
	r = file_read(path, buf, sizeof(buf));
	if (r < 0)
		return r == -ENOENT ? -ESRCH : r;
	p = strstr(buf, "0::/");
	if (p != buf && (!p || p[-1] != '\n'))
		return -1;
	p += 4;
	n = strcspn(p, "/\n");
	for (i = 0; i < svc_count; i++)
		if (strlen(svc_table[i].id) == n &&
			!strncmp(svc_table[i].id, p, n))
			return (int)i;
	return -1;
}

/*
 * May this signal shut the machine down?  The kernel's own (Ctrl-Alt-Del
 * sends SIGINT with no sender pid) and a sender outside PID 1's PID
 * namespace (pid 0 too) always may; a process of a service only if the
 * service has MAY_SHUTDOWN.  A sender in no service's cgroup is PID 1's
 * own doing (its reboot child) or was put there by someone with power
 * over the cgroup tree: obeyed.  A sender already gone (a short-lived
 * `poweroff` reaped by its shell before PID 1 looked) cannot be traced:
 * obeyed too, so that the console shell's poweroff never fails at
 * random; the loop reads signals before it reaps, so PID 1's own
 * children are always traced.
 */
bool shutdown_request_allowed(const struct signalfd_siginfo *si)
{
	int i;

	if (si->ssi_pid == 0 || si->ssi_pid == 1)
		return true;
	i = svc_of_pid((pid_t)si->ssi_pid);
	if (i == -ESRCH) {
		log_msg(LOG_NOTICE,
			"shutdown request from pid %u, already "
			"gone: obeyed",
			si->ssi_pid);
		return true;
	}
	if (i < 0 || svc_table[i].may_shutdown)
		return true;
	log_msg(LOG_WARNING, "shutdown request from %s (pid %u) ignored",
		svc_table[i].id, si->ssi_pid);
	return false;
}
