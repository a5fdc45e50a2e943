/* control.c - rampartctl's socket (INIT_CONTROL): who is asking, whether
 * PID 1 answers, and the answer; never blocking on a client. */
#define _GNU_SOURCE 1 /* struct ucred, accept4 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "ctlproto.h"
#include "init.h"

#if CFG_INIT_CONTROL

/*
 * A SOCK_SEQPACKET socket: a request is one datagram, read whole or not at
 * all, so nothing half-read is kept between turns; a connection, so the
 * kernel hands over the peer's credentials (SO_PEERCRED, taken at
 * connect()) and a reply goes back to that peer only.  The directory is
 * PID 1's (0755, as for the notify socket): no service can replace the
 * socket.  The socket is 0666 so that a refused peer is told, and logged,
 * rather than stopped silently by the file mode; who may do what is
 * decided here, from the credentials.
 *
 * Bounded: at most CONTROL_CLIENTS connections (the oldest is dropped for
 * a new one), at most CONTROL_BATCH requests read per client and turn and
 * CONTROL_BATCH connections accepted per turn; a reply that does not fit
 * the client's socket (a client that sends and never reads) drops it.
 */
#define CONTROL_BACKLOG 8
#define CONTROL_BATCH 8

static int listen_fd = -1;
#define CONTROL_GROUPS 64 /* supplementary groups kept of a client */

static struct client {
	int fd;		 /* -1: free */
	pid_t pid;	 /* SO_PEERCRED at connect() */
	uid_t uid;
	gid_t gid;
	int svc;	 /* the service whose cgroup it is in, -1: outside
			  * PID 1's PID namespace */
	unsigned int ngroups;
	gid_t groups[CONTROL_GROUPS]; /* SO_PEERGROUPS */
	unsigned long n; /* order of acceptance: the oldest is dropped */
} clients[CONTROL_CLIENTS];
static unsigned long accepted;
static long long paused_until; /* accept failed hard: retry then */

/*
 * Every request, accepted or refused, is logged with its peer; a flood
 * must not become a flood of log lines, so at most LOG_BURST lines a
 * second reach the console, and the next line logged says how many were
 * not.  Debug lines (answered queries: kmsg only, and a waiting client
 * asks 50 times a second) are not counted against that budget, so they
 * never push a command's line off the console; the kernel limits kmsg.
 */
#define LOG_BURST 50
static long long log_second;
static unsigned int log_lines, log_quiet;

__attribute__((format(printf, 2, 3))) static void control_log(
	int level, const char *f, ...)
{
	long long now = now_ms();
	char msg[256], more[40] = "";
	va_list ap;

	if (level == LOG_DEBUG) {
		va_start(ap, f);
		fmt_v(msg, sizeof(msg), f, ap);
		va_end(ap);
		log_msg(level, "control: %s", msg);
		return;
	}
	if (now - log_second >= 1000) {
		log_second = now;
		log_lines = 0;
	}
	if (log_lines >= LOG_BURST) {
		log_quiet++;
		return;
	}
	log_lines++;
	if (log_quiet)
		fmt(more, sizeof(more), " (%u not logged)", log_quiet);
	log_quiet = 0;
	va_start(ap, f);
	fmt_v(msg, sizeof(msg), f, ap);
	va_end(ap);
	log_msg(level, "control: %s%s", msg, more);
}

int control_open(void)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	unsigned int k;
	int fd;

	for (k = 0; k < CONTROL_CLIENTS; k++)
		clients[k].fd = -1;
	if (mkdir(CTL_SOCKET_DIR, 0755) < 0 && errno != EEXIST)
		return -errno;
	fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	memcpy(sa.sun_path, CTL_SOCKET_PATH, sizeof(CTL_SOCKET_PATH));
	(void)unlink(CTL_SOCKET_PATH);
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 ||
		chmod(CTL_SOCKET_PATH, 0666) < 0 ||
		listen(fd, CONTROL_BACKLOG) < 0) {
		int e = -errno;

		close(fd);
		return e;
	}
	listen_fd = fd;
	return 0;
}

