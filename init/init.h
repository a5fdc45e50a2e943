/* init.h - PID 1's internal interfaces between the files of init/. */
#ifndef RAMPART_INIT_H
#define RAMPART_INIT_H

#include <stdarg.h>
#include <stdbool.h>
#include <sys/types.h>

#include "config.h" /* generated: CFG_INIT_*, CFG_SVC_COUNT */
#include "service.h"

/* The Makefile passes -DRAMPART_VERSION='"x.y"' (a build fact, not config). */
#ifndef RAMPART_VERSION
#define RAMPART_VERSION "unknown"
#endif

/* Every per-service array in PID 1 is static: no malloc in PID 1. */
#define SVC_MAX (CFG_SVC_COUNT ? CFG_SVC_COUNT : 1)

#define CGROUP_ROOT "/sys/fs/cgroup"

/* ---- log.c ---- */

/* syslog priorities, as /dev/kmsg and INIT_CONSOLE_LOG_LEVEL count them */
enum {
	LOG_EMERG = 0, /* INIT_ROOT: the boot ends (rootfs.c) */
	LOG_ERR = 3,
	LOG_WARNING = 4,
	LOG_NOTICE = 5,
	LOG_INFO = 6,
	LOG_DEBUG = 7
};

/* One service output line, escaped (log.c), is cut (and continued) at this
 * length. */
#define LOG_LINE_MAX 256

struct log_line {
	unsigned short len;
	unsigned short svc;	/* the service's index (supervise.c sets it) */
	unsigned int win_lines;	/* LOG_RATE_LIMIT_*: lines in this window */
	unsigned long suppressed; /* ... dropped, not reported yet */
	long long win_start;	/* the window began */
	char buf[LOG_LINE_MAX];
};

void log_open(void);
void log_console_flush(void);
int log_console_pending(void);
void log_console_drain(int ms);
void log_console_last(const char *line, size_t len, int ms);
void log_msg(int level, const char *f, ...)
	__attribute__((format(printf, 2, 3)));
void log_output(struct log_line *ll, const char *id, pid_t pid,
	const char *data, size_t n);
void log_output_flush(struct log_line *ll, const char *id, pid_t pid);

/* ---- logremote.c: INIT_LOG_REMOTE (stubs without) ---- */

void logremote_open(void); /* stage 1 */
/* One line (escaped, no '\n'): app "rampart" or a service id. */
void logremote_send(int level, const char *app, int pid, const char *text,
	size_t n);

/* ---- logring.c: SVC_<ID>_LOG_RING, for rampartctl log ---- */

struct ctl_log_reply;
void logring_init(void); /* every ring resident, before any service */
void logring_add(unsigned int svc, const char *text, size_t n);
/* The lines of service svc from seq on (0: the oldest kept) that fit. */
void logring_read(unsigned int svc, uint32_t seq, struct ctl_log_reply *rep);

/* ---- early.c ---- */

/* Highest capability the running kernel knows (-1: unknown). */
extern int cap_last_cap;
/* CLOCK_MONOTONIC when PID 1 entered main(), in ms. */
extern long long boot_ms;

void early_setup(void);
bool early_is_mount(const char *dir);

/* ---- mounts.c: INIT_MOUNTS ---- */

void mounts_mount(void);

/* ---- rootfs.c: INIT_ROOT (nothing without) ---- */

void rootfs_switch(void);   /* stage 1, after the modules */
void rootfs_shutdown(void); /* stage 3, after / is read-only */

bool mounts_ready(const struct svc *svc);
void mounts_unmount(void);

/* ---- request.c: shutdown request policy (MAY_SHUTDOWN) ---- */

struct signalfd_siginfo;
/* Obeyed or not; a sender PID 1 traced is told which (client.c waits for
 * the answer). */
bool shutdown_request_allowed(const struct signalfd_siginfo *si);

/* The answer: REQUEST_ANSWER_SIGNAL, queued with this value if obeyed,
 * 0 if not (SIGURG: ignored by default, harmless to any other sender). */
#define REQUEST_ANSWER_SIGNAL SIGURG
#define REQUEST_OBEYED 1

/* ---- client.c: poweroff, reboot and halt, the same binary ---- */

/* The command argv[0] names ("poweroff", ...), or NULL: then it is init. */
const char *client_name(const char *argv0);
int client_main(const char *name, int argc, char **argv);

/* ---- util.c: small helpers every file uses ---- */

long long clock_ms(int clock);
long long now_ms(void); /* CLOCK_MONOTONIC */
void prefault(void *p, size_t len, bool write);
void footprint_settle(void); /* stage 1: PID 1's pages resident from now */
int signals_default(void);
/* stage 1 set every disposition to SIG_DFL, and PID 1 sets none after */
extern bool signals_pristine;
int file_read(const char *path, char *buf, size_t size);
int file_write(const char *path, const char *s);
size_t fmt_v(char *buf, size_t size, const char *f, va_list ap);
size_t fmt(char *buf, size_t size, const char *f, ...)
	__attribute__((format(printf, 3, 4)));

