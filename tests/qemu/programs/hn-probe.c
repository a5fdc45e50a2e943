/* hn-probe - the hostile services' one-call probe: a victim, an attacker, the errno of one call. */
#define _GNU_SOURCE 1
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

/*
 * usage:
 *   hn-probe CALL ARG...             prints OK (or what the call read) or
 *                                    the errno's name
 *   hn-probe expect NAME WANT CALL ARG...
 *                                    prints "=== T NAME PASS" when CALL
 *                                    printed WANT, else FAIL with both
 *   hn-probe victim PIDFILE          a peer to attack: holds an fd on /,
 *                                    writes "PID FD" to PIDFILE, sleeps
 *   hn-probe peer PREFIX WANT PIDFILE CHECK...
 *                                    attacks the victim of PIDFILE through
 *                                    /proc/PID/{root,cwd,fd/FD} (see peer())
 *   hn-probe say WORD...             echo, for a root directory without a
 *                                    shell
 * CALLs: create PATH, open-r PATH, open-w PATH, write PATH TEXT,
 * write-same PATH, list PATH, mode PATH, rmdir PATH, mkdir PATH,
 * rename OLD NEW, unlink PATH, symlink TARGET LINK, mknod-null PATH,
 * fd-type N, fd-read N, fork-max N.
 *
 * One decisive call each, its errno printed by name, so that "allowed"
 * and "blocked" cannot be confused.  The peer attack is in here, not in a
 * shell script, because it must not fork before it looks at /proc/PID: in
 * a PID namespace of its own, a child of its own could carry the victim's
 * number.
 */
static char out[512];

static const char *errno_name(int e)
{
	switch (e) {
	case 0: return "OK";
	case EPERM: return "EPERM";
	case ENOENT: return "ENOENT";
	case EACCES: return "EACCES";
	case EROFS: return "EROFS";
	case EEXIST: return "EEXIST";
	case ENOTDIR: return "ENOTDIR";
	case EISDIR: return "EISDIR";
	case EINVAL: return "EINVAL";
	case EBUSY: return "EBUSY";
	case ENOTEMPTY: return "ENOTEMPTY";
	case ELOOP: return "ELOOP";
	case EXDEV: return "EXDEV";
	case EAGAIN: return "EAGAIN";
	case ESRCH: return "ESRCH";
	case EBADF: return "EBADF";
	case ENOSPC: return "ENOSPC";
	default: return strerror(e);
	}
}

/* The result of a call that returned r (< 0: failed with errno). */
static const char *res(long r)
{
	return errno_name(r < 0 ? errno : 0);
}

static long write_text(const char *path, const char *text, size_t n)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	long r;

	if (fd < 0)
		return -1;
	r = write(fd, text, n);
	if (r >= 0 && (size_t)r != n) {
		errno = EIO;
		r = -1;
	}
	if (close(fd) < 0 && r >= 0)
		r = -1;
	return r;
}

/* Writes back what the file holds: a real write that changes nothing. */
static const char *write_same(const char *path)
{
	char buf[256];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return res(-1);
	n = read(fd, buf, sizeof(buf));
	close(fd);
	if (n < 0)
		return res(-1);
	return res(write_text(path, buf, (size_t)n));
}

static const char *list(const char *path)
{
	DIR *d = opendir(path);

	if (!d)
		return res(-1);
	errno = 0;
	while (readdir(d))
		;
	closedir(d);
	return res(errno ? -1 : 0);
}

static const char *type_word(mode_t m)
{
	switch (m & S_IFMT) {
	case S_IFDIR: return "dir";
	case S_IFREG: return "reg";
	case S_IFCHR: return "chr";
	case S_IFBLK: return "blk";
	case S_IFIFO: return "fifo";
	case S_IFSOCK: return "sock";
	case S_IFLNK: return "lnk";
	default: return "?";
	}
}

