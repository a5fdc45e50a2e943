/* probe-seccomp - makes one system call a seccomp filter may refuse, in a child, and prints how it ended. */
#define _GNU_SOURCE 1
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/swap.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/*
 * usage: probe-seccomp TEST
 *
 * Runs TEST in a forked child and prints one word: OK, the errno's name
 * (EPERM, EAFNOSUPPORT, ENOSYS, ...), SIGSYS (or SIG<n>) when the child
 * was killed, EXIT<n> when it ended without a word (an exec'd program's
 * exit status).  The risky call is made in the child so that a filter
 * that kills cannot take the prober with it.
 *
 * TEST may be prefixed:
 *   exec:TEST    the child execs this program again with TEST: the filter
 *                must survive execve (and the second fork)
 *   stack:TEST   the child first installs an allow-everything filter of
 *                its own: a filter added later cannot widen the first
 *   thread:TEST  TEST runs in a second thread; SIGSYS means the whole
 *                process died (SECCOMP_RET_KILL_PROCESS, not _THREAD)
 *   direct:TEST  no fork: a kill ends this very process (a shell sees
 *                status 159, 128 + SIGSYS)
 * "probe-seccomp -c" reads checks from stdin, "NAME WANT TEST" a line
 * (WANT may be "OK|ENOSYS"), runs each TEST so and prints "=== T NAME
 * PASS" or "FAIL expected ... got ..." (one program for a service's
 * checks: an exec costs more than a fork under emulation); "arch" prints
 * the architecture this program was built for.
 *
 * Every TEST is harmless when it succeeds (as in the control services
 * without a filter): times are set to what they are, modes are changed on
 * scratch files, namespaces and schedulers change only the child.
 */

#define SCRATCH_FMT "/tmp/sc-scratch.%d"
#define FOREIGN_EXIT 42 /* the foreign program's exit status */

static const char *errno_name(int e)
{
	static char buf[16];

	switch (e) {
	case 0: return "OK";
	case EPERM: return "EPERM";
	case ENOENT: return "ENOENT";
	case ESRCH: return "ESRCH";
	case EIO: return "EIO";
	case ENOEXEC: return "ENOEXEC";
	case EBADF: return "EBADF";
	case EAGAIN: return "EAGAIN";
	case ENOMEM: return "ENOMEM";
	case EACCES: return "EACCES";
	case EFAULT: return "EFAULT";
	case EBUSY: return "EBUSY";
	case EEXIST: return "EEXIST";
	case EXDEV: return "EXDEV";
	case ENODEV: return "ENODEV";
	case ENOTDIR: return "ENOTDIR";
	case EINVAL: return "EINVAL";
	case ENOSPC: return "ENOSPC";
	case EROFS: return "EROFS";
	case ENOSYS: return "ENOSYS";
	case EOPNOTSUPP: return "EOPNOTSUPP";
	case EAFNOSUPPORT: return "EAFNOSUPPORT";
	case EPROTONOSUPPORT: return "EPROTONOSUPPORT";
	case ESOCKTNOSUPPORT: return "ESOCKTNOSUPPORT";
	case EUSERS: return "EUSERS";
	default:
		snprintf(buf, sizeof(buf), "E%d", e);
		return buf;
	}
}

static const char *sig_name(int s)
{
	static char buf[16];

	switch (s) {
	case SIGSYS: return "SIGSYS";
	case SIGKILL: return "SIGKILL";
	case SIGSEGV: return "SIGSEGV";
	case SIGILL: return "SIGILL";
	case SIGBUS: return "SIGBUS";
	default:
		snprintf(buf, sizeof(buf), "SIG%d", s);
		return buf;
	}
}

/* The word for a call's return value: -1 and errno on failure (an
 * address from mmap may look negative on 32-bit). */
static const char *res(long r)
{
	return r == -1 ? errno_name(errno) : "OK";
}

/* -- the filter itself, as /proc/self/status shows it -- */

static const char *status_field(const char *key)
{
	static char line[256];
	size_t n = strlen(key);
	FILE *f = fopen("/proc/self/status", "re");
	char *v;

	if (!f)
		return errno_name(errno);
	while (fgets(line, sizeof(line), f)) {
		if (strncmp(line, key, n) || line[n] != ':')
			continue;
		fclose(f);
		for (v = line + n + 1; *v == ' ' || *v == '\t'; v++)
			;
		v[strcspn(v, "\n")] = '\0';
		return v;
	}
	fclose(f);
	return "NOFIELD";
}

static const char *t_seccomp_mode(void) { return status_field("Seccomp"); }
static const char *t_seccomp_filters(void)
{
	return status_field("Seccomp_filters");
}
static const char *t_no_new_privs(void) { return status_field("NoNewPrivs"); }

/* -- plain calls, allowed or not by a list -- */

static const char *t_getpid(void) { return res(syscall(SYS_getpid)); }

/* Turns process accounting off, which it is. */
static const char *t_acct(void) { return res(acct(NULL)); }

static const char *t_swapoff(void) { return res(swapoff("/sc-no-such-swap")); }

