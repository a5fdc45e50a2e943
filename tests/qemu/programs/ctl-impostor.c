/* ctl-impostor - the hostile probe's impostor: its own socket at rampartctl's path, in a mount namespace of its own. */
#define _GNU_SOURCE 1
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

/*
 * usage: ctl-impostor COMMAND ARG...
 *
 * Needs CAP_SYS_ADMIN (ctl_impostor.svc).  In a mount namespace of its
 * own (private: nothing reaches PID 1's), mounts a tmpfs over
 * /run/rampart, binds and listens on a SOCK_SEQPACKET socket at
 * /run/rampart/control, says "impostor listening" on stderr and execs
 * COMMAND with the socket still open: a client's connect() succeeds (the
 * backlog takes it) and its SO_PEERCRED names this process, not PID 1.
 */
static int fail(const char *what)
{
	fprintf(stderr, "ctl-impostor: %s: %s\n", what, strerror(errno));
	return 2;
}

int main(int argc, char **argv)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	int fd;

	if (argc < 2) {
		fputs("usage: ctl-impostor COMMAND ARG...\n", stderr);
		return 2;
	}
	if (unshare(CLONE_NEWNS) < 0)
		return fail("unshare");
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		return fail("make / private");
	if (mount("impostor", "/run/rampart", "tmpfs", 0, "mode=0755") < 0)
		return fail("mount tmpfs on /run/rampart");
	fd = socket(AF_UNIX, SOCK_SEQPACKET, 0);
	if (fd < 0)
		return fail("socket");
	strcpy(sa.sun_path, "/run/rampart/control");
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 ||
		listen(fd, 4) < 0)
		return fail("bind /run/rampart/control");
	fputs("impostor listening\n", stderr);
	execvp(argv[1], argv + 1);
	return fail(argv[1]);
}
