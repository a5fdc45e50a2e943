/*
 * notify-send - test helper: sends sd_notify(3) datagrams the way
 * libsystemd's sd_notify does (one sendmsg of the text to $NOTIFY_SOCKET, a
 * path or an "@abstract" name), then optionally execs a program, so the
 * sender stays the service's main process.
 *
 * Like systemd-notify, it ends with sd_notify_barrier(3)'s BARRIER=1: a
 * pipe's write end sent along, then a wait (at most 10 s) until the
 * receiver has closed it, so every message was read while the sender was
 * still alive (a receiver cannot trace a sender that is gone).
 *
 * usage: notify-send [--to PATH] WORD... [-- PROG ARG...]
 *   WORD is one datagram ("\n" in it stands for a newline), or:
 *   @sleep:MS   wait MS milliseconds
 *   @flood:N    N hostile datagrams: oversized, binary, unknown keys
 *               carrying file descriptors of /run/nt_flood.bait; before
 *               it, PID 1's VmData goes to /run/nt_flood.vmdata
 * Exit status 1 (and a line on stderr) if a send fails.
 */
#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
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
	if (sendmsg(sock, &mh, MSG_NOSIGNAL) < 0) {
		fprintf(stderr, "notify-send: sendmsg: %s\n", strerror(errno));
		return -1;
	}
	return 0;
}

static void sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000};

	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

/* PID 1's VmData line, as /proc shows it. */
static void save_vmdata(const char *path)
{
	char buf[4096], *p, *e;
	FILE *f = fopen("/proc/1/status", "r");
	size_t n;

	if (!f)
		return;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	p = strstr(buf, "VmData:");
	if (!p)
		return;
	e = strchr(p, '\n');
	if (e)
		*e = '\0';
	f = fopen(path, "w");
	if (f) {
		fprintf(f, "%s\n", p);
		fclose(f);
	}
}

static int flood(long n)
{
	static char big[8192], bin[256];
	int fds[16], k, bait;
	long i;

	bait = open("/run/nt_flood.bait", O_RDONLY | O_CREAT | O_CLOEXEC, 0600);
	if (bait < 0) {
		fprintf(stderr, "notify-send: bait: %s\n", strerror(errno));
		return -1;
	}
	for (k = 0; k < 16; k++)
		fds[k] = bait;
	memset(big, 'A', sizeof(big));
	for (k = 0; k < (int)sizeof(bin); k++)
		bin[k] = (char)(k * 37 + 11); /* NULs, newlines, high bytes */
	/* warm up: every path of PID 1's reader once, then measure */
	if (send_fds("X_WARMUP=1", 10, fds, 16) < 0)
		return -1;
	sleep_ms(200);
	save_vmdata("/run/nt_flood.vmdata");
	for (i = 0; i < n; i++) {
		int r;

		switch (i % 4) {
		case 0: r = send_fds(big, sizeof(big), fds, 16); break;
		case 1: r = send_fds(bin, sizeof(bin), fds, 3); break;
		case 2: r = send_fds("X_FLOOD=1\nX_MORE=2", 18, fds, 16); break;
		default: r = send_fds("", 0, fds, 1); break;
		}
		if (r < 0)
			return -1;
	}
	close(bait);
	return 0;
}

/* BARRIER=1: 0 once the receiver closed our pipe's write end. */
static int barrier(void)
{
	struct pollfd pfd;
	int p[2], r;

	if (pipe2(p, O_CLOEXEC) < 0)
		return -1;
	r = send_fds("BARRIER=1", 9, &p[1], 1);
	close(p[1]);
	if (r == 0) {
		pfd.fd = p[0];
		pfd.events = 0; /* POLLHUP is always reported */
		r = poll(&pfd, 1, 10000) == 1 ? 0 : -1;
		if (r < 0)
			fprintf(stderr, "notify-send: no barrier after 10 s\n");
	}
	close(p[0]);
	return r;
}

int main(int argc, char **argv)
{
	const char *to = getenv("NOTIFY_SOCKET");
	char msg[4096];
	int i = 1;

	if (argc > 2 && !strcmp(argv[1], "--to")) {
		to = argv[2];
		i = 3;
	}
	if (!to || !*to || strlen(to) >= sizeof(addr.sun_path)) {
		fprintf(stderr, "notify-send: no NOTIFY_SOCKET\n");
		return 1;
	}
	addr.sun_family = AF_UNIX;
	memcpy(addr.sun_path, to, strlen(to));
	if (to[0] == '@')
		addr.sun_path[0] = '\0';
	addr_len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) +
			       strlen(to) + (to[0] != '@'));
	sock = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (sock < 0) {
		fprintf(stderr, "notify-send: socket: %s\n", strerror(errno));
		return 1;
	}
	for (; i < argc; i++) {
		const char *w = argv[i];
		size_t n = 0;

		if (!strcmp(w, "--")) {
			i++;
			break;
		}
		if (!strncmp(w, "@sleep:", 7)) {
			sleep_ms(atol(w + 7));
			continue;
		}
		if (!strncmp(w, "@flood:", 7)) {
			if (flood(atol(w + 7)) < 0)
				return 1;
			continue;
		}
		for (; *w && n + 1 < sizeof(msg); w++) {
			if (w[0] == '\\' && w[1] == 'n') {
				msg[n++] = '\n';
				w++;
			} else {
				msg[n++] = *w;
			}
		}
		if (send_fds(msg, n, NULL, 0) < 0)
			return 1;
	}
	if (barrier() < 0)
		return 1;
	close(sock);
	if (i < argc) {
		execv(argv[i], argv + i);
		fprintf(stderr, "notify-send: exec %s: %s\n", argv[i],
			strerror(errno));
		return 127;
	}
	return 0;
}