static const char *t_umount(void)
{
	return res(umount2("/sc-no-such-mount", 0));
}

/* The new mount API: an fs context that is closed again. */
static const char *t_fsopen(void)
{
	return res(syscall(SYS_fsopen, "tmpfs", 1 /* FSOPEN_CLOEXEC */));
}

static const char *t_fork(void)
{
	pid_t p = fork();
	int st;

	if (p < 0)
		return errno_name(errno);
	if (!p)
		_exit(0);
	if (waitpid(p, &st, 0) < 0)
		return errno_name(errno);
	return WIFEXITED(st) && !WEXITSTATUS(st) ? "OK" : "CHILD-FAILED";
}

/*
 * SECCOMP_MODE_STRICT on top of a filter: the kernel refuses to change
 * the mode (EINVAL).  Without a filter it works, and then only read,
 * write, exit and sigreturn are left: say OK and leave with exit (not
 * exit_group, which strict mode kills).
 */
static const char *t_strict(void)
{
	if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT, 0, 0, 0) < 0)
		return errno_name(errno);
	if (write(1, "OK\n", 3) != 3)
		syscall(SYS_exit, 1);
	syscall(SYS_exit, 0);
	return "NOT-REACHED";
}

/* -- other ABIs -- */

#if defined(__x86_64__)
/* i386 getpid (20) through int 0x80: a call of another ABI. */
static const char *t_int80_getpid(void)
{
	long r;

	__asm__ volatile("int $0x80"
			 : "=a"(r)
			 : "a"(20L)
			 : "memory", "r8", "r9", "r10", "r11");
	if (r < 0) {
		errno = (int)-r;
		return errno_name(errno);
	}
	return r == getpid() ? "OK" : "WRONG-PID";
}

static long int80_3(long nr, long a, long b, long c)
{
	long r;

	__asm__ volatile("int $0x80"
			 : "=a"(r)
			 : "a"(nr), "b"(a), "c"(b), "d"(c)
			 : "memory", "r8", "r9", "r10", "r11");
	if (r < 0 && r > -4096) {
		errno = (int)-r;
		return -1;
	}
	return r;
}

/* i386 socketcall(SYS_SOCKET, {AF_PACKET, SOCK_RAW, 0}) (102): the
 * multiplexed socket call a family filter on socket() does not see. The
 * argument block must be below 4 GiB for the 32-bit call. */
static const char *t_int80_socketcall_packet(void)
{
	unsigned int *args = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
		MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);

	if (args == MAP_FAILED)
		return errno_name(errno);
	args[0] = AF_PACKET;
	args[1] = SOCK_RAW;
	args[2] = 0;
	return res(int80_3(102, 1 /* SYS_SOCKET */, (long)args, 0));
}

/* i386 unshare (310) of a user namespace. */
static const char *t_int80_unshare_user(void)
{
	return res(int80_3(310, CLONE_NEWUSER, 0, 0));
}

/* An x32 call: getpid (39) with __X32_SYSCALL_BIT. Debian's kernel
 * refuses x32 unless booted with syscall.x32=y (ENOSYS), but only after
 * the filter has seen the call. */
static const char *t_x32_getpid(void)
{
	return res(syscall(0x40000000 | 39));
}
#endif

#if defined(__arm__)
/* The ARM private calls musl and glibc need at start: set_tls (with the
 * value it has) and cacheflush (of a page of ours). */
static const char *t_arm_set_tls(void)
{
	unsigned long tp;

	__asm__ volatile("mrc p15, 0, %0, c13, c0, 3" : "=r"(tp));
	return res(syscall(0xf0005, tp));
}

static const char *t_arm_cacheflush(void)
{
	static char page[4096] __attribute__((aligned(4096)));

	page[0] = 1;
	return res(syscall(0xf0002, page, page + sizeof(page), 0));
}
#endif

/*
 * A program of the other ABI this kernel may run, made here byte by byte
 * (no toolchain for it in this build): getpid, then exit(42).  x86_64
 * runs i386 programs, arm64 AArch32 ones, and a 32-bit ARM program on an
 * arm64 kernel can exec an AArch64 one.  Each ELF is one PT_LOAD of the
 * whole file and a PT_GNU_STACK, so the kernel does not make it
 * READ_IMPLIES_EXEC.
 */
#define FOREIGN_BASE 0x400000u
static const unsigned char code_i386[] = {
	0xb8, 0x14, 0x00, 0x00, 0x00, /* mov $20, %eax (getpid) */
	0xcd, 0x80,		      /* int $0x80 */
	0xbb, FOREIGN_EXIT, 0x00, 0x00, 0x00, /* mov $42, %ebx */
	0xb8, 0x01, 0x00, 0x00, 0x00, /* mov $1, %eax (exit) */
	0xcd, 0x80,		      /* int $0x80 */
};
static const uint32_t code_arm32[] = {
	0xe3a07014, /* mov r7, #20 (getpid) */
	0xef000000, /* svc #0 */
	0xe3a00000 | FOREIGN_EXIT, /* mov r0, #42 */
	0xe3a07001, /* mov r7, #1 (exit) */
	0xef000000, /* svc #0 */
};
static const uint32_t code_arm64[] = {
	0xd2801588, /* mov x8, #172 (getpid) */
	0xd4000001, /* svc #0 */
	0xd2800000 | FOREIGN_EXIT << 5, /* mov x0, #42 */
	0xd2800ba8, /* mov x8, #93 (exit) */
	0xd4000001, /* svc #0 */
};

