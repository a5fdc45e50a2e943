/* spawnloop - fork+exec+wait a command N times; print the total wall time in ns.
 * usage: spawnloop N PROGRAM [ARG]...   (stdout of the command goes to /dev/null) */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv)
{
	int n, i, st, fails = 0;
	long long t0;

	if (argc < 3 || (n = atoi(argv[1])) < 1) {
		fprintf(stderr, "usage: spawnloop N PROGRAM [ARG]...\n");
		return 2;
	}
	t0 = ns();
	for (i = 0; i < n; i++) {
		pid_t pid = fork();

		if (pid < 0) {
			perror("spawnloop: fork");
			return 1;
		}
		if (pid == 0) {
			int fd = open("/dev/null", O_WRONLY);

			dup2(fd, 1);
			execv(argv[2], argv + 2);
			_exit(127);
		}
		if (waitpid(pid, &st, 0) < 0 || !WIFEXITED(st) || WEXITSTATUS(st))
			fails++;
	}
	printf("%lld\n", ns() - t0);
	if (fails)
		fprintf(stderr, "spawnloop: %d of %d runs failed\n", fails, n);
	return fails ? 1 : 0;
}
