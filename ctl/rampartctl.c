/* rampartctl.c - the runtime control client: asks PID 1 over
 * /run/rampart/control (lib/ctlproto.h) and prints its answers. */
#define _GNU_SOURCE 1 /* struct ucred */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "ctlargs.h"
#include "ctlproto.h"

/*
 * Exit status: 0 done; 1 PID 1 refused or failed the request, or could
 * not be reached; 2 a wrong command line.  Its own program and not a name
 * of /init: rampartctl links stdio (output for people and scripts), which
 * PID 1 keeps out of itself.
 */
#define EXIT_REFUSED 1
#define EXIT_USAGE 2

/*
 * No timeout: PID 1 answers every request or drops the connection, but a
 * turn of its loop that starts many services may take seconds on a slow
 * board (armhf under TCG took more than 10 s), and a client that gives
 * up early turns a slow answer into a false failure.  A script that must
 * bound the wait wraps the call in timeout(1).
 */

static const char usage[] =
	"usage: rampartctl [--json] list\n"
	"       rampartctl [--json] status [ID]\n"
	"       rampartctl [--no-block] start|stop|restart ID\n"
	"       rampartctl reload ID\n"
	"       rampartctl log [-f] ID\n"
	"       rampartctl [--json] kill [-s SIG] ID\n"
	"       rampartctl [--json] poweroff|reboot|halt\n"
	"Output: key=value lines, or JSON lines with --json.\n"
	"start and restart wait until the service is ready (a oneshot: has\n"
	"ended well), stop until it has stopped; --no-block does not wait.\n"
	"Exit status: 0 done, 1 refused or failed, 2 usage.\n";

static int sock = -1;

static int die(const char *what, int e)
{
	fprintf(stderr, "rampartctl: %s: %s\n", what, strerror(e));
	return EXIT_REFUSED;
}

#define WAIT_STEP_NS 20000000L /* how often a waiting client asks */

static int ctl_connect(void)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};

	sock = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	if (sock < 0)
		return -errno;
	memcpy(sa.sun_path, CTL_SOCKET_PATH, sizeof(CTL_SOCKET_PATH));
	if (connect(sock, (struct sockaddr *)&sa, sizeof(sa)) < 0)
		return -errno;
	return 0;
}

/*
 * Is this process in the initial PID namespace?  Only there is the kernel's
 * kthreadd visible: pid 2, child of no process in this namespace (ppid 0).
 * In a PID namespace of its own (any service with a filesystem option),
 * pid 2 is a process of the service, whose parent is inside it, and
 * rampart mounts it a /proc of that namespace.
 */
static int in_initial_pid_ns(void)
{
	char buf[128], comm[32];
	int pid, ppid, ok = 0;
	FILE *f = fopen("/proc/2/stat", "re");

	if (!f)
		return 0;
	if (fgets(buf, sizeof(buf), f) &&
		sscanf(buf, "%d (%31[^)]) %*c %d", &pid, comm, &ppid) == 3)
		ok = pid == 2 && ppid == 0 && !strcmp(comm, "kthreadd");
	fclose(f);
	return ok;
}

/*
 * The socket's owner must be PID 1: a socket someone else bound at that
 * path (were /run/rampart ever writable to them) would be told what the
 * user asks and could answer anything.  SO_PEERCRED of a connected
 * socket is the listener's, taken at listen(), its pid as this process's
 * PID namespace names it.  In the initial namespace PID 1 is pid 1.  In a
 * namespace of its own (a service's), PID 1 is outside it, pid 0, and a
 * listener that is pid 1 there is the service's own process 1, not
 * rampart: refused.  A listener outside this namespace that is not PID 1
 * would have to put its socket into this process's mount namespace,
 * which only PID 1 (or a process with CAP_SYS_ADMIN over the whole
 * machine) does.
 */
static int check_server(void)
{
	struct ucred cred;
	socklen_t len = sizeof(cred);
	int want;

	if (getsockopt(sock, SOL_SOCKET, SO_PEERCRED, &cred, &len) < 0)
		return die("connect " CTL_SOCKET_PATH ": SO_PEERCRED", errno);
	want = in_initial_pid_ns() ? 1 : 0;
	if (cred.pid != want || cred.uid != 0) {
		fprintf(stderr,
			"rampartctl: " CTL_SOCKET_PATH " is not PID 1's socket "
			"(pid %d uid %u%s): not talking to it\n",
			(int)cred.pid, (unsigned int)cred.uid,
			want ? "" : ", in a PID namespace of its own");
		return EXIT_REFUSED;
	}
	return 0;
}