static size_t elf32(unsigned char *buf, uint16_t machine, uint32_t flags,
	const void *code, size_t len)
{
	Elf32_Ehdr eh = {0};
	Elf32_Phdr ph[2] = {{0}};
	size_t off = sizeof(eh) + sizeof(ph);

	memcpy(eh.e_ident, ELFMAG, SELFMAG);
	eh.e_ident[EI_CLASS] = ELFCLASS32;
	eh.e_ident[EI_DATA] = ELFDATA2LSB;
	eh.e_ident[EI_VERSION] = EV_CURRENT;
	eh.e_type = ET_EXEC;
	eh.e_machine = machine;
	eh.e_version = EV_CURRENT;
	eh.e_entry = FOREIGN_BASE + off;
	eh.e_phoff = sizeof(eh);
	eh.e_flags = flags;
	eh.e_ehsize = sizeof(eh);
	eh.e_phentsize = sizeof(ph[0]);
	eh.e_phnum = 2;
	ph[0].p_type = PT_LOAD;
	ph[0].p_vaddr = ph[0].p_paddr = FOREIGN_BASE;
	ph[0].p_filesz = ph[0].p_memsz = off + len;
	ph[0].p_flags = PF_R | PF_X;
	ph[0].p_align = 0x1000;
	ph[1].p_type = PT_GNU_STACK;
	ph[1].p_flags = PF_R | PF_W;
	memcpy(buf, &eh, sizeof(eh));
	memcpy(buf + sizeof(eh), ph, sizeof(ph));
	memcpy(buf + off, code, len);
	return off + len;
}

static size_t elf64(unsigned char *buf, uint16_t machine, const void *code,
	size_t len)
{
	Elf64_Ehdr eh = {0};
	Elf64_Phdr ph[2] = {{0}};
	size_t off = sizeof(eh) + sizeof(ph);

	memcpy(eh.e_ident, ELFMAG, SELFMAG);
	eh.e_ident[EI_CLASS] = ELFCLASS64;
	eh.e_ident[EI_DATA] = ELFDATA2LSB;
	eh.e_ident[EI_VERSION] = EV_CURRENT;
	eh.e_type = ET_EXEC;
	eh.e_machine = machine;
	eh.e_version = EV_CURRENT;
	eh.e_entry = FOREIGN_BASE + off;
	eh.e_phoff = sizeof(eh);
	eh.e_ehsize = sizeof(eh);
	eh.e_phentsize = sizeof(ph[0]);
	eh.e_phnum = 2;
	ph[0].p_type = PT_LOAD;
	ph[0].p_vaddr = ph[0].p_paddr = FOREIGN_BASE;
	ph[0].p_filesz = ph[0].p_memsz = off + len;
	ph[0].p_flags = PF_R | PF_X;
	ph[0].p_align = 0x1000;
	ph[1].p_type = PT_GNU_STACK;
	ph[1].p_flags = PF_R | PF_W;
	memcpy(buf, &eh, sizeof(eh));
	memcpy(buf + sizeof(eh), ph, sizeof(ph));
	memcpy(buf + off, code, len);
	return off + len;
}

/* Writes the foreign program into a memfd and execs it. */
static const char *t_exec_foreign(void)
{
	static unsigned char buf[512];
	char *argv[] = {"sc-foreign", NULL}, *envp[] = {NULL};
	size_t n;
	int fd;

#if defined(__x86_64__)
	n = elf32(buf, EM_386, 0, code_i386, sizeof(code_i386));
#elif defined(__aarch64__)
	n = elf32(buf, EM_ARM, EF_ARM_EABI_VER5, code_arm32, sizeof(code_arm32));
#elif defined(__arm__)
	n = elf64(buf, EM_AARCH64, code_arm64, sizeof(code_arm64));
#else
	return "NO-FOREIGN-ABI";
#endif
	(void)code_i386, (void)code_arm32, (void)code_arm64;
	(void)elf32, (void)elf64;
	fd = memfd_create("sc-foreign", 0);
	if (fd < 0)
		return errno_name(errno);
	if (write(fd, buf, n) != (ssize_t)n)
		return errno_name(errno);
	fexecve(fd, argv, envp);
	return errno_name(errno);
}

/* -- sockets -- */

static const char *sock(int family, int type)
{
	return res(socket(family, type | SOCK_CLOEXEC, 0));
}

static const char *t_socket_unix(void) { return sock(AF_UNIX, SOCK_STREAM); }
static const char *t_socket_inet(void) { return sock(AF_INET, SOCK_DGRAM); }
static const char *t_socket_inet6(void) { return sock(AF_INET6, SOCK_DGRAM); }
static const char *t_socket_netlink(void) { return sock(AF_NETLINK, SOCK_RAW); }
static const char *t_socket_packet(void) { return sock(AF_PACKET, SOCK_RAW); }

