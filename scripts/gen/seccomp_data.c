/* seccomp_data.c - name tables for the system-call filter options: systemd's call groups, errno, address families, namespaces. */
#include "seccomp_data.h"

#include <stddef.h>
#include <string.h>

/*
 * systemd's system-call groups, from src/shared/seccomp-util.c,
 * syscall_filter_sets[], as of commit
 * 1a86520849728e8a7f10e343f996976fbd1ed851 of bluca/systemd (Luca
 * Boccassi's fork, which tracks systemd main; the systemd/systemd copy the
 * reference index holds is from 2019-2020 and lacks @sandbox, fchmodat2
 * and the rest).  Checked against sshedi/systemd
 * f3a64e2c396deaecd1a574fb13b615830231f36b: the same but for systemd PR
 * #38060 (July 2025), which moved open_tree from @mount to @file-system
 * and left the new open_tree_attr in @mount.
 *
 * Left out: @known.  systemd builds it at build time from the kernel's
 * syscall list (syscall-list.inc, plus @obsolete) and only uses it to give
 * calls unknown at build time ENOSYS instead of the filter's action in an
 * allow-list; it is not a hand-kept group.
 *
 * Members are in systemd's order (sorted, except that @default starts with
 * @sandbox).  Architecture-specific names (s390_*, riscv_*, vm86, set_tls,
 * rtas...) are kept: systemd lists them unconditionally and lets
 * libseccomp drop what a target lacks.
 */
static const char *const g_default[] = {
	"@sandbox", "arch_prctl", "brk", "cacheflush", "clock_getres",
	"clock_getres_time64", "clock_gettime", "clock_gettime64",
	"clock_nanosleep", "clock_nanosleep_time64", "execve", "exit",
	"exit_group", "futex", "futex_time64", "futex_waitv",
	"get_robust_list", "get_thread_area", "getegid", "getegid32",
	"geteuid", "geteuid32", "getgid", "getgid32", "getgroups",
	"getgroups32", "getpgid", "getpgrp", "getpid", "getppid", "getrandom",
	"getresgid", "getresgid32", "getresuid", "getresuid32", "getrlimit",
	"getsid", "gettid", "gettimeofday", "getuid", "getuid32",
	"lsm_get_self_attr", "lsm_list_modules", "membarrier", "mmap",
	"mmap2", "mprotect", "mseal", "munmap", "nanosleep", "pause",
	"prlimit64", "restart_syscall", "riscv_flush_icache", "riscv_hwprobe",
	"rseq", "rt_sigreturn", "sched_getaffinity", "sched_yield",
	"set_robust_list", "set_thread_area", "set_tid_address", "set_tls",
	"sigreturn", "time", "ugetrlimit", "uretprobe", NULL
};

static const char *const g_aio[] = {
	"io_cancel", "io_destroy", "io_getevents", "io_pgetevents",
	"io_pgetevents_time64", "io_setup", "io_submit", "io_uring_enter",
	"io_uring_register", "io_uring_setup", NULL
};

static const char *const g_basic_io[] = {
	"_llseek", "close", "close_range", "dup", "dup2", "dup3", "llseek",
	"lseek", "pread64", "preadv", "preadv2", "pwrite64", "pwritev",
	"pwritev2", "read", "readv", "write", "writev", NULL
};

static const char *const g_chown[] = {
	"chown", "chown32", "fchown", "fchown32", "fchownat", "lchown",
	"lchown32", NULL
};

static const char *const g_clock[] = {
	"adjtimex", "clock_adjtime", "clock_adjtime64", "clock_settime",
	"clock_settime64", "settimeofday", NULL
};

static const char *const g_cpu_emulation[] = {
	"modify_ldt", "subpage_prot", "switch_endian", "vm86", "vm86old", NULL
};

static const char *const g_debug[] = {
	"lookup_dcookie", "perf_event_open", "pidfd_getfd", "ptrace", "rtas",
	"s390_runtime_instr", "sys_debug_setcontext", NULL
};