/* "000 dir", "666 chr 1:3", or the errno of lstat. */
static const char *mode_of(const struct stat *st)
{
	int n = snprintf(out, sizeof(out), "%03o %s", st->st_mode & 07777,
		type_word(st->st_mode));

	if (S_ISCHR(st->st_mode) || S_ISBLK(st->st_mode))
		snprintf(out + n, sizeof(out) - n, " %u:%u",
			major(st->st_rdev), minor(st->st_rdev));
	return out;
}

static const char *fd_read(int fd)
{
	char c;
	ssize_t n = read(fd, &c, 1);

	if (n < 0)
		return res(-1);
	return n ? "DATA" : "EOF";
}

/*
 * Forks up to n children that wait to be killed: EAGAIN when a limit
 * (TASKS_MAX) refuses one, OK when all n were made.
 */
static const char *fork_max(int n)
{
	pid_t kids[64];
	int i, k = 0, err = 0;

	if (n > 64)
		n = 64;
	fflush(stdout); /* or the children's exit would print it again */
	for (i = 0; i < n; i++) {
		pid_t p = fork();

		if (p == 0) {
			pause();
			_exit(0);
		}
		if (p < 0) {
			err = errno;
			break;
		}
		kids[k++] = p;
	}
	for (i = 0; i < k; i++) {
		kill(kids[i], SIGKILL);
		waitpid(kids[i], NULL, 0);
	}
	return errno_name(err);
}

static const char *create(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);

	if (fd < 0)
		return res(-1);
	close(fd);
	return "OK";
}

/* One call by name; NULL for an unknown one or a wrong argument count. */
static const char *call(int argc, char **argv)
{
	const char *c = argv[0];
	struct stat st;

	errno = 0;
	if (argc == 2 && !strcmp(c, "create"))
		return create(argv[1]);
	if (argc == 2 && !strcmp(c, "open-r"))
		return res(open(argv[1], O_RDONLY | O_CLOEXEC));
	if (argc == 2 && !strcmp(c, "open-w"))
		return res(open(argv[1], O_WRONLY | O_CLOEXEC));
	if (argc == 3 && !strcmp(c, "write"))
		return res(write_text(argv[1], argv[2], strlen(argv[2])));
	if (argc == 2 && !strcmp(c, "write-same"))
		return write_same(argv[1]);
	if (argc == 2 && !strcmp(c, "list"))
		return list(argv[1]);
	if (argc == 2 && !strcmp(c, "mode"))
		return lstat(argv[1], &st) < 0 ? res(-1) : mode_of(&st);
	if (argc == 2 && !strcmp(c, "rmdir"))
		return res(rmdir(argv[1]));
	if (argc == 2 && !strcmp(c, "mkdir")) {
		/* 0755 whatever the umask: a planted tree others can read */
		if (mkdir(argv[1], 0755) < 0)
			return res(-1);
		return res(chmod(argv[1], 0755));
	}
	if (argc == 3 && !strcmp(c, "rename"))
		return res(rename(argv[1], argv[2]));
	if (argc == 2 && !strcmp(c, "unlink"))
		return res(unlink(argv[1]));
	if (argc == 3 && !strcmp(c, "symlink"))
		return res(symlink(argv[1], argv[2]));
	if (argc == 2 && !strcmp(c, "mknod-null")) {
		if (mknod(argv[1], S_IFCHR | 0666, makedev(1, 3)) < 0)
			return res(-1);
		return res(chmod(argv[1], 0666));
	}
	if (argc == 2 && !strcmp(c, "fd-type"))
		return fstat(atoi(argv[1]), &st) < 0 ? res(-1) : mode_of(&st);
	if (argc == 2 && !strcmp(c, "fd-read"))
		return fd_read(atoi(argv[1]));
	if (argc == 2 && !strcmp(c, "fork-max"))
		return fork_max(atoi(argv[1]));
	return NULL;
}