static const char *t_socketpair(void)
{
	int sv[2];

	return res(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv));
}

/* -- namespaces -- */

static const char *t_unshare_user(void) { return res(unshare(CLONE_NEWUSER)); }
static const char *t_unshare_net(void) { return res(unshare(CLONE_NEWNET)); }
static const char *t_unshare_ipc(void) { return res(unshare(CLONE_NEWIPC)); }
static const char *t_unshare_mnt(void) { return res(unshare(CLONE_NEWNS)); }
/* one allowed type and one denied in the same call */
static const char *t_unshare_net_user(void)
{
	return res(unshare(CLONE_NEWNET | CLONE_NEWUSER));
}

/* clone(2) without a new stack: the child returns here like fork's and
 * leaves at once. */
static const char *clone_flags(unsigned long flags)
{
	long r = syscall(SYS_clone, flags | SIGCHLD, 0, 0, 0, 0);
	int st;

	if (r < 0)
		return errno_name(errno);
	if (!r)
		_exit(0);
	waitpid((pid_t)r, &st, 0);
	return "OK";
}

static const char *t_clone_user(void) { return clone_flags(CLONE_NEWUSER); }
static const char *t_clone_net(void) { return clone_flags(CLONE_NEWNET); }

/* clone3 keeps its flags in memory, out of a filter's sight: with any
 * namespace restricted it must fail ENOSYS, so libc falls back to clone. */
static const char *clone3_flags(unsigned long long flags)
{
	struct {
		uint64_t flags, pidfd, child_tid, parent_tid, exit_signal,
			stack, stack_size, tls;
	} args = {.flags = flags, .exit_signal = SIGCHLD};
	/* the target's number: 435 on most ABIs, 4435 on MIPS o32 (where
	 * 435 is no call, ENOSYS, which looked like the filter's answer) */
	long r = syscall(SYS_clone3, &args, sizeof(args));
	int st;

	if (r < 0)
		return errno_name(errno);
	if (!r)
		_exit(0);
	waitpid((pid_t)r, &st, 0);
	return "OK";
}

static const char *t_clone3_user(void) { return clone3_flags(CLONE_NEWUSER); }
static const char *t_clone3_plain(void) { return clone3_flags(0); }

/* Joins the network namespace it is in (CAP_SYS_ADMIN): naming the type,
 * or 0 (any type). */
static const char *setns_net(int nstype)
{
	int fd = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return errno_name(errno);
	return res(setns(fd, nstype));
}

static const char *t_setns_net(void) { return setns_net(CLONE_NEWNET); }
static const char *t_setns_any(void) { return setns_net(0); }

/* -- personality -- */

static const char *pers(unsigned long p)
{
	return res(personality(p));
}

static const char *t_pers_query(void) { return pers(0xffffffffUL); }
/* the value itself, for the log */
static const char *t_personality(void)
{
	static char buf[16];
	int p = personality(0xffffffffUL);

	if (p < 0)
		return errno_name(errno);
	snprintf(buf, sizeof(buf), "0x%x", p);
	return buf;
}
static const char *t_pers_linux(void) { return pers(PER_LINUX); }
static const char *t_pers_current(void)
{
	int p = personality(0xffffffffUL);

	if (p < 0)
		return errno_name(errno);
	return pers((unsigned long)p);
}
static const char *t_pers_linux32(void) { return pers(PER_LINUX32); }
static const char *t_pers_rie(void)
{
	return pers(PER_LINUX | READ_IMPLIES_EXEC);
}

/* -- write and execute -- */

/* The call itself: musl's mmap turns EPERM into ENOMEM for anonymous
 * mappings. mmap2 where the ABI has it, as libc calls it (MIPS o32 has
 * both; 32-bit ARM only mmap2). */