/* One request, its checked reply: 0, or -errno of the exchange (the
 * reply's own status is in rep->status). */
static int ask(unsigned int cmd, uint32_t svc, const char *id, int32_t arg,
	struct ctl_reply *rep)
{
	unsigned char buf[CTL_REPLY_SIZE + 8];
	struct ctl_request req;
	char err[PARSE_ERR_MAX];
	ssize_t n;
	int r;

	ctl_request_init(&req, cmd, svc, id, arg);
	if (send(sock, &req, sizeof(req), MSG_NOSIGNAL) != (ssize_t)sizeof(req))
		return -errno;
	n = recv(sock, buf, sizeof(buf), MSG_TRUNC);
	if (n < 0)
		return -errno;
	if (n == 0)
		return -ECONNRESET; /* PID 1 dropped us */
	r = ctl_reply_parse(buf, (size_t)n, &req, rep, err, sizeof(err));
	if (r) {
		fprintf(stderr, "rampartctl: bad reply from PID 1: %s\n", err);
		return r;
	}
	return 0;
}

static void print_status(const struct ctl_reply *rep, int output, int brief)
{
	char line[CTL_FORMAT_MAX];

	if (ctl_format_status(rep, output, brief, line, sizeof(line)) > 0)
		fputs(line, stdout);
}

/* list, status: every service by index, or the one named by id. */
static int show(const struct ctl_args *a)
{
	const char *name = ctl_cmds[a->cmd].name;
	struct ctl_reply rep;
	uint32_t i, count = 1;
	char what[64];
	int r;

	/* Errors name the command the user gave, whichever step failed. */
	snprintf(what, sizeof(what), "%s%s%s", name, a->svc ? " " : "",
		a->svc ? a->svc : "");
	if (!a->svc) {
		r = ask(CTL_CMD_LIST, CTL_SVC_NONE, NULL, 0, &rep);
		if (!r)
			r = rep.status;
		if (r)
			return die(what, -r);
		count = rep.count;
	}
	for (i = 0; i < count; i++) {
		r = a->svc ? ask(CTL_CMD_STATUS, CTL_SVC_NONE, a->svc, 0, &rep) :
			     ask(CTL_CMD_STATUS, i, NULL, 0, &rep);
		if (!r)
			r = rep.status;
		if (r)
			return die(what, -r);
		print_status(&rep, a->output, a->cmd == CTL_CMD_LIST);
	}
	return fflush(stdout) ? die("stdout", errno) : 0;
}

/* The last instance's end, for a failed start's message. */
static const char *exit_text(const struct ctl_reply *rep)
{
	static char text[40];

	if (rep->exit_kind == CTL_EXIT_SIGNAL)
		snprintf(text, sizeof(text), "killed by signal %d",
			(int)rep->exit_value);
	else if (rep->exit_kind == CTL_EXIT_STATUS)
		snprintf(text, sizeof(text), "exit status %d",
			(int)rep->exit_value);
	else
		snprintf(text, sizeof(text), "not started");
	return text;
}

/*
 * Follow what start, stop or restart set going (rep: PID 1's reply):
 * ask STATUS until the start PID 1 makes after the reply (its starts
 * counter grows) is ready or has ended, or until the service is stopped.
 * 0 when it went as asked, 1 when the start failed.
 */
