/* supervise.c - stage 2: the one loop: signals, pipes, timers, reaping. */
#define _GNU_SOURCE 1 /* ppoll */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ctlproto.h"
#include "init.h"
#include "kversion.h"
#include "parse.h"

enum run_state {
	RUN_WAITING,	/* not started yet: waits for its After= services */
	RUN_STARTING,	/* forked; exec not confirmed yet */
	RUN_RUNNING,	/* exec succeeded, main process alive */
	RUN_RESTARTING, /* ended; starts again at restart_at */
	RUN_DONE,	/* ended for good (RESTART=no, or shutdown) */
};

/*
 * What PID 1 knows about one service.  An "instance" is one start: its
 * main process, the processes it forks (all in the service's cgroup) and
 * their output pipe.  An instance is over when its main process has been
 * reaped and its cgroup is empty; only then may the next one start.
 */
struct run {
	enum run_state state;
	bool settled;	/* later services' After= is satisfied */
	pid_t pid;	/* main process, 0 once reaped */
	pid_t inst_pid; /* main pid of the instance: the log tag */
	int report_fd;	/* exec report pipe, -1 once decided */
	int out_fd;	/* output pipe, -1 when none */
	int events_fd;	/* cgroup.events while the cgroup empties */
	int fail_step;	/* a failed sandbox step, or -1 */
	int fail_err;
	long long started_at; /* when the instance was spawned */
	long long restart_at;
	long long delay; /* the next restart delay */
	pid_t cleanup_pid; /* removing its RUNTIME_DIRECTORY (dirs.c), or 0 */
	long long limit_begin;	 /* START_LIMIT_*: the interval began, or -1 */
	unsigned int limit_starts; /* ... starts in it */
	int last_code;		 /* the last instance's exit code (as
				  * shutdown_for_service takes it) */
	struct log_line out;
	/* -- readiness (notify.c) -- */
	bool ready;	      /* this instance sent READY=1 */
	bool timed_out;	      /* its start timed out: being killed */
	long long start_deadline; /* TIMEOUT_START_MS, extended; 0: none */
	long long watchdog_at;	  /* WATCHDOG_SEC: next WATCHDOG=1 due; 0: off */
	long long kill_at;	  /* the watchdog's SIGABRT went unheeded: SIGKILL */
	bool watchdog_fired;	  /* this instance failed its watchdog */
	int ready_fd;		  /* notify-fd: the readiness pipe, -1 once read */
	unsigned int ready_len;	  /* bytes read from it without a newline */
	/* -- for rampartctl status (control.c) -- */
	unsigned int restarts;	  /* automatic restarts scheduled */
	unsigned char exit_kind;  /* enum ctl_exit of the last instance */
	int exit_value;		  /* its exit status or signal */
	unsigned int starts;	  /* start attempts since boot */
	/* -- asked for by rampartctl (control.c) -- */
	bool held;	    /* stopped: no restart until started again */
	bool stop_asked;    /* this instance is being stopped ... */
	bool restart_asked; /* ... to start again at once */
	long long stop_kill_at; /* SIGTERM unheeded until then: SIGKILL */
	/* -- EXEC_CONDITION, EXEC_START_PRE: one start, several processes -- */
	unsigned int cmd; /* running svc.pre[cmd]; svc.npre: the main one */
	bool next_cmd;	  /* it succeeded: svc.pre[cmd + 1] or main is due */
	/* -- EXEC_START_POST: a second process PID 1 tracks, beside the
	 *    main one, in the same cgroup -- */
	bool in_post;	     /* started: post commands run, not settled yet */
	bool post_failed;    /* one failed: the instance is being stopped */
	unsigned int post_cmd; /* svc.post[post_cmd] runs */
	pid_t post_pid;	     /* its process, 0 once reaped */
	int post_report_fd;  /* its exec report pipe, -1 once decided */
	int post_out_fd;     /* its output pipe, -1 when none */
	int post_fail_step;  /* a failed sandbox step of it, or -1 */
	int post_fail_err;
	struct log_line post_out;
};

static struct run runs[SVC_MAX];
static bool children_left;
static bool all_started;

enum pfd_kind {
	PFD_SIGNAL, PFD_REPORT, PFD_OUTPUT, PFD_EVENTS, PFD_CONSOLE, PFD_NOTIFY,
	PFD_READY, PFD_CONTROL, PFD_CLIENT, PFD_POST_REPORT, PFD_POST_OUTPUT
};

/* One signalfd, the console, the notify socket, per service at most a
 * report, an output, an events and a readiness fd at once and a post
 * command's report and output, and the control socket with its clients. */
#define PFD_MAX (3 + 6 * SVC_MAX + 1 + CONTROL_CLIENTS)
static struct pollfd pfds[PFD_MAX];
static struct {
	unsigned char kind;
	unsigned short svc;
} pfd_owner[PFD_MAX];

static int signal_fd = -1;

bool have_children(void)
{
	return children_left;
}

static const char *svc_id(unsigned int i)
{
	return svc_table[i].id;
}

/* ---- output and cgroup draining ---- */

/*
 * Forward what the pipe holds now; on EOF (every writer gone) close it.
 * Returns 1 if something was read, 0 if nothing is there yet, -1 if closed.
 */
static int pipe_read(unsigned int i, int *fd, struct log_line *l, pid_t tag)
{
	char buf[1024];
	ssize_t n;

	n = read(*fd, buf, sizeof(buf));
	if (n > 0) {
		log_output(l, svc_id(i), tag, buf, n);
		return 1;
	}
	if (n < 0 && (errno == EAGAIN || errno == EINTR))
		return 0;
	log_output_flush(l, svc_id(i), tag);
	close(*fd);
	*fd = -1;
	return -1;
}

/* Its process is over: take what is left in the pipe, then close it
 * even if something outside the cgroup still holds the write end. */
static void pipe_close(unsigned int i, int *fd, struct log_line *l, pid_t tag)
{
	unsigned int k;

	/* Bounded: a pipe holds 64 KiB by default. */
	for (k = 0; k < 256 && *fd >= 0; k++)
		if (pipe_read(i, fd, l, tag) <= 0)
			break;
	if (*fd < 0)
		return;
	log_output_flush(l, svc_id(i), tag);
	close(*fd);
	*fd = -1;
}

static int out_read(unsigned int i)
{
	return pipe_read(i, &runs[i].out_fd, &runs[i].out, runs[i].inst_pid);
}

static void out_close(unsigned int i)
{
	pipe_close(i, &runs[i].out_fd, &runs[i].out, runs[i].inst_pid);
}

/* The instance's cgroup goes when it has ended for now or for good. */
static bool drain_removes(const struct run *r)
{
	return r->state == RUN_DONE || r->state == RUN_RESTARTING;
}

/* removed: drain_begin's rmdir already took the cgroup away. */
static void drain_end(unsigned int i, bool removed)
{
	struct run *r = &runs[i];
	int e;

	if (r->events_fd >= 0)
		close(r->events_fd);
	r->events_fd = -1;
	out_close(i);
	/* Removed now, while a restart waits out its delay: a cgroup's
	 * rmdir is slow (RCU, css offlining: 15 ms under QEMU's TCG) and
	 * spawn.c would otherwise do it in the respawn's own path. */
	if (drain_removes(r)) {
		e = removed ? 0 : cgroup_remove(svc_id(i));
		if (e < 0 && e != -ENOENT)
			log_msg(LOG_DEBUG, "%s: remove cgroup: %s", svc_id(i),
				strerror(-e));
		devices_v1_remove(&svc_table[i]);
	}
	/* RUNTIME_DIRECTORY goes with every instance (systemd's
	 * RuntimeDirectoryPreserve=no), in a bounded child: never here.
	 * Not at shutdown: /run goes with the machine.  Kept between the
	 * commands of one start, and as RUNTIME_DIRECTORY_PRESERVE says. */
	if (!shutdown_active() && !r->next_cmd &&
		svc_table[i].runtime_preserve != SVC_RUNTIME_PRESERVE_YES &&
		!(svc_table[i].runtime_preserve == SVC_RUNTIME_PRESERVE_RESTART &&
			r->state == RUN_RESTARTING)) {
		pid_t pid = dirs_remove_start(&svc_table[i]);

		if (pid < 0)
			log_msg(LOG_WARNING, "%s: runtime-directory: remove: %s",
				svc_id(i), strerror(-pid));
		else
			r->cleanup_pid = pid;
	}
}