#ifdef SYS_mmap2
#define NR_MMAP SYS_mmap2
#else
#define NR_MMAP SYS_mmap
#endif
static const char *map(int prot)
{
	return res(syscall(NR_MMAP, NULL, 4096, prot,
		MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
}

static const char *t_mmap_rw(void) { return map(PROT_READ | PROT_WRITE); }
static const char *t_mmap_wx(void)
{
	return map(PROT_READ | PROT_WRITE | PROT_EXEC);
}

/* Written first, made executable after. */
static const char *t_mprotect_x(void)
{
	void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
		MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return errno_name(errno);
	return res(mprotect(p, 4096, PROT_READ | PROT_EXEC));
}

/* Our own code made writable as well. */
static const char *t_mprotect_text_wx(void)
{
	uintptr_t page = (uintptr_t)t_mprotect_text_wx & ~(uintptr_t)4095;

	return res(mprotect((void *)page, 4096,
		PROT_READ | PROT_WRITE | PROT_EXEC));
}

static const char *t_pkey_mprotect_x(void)
{
	void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
		MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return errno_name(errno);
	return res(syscall(SYS_pkey_mprotect, p, 4096, PROT_READ | PROT_EXEC,
		-1));
}

static const char *shm(int flags)
{
	int id = shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600);
	const char *r;

	if (id < 0)
		return errno_name(errno);
	r = shmat(id, NULL, flags) == (void *)-1 ? errno_name(errno) : "OK";
	shmctl(id, IPC_RMID, NULL);
	return r;
}

static const char *t_shmat(void) { return shm(0); }
static const char *t_shmat_exec(void) { return shm(SHM_EXEC); }

/* -- scheduling: musl's sched_setscheduler is a stub, so raw calls -- */

#define SCHED_DEADLINE_ 6
#define SCHED_RESET_ON_FORK_ 0x40000000

static const char *sched(int policy, int prio)
{
	struct sched_param sp = {.sched_priority = prio};

	return res(syscall(SYS_sched_setscheduler, 0, policy, &sp));
}

static const char *t_sched_fifo(void) { return sched(SCHED_FIFO, 1); }
static const char *t_sched_rr(void) { return sched(SCHED_RR, 1); }
static const char *t_sched_fifo_reset(void)
{
	return sched(SCHED_FIFO | SCHED_RESET_ON_FORK_, 1);
}
static const char *t_sched_batch(void) { return sched(SCHED_BATCH, 0); }

static const char *attr(int policy, int prio)
{
	struct {
		uint32_t size, policy;
		uint64_t flags;
		int32_t nice;
		uint32_t prio;
		uint64_t runtime, deadline, period;
	} a = {.size = sizeof(a), .policy = (uint32_t)policy,
		.prio = (uint32_t)prio};

	if (policy == SCHED_DEADLINE_) {
		a.runtime = 1000000;   /* 1 ms */
		a.deadline = 10000000; /* of every 10 ms */
		a.period = 10000000;
	}
	return res(syscall(SYS_sched_setattr, 0, &a, 0));
}

static const char *t_sched_attr_deadline(void)
{
	return attr(SCHED_DEADLINE_, 0);
}
static const char *t_sched_attr_fifo(void) { return attr(SCHED_FIFO, 1); }

/* -- set-user-ID and set-group-ID bits, on files in a scratch folder -- */

static char scratch[64];

static void scratch_make(void)
{
	snprintf(scratch, sizeof(scratch), SCRATCH_FMT, (int)getpid());
	mkdir(scratch, 0700);
}

/* A plain file to change; the path goes in buf. */
static int plain_file(char *buf, size_t n)
{
	int fd;

	snprintf(buf, n, "%s/f", scratch);
	fd = open(buf, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
	if (fd >= 0)
		close(fd);
	return fd;
}

static const char *chmod_to(mode_t m)
{
	char p[96];

	if (plain_file(p, sizeof(p)) < 0)
		return "NO-SCRATCH";
	return res(chmod(p, m));
}

static const char *t_chmod_suid(void) { return chmod_to(04755); }
static const char *t_chmod_sgid(void) { return chmod_to(02755); }
static const char *t_chmod_plain(void) { return chmod_to(0755); }

static const char *t_fchmod_suid(void)
{
	char p[96];
	int fd;

	if (plain_file(p, sizeof(p)) < 0)
		return "NO-SCRATCH";
	fd = open(p, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return errno_name(errno);
	return res(fchmod(fd, 04755));
}

static const char *t_fchmodat_sgid(void)
{
	char p[96];

	if (plain_file(p, sizeof(p)) < 0)
		return "NO-SCRATCH";
	return res(syscall(SYS_fchmodat, AT_FDCWD, p, 02755));
}

static const char *creat_at(const char *name, long r_of(const char *))
{
	char p[96];

	snprintf(p, sizeof(p), "%s/%s", scratch, name);
	return res(r_of(p));
}

/* libc's open (the open call where the architecture has one) */
static long open_suid(const char *p)
{
	return open(p, O_WRONLY | O_CREAT | O_CLOEXEC, 04755);
}
static long open_plain(const char *p)
{
	return open(p, O_WRONLY | O_CREAT | O_CLOEXEC, 0755);
}
static long openat_sgid(const char *p)
{
	return syscall(SYS_openat, AT_FDCWD, p, O_WRONLY | O_CREAT | O_CLOEXEC,
		02755);
}
/* creat(2) where the architecture has it (not arm64: openat there) */
static long creat_suid(const char *p)
{
#ifdef SYS_creat
	return syscall(SYS_creat, p, 04755);
#else
	return openat_sgid(p);
#endif
}
/* O_TMPFILE: an unnamed file in the folder */
static long tmpfile_suid(const char *p)
{
	(void)p;
	return open(scratch, O_TMPFILE | O_RDWR | O_CLOEXEC, 04755);
}
static long mkdir_sgid(const char *p) { return mkdir(p, 02755); }
static long mkdirat_suid(const char *p)
{
	return syscall(SYS_mkdirat, AT_FDCWD, p, 04755);
}
static long mknod_suid(const char *p) { return mknod(p, S_IFREG | 04755, 0); }
static long mknodat_sgid(const char *p)
{
	return syscall(SYS_mknodat, AT_FDCWD, p, S_IFREG | 02755, 0);
}

static const char *t_open_creat_suid(void) { return creat_at("o", open_suid); }
static const char *t_open_creat_plain(void)
{
	return creat_at("p", open_plain);
}
static const char *t_openat_creat_sgid(void)
{
	return creat_at("a", openat_sgid);
}
static const char *t_creat_suid(void) { return creat_at("c", creat_suid); }
static const char *t_tmpfile_suid(void) { return creat_at("t", tmpfile_suid); }
static const char *t_mkdir_sgid(void) { return creat_at("d", mkdir_sgid); }
static const char *t_mkdirat_suid(void) { return creat_at("e", mkdirat_suid); }
static const char *t_mknod_suid(void) { return creat_at("n", mknod_suid); }
static const char *t_mknodat_sgid(void) { return creat_at("m", mknodat_sgid); }

/* -- the clock: set to what it is, or only asked -- */

/* the call itself, not the vDSO: reading the clock stays allowed */
#ifdef SYS_clock_gettime64
#define SYS_clock_gettime SYS_clock_gettime64
#endif
static const char *t_clock_gettime(void)
{
	uint64_t ts[2]; /* struct __kernel_timespec */

	return res(syscall(SYS_clock_gettime, CLOCK_REALTIME, ts));
}

/* libc's clock_settime: clock_settime64 on 32-bit ARM */
static const char *t_clock_settime(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_REALTIME, &ts) < 0)
		return errno_name(errno);
	return res(clock_settime(CLOCK_REALTIME, &ts));
}

/* the old settimeofday call itself (musl's goes to clock_settime); on
 * 32-bit ARM musl names it after its 32-bit time */
#ifdef SYS_settimeofday_time32
#define SYS_settimeofday SYS_settimeofday_time32
#endif
/* musl's sync_file_range(): SYS_sync_file_range2 (341) on 32-bit ARM,
 * SYS_sync_file_range elsewhere.  fd -1: EBADF when the call reaches the
 * kernel, the filter's errno when it does not. */
static const char *t_sync_file_range(void)
{
	return errno_name(sync_file_range(-1, 0, 0, 0) < 0 ? errno : 0);
}

static const char *t_settimeofday(void)
{
	struct timespec ts;
	struct {
		long sec, usec;
	} tv;

	if (clock_gettime(CLOCK_REALTIME, &ts) < 0)
		return errno_name(errno);
	tv.sec = (long)ts.tv_sec;
	tv.usec = ts.tv_nsec / 1000;
	return res(syscall(SYS_settimeofday, &tv, NULL));
}

/* adjtimex with modes 0 only reads; the kernel's struct is larger than
 * musl's on 32-bit ARM, hence the roomy buffer. */
static const char *t_adjtimex_query(void)
{
	static unsigned char tx[512] __attribute__((aligned(16)));

	memset(tx, 0, sizeof(tx));
	return res(syscall(SYS_adjtimex, tx));
}

static const char *t_clock_adjtime_query(void)
{
	struct timex tx = {.modes = 0};

	return res(clock_adjtime(CLOCK_REALTIME, &tx));
}

static const char *rtc(int flags)
{
	return res(open("/dev/rtc0", flags | O_CLOEXEC));
}
static const char *t_rtc_read(void) { return rtc(O_RDONLY); }
static const char *t_rtc_write(void) { return rtc(O_RDWR); }

/* -- the table -- */

static const struct test {
	const char *name;
	const char *(*fn)(void);
	int scratch; /* needs the scratch folder */
} tests[] = {
	{"seccomp-mode", t_seccomp_mode, 0},
	{"seccomp-filters", t_seccomp_filters, 0},
	{"no-new-privs", t_no_new_privs, 0},
	{"getpid", t_getpid, 0},
	{"acct", t_acct, 0},
	{"swapoff", t_swapoff, 0},
	{"umount", t_umount, 0},
	{"fsopen", t_fsopen, 0},
	{"fork", t_fork, 0},
	{"strict", t_strict, 0},
#if defined(__x86_64__)
	{"int80-getpid", t_int80_getpid, 0},
	{"int80-socketcall-packet", t_int80_socketcall_packet, 0},
	{"int80-unshare-user", t_int80_unshare_user, 0},
	{"x32-getpid", t_x32_getpid, 0},
#endif
#if defined(__arm__)
	{"arm-set-tls", t_arm_set_tls, 0},
	{"arm-cacheflush", t_arm_cacheflush, 0},
#endif
	{"exec-foreign", t_exec_foreign, 0},
	{"socket-unix", t_socket_unix, 0},
	{"socket-inet", t_socket_inet, 0},
	{"socket-inet6", t_socket_inet6, 0},
	{"socket-netlink", t_socket_netlink, 0},
	{"socket-packet", t_socket_packet, 0},
	{"socketpair", t_socketpair, 0},
	{"unshare-user", t_unshare_user, 0},
	{"unshare-net", t_unshare_net, 0},
	{"unshare-ipc", t_unshare_ipc, 0},
	{"unshare-mnt", t_unshare_mnt, 0},
	{"unshare-net-user", t_unshare_net_user, 0},
	{"clone-user", t_clone_user, 0},
	{"clone-net", t_clone_net, 0},
	{"clone3-user", t_clone3_user, 0},
	{"clone3-plain", t_clone3_plain, 0},
	{"setns-net", t_setns_net, 0},
	{"setns-any", t_setns_any, 0},
	{"personality", t_personality, 0},
	{"pers-query", t_pers_query, 0},
	{"pers-linux", t_pers_linux, 0},
	{"pers-current", t_pers_current, 0},
	{"pers-linux32", t_pers_linux32, 0},
	{"pers-read-implies-exec", t_pers_rie, 0},
	{"mmap-rw", t_mmap_rw, 0},
	{"mmap-wx", t_mmap_wx, 0},
	{"mprotect-x", t_mprotect_x, 0},
	{"mprotect-text-wx", t_mprotect_text_wx, 0},
	{"pkey-mprotect-x", t_pkey_mprotect_x, 0},
	{"shmat", t_shmat, 0},
	{"shmat-exec", t_shmat_exec, 0},
	{"sched-fifo", t_sched_fifo, 0},
	{"sched-rr", t_sched_rr, 0},
	{"sched-fifo-reset-on-fork", t_sched_fifo_reset, 0},
	{"sched-batch", t_sched_batch, 0},
	{"sched-attr-deadline", t_sched_attr_deadline, 0},
	{"sched-attr-fifo", t_sched_attr_fifo, 0},
	{"chmod-suid", t_chmod_suid, 1},
	{"chmod-sgid", t_chmod_sgid, 1},
	{"chmod-plain", t_chmod_plain, 1},
	{"fchmod-suid", t_fchmod_suid, 1},
	{"fchmodat-sgid", t_fchmodat_sgid, 1},
	{"open-creat-suid", t_open_creat_suid, 1},
	{"open-creat-plain", t_open_creat_plain, 1},
	{"openat-creat-sgid", t_openat_creat_sgid, 1},
	{"creat-suid", t_creat_suid, 1},
	{"tmpfile-suid", t_tmpfile_suid, 1},
	{"mkdir-sgid", t_mkdir_sgid, 1},
	{"mkdirat-suid", t_mkdirat_suid, 1},
	{"mknod-suid", t_mknod_suid, 1},
	{"mknodat-sgid", t_mknodat_sgid, 1},
	{"sync-file-range", t_sync_file_range, 0},
	{"clock-gettime", t_clock_gettime, 0},
	{"clock-settime", t_clock_settime, 0},
	{"settimeofday", t_settimeofday, 0},
	{"adjtimex-query", t_adjtimex_query, 0},
	{"clock-adjtime-query", t_clock_adjtime_query, 0},
	{"rtc-read", t_rtc_read, 0},
	{"rtc-write", t_rtc_write, 0},
};
#define NTESTS (sizeof(tests) / sizeof(tests[0]))

static const struct test *test_find(const char *name)
{
	size_t i;

	for (i = 0; i < NTESTS; i++)
		if (!strcmp(tests[i].name, name))
			return &tests[i];
	return NULL;
}

static const char *perform(const char *spec);

/* -- the prefixes -- */

/* An allow-everything filter on top of what the service has. */
static const char *stack_allow_all(void)
{
	struct sock_filter insn[] = {
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = {.len = 1, .filter = insn};

	if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0) < 0)
		return errno_name(errno);
	return NULL;
}

