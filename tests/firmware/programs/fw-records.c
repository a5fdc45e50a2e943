/* fw-records - acknowledged records on the firmware overlay: appends
 * numbered records to /etc/fw-records, each written and fdatasynced
 * before it is reported ("ack"), until killed; says what the previous
 * boots left there first. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define RECORDS "/etc/fw-records"
#define UNSYNCED "/etc/fw-unsynced"
/* fw-probe waits for it before it powers off (or holds) */
#define ACKED "/run/fw-records.acked"
#define ACKS_BEFORE_READY 50

/* The last record of a file holding exactly "rec 1".."rec N", or -1
 * (then why in bad). */
static long records_found(char *bad, size_t size)
{
	char line[64];
	long n = 0, v;
	FILE *f = fopen(RECORDS, "r");

	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "rec %ld", &v) != 1 || v != n + 1 ||
			line[strlen(line) - 1] != '\n') {
			snprintf(bad, size, "line %ld is \"%.20s\"", n + 1,
				line);
			fclose(f);
			return -1;
		}
		n = v;
	}
	fclose(f);
	return n;
}

/* The file written before the last power-off without any fsync: only
 * PID 1's shutdown (sync, unmount, the overlay disk read-only) puts it
 * on the disk. */
static void unsynced_note(long n)
{
	char buf[64] = "";
	int fd = open(UNSYNCED, O_RDONLY), r;

	if (fd >= 0) {
		r = read(fd, buf, sizeof(buf) - 1);
		buf[r > 0 ? r : 0] = '\0';
		buf[strcspn(buf, "\n")] = '\0';
		close(fd);
		printf("fw-records: unsynced file: %s\n", buf);
	} else {
		printf("fw-records: unsynced file: %s\n", strerror(errno));
	}
	fd = open(UNSYNCED, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || dprintf(fd, "unsynced after rec %ld\n", n) < 0)
		printf("fw-records: writing %s: %s\n", UNSYNCED,
			strerror(errno));
	else
		printf("fw-records: wrote unsynced after rec %ld\n", n);
	if (fd >= 0)
		close(fd);
}

int main(void)
{
	char cmd[1024] = "", bad[80] = "", rec[32];
	long n, k = 0;
	int fd, dir, sync_each, len, r;

	setvbuf(stdout, NULL, _IOLBF, 0);
	fd = open("/proc/cmdline", O_RDONLY);
	r = fd < 0 ? 0 : read(fd, cmd, sizeof(cmd) - 1);
	cmd[r > 0 ? r : 0] = '\0';
	if (fd >= 0)
		close(fd);
	/* fw_records=sync: the real thing; fw_records=nosync: the
	 * control, acks without fdatasync (they must get lost) */
	if (strstr(cmd, "fw_records=sync"))
		sync_each = 1;
	else if (strstr(cmd, "fw_records=nosync"))
		sync_each = 0;
	else
		return 0;
	n = records_found(bad, sizeof(bad));
	if (n < 0) {
		printf("fw-records: found bad: %s\n", bad);
		return 1;
	}
	printf("fw-records: found %ld\n", n);
	unsynced_note(n);
	signal(SIGTERM, SIG_IGN); /* killed at shutdown, mid-write */
	fd = open(RECORDS, O_WRONLY | O_APPEND | O_CREAT, 0644);
	dir = open("/etc", O_RDONLY | O_DIRECTORY);
	/* a new file's name must be on the disk before its first ack */
	if (fd < 0 || dir < 0 || (sync_each && (fsync(fd) || fsync(dir)))) {
		printf("fw-records: open %s: %s\n", RECORDS, strerror(errno));
		return 1;
	}
	close(dir);
	for (;;) {
		len = snprintf(rec, sizeof(rec), "rec %ld\n", ++n);
		if (write(fd, rec, len) != len ||
			(sync_each && fdatasync(fd) < 0)) {
			printf("fw-records: write rec %ld: %s\n", n,
				strerror(errno));
			return 1;
		}
		if (++k % 10 == 0)
			printf("ack %ld (%ld this boot)\n", n, k);
		if (k == ACKS_BEFORE_READY)
			close(open(ACKED, O_WRONLY | O_CREAT, 0644));
		usleep(10000);
	}
}
