/* cg-fight - makes child cgroups as fast as it can: PID 1 must give up. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/*
 * usage: cg-fight DIR SECONDS GOFILE
 * WORKERS processes make child cgroups in DIR (each under names of its
 * own) until the deadline.  Once the first one exists, GOFILE is created
 * (the victim service waits for it, then exits, so that PID 1 removes DIR
 * while the fight goes on).  Several workers on purpose: with one, a
 * removal loop without a bound would still find DIR without children now
 * and then and end.  Ends with one line: "cg-fight: done" at the
 * deadline, or "cg-fight: the cgroup is gone" when PID 1 won.  Each
 * child cgroup gets a chain of CHAIN - 1 more below it: a removal that
 * rescans every level for as long as it finds something to remove never
 * finds DIR empty while this runs (measured on the host: busy for the
 * whole fight, where one worker without chains lost in 30 ms).
 */
#define WORKERS 4
#define CHAIN 3

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Exit status: 0 at the deadline, 3 when DIR was removed. */
static int fight(const char *dir, int w, double end, const char *gofile)
{
	char path[256];
	unsigned long i;
	int fd, d, n;

	for (i = 0; now() < end; i++) {
		n = snprintf(path, sizeof(path), "%s/f%d_%lu", dir, w, i % 64);
		if (mkdir(path, 0755) < 0 && errno == ENOENT &&
			access(dir, F_OK) < 0)
			return 3;
		for (d = 1; d < CHAIN; d++) {
			n += snprintf(path + n, sizeof(path) - n, "/c%d", d);
			mkdir(path, 0755);
		}
		if (gofile && access(path, F_OK) == 0) {
			fd = open(gofile, O_WRONLY | O_CREAT, 0644);
			if (fd >= 0)
				close(fd);
			gofile = NULL;
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	int w, status, gone = 0;
	double end;

	if (argc != 4) {
		fprintf(stderr, "usage: cg-fight DIR SECONDS GOFILE\n");
		return 2;
	}
	if (access(argv[1], F_OK) < 0) {
		perror(argv[1]);
		return 1;
	}
	end = now() + atof(argv[2]);
	for (w = 0; w < WORKERS; w++)
		if (fork() == 0)
			_exit(fight(argv[1], w, end, w ? NULL : argv[3]));
	while (wait(&status) > 0)
		if (WIFEXITED(status) && WEXITSTATUS(status) == 3)
			gone = 1;
	printf("cg-fight: %s\n", gone ? "the cgroup is gone" : "done");
	return 0;
}
