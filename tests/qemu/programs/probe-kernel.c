/* probe-kernel - one call the kernel protections may refuse, its errno name
 * printed. */
#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

/*
 * usage: probe-kernel CALL [ARG...]
 *   finit FILE       finit_module(2) of FILE (compressed unless *.ko)
 *   delete NAME      delete_module(2) of NAME (O_NONBLOCK)
 *   syslog-size      syslog(2) SYSLOG_ACTION_SIZE_BUFFER
 *   sethostname      sethostname(2) to the name it has (harmless)
 *   setdomainname    setdomainname(2) to the name it has
 *   bnd N            "in" or "out": capability N in the bounding set
 *   mount-proc DIR   a new proc instance on DIR
 *   mknod PATH MAJ MIN  a character device node (removed again)
 *   pty              a pseudo-terminal pair: ptmx, then its pts
 *   asuser UID PROG [ARG...]  drop to UID (gid UID, no groups), exec PROG
 * Prints "OK" or the errno's name; the shell probe compares it.
 */
static const char *errno_name(int e)
{
	switch (e) {
	case 0:
		return "OK";
	case EPERM:
		return "EPERM";
	case ENOENT:
		return "ENOENT";
	case EACCES:
		return "EACCES";
	case EROFS:
		return "EROFS";
	case EEXIST:
		return "EEXIST";
	case EBUSY:
		return "EBUSY";
	case EINVAL:
		return "EINVAL";
	case EBADF:
		return "EBADF";
	case ENOEXEC:
		return "ENOEXEC";
	case ENOSYS:
		return "ENOSYS";
	case ENXIO:
		return "ENXIO";
	case ELOOP:
		return "ELOOP";
	case EWOULDBLOCK:
		return "EWOULDBLOCK";
	default:
		return strerror(e);
	}
}

static int res(long r)
{
	return r < 0 ? errno : 0;
}

int main(int argc, char **argv)
{
	const char *c = argc > 1 ? argv[1] : "";
	const char *a = argc > 2 ? argv[2] : "";
	struct utsname u;
	size_t n;
	int e = EINVAL, fd;

	if (!strcmp(c, "finit")) {
		fd = open(a, O_RDONLY | O_CLOEXEC);
		if (fd < 0) {
			printf("open-%s\n", errno_name(errno));
			return 0;
		}
		n = strlen(a);
		e = res(syscall(SYS_finit_module, fd, "",
			n > 3 && !strcmp(a + n - 3, ".ko")
				? 0
				: 4 /* COMPRESSED */));
	} else if (!strcmp(c, "delete")) {
		e = res(syscall(SYS_delete_module, a, O_NONBLOCK));
	} else if (!strcmp(c, "syslog-size")) {
		e = res(syscall(SYS_syslog, 10, NULL, 0));
	} else if (!strcmp(c, "sethostname")) {
		uname(&u);
		e = res(sethostname(u.nodename, strlen(u.nodename)));
	} else if (!strcmp(c, "setdomainname")) {
		uname(&u);
		e = res(setdomainname(u.domainname, strlen(u.domainname)));
	} else if (!strcmp(c, "bnd")) {
		e = prctl(PR_CAPBSET_READ, atoi(a), 0, 0, 0);
		puts(e == 1 ? "in" : e == 0 ? "out" : errno_name(errno));
		return 0;
	} else if (!strcmp(c, "mount-proc")) {
		e = res(mount("proc", a, "proc", 0, NULL));
	} else if (!strcmp(c, "mknod") && argc > 4) {
		e = res(mknod(a, S_IFCHR | 0600,
			makedev(atoi(argv[3]), atoi(argv[4]))));
		if (!e)
			unlink(a);
	} else if (!strcmp(c, "pty")) {
		int m = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
		char *pts;

		if (m < 0 || grantpt(m) < 0 || unlockpt(m) < 0 ||
			!(pts = ptsname(m))) {
			printf("ptmx-%s\n", errno_name(errno));
			return 0;
		}
		fd = open(pts, O_RDWR | O_NOCTTY | O_CLOEXEC);
		e = fd < 0 ? errno : 0;
	} else if (!strcmp(c, "asuser") && argc > 3) {
		uid_t id = (uid_t)atoi(a);

		if (setgroups(0, NULL) < 0 || setgid(id) < 0 ||
			setuid(id) < 0) {
			printf("asuser-%s\n", errno_name(errno));
			return 1;
		}
		execv(argv[3], argv + 3);
		printf("exec-%s\n", errno_name(errno));
		return 1;
	}
	puts(errno_name(e));
	return 0;
}
