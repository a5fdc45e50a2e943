/* service.h - the only interface between PID 1 and the generated tables. */
#ifndef RAMPART_SERVICE_H
#define RAMPART_SERVICE_H

#include <stdint.h>
#include <sys/resource.h> /* RLIMIT_*, used by the generated table */
#include <sys/types.h>

/*
 * The generator (scripts/gen/) writes $(O)/generated/services.c from .config:
 * one const struct svc per enabled service, in a valid start order (every
 * service appears after the services it is ordered after).  The generator
 * writes designated initializers, so a field added here for a new
 * restriction is zero (= "not configured") for every service until the
 * generator learns to fill it.  Nothing here is ever parsed at runtime.
 */

enum svc_type {
	SVC_TYPE_SIMPLE,	/* long-running: started once exec succeeded */
	SVC_TYPE_ONESHOT,	/* runs to completion; "started" once it exited */
	SVC_TYPE_NOTIFY,	/* long-running; "started" once it sent READY=1 */
	SVC_TYPE_NOTIFY_FD,	/* ... once it wrote a newline to ready_fd */
};

enum svc_restart {
	SVC_RESTART_NO,
	SVC_RESTART_ON_FAILURE,	/* non-zero exit or killed by a signal */
	SVC_RESTART_ALWAYS,
};

/* What PID 1 does when a service ends for good (SUCCESS_ACTION,
 * FAILURE_ACTION): the ordered shutdown, then this. */
enum svc_action {
	SVC_ACTION_NONE,
	SVC_ACTION_POWEROFF,
	SVC_ACTION_REBOOT,
	SVC_ACTION_HALT,
};

/* -- paths: PROTECT_SYSTEM, PROTECT_HOME, BIND_PATHS, TEMPORARY_FILE_SYSTEM -- */
enum svc_protect_system {
	SVC_PROTECT_SYSTEM_NO,
	SVC_PROTECT_SYSTEM_YES,	   /* /usr, /boot, /efi read-only */
	SVC_PROTECT_SYSTEM_FULL,   /* ... and /etc */
	SVC_PROTECT_SYSTEM_STRICT, /* everything but /proc, /sys, /dev */
};

enum svc_protect_home {
	SVC_PROTECT_HOME_NO,
	SVC_PROTECT_HOME_YES,	    /* /home, /root, /run/user hidden */
	SVC_PROTECT_HOME_READ_ONLY,
	SVC_PROTECT_HOME_TMPFS,	    /* an empty read-only tmpfs over each */
};

/* One BIND_PATHS or BIND_READ_ONLY_PATHS entry: source as PID 1 sees it,
 * target inside the service's root. */
struct svc_bind {
	const char *source;
	const char *target;
	unsigned char read_only;
	unsigned char recursive;	/* rbind (the default); 0: norbind */
	unsigned char optional;		/* "-": a missing source is skipped */
};

/* One TEMPORARY_FILE_SYSTEM entry. */
struct svc_tmpfs {
	const char *path;
	unsigned int attrs;		/* the kernel's MOUNT_ATTR_* bits */
	const char *const *opts;	/* tmpfs key, value, ..., NULL */
};

/* -- devices and cgroup limits -- */
/*
 * One DEVICE_ALLOW rule.  A path is resolved once, in stage 1 (or, if
 * missing then, at the first start, without links and only under the
 * kernel's own name), and pinned; a class is looked up in /proc/devices
 * when the service starts (runtime state, not configuration); numbers are
 * used as they are.  access holds the kernel's BPF_DEVCG_ACC_*
 * bits (m = 1, r = 2, w = 4).
 */
struct svc_dev_rule {
	const char *path;	/* a device node, or NULL */
	const char *class;	/* a name in /proc/devices, or NULL */
	char type;		/* 'c' or 'b'; 0 for a path */
	unsigned char access;
	unsigned char optional;	/* a class another option implied (PROTECT_CLOCK's
				 * char-rtc): absent from /proc/devices, no rule */
	int major, minor;	/* -1: any (numbers only) */
};

enum svc_output {
	SVC_OUTPUT_LOG,		/* pipe to PID 1, forwarded line by line */
	SVC_OUTPUT_CONSOLE,	/* /dev/console itself (the interactive shell) */
	SVC_OUTPUT_NULL,	/* /dev/null */
};

