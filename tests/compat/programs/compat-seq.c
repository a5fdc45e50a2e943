/*
 * compat-seq - run commands one after the other, as systemd runs the
 * ExecStart= lines of a Type=oneshot unit; stop at the first that fails
 * and end the way it ended.
 *
 * usage: compat-seq PROG [ARG]... [';' PROG [ARG]...]...
 * Each PROG is an absolute path, run with the arguments up to the next
 * ";" word (systemd's own separator of commands on one line). A command
 * that exits non-zero makes compat-seq exit with its status; one killed by
 * a signal makes compat-seq die of the same signal. A command that cannot
 * be executed: a message on stderr and status 203 (systemd's EXIT_EXEC).
 * The tests/compat translator uses it for a unit with several ExecStart=
 * lines: rampart runs one program per service.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void die_like(int sig)
{
	struct sigaction sa;
	sigset_t set;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_DFL;
	sigaction(sig, &sa, NULL);
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
	/* a signal whose default is to continue: say so in the status */
	_exit(128 + sig);
}

int main(int argc, char **argv)
{
	int i = 1, j, status;
	pid_t pid;

	if (argc < 2) {
		fputs("usage: compat-seq PROG [ARG]... [';' PROG [ARG]...]...\n", stderr);
		return 2;
	}
	while (i < argc) {
		for (j = i; j < argc && strcmp(argv[j], ";") != 0; j++)
			;
		argv[j < argc ? j : argc] = NULL;
		if (j == i) {
			fputs("compat-seq: empty command\n", stderr);
			return 2;
		}
		pid = fork();
		if (pid < 0) {
			fprintf(stderr, "compat-seq: fork: %s\n", strerror(errno));
			return 203;
		}
		if (pid == 0) {
			execv(argv[i], argv + i);
			fprintf(stderr, "compat-seq: %s: %s\n", argv[i], strerror(errno));
			_exit(203);
		}
		while (waitpid(pid, &status, 0) < 0)
			if (errno != EINTR) {
				fprintf(stderr, "compat-seq: waitpid: %s\n", strerror(errno));
				return 203;
			}
		if (WIFSIGNALED(status))
			die_like(WTERMSIG(status));
		if (WEXITSTATUS(status) != 0)
			return WEXITSTATUS(status);
		i = j + 1;
	}
	return 0;
}