/*
 * The main process is gone: the instance ends when its cgroup is empty.
 * Outside shutdown, leftover processes are killed at once: a service's
 * processes never outlive their instance (systemd's KillMode=control-group,
 * without the grace period).  During shutdown, shutdown.c decides.
 */
static void drain_begin(unsigned int i, bool kill_rest)
{
	struct run *r = &runs[i];
	int fd;

	/* Mostly the cgroup is empty already (the main process was its
	 * only one): then its removal, which the kernel refuses (EBUSY)
	 * while a process or a child cgroup is left, is the whole check,
	 * and no events fd is opened and read. */
	if (drain_removes(r) && cgroup_rmdir(svc_id(i)) == 0) {
		drain_end(i, true);
		return;
	}
	fd = cgroup_events_open(svc_id(i));
	if (fd < 0) {
		drain_end(i, false); /* no cgroup: nothing left in it */
		return;
	}
	r->events_fd = fd;
	if (cgroup_events_empty(fd) != 0) {
		drain_end(i, false);
		return;
	}
	if (kill_rest) {
		log_msg(LOG_DEBUG, "%s: killing leftover processes", svc_id(i));
		cgroup_kill(svc_id(i));
	}
}

static void drain_check(unsigned int i)
{
	if (cgroup_events_empty(runs[i].events_fd) != 0)
		drain_end(i, false);
}

/* ---- instance end, restart policy ---- */

/* Returns the restart delay in ms, or -1 for no restart. */
static long long restart_delay(unsigned int i, bool failed, long long now)
{
	const struct svc *svc = &svc_table[i];
	struct run *r = &runs[i];
	long long d;

	if (shutdown_active() || r->held || svc->restart == SVC_RESTART_NO ||
		(svc->restart == SVC_RESTART_ON_FAILURE && !failed))
		return -1;
	if (now - r->started_at >= CFG_INIT_RESTART_RESET_MS)
		r->delay = CFG_INIT_RESTART_DELAY_MS;
	d = r->delay;
	r->delay = 2 * d;
	if (r->delay > CFG_INIT_RESTART_DELAY_MAX_MS)
		r->delay = CFG_INIT_RESTART_DELAY_MAX_MS;
	return d;
}

/* ---- EXEC_START_POST: commands beside the started main process ---- */

/*
 * The post command is a second child of PID 1 in the service's cgroup,
 * tracked by its own pid (post_pid), never taken for the main process:
 * reap() matches it first by pid, MAINPID= cannot name it.  One runs at
 * a time; the start is over (settled: services AFTER this one go) when
 * the last has exited 0 (or failed with the "-" prefix).  A failure stops
 * the main process as a stop would, and its end is then a failure.
 */
static int ending = -1; /* instance_ended() of this service runs */

static void post_spawn(unsigned int i, long long now);

/* The main process started (simple) or reported ready (notify types). */
static void post_begin(unsigned int i)
{
	struct run *r = &runs[i];

	if (!svc_table[i].npost) {
		r->settled = true;
		return;
	}
	/* its end is being handled: nothing more to start */
	if (ending == (int)i || r->in_post || r->post_failed)
		return;
	r->in_post = true;
	r->post_cmd = 0;
	post_spawn(i, now_ms());
}

/* A post command failed (status from waitpid, or a step that failed):
 * the service has failed, its main process is stopped. */
static void post_fail(unsigned int i, int status, long long now)
{
	const struct svc *svc = &svc_table[i];
	struct run *r = &runs[i];

	if (r->post_fail_step >= 0)
		log_msg(LOG_ERR, "%s: sandbox failed at %s: %s (start-post %u "
				 "of %u): stopping",
			svc->id, sandbox_step_name[r->post_fail_step],
			strerror(r->post_fail_err), r->post_cmd + 1,
			svc->npost);
	else
		log_msg(LOG_WARNING, "%s: start-post %u of %u %s %d: stopping",
			svc->id, r->post_cmd + 1, svc->npost,
			WIFEXITED(status) ? "exited status" : "killed by signal",
			WIFEXITED(status) ? WEXITSTATUS(status) :
					    WTERMSIG(status));
	r->post_fail_step = -1;
	r->in_post = false;
	r->post_failed = true;
	/* as rampartctl's stop: SIGTERM now, SIGKILL after the timeout */
	if (!r->stop_kill_at)
		r->stop_kill_at = now + CFG_INIT_SHUTDOWN_TIMEOUT_MS;
	svc_terminate(i);
}

static void post_spawn(unsigned int i, long long now)
{
	const struct svc *svc = &svc_table[i];
	struct run *r = &runs[i];
	struct spawned sp;
	int step, e;

	r->post_out.len = 0;
	e = spawn_service(svc, svc->post[r->post_cmd].argv, &sp, &step, true);
	if (e < 0) {
		r->post_fail_step = step;
		r->post_fail_err = -e;
		post_fail(i, 0, now);
		return;
	}
	if (sp.ready_fd >= 0)
		close(sp.ready_fd); /* notify-fd's: the main process's only */
	r->post_pid = sp.pid;
	r->post_report_fd = sp.report_fd;
	r->post_out_fd = sp.out_fd;
}

/* As report_read, for the post command. */
static void post_report_read(unsigned int i)
{
	const struct svc *svc = &svc_table[i];
	struct run *r = &runs[i];
	struct sandbox_report rep;
	ssize_t n;
	int err;

	n = read(r->post_report_fd, &rep, sizeof(rep));
	err = n < 0 ? errno : EPROTO;
	if (n < 0 && (err == EAGAIN || err == EINTR))
		return;
	close(r->post_report_fd);
	r->post_report_fd = -1;
	if (n == sizeof(rep) && rep.step >= 0 && rep.step < STEP_COUNT) {
		r->post_fail_step = rep.step;
		r->post_fail_err = rep.err;
	} else if (n != 0) {
		r->post_fail_step = STEP_SPAWN;
		r->post_fail_err = err;
	} else {
		log_msg(LOG_DEBUG, "%s: start-post %u of %u: pid %d", svc->id,
			r->post_cmd + 1, svc->npost, (int)r->post_pid);
	}
}

/* The post command was reaped. */
static void post_ended(unsigned int i, int status, long long now)
{
	const struct svc *svc = &svc_table[i];
	struct run *r = &runs[i];
	bool ok;

	if (r->post_report_fd >= 0)
		post_report_read(i);
	pipe_close(i, &r->post_out_fd, &r->post_out, r->post_pid);
	r->post_pid = 0;
	/* The instance ends, or is being stopped, anyway. */
	if (!r->in_post || r->pid <= 0 || r->stop_asked || r->timed_out ||
		shutdown_active()) {
		r->post_fail_step = -1;
		return;
	}
	ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
	/* A step of its sandbox that failed is never ignored, "-" or not:
	 * fail closed, as for EXEC_START_PRE. */
	if (r->post_fail_step >= 0 ||
		(!ok && !svc->post[r->post_cmd].ignore_failure)) {
		post_fail(i, status, now);
		return;
	}
	if (!ok)
		log_msg(LOG_INFO, "%s: start-post %u of %u %s %d, ignored (-)",
			svc->id, r->post_cmd + 1, svc->npost,
			WIFEXITED(status) ? "exited status" : "killed by signal",
			WIFEXITED(status) ? WEXITSTATUS(status) :
					    WTERMSIG(status));
	else
		log_msg(LOG_DEBUG, "%s: start-post %u of %u done", svc->id,
			r->post_cmd + 1, svc->npost);
	if (++r->post_cmd < svc->npost) {
		post_spawn(i, now);
		return;
	}
	r->in_post = false;
	r->settled = true;
	log_msg(LOG_INFO, "%s: start-post done after %lld ms", svc->id,
		now - r->started_at);
}