static const char *const g_file_system[] = {
	"access", "chdir", "chmod", "close", "creat", "faccessat",
	"faccessat2", "fallocate", "fchdir", "fchmod", "fchmodat",
	"fchmodat2", "fcntl", "fcntl64", "fgetxattr", "file_getattr",
	"file_setattr", "flistxattr", "fremovexattr", "fsetxattr", "fstat",
	"fstat64", "fstatat", "fstatat64", "fstatfs", "fstatfs64",
	"ftruncate", "ftruncate64", "futimesat", "getcwd", "getdents",
	"getdents64", "getxattr", "getxattrat", "inotify_add_watch",
	"inotify_init", "inotify_init1", "inotify_rm_watch", "lgetxattr",
	"link", "linkat", "listmount", "listxattr", "listxattrat",
	"llistxattr", "lremovexattr", "lsetxattr", "lstat", "lstat64",
	"mkdir", "mkdirat", "mknod", "mknodat", "newfstat", "newfstatat",
	"oldfstat", "oldlstat", "oldstat", "open", "open_tree", "openat",
	"openat2", "readlink", "readlinkat", "removexattr", "removexattrat",
	"rename", "renameat", "renameat2", "rmdir", "setxattr", "setxattrat",
	"stat", "stat64", "statfs", "statfs64", "statmount", "statx",
	"symlink", "symlinkat", "truncate", "truncate64", "unlink",
	"unlinkat", "utime", "utimensat", "utimensat_time64", "utimes", NULL
};

static const char *const g_io_event[] = {
	"_newselect", "epoll_create", "epoll_create1", "epoll_ctl",
	"epoll_ctl_old", "epoll_pwait", "epoll_pwait2", "epoll_wait",
	"epoll_wait_old", "eventfd", "eventfd2", "poll", "ppoll",
	"ppoll_time64", "pselect6", "pselect6_time64", "select", NULL
};

static const char *const g_ipc[] = {
	"ipc", "memfd_create", "mq_getsetattr", "mq_notify", "mq_open",
	"mq_timedreceive", "mq_timedreceive_time64", "mq_timedsend",
	"mq_timedsend_time64", "mq_unlink", "msgctl", "msgget", "msgrcv",
	"msgsnd", "pipe", "pipe2", "process_madvise", "process_vm_readv",
	"process_vm_writev", "semctl", "semget", "semop", "semtimedop",
	"semtimedop_time64", "shmat", "shmctl", "shmdt", "shmget", NULL
};

static const char *const g_keyring[] = {
	"add_key", "keyctl", "request_key", NULL
};

static const char *const g_memlock[] = {
	"mlock", "mlock2", "mlockall", "munlock", "munlockall", NULL
};

static const char *const g_module[] = {
	"delete_module", "finit_module", "init_module", NULL
};

static const char *const g_mount[] = {
	"chroot", "fsconfig", "fsmount", "fsopen", "fspick", "mount",
	"mount_setattr", "move_mount", "open_tree_attr", "pivot_root",
	"umount", "umount2", NULL
};

static const char *const g_network_io[] = {
	"accept", "accept4", "bind", "connect", "getpeername", "getsockname",
	"getsockopt", "listen", "recv", "recvfrom", "recvmmsg",
	"recvmmsg_time64", "recvmsg", "send", "sendmmsg", "sendmsg", "sendto",
	"setsockopt", "shutdown", "socket", "socketcall", "socketpair", NULL
};

static const char *const g_obsolete[] = {
	"_sysctl", "afs_syscall", "bdflush", "break", "create_module",
	"ftime", "get_kernel_syms", "getpmsg", "gtty", "idle", "lock", "mpx",
	"prof", "profil", "putpmsg", "query_module", "security", "sgetmask",
	"ssetmask", "stime", "stty", "sysfs", "tuxcall", "ulimit", "uselib",
	"ustat", "vserver", NULL
};

static const char *const g_pkey[] = {
	"pkey_alloc", "pkey_free", "pkey_mprotect", NULL
};