static const char *volatile thread_word;

static void *thread_main(void *arg)
{
	thread_word = perform(arg);
	return NULL;
}

/* TEST in a second thread; the first waits up to 3 s for its word. */
static const char *in_thread(const char *spec)
{
	pthread_t th;
	int i, e;

	e = pthread_create(&th, NULL, thread_main, (void *)spec);
	if (e)
		return errno_name(e);
	for (i = 0; i < 300 && !thread_word; i++)
		usleep(10000);
	return thread_word ? thread_word : "THREAD-GONE";
}

static const char *perform(const char *spec)
{
	const struct test *t;
	const char *r;

	if (!strncmp(spec, "exec:", 5)) {
		char *argv[] = {"probe-seccomp", (char *)spec + 5, NULL};

		execv("/proc/self/exe", argv);
		return errno_name(errno);
	}
	if (!strncmp(spec, "stack:", 6)) {
		r = stack_allow_all();
		if (r) {
			static char buf[40];

			snprintf(buf, sizeof(buf), "STACK-%s", r);
			return buf;
		}
		return perform(spec + 6);
	}
	if (!strncmp(spec, "thread:", 7))
		return in_thread(spec + 7);
	t = test_find(spec);
	if (!t)
		return NULL;
	return t->fn();
}

static int known(const char *spec)
{
	const char *p = spec;

	for (;;) {
		if (!strncmp(p, "exec:", 5))
			p += 5;
		else if (!strncmp(p, "stack:", 6))
			p += 6;
		else if (!strncmp(p, "thread:", 7))
			p += 7;
		else
			break;
	}
	return test_find(p) != NULL;
}

