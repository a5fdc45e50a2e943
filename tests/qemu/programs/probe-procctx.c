/* probe-procctx - reads and tries to change a service's nice value, OOM score, I/O priority and SIGPIPE disposition from inside. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/personality.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

/*
 * usage: probe-procctx MODE [ARG...]; prints one line, so a shell probe
 * compares it with what the service is configured with:
 *   nice                   getpriority(2): the nice value
 *   set-nice N             setpriority(2) to N: OK or the errno's name
 *   set-oom N              N written to /proc/self/oom_score_adj: OK or
 *                          the errno's name (of the open or the write)
 *   ioprio                 ioprio_get(2): "CLASS LEVEL" (none, realtime,
 *                          best-effort, idle)
 *   set-ioprio CLASS LEVEL ioprio_set(2): OK or the errno's name
 *   sigpipe                a child writes to a pipe without a reader:
 *                          "EPIPE" (SIGPIPE ignored) or "SIGPIPE" (killed)
 *   widen-affinity         sched_setaffinity(2) to CPUs 0-8191: OK or the
 *                          errno's name, then Cpus_allowed_list after it
 *   set-personality N      personality(2) to N (0: PER_LINUX, 8:
 *                          PER_LINUX32): "OK MACHINE" (uname(2)'s machine
 *                          after it) or the errno's name
 */
#define IOPRIO_WHO_PROCESS 1
#define IOPRIO_CLASS_SHIFT 13

static const char *const classes[] = {
	"none", "realtime", "best-effort", "idle"};

static const char *errname(int e)
{
	switch (e) {
	case 0: return "OK";
	case EPERM: return "EPERM";
	case EACCES: return "EACCES";
	case EINVAL: return "EINVAL";
	case ENOENT: return "ENOENT";
	case EPIPE: return "EPIPE";
	case ESRCH: return "ESRCH";
	default: return strerror(e);
	}
}

static int set_oom(const char *value)
{
	char buf[32];
	int fd, n, err = 0;

	n = snprintf(buf, sizeof(buf), "%s\n", value);
	fd = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return errno;
	if (write(fd, buf, (size_t)n) != n)
		err = errno ? errno : EIO;
	close(fd);
	return err;
}

static int class_of(const char *name)
{
	int c;

	for (c = 0; c < 4; c++)
		if (!strcmp(name, classes[c]))
			return c;
	fprintf(stderr, "probe-procctx: unknown class %s\n", name);
	exit(2);
}

/* In a child, so a SIGPIPE at its default kills only the child. */
static const char *sigpipe_outcome(void)
{
	int fds[2], status;
	pid_t pid;

	if (pipe(fds) < 0)
		return "pipe failed";
	close(fds[0]); /* before the fork: no reader anywhere */
	pid = fork();
	if (pid < 0)
		return "fork failed";
	if (pid == 0) {
		if (write(fds[1], "x", 1) < 0)
			_exit(errno == EPIPE ? 0 : 1);
		_exit(2);
	}
	close(fds[1]);
	if (waitpid(pid, &status, 0) < 0)
		return "waitpid failed";
	if (WIFSIGNALED(status))
		return WTERMSIG(status) == SIGPIPE ? "SIGPIPE" : "other signal";
	return WEXITSTATUS(status) == 0 ? "EPIPE" : "write did not fail";
}

/* Every CPU the kernel can have: "OK LIST" or the errno's name. */
static void widen_affinity(void)
{
	static unsigned long all[8192 / (8 * sizeof(unsigned long))];
	char line[256];
	FILE *f;
	size_t i;

	for (i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		all[i] = ~0UL;
	if (syscall(SYS_sched_setaffinity, 0, sizeof(all), all) < 0) {
		printf("%s\n", errname(errno));
		return;
	}
	f = fopen("/proc/self/status", "r");
	while (f && fgets(line, sizeof(line), f))
		if (!strncmp(line, "Cpus_allowed_list:", 18)) {
			printf("OK %s", line + 18 + strspn(line + 18, " \t"));
			fclose(f);
			return;
		}
	printf("no Cpus_allowed_list\n");
	if (f)
		fclose(f);
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";
	long r;
	int n;

	errno = 0;
	if (!strcmp(mode, "nice") && argc == 2) {
		n = getpriority(PRIO_PROCESS, 0);
		if (n == -1 && errno)
			printf("%s\n", errname(errno));
		else
			printf("%d\n", n);
	} else if (!strcmp(mode, "set-nice") && argc == 3) {
		r = setpriority(PRIO_PROCESS, 0, atoi(argv[2]));
		printf("%s\n", errname(r < 0 ? errno : 0));
	} else if (!strcmp(mode, "set-oom") && argc == 3) {
		printf("%s\n", errname(set_oom(argv[2])));
	} else if (!strcmp(mode, "ioprio") && argc == 2) {
		r = syscall(SYS_ioprio_get, IOPRIO_WHO_PROCESS, 0);
		if (r < 0)
			printf("%s\n", errname(errno));
		else if ((r >> IOPRIO_CLASS_SHIFT) > 3)
			printf("class %ld\n", r >> IOPRIO_CLASS_SHIFT);
		else
			printf("%s %ld\n", classes[r >> IOPRIO_CLASS_SHIFT],
				r & ((1 << IOPRIO_CLASS_SHIFT) - 1));
	} else if (!strcmp(mode, "set-ioprio") && argc == 4) {
		r = syscall(SYS_ioprio_set, IOPRIO_WHO_PROCESS, 0,
			class_of(argv[2]) << IOPRIO_CLASS_SHIFT | atoi(argv[3]));
		printf("%s\n", errname(r < 0 ? errno : 0));
	} else if (!strcmp(mode, "sigpipe") && argc == 2) {
		printf("%s\n", sigpipe_outcome());
	} else if (!strcmp(mode, "widen-affinity") && argc == 2) {
		widen_affinity();
	} else if (!strcmp(mode, "set-personality") && argc == 3) {
		struct utsname u;

		if (personality(strtoul(argv[2], NULL, 0)) < 0 ||
			uname(&u) < 0)
			printf("%s\n", errname(errno));
		else
			printf("OK %s\n", u.machine);
	} else {
		fprintf(stderr, "usage: probe-procctx nice | set-nice N | "
				"set-oom N | ioprio | set-ioprio CLASS LEVEL | "
				"sigpipe | widen-affinity | "
				"set-personality N\n");
		return 2;
	}
	return 0;
}
