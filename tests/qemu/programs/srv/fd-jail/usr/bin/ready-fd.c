/*
 * ready-fd - test helper for TYPE=notify-fd, built into /srv/fd-jail (a
 * ROOT_DIRECTORY with nothing else): waits DELAY_MS, creates MARKER, then
 * writes a newline to FD and closes it (s6's notification-fd protocol),
 * and stays up.
 *
 * usage: ready-fd FD MARKER DELAY_MS
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct timespec ts;
	long ms;
	int fd, m;

	if (argc != 4) {
		fprintf(stderr, "usage: ready-fd FD MARKER DELAY_MS\n");
		return 2;
	}
	fd = atoi(argv[1]);
	ms = atol(argv[3]);
	ts.tv_sec = ms / 1000;
	ts.tv_nsec = (ms % 1000) * 1000000;
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
	m = open(argv[2], O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
	if (m < 0) {
		fprintf(stderr, "ready-fd: %s: %s\n", argv[2], strerror(errno));
		return 1;
	}
	close(m);
	if (write(fd, "\n", 1) != 1) {
		fprintf(stderr, "ready-fd: write fd %d: %s\n", fd, strerror(errno));
		return 1;
	}
	close(fd);
	for (;;)
		pause();
}
