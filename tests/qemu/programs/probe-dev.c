/* probe-dev - one device, BPF or cgroup operation per call; prints its errno name. */
#include <errno.h>
#include <fcntl.h>
#include <linux/bpf.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

/*
 * usage:
 *   probe-dev open-r|open-w|open-rw PATH   open an existing node
 *   probe-dev mknod c|b MAJOR MINOR PATH    (removed again on success)
 *   probe-dev write PATH TEXT               write TEXT into an existing file
 *   probe-dev bpf-load                      load an allow-all device program
 *   probe-dev bpf-attach CGROUP_DIR         load it and attach it there
 *   probe-dev bpf-detach CGROUP_DIR         detach what is attached there
 *   probe-dev bpf-query CGROUP_DIR          "<count> <multi|override|none>"
 *   probe-dev bpf-id CGROUP_DIR             the attached program's id, when
 *                                           exactly one is attached
 *   probe-dev fork-until-fail MAX           "<children> <errno>"
 *   probe-dev memhog MIB                    touch MIB MiB, then print OK
 * Prints "OK" or the errno's symbolic name, so that "allowed" and
 * "blocked" cannot be confused.
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
	case EINVAL: return "EINVAL";
	case EBUSY: return "EBUSY";
	case EAGAIN: return "EAGAIN";
	case ENXIO: return "ENXIO";
	case ENODEV: return "ENODEV";
	case ENOMEM: return "ENOMEM";
	case EBADF: return "EBADF";
	default: return strerror(e);
	}
}

static __u64 ptr64(const void *p)
{
	return (__u64)(uintptr_t)p;
}

static int sys_bpf(int cmd, union bpf_attr *a)
{
	return (int)syscall(SYS_bpf, cmd, a, sizeof(*a));
}

static int load_allow_all(void)
{
	static const struct bpf_insn insns[] = {
		{.code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 0, .imm = 1},
		{.code = BPF_JMP | BPF_EXIT},
	};
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	a.prog_type = BPF_PROG_TYPE_CGROUP_DEVICE;
	a.insn_cnt = 2;
	a.insns = ptr64(insns);
	a.license = ptr64("GPL");
	return sys_bpf(BPF_PROG_LOAD, &a);
}

static int cg_open(const char *dir)
{
	return open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

static int query(int cg, __u32 *ids, __u32 *cnt, __u32 *flags)
{
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	a.query.target_fd = cg;
	a.query.attach_type = BPF_CGROUP_DEVICE;
	a.query.prog_ids = ptr64(ids);
	a.query.prog_cnt = *cnt;
	if (sys_bpf(BPF_PROG_QUERY, &a) < 0)
		return -1;
	*cnt = a.query.prog_cnt;
	*flags = a.query.attach_flags;
	return 0;
}

static int do_bpf(const char *op, const char *dir)
{
	__u32 ids[16], cnt = 16, flags = 0, i;
	union bpf_attr a;
	int cg, fd;

	if (!strcmp(op, "bpf-load"))
		return load_allow_all() < 0 ? errno : 0;
	cg = cg_open(dir);
	if (cg < 0)
		return errno;
	if (!strcmp(op, "bpf-attach")) {
		fd = load_allow_all();
		if (fd < 0)
			return errno;
		memset(&a, 0, sizeof(a));
		a.target_fd = cg;
		a.attach_bpf_fd = fd;
		a.attach_type = BPF_CGROUP_DEVICE;
		a.attach_flags = BPF_F_ALLOW_MULTI;
		return sys_bpf(BPF_PROG_ATTACH, &a) < 0 ? errno : 0;
	}
	if (!strcmp(op, "bpf-query")) {
		if (query(cg, ids, &cnt, &flags) < 0)
			return errno;
		printf("%u %s\n", cnt,
			flags == BPF_F_ALLOW_MULTI	  ? "multi" :
			flags == BPF_F_ALLOW_OVERRIDE ? "override" :
			flags == 0		  ? "none" :
							    "other");
		exit(0);
	}
	if (!strcmp(op, "bpf-id")) {
		if (query(cg, ids, &cnt, &flags) < 0)
			return errno;
		if (cnt != 1) {
			printf("%u programs\n", cnt);
			exit(0);
		}
		printf("%u\n", ids[0]);
		exit(0);
	}
	/* bpf-detach: as an attacker would, by id -> fd -> detach */
	if (query(cg, ids, &cnt, &flags) < 0)
		return errno;
	for (i = 0; i < cnt && i < 16; i++) {
		memset(&a, 0, sizeof(a));
		a.prog_id = ids[i];
		fd = sys_bpf(BPF_PROG_GET_FD_BY_ID, &a);
		if (fd < 0)
			return errno;
		memset(&a, 0, sizeof(a));
		a.target_fd = cg;
		a.attach_bpf_fd = fd;
		a.attach_type = BPF_CGROUP_DEVICE;
		if (sys_bpf(BPF_PROG_DETACH, &a) < 0)
			return errno;
	}
	return cnt ? 0 : ENOENT;
}