static void t(const char *name, const char *want, const char *got)
{
	if (!strcmp(want, got))
		printf("=== T %s PASS\n", name);
	else
		printf("=== T %s FAIL expected %s got %s\n", name, want, got);
}

/*
 * The victim: a long-running service holding an fd on / (as a data
 * directory would be held).  The pid file appears whole (rename), so an
 * attacker polling for it never reads half of it.
 */
static int victim(const char *pidfile)
{
	char tmp[4200];
	int fd = open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	FILE *f;

	if (fd < 0 || chdir("/") < 0) {
		perror("hn-probe victim: /");
		return 1;
	}
	snprintf(tmp, sizeof(tmp), "%s.tmp", pidfile);
	f = fopen(tmp, "w");
	if (!f || fprintf(f, "%d %d\n", (int)getpid(), fd) < 0 ||
	    fclose(f) != 0 || rename(tmp, pidfile) < 0) {
		perror("hn-probe victim: pid file");
		return 1;
	}
	for (;;)
		pause();
}

/* Reads "PID FD" from the victim's pid file, waiting up to 60 s for it. */
static int victim_read(const char *pidfile, int *pid, int *fd)
{
	int i, n = 0;
	FILE *f;

	for (i = 0; i < 600; i++) {
		f = fopen(pidfile, "r");
		if (f) {
			n = fscanf(f, "%d %d", pid, fd);
			fclose(f);
			if (n == 2)
				return 0;
		}
		usleep(100000);
	}
	return -1;
}

/*
 * The attack of a peer's /proc entries, as PREFIX-* checks, each call
 * expected to give WANT (ENOENT for a service that must not see the
 * victim, OK for a control that may).  CHECKs:
 *   pid       stat /proc/PID
 *   ro-direct, hide-direct, cg-direct
 *             the protection itself is in force: EROFS creating in
 *             /srv/hn-ro, EACCES opening /srv/hn-secret/decoy, EROFS
 *             writing /sys/fs/cgroup/cgroup.procs (WANT unused)
 *   self1     /proc/self is 1: a PID namespace of its own (WANT unused)
 *   ro        create ROUTE/srv/hn-ro/PREFIX-ROUTE
 *   hide      open ROUTE/srv/hn-secret/decoy
 *   cg        write the own pid to ROUTE/sys/fs/cgroup/cgroup.procs
 *   held=ID   still in cgroup /ID afterwards (WANT unused)
 *   tasks=N   TASKS_MAX=N still applies: N forks, one refused (WANT unused)
 * ROUTE is each of /proc/PID/root, /proc/PID/cwd and /proc/PID/fd/FD.
 */
