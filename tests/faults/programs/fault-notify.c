/*
 * fault-notify - floods PID 1's notification socket: ROUNDS rounds of five
 * datagrams each, the way sd_notify(3) sends one (a sendmsg to
 * $NOTIFY_SOCKET, else /run/rampart/notify):
 *   a valid STATUS= line, an 8 KiB one (over PID 1's 4096-byte limit),
 *   256 bytes of binary garbage (NULs, newlines, high bytes), unknown keys
 *   with a MAINPID=1 (a process of no service), and an empty datagram;
 *   all but the first carry file descriptors (SCM_RIGHTS) PID 1 must close.
 * From a TYPE=notify service every valid line counts; from any other,
 * every datagram is refused.  With "ready", READY=1 follows the rounds;
 * a BARRIER=1 ends them (below).
 * Sends block when PID 1's queue is full: the flood goes only as fast as
 * PID 1 reads, and a PID 1 that stopped reading stops it.
 *
 * usage: fault-notify ROUNDS [ready]
 * Exit status 1 (and a line on stderr) if a send fails.
 */
#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static struct sockaddr_un addr;
static socklen_t addr_len;
static int sock = -1;

static int send_fds(const void *buf, size_t len, const int *fds, int nfds)
{
	struct iovec iov = {.iov_base = (void *)buf, .iov_len = len};
	union {
		struct cmsghdr align;
		char buf[CMSG_SPACE(sizeof(int) * 16)];
	} ctl;
	struct msghdr mh = {
		.msg_name = &addr,
		.msg_namelen = addr_len,
		.msg_iov = &iov,
		.msg_iovlen = 1,
	};
	struct cmsghdr *c;

	if (nfds > 0) {
		memset(&ctl, 0, sizeof(ctl));
		mh.msg_control = ctl.buf;
		mh.msg_controllen = CMSG_SPACE(sizeof(int) * nfds);
		c = CMSG_FIRSTHDR(&mh);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int) * nfds);
		memcpy(CMSG_DATA(c), fds, sizeof(int) * nfds);
	}
	while (sendmsg(sock, &mh, MSG_NOSIGNAL) < 0) {
		if (errno == EINTR)
			continue;
		fprintf(stderr, "fault-notify: sendmsg: %s\n", strerror(errno));
		return -1;
	}
	return 0;
}

/*
 * sd_notify_barrier(3)'s BARRIER=1: a pipe's write end sent along, then a
 * wait (at most 60 s) until PID 1 closed it, which it does with every fd
 * a datagram carries, taken or refused. So every datagram was read while
 * this sender was alive: PID 1 traces a sender to its service only then.
 */
static int barrier(void)
{
	struct pollfd pfd;
	int p[2], r;

	if (pipe2(p, O_CLOEXEC) < 0)
		return 1;
	r = send_fds("BARRIER=1", 9, &p[1], 1);
	close(p[1]);
	if (r == 0) {
		pfd.fd = p[0];
		pfd.events = 0; /* POLLHUP is always reported */
		r = poll(&pfd, 1, 60000) == 1 ? 0 : -1;
		if (r < 0)
			fprintf(stderr, "fault-notify: no barrier after 60 s\n");
	}
	close(p[0]);
	return r < 0;
}

int main(int argc, char **argv)
{
	static char big[8192], bin[256];
	const char *to = getenv("NOTIFY_SOCKET");
	char line[64];
	int fds[16], k;
	long i, rounds;

	if (argc < 2 || argc > 3 || (argc == 3 && strcmp(argv[2], "ready"))) {
		fprintf(stderr, "usage: fault-notify ROUNDS [ready]\n");
		return 2;
	}
	rounds = atol(argv[1]);
	if (!to || !*to)
		to = "/run/rampart/notify";
	if (strlen(to) >= sizeof(addr.sun_path))
		return 2;
	addr.sun_family = AF_UNIX;
	memcpy(addr.sun_path, to, strlen(to));
	addr_len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) +
			       strlen(to) + 1);
	sock = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	fds[0] = open("/dev/null", O_RDONLY | O_CLOEXEC);
	if (sock < 0 || fds[0] < 0) {
		fprintf(stderr, "fault-notify: socket or /dev/null: %s\n",
			strerror(errno));
		return 1;
	}
	for (k = 1; k < 16; k++)
		fds[k] = fds[0];
	memcpy(big, "STATUS=", 7);
	memset(big + 7, 'A', sizeof(big) - 7);
	for (k = 0; k < (int)sizeof(bin); k++)
		bin[k] = (char)(k * 37 + 11);
	for (i = 0; i < rounds; i++) {
		snprintf(line, sizeof(line), "STATUS=flood round %ld", i + 1);
		if (send_fds(line, strlen(line), NULL, 0) < 0 ||
			send_fds(big, sizeof(big), fds, 16) < 0 ||
			send_fds(bin, sizeof(bin), fds, 3) < 0 ||
			send_fds("X_FLOOD=1\nMAINPID=1", 19, fds, 16) < 0 ||
			send_fds("", 0, fds, 1) < 0)
			return 1;
	}
	if (argc == 3 && send_fds("READY=1", 7, NULL, 0) < 0)
		return 1;
	return barrier();
}