int control_fd(void)
{
	return now_ms() < paused_until ? -1 : listen_fd;
}

/* Only while the pause lasts: a deadline in the past would spin the loop
 * when no connection is waiting any more. */
long long control_deadline(void)
{
	return listen_fd >= 0 && paused_until > now_ms() ? paused_until : -1;
}

int control_client_fd(unsigned int k)
{
	return clients[k].fd;
}

/* "pid 42 uid 0 of shell": who a client is, for the log */
static const char *peer_name(const struct client *c)
{
	static char name[80];

	fmt(name, sizeof(name), "pid %d uid %u%s%s", (int)c->pid,
		(unsigned int)c->uid, c->svc >= 0 ? " of " : "",
		c->svc >= 0 ? svc_table[c->svc].id : "");
	return name;
}

static void client_drop(struct client *c, const char *why)
{
	control_log(LOG_INFO, "%s: %s", peer_name(c), why);
	close(c->fd);
	c->fd = -1;
}

/* A free slot; when there is none, the oldest connection goes. */
static struct client *client_slot(void)
{
	struct client *old = &clients[0];
	unsigned int k;

	for (k = 0; k < CONTROL_CLIENTS; k++) {
		if (clients[k].fd < 0)
			return &clients[k];
		if (clients[k].n < old->n)
			old = &clients[k];
	}
	client_drop(old, "dropped for a newer connection");
	return old;
}

void control_accept(void)
{
	struct ucred cred;
	socklen_t len;
	struct client *c;
	unsigned int k;
	int fd, svc, r;

	for (k = 0; listen_fd >= 0 && k < CONTROL_BATCH; k++) {
		fd = accept4(listen_fd, NULL, NULL,
			SOCK_NONBLOCK | SOCK_CLOEXEC);
		if (fd < 0) {
			if (errno == EAGAIN || errno == ECONNABORTED)
				return;
			if (errno == EINTR)
				continue;
			/* EMFILE, ENOBUFS ...: the connection stays queued
			 * and the socket readable; poll it again in a
			 * second, not in a busy loop. */
			control_log(LOG_WARNING, "accept: %s, retry in 1 s",
				strerror(errno));
			paused_until = now_ms() + 1000;
			return;
		}
		paused_until = 0;
		len = sizeof(cred);
		if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) < 0 ||
			len != sizeof(cred)) {
			control_log(LOG_WARNING,
				"connection without credentials refused: %s",
				strerror(errno));
			close(fd);
			continue;
		}
		/* Its service, while it is connected (and so alive): every
		 * process a service starts is in its cgroup.  pid 0 is a
		 * peer outside PID 1's PID namespace (as request.c). */
		svc = -1;
		r = cred.pid ? svc_of_pid(cred.pid, &svc) : 0;
		if (r < 0 || (cred.pid && svc < 0)) {
			control_log(LOG_WARNING,
				"pid %d uid %u: connection refused: %s",
				(int)cred.pid, (unsigned int)cred.uid,
				r < 0 ? strerror(-r) :
					"in no service's cgroup");
			close(fd);
			continue;
		}
		c = client_slot();
		c->fd = fd;
		c->pid = cred.pid;
		c->uid = cred.uid;
		c->gid = cred.gid;
		c->svc = svc;
		/* More groups than kept (ERANGE): only the first are not
		 * known either; the uid and primary gid still count. */
		len = sizeof(c->groups);
		c->ngroups = getsockopt(fd, SOL_SOCKET, SO_PEERGROUPS,
				     c->groups, &len) < 0 ? 0 :
			len / sizeof(gid_t);
		c->n = ++accepted;
	}
}

/* The service a request names by id: its index, or CTL_SVC_NONE. */
static uint32_t svc_by_id(const char *id)
{
	unsigned int i;

	for (i = 0; i < svc_count; i++)
		if (!strncmp(svc_table[i].id, id, CTL_ID_SIZE))
			return i;
	return CTL_SVC_NONE;
}

/* The answer to a request that passed the parser and the policy; svc is
 * the service's index (checked). */
