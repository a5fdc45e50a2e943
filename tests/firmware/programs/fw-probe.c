/* fw-probe - from inside a service on a firmware root (INIT_ROOT): what
 * the root is, whether /etc persists, and that nothing of the initramfs
 * is left, even to a root service that escapes its chroot. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/wait.h>
#include <unistd.h>

#define OVERLAYFS_MAGIC 0x794c7630UL
#define SQUASHFS_MAGIC 0x73717368UL
#define RAMFS_MAGIC 0x858458f6UL
#define TMPFS_MAGIC 0x01021994UL

static int failed;

static void check(const char *name, int ok, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void check(const char *name, int ok, const char *fmt, ...)
{
	char why[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, sizeof(why), fmt, ap);
	va_end(ap);
	if (ok)
		printf("=== T %s PASS\n", name);
	else
		printf("=== T %s FAIL %s\n", name, why);
	failed |= !ok;
	fflush(stdout);
}

/* /etc/fw-boots: the number of boots this overlay has seen, this one
 * counted; written through the overlay and fsynced. */
static void boots_count(void)
{
	char buf[32] = "";
	int fd, n = 0, r;

	fd = open("/etc/fw-boots", O_RDONLY);
	if (fd >= 0) {
		r = read(fd, buf, sizeof(buf) - 1);
		buf[r > 0 ? r : 0] = '\0';
		n = atoi(buf);
		close(fd);
	}
	n++;
	fd = open("/etc/fw-boots.new", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	r = fd < 0 ? -1 : dprintf(fd, "%d\n", n);
	if (fd < 0 || r < 0 || fsync(fd) < 0 || close(fd) < 0 ||
		rename("/etc/fw-boots.new", "/etc/fw-boots") < 0) {
		check("fw-etc-writable", 0, "writing /etc/fw-boots: %s",
			strerror(errno));
		return;
	}
	check("fw-etc-writable", 1, "%s", "");
	printf("fw: boot %d on this overlay\n", n);
}

/* The mounts PID 1 sees: no layer of the overlay, nothing of the
 * initramfs stage. */
static void mounts_check(void)
{
	char line[1024], bad[512] = "";
	FILE *f = fopen("/proc/1/mountinfo", "r");

	if (!f) {
		check("fw-layers-detached", 0, "/proc/1/mountinfo: %s",
			strerror(errno));
		return;
	}
	char mp[512];

	while (fgets(line, sizeof(line), f))
		/* id parent dev root MOUNTPOINT ... - TYPE; / itself is
		 * what fw-root-type checks (the squashfs, without overlay) */
		if (sscanf(line, "%*s %*s %*s %*s %511s", mp) == 1 &&
			strcmp(mp, "/") &&
			(strstr(line, " - squashfs ") ||
				strstr(line, " - ext4 ") ||
				strstr(line, " - rootfs ") ||
				strstr(mp, ".rampart-root")))
			snprintf(bad + strlen(bad), sizeof(bad) - strlen(bad),
				"%.200s", line);
	fclose(f);
	check("fw-layers-detached", !bad[0], "mounts of PID 1: %s", bad);
}

/* Files (not folders) below fd on its own filesystem; names of the top
 * level into seen. */
static int files_below(int fd, dev_t dev, char *seen, size_t size)
{
	DIR *d = fdopendir(fd);
	struct dirent *e;
	struct stat st;
	int n = 0, sub;

	if (!d)
		return -1;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		if (seen)
			snprintf(seen + strlen(seen), size - strlen(seen),
				"%s ", e->d_name);
		if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) <
				0 ||
			st.st_dev != dev)
			continue;
		if (!S_ISDIR(st.st_mode)) {
			n++;
			continue;
		}
		sub = openat(dirfd(d), e->d_name, O_RDONLY | O_DIRECTORY);
		if (sub >= 0)
			n += files_below(sub, dev, NULL, 0);
	}
	closedir(d);
	return n;
}

/* The attacker's move: a root service with CAP_SYS_CHROOT leaves its
 * root through a chroot of its own and climbs up.  The firmware root is
 * mounted straight over the initramfs's root, so ".." stops at the
 * firmware root (the kernel never walks into a covered root of a
 * mount); had it got through, the initramfs below must hold no file. */
