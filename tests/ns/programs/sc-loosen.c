/* sc-loosen - attack: a service tries to remove or loosen its system-call filter, then makes a call the filter denies. */
#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/*
 * usage: sc-loosen LABEL
 *
 * For each attempt, a child process makes the attempt, reports its errno
 * through a pipe, then calls chroot("/") (which tests/ns/services/
 * sc_loosen*.svc deny) and ends with that call's errno, through exit(2)
 * itself: the one call strict mode still allows besides read and write.
 * Prints one line per attempt:
 *
 *   LABEL: ATTEMPT=ERRNO then chroot=ERRNO|SIGNAME
 *
 * where chroot's result is the errno's name (OK for success) or the signal
 * that killed the child (SIGSYS: the filter's kill; SIGKILL: strict mode's).
 * A filter that cannot be loosened shows the same chroot result after every
 * attempt as without one ("none"). Without a filter (the control service)
 * chroot is OK, and after a strict mode that took, SIGKILL.
 *
 * The attempts:
 *   none             nothing: the filter as the service got it
 *   strict           seccomp(SECCOMP_SET_MODE_STRICT)
 *   strict-prctl     prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT)
 *   disable-prctl    prctl(PR_SET_SECCOMP, SECCOMP_MODE_DISABLED)
 *   allow-all        seccomp(SECCOMP_SET_MODE_FILTER) of a filter that
 *                    allows every call
 *   allow-all-prctl  the same through prctl(PR_SET_SECCOMP)
 *   allow-all-exec   the same, then execve of this program (argv[0], an
 *                    absolute path), which calls chroot in the new image
 */
static const char *errno_name(int e)
{
	static char buf[16];

	switch (e) {
	case 0: return "OK";
	case EPERM: return "EPERM";
	case EINVAL: return "EINVAL";
	case EFAULT: return "EFAULT";
	case EACCES: return "EACCES";
	case ENOSYS: return "ENOSYS";
	case EXDEV: return "EXDEV";
	case ENOENT: return "ENOENT";
	}
	snprintf(buf, sizeof(buf), "errno%d", e);
	return buf;
}

static struct sock_filter allow_insns[] = {
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
};
static struct sock_fprog allow_all = { 1, allow_insns };

/* The attempt; 0 or an errno. */
static int attempt(const char *what)
{
	long r = -1;

	errno = 0;
	if (!strcmp(what, "none"))
		r = 0;
	else if (!strcmp(what, "strict"))
		r = syscall(SYS_seccomp, SECCOMP_SET_MODE_STRICT, 0U, NULL);
	else if (!strcmp(what, "strict-prctl"))
		r = prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT, 0L, 0L, 0L);
	else if (!strcmp(what, "disable-prctl"))
		r = prctl(PR_SET_SECCOMP, SECCOMP_MODE_DISABLED, 0L, 0L, 0L);
	else if (!strcmp(what, "allow-all") || !strcmp(what, "allow-all-exec"))
		r = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0U, &allow_all);
	else if (!strcmp(what, "allow-all-prctl"))
		r = prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &allow_all, 0L, 0L);
	else
		errno = ENOENT;
	return r < 0 ? errno : 0;
}

/* The denied call; raw, so that no libc wrapper makes other calls. */
static int chroot_errno(void)
{
	return syscall(SYS_chroot, "/") < 0 ? errno : 0;
}

static void run(const char *label, const char *self, const char *what)
{
	int p[2], e = -1, status;
	pid_t pid;

	if (pipe(p) < 0) {
		printf("%s: %s: pipe: %s\n", label, what, strerror(errno));
		return;
	}
	pid = fork();
	if (pid < 0) {
		printf("%s: %s: fork: %s\n", label, what, strerror(errno));
		return;
	}
	if (pid == 0) {
		close(p[0]);
		e = attempt(what);
		if (write(p[1], &e, sizeof(e)) < 0)
			syscall(SYS_exit, 125);
		if (!strcmp(what, "allow-all-exec") && e == 0) {
			char *argv[] = { (char *)self, (char *)"--chroot", NULL };
			execve(self, argv, (char *[]){ NULL });
			syscall(SYS_exit, 126);
		}
		/* exit, not exit_group: strict mode allows only the former */
		syscall(SYS_exit, chroot_errno());
	}
	close(p[1]);
	if (read(p[0], &e, sizeof(e)) != sizeof(e))
		e = -1;
	close(p[0]);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	printf("%s: %s=%s then chroot=", label, what,
	       e < 0 ? "no-report" : errno_name(e));
	if (WIFSIGNALED(status))
		printf("%s\n", WTERMSIG(status) == SIGSYS  ? "SIGSYS" :
			       WTERMSIG(status) == SIGKILL ? "SIGKILL" :
							     "signal");
	else
		printf("%s\n", errno_name(WEXITSTATUS(status)));
	fflush(stdout);
}

int main(int argc, char **argv)
{
	static const char *const attempts[] = {
		"none", "strict", "strict-prctl", "disable-prctl",
		"allow-all", "allow-all-prctl", "allow-all-exec", NULL,
	};
	unsigned int i;

	/* The image exec'd by allow-all-exec: the denied call, its errno. */
	if (argc == 2 && !strcmp(argv[1], "--chroot"))
		syscall(SYS_exit, chroot_errno());
	if (argc != 2) {
		fprintf(stderr, "usage: sc-loosen LABEL\n");
		return 2;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (i = 0; attempts[i]; i++)
		run(argv[1], argv[0], attempts[i]);
	printf("%s: done\n", argv[1]);
	return 0;
}