static int needs_scratch(const char *spec)
{
	const char *p = strrchr(spec, ':');
	const struct test *t = test_find(p ? p + 1 : spec);

	return t && t->scratch;
}

/*
 * The child's stdout is a pipe to us: its word, or that of the program it
 * execs, comes back through it; how it ended comes from waitpid.
 */
static const char *run(const char *spec)
{
	static char out[128];
	size_t got = 0;
	ssize_t n;
	int p[2], st;
	pid_t pid;

	if (pipe2(p, O_CLOEXEC) < 0)
		return errno_name(errno);
	pid = fork();
	if (pid < 0)
		return errno_name(errno);
	if (!pid) {
		dup2(p[1], 1);
		dprintf(1, "%s\n", perform(spec));
		_exit(0);
	}
	close(p[1]);
	while (got < sizeof(out) - 1 &&
		(n = read(p[0], out + got, sizeof(out) - 1 - got)) > 0)
		got += (size_t)n;
	close(p[0]);
	out[got] = '\0';
	out[strcspn(out, "\n")] = '\0';
	if (waitpid(pid, &st, 0) < 0)
		return errno_name(errno);
	if (WIFSIGNALED(st))
		return sig_name(WTERMSIG(st));
	if (!out[0])
		snprintf(out, sizeof(out), "EXIT%d", WEXITSTATUS(st));
	return out;
}

