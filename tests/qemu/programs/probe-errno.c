/* probe-errno - runs one system call named on the command line and prints its errno name. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

/*
 * usage: probe-errno open-r PATH | open-w PATH | mkdir PATH | unlink PATH |
 *        chmod PATH (to 0600) | remount-rw PATH (a bind remount without
 *        MS_RDONLY: the mount writable again) | umount PATH
 * Prints "OK" or the errno's symbolic name (EACCES, EROFS, ...), so a shell
 * probe can tell "allowed" from "blocked" by one decisive call.
 */
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
	case ENOSPC: return "ENOSPC";
	case EMFILE: return "EMFILE";
	case EAGAIN: return "EAGAIN";
	case ENXIO: return "ENXIO";
	case ENODEV: return "ENODEV";
	default: return strerror(e);
	}
}

int main(int argc, char **argv)
{
	int r = -1;

	if (argc != 3) {
		fprintf(stderr, "usage: probe-errno open-r|open-w|mkdir|unlink|"
				"chmod|remount-rw|umount PATH\n");
		return 2;
	}
	errno = 0;
	if (!strcmp(argv[1], "open-r"))
		r = open(argv[2], O_RDONLY | O_CLOEXEC);
	else if (!strcmp(argv[1], "open-w"))
		r = open(argv[2], O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
	else if (!strcmp(argv[1], "mkdir"))
		r = mkdir(argv[2], 0700);
	else if (!strcmp(argv[1], "unlink"))
		r = unlink(argv[2]);
	else if (!strcmp(argv[1], "chmod"))
		r = chmod(argv[2], 0600);
	else if (!strcmp(argv[1], "remount-rw"))
		r = mount(NULL, argv[2], NULL, MS_REMOUNT | MS_BIND, NULL);
	else if (!strcmp(argv[1], "umount"))
		r = umount2(argv[2], 0);
	else {
		fprintf(stderr, "probe-errno: unknown call %s\n", argv[1]);
		return 2;
	}
	puts(errno_name(r < 0 ? errno : 0));
	return 0;
}