/*
 * The report pipe is close-on-exec: EOF means execve succeeded; a
 * struct sandbox_report means a step failed (the child then exits 127,
 * and the failure is logged when it is reaped).
 */
static void report_read(unsigned int i)
{
	const struct svc *svc = &svc_table[i];
	struct run *r = &runs[i];
	struct sandbox_report rep;
	ssize_t n;
	int err;

	n = read(r->report_fd, &rep, sizeof(rep));
	err = n < 0 ? errno : EPROTO;
	if (n < 0 && (err == EAGAIN || err == EINTR))
		return;
	close(r->report_fd);
	r->report_fd = -1;
	if (n == sizeof(rep) && rep.step >= 0 && rep.step < STEP_COUNT) {
		r->fail_step = rep.step;
		r->fail_err = rep.err;
		return;
	}
	if (n != 0) {
		r->fail_step = STEP_SPAWN; /* a short or failed read */
		r->fail_err = err;
		return;
	}
	if (r->cmd < svc->npre) {
		log_msg(LOG_DEBUG, "%s: %s %u of %u: pid %d", svc->id,
			svc->pre[r->cmd].condition ? "condition" : "start-pre",
			r->cmd + 1, svc->npre, (int)r->inst_pid);
		return; /* still starting: the main process comes later */
	}
	log_msg(LOG_INFO, "%s: started pid %d", svc->id, (int)r->inst_pid);
	r->state = RUN_RUNNING;
	if (svc->type == SVC_TYPE_SIMPLE)
		post_begin(i);
}

/* ---- readiness (notify.c) ---- */

/* READY=1 from a process of service i (notify.c checked its cgroup). */
void svc_notify_ready(unsigned int i)
{
	struct run *r = &runs[i];

	if (r->ready || r->timed_out || r->cmd < svc_table[i].npre ||
		(r->state != RUN_STARTING && r->state != RUN_RUNNING))
		return;
	r->ready = true;
	log_msg(LOG_INFO, "%s: ready after %lld ms", svc_id(i),
		now_ms() - r->started_at);
	/* WatchdogSec= runs from READY=1 (systemd: from the end of the
	 * start; the post commands are the start's last part) */
	if (svc_table[i].watchdog_sec)
		r->watchdog_at = now_ms() + 1000LL * svc_table[i].watchdog_sec;
	post_begin(i);
}

static bool default_action_dropped(pid_t pid, int sig);

/*
 * The watchdog fired (a late WATCHDOG=1, or WATCHDOG=trigger): SIGABRT to
 * every process (systemd's WatchdogSignal=), SIGKILL if it is still there
 * after INIT_SHUTDOWN_TIMEOUT_MS; the instance has failed however it ends.
 */
static void watchdog_fire(unsigned int i, long long now, const char *why)
{
	struct run *r = &runs[i];

	r->watchdog_fired = true;
	r->watchdog_at = 0;
	r->kill_at = now + CFG_INIT_SHUTDOWN_TIMEOUT_MS;
	log_msg(LOG_WARNING, "%s: watchdog timeout (%s): SIGABRT", svc_id(i),
		why);
	/* the init of its own PID namespace ignores what it does not handle */
	if (ns_wants_pid(&svc_table[i]) &&
		default_action_dropped(r->pid, SIGABRT))
		kill(r->pid, SIGKILL);
	else
		kill(r->pid, SIGABRT);
	cgroup_signal(svc_id(i), SIGABRT);
	cgroup_signal(svc_id(i), SIGCONT);
}

/* WATCHDOG=1 (trigger false) or WATCHDOG=trigger from service i. */
void svc_notify_watchdog(unsigned int i, bool trigger)
{
	struct run *r = &runs[i];
	long long now = now_ms();

	if (r->pid <= 0 || r->watchdog_fired || r->timed_out)
		return;
	if (trigger)
		watchdog_fire(i, now, "WATCHDOG=trigger");
	else if (r->watchdog_at)
		r->watchdog_at = now + 1000LL * svc_table[i].watchdog_sec;
}

/* EXTEND_TIMEOUT_USEC=: the start may now last until ms from now, if that
 * is later (sd_notify(3)); nothing without a TIMEOUT_START_MS. */
void svc_notify_extend(unsigned int i, long long ms)
{
	struct run *r = &runs[i];
	long long now = now_ms();

	if ((r->ready && !r->in_post) || r->timed_out || !r->start_deadline ||
		now + ms <= r->start_deadline)
		return;
	r->start_deadline = now + ms;
	log_msg(LOG_INFO, "%s: start timeout extended to %lld ms from now",
		svc_id(i), ms);
}

/* TYPE=notify-fd: done with the readiness pipe. */
static void ready_close(unsigned int i)
{
	close(runs[i].ready_fd);
	runs[i].ready_fd = -1;
}

/*
 * TYPE=notify-fd (s6's notification-fd): a newline on the pipe is READY=1.
 * The pipe is closed then, or at EOF without one (the service closed it:
 * never ready, TIMEOUT_START_MS decides), or after 4 KiB without one.
 */
static void ready_read(unsigned int i)
{
	struct run *r = &runs[i];
	char buf[256];
	ssize_t n;

	n = read(r->ready_fd, buf, sizeof(buf));
	if (n < 0 && (errno == EAGAIN || errno == EINTR))
		return;
	if (n > 0 && memchr(buf, '\n', (size_t)n)) {
		svc_notify_ready(i);
		ready_close(i);
		return;
	}
	if (n > 0) {
		r->ready_len += (unsigned int)n;
		if (r->ready_len < 4096)
			return;
		log_msg(LOG_WARNING, "%s: readiness fd: 4096 bytes without "
				     "a newline, closed", svc_id(i));
	} else if (!r->ready && r->pid > 0) {
		log_msg(LOG_WARNING, "%s: readiness fd closed without a newline",
			svc_id(i));
	}
	ready_close(i);
}

/* The parent of pid, as PID 1 sees it (/proc/PID/stat), or -1. */
static long parent_of(pid_t pid)
{
	char path[32], buf[512], *p;
	long v = 0;

	fmt(path, sizeof(path), "/proc/%d/stat", (int)pid);
	if (file_read(path, buf, sizeof(buf)) < 0)
		return -1;
	p = strrchr(buf, ')'); /* the name may hold anything but ") " last */
	if (!p || strlen(p) < 5)
		return -1;
	for (p += 4; *p >= '0' && *p <= '9'; p++) /* ") S " then the ppid */
		v = v * 10 + (*p - '0');
	return v;
}

/*
 * MAINPID=, a process of the service (notify.c checked).  PID 1 learns an
 * instance's end from reaping its main process, so it adopts only a child
 * of its own (a daemon that forked and whose parent has exited): a process
 * whose parent is still alive is reaped by that parent, never seen here.
 */
void svc_notify_main_pid(unsigned int i, pid_t pid)
{
	struct run *r = &runs[i];

	if (r->pid <= 0 || pid == r->pid)
		return;
	/* A post command is PID 1's child too, tracked as such: never the
	 * main process (its end would be taken for the service's). */
	if (r->post_pid > 0 && pid == r->post_pid) {
		log_msg(LOG_WARNING,
			"%s: MAINPID=%d not adopted: a start-post command",
			svc_id(i), (int)pid);
		return;
	}
	if (parent_of(pid) != 1) {
		log_msg(LOG_WARNING,
			"%s: MAINPID=%d not adopted: not a child of PID 1",
			svc_id(i), (int)pid);
		return;
	}
	log_msg(LOG_INFO, "%s: main pid %d (was %d)", svc_id(i), (int)pid,
		(int)r->pid);
	r->pid = pid;
}

