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
 * whose root is CGROUP_ROOT): *svc is its index, or -1 for none (the root
 * cgroup, or a cgroup not of a service).  0, -ESRCH when pid is gone, or
 * another -errno.  This is state, not configuration: a process cannot
 * leave its service's cgroup without write access to the cgroup tree.
 */
int svc_of_pid(pid_t pid, int *svc)
{
	char path[32], buf[256], *p;
	unsigned int i;
	size_t n;
	int r;

	*svc = -1;
	fmt(path, sizeof(path), "/proc/%d/cgroup", (int)pid);
	r = file_read(path, buf, sizeof(buf));
	if (r < 0)
		return r == -ENOENT ? -ESRCH : r;
	p = strstr(buf, "0::/");
	if (p != buf && (!p || p[-1] != '\n'))
		return 0;
	p += 4;
	n = strcspn(p, "/\n");
	for (i = 0; i < svc_count; i++)
		if (strlen(svc_table[i].id) == n &&
			!strncmp(svc_table[i].id, p, n))
			*svc = (int)i;
	return 0;
}

/*
 * The answer to a sender PID 1 traced (client.c waits for it): SIGURG,
 * whose default action is to ignore it, so that a sender that is no
 * client (a shell's `kill -TERM 1`) is not hurt; its value says whether
 * the request was obeyed.
 */
static void request_answer(pid_t pid, bool obeyed)
{
	union sigval v = {.sival_int = obeyed ? REQUEST_OBEYED : 0};

	sigqueue(pid, REQUEST_ANSWER_SIGNAL, v);
}

/*
 * May this signal shut the machine down?  Only if its sender is traced to
 * someone allowed to: the kernel (Ctrl-Alt-Del sends SIGINT with no
 * sender pid) or a sender outside PID 1's PID namespace (pid 0 too); PID 1
 * itself; a process of a service with MAY_SHUTDOWN.  Refused and logged:
 * a service without it; a sender in no service's cgroup, since every
 * process a service starts is in its cgroup (a start fails closed without
 * it) and PID 1's own children in the root cgroup never ask, so one there
 * has left its service's cgroup (a root service that can write the cgroup
 * tree can); and a sender that is already gone, which cannot be traced:
 * obeying it let any service win with `while :; do (kill -TERM 1); done`
 * whenever the subshell was reaped before PID 1 looked.  Short-lived
 * senders that must work every time are therefore made traceable:
 * poweroff, reboot and halt are this binary (client.c), which stays alive
 * until it has the answer; a service's main process is reaped only after
 * PID 1 has read the signals it sent (supervise.c).
 *
 * The limit: a pid is a name, not a handle.  If the sender is gone and
 * its pid was reused before PID 1 read the request, the new process is
 * the one traced; pids are handed out cyclically, so that takes going
 * round all of pid_max in that moment.
 */
bool shutdown_request_allowed(const struct signalfd_siginfo *si)
{
	pid_t pid = (pid_t)si->ssi_pid;
	bool ok;
	int i, r;

	if (pid == 0 || pid == 1)
		return true;
	r = svc_of_pid(pid, &i);
	if (r == -ESRCH) {
		log_msg(LOG_WARNING,
			"shutdown request from pid %d ignored: the sender "
			"is gone, it cannot be traced",
			(int)pid);
		return false;
	}
	if (r < 0) {
		log_msg(LOG_WARNING,
			"shutdown request from pid %d ignored: its cgroup: %s",
			(int)pid, strerror(-r));
		return false;
	}
	ok = i >= 0 && svc_table[i].may_shutdown;
	if (i < 0)
		log_msg(LOG_WARNING,
			"shutdown request from pid %d ignored: in no "
			"service's cgroup",
			(int)pid);
	else if (!ok)
		log_msg(LOG_WARNING,
			"shutdown request from %s (pid %d) ignored",
			svc_table[i].id, (int)pid);
	request_answer(pid, ok);
	return ok;
}