static int control_answer(
	const struct ctl_request *req, uint32_t svc, struct ctl_reply *rep)
{
	/* the busybox signals, as the console's poweroff sends them */
	static const int shutdown_signal[] = {
		[CTL_CMD_POWEROFF] = SIGUSR2,
		[CTL_CMD_REBOOT] = SIGTERM,
		[CTL_CMD_HALT] = SIGUSR1,
	};
	int r;

	switch (req->cmd) {
	case CTL_CMD_LIST:
		return 0; /* the count is in every reply */
	case CTL_CMD_STATUS:
	case CTL_CMD_LOG: /* its lines: control_request */
		svc_control_status(svc, rep);
		return 0;
	case CTL_CMD_POWEROFF:
	case CTL_CMD_REBOOT:
	case CTL_CMD_HALT:
		if (shutdown_active())
			return -EALREADY;
		shutdown_request(shutdown_signal[req->cmd]);
		return 0;
	default:
		r = svc_control(svc, req->cmd, req->arg, rep);
		if (!r)
			svc_control_status(svc, rep); /* as it is now */
		return r;
	}
}

static bool client_in_group(const struct client *c, long gid)
{
	unsigned int k;

	if (gid < 0)
		return false;
	if (c->gid == (gid_t)gid)
		return true;
	for (k = 0; k < c->ngroups; k++)
		if (c->groups[k] == (gid_t)gid)
			return true;
	return false;
}

/* Is the client one of the users or groups of service svc's CONTROL? */
static bool may_control_svc(const struct client *c, uint32_t svc)
{
	const struct svc *t = &svc_table[svc];
	unsigned int k;

	for (k = 0; k < t->ncontrol; k++)
		if (t->control[k].group ? client_in_group(c, t->control[k].id) :
					  c->uid == t->control[k].id)
			return true;
	return false;
}

/*
 * Who may: a client inside a service only if that service has
 * MAY_CONTROL (a root service without capabilities must not stop its
 * neighbours); then root everything but the shutdown commands, which
 * also follow MAY_SHUTDOWN; others: list and status with
 * INIT_CONTROL_GROUP, a service's commands and its status with its
 * CONTROL.  0, or -EPERM and why in *why.
 */
static int control_allowed(const struct client *c, unsigned int cmd,
	uint32_t svc, const char **why)
{
	if (c->svc >= 0 && !svc_table[c->svc].may_control) {
		*why = "its service has no MAY_CONTROL";
		return -EPERM;
	}
	switch (cmd) {
	case CTL_CMD_LIST:
	case CTL_CMD_STATUS:
	case CTL_CMD_LOG:
		if (c->uid == 0 || client_in_group(c, CFG_INIT_CONTROL_GID))
			return 0;
		/* who may start a service may follow its start */
		if (cmd != CTL_CMD_LIST && svc != CTL_SVC_NONE &&
			may_control_svc(c, svc))
			return 0;
		*why = "not root, not in INIT_CONTROL_GROUP";
		return -EPERM;
	case CTL_CMD_POWEROFF:
	case CTL_CMD_REBOOT:
	case CTL_CMD_HALT:
		if (c->uid != 0) {
			*why = "not root";
			return -EPERM;
		}
		if (c->svc >= 0 && !svc_table[c->svc].may_shutdown) {
			*why = "its service has no MAY_SHUTDOWN";
			return -EPERM;
		}
		return 0;
	default:
		if (c->uid == 0 || svc == CTL_SVC_NONE)
			return 0; /* an unknown service: ENOENT */
		if (may_control_svc(c, svc))
			return 0;
		*why = "not root, not in the service's CONTROL";
		return -EPERM;
	}
}

/* One request of client c: parse, check, answer, log.  0, or -1 when the
 * client was dropped. */
