/* fault-records - appends numbered records to a file, fsyncs each, then acknowledges it; or checks them. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/*
 * usage: fault-records write FILE   append "rec N\n" (N after the last
 *                                   record in FILE), fdatasync, and print
 *                                   "ack N" every 10th record; forever
 *        fault-records check FILE   print "records N" if FILE holds
 *                                   exactly rec 1..N, else what is wrong
 */
static long last_record(const char *file, int *bad)
{
	char line[64];
	long n = 0, v;
	FILE *f = fopen(file, "r");

	*bad = 0;
	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "rec %ld\n", &v) != 1 || v != n + 1 ||
			line[strlen(line) - 1] != '\n') {
			printf("records: line %ld is \"%.20s\", expected rec %ld\n",
				n + 1, line, n + 1);
			*bad = 1;
			break;
		}
		n = v;
	}
	fclose(f);
	return n;
}

int main(int argc, char **argv)
{
	char rec[32];
	long n;
	int fd, bad, len;

	if (argc != 3)
		return 2;
	n = last_record(argv[2], &bad);
	if (!strcmp(argv[1], "check")) {
		printf("records %ld%s\n", n, bad ? " bad" : "");
		return bad;
	}
	if (bad)
		return 1;
	signal(SIGTERM, SIG_IGN); /* killed at shutdown, mid-write */
	fd = open(argv[2], O_WRONLY | O_APPEND | O_CREAT, 0644);
	if (fd < 0) {
		printf("records: open %s: %s\n", argv[2], strerror(errno));
		return 1;
	}
	printf("records: writing after rec %ld\n", n);
	fflush(stdout);
	for (;;) {
		len = snprintf(rec, sizeof(rec), "rec %ld\n", ++n);
		if (write(fd, rec, len) != len || fdatasync(fd) < 0) {
			printf("records: write rec %ld: %s\n", n,
				strerror(errno));
			return 1;
		}
		if (n % 10 == 0) {
			printf("ack %ld\n", n);
			fflush(stdout);
		}
		usleep(10000);
	}
}