static int do_open(const char *op, const char *path)
{
	int flags = !strcmp(op, "open-r") ? O_RDONLY :
		    !strcmp(op, "open-w") ? O_WRONLY :
					    O_RDWR;
	int fd = open(path, flags | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);

	if (fd < 0)
		return errno;
	close(fd);
	return 0;
}

static int do_mknod(char **argv)
{
	mode_t type = argv[2][0] == 'b' ? S_IFBLK : S_IFCHR;
	dev_t dev = makedev(strtoul(argv[3], NULL, 10),
		strtoul(argv[4], NULL, 10));

	if (mknod(argv[5], type | 0600, dev) < 0)
		return errno;
	unlink(argv[5]);
	return 0;
}

static int do_write(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC), e = 0;

	if (fd < 0)
		return errno;
	if (write(fd, text, strlen(text)) < 0)
		e = errno;
	close(fd);
	return e;
}

/* Children wait in pause() until the limit refuses one; then all go. */
static void fork_until_fail(int max)
{
	pid_t kids[4096];
	int n = 0, e = 0;

	if (max > 4096)
		max = 4096;
	while (n < max) {
		pid_t p = fork();

		if (p == 0) {
			pause();
			_exit(0);
		}
		if (p < 0) {
			e = errno;
			break;
		}
		kids[n++] = p;
	}
	printf("%d %s\n", n, errno_name(e));
	fflush(stdout);
	while (n > 0) {
		kill(kids[--n], SIGKILL);
		waitpid(kids[n], NULL, 0);
	}
	exit(0);
}

static void memhog(long mib)
{
	long i;
	char *p;

	for (i = 0; i < mib; i++) {
		p = malloc(1 << 20);
		if (!p) {
			puts("ENOMEM");
			exit(1);
		}
		memset(p, 0x5a, 1 << 20);
	}
	puts("OK");
	exit(0);
}

int main(int argc, char **argv)
{
	int e;

	if (argc < 2)
		goto usage;
	if (!strncmp(argv[1], "open-", 5) && argc == 3)
		e = do_open(argv[1], argv[2]);
	else if (!strcmp(argv[1], "mknod") && argc == 6)
		e = do_mknod(argv);
	else if (!strcmp(argv[1], "write") && argc == 4)
		e = do_write(argv[2], argv[3]);
	else if (!strcmp(argv[1], "bpf-load") && argc == 2)
		e = do_bpf(argv[1], NULL);
	else if (!strncmp(argv[1], "bpf-", 4) && argc == 3)
		e = do_bpf(argv[1], argv[2]);
	else if (!strcmp(argv[1], "fork-until-fail") && argc == 3)
		fork_until_fail(atoi(argv[2]));
	else if (!strcmp(argv[1], "memhog") && argc == 3)
		memhog(atol(argv[2]));
	else
		goto usage;
	puts(errno_name(e));
	return 0;
usage:
	fprintf(stderr, "probe-dev: bad usage (see the source)\n");
	return 2;
}
