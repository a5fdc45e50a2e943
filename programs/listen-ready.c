/*
 * listen-ready - runs a daemon that knows no readiness protocol as a
 * TYPE="notify-fd" service: writes the newline on the readiness fd once
 * the daemon's TCP port on 127.0.0.1 accepts a connection.
 *
 * usage: listen-ready [-d FD] PORT PROGRAM [ARG...]
 *   FD is the service's READY_FD (default 3).
 *
 * The daemon stays the service's main process: this process execs it,
 * after a child was forked that polls the port (every 10 ms), writes the
 * newline and exits.  The daemon does not keep the readiness fd, so if the
 * poller dies without writing, PID 1 sees the pipe closed and the start
 * is never ready (TIMEOUT_START_MS decides).  The poller ends up a child
 * of the daemon, which must reap or ignore SIGCHLD: busybox httpd sets
 * SIGCHLD to SIG_IGN before it listens, and the poller exits only after
 * the port accepted, so it never stays a zombie.  The poller gives up
 * when the daemon is gone (its parent changed).
 *
 * Exit status 2 on a usage error, 127 if PROGRAM cannot be executed.
 */
#define _GNU_SOURCE 1
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static unsigned long number(const char *s, unsigned long max, const char *what)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || end == s || *end || *s == '-' || v > max) {
		fprintf(stderr, "listen-ready: fatal: bad %s '%s'\n", what, s);
		exit(2);
	}
	return v;
}

/* Whether 127.0.0.1:port accepts a connection now. */
static int port_accepts(unsigned short port)
{
	struct sockaddr_in sin = {
		.sin_family = AF_INET,
		.sin_port = htons(port),
		.sin_addr.s_addr = htonl(INADDR_LOOPBACK),
	};
	int fd, r;

	fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return 0;
	r = connect(fd, (struct sockaddr *)&sin, sizeof(sin));
	close(fd);
	return r == 0;
}

/* The poller: the newline once the port accepts, or nothing if the
 * daemon (this process's parent) went away first. */
static void poll_port(unsigned short port, int fd, pid_t daemon_pid)
{
	const struct timespec tick = {.tv_sec = 0, .tv_nsec = 10000000};

	while (getppid() == daemon_pid) {
		if (port_accepts(port)) {
			if (write(fd, "\n", 1) != 1)
				_exit(1);
			_exit(0);
		}
		nanosleep(&tick, NULL);
	}
	_exit(1);
}

int main(int argc, char **argv)
{
	unsigned long fd = 3, port;
	pid_t self, pid;
	int i = 1;

	if (argc > 2 && !strcmp(argv[1], "-d")) {
		fd = number(argv[2], 255, "readiness fd");
		i = 3;
	}
	if (argc - i < 2) {
		fprintf(stderr, "usage: listen-ready [-d FD] PORT PROGRAM "
				"[ARG...]\n");
		return 2;
	}
	port = number(argv[i], 65535, "port");
	if (!port) {
		fprintf(stderr, "listen-ready: fatal: bad port '%s'\n",
			argv[i]);
		return 2;
	}
	self = getpid();
	pid = fork();
	if (pid < 0) {
		fprintf(stderr, "listen-ready: fatal: unable to fork: %s\n",
			strerror(errno));
		return 1;
	}
	if (pid == 0)
		poll_port((unsigned short)port, (int)fd, self);
	/* Only the poller holds the readiness fd from here on. */
	close((int)fd);
	execv(argv[i + 1], argv + i + 1);
	fprintf(stderr, "listen-ready: fatal: unable to exec %s: %s\n",
		argv[i + 1], strerror(errno));
	return 127;
}