/* What the tests may have left in the scratch folder. */
static void scratch_remove(void)
{
	static const char *const names[] = {"f", "o", "p", "a", "c", "n", "m"};
	static const char *const dirs[] = {"d", "e"};
	char p[96];
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		snprintf(p, sizeof(p), "%s/%s", scratch, names[i]);
		unlink(p);
	}
	for (i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		snprintf(p, sizeof(p), "%s/%s", scratch, dirs[i]);
		rmdir(p);
	}
	if (rmdir(scratch) < 0)
		fprintf(stderr, "probe-seccomp: cannot remove %s: %s\n", scratch,
			strerror(errno));
}

/* WANT may list alternatives: "OK|ENOSYS". */
static int wanted(const char *want, const char *got)
{
	size_t n = strlen(got);
	const char *p = want;

	for (;;) {
		if (!strncmp(p, got, n) && (p[n] == '|' || !p[n]))
			return 1;
		p = strchr(p, '|');
		if (!p)
			return 0;
		p++;
	}
}

/*
 * -c: checks from stdin, one "NAME WANT TEST" a line ('#' comments),
 * each printed as lib.sh's t_eq prints it.  All lines are read first, so
 * that a malformed one prints no check at all.
 */
#define CHECKS_MAX 128
static int checks(void)
{
	static char lines[CHECKS_MAX][160];
	static char *name[CHECKS_MAX], *want[CHECKS_MAX], *test[CHECKS_MAX];
	char *sp;
	int n = 0, i;
	const char *got;

	while (n < CHECKS_MAX && fgets(lines[n], sizeof(lines[n]), stdin)) {
		sp = lines[n];
		sp[strcspn(sp, "\n")] = '\0';
		name[n] = strtok(sp, " \t");
		if (!name[n] || name[n][0] == '#')
			continue;
		want[n] = strtok(NULL, " \t");
		test[n] = strtok(NULL, " \t");
		if (!test[n] || strtok(NULL, " \t") || !known(test[n])) {
			fprintf(stderr, "probe-seccomp: bad check line: %s\n",
				name[n]);
			return 2;
		}
		if (needs_scratch(test[n]) && !scratch[0])
			scratch_make();
		n++;
	}
	for (i = 0; i < n; i++) {
		got = run(test[i]);
		if (wanted(want[i], got))
			printf("=== T %s PASS\n", name[i]);
		else
			printf("=== T %s FAIL expected '%s' got '%s'\n", name[i],
				want[i], got);
	}
	return 0;
}

int main(int argc, char **argv)
{
	int r;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc == 2 && !strcmp(argv[1], "arch")) {
#if defined(__x86_64__)
		puts("x86_64");
#elif defined(__aarch64__)
		puts("aarch64");
#elif defined(__arm__)
		puts("arm");
#elif defined(__mips__) && defined(__MIPSEL__) && _MIPS_SIM == _ABIO32
		puts("mipsel");
#else
		puts("unknown");
#endif
		return 0;
	}
	if (argc == 2 && !strncmp(argv[1], "direct:", 7)) {
		if (!known(argv[1] + 7))
			goto usage;
		puts(perform(argv[1] + 7));
		return 0;
	}
	if (argc == 2 && !strcmp(argv[1], "-c")) {
		r = checks();
	} else if (argc == 2 && known(argv[1])) {
		if (needs_scratch(argv[1]))
			scratch_make();
		puts(run(argv[1]));
		r = 0;
	} else {
		goto usage;
	}
	if (scratch[0])
		scratch_remove();
	return r;
usage:
	fprintf(stderr, "usage: probe-seccomp [exec:|stack:|thread:|direct:]TEST"
			" | -c | arch\n");
	return 2;
}