/* -- standard I/O: STANDARD_INPUT, _OUTPUT, _ERROR (init/stdio.c) -- */
enum svc_stdio_kind {
	SVC_STDIO_NULL,		/* PID 1's /dev/null */
	SVC_STDIO_INHERIT,	/* out: as stdin (null: /dev/null); err: as out */
	SVC_STDIO_TTY,		/* the console (in: tty-force, controlling tty) */
	SVC_STDIO_TTY_FAIL,	/* in: the console, refused if another owns it */
	SVC_STDIO_LOG,		/* the log pipe (journal, kmsg, syslog) */
	SVC_STDIO_FILE,		/* file:PATH, written from offset 0 */
	SVC_STDIO_APPEND,	/* append:PATH */
	SVC_STDIO_TRUNCATE,	/* truncate:PATH */
	SVC_STDIO_DATA,		/* in: data (STANDARD_INPUT_TEXT, _DATA) */
};

/* fds 0, 1, 2: what each is and, for the file kinds, the absolute path in
 * PID 1's tree (opened by the child as root before the namespaces, as
 * systemd does, with no symlink on the way). */
struct svc_stdio {
	unsigned char kind[3];
	const char *path[3];
	unsigned int data_len;	  /* SVC_STDIO_DATA: the bytes, decoded */
	const unsigned char *data; /* at build time */
};

/* -- kernel protections -- */
/* PROTECT_PROC: the hidepid= of the service's /proc (systemd's names) */
enum svc_protect_proc {
	SVC_PROTECT_PROC_DEFAULT,    /* no hidepid= */
	SVC_PROTECT_PROC_NOACCESS,   /* hidepid=noaccess */
	SVC_PROTECT_PROC_INVISIBLE,  /* hidepid=invisible */
	SVC_PROTECT_PROC_PTRACEABLE, /* hidepid=ptraceable */
};

/* MOUNT_API_VFS (systemd's MountAPIVFS=): what is mounted on /proc, /sys,
 * /dev and /run inside a ROOT_DIRECTORY (mount.c); no effect without one */
enum svc_mount_api_vfs {
	SVC_MOUNT_API_VFS_DEFAULT, /* "": rampart's own (docs/architecture.md) */
	SVC_MOUNT_API_VFS_YES,	   /* all four, mount points required */
	SVC_MOUNT_API_VFS_NO,	   /* none (PRIVATE_DEVICES' /dev aside) */
};

/* -- service directories (dirs.c) -- */
/* systemd's order of creation (ExecDirectoryType). */
enum svc_dir_type {
	SVC_DIR_RUNTIME,	/* RUNTIME_DIRECTORY under /run */
	SVC_DIR_STATE,		/* STATE_DIRECTORY under INIT_STATE_DIRECTORY_BASE */
	SVC_DIR_CACHE,		/* CACHE_DIRECTORY under INIT_CACHE_DIRECTORY_BASE */
	SVC_DIR_LOGS,		/* LOGS_DIRECTORY under INIT_LOGS_DIRECTORY_BASE */
	SVC_DIR_CONFIGURATION,	/* CONFIGURATION_DIRECTORY under /etc */
};

/* RUNTIME_DIRECTORY_PRESERVE (systemd's RuntimeDirectoryPreserve=) */
enum svc_runtime_preserve {
	SVC_RUNTIME_PRESERVE_NO,      /* removed at every stop */
	SVC_RUNTIME_PRESERVE_YES,     /* never removed (until the reboot) */
	SVC_RUNTIME_PRESERVE_RESTART, /* kept across restarts only */
};

/* One directory, its path resolved at build time (inside the service's
 * ROOT_DIRECTORY, as the service sees it). */
struct svc_dir {
	const char *path;	  /* absolute: base, then the configured name */
	unsigned short base_len;  /* path[0..base_len) is the base (/var/lib) */
	unsigned short mode;	  /* ..._MODE */
	unsigned char type;	  /* enum svc_dir_type */
	unsigned char owned;	  /* the service's uid:gid (all but
				   * CONFIGURATION_DIRECTORY: root's) */
};

/* -- credentials: LOAD_CREDENTIAL, SET_CREDENTIAL (credentials.c) -- */
enum svc_cred_kind {
	SVC_CRED_STORE,	/* LOAD_CREDENTIAL's relative source: PID 1's store */
	SVC_CRED_PATH,	/* ... its absolute path, read at the start */
	SVC_CRED_SET,	/* SET_CREDENTIAL: the value itself */
};

/* One credential: the loads in their order, then the values; a value is
 * written only where no load of the same ID was (systemd's fallback). */
struct svc_cred {
	const char *id;		/* the file name in $CREDENTIALS_DIRECTORY */
	const char *source;	/* STORE: the store's name; PATH: the path;
				 * SET: the value (len bytes) */
	unsigned int len;	/* SET: the value's length */
	unsigned char kind;	/* enum svc_cred_kind */
	unsigned char fallback;	/* a load with a SET of the same ID */
	unsigned short store;	/* STORE: index into credstore[] */
};