static void escape_check(unsigned long want)
{
	char dir[] = "/tmp/fw-escape.XXXXXX", seen[512] = "";
	struct statfs sf;
	struct stat st;
	int i, fd, n, st2;
	pid_t pid;

	if (!mkdtemp(dir)) {
		check("fw-escape-finds-no-initramfs", 0, "mkdtemp: %s",
			strerror(errno));
		return;
	}
	pid = fork();
	if (pid == 0) {
		if (chroot(dir) < 0) {
			printf("=== T fw-escape-finds-no-initramfs FAIL "
			       "chroot: %s\n",
				strerror(errno));
			_exit(1);
		}
		for (i = 0; i < 64; i++)
			(void)!chdir("..");
		if (chroot(".") < 0 || statfs(".", &sf) < 0 ||
			stat(".", &st) < 0) {
			printf("=== T fw-escape-finds-no-initramfs FAIL "
			       "escape: %s\n",
				strerror(errno));
			_exit(1);
		}
		fd = open(".", O_RDONLY | O_DIRECTORY);
		n = fd < 0 ? -1
			   : files_below(fd, st.st_dev, seen, sizeof(seen));
		printf("fw: the escape reached filesystem type %lx: %s\n",
			(unsigned long)sf.f_type, seen);
		if ((unsigned long)sf.f_type == want &&
			access("/init", F_OK) == 0)
			printf("=== T fw-escape-finds-no-initramfs PASS\n");
		else if ((sf.f_type == RAMFS_MAGIC ||
				 sf.f_type == TMPFS_MAGIC) &&
			 n == 0)
			printf("=== T fw-escape-finds-no-initramfs PASS\n");
		else
			printf("=== T fw-escape-finds-no-initramfs FAIL "
			       "reached type %lx with %d files (top level: "
			       "%s)\n",
				(unsigned long)sf.f_type, n, seen);
		fflush(stdout);
		_exit(0);
	}
	if (pid < 0 || waitpid(pid, &st2, 0) < 0 || !WIFEXITED(st2) ||
		WEXITSTATUS(st2))
		failed = 1;
	rmdir(dir);
}

/* The canary file (tests/firmware/canary): read whole, as INIT_ROOT_VERITY
 * lets it be read; the tier flips a byte of it in the image. */
static void canary_read(void)
{
	char buf[4096];
	long total = 0, n;
	int fd = open("/usr/share/fw-canary", O_RDONLY);

	if (fd < 0) {
		printf("fw: canary read: %s\n", strerror(errno));
		return;
	}
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		total += n;
	if (n < 0)
		printf("fw: canary read: %s after %ld bytes\n", strerror(errno),
			total);
	else
		printf("fw: canary read: OK %ld bytes\n", total);
	close(fd);
}

/* PID 1's settled footprint, as bench/memory reads it (VmRSS in
 * /proc/1/status is a batched counter): a figure, never judged. */
static void footprint_print(void)
{
	char line[128];
	FILE *f;

	sleep(2); /* the boot settled: as bench/memory's probe */
	f = fopen("/proc/1/smaps_rollup", "r");
	if (!f) {
		printf("fw: pid1 footprint: /proc/1/smaps_rollup: %s\n",
			strerror(errno));
		return;
	}
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, "Rss:", 4) || !strncmp(line, "Pss:", 4))
			printf("fw: pid1 %s", line);
	fclose(f);
}

/* fw_records= (fw-records.c): the records service has acknowledged
 * enough records of this boot before the VM powers off (or, with
 * fw_hold, is killed by the tier). */
static void records_wait(void)
{
	int i;

	for (i = 0; i < 1200 && access("/run/fw-records.acked", F_OK); i++)
		usleep(100000);
	printf("fw: records acknowledged: %s\n",
		i < 1200 ? "yes" : "no, gave up after 120 s");
}

int main(void)
{
	char cmd[1024] = "";
	struct statfs sf;
	int fd, r;
	unsigned long want;

	setvbuf(stdout, NULL, _IOLBF, 0);
	fd = open("/proc/cmdline", O_RDONLY);
	r = fd < 0 ? 0 : read(fd, cmd, sizeof(cmd) - 1);
	cmd[r > 0 ? r : 0] = '\0';
	/* the test says which root it booted: fw_root=overlay or squashfs */
	want = strstr(cmd, "fw_root=squashfs") ? SQUASHFS_MAGIC
						: OVERLAYFS_MAGIC;
	if (statfs("/", &sf) < 0)
		sf.f_type = 0;
	check("fw-root-type", (unsigned long)sf.f_type == want,
		"/ is filesystem type %lx, expected %lx",
		(unsigned long)sf.f_type, want);
	/* the squashfs below is read-only whatever the overlay */
	check("fw-init-from-image", access("/init", X_OK) == 0,
		"/init: %s", strerror(errno));
	if (want == OVERLAYFS_MAGIC) {
		boots_count();
	} else {
		/* no overlay: the root is the squashfs, read-only */
		fd = open("/etc/fw-boots", O_WRONLY | O_CREAT, 0644);
		check("fw-root-read-only", fd < 0 && errno == EROFS,
			"open(/etc/fw-boots, O_CREAT): %s",
			fd < 0 ? strerror(errno) : "created");
	}
	mounts_check();
	escape_check(want);
	canary_read();
	if (strstr(cmd, "fw_footprint"))
		footprint_print();
	if (strstr(cmd, "fw_records="))
		records_wait();
	if (strstr(cmd, "fw_hold")) {
		/* the tier kills the VM: an interrupted boot */
		printf("fw: holding\n");
		for (;;)
			pause();
	}
	return failed;
}