static const char *const g_privileged[] = {
	"@chown", "@clock", "@module", "@raw-io", "@reboot", "@swap",
	"_sysctl", "acct", "bpf", "capset", "chroot", "fanotify_init",
	"fanotify_mark", "nfsservctl", "open_by_handle_at", "pivot_root",
	"quotactl", "quotactl_fd", "setdomainname", "setfsuid", "setfsuid32",
	"setgroups", "setgroups32", "sethostname", "setresuid", "setresuid32",
	"setreuid", "setreuid32", "setuid", "setuid32", "vhangup", NULL
};

static const char *const g_process[] = {
	"capget", "clone", "clone3", "execveat", "fork", "getrusage", "kill",
	"pidfd_open", "pidfd_send_signal", "prctl", "rt_sigqueueinfo",
	"rt_tgsigqueueinfo", "setns", "swapcontext", "tgkill", "times",
	"tkill", "unshare", "vfork", "wait4", "waitid", "waitpid", NULL
};

static const char *const g_raw_io[] = {
	"ioperm", "iopl", "pciconfig_iobase", "pciconfig_read",
	"pciconfig_write", "s390_pci_mmio_read", "s390_pci_mmio_write", NULL
};

static const char *const g_reboot[] = {
	"kexec_file_load", "kexec_load", "reboot", NULL
};

static const char *const g_resources[] = {
	"ioprio_set", "mbind", "migrate_pages", "move_pages", "nice",
	"sched_setaffinity", "sched_setattr", "sched_setparam",
	"sched_setscheduler", "set_mempolicy", "set_mempolicy_home_node",
	"setpriority", "setrlimit", NULL
};

static const char *const g_sandbox[] = {
	"landlock_add_rule", "landlock_create_ruleset",
	"landlock_restrict_self", "seccomp", NULL
};

static const char *const g_setuid[] = {
	"setgid", "setgid32", "setgroups", "setgroups32", "setregid",
	"setregid32", "setresgid", "setresgid32", "setresuid", "setresuid32",
	"setreuid", "setreuid32", "setuid", "setuid32", NULL
};

static const char *const g_signal[] = {
	"rt_sigaction", "rt_sigpending", "rt_sigprocmask", "rt_sigsuspend",
	"rt_sigtimedwait", "rt_sigtimedwait_time64", "sigaction",
	"sigaltstack", "signal", "signalfd", "signalfd4", "sigpending",
	"sigprocmask", "sigsuspend", NULL
};

static const char *const g_swap[] = {
	"swapoff", "swapon", NULL
};

/* arm_sync_file_range: 32-bit ARM's call 341, which its headers also name
 * sync_file_range2 (musl's sync_file_range() makes it) but libseccomp
 * knows by this name only: without it, a deny-list of @sync let it through
 * on armhf (gen case sc_sync_arm). */
static const char *const g_sync[] = {
	"arm_sync_file_range", "fdatasync", "fsync", "msync", "sync",
	"sync_file_range", "sync_file_range2", "syncfs", NULL
};

static const char *const g_system_service[] = {
	"@aio", "@basic-io", "@chown", "@default", "@file-system",
	"@io-event", "@ipc", "@keyring", "@memlock", "@network-io",
	"@process", "@resources", "@setuid", "@signal", "@sync", "@timer",
	"arm_fadvise64_64", "capget", "capset", "copy_file_range",
	"fadvise64", "fadvise64_64", "flock", "get_mempolicy", "getcpu",
	"getpriority", "ioctl", "ioprio_get", "kcmp", "madvise", "mremap",
	"name_to_handle_at", "oldolduname", "olduname", "personality",
	"readahead", "readdir", "remap_file_pages", "sched_get_priority_max",
	"sched_get_priority_min", "sched_getattr", "sched_getparam",
	"sched_getscheduler", "sched_rr_get_interval",
	"sched_rr_get_interval_time64", "sched_yield", "sendfile",
	"sendfile64", "setfsgid", "setfsgid32", "setfsuid", "setfsuid32",
	"setpgid", "setsid", "splice", "sysinfo", "tee", "umask", "uname",
	"userfaultfd", "vmsplice", NULL
};