/* The credential store's entries some service loads, filled by PID 1 in
 * stage 1 (credentials.c) from CRED_STORE, which it then empties. */
struct credstore_item {
	const char *name;
	unsigned int off, len;	/* in credstore_arena */
	int err;		/* 0: loaded; else why not (ENOENT: absent) */
};

extern struct credstore_item credstore[];
extern const unsigned int credstore_count;
extern char credstore_arena[];	/* credstore_count * CRED_SIZE_MAX bytes */

/* -- credentials, capabilities, rlimits -- */
enum svc_cap_bounding {
	SVC_CAP_BOUNDING_UNCHANGED, /* not configured: PID 1's (all) */
	SVC_CAP_BOUNDING_LIST,	    /* exactly cap_bounding; fail closed if
				     * the kernel lacks one of them */
	SVC_CAP_BOUNDING_ALL_BUT,   /* "~list": cap_bounding has every bit but
				     * those, so newer capabilities are kept */
};

struct svc_rlimit {
	int resource;	    /* RLIMIT_* */
	uint64_t soft, hard; /* ~0 = RLIM_INFINITY, 64-bit on every target */
};

/* -- system-call filters -- */
/* One BPF instruction, laid out as the kernel's struct sock_filter
 * (init/seccomp.c checks): the generator compiled the filters with
 * libseccomp for the target, PID 1 only hands them to the kernel. */
struct svc_bpf {
	unsigned short code;
	unsigned char jt, jf;
	unsigned int k;
};

struct svc_seccomp {
	const struct svc_bpf *insns;
	unsigned short len;
};

/* SVC_<ID>_CONTROL: a uid, or a gid with group set. */
struct svc_grant {
	unsigned int id;
	unsigned char group;
};

/* -- process context -- */
/* CPU_AFFINITY: CPUs first..last (one CPU: first == last). */
struct svc_cpu_range {
	unsigned short first, last;
};

/* One EXEC_CONDITION, EXEC_START_PRE or EXEC_START_POST command: run to
 * its end, in the service's whole sandbox, before the main process (or,
 * EXEC_START_POST, beside it once it started) (supervise.c). */
struct svc_cmd {
	const char *const *argv;	/* as svc.argv */
	unsigned char condition;	/* EXEC_CONDITION: 1-254 skips the start */
	unsigned char ignore_failure;	/* "-" prefix (not for conditions) */
};

/* One CONDITION_KERNEL_VERSION expression: op is enum kversion_op
 * (lib/kversion.h), tested against uname(2)'s release at each start. */
struct svc_kversion {
	unsigned char op;
	const char *value;
};

struct svc {
	const char *id;			/* [a-z][a-z0-9_]{0,30}: log tag, cgroup */
	const char *const *argv;	/* NULL-terminated, argv[0] absolute path */
	const struct svc_cmd *pre;	/* conditions, then EXEC_START_PRE */
	unsigned int npre;
	const struct svc_cmd *post;	/* EXEC_START_POST */
	unsigned int npost;
	/* EXEC, EXEC_CONDITION, EXEC_START_PRE words hold run-time
	 * specifiers (%b %v %H as a marker byte: init/specifiers.c) */
	unsigned char specifiers;
	const struct svc_kversion *kernel_version; /* all must hold */
	unsigned int nkernel_version;
	const char *const *envp;	/* NULL-terminated, the whole environment */
	const char *exec_path;		/* EXEC_SEARCH_PATH's find; NULL: argv[0] */
	/* PASS_ENVIRONMENT: names taken from PID 1's own environment at the
	 * start (the kernel command line's NAME=value), over envp's defaults;
	 * NULL-terminated, or NULL */
	const char *const *pass_env;
	const struct svc_stdio *stdio;	/* NULL: as OUTPUT says */
	const char *workdir;		/* absolute, default "/" */
	uid_t uid;
	gid_t gid;
	const gid_t *groups;		/* supplementary groups, primary gid first */
	unsigned int ngroups;
	mode_t umask;
	enum svc_type type;
	enum svc_restart restart;
	enum svc_output output;
	unsigned char send_sighup;	/* SIGHUP right after SIGTERM at stop */
	unsigned char success_action;	/* enum svc_action: ended with 0 */
	unsigned char failure_action;	/* ... ended otherwise, no restart */
	const unsigned short *after;	/* indexes into svc_table, all < own */
	unsigned int nafter;
	unsigned int timeout_start_ms;	/* notify/oneshot start limit; 0: none */
	unsigned int watchdog_sec;	/* notify: WATCHDOG=1 this often; 0: none */
	unsigned char ready_fd;		/* notify-fd: the inherited fd's number */