static int peer(const char *prefix, const char *want, const char *pidfile,
	int n, char **checks)
{
	static const char *const routes[] = {"root", "cwd", "fd"};
	char name[256], path[4200], route[64], self[32], own[32];
	int pid, fd, i, r, len;

	if (victim_read(pidfile, &pid, &fd) < 0) {
		printf("=== T %s-victim-found FAIL expected a pid in %s got "
		       "nothing\n",
			prefix, pidfile);
		return 1;
	}
	snprintf(own, sizeof(own), "%d", (int)getpid());
	for (i = 0; i < n; i++) {
		const char *c = checks[i];

		if (!strcmp(c, "pid")) {
			struct stat st;

			snprintf(path, sizeof(path), "/proc/%d", pid);
			snprintf(name, sizeof(name), "%s-proc-pid", prefix);
			t(name, want, res(stat(path, &st)));
			continue;
		}
		if (!strcmp(c, "self1")) {
			len = (int)readlink("/proc/self", self,
				sizeof(self) - 1);
			self[len < 0 ? 0 : len] = '\0';
			snprintf(name, sizeof(name), "%s-proc-self-is-1",
				prefix);
			t(name, "1", self);
			continue;
		}
		if (!strcmp(c, "ro-direct")) {
			snprintf(path, sizeof(path), "/srv/hn-ro/%s", prefix);
			snprintf(name, sizeof(name), "%s-ro-direct-erofs",
				prefix);
			t(name, "EROFS", create(path));
			continue;
		}
		if (!strcmp(c, "hide-direct")) {
			snprintf(name, sizeof(name), "%s-hide-direct-eacces",
				prefix);
			t(name, "EACCES",
				res(open("/srv/hn-secret/decoy",
					O_RDONLY | O_CLOEXEC)));
			continue;
		}
		if (!strcmp(c, "cg-direct")) {
			snprintf(name, sizeof(name), "%s-cg-direct-erofs",
				prefix);
			t(name, "EROFS",
				res(write_text("/sys/fs/cgroup/cgroup.procs",
					own, strlen(own))));
			continue;
		}
		if (!strncmp(c, "held=", 5)) {
			char line[256], *got = "none";
			FILE *f = fopen("/proc/self/cgroup", "r");

			while (f && fgets(line, sizeof(line), f))
				if (!strncmp(line, "0::", 3)) {
					line[strcspn(line, "\n")] = '\0';
					got = line + 3;
					break;
				}
			snprintf(path, sizeof(path), "/%s", c + 5);
			snprintf(name, sizeof(name), "%s-cg-still-own",
				prefix);
			t(name, path, got);
			if (f)
				fclose(f);
			continue;
		}
		if (!strncmp(c, "tasks=", 6)) {
			snprintf(name, sizeof(name), "%s-cg-tasks-max-applies",
				prefix);
			t(name, "EAGAIN", fork_max(atoi(c + 6)));
			continue;
		}
		for (r = 0; r < 3; r++) {
			if (r == 2)
				snprintf(route, sizeof(route),
					"/proc/%d/fd/%d", pid, fd);
			else
				snprintf(route, sizeof(route), "/proc/%d/%s",
					pid, routes[r]);
			snprintf(name, sizeof(name), "%s-%s-via-%s", prefix, c,
				routes[r]);
			if (!strcmp(c, "ro")) {
				snprintf(path, sizeof(path),
					"%s/srv/hn-ro/%s-%s", route, prefix,
					routes[r]);
				t(name, want, create(path));
			} else if (!strcmp(c, "hide")) {
				snprintf(path, sizeof(path),
					"%s/srv/hn-secret/decoy", route);
				t(name, want,
					res(open(path, O_RDONLY | O_CLOEXEC)));
			} else if (!strcmp(c, "cg")) {
				snprintf(path, sizeof(path),
					"%s/sys/fs/cgroup/cgroup.procs",
					route);
				t(name, want,
					res(write_text(path, own,
						strlen(own))));
			} else {
				fprintf(stderr, "hn-probe: unknown check %s\n",
					c);
				return 2;
			}
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	const char *got;
	int i;

	/* stdout is PID 1's log pipe: line by line, in order with stderr */
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc >= 2 && !strcmp(argv[1], "say")) {
		for (i = 2; i < argc; i++)
			printf("%s%s", argv[i], i + 1 < argc ? " " : "\n");
		return 0;
	}
	if (argc == 3 && !strcmp(argv[1], "victim"))
		return victim(argv[2]);
	if (argc >= 6 && !strcmp(argv[1], "peer"))
		return peer(argv[2], argv[3], argv[4], argc - 5, argv + 5);
	if (argc >= 5 && !strcmp(argv[1], "expect")) {
		got = call(argc - 4, argv + 4);
		if (!got)
			goto usage;
		t(argv[2], argv[3], got);
		return 0;
	}
	if (argc >= 2) {
		got = call(argc - 1, argv + 1);
		if (!got)
			goto usage;
		puts(got);
		return 0;
	}
usage:
	fprintf(stderr, "usage: hn-probe CALL ARG... | expect NAME WANT CALL "
			"ARG... | victim PIDFILE | peer PREFIX WANT PIDFILE "
			"CHECK... | say WORD...\n");
	return 2;
}