static const char *const g_timer[] = {
	"alarm", "getitimer", "setitimer", "timer_create", "timer_delete",
	"timer_getoverrun", "timer_gettime", "timer_gettime64",
	"timer_settime", "timer_settime64", "timerfd_create",
	"timerfd_gettime", "timerfd_gettime64", "timerfd_settime",
	"timerfd_settime64", "times", NULL
};

/* Order as systemd's enum: @default first, the rest sorted. */
const struct syscall_group syscall_groups[] = {
	{ "@default", "System calls that are always permitted", g_default },
	{ "@aio", "Asynchronous IO", g_aio },
	{ "@basic-io", "Basic IO", g_basic_io },
	{ "@chown", "Change ownership of files and directories", g_chown },
	{ "@clock", "Change the system time", g_clock },
	{ "@cpu-emulation", "System calls for CPU emulation functionality", g_cpu_emulation },
	{ "@debug", "Debugging, performance monitoring and tracing functionality", g_debug },
	{ "@file-system", "File system operations", g_file_system },
	{ "@io-event", "Event loop system calls", g_io_event },
	{ "@ipc", "SysV IPC, POSIX Message Queues or other IPC", g_ipc },
	{ "@keyring", "Kernel keyring access", g_keyring },
	{ "@memlock", "Memory locking control", g_memlock },
	{ "@module", "Loading and unloading of kernel modules", g_module },
	{ "@mount", "Mounting and unmounting of file systems", g_mount },
	{ "@network-io", "Network or Unix socket IO, should not be needed if not network facing", g_network_io },
	{ "@obsolete", "Unusual, obsolete or unimplemented system calls", g_obsolete },
	{ "@pkey", "System calls used for memory protection keys", g_pkey },
	{ "@privileged", "All system calls which need super-user capabilities", g_privileged },
	{ "@process", "Process control, execution, namespacing operations", g_process },
	{ "@raw-io", "Raw I/O port access", g_raw_io },
	{ "@reboot", "Reboot and reboot preparation/kexec", g_reboot },
	{ "@resources", "Alter resource settings", g_resources },
	{ "@sandbox", "Sandbox functionality", g_sandbox },
	{ "@setuid", "Operations for changing user/group credentials", g_setuid },
	{ "@signal", "Process signal handling", g_signal },
	{ "@swap", "Enable/disable swap devices", g_swap },
	{ "@sync", "Synchronize files and memory to storage", g_sync },
	{ "@system-service", "General system service operations", g_system_service },
	{ "@timer", "Schedule operations by time", g_timer },
};

const unsigned int syscall_ngroups =
	sizeof(syscall_groups) / sizeof(syscall_groups[0]);

const struct syscall_group *syscall_group_find(const char *name)
{
	unsigned int i;

	if (!name || name[0] != '@')
		return NULL;
	for (i = 0; i < syscall_ngroups; i++)
		if (strcmp(syscall_groups[i].name, name) == 0)
			return &syscall_groups[i];
	return NULL;
}

/* A name and a number; alias marks a second name for a number. */
struct named_num {
	const char *name;
	int num;
	int alias;
};

static int lookup_name(const struct named_num *t, size_t n, const char *name)
{
	size_t i;

	if (!name)
		return -1;
	for (i = 0; i < n; i++)
		if (strcmp(t[i].name, name) == 0)
			return t[i].num;
	return -1;
}

static const char *lookup_num(const struct named_num *t, size_t n, int num)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (t[i].num == num && !t[i].alias)
			return t[i].name;
	return NULL;
}

/*
 * errno, from asm-generic/errno-base.h and asm-generic/errno.h (Linux UAPI
 * as shipped by Debian 12): the numbers of x86, x86_64, arm and aarch64.
 * 41 and 58 are unused.  MIPS numbers differ from 35 (EDEADLK is 45 there,
 * ENOSYS 89, ...): with rampart-gen table --abi (abi.c), the numbers of
 * the target's own headers replace these (errno_use_target); the names
 * stay this table's.
 */