static int wait_job(const struct ctl_args *a, const struct ctl_reply *first,
	const char *what)
{
	const struct timespec step = {0, WAIT_STEP_NS};
	struct ctl_reply rep = *first;
	uint32_t base = first->starts;
	int r;

	for (;;) {
		if (a->cmd == CTL_CMD_STOP) {
			if (rep.state == CTL_STATE_STOPPED)
				return 0;
		} else if (rep.starts != base) {
			switch (rep.state) {
			case CTL_STATE_STARTING:
			case CTL_STATE_WAITING:
				break;
			case CTL_STATE_RUNNING:
				if (rep.ready)
					return 0;
				break;
			default:
				/* ended: well only for a oneshot that
				 * exited 0 and stays stopped */
				if (rep.state == CTL_STATE_STOPPED &&
					rep.exit_kind == CTL_EXIT_STATUS &&
					!rep.exit_value)
					return 0;
				fprintf(stderr,
					"rampartctl: %s: failed: %s (see the "
					"log)\n",
					what, exit_text(&rep));
				return EXIT_REFUSED;
			}
		}
		nanosleep(&step, NULL);
		r = ask(CTL_CMD_STATUS, rep.svc, NULL, 0, &rep);
		if (!r)
			r = rep.status;
		if (r)
			return die(what, -r);
	}
}

/*
 * log: the lines PID 1 keeps (SVC_<ID>_LOG_RING), from the oldest; with
 * -f, then every new line as it comes, asking every FOLLOW_NS, until
 * interrupted.  Lines the ring overwrote meanwhile are said on stderr.
 */
#define FOLLOW_NS 200000000L
static int show_log(const struct ctl_args *a)
{
	char what[48];
	const struct timespec step = {0, FOLLOW_NS};
	unsigned char buf[CTL_LOG_REPLY_SIZE + 8];
	static struct ctl_log_reply rep;
	struct ctl_request req;
	char err[PARSE_ERR_MAX];
	uint32_t seq = 0;
	ssize_t n;
	int r;

	snprintf(what, sizeof(what), "log %s", a->svc);
	for (;;) {
		ctl_request_init(&req, CTL_CMD_LOG, CTL_SVC_NONE, a->svc, 0);
		req.seq = seq;
		if (send(sock, &req, sizeof(req), MSG_NOSIGNAL) !=
			(ssize_t)sizeof(req))
			return die(what, errno);
		n = recv(sock, buf, sizeof(buf), MSG_TRUNC);
		if (n < 0)
			return die(what, errno);
		if (n == 0)
			return die(what, ECONNRESET);
		r = ctl_log_reply_parse(buf, (size_t)n, &req, &rep, err,
			sizeof(err));
		if (r) {
			fprintf(stderr, "rampartctl: bad reply from PID 1: %s\n",
				err);
			return EXIT_REFUSED;
		}
		if (rep.head.status)
			return die(what, -rep.head.status);
		if (rep.lost)
			fprintf(stderr,
				"rampartctl: %s: %u lines overwritten before "
				"these\n",
				what, (unsigned int)rep.lost);
		if (rep.len && fwrite(rep.text, 1, rep.len, stdout) != rep.len)
			return die("stdout", errno);
		if (fflush(stdout))
			return die("stdout", errno);
		seq = rep.next_seq;
		if (rep.next_seq != rep.first_seq)
			continue; /* more may be there at once */
		if (!a->follow)
			return 0;
		nanosleep(&step, NULL);
	}
}

int main(int argc, char **argv)
{
	char err[PARSE_ERR_MAX], what[80];
	struct ctl_reply rep;
	struct ctl_args a;
	int r;

	if (ctl_args_parse(argc, argv, &a, err, sizeof(err))) {
		fprintf(stderr, "rampartctl: %s\n%s", err, usage);
		return EXIT_USAGE;
	}
	if (a.help) {
		fputs(usage, stdout);
		return 0;
	}
	r = ctl_connect();
	if (r)
		return die("connect " CTL_SOCKET_PATH, -r);
	r = check_server();
	if (r)
		return r;
	if (a.cmd == CTL_CMD_LIST || a.cmd == CTL_CMD_STATUS)
		return show(&a);
	if (a.cmd == CTL_CMD_LOG)
		return show_log(&a);
	r = ask(a.cmd, CTL_SVC_NONE, a.svc, a.sig, &rep);
	snprintf(what, sizeof(what), "%s%s%s", ctl_cmds[a.cmd].name,
		a.svc ? " " : "", a.svc ? a.svc : "");
	if (r)
		return die(what, -r);
	if (rep.status)
		return die(what, -rep.status);
	if (rep.job == CTL_JOB_PENDING && !a.no_block)
		return wait_job(&a, &rep, what);
	return 0;
}
