/* fault-storm - leaves N double-forked orphans for PID 1, then waits for zero zombies. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Zombies in the whole system: state 'Z' in /proc/<pid>/stat. */
static int zombies(void)
{
	char path[300], buf[512], *p;
	struct dirent *d;
	int n = 0;
	DIR *dir = opendir("/proc");
	FILE *f;

	if (!dir)
		return -1;
	while ((d = readdir(dir))) {
		if (d->d_name[0] < '0' || d->d_name[0] > '9')
			continue;
		snprintf(path, sizeof(path), "/proc/%s/stat", d->d_name);
		f = fopen(path, "r");
		if (!f)
			continue;
		if (fgets(buf, sizeof(buf), f) && (p = strrchr(buf, ')')) &&
			p[1] == ' ' && p[2] == 'Z')
			n++;
		fclose(f);
	}
	closedir(dir);
	return n;
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 1000, i, z = -1, made = 0;
	double t0 = now(), t;
	pid_t pid;

	for (i = 0; i < n; i++) {
		pid = fork();
		if (pid == 0) {
			/* the grandchild outlives its parent: an orphan */
			if (fork() == 0) {
				usleep(20000);
				_exit(0);
			}
			_exit(0);
		}
		if (pid > 0) {
			waitpid(pid, NULL, 0);
			made++;
		}
	}
	t = now();
	/* PID 1 must reap every orphan: poll for up to 20 s. */
	while (now() - t < 20) {
		usleep(100000);
		z = zombies();
		if (z == 0)
			break;
	}
	printf("storm: %d orphans made in %.1f s, zombies %d after %.1f s\n",
		made, t - t0, z, now() - t);
	if (made == n && z == 0)
		printf("=== T orphan-storm-%d-no-zombies PASS\n", n);
	else
		printf("=== T orphan-storm-%d-no-zombies FAIL expected %d "
		       "orphans and 0 zombies got %d and %d\n",
			n, n, made, z);
	return 0;
}