static const struct named_num errnos[] = {
	{ "EPERM", 1, 0 },
	{ "ENOENT", 2, 0 },
	{ "ESRCH", 3, 0 },
	{ "EINTR", 4, 0 },
	{ "EIO", 5, 0 },
	{ "ENXIO", 6, 0 },
	{ "E2BIG", 7, 0 },
	{ "ENOEXEC", 8, 0 },
	{ "EBADF", 9, 0 },
	{ "ECHILD", 10, 0 },
	{ "EAGAIN", 11, 0 },
	{ "ENOMEM", 12, 0 },
	{ "EACCES", 13, 0 },
	{ "EFAULT", 14, 0 },
	{ "ENOTBLK", 15, 0 },
	{ "EBUSY", 16, 0 },
	{ "EEXIST", 17, 0 },
	{ "EXDEV", 18, 0 },
	{ "ENODEV", 19, 0 },
	{ "ENOTDIR", 20, 0 },
	{ "EISDIR", 21, 0 },
	{ "EINVAL", 22, 0 },
	{ "ENFILE", 23, 0 },
	{ "EMFILE", 24, 0 },
	{ "ENOTTY", 25, 0 },
	{ "ETXTBSY", 26, 0 },
	{ "EFBIG", 27, 0 },
	{ "ENOSPC", 28, 0 },
	{ "ESPIPE", 29, 0 },
	{ "EROFS", 30, 0 },
	{ "EMLINK", 31, 0 },
	{ "EPIPE", 32, 0 },
	{ "EDOM", 33, 0 },
	{ "ERANGE", 34, 0 },
	{ "EDEADLK", 35, 0 },
	{ "ENAMETOOLONG", 36, 0 },
	{ "ENOLCK", 37, 0 },
	{ "ENOSYS", 38, 0 },
	{ "ENOTEMPTY", 39, 0 },
	{ "ELOOP", 40, 0 },
	{ "EWOULDBLOCK", 11, 1 },	/* = EAGAIN */
	{ "ENOMSG", 42, 0 },
	{ "EIDRM", 43, 0 },
	{ "ECHRNG", 44, 0 },
	{ "EL2NSYNC", 45, 0 },
	{ "EL3HLT", 46, 0 },
	{ "EL3RST", 47, 0 },
	{ "ELNRNG", 48, 0 },
	{ "EUNATCH", 49, 0 },
	{ "ENOCSI", 50, 0 },
	{ "EL2HLT", 51, 0 },
	{ "EBADE", 52, 0 },
	{ "EBADR", 53, 0 },
	{ "EXFULL", 54, 0 },
	{ "ENOANO", 55, 0 },
	{ "EBADRQC", 56, 0 },
	{ "EBADSLT", 57, 0 },
	{ "EDEADLOCK", 35, 1 },	/* = EDEADLK */
	{ "EBFONT", 59, 0 },
	{ "ENOSTR", 60, 0 },
	{ "ENODATA", 61, 0 },
	{ "ETIME", 62, 0 },
	{ "ENOSR", 63, 0 },
	{ "ENONET", 64, 0 },
	{ "ENOPKG", 65, 0 },
	{ "EREMOTE", 66, 0 },
	{ "ENOLINK", 67, 0 },
	{ "EADV", 68, 0 },
	{ "ESRMNT", 69, 0 },
	{ "ECOMM", 70, 0 },
	{ "EPROTO", 71, 0 },
	{ "EMULTIHOP", 72, 0 },
	{ "EDOTDOT", 73, 0 },
	{ "EBADMSG", 74, 0 },
	{ "EOVERFLOW", 75, 0 },
	{ "ENOTUNIQ", 76, 0 },
	{ "EBADFD", 77, 0 },
	{ "EREMCHG", 78, 0 },
	{ "ELIBACC", 79, 0 },
	{ "ELIBBAD", 80, 0 },
	{ "ELIBSCN", 81, 0 },
	{ "ELIBMAX", 82, 0 },
	{ "ELIBEXEC", 83, 0 },
	{ "EILSEQ", 84, 0 },
	{ "ERESTART", 85, 0 },
	{ "ESTRPIPE", 86, 0 },
	{ "EUSERS", 87, 0 },
	{ "ENOTSOCK", 88, 0 },
	{ "EDESTADDRREQ", 89, 0 },
	{ "EMSGSIZE", 90, 0 },
	{ "EPROTOTYPE", 91, 0 },
	{ "ENOPROTOOPT", 92, 0 },
	{ "EPROTONOSUPPORT", 93, 0 },
	{ "ESOCKTNOSUPPORT", 94, 0 },
	{ "EOPNOTSUPP", 95, 0 },
	{ "EPFNOSUPPORT", 96, 0 },
	{ "EAFNOSUPPORT", 97, 0 },
	{ "EADDRINUSE", 98, 0 },
	{ "EADDRNOTAVAIL", 99, 0 },
	{ "ENETDOWN", 100, 0 },
	{ "ENETUNREACH", 101, 0 },
	{ "ENETRESET", 102, 0 },
	{ "ECONNABORTED", 103, 0 },
	{ "ECONNRESET", 104, 0 },
	{ "ENOBUFS", 105, 0 },
	{ "EISCONN", 106, 0 },
	{ "ENOTCONN", 107, 0 },
	{ "ESHUTDOWN", 108, 0 },
	{ "ETOOMANYREFS", 109, 0 },
	{ "ETIMEDOUT", 110, 0 },
	{ "ECONNREFUSED", 111, 0 },
	{ "EHOSTDOWN", 112, 0 },
	{ "EHOSTUNREACH", 113, 0 },
	{ "EALREADY", 114, 0 },
	{ "EINPROGRESS", 115, 0 },
	{ "ESTALE", 116, 0 },
	{ "EUCLEAN", 117, 0 },
	{ "ENOTNAM", 118, 0 },
	{ "ENAVAIL", 119, 0 },
	{ "EISNAM", 120, 0 },
	{ "EREMOTEIO", 121, 0 },
	{ "EDQUOT", 122, 0 },
	{ "ENOMEDIUM", 123, 0 },
	{ "EMEDIUMTYPE", 124, 0 },
	{ "ECANCELED", 125, 0 },
	{ "ENOKEY", 126, 0 },
	{ "EKEYEXPIRED", 127, 0 },
	{ "EKEYREVOKED", 128, 0 },
	{ "EKEYREJECTED", 129, 0 },
	{ "EOWNERDEAD", 130, 0 },
	{ "ENOTRECOVERABLE", 131, 0 },
	{ "ERFKILL", 132, 0 },
	{ "EHWPOISON", 133, 0 },
};

