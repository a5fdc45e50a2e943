/* nsfloor - the kernel's own cost of a hardened start, without an init: N times the work bench/spawn's hardened chain asks of the kernel; prints the total wall time in ns.
 *
 * usage: nsfloor CGROUP_DIR N PROGRAM [ARG]...
 *
 * Per start, as little user-space work as the kernel allows for the
 * hardened set of bench/spawn (PRIVATE_NETWORK, PRIVATE_TMP,
 * PROTECT_SYSTEM=strict, CAPABILITY_BOUNDING_SET=none, NO_NEW_PRIVILEGES,
 * LIMITS, DEVICE_ALLOW + DEVICE_POLICY=strict, a cgroup per service):
 *   parent: mkdir a cgroup below CGROUP_DIR, attach one device program
 *           (loaded once, as rampart keeps it), fork, wait, rmdir
 *   child:  join the cgroup, unshare mount + network namespaces, lo up,
 *           / private, every mount read-only (one mount_setattr with
 *           AT_RECURSIVE on the namespace's copy), a tmpfs on /tmp,
 *           the bounding set emptied, no_new_privs, four rlimits, exec
 * No logging, no error pipe, no supervision, no configuration: what is
 * left is the floor rampart's figure can approach but not pass.  Any
 * failed start fails the run (exit 1): a failure is no figure.
 *
 * usage: nsfloor --plain CGROUP_DIR N PROGRAM [ARG]...
 *
 * The same for bench/spawn's unrestricted chain, which asks the kernel
 * for less: per start a cgroup made (mkdir) and removed (rmdir), the
 * child created inside it (clone3 with CLONE_INTO_CGROUP, as rampart
 * does), a session of its own (setsid), stdin /dev/null and its output
 * through a pipe that the parent reads to EOF, exec, wait.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/bpf.h>
#include <linux/mount.h>
#include <linux/sched.h>
#include <net/if.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int sys_bpf(int cmd, union bpf_attr *a)
{
	return (int)syscall(SYS_bpf, cmd, a, sizeof(*a));
}

/* allow c 1:3 (/dev/null), deny the rest: the shape of rampart's program */
static int prog_load(void)
{
	struct bpf_insn p[] = {
		{BPF_LDX | BPF_MEM | BPF_W, BPF_REG_2, BPF_REG_1, 0, 0},
		{BPF_ALU64 | BPF_AND | BPF_K, BPF_REG_2, 0, 0, 0xffff},
		{BPF_LDX | BPF_MEM | BPF_W, BPF_REG_3, BPF_REG_1, 4, 0},
		{BPF_LDX | BPF_MEM | BPF_W, BPF_REG_4, BPF_REG_1, 8, 0},
		{BPF_JMP | BPF_JNE | BPF_K, BPF_REG_2, 0, 4, BPF_DEVCG_DEV_CHAR},
		{BPF_JMP | BPF_JNE | BPF_K, BPF_REG_3, 0, 3, 1},
		{BPF_JMP | BPF_JNE | BPF_K, BPF_REG_4, 0, 2, 3},
		{BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_0, 0, 0, 1},
		{BPF_JMP | BPF_EXIT, 0, 0, 0, 0},
		{BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_0, 0, 0, 0},
		{BPF_JMP | BPF_EXIT, 0, 0, 0, 0},
	};
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	a.prog_type = BPF_PROG_TYPE_CGROUP_DEVICE;
	a.insn_cnt = sizeof(p) / sizeof(p[0]);
	a.insns = (__u64)(uintptr_t)p;
	a.license = (__u64)(uintptr_t) "GPL";
	return sys_bpf(BPF_PROG_LOAD, &a);
}

static void die(const char *what)
{
	perror(what);
	_exit(126);
}

static void child(int cgfd, char **argv)
{
	struct rlimit l[] = {{64, 64}, {1048576, 1048576}, {0, 0},
		{1048576, 1048576}};
	int res[] = {RLIMIT_NOFILE, RLIMIT_FSIZE, RLIMIT_CORE, RLIMIT_STACK};
	struct mount_attr ro = {.attr_set = MOUNT_ATTR_RDONLY};
	struct ifreq ifr;
	int fd, i, s;

	fd = openat(cgfd, "cgroup.procs", O_WRONLY | O_CLOEXEC);
	if (fd < 0 || write(fd, "0", 1) != 1)
		die("nsfloor: cgroup.procs");
	close(fd);
	if (unshare(CLONE_NEWNS | CLONE_NEWNET) < 0)
		die("nsfloor: unshare");
	s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	memset(&ifr, 0, sizeof(ifr));
	strcpy(ifr.ifr_name, "lo");
	if (s < 0 || ioctl(s, SIOCGIFFLAGS, &ifr) < 0)
		die("nsfloor: lo");
	ifr.ifr_flags |= IFF_UP;
	if (ioctl(s, SIOCSIFFLAGS, &ifr) < 0)
		die("nsfloor: lo up");
	close(s);
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		die("nsfloor: private");
	if (syscall(SYS_mount_setattr, AT_FDCWD, "/", AT_RECURSIVE, &ro,
		    sizeof(ro)) < 0)
		die("nsfloor: read-only");
	if (mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV,
		    "mode=1777,size=1m") < 0)
		die("nsfloor: tmpfs");
	for (i = 0; prctl(PR_CAPBSET_DROP, i, 0, 0, 0) == 0; i++)
		;
	if (errno != EINVAL)
		die("nsfloor: capbset");
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		die("nsfloor: no_new_privs");
	for (i = 0; i < 4; i++)
		if (setrlimit(res[i], &l[i]) < 0)
			die("nsfloor: setrlimit");
	fd = open("/dev/null", O_WRONLY);
	dup2(fd, 1);
	execv(argv[0], argv);
	die("nsfloor: exec");
}

