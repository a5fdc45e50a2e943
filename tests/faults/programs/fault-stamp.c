/* fault-stamp - appends CLOCK_BOOTTIME in ms to a file and exits 1: a crash loop that logs when it ran. */
#include <fcntl.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct timespec ts;
	char buf[32];
	int fd, n;

	if (argc != 2)
		return 2;
	clock_gettime(CLOCK_BOOTTIME, &ts);
	n = snprintf(buf, sizeof(buf), "%lld\n",
		(long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000);
	fd = open(argv[1], O_WRONLY | O_APPEND | O_CREAT, 0644);
	if (fd >= 0) {
		(void)!write(fd, buf, n);
		close(fd);
	}
	return 1;
}