#define NERRNOS (sizeof(errnos) / sizeof(errnos[0]))

/* The target's numbers (abi.c), indexed like errnos[], -1 for a name
 * the target lacks; NULL: the table's own (asm-generic). */
static const int *target_errnos;

void errno_use_target(const int *nums)
{
	target_errnos = nums;
}

int errno_by_name(const char *name)
{
	size_t i;

	if (!target_errnos)
		return lookup_name(errnos, NERRNOS, name);
	for (i = 0; name && i < NERRNOS; i++)
		if (!strcmp(errnos[i].name, name))
			return target_errnos[i];
	return -1;
}

const char *errno_name(int e)
{
	size_t i;

	if (!target_errnos)
		return lookup_num(errnos, NERRNOS, e);
	for (i = 0; i < NERRNOS; i++)
		if (target_errnos[i] == e && !errnos[i].alias)
			return errnos[i].name;
	return NULL;
}

const char *errno_name_at(unsigned int i)
{
	return i < NERRNOS ? errnos[i].name : NULL;
}

/*
 * Address families, from linux/socket.h (glibc's bits/socket.h agrees),
 * up to AF_MCTP; the numbers are the same on every architecture.  AF_UNSPEC
 * is left out: RestrictAddressFamilies= refuses it (systemd ignores a
 * family <= 0 with a warning), and socket(AF_UNSPEC...) fails anyway.
 */