/* --plain: the kernel work of an unrestricted start */
static int plain(const char *dir, int n, char **argv)
{
	char path[4096], buf[256];
	struct clone_args args;
	int i, st, cgfd, p[2], null, fails = 0;
	long long t0;
	long pid;

	null = open("/dev/null", O_RDONLY | O_CLOEXEC);
	if (null < 0) {
		perror("nsfloor: /dev/null");
		return 1;
	}
	t0 = ns();
	for (i = 0; i < n && !fails; i++) {
		snprintf(path, sizeof(path), "%s/p%d", dir, i);
		if (mkdir(path, 0755) < 0 ||
			(cgfd = open(path, O_RDONLY | O_DIRECTORY |
						   O_CLOEXEC)) < 0 ||
			pipe2(p, O_CLOEXEC) < 0) {
			perror(path);
			return 1;
		}
		memset(&args, 0, sizeof(args));
		args.flags = CLONE_INTO_CGROUP;
		args.exit_signal = SIGCHLD;
		args.cgroup = (__u64)cgfd;
		pid = syscall(SYS_clone3, &args, sizeof(args));
		if (pid < 0) {
			perror("nsfloor: clone3");
			return 1;
		}
		if (pid == 0) {
			if (setsid() < 0 || dup2(null, 0) < 0 ||
				dup2(p[1], 1) < 0 || dup2(p[1], 2) < 0)
				die("nsfloor: child");
			execv(argv[0], argv);
			die("nsfloor: exec");
		}
		close(cgfd);
		close(p[1]);
		while (read(p[0], buf, sizeof(buf)) > 0)
			;
		close(p[0]);
		if (waitpid((pid_t)pid, &st, 0) < 0 || !WIFEXITED(st) ||
			WEXITSTATUS(st))
			fails++;
		if (rmdir(path) < 0) {
			perror(path);
			return 1;
		}
	}
	printf("%lld\n", ns() - t0);
	if (fails)
		fprintf(stderr, "nsfloor: start %d failed\n", i);
	return fails ? 1 : 0;
}

int main(int argc, char **argv)
{
	char path[4096];
	union bpf_attr a;
	int n, i, st, prog, cgfd, fails = 0;
	long long t0;
	pid_t pid;

	if (argc >= 5 && !strcmp(argv[1], "--plain") && (n = atoi(argv[3])) > 0)
		return plain(argv[2], n, argv + 4);
	if (argc < 4 || (n = atoi(argv[2])) < 1) {
		fprintf(stderr, "usage: nsfloor [--plain] CGROUP_DIR N PROGRAM [ARG]...\n");
		return 2;
	}
	prog = prog_load();
	if (prog < 0) {
		perror("nsfloor: BPF_PROG_LOAD");
		return 1;
	}
	t0 = ns();
	for (i = 0; i < n && !fails; i++) {
		snprintf(path, sizeof(path), "%s/f%d", argv[1], i);
		if (mkdir(path, 0755) < 0 ||
			(cgfd = open(path, O_RDONLY | O_DIRECTORY |
						   O_CLOEXEC)) < 0) {
			perror(path);
			return 1;
		}
		memset(&a, 0, sizeof(a));
		a.target_fd = (__u32)cgfd;
		a.attach_bpf_fd = (__u32)prog;
		a.attach_type = BPF_CGROUP_DEVICE;
		a.attach_flags = BPF_F_ALLOW_MULTI;
		if (sys_bpf(BPF_PROG_ATTACH, &a) < 0) {
			perror("nsfloor: BPF_PROG_ATTACH");
			return 1;
		}
		pid = fork();
		if (pid < 0) {
			perror("nsfloor: fork");
			return 1;
		}
		if (pid == 0)
			child(cgfd, argv + 3);
		close(cgfd);
		if (waitpid(pid, &st, 0) < 0 || !WIFEXITED(st) ||
			WEXITSTATUS(st))
			fails++;
		if (rmdir(path) < 0) {
			perror(path);
			return 1;
		}
	}
	printf("%lld\n", ns() - t0);
	if (fails)
		fprintf(stderr, "nsfloor: start %d failed\n", i);
	return fails ? 1 : 0;
}