/* TIMEOUT_START_MS: a start not over in time (no READY=1 from a notify
 * service, a oneshot still running) fails: its whole cgroup is killed,
 * and its end is then handled as any failure (restart, FAILURE_ACTION). */
static void start_timeouts(long long now)
{
	unsigned int i;

	for (i = 0; i < svc_count; i++) {
		struct run *r = &runs[i];

		/* a stop rampartctl asked for, SIGTERM unheeded */
		if (r->stop_kill_at && r->pid > 0 && now >= r->stop_kill_at) {
			r->stop_kill_at = 0;
			log_msg(LOG_WARNING,
				"%s: still running %d ms after SIGTERM: SIGKILL",
				svc_id(i), CFG_INIT_SHUTDOWN_TIMEOUT_MS);
			cgroup_kill(svc_id(i));
			kill(r->pid, SIGKILL);
		}
		if (!r->start_deadline || (r->ready && !r->in_post) ||
			r->timed_out || r->pid <= 0 || now < r->start_deadline)
			continue;
		r->timed_out = true;
		log_msg(LOG_WARNING, "%s: start timed out after %lld ms",
			svc_id(i), now - r->started_at);
		cgroup_kill(svc_id(i));
		kill(r->pid, SIGKILL);
	}
}

/* WATCHDOG_SEC: a ping overdue fires the watchdog; a SIGABRT unheeded
 * for INIT_SHUTDOWN_TIMEOUT_MS becomes SIGKILL. */
static void watchdog_check(long long now)
{
	unsigned int i;
	char why[48];

	for (i = 0; i < svc_count; i++) {
		struct run *r = &runs[i];

		if (r->pid <= 0)
			continue;
		if (r->watchdog_at && now >= r->watchdog_at) {
			fmt(why, sizeof(why), "no WATCHDOG=1 for %u s",
				svc_table[i].watchdog_sec);
			watchdog_fire(i, now, why);
		} else if (r->kill_at && now >= r->kill_at) {
			r->kill_at = 0;
			log_msg(LOG_WARNING,
				"%s: watchdog: still running %d ms after "
				"SIGABRT: SIGKILL",
				svc_id(i), CFG_INIT_SHUTDOWN_TIMEOUT_MS);
			cgroup_kill(svc_id(i));
			kill(r->pid, SIGKILL);
		}
	}
}

/*
 * An EXEC_CONDITION or EXEC_START_PRE command ended.  Returns true when
 * the start goes on (the next command, or the main process, at once) or
 * was skipped by a condition; false when it ended as a failure, which
 * instance_ended() then handles as any failed start (systemd: a condition
 * ending 255 or by a signal, a start-pre command ending other than 0
 * without the "-" prefix).  As in systemd, whatever such a command left
 * running is killed before the next one runs (drain_begin).
 */
