/* dev-open - opens device nodes (no read, no write); prints each errno. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/*
 * usage: dev-open LABEL r|w PATH...
 * Prints one line "LABEL: PATH=OK PATH=EPERM ...": the errno's name, so
 * that "allowed" and "blocked" cannot be confused.  w opens O_WRONLY: the
 * device program checks the access bits at open, and /dev/kmsg opened for
 * writing needs no CAP_SYSLOG (dmesg_restrict), so only the device
 * program can refuse it.
 */
static const char *errno_name(int e)
{
	switch (e) {
	case 0: return "OK";
	case EPERM: return "EPERM";
	case ENOENT: return "ENOENT";
	case EACCES: return "EACCES";
	case ELOOP: return "ELOOP";
	case ENXIO: return "ENXIO";
	case ENODEV: return "ENODEV";
	default: return strerror(e);
	}
}

int main(int argc, char **argv)
{
	int i, fd, flags;

	if (argc < 4 || (strcmp(argv[2], "r") && strcmp(argv[2], "w"))) {
		fprintf(stderr, "usage: dev-open LABEL r|w PATH...\n");
		return 2;
	}
	flags = (argv[2][0] == 'r' ? O_RDONLY : O_WRONLY) | O_NOCTTY |
		O_CLOEXEC | O_NONBLOCK;
	printf("%s:", argv[1]);
	for (i = 3; i < argc; i++) {
		fd = open(argv[i], flags);
		printf(" %s=%s", argv[i], errno_name(fd < 0 ? errno : 0));
		if (fd >= 0)
			close(fd);
	}
	printf("\n");
	return 0;
}