/* ---- ns.c, mount.c: namespaces and mounts of one service (0 or -errno) ---- */

bool ns_wants_mounts(const struct svc *svc);
bool ns_wants_pid(const struct svc *svc);
int ns_unshare(const struct svc *svc);
int ns_pid_enter(int *fd); /* PID 1, right before fork() */
int ns_pid_leave(int fd);  /* PID 1, right after fork() */
int ns_loopback_up(void);
int ns_hostname(const char *name);
int mount_propagation_private(void);
/* The whole mount sequence of one service, in the order of mount.c's
 * mount_steps[]; on failure *step names the step. */
int mount_sequence(const struct svc *svc, int *step);

/* The inaccessible-node stage: PID 1's read-only tmpfs (stage 1). */
#define MOUNT_STAGE "/run/.rampart-inaccessible"
extern dev_t mount_stage_dev; /* its device, 0 if not staged */
int mount_inaccessible_stage(void);
/* Does the service hide paths with the stage's nodes (inaccessible_list)? */
bool mount_wants_stage(const struct svc *svc);

/* Opened by PID 1 in stage 1 and dup'ed by every child, so that no
 * service can swap what a later service gets as its stdio (-1: none). */
extern int dev_null_fd;
extern int console_rw_fd;

/* ---- sandbox.c: the child side; the steps name every failure ---- */

#include "sandbox_steps.h" /* SANDBOX_STEPS, enum sandbox_step */

extern const char *const sandbox_step_name[STEP_COUNT];

/* What the child writes to the report pipe when a step fails. */
struct sandbox_report {
	int step;
	int err;
};

/* argv: svc->argv, or one of its svc->pre commands */
__attribute__((noreturn)) void sandbox_enter(const struct svc *svc,
	const char *const *argv, int report_fd, int out_fd, int ready_fd);

/* ---- testhook.c: INIT_TEST_FAIL_STEPS, the QEMU test tree's fault hook;
 *      absent from every other build (the Makefile's RAMPART_TEST_HOOKS) */
#ifdef RAMPART_TEST_HOOKS
struct test_fault {
	const char *svc;  /* service id */
	const char *step; /* sandbox_step_name[] of the step */
	int err;
};
extern const struct test_fault test_faults[]; /* generated; NULL ends */
/* -errno when the hook makes this step of svc fail, else 0. */
int test_fault(const struct svc *svc, int step);
void test_faults_announce(void);
#else
static inline int test_fault(const struct svc *svc, int step)
{
	(void)svc;
	(void)step;
	return 0;
}
static inline void test_faults_announce(void)
{
}
#endif

/* ---- rlimit.c, caps.c, cred.c: the credential steps of the child;
 *      each returns 0 or -errno, and *step names the step that failed ---- */

int rlimit_apply(const struct svc *svc);
int caps_bounding_apply(const struct svc *svc);
int caps_securebits_apply(const struct svc *svc);
int cred_apply(const struct svc *svc, int *step);
int caps_apply(const struct svc *svc);
int caps_no_new_privs_apply(const struct svc *svc);

/* seccomp.c: the last step before execve; 0 or -errno */
int seccomp_apply(const struct svc *svc);

/* ---- dirs.c: STATE_DIRECTORY and the other service directories ---- */

int dirs_create(const struct svc *svc, int *step); /* the child, as root */
int dirs_make_mountpoint(
	const struct svc *svc, const char *path, unsigned short base_len);

/* ---- credentials.c: LOAD_CREDENTIAL, SET_CREDENTIAL ---- */

void credstore_load(void); /* stage 1: the store into memory, then gone */
/* The child, as root, before the namespaces: a detached read-only ramfs
 * holding the credentials; 0 or -errno, *step the failed one. */
int creds_prepare(const struct svc *svc, int *step);
/* mount.c's credentials-mount step: that ramfs, once (-EBADF: none). */
int creds_take_mount(void);

/* ---- stdio.c: STANDARD_INPUT/_OUTPUT/_ERROR, the child's fds 0-2 (only
 *      for a service with svc->stdio); 0 or -errno, *step the failed one */
int stdio_apply(const struct svc *svc, int out_fd, int *step);
/* One file of PID 1's tree opened as stdio.c opens STANDARD_* files (no
 * symlink, root's or the service's, one link): an fd or -errno. */
int stdio_file_open(const struct svc *svc, const char *path, int flags,
	int truncate);
pid_t dirs_remove_start(const struct svc *svc);	    /* PID 1, at the stop */

/* ---- spawn.c ---- */

struct spawned {
	pid_t pid;
	int report_fd; /* read end: EOF = exec done, data = a failed step */
	int out_fd;    /* read end of the output pipe, -1 unless OUTPUT=log */
	int ready_fd;  /* read end of the readiness pipe, -1 unless notify-fd */
};

/* join: an EXEC_START_POST command, placed in the cgroup of the running
 * instance (no new cgroup, limits or device program). */
int spawn_service(const struct svc *svc, const char *const *argv,
	struct spawned *sp, int *step, bool join);
/* true while (and in the child of) spawn_service(..., join = true):
 * INIT_TEST_FAIL_STEPS's "ID+post" (testhook.c) */