	/* Restrictions, one block per concern; each block's fields are zero
	 * when nothing is configured. */

	/* -- namespaces and filesystem (ns.c, mount.c) -- */
	unsigned char private_network;	/* CLONE_NEWNET, lo up, fresh /sys */
	unsigned char private_tmp;	/* tmpfs on /tmp and /var/tmp */
	unsigned char private_pids;	/* CLONE_NEWPID (spawn.c), fresh /proc */
	unsigned char private_ipc;	/* CLONE_NEWIPC */
	unsigned char private_uts;	/* CLONE_NEWUTS */
	unsigned char private_mounts;	/* CLONE_NEWNS alone (PRIVATE_MOUNTS) */
	unsigned char protect_cgroups;	/* cgroup hierarchies read-only */
	unsigned int private_tmp_kib;	/* size of each private tmpfs */
	const char *hostname;		/* NULL: keep; needs private_uts */
	const char *root_directory;	/* NULL: the image's / */
	unsigned char mount_api_vfs;	/* enum svc_mount_api_vfs */
	/* NULL-terminated; "-/path" may be missing at start */
	const char *const *read_only_paths;
	const char *const *inaccessible_paths;
	/* -- paths (mount.c, scripts/gen/paths.c) -- */
	unsigned char protect_system;	/* enum svc_protect_system */
	unsigned char protect_home;	/* enum svc_protect_home */
	const char *const *read_write_paths; /* NULL-terminated, "-" too */
	const char *const *no_exec_paths;
	const char *const *exec_paths;
	const struct svc_bind *binds;	/* BIND_PATHS, then ..._READ_ONLY_ */
	unsigned int nbinds;
	const struct svc_tmpfs *tmpfs;	/* TEMPORARY_FILE_SYSTEM */
	unsigned int ntmpfs;

	/* -- kernel protections (mount.c's kernel rows; the capabilities and
	 *    filters they imply are in cap_bounding and seccomp) -- */
	unsigned char protect_kernel_tunables; /* /proc/sys, /sys ... read-only */
	unsigned char protect_kernel_modules;  /* /lib/modules ... hidden */
	unsigned char protect_kernel_logs;     /* /dev/kmsg, /proc/kmsg hidden */
	unsigned char protect_hostname;	       /* UTS files of /proc read-only */
	unsigned char protect_proc;	/* enum svc_protect_proc: hidepid= */
	unsigned char proc_subset;	/* 1: subset=pid */
	unsigned char private_devices;	/* a minimal /dev of its own */

	/* -- service directories (dirs.c): made before the start, writable
	 *    holes in a read-only tree (mount.c) -- */
	const struct svc_dir *dirs;	/* in systemd's order of creation */
	unsigned int ndirs;
	unsigned char runtime_preserve;	/* enum svc_runtime_preserve */

	/* -- credentials (credentials.c): a ramfs of the service's own on
	 *    creds_dir, in its mount namespace -- */
	const struct svc_cred *creds;	/* loads, then values */
	unsigned char ncreds;
	const char *creds_dir;		/* CRED_DIR_BASE "/<id>" */

	/* -- credentials, capabilities, rlimits (cred.c, caps.c, rlimit.c) -- */
	const struct svc_rlimit *rlimits; /* LIMITS, applied in this order */
	unsigned int nrlimits;
	unsigned char cap_bounding_mode;  /* enum svc_cap_bounding */
	unsigned char new_privs_allowed;  /* NO_NEW_PRIVILEGES=n (0: NNP set) */
	unsigned short securebits;	  /* SECURE_BITS, SECBIT_* mask */
	uint64_t cap_bounding;		  /* bit n: capability n kept */
	uint64_t cap_ambient;		  /* AMBIENT_CAPABILITIES */

	/* -- system-call filters (seccomp.c) -- */
	const struct svc_seccomp *seccomp; /* installed in this order */
	unsigned char nseccomp;
	unsigned char mdwe;		/* PR_SET_MDWE too, where the kernel has it */

	/* -- devices and cgroup limits (devices.c, cgroup.c) -- */
	unsigned char dev_filter;	/* attach a device program */
	unsigned short ndev_rules;	/* 0 with dev_filter: deny all */
	const struct svc_dev_rule *dev_rules;
	const char *tasks_max;		/* pids.max contents, or NULL */
	const char *memory_max;		/* memory.max contents, or NULL */
	const char *cpu_max;		/* cpu.max contents, or NULL */