static int control_request(struct client *c, const void *buf, size_t n)
{
	struct ctl_request req;
	static struct ctl_log_reply log_reply;
	struct ctl_reply rep;
	char err[96], what[64];
	const char *name, *why = NULL;
	const void *reply;
	size_t size;
	uint32_t svc;
	int r;

	r = ctl_request_parse(buf, n, svc_count, &req, err, sizeof(err));
	if (r) {
		/* Not a request: no reply can name what it answers. */
		control_log(LOG_WARNING, "%s: request refused: %s",
			peer_name(c), err);
		close(c->fd);
		c->fd = -1;
		return -1;
	}
	/* By id (checked by the parser: printable) or by index. */
	svc = req.id[0] ? svc_by_id(req.id) : req.svc;
	name = req.id[0] ? req.id : svc < svc_count ? svc_table[svc].id : "";
	if (req.cmd == CTL_CMD_KILL)
		fmt(what, sizeof(what), "%s -s %d %s", ctl_cmds[req.cmd].name,
			(int)req.arg, name);
	else
		fmt(what, sizeof(what), "%s%s%s", ctl_cmds[req.cmd].name,
			*name ? " " : "", name);
	ctl_reply_init(&rep, &req, svc_count);
	r = control_allowed(c, req.cmd, svc, &why);
	if (!r && (ctl_cmds[req.cmd].takes & CTL_TAKES_SVC) &&
		svc == CTL_SVC_NONE)
		r = -ENOENT;
	if (!r)
		r = control_answer(&req, svc, &rep);
	if (r) {
		ctl_reply_init(&rep, &req, svc_count); /* no fields */
		rep.status = r;
		control_log(LOG_WARNING, "%s: %s refused: %s%s%s",
			peer_name(c), what, strerror(-r), why ? ": " : "",
			why ? why : "");
	} else {
		if (ctl_cmds[req.cmd].takes & CTL_TAKES_SVC) {
			rep.svc = svc;
			memcpy(rep.id, svc_table[svc].id,
				strlen(svc_table[svc].id));
		}
		/* Queries at debug level (kmsg, dmesg): a client waiting
		 * for a start asks many times a second.  What changes
		 * something, and every refusal, reaches the console. */
		control_log(req.cmd == CTL_CMD_LIST ||
					    req.cmd == CTL_CMD_STATUS ||
					    req.cmd == CTL_CMD_LOG ?
				    LOG_DEBUG : LOG_NOTICE,
			"%s: %s", peer_name(c), what);
	}
	reply = &rep;
	size = sizeof(rep);
	if (req.cmd == CTL_CMD_LOG) {
		/* a bigger reply: the head, then the lines (none if refused) */
		memset(&log_reply, 0, sizeof(log_reply));
		log_reply.head = rep;
		if (!rep.status)
			logring_read(svc, req.seq, &log_reply);
		reply = &log_reply;
		size = sizeof(log_reply);
	}
	if (send(c->fd, reply, size, MSG_DONTWAIT | MSG_NOSIGNAL) !=
		(ssize_t)size) {
		client_drop(c, errno == EAGAIN ? "not reading its replies" :
						 "gone before the reply");
		return -1;
	}
	return 0;
}

void control_read(unsigned int k)
{
	struct client *c = &clients[k];
	/* Room for more than a request: a longer datagram is seen as such
	 * (MSG_TRUNC returns its real length) and refused. */
	unsigned char buf[CTL_REQUEST_SIZE + 8];
	unsigned int i;
	ssize_t n;

	for (i = 0; c->fd >= 0 && i < CONTROL_BATCH; i++) {
		n = recv(c->fd, buf, sizeof(buf), MSG_DONTWAIT | MSG_TRUNC);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EAGAIN)
			return;
		if (n <= 0) {
			/* EOF: done; an error: the peer is gone */
			close(c->fd);
			c->fd = -1;
			return;
		}
		if (control_request(c, buf, (size_t)n) < 0)
			return;
	}
}

#else /* !CFG_INIT_CONTROL */

int control_open(void)
{
	return 0;
}

int control_fd(void)
{
	return -1;
}

long long control_deadline(void)
{
	return -1;
}

int control_client_fd(unsigned int k)
{
	(void)k;
	return -1;
}

void control_accept(void)
{
}

void control_read(unsigned int k)
{
	(void)k;
}

#endif
