/* noseccomp - runs a command as if the kernel had no seccomp filters: installing one fails. */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

/*
 * usage: noseccomp EINVAL|ENOSYS COMMAND [ARG]...
 *
 * Installs on itself a filter under which seccomp(2) and
 * prctl(PR_SET_SECCOMP, ...) fail with the errno given, and every other
 * call is allowed, then execs COMMAND.  The filter is inherited by
 * everything COMMAND runs: with the real init as COMMAND (tests/ns/run),
 * PID 1 behaves as on a kernel without CONFIG_SECCOMP_FILTER (EINVAL) or
 * without CONFIG_SECCOMP (ENOSYS), and only a service whose start installs
 * a filter meets it; PID 1 itself never calls seccomp.
 *
 * Only the x86_64 ABI is matched: the tier builds and runs the init for
 * the host, x86_64.  A call through another ABI (i386's int 0x80, x32)
 * passes unchanged, which makes this wrapper no sandbox of its own.
 */
#define LOAD(off) BPF_STMT(BPF_LD | BPF_W | BPF_ABS, (off))
#define JEQ(k, t, f) BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (k), (t), (f))
#define RET(k) BPF_STMT(BPF_RET | BPF_K, (k))

int main(int argc, char **argv)
{
	unsigned int err;

	if (argc < 3 || (strcmp(argv[1], "EINVAL") && strcmp(argv[1], "ENOSYS"))) {
		fprintf(stderr, "usage: noseccomp EINVAL|ENOSYS COMMAND [ARG]...\n");
		return 2;
	}
	err = strcmp(argv[1], "EINVAL") ? ENOSYS : EINVAL;

	struct sock_filter insns[] = {
		LOAD(offsetof(struct seccomp_data, arch)),
		JEQ(AUDIT_ARCH_X86_64, 0, 6),
		LOAD(offsetof(struct seccomp_data, nr)),
		JEQ(__NR_seccomp, 3, 0),
		JEQ(__NR_prctl, 0, 3),
		/* prctl's option is an int: the low 32 bits of args[0] */
		LOAD(offsetof(struct seccomp_data, args[0])),
		JEQ(PR_SET_SECCOMP, 0, 1),
		RET(SECCOMP_RET_ERRNO | (err & SECCOMP_RET_DATA)),
		RET(SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = {
		.len = sizeof(insns) / sizeof(insns[0]),
		.filter = insns,
	};

	/* no_new_privs: the kernel takes a filter from any uid with it. */
	if (prctl(PR_SET_NO_NEW_PRIVS, 1L, 0L, 0L, 0L) < 0) {
		fprintf(stderr, "noseccomp: fatal: unable to set no_new_privs: %s\n",
			strerror(errno));
		return 111;
	}
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0U, &prog) < 0) {
		fprintf(stderr, "noseccomp: fatal: unable to install the filter: %s\n",
			strerror(errno));
		return 111;
	}
	execvp(argv[2], argv + 2);
	fprintf(stderr, "noseccomp: fatal: unable to run %s: %s\n", argv[2],
		strerror(errno));
	return 127;
}