static const struct named_num afs[] = {
	{ "AF_UNIX", 1, 0 },
	{ "AF_LOCAL", 1, 1 },
	{ "AF_FILE", 1, 1 },		/* glibc only */
	{ "AF_INET", 2, 0 },
	{ "AF_AX25", 3, 0 },
	{ "AF_IPX", 4, 0 },
	{ "AF_APPLETALK", 5, 0 },
	{ "AF_NETROM", 6, 0 },
	{ "AF_BRIDGE", 7, 0 },
	{ "AF_ATMPVC", 8, 0 },
	{ "AF_X25", 9, 0 },
	{ "AF_INET6", 10, 0 },
	{ "AF_ROSE", 11, 0 },
	{ "AF_DECnet", 12, 0 },		/* sic: the kernel's spelling */
	{ "AF_NETBEUI", 13, 0 },
	{ "AF_SECURITY", 14, 0 },
	{ "AF_KEY", 15, 0 },
	{ "AF_NETLINK", 16, 0 },
	{ "AF_ROUTE", 16, 1 },
	{ "AF_PACKET", 17, 0 },
	{ "AF_ASH", 18, 0 },
	{ "AF_ECONET", 19, 0 },
	{ "AF_ATMSVC", 20, 0 },
	{ "AF_RDS", 21, 0 },
	{ "AF_SNA", 22, 0 },
	{ "AF_IRDA", 23, 0 },
	{ "AF_PPPOX", 24, 0 },
	{ "AF_WANPIPE", 25, 0 },
	{ "AF_LLC", 26, 0 },
	{ "AF_IB", 27, 0 },
	{ "AF_MPLS", 28, 0 },
	{ "AF_CAN", 29, 0 },
	{ "AF_TIPC", 30, 0 },
	{ "AF_BLUETOOTH", 31, 0 },
	{ "AF_IUCV", 32, 0 },
	{ "AF_RXRPC", 33, 0 },
	{ "AF_ISDN", 34, 0 },
	{ "AF_PHONET", 35, 0 },
	{ "AF_IEEE802154", 36, 0 },
	{ "AF_CAIF", 37, 0 },
	{ "AF_ALG", 38, 0 },
	{ "AF_NFC", 39, 0 },
	{ "AF_VSOCK", 40, 0 },
	{ "AF_KCM", 41, 0 },
	{ "AF_QIPCRTR", 42, 0 },
	{ "AF_SMC", 43, 0 },
	{ "AF_XDP", 44, 0 },
	{ "AF_MCTP", 45, 0 },
};

#define NAFS (sizeof(afs) / sizeof(afs[0]))

int af_by_name(const char *name)
{
	return lookup_name(afs, NAFS, name);
}

const char *af_name(int af)
{
	return lookup_num(afs, NAFS, af);
}

const char *af_name_at(unsigned int i)
{
	return i < NAFS ? afs[i].name : NULL;
}

/*
 * Namespace types in the order of systemd's namespace_info[] (nsflags.c),
 * with the CLONE_NEW* values of linux/sched.h, which are the same on every
 * architecture; written out so the host's sched.h need not know
 * CLONE_NEWTIME (Linux 5.6).
 */
static const struct {
	const char *name;
	unsigned long flag;
} nss[] = {
	{ "cgroup", 0x02000000UL },	/* CLONE_NEWCGROUP */
	{ "ipc", 0x08000000UL },	/* CLONE_NEWIPC */
	{ "net", 0x40000000UL },	/* CLONE_NEWNET */
	{ "mnt", 0x00020000UL },	/* CLONE_NEWNS */
	{ "pid", 0x20000000UL },	/* CLONE_NEWPID */
	{ "user", 0x10000000UL },	/* CLONE_NEWUSER */
	{ "uts", 0x04000000UL },	/* CLONE_NEWUTS */
	{ "time", 0x00000080UL },	/* CLONE_NEWTIME */
};

#define NNSS (sizeof(nss) / sizeof(nss[0]))

unsigned long ns_flag_by_name(const char *name)
{
	size_t i;

	if (!name)
		return 0;
	for (i = 0; i < NNSS; i++)
		if (strcmp(nss[i].name, name) == 0)
			return nss[i].flag;
	return 0;
}

const char *ns_name_at(unsigned int i)
{
	return i < NNSS ? nss[i].name : NULL;
}

unsigned long ns_flag_at(unsigned int i)
{
	return i < NNSS ? nss[i].flag : 0;
}
