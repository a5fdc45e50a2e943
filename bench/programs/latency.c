/* latency - respawn and power-off latency of an init, measured inside the VM it runs.
 *
 * usage: latency victim          a long-running service: notes its pid and
 *                                the CLOCK_MONOTONIC time right after its
 *                                exec in /run/latency, then waits
 *        latency driver N        kills the victim with SIGKILL N times and
 *                                times each until its next instance ran;
 *                                then asks PID 1 to power off (SIGUSR2)
 *
 * Lines go to /dev/kmsg at level 3 so that they reach the console under
 * "quiet" with the kernel's timestamp, as the kernel's own "reboot: Power
 * down" does: the power-off latency is the difference of those two
 * timestamps; the respawn latency is measured on CLOCK_MONOTONIC here.
 * Used the same way under rampart and under busybox init (bench/latency).
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define STATE "/run/latency"

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void say(const char *f, ...)
{
	char line[256];
	va_list ap;
	int fd, n;

	n = snprintf(line, sizeof(line), "<3>latency: ");
	va_start(ap, f);
	n += vsnprintf(line + n, sizeof(line) - (size_t)n, f, ap);
	va_end(ap);
	fd = open("/dev/kmsg", O_WRONLY | O_CLOEXEC);
	if (fd < 0 || write(fd, line, (size_t)n) < 0)
		fprintf(stderr, "%s\n", line + 3);
	if (fd >= 0)
		close(fd);
}

/* the victim's record: "pid start_ns" */
static int state_read(long *pid, long long *t)
{
	char buf[64];
	ssize_t n;
	int fd = open(STATE, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return -1;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	return sscanf(buf, "%ld %lld", pid, t) == 2 ? 0 : -1;
}

static int victim(void)
{
	long long t = now_ns();
	char buf[64];
	int fd, n;

	n = snprintf(buf, sizeof(buf), "%ld %lld\n", (long)getpid(), t);
	fd = open(STATE ".new", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0 || write(fd, buf, (size_t)n) != n ||
		rename(STATE ".new", STATE) < 0) {
		say("victim: %s: %s", STATE, strerror(errno));
		return 1;
	}
	close(fd);
	for (;;)
		pause();
}

static void sleep_us(long us)
{
	struct timespec ts = {0, us * 1000};

	nanosleep(&ts, NULL);
}

static int driver(int rounds)
{
	long pid, pid2;
	long long t0, t, tmo;
	int i;

	for (tmo = 0; state_read(&pid, &t) < 0; tmo++) {
		if (tmo == 100000) {
			say("error: no victim after 10 s");
			return 1;
		}
		sleep_us(100);
	}
	/* let the boot settle */
	sleep(1);
	for (i = 0; i < rounds; i++) {
		state_read(&pid, &t);
		t0 = now_ns();
		if (kill((pid_t)pid, SIGKILL) < 0) {
			say("error: kill %ld: %s", pid, strerror(errno));
			return 1;
		}
		for (tmo = t0 + 10000000000LL;;) {
			if (state_read(&pid2, &t) == 0 && pid2 != pid)
				break;
			if (now_ns() > tmo) {
				say("error: round %d: no new victim after 10 s",
					i + 1);
				return 1;
			}
			sleep_us(100);
		}
		say("respawn %d %lld us", i + 1, (t - t0) / 1000);
		/* beyond any backoff reset and the victim's own start */
		sleep_us(200000);
	}
	say("poweroff requested");
	kill(1, SIGUSR2);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "victim"))
		return victim();
	if (argc == 3 && !strcmp(argv[1], "driver"))
		return driver(atoi(argv[2]));
	fprintf(stderr, "usage: latency victim | latency driver N\n");
	return 2;
}
