/* rampartctl.c - the runtime control client: asks PID 1 over
 * /run/rampart/control (lib/ctlproto.h) and prints its answers. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
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
	"       rampartctl [--json] start|stop|restart|reload ID\n"
	"       rampartctl [--json] kill [-s SIG] ID\n"
	"       rampartctl [--json] poweroff|reboot|halt\n"
	"Output: key=value lines, or JSON lines with --json.\n"
	"Exit status: 0 done, 1 refused or failed, 2 usage.\n";

static int sock = -1;

static int die(const char *what, int e)
{
	fprintf(stderr, "rampartctl: %s: %s\n", what, strerror(e));
	return EXIT_REFUSED;
}

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
	if (a.cmd == CTL_CMD_LIST || a.cmd == CTL_CMD_STATUS)
		return show(&a);
	r = ask(a.cmd, CTL_SVC_NONE, a.svc, a.sig, &rep);
	snprintf(what, sizeof(what), "%s%s%s", ctl_cmds[a.cmd].name,
		a.svc ? " " : "", a.svc ? a.svc : "");
	if (r)
		return die(what, -r);
	if (rep.status)
		return die(what, -rep.status);
	return 0;
}