extern bool spawn_joining;

/* ---- cgroup.c: per-service cgroups below CGROUP_ROOT ---- */

int cgroup_create(const char *id);
int cgroup_place(const char *id, pid_t pid);
int cgroup_signal(const char *id, int sig);
/* the same, but pid skip (the main process, signalled on its own) */
int cgroup_signal_except(const char *id, int sig, pid_t skip);
int cgroup_kill(const char *id);
int cgroup_is_empty(const char *id);
int cgroup_events_open(const char *id);
int cgroup_events_empty(int fd);
int cgroup_remove(const char *id);
int cgroup_rmdir(const char *id); /* one rmdir: 0 if it was empty */
int cgroup_remove_dir(char *path, size_t size); /* path is scratch space */
int cgroup_limits(const struct svc *svc, int *step);

/* ---- devices.c, devices_v1.c: DEVICE_ALLOW on the service's cgroup ---- */

/* INIT_CGROUP_V1_DEVICES: cgroup2 owns /sys/fs/cgroup, so the v1 devices
 * hierarchy is mounted in stage 1 on a directory of its own. */
#define CGROUP_V1_DEVICES "/run/cgroup/devices"

#define DEV_MATCH_MAX 256 /* rules after classes are expanded */

/* One resolved rule: a path pinned, a class looked up, or numbers. */
struct dev_match {
	char type;		/* 'c' or 'b' */
	unsigned char access;	/* PARSE_DEV_* = BPF_DEVCG_ACC_* bits */
	int major, minor;	/* -1: any */
};

/* Stage 1, after the modules and before any service: every path rule
 * resolved once (a path missing then: at its service's first start). */
void devices_pin(void);
int devices_apply(const struct svc *svc); /* PID 1, before the fork */
int devices_v1_apply(
	const struct svc *svc, const struct dev_match *m, unsigned int n);
void devices_v1_mount(void); /* stage 1 */
/* The held child into its v1 devices cgroup, before it runs (0: nothing
 * to do without INIT_CGROUP_V1_DEVICES or device rules). */
int devices_v1_place(const struct svc *svc, pid_t pid);
bool devices_v1_wanted(const struct svc *svc); /* devices_v1_place acts */
void devices_v1_remove(const struct svc *svc); /* the instance is over */

/* ---- supervise.c: the one loop and the per-service state ---- */

int supervise(void); /* returns only on an unrecoverable error */

/* ---- watchdog.c: the hardware watchdog (INIT_WATCHDOG) ---- */

void watchdog_open(void);	     /* stage 1, after the modules */
long long watchdog_pet(long long now); /* every turn: the next pet, or -1 */
void watchdog_final(void);	     /* right before reboot(2) */
bool svc_is_idle(unsigned int i);
void svc_terminate(unsigned int i);
bool have_children(void);
/* What notify.c reports for service i: READY=1, EXTEND_TIMEOUT_USEC= (in
 * ms), a MAINPID= already checked to be a process of the service. */
void svc_notify_ready(unsigned int i);
void svc_notify_extend(unsigned int i, long long ms);
void svc_notify_main_pid(unsigned int i, pid_t pid);
void svc_notify_watchdog(unsigned int i, bool trigger); /* WATCHDOG=1/trigger */

/* ---- notify.c: TYPE="notify", the sd_notify(3) socket ---- */

int notify_open(void);	/* 0 or -errno */
int notify_fd(void);	/* the socket, -1 when there is none */
void notify_read(void); /* what is there, bounded; never blocks */
/* The service whose cgroup holds pid, pinned by a pidfd: 0 or -errno. */
int notify_svc_of_pid(pid_t pid, int *svc);
/* request.c: the same without the pidfd */
int svc_of_pid(pid_t pid, int *svc);

/* ---- control.c: rampartctl's socket (INIT_CONTROL; stubs without) ---- */

#define CONTROL_CLIENTS 8 /* connections at once; the oldest gives way */

struct ctl_reply;
int control_open(void);		   /* 0 or -errno */
int control_fd(void);		   /* the listening socket, or -1 */
long long control_deadline(void);  /* an accept paused until then, or -1 */
int control_client_fd(unsigned int k); /* k < CONTROL_CLIENTS; -1: none */
void control_accept(void);
void control_read(unsigned int k); /* what client k sent; never blocks */
/* supervise.c: the STATUS fields of service i; a command about it */
void svc_control_status(unsigned int i, struct ctl_reply *rep);
int svc_control(unsigned int i, unsigned int cmd, int sig, struct ctl_reply *rep);

/* ---- shutdown.c ---- */

void shutdown_request(int signo);
void shutdown_for_service(const char *id, enum svc_action action, int status);
bool shutdown_active(void);
long long shutdown_step(long long now);
__attribute__((noreturn)) void system_reboot(int cmd);
__attribute__((noreturn)) void freeze(void);

/* ---- vmexit.c: a service's exit status out of a test VM ---- */

void vm_exit_line(int status);
void vm_exit(int status); /* INIT_EXIT_STATUS; returns if QEMU did not end */

#endif
