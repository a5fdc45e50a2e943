/* probe-ns - one filesystem/namespace call, its errno name printed; or the root-directory checks. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

/*
 * usage: probe-ns CALL PATH [PATH2]
 *   CALL: open-r open-w unlink rename chmod truncate remount-rw umount
 *         chroot stat
 * Prints "OK" or the errno's symbolic name, so that a shell probe tells
 * "allowed" from "blocked" by one decisive call.
 *        probe-ns root OUTSIDE
 * The root-directory checks, run inside ROOT_DIRECTORY (no shell there):
 * OUTSIDE is a file that exists outside the root; it prints one
 * "=== T <name> PASS|FAIL" line per way of reaching it.
 */
static const char *errno_name(int e)
{
	switch (e) {
	case 0: return "OK";
	case EPERM: return "EPERM";
	case ENOENT: return "ENOENT";
	case EACCES: return "EACCES";
	case EROFS: return "EROFS";
	case EBUSY: return "EBUSY";
	case EINVAL: return "EINVAL";
	case EBADF: return "EBADF";
	case ENOTDIR: return "ENOTDIR";
	default: return strerror(e);
	}
}

static int call(const char *c, const char *p, const char *p2)
{
	int r = -1, fd;

	if (!strcmp(c, "open-r")) {
		r = open(p, O_RDONLY | O_CLOEXEC);
	} else if (!strcmp(c, "open-w")) {
		r = open(p, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
	} else if (!strcmp(c, "unlink")) {
		r = unlink(p);
	} else if (!strcmp(c, "rename")) {
		r = rename(p, p2);
	} else if (!strcmp(c, "rmdir")) {
		r = rmdir(p);
	} else if (!strcmp(c, "chmod")) {
		r = chmod(p, 0600);
	} else if (!strcmp(c, "truncate")) {
		r = truncate(p, 0);
	} else if (!strcmp(c, "remount-rw")) {
		r = mount(NULL, p, NULL, MS_REMOUNT | MS_BIND, NULL);
	} else if (!strcmp(c, "umount")) {
		r = umount2(p, MNT_DETACH);
	} else if (!strcmp(c, "chroot")) {
		r = chroot(p);
	} else if (!strcmp(c, "stat")) {
		struct stat st;
		r = stat(p, &st);
	} else {
		fprintf(stderr, "probe-ns: unknown call %s\n", c);
		return -2;
	}
	fd = r < 0 ? errno : 0;
	return fd;
}

static const char *pfx = ""; /* "root OUTSIDE PREFIX": names PREFIX-root-... */

static void t(const char *name, const char *want, const char *got)
{
	if (!strcmp(want, got))
		printf("=== T %s%s PASS\n", pfx, name);
	else
		printf("=== T %s%s FAIL expected %s got %s\n", pfx, name, want,
			got);
}

static int root_checks(const char *outside)
{
	char path[4200];
	int fd, open_fds = 0;

	/* Inherited fds: nothing above 2 is open. */
	for (fd = 3; fd < 1024; fd++)
		if (fcntl(fd, F_GETFD) >= 0)
			open_fds++;
	t("root-no-inherited-fd", "0", open_fds ? "some" : "0");
	t("root-outside-by-path", "ENOENT",
		errno_name(call("stat", outside, NULL)));
	snprintf(path, sizeof(path), "/../../..%s", outside);
	t("root-outside-by-dotdot-path", "ENOENT",
		errno_name(call("stat", path, NULL)));
	/* chdir(..) from / stays at the root. */
	for (fd = 0; fd < 8; fd++)
		(void)!chdir("..");
	t("root-outside-by-chdir-dotdot", "ENOENT",
		errno_name(call("stat", outside + 1, NULL)));
	snprintf(path, sizeof(path), "/proc/self/cwd%s", outside);
	t("root-outside-by-proc-cwd", "ENOENT",
		errno_name(call("stat", path, NULL)));
	snprintf(path, sizeof(path), "/proc/self/root%s", outside);
	t("root-outside-by-proc-root", "ENOENT",
		errno_name(call("stat", path, NULL)));
	t("root-chroot-eperm", "EPERM", errno_name(call("chroot", ".", NULL)));
	t("root-sees-its-own-files", "OK",
		errno_name(call("stat", "/usr/bin/probe-ns", NULL)));
	return 0;
}

int main(int argc, char **argv)
{
	int e;

	if ((argc == 3 || argc == 4) && !strcmp(argv[1], "root")) {
		if (argc == 4)
			pfx = argv[3];
		return root_checks(argv[2]);
	}
	if (argc < 3 || argc > 4) {
		fprintf(stderr, "usage: probe-ns CALL PATH [PATH2]\n");
		return 2;
	}
	e = call(argv[1], argv[2], argc == 4 ? argv[3] : NULL);
	if (e == -2)
		return 2;
	puts(errno_name(e));
	return 0;
}