static bool pre_ended(unsigned int i, int status, long long now)
{
	const struct svc *svc = &svc_table[i];
	struct run *r = &runs[i];
	const struct svc_cmd *c = &svc->pre[r->cmd];
	const char *what = c->condition ? "condition" : "start-pre";
	bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;

	if (r->fail_step >= 0 || r->timed_out || r->stop_asked ||
		shutdown_active())
		return false;
	if (c->condition && WIFEXITED(status) && WEXITSTATUS(status) >= 1 &&
		WEXITSTATUS(status) <= 254) {
		/* Skipped: neither a failure nor a start (no restart, no
		 * SUCCESS_ACTION or FAILURE_ACTION); later services go on. */
		log_msg(LOG_INFO,
			"%s: condition %u of %u exited status %d: not started",
			svc->id, r->cmd + 1, svc->npre, WEXITSTATUS(status));
		r->pid = 0;
		r->cmd = 0;
		r->state = RUN_DONE;
		r->settled = true;
		r->start_deadline = 0;
		r->exit_kind = CTL_EXIT_STATUS;
		r->exit_value = WEXITSTATUS(status);
		drain_begin(i, true);
		return true;
	}
	if (!ok && !c->ignore_failure)
		return false;
	if (!ok)
		log_msg(LOG_INFO, "%s: start-pre %u of %u %s %d, ignored (-)",
			svc->id, r->cmd + 1, svc->npre,
			WIFEXITED(status) ? "exited status" : "killed by signal",
			WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
	else
		log_msg(LOG_DEBUG, "%s: %s %u of %u done", svc->id, what,
			r->cmd + 1, svc->npre);
	r->pid = 0;
	r->cmd++;
	r->next_cmd = true; /* svc_start: the same start, not a new one */
	r->state = RUN_RESTARTING;
	r->restart_at = now;
	drain_begin(i, true);
	return true;
}

/* The main process ended (status from waitpid), or a start failed in
 * PID 1 itself (fail_step set, no process). */
static void instance_ended(unsigned int i, int status, long long now)
{
	struct run *r = &runs[i];
	const char *id = svc_id(i);
	bool failed, asked, quiet = shutdown_active();
	int level, code;
	long long d;
	char sfx[48] = "";

	ending = (int)i; /* no post command for an instance that ends */
	if (r->report_fd >= 0)
		report_read(i); /* the exec result comes first */
	if (r->ready_fd >= 0) {
		ready_read(i); /* a newline written just before the end */
		if (r->ready_fd >= 0)
			ready_close(i);
	}
	ending = -1;
	/* A post command still running goes with its main process (and
	 * with the rest of the cgroup, drain_begin); reaped as usual. */
	if (r->post_pid > 0)
		kill(r->post_pid, SIGKILL);
	r->in_post = false;
	if (r->cmd < svc_table[i].npre && pre_ended(i, status, now))
		return;
	if (r->cmd < svc_table[i].npre && r->fail_step < 0)
		log_msg(LOG_WARNING, "%s: %s %u of %u failed", id,
			svc_table[i].pre[r->cmd].condition ? "condition" :
							     "start-pre",
			r->cmd + 1, svc_table[i].npre);
	r->cmd = 0; /* the next start begins at the first command */
	r->next_cmd = false;
	r->start_deadline = 0;
	r->pid = 0;
	/* a start that timed out or a watchdog that fired is a failure,
	 * whatever status the service then ended with */
	failed = r->fail_step >= 0 || !WIFEXITED(status) ||
		 WEXITSTATUS(status) != 0 || r->timed_out || r->watchdog_fired ||
		 r->post_failed;
	r->watchdog_at = r->kill_at = 0;
	/* Stopped or restarted by rampartctl: the end it was asked for,
	 * neither a failure nor a reason to restart by the policy. */
	asked = r->stop_asked;
	if (asked)
		failed = false;
	d = !asked ? restart_delay(i, failed, now) : r->restart_asked ? 0 : -1;
	r->stop_asked = r->restart_asked = false;
	r->stop_kill_at = 0;
	r->post_failed = false;
	if (r->fail_step >= 0 || WIFEXITED(status)) {
		r->exit_kind = CTL_EXIT_STATUS;
		r->exit_value = r->fail_step >= 0 ? 127 : WEXITSTATUS(status);
	} else {
		r->exit_kind = CTL_EXIT_SIGNAL;
		r->exit_value = WTERMSIG(status);
	}
	if (d >= 0) {
		r->state = RUN_RESTARTING;
		if (!asked)
			r->restarts++;
		r->restart_at = now + d;
		if (asked)
			fmt(sfx, sizeof(sfx), ", restarting as asked");
		else
			fmt(sfx, sizeof(sfx), ", restart in %lldms", d);
	} else {
		if (asked)
			fmt(sfx, sizeof(sfx), ", stopped as asked");
		r->state = RUN_DONE;
	}
	/* Started or failed, it no longer holds back later services. */
	r->settled = true;
	/* Before the exit line, so the service's last words come first. */
	drain_begin(i, !quiet);

	if (r->fail_step >= 0) {
		log_msg(LOG_ERR, "%s: sandbox failed at %s: %s%s", id,
			sandbox_step_name[r->fail_step], strerror(r->fail_err),
			sfx);
	} else if (WIFSIGNALED(status)) {
		log_msg(quiet ? LOG_DEBUG : asked ? LOG_INFO : LOG_WARNING,
			"%s: killed by signal %d%s", id, WTERMSIG(status), sfx);
	} else {
		level = failed ? LOG_WARNING : LOG_INFO;
		log_msg(quiet ? LOG_DEBUG : level, "%s: exited status %d%s", id,
			WEXITSTATUS(status), sfx);
	}
	/* Ended for good: SUCCESS_ACTION / FAILURE_ACTION (not when the
	 * machine is shutting down anyway). */
	code = r->fail_step >= 0 ? 127 :
	       WIFSIGNALED(status) ? 128 + WTERMSIG(status) :
				     WEXITSTATUS(status);
	r->last_code = code;
	if (r->state == RUN_DONE && !quiet && !asked)
		shutdown_for_service(id,
			failed ? svc_table[i].failure_action :
				 svc_table[i].success_action,
			code);
	r->fail_step = -1;
}

static void signals_read(void);

/* Reap every child that exited: services' main processes and orphans
 * (which are ignored); also note whether any child is left at all. */
static void reap(long long now)
{
	unsigned int i;
	siginfo_t si;
	pid_t pid;
	int st;

	for (;;) {
		/* Each child is seen first and reaped only after the signals
		 * are read: a request it sent before it exited is then
		 * traced to it, a zombie (request.c), even when it arrived
		 * after this turn's signals_read(). */
		si.si_pid = 0;
		if (waitid(P_ALL, 0, &si, WEXITED | WNOHANG | WNOWAIT) < 0) {
			if (errno == EINTR)
				continue;
			children_left = errno != ECHILD;
			return;
		}
		children_left = true;
		if (si.si_pid <= 0)
			return; /* children, none exited */
		signals_read();
		notify_read(); /* its last words too (READY=1, STATUS=) */
		pid = waitpid(si.si_pid, &st, WNOHANG);
		if (pid < 0 && errno == EINTR)
			continue;
		if (pid <= 0)
			return; /* cannot happen: seen above */
		for (i = 0; i < svc_count; i++) {
			if (runs[i].pid == pid) {
				instance_ended(i, st, now);
				break;
			}
			if (runs[i].post_pid == pid) {
				post_ended(i, st, now);
				break;
			}
			if (runs[i].cleanup_pid == pid) {
				runs[i].cleanup_pid = 0;
				if (st)
					log_msg(LOG_WARNING,
						"%s: runtime-directory: remove: %s",
						svc_id(i),
						WIFEXITED(st) ? strerror(WEXITSTATUS(st))
							      : "timed out");
				break;
			}
		}
	}
}

/* ---- starting ---- */

/* After= is ordering only (as in systemd): a service waits until each
 * listed one is settled, whether it started or failed. */
static bool deps_settled(unsigned int i)
{
	const struct svc *svc = &svc_table[i];
	unsigned int k;

	for (k = 0; k < svc->nafter; k++)
		if (svc->after[k] < svc_count && !runs[svc->after[k]].settled)
			return false;
	return true;
}

/*
 * START_LIMIT_BURST in START_LIMIT_INTERVAL_MS, systemd's ratelimit: the
 * interval begins with a start and is fixed (not sliding); a start more
 * than burst into it is refused.  Every start counts, restarts and the
 * first one alike.
 */
static bool start_limit_allows(unsigned int i, long long now)
{
	const struct svc *svc = &svc_table[i];
	struct run *r = &runs[i];

	if (!svc->start_limit_burst || !svc->start_limit_interval_ms)
		return true;
	if (r->limit_begin < 0 ||
		now - r->limit_begin > (long long)svc->start_limit_interval_ms) {
		r->limit_begin = now;
		r->limit_starts = 0;
	}
	if (r->limit_starts >= svc->start_limit_burst)
		return false;
	r->limit_starts++;
	return true;
}

/* The limit was hit: stopped for good, a failure (systemd's result
 * "start-limit-hit"): START_LIMIT_ACTION, then FAILURE_ACTION. */
static void start_limit_hit(unsigned int i)
{
	static const char *const action[] = {
		[SVC_ACTION_NONE] = "none",
		[SVC_ACTION_POWEROFF] = "poweroff",
		[SVC_ACTION_REBOOT] = "reboot",
		[SVC_ACTION_HALT] = "halt",
	};
	const struct svc *svc = &svc_table[i];
	struct run *r = &runs[i];

	r->state = RUN_DONE;
	r->settled = true;
	log_msg(LOG_ERR,
		"%s: start limit hit: %u starts within %u ms, not started "
		"again (action %s)",
		svc->id, r->limit_starts, svc->start_limit_interval_ms,
		svc->start_limit_action <= SVC_ACTION_HALT ?
			action[svc->start_limit_action] : "?");
	shutdown_for_service(svc->id, svc->start_limit_action, r->last_code);
	shutdown_for_service(svc->id, svc->failure_action, r->last_code);
}

/*
 * CONDITION_KERNEL_VERSION: every expression against the release the
 * kernel reports now (uname(2) at each start: nothing cached).  False,
 * logged with the expression that failed, when one does not hold.
 */
static bool kernel_version_met(unsigned int i)
{
	const struct svc *svc = &svc_table[i];
	struct utsname u;
	unsigned int k;
	int r;

	if (!svc->nkernel_version)
		return true;
	if (uname(&u) < 0) {
		log_msg(LOG_ERR, "%s: condition kernel-version: uname: %s: "
				 "not started",
			svc->id, strerror(errno));
		return false;
	}
	for (k = 0; k < svc->nkernel_version; k++) {
		const struct svc_kversion *c = &svc->kernel_version[k];

		r = c->op < KV_OP_COUNT ?
			    kversion_test(c->op, u.release, c->value) :
			    -EINVAL;
		if (r == 1)
			continue;
		log_msg(LOG_INFO,
			"%s: condition kernel-version \"%s%s\" %s by %s: "
			"not started",
			svc->id, c->op < KV_OP_COUNT ? kversion_op_names[c->op] : "?",
			c->value, r == 0 ? "not met" : "unreadable", u.release);
		return false;
	}
	return true;
}

static void svc_start(unsigned int i, long long now)
{
	struct run *r = &runs[i];
	struct spawned sp;
	int step, e;

	/* REQUIRES_MOUNTS: a service whose filesystem is missing never
	 * starts (mounts.c logs why); later services go on. */
	if (!mounts_ready(&svc_table[i])) {
		r->starts++;
		r->state = RUN_DONE;
		r->settled = true;
		return;
	}
	/* The previous instance's processes must be gone first: its
	 * cgroup's events fd wakes the loop when they are; and its
	 * RUNTIME_DIRECTORY (SIGCHLD wakes it when that is removed). */
	if (r->events_fd >= 0 || r->cleanup_pid || r->post_pid)
		return;
	if (cgroup_is_empty(svc_id(i)) == 0) {
		drain_begin(i, true);
		if (r->events_fd >= 0)
			return;
	}

	if (r->next_cmd) {
		/* The same start goes on: its limit, clock and timeout
		 * (TIMEOUT_START_MS covers the commands before the main
		 * process too, as in systemd) stay. */
		r->next_cmd = false;
	} else {
		r->cmd = 0;
		r->starts++; /* decided now: a waiting client sees how */
		/* Conditions before the start limit, as systemd: a start a
		 * condition skips is not counted against it.  Skipped is
		 * neither a failure nor a start (as EXEC_CONDITION's 1-254):
		 * no restart, no action; later services go on. */
		if (!kernel_version_met(i)) {
			r->state = RUN_DONE;
			r->settled = true;
			return;
		}
		if (!start_limit_allows(i, now)) {
			start_limit_hit(i);
			return;
		}
		r->started_at = now;
		r->ready = r->timed_out = r->watchdog_fired = false;
		r->in_post = r->post_failed = false;
		r->watchdog_at = r->kill_at = 0;
		r->start_deadline = svc_table[i].timeout_start_ms ?
			now + svc_table[i].timeout_start_ms : 0;
	}
	r->out.len = 0;
	e = spawn_service(&svc_table[i],
		r->cmd < svc_table[i].npre ? svc_table[i].pre[r->cmd].argv :
					     svc_table[i].argv,
		&sp, &step, false);
	if (e < 0) {
		r->fail_step = step;
		r->fail_err = -e;
		instance_ended(i, 0, now);
		return;
	}
	r->state = RUN_STARTING;
	r->pid = r->inst_pid = sp.pid;
	r->report_fd = sp.report_fd;
	r->out_fd = sp.out_fd;
	r->ready_fd = sp.ready_fd;
	r->ready_len = 0;
}

static void start_due(long long now)
{
	unsigned int i;

	for (i = 0; i < svc_count; i++) {
		struct run *r = &runs[i];

		if ((r->state == RUN_WAITING && deps_settled(i)) ||
			(r->state == RUN_RESTARTING && now >= r->restart_at))
			svc_start(i, now);
	}
}

/*
 * The boot milestone, once every service has settled (started, or ended
 * or failed for good). Checked every turn, shutdown or not: a last oneshot
 * whose start and end PID 1 reads in one turn, and whose end shuts down
 * (SUCCESS_ACTION), has still settled every service.
 */
static void all_started_check(long long now)
{
	unsigned int i;

	if (all_started)
		return;
	for (i = 0; i < svc_count; i++)
		if (!runs[i].settled)
			return;
	all_started = true;
	log_msg(LOG_INFO,
		"all services ready in %lld ms (%lld ms since kernel start)",
		now - boot_ms, clock_ms(CLOCK_BOOTTIME));
}

/* ---- for shutdown.c ---- */

/* Nothing of the service is left: no main process, empty cgroup. */
bool svc_is_idle(unsigned int i)
{
	return runs[i].pid == 0 && runs[i].events_fd < 0 &&
	       runs[i].post_pid == 0;
}

/*
 * Would sig kill pid with its default action, if pid were not the init of
 * a PID namespace?  The kernel drops a signal sent to such an init from
 * outside when the init has no handler for it, so a service without one
 * (a shell script, a daemon that relies on the default) would ignore its
 * stop.  Its own PID namespace was PID 1's idea (ns_wants_pid), so PID 1
 * delivers what the default action would have done.  /proc/PID/status:
 * SigIgn and SigCgt are hex masks, bit sig-1.
 */
static bool default_action_dropped(pid_t pid, int sig)
{
	static char st[2048];
	unsigned long long mask = 1ULL << (sig - 1), v;
	char path[32], *p;
	int k;

	fmt(path, sizeof(path), "/proc/%d/status", (int)pid);
	if (file_read(path, st, sizeof(st)) < 0)
		return false;
	for (k = 0; k < 2; k++) {
		p = strstr(st, k ? "\nSigCgt:" : "\nSigIgn:");
		if (!p)
			return false;
		for (p += 8; *p == '\t' || *p == ' '; p++)
			;
		for (v = 0; (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f');
			p++)
			v = v * 16 + (unsigned)(*p <= '9' ? *p - '0' : *p - 'a' + 10);
		if (v & mask)
			return false;
	}
	return true;
}

/* SIGTERM to the main process first, then to every process of the
 * cgroup; SIGHUP if configured (shells ignore SIGTERM); SIGCONT so that a
 * stopped process can act on them. */
void svc_terminate(unsigned int i)
{
	struct run *r = &runs[i];

	if (r->pid > 0) {
		if (ns_wants_pid(&svc_table[i]) &&
			default_action_dropped(r->pid, SIGTERM))
			kill(r->pid, SIGKILL); /* what SIGTERM would do */
		else
			kill(r->pid, SIGTERM);
	}
	/* the others; the main process once (a trap would run twice) */
	cgroup_signal_except(svc_id(i), SIGTERM, r->pid > 0 ? r->pid : 0);
	if (svc_table[i].send_sighup)
		cgroup_signal(svc_id(i), SIGHUP);
	cgroup_signal(svc_id(i), SIGCONT);
}

/* ---- rampartctl (control.c) ---- */

/* Would sig, by its default action, end the process? */
static bool sig_default_ends(int sig)
{
	switch (sig) {
	case SIGCHLD:
	case SIGCONT:
	case SIGURG:
	case SIGWINCH:
	case SIGSTOP:
	case SIGTSTP:
	case SIGTTIN:
	case SIGTTOU:
		return false;
	default:
		return true;
	}
}

/* sig to the main process, with what its default action would do when
 * it is the init of its own PID namespace (see default_action_dropped). */
static void signal_main(unsigned int i, int sig)
{
	pid_t pid = runs[i].pid;

	if (ns_wants_pid(&svc_table[i]) && sig_default_ends(sig) &&
		default_action_dropped(pid, sig))
		kill(pid, SIGKILL);
	else
		kill(pid, sig);
}

/* RELOAD_SIGNAL: the generator's index, this target's number. */
static int reload_signal(const struct svc *s)
{
	static const int number[PARSE_SIG_COUNT] = {
		[PARSE_SIG_HUP] = SIGHUP,
		[PARSE_SIG_INT] = SIGINT,
		[PARSE_SIG_QUIT] = SIGQUIT,
		[PARSE_SIG_USR1] = SIGUSR1,
		[PARSE_SIG_USR2] = SIGUSR2,
		[PARSE_SIG_ALRM] = SIGALRM,
		[PARSE_SIG_TERM] = SIGTERM,
		[PARSE_SIG_WINCH] = SIGWINCH,
		[PARSE_SIG_PWR] = SIGPWR,
	};

	return s->reload_signal < PARSE_SIG_COUNT ? number[s->reload_signal] :
						    SIGHUP;
}

/* Stop the running instance, to start again at once if restart. */
static void ctl_stop_instance(unsigned int i, bool restart, long long now)
{
	struct run *r = &runs[i];

	r->restart_asked = restart;
	if (r->stop_asked)
		return; /* SIGTERM sent already; its SIGKILL timer runs */
	r->stop_asked = true;
	r->stop_kill_at = now + CFG_INIT_SHUTDOWN_TIMEOUT_MS;
	svc_terminate(i);
}

/*
 * START, STOP, RESTART, RELOAD, KILL of service i, asked for by a client
 * control.c has let in: 0 (rep->job says whether something is under
 * way) or -errno.  Nothing here waits: a stop sends SIGTERM and arms its
 * SIGKILL timer (INIT_SHUTDOWN_TIMEOUT_MS), a start is made by the loop's
 * next turn; the client follows with STATUS.  A stopped service stays
 * stopped (held) across its own ends until it is started; one that others
 * are ordered after counts as settled when stopped before its start.
 */
int svc_control(unsigned int i, unsigned int cmd, int sig, struct ctl_reply *rep)
{
	struct run *r = &runs[i];
	long long now = now_ms();
	bool live = r->pid > 0; /* an instance runs (or is starting) */

	if (shutdown_active())
		return -ESHUTDOWN;
	switch (cmd) {
	case CTL_CMD_START:
	case CTL_CMD_RESTART:
		r->held = false;
		/* An operator's start begins a new START_LIMIT interval (as
		 * systemctl reset-failed, then start): a service stopped by
		 * its limit can be tried again, and the start never takes
		 * START_LIMIT_ACTION at once. */
		r->limit_begin = -1;
		r->limit_starts = 0;
		if (live) {
			/* start: already runs; a stop under way becomes a
			 * restart */
			if (cmd == CTL_CMD_RESTART || r->stop_asked) {
				ctl_stop_instance(i, true, now);
				rep->job = CTL_JOB_PENDING;
			}
			return 0;
		}
		if (r->state == RUN_WAITING)
			return 0; /* its After= services first */
		/* ended, or waiting to restart: start at once (the loop
		 * still waits for the old cgroup to empty) */
		r->state = RUN_RESTARTING;
		r->restart_at = now;
		r->delay = CFG_INIT_RESTART_DELAY_MS;
		rep->job = CTL_JOB_PENDING;
		return 0;
	case CTL_CMD_STOP:
		r->held = true;
		if (live) {
			ctl_stop_instance(i, false, now);
			rep->job = CTL_JOB_PENDING;
			return 0;
		}
		if (r->state == RUN_WAITING) {
			log_msg(LOG_INFO, "%s: stopped before its start", svc_id(i));
			r->settled = true; /* later services go on */
		}
		/* its old cgroup may still be emptying: stopping */
		if (r->events_fd >= 0)
			rep->job = CTL_JOB_PENDING;
		/* between two commands of a start: the next start begins
		 * at the first one again */
		r->next_cmd = false;
		r->cmd = 0;
		r->state = RUN_DONE;
		return 0;
	case CTL_CMD_RELOAD:
		if (!live)
			return -ESRCH;
		signal_main(i, reload_signal(&svc_table[i]));
		return 0;
	case CTL_CMD_KILL:
		if (!live && cgroup_is_empty(svc_id(i)) != 0)
			return -ESRCH;
		/* each process once: a handled signal sent twice may be
		 * handled twice */
		if (live)
			signal_main(i, sig);
		cgroup_signal_except(svc_id(i), sig, live ? r->pid : 0);
		return 0;
	default:
		return -EOPNOTSUPP;
	}
}

static unsigned char ctl_state_of(const struct run *r)
{
	switch (r->state) {
	case RUN_WAITING:
		return CTL_STATE_WAITING;
	case RUN_STARTING:
		return CTL_STATE_STARTING;
	case RUN_RUNNING:
		return CTL_STATE_RUNNING;
	default:
		/* ended: its cgroup may still be emptying */
		if (r->events_fd >= 0)
			return CTL_STATE_STOPPING;
		return r->state == RUN_RESTARTING ? CTL_STATE_RESTARTING :
						    CTL_STATE_STOPPED;
	}
}

/* A cgroup counter (memory.current, pids.current), or CTL_UNKNOWN when
 * the controller is off or the cgroup gone. */
static uint64_t cgroup_counter(const char *id, const char *file)
{
	char path[96], buf[32], *p;
	uint64_t v = 0;

	fmt(path, sizeof(path), "%s/%s/%s", CGROUP_ROOT, id, file);
	if (file_read(path, buf, sizeof(buf)) < 0 || buf[0] < '0' ||
		buf[0] > '9')
		return CTL_UNKNOWN;
	for (p = buf; *p >= '0' && *p <= '9'; p++)
		v = v * 10 + (uint64_t)(*p - '0');
	return v;
}

void svc_control_status(unsigned int i, struct ctl_reply *rep)
{
	const struct run *r = &runs[i];

	rep->state = ctl_state_of(r);
	rep->main_pid = r->pid;
	/* ready: a simple service once exec succeeded; notify types once
	 * they said so; a oneshot never while it runs */
	rep->ready = r->pid > 0 && !r->in_post &&
		     (r->ready || (r->state == RUN_RUNNING &&
					  svc_table[i].type == SVC_TYPE_SIMPLE));
	rep->exit_kind = r->exit_kind;
	rep->exit_value = r->exit_value;
	rep->restarts = r->restarts;
	rep->starts = r->starts;
	rep->uptime_ms = r->pid > 0 ? (uint64_t)(now_ms() - r->started_at) : 0;
	rep->memory_current = cgroup_counter(svc_id(i), "memory.current");
	rep->pids_current = cgroup_counter(svc_id(i), "pids.current");
}

/* ---- the loop ---- */

/*
 * /run/rampart holds PID 1's sockets (notify, control); it is PID 1's
 * (root, 0755), but a root service without capabilities is its owner as
 * far as the file mode goes, and could unlink a socket and bind its own
 * in its place: notifications and rampartctl's requests would go to it.
 * Once the sockets exist, the directory becomes a read-only bind mount
 * of itself: nothing can be created, renamed or removed in it (EROFS)
 * without CAP_SYS_ADMIN, and connecting to a socket on a read-only mount
 * still works.  Every service's mount namespace is a copy of PID 1's and
 * has it read-only too; a user namespace cannot unlock it.
 */
static void run_dir_seal(void)
{
	struct stat st;

	if (stat(CTL_SOCKET_DIR, &st) < 0)
		return; /* neither socket: nothing to protect */
	if (mount(CTL_SOCKET_DIR, CTL_SOCKET_DIR, NULL, MS_BIND, NULL) < 0 ||
		mount(NULL, CTL_SOCKET_DIR, NULL,
			MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID |
				MS_NODEV | MS_NOEXEC,
			NULL) < 0)
		log_msg(LOG_ERR,
			"%s: read-only bind mount: %s: a root service could "
			"replace PID 1's sockets",
			CTL_SOCKET_DIR, strerror(errno));
}

static void signals_read(void)
{
	struct signalfd_siginfo si;

	while (read(signal_fd, &si, sizeof(si)) == sizeof(si)) {
		if (si.ssi_signo == SIGCHLD)
			continue; /* reaping runs every turn */
		if (si.ssi_signo == SIGHUP) {
			log_msg(LOG_DEBUG, "SIGHUP ignored");
			continue;
		}
		if (shutdown_request_allowed(&si))
			shutdown_request(si.ssi_signo);
	}
}

static void pfd_add(
	unsigned int *n, int fd, short events, int kind, unsigned int svc)
{
	pfds[*n].fd = fd;
	pfds[*n].events = events;
	pfds[*n].revents = 0;
	pfd_owner[*n].kind = kind;
	pfd_owner[*n].svc = svc;
	(*n)++;
}

static unsigned int pfds_build(void)
{
	unsigned int i, n = 0;

	pfd_add(&n, signal_fd, POLLIN, PFD_SIGNAL, 0);
	/* Log lines the console could not take yet (log.c). */
	if (log_console_pending() >= 0)
		pfd_add(&n, log_console_pending(), POLLOUT, PFD_CONSOLE, 0);
	if (notify_fd() >= 0)
		pfd_add(&n, notify_fd(), POLLIN, PFD_NOTIFY, 0);
	if (control_fd() >= 0)
		pfd_add(&n, control_fd(), POLLIN, PFD_CONTROL, 0);
	for (i = 0; i < CONTROL_CLIENTS; i++)
		if (control_client_fd(i) >= 0)
			pfd_add(&n, control_client_fd(i), POLLIN, PFD_CLIENT, i);
	for (i = 0; i < svc_count; i++) {
		if (runs[i].report_fd >= 0)
			pfd_add(&n, runs[i].report_fd, POLLIN, PFD_REPORT, i);
		if (runs[i].out_fd >= 0)
			pfd_add(&n, runs[i].out_fd, POLLIN, PFD_OUTPUT, i);
		/* kernfs signals a change with POLLPRI (POLLIN is always
		 * set for a regular file) */
		if (runs[i].events_fd >= 0)
			pfd_add(&n, runs[i].events_fd, POLLPRI, PFD_EVENTS, i);
		if (runs[i].ready_fd >= 0)
			pfd_add(&n, runs[i].ready_fd, POLLIN, PFD_READY, i);
		if (runs[i].post_report_fd >= 0)
			pfd_add(&n, runs[i].post_report_fd, POLLIN,
				PFD_POST_REPORT, i);
		if (runs[i].post_out_fd >= 0)
			pfd_add(&n, runs[i].post_out_fd, POLLIN,
				PFD_POST_OUTPUT, i);
	}
	return n;
}

static void pfds_dispatch(unsigned int n)
{
	unsigned int k;

	for (k = 0; k < n; k++) {
		/* a client's svc is its slot (control.c), not a service */
		struct run *r = &runs[pfd_owner[k].kind == PFD_CLIENT ?
					      0 : pfd_owner[k].svc];
		int fd = pfds[k].fd;

		if (!pfds[k].revents)
			continue;
		/* An earlier handler in this turn may have closed it. */
		switch (pfd_owner[k].kind) {
		case PFD_SIGNAL:
			signals_read();
			break;
		case PFD_REPORT:
			if (fd == r->report_fd)
				report_read(pfd_owner[k].svc);
			break;
		case PFD_OUTPUT:
			if (fd == r->out_fd)
				out_read(pfd_owner[k].svc);
			break;
		case PFD_EVENTS:
			if (fd == r->events_fd)
				drain_check(pfd_owner[k].svc);
			break;
		case PFD_CONSOLE:
			log_console_flush();
			break;
		case PFD_NOTIFY:
			notify_read();
			break;
		case PFD_READY:
			if (fd == r->ready_fd)
				ready_read(pfd_owner[k].svc);
			break;
		case PFD_POST_REPORT:
			if (fd == r->post_report_fd)
				post_report_read(pfd_owner[k].svc);
			break;
		case PFD_POST_OUTPUT:
			if (fd == r->post_out_fd)
				pipe_read(pfd_owner[k].svc, &r->post_out_fd,
					&r->post_out, r->post_pid);
			break;
		case PFD_CONTROL:
			control_accept();
			break;
		case PFD_CLIENT:
			/* svc is the client's slot; a newer connection may
			 * have taken it this turn: read only the same fd */
			if (fd == control_client_fd(pfd_owner[k].svc))
				control_read(pfd_owner[k].svc);
			break;
		}
	}
}

/* The earliest restart timer; shutdown.c adds its own deadline. */
static long long next_deadline(long long deadline)
{
	unsigned int i;

	/* a paused accept (control.c), shutdown or not */
	if (control_deadline() >= 0 &&
		(deadline < 0 || control_deadline() < deadline))
		deadline = control_deadline();
	if (shutdown_active())
		return deadline;
	for (i = 0; i < svc_count; i++) {
		const struct run *r = &runs[i];

		/* TIMEOUT_START_MS of a start still going on */
		if (r->start_deadline && (!r->ready || r->in_post) &&
			!r->timed_out && r->pid > 0 &&
			(deadline < 0 || r->start_deadline < deadline))
			deadline = r->start_deadline;
		/* WATCHDOG_SEC, and its SIGKILL */
		if (r->pid > 0 && r->watchdog_at &&
			(deadline < 0 || r->watchdog_at < deadline))
			deadline = r->watchdog_at;
		if (r->pid > 0 && r->kill_at &&
			(deadline < 0 || r->kill_at < deadline))
			deadline = r->kill_at;
		if (r->pid > 0 && r->stop_kill_at &&
			(deadline < 0 || r->stop_kill_at < deadline))
			deadline = r->stop_kill_at;

		/* one waiting for its old cgroup to empty waits on that */
		if (r->state != RUN_RESTARTING || r->events_fd >= 0 ||
			r->cleanup_pid || r->post_pid)
			continue; /* an fd or SIGCHLD wakes the loop */
		if (deadline < 0 || r->restart_at < deadline)
			deadline = r->restart_at;
	}
	return deadline;
}

int supervise(void)
{
	static const int sigs[] = {
		SIGCHLD, SIGTERM, SIGINT, SIGUSR1, SIGUSR2, SIGPWR, SIGHUP};
	struct timespec ts, *tsp;
	long long now, deadline, wd;
	unsigned int i, n;
	sigset_t set;

	if (svc_count > SVC_MAX) {
		log_msg(LOG_ERR, "service table has %u entries, built for %d",
			svc_count, SVC_MAX);
		return -EINVAL;
	}
	for (i = 0; i < SVC_MAX; i++) {
		runs[i].report_fd = runs[i].out_fd = runs[i].events_fd = -1;
		runs[i].ready_fd = -1;
		runs[i].fail_step = -1;
		runs[i].post_report_fd = runs[i].post_out_fd = -1;
		runs[i].post_fail_step = -1;
		runs[i].post_out.svc = (unsigned short)i;
		runs[i].post_out.win_start = -1;
		runs[i].delay = CFG_INIT_RESTART_DELAY_MS;
		runs[i].limit_begin = -1;
		runs[i].out.svc = (unsigned short)i;
		runs[i].out.win_start = -1; /* no window yet */
	}

	/* TYPE="notify": the socket exists before the first such start. */
	for (i = 0; i < svc_count; i++) {
		int e;

		if (svc_table[i].type != SVC_TYPE_NOTIFY)
			continue;
		e = notify_open();
		if (e < 0)
			log_msg(LOG_ERR, "notify socket: %s: notify services "
					 "cannot report ready", strerror(-e));
		break;
	}

	/* rampartctl's socket (INIT_CONTROL): PID 1 runs without it if it
	 * cannot be made, and says so. */
	{
		int e = control_open(); /* 0 without INIT_CONTROL */

		if (e < 0)
			log_msg(LOG_ERR, "control socket %s: %s: rampartctl "
					 "cannot reach PID 1",
				CTL_SOCKET_PATH, strerror(-e));
	}

	run_dir_seal();
	logring_init();

	/* These stay blocked (stage 1); the signalfd delivers them here, in
	 * the loop, so no handler ever interrupts PID 1 halfway. */
	sigemptyset(&set);
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaddset(&set, sigs[i]);
	signal_fd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
	if (signal_fd < 0) {
		log_msg(LOG_ERR, "signalfd: %s", strerror(errno));
		return -errno;
	}

	for (;;) {
		now = now_ms();
		/* Signals before reaping: a sender that exited right after
		 * kill(1, ...) is then still a zombie whose cgroup PID 1 can
		 * read (request.c). */
		signals_read();
		/* Every turn, not only on SIGCHLD: signals coalesce. */
		reap(now);
		all_started_check(now);
		if (shutdown_active()) {
			deadline = shutdown_step(now);
		} else {
			start_timeouts(now);
			watchdog_check(now);
			start_due(now);
			/* A start limit's action may have begun the
			 * shutdown: its first step comes next turn, at once. */
			deadline = shutdown_active() ? now : -1;
		}
		deadline = next_deadline(deadline);
		/* The hardware watchdog, shutdown or not. */
		wd = watchdog_pet(now);
		if (wd >= 0 && (deadline < 0 || wd < deadline))
			deadline = wd;

		tsp = NULL;
		if (deadline >= 0) {
			long long wait = deadline > now ? deadline - now : 0;

			ts.tv_sec = wait / 1000;
			ts.tv_nsec = (wait % 1000) * 1000000;
			tsp = &ts;
		}
		n = pfds_build();
		if (ppoll(pfds, n, tsp, NULL) < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			if (errno == ENOMEM) {
				/* Transient: wait a little, never spin. */
				ts.tv_sec = 0;
				ts.tv_nsec = 100000000;
				nanosleep(&ts, NULL);
				continue;
			}
			log_msg(LOG_ERR, "ppoll: %s", strerror(errno));
			return -errno;
		}
		pfds_dispatch(n);
	}
}
