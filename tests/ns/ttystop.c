/* ttystop.c - runs a command on a terminal whose output is stopped (^S). */
#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

/*
 * usage: ttystop CMD [ARG...]
 * CMD's stdout and stderr are the slave of a new pty whose output is
 * stopped before CMD starts (tcflow(TCOOFF), what ^S does to a console):
 * a blocking write to it waits until output is started again, a
 * non-blocking one gets EAGAIN.  stdin is /dev/null.  Once CMD has ended,
 * output is started again and what then comes out goes to our stdout.
 * Exit status: CMD's, 128+N if a signal N ended it.
 */
static void die(const char *what)
{
	fprintf(stderr, "ttystop: error: %s: %s\n", what, strerror(errno));
	exit(125);
}

int main(int argc, char **argv)
{
	struct pollfd p;
	char buf[4096];
	int m, s, in, st;
	ssize_t n;
	pid_t pid;

	if (argc < 2) {
		fprintf(stderr, "usage: ttystop CMD [ARG...]\n");
		return 2;
	}
	m = posix_openpt(O_RDWR | O_NOCTTY);
	if (m < 0 || grantpt(m) < 0 || unlockpt(m) < 0)
		die("pty");
	s = open(ptsname(m), O_RDWR | O_NOCTTY);
	if (s < 0)
		die("pty slave");
	if (tcflow(s, TCOOFF) < 0)
		die("tcflow TCOOFF");
	in = open("/dev/null", O_RDONLY);
	if (in < 0)
		die("/dev/null");
	pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		if (dup2(in, 0) < 0 || dup2(s, 1) < 0 || dup2(s, 2) < 0)
			_exit(126);
		close(in);
		close(s);
		close(m);
		execvp(argv[1], argv + 1);
		_exit(127);
	}
	close(in);
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			die("waitpid");
	tcflow(s, TCOON);
	p.fd = m;
	p.events = POLLIN;
	while (poll(&p, 1, 300) > 0) {
		n = read(m, buf, sizeof(buf));
		if (n <= 0)
			break;
		fwrite(buf, 1, (size_t)n, stdout);
	}
	fflush(stdout);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}