	/* -- shutdown policy, required mounts -- */
	unsigned char may_shutdown;	/* may ask PID 1 to shut down */
	const unsigned char *mounts;	/* indexes into init_mounts */
	unsigned int nmounts;

	/* -- runtime control (control.c): MAY_CONTROL, CONTROL -- */
	unsigned char may_control;	/* may use the control socket */
	unsigned char reload_signal;	/* enum parse_reload_signal (lib/parse.h) */
	unsigned char ncontrol;
	const struct svc_grant *control; /* who may start, stop ... it */

	/* -- logs (logring.c, log.c): LOG_RING, LOG_RATE_LIMIT_* -- */
	char *log_ring; /* static, log_ring_size bytes; NULL: none */
	unsigned int log_ring_size;
	unsigned int log_rate_burst; /* 0: no rate limit */
	unsigned int log_rate_interval_ms;

	/* -- start limits (supervise.c): StartLimitBurst=,
	 *    StartLimitIntervalSec=, StartLimitAction=; 0: no limit -- */
	unsigned short start_limit_burst;
	unsigned int start_limit_interval_ms;
	unsigned char start_limit_action; /* enum svc_action */

	/* -- process context (procctx.c): IgnoreSIGPIPE=, OOMScoreAdjust=,
	 *    Nice=, CPUAffinity=, IOSchedulingClass=/Priority=; set while
	 *    still privileged; unset: PID 1's, inherited -- */
	unsigned char sigpipe_default;	/* IGNORE_SIGPIPE=n (0: SIG_IGN) */
	unsigned char oom_score_adjust_set;
	short oom_score_adjust;		/* -1000..1000 */
	unsigned char nice_set;
	signed char nice;		/* -20..19 */
	const struct svc_cpu_range *cpu_affinity; /* NULL: every CPU */
	unsigned short ncpu_affinity;
	unsigned char ioprio_set;
	unsigned short ioprio;		/* class << 13 | level (ioprio_set(2)) */
	unsigned char personality_set;	/* PERSONALITY (Personality=) */
	unsigned int personality;	/* PER_LINUX or PER_LINUX32 */

	/* -- end of restrictions -- */
};

extern const struct svc svc_table[];
extern const unsigned int svc_count;

/* FNV-1a of the generated table: which policy this init was built with. */
extern const char svc_policy_digest[];

/* INIT_MOUNTS: persistent filesystems mounted in stage 1, in this order
 * (after the modules), and unmounted in stage 3 in the reverse order. */
struct init_mount {
	const char *source;
	const char *target;
	const char *fstype;
	unsigned long flags;	/* MS_* */
	const char *data;	/* filesystem options, or NULL */
};

extern const struct init_mount init_mounts[];
extern const unsigned int init_mount_count;

/* INIT_ROOT and its overlay (generated/rootfs.c): NULL strings when not
 * configured; source NULL: PID 1 stays on the initramfs. */
enum init_root_fail {
	INIT_ROOT_FAIL_REBOOT,
	INIT_ROOT_FAIL_POWEROFF,
	INIT_ROOT_FAIL_HALT,
};

/* INIT_ROOT_VERITY: off, or what a block that does not verify does */
enum init_root_verity_mode {
	INIT_ROOT_VERITY_OFF,
	INIT_ROOT_VERITY_EIO,
	INIT_ROOT_VERITY_RESTART,
};

struct init_rootfs {
	const char *source, *fstype;	     /* "/dev/vda", "squashfs" */
	const char *overlay_source;	     /* "/dev/vdb", or NULL */
	const char *overlay_fstype;	     /* "ext4" */
	const char *overlay_size;	     /* tmpfs overlay: "16m" */
	const char *fallback_size;	     /* disk unusable: tmpfs of this */
	enum init_root_verity_mode verity;
	enum init_root_fail fail;
};

extern const struct init_rootfs init_rootfs;

/* INIT_ROOT_VERITY's hash tree (generated/verity.c, written after the
 * squashfs is packed): root_hash NULL in the /init inside the squashfs. */
struct init_root_verity {
	const char *root_hash;		/* hex, sha256 */
	unsigned long long data_blocks; /* 4096-byte blocks of squashfs */
	unsigned long long hash_start;	/* first block of the hash tree */
};

extern const struct init_root_verity init_root_verity;

/* Kernel modules to load in stage 1, in dependency order, NULL-terminated. */
extern const char *const init_modules[];

#endif
