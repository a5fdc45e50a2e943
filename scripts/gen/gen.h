/* gen.h - rampart-gen internals shared by its source files. */
#ifndef RAMPART_GEN_H
#define RAMPART_GEN_H

#include <stdio.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "parse.h"
#include "parse_cred.h"

/* util.c: messages, memory, strings, files */

extern unsigned int gen_errors; /* error lines printed so far */

/* The largest uid or gid; (uid_t)-1 means "unchanged" to the kernel. */
#define ID_MAX 4294967295UL
extern int gen_strict;		/* INIT_POLICY_STRICT: warnings are errors */

__attribute__((format(printf, 1, 2))) void gen_error(const char *fmt, ...);
__attribute__((format(printf, 1, 2))) void gen_warning(const char *fmt, ...);
__attribute__((format(printf, 1, 2), noreturn)) void gen_fatal(
	const char *fmt, ...);

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
char *xstrdup(const char *s);
__attribute__((format(printf, 1, 2))) char *xasprintf(const char *fmt, ...);

/* A growing NUL-terminated buffer; zero-initialized is empty. */
struct strbuf {
	char *s;
	size_t len;
	size_t cap;
};

void sb_add(struct strbuf *sb, const char *data, size_t len);
void sb_puts(struct strbuf *sb, const char *s);
void sb_putc(struct strbuf *sb, char c);
__attribute__((format(printf, 2, 3))) void sb_printf(
	struct strbuf *sb, const char *fmt, ...);
const char *sb_str(struct strbuf *sb); /* never NULL */
void sb_free(struct strbuf *sb);
/* s as a C string literal, every byte escaped as needed. */
void sb_c_string(struct strbuf *sb, const char *s);
/* s as a Kconfig/.config string literal ("..." with \" and \\). */
void sb_kconfig_string(struct strbuf *sb, const char *s);
/* s quoted for a shell-like command line, only when it needs it. */
void sb_shell_word(struct strbuf *sb, const char *s);

unsigned int edit_distance(const char *a, const char *b);

/* The whole file, NUL-terminated; 0 or -errno. */
int read_file(const char *path, char **data, size_t *len);
/* The next line of a read_file() buffer, cut off in place (without its
 * "\n" or "\r\n"); *cursor moves past it. NULL at the end. */
char *line_next(char **cursor);
/* Write dir/name atomically, and only if its content changes: 0 or -errno. */
int write_file_if_changed(
	const char *dir, const char *name, const char *data, size_t len);

/* config.c: the .config */

struct sym {
	char *name;  /* without CONFIG_ */
	char *value; /* raw: unquoted string, "y", "n", "42" */
	int quoted;  /* value was a "string" */
	unsigned int line;
};

struct config {
	const char *path;
	struct sym *syms; /* in .config order */
	size_t nsyms;
	int flags; /* CONFIG_RAW */
};

/* CONFIG_RAW: a file as a person wrote it, for check-config: every
 * unquoted value kept verbatim for the caller to judge, and a symbol set
 * again is no warning (a later line overrides, as kconfig-conf allows). */
#define CONFIG_RAW 1
int config_read(struct config *cfg, const char *path, int flags);
const struct sym *config_get(const struct config *cfg, const char *name);
void config_override(
	struct config *cfg, const char *name, const char *value, int quoted);
void config_free(struct config *cfg);
/* How a value is shown in messages: NAME="text" or NAME=y. */
char *sym_show(const char *name, const char *value, int quoted);
/* 1 for an unquoted y, 0 for n, -1 for anything else ("y", yes, Y). */
int config_bool(const struct sym *sym);
/* An unquoted number as both kconfig and C read it (decimal, 0x hex, an
 * optional '-'): 0; -EDOM: a leading zero (octal to C); -EINVAL. */
int config_number(const char *value);
#define LEADING_ZERO "leading zero: C would read it as an octal number"
/* `rampart-gen check-config`: what kconfig-conf kept of a .config. */
int cmd_check_config(int argc, char **argv);

/* users.c: the image's etc/passwd and etc/group */

struct user {
	char *name;
	unsigned long uid;
	unsigned long gid;
	char *home;
	char *shell;
};

struct group {
	char *name;
	unsigned long gid;
};

struct userdb {
	char *passwd_path; /* <rootfs>/etc/passwd, for messages */
	char *group_path;
	struct user *users;
	size_t nusers;
	struct group *groups;
	size_t ngroups;
};

void userdb_load(struct userdb *db, const char *rootfs);
const struct user *userdb_user_by_name(
	const struct userdb *db, const char *name);
const struct user *userdb_user_by_uid(
	const struct userdb *db, unsigned long uid);
const struct group *userdb_group_by_name(
	const struct userdb *db, const char *name);
void userdb_free(struct userdb *db);

/* options.c: the service options, one table for Kconfig and .config */

enum opt_type {
	OPT_BOOL,
	OPT_STRING,
};

struct service;
struct table;

/* One value being applied to a service, for messages. */
struct value {
	const char *sym;  /* SVC_HTTPD_USER */
	const char *text; /* raw value */
	int quoted;
};

struct svc_option {
	const char *suffix; /* "USER": symbol SVC_<ID>_USER, .svc key */
	enum opt_type type;
	const char *prompt; /* menu text */
	const char *def;    /* Kconfig default expression; NULL: required */
	const char *help;   /* help text, '\n'-separated lines */
	/* Check the value and store it in s; report problems with value_*. */
	void (*apply)(
		struct table *t, struct service *s, const struct value *v);
};

/* A family of options: one table in the file of their checks. */
struct option_family {
	const char *name;
	const struct svc_option *options;
	size_t n;
};

extern const struct option_family service_family, ns_family, creds_family,
	seccomp_family, devices_family, shutdown_family, protect_family,
	dirs_family;
extern const struct option_family paths_family; /* paths.c */
extern const struct option_family startlimit_family; /* startlimit.c */
extern const struct option_family ready_family; /* ready.c */
extern const struct option_family control_family; /* control.c */
extern const struct option_family logs_family; /* logs.c */
extern const struct option_family procctx_family; /* procctx.c */
extern const struct option_family exposure_family; /* exposure.c */
extern const struct option_family env_family; /* env.c */
extern const struct option_family stdio_family; /* stdio.c */
extern const struct option_family execcmds_family; /* execcmds.c */
extern const struct option_family credentials_family; /* credentials.c */
extern const struct option_family populate_family; /* populate.c */
/* populate.c: `rampart-gen populate-plan` (scripts/populate) */
int cmd_populate_plan(int argc, char **argv);
/* env.c: ENVIRONMENT, the files, then the unset names, into s->envp */
void env_finish(struct table *t, struct service *s,
	void (*set)(struct service *, const char *));
void env_free(struct service *s);

/* Every option in menu order, after options_init(). */
extern const struct svc_option *svc_options;
extern size_t svc_noptions;
void options_init(void);

__attribute__((format(printf, 2, 3))) void value_error(
	const struct value *v, const char *fmt, ...);
__attribute__((format(printf, 2, 3))) void value_warning(
	const struct value *v, const char *fmt, ...);
/* v as one of names (NULL-terminated) into *out, or an error. */
void value_choice(const struct value *v, const char *const *names, int *out);
/* A decimal number from lo to hi; else "WHAT: why" reported, -1. */
int value_uint(const struct value *v, unsigned long long lo,
	unsigned long long hi, const char *what, unsigned long long *n);
/* v split into words (parse_words), *buf holding them; NULL on an error,
 * reported. */
char **split_words(const struct value *v, char **buf, size_t *n);

/* The choices' names (options.c), indexed like enum svc_type etc. */
extern const char *const svc_type_names[];
/* svc_type_names' indexes the generator itself tests */
enum {
	SVC_GEN_TYPE_SIMPLE,
	SVC_GEN_TYPE_ONESHOT,
	SVC_GEN_TYPE_NOTIFY,
	SVC_GEN_TYPE_NOTIFY_FD,
};
extern const char *const svc_restart_names[];
extern const char *const svc_output_names[];
extern const char *const svc_action_names[];
/* -- devices and cgroup limits -- */
extern const char *const svc_dev_policy_names[];
enum { DEV_POLICY_AUTO, DEV_POLICY_CLOSED, DEV_POLICY_STRICT };
#define DEV_ALLOW_MAX 64
void options_free_devices(struct service *s);
int dev_filter(const struct service *s); /* output.c: a device program? */
void options_check_exec(struct table *t, struct service *s);
/* options.c: %% %d %b %v %H in a command word (SPECIFIER_MARK for the
 * run-time ones, %d resolved): the new word (allocated), or NULL on an
 * error, reported; s->specifiers, literal_mark, spec_creds updated. */
#define SPECIFIER_MARK '\001'
char *spec_word(const struct value *v, struct service *s, const char *word,
	int is_program);
/* prog, an absolute path, in the image as the service sees it, not
 * replaceable by its user; problems reported on v. */
void options_check_program(
	struct table *t, struct service *s, const struct value *v, const char *prog);

/* table.c: services from .config, checked and ordered */

/* execcmds.c: one EXEC_CONDITION, EXEC_START_PRE or EXEC_START_POST command */
struct pre_cmd {
	char **argv; /* NULL-terminated, each word allocated */
	char *sym, *text; /* its option, for the checks' messages */
	int condition, ignore_failure;
	int bad; /* refused already: not looked up in the image */
};

struct service {
	char *id;   /* "httpd" */
	char *stem; /* "SVC_HTTPD" */

	char *exec_text; /* EXEC as configured */
	char *exec_path; /* EXEC_SEARCH_PATH: the program found (stdio.c) */
	struct pre_cmd *pre; /* EXEC_CONDITION, then EXEC_START_PRE */
	size_t npre;
	struct pre_cmd *post; /* EXEC_START_POST */
	size_t npost;
	struct {
		int op;	     /* enum kversion_op (lib/kversion.h) */
		char *value; /* the version or pattern */
	} *kversion; /* CONDITION_KERNEL_VERSION, every one must hold */
	size_t nkversion;
	char **argv;	 /* EXEC */
	int specifiers;	 /* a command word holds %b %v %H (options.c) */
	int literal_mark; /* ... or a byte SPECIFIER_MARK of its own */
	char *spec_creds; /* a command word held %d: the first's option */
	char *spec_creds_text; /* ... and its value, for a message */
	char *argv_buf;
	size_t argc;
	int type;    /* index into svc_type_names */
	int restart; /* ... svc_restart_names */
	int output;  /* ... svc_output_names */
	int send_sighup; /* SEND_SIGHUP */
	int success_action; /* index into svc_action_names */
	int failure_action;
	unsigned long timeout_start_ms; /* TIMEOUT_START_MS (ready.c) */
	unsigned long watchdog_sec;	/* WATCHDOG_SEC (ready.c) */
	unsigned int ready_fd;		/* READY_FD, notify-fd only (ready.c) */

	/* -- namespaces and filesystem -- */
	int private_network, private_tmp, private_pids, private_ipc;
	int private_uts;
	int private_mounts; /* PRIVATE_MOUNTS */
	int protect_cgroups; /* PROTECT_CONTROL_GROUPS */
	unsigned long private_tmp_kib; /* PRIVATE_TMP_SIZE */
	char *root_directory;	       /* NULL: none */
	int mount_api_vfs; /* MOUNT_API_VFS: enum svc_mount_api_vfs */
	int populate; /* ROOT_DIRECTORY_POPULATE (populate.c) */
	char **read_only_paths;	       /* "-" prefix: may be missing */
	size_t nread_only_paths;
	char **inaccessible_paths;
	size_t ninaccessible_paths;
	char *hostname; /* NULL: none */
	/* -- paths (paths.c) -- */
	int protect_system; /* enum svc_protect_system of init/service.h */
	int protect_home;   /* enum svc_protect_home */
	char **read_write_paths; /* "-" prefix: may be missing */
	size_t nread_write_paths;
	char **no_exec_paths;
	size_t nno_exec_paths;
	char **exec_paths;
	size_t nexec_paths;
	struct path_bind *binds; /* BIND_PATHS, then BIND_READ_ONLY_PATHS */
	size_t nbinds;
	struct path_tmpfs *tmpfs; /* TEMPORARY_FILE_SYSTEM */
	size_t ntmpfs;

	/* -- kernel protections (protect.c) -- */
	int protect_kernel_tunables, protect_kernel_modules;
	int protect_kernel_logs, protect_hostname;
	int protect_proc; /* enum svc_protect_proc */
	int proc_subset;  /* 1: pid */
	int private_devices;

	/* -- service directories (dirs.c) -- */
	struct service_dirs *dirs; /* NULL: none of the options set */

	/* -- credentials: LOAD_CREDENTIAL, SET_CREDENTIAL (credentials.c) -- */
	struct service_creds *credsx; /* NULL: neither set */

	/* -- credentials, capabilities, rlimits -- */
	int cap_bounding_mode; /* SVC_CAP_BOUNDING_* of init/service.h */
	uint64_t cap_bounding; /* kept (all but the listed for "~") */
	char *bounding_text;
	uint64_t cap_ambient;
	char *ambient_text;
	int new_privs_allowed; /* NO_NEW_PRIVILEGES=n */
	unsigned int securebits;
	struct parse_rlimit limits[PARSE_RLIMIT_COUNT];
	size_t nlimits;
	char *limits_text;
	unsigned long *supp; /* SUPPLEMENTARY_GROUPS, gids as given */
	size_t nsupp;

	/* -- devices and cgroup limits -- */
	char **dev_entries;	/* DEVICE_ALLOW, split at ',', trimmed */
	struct parse_dev_rule *dev_rules; /* parsed, like dev_entries */
	size_t ndev;
	int dev_policy;		/* index into svc_dev_policy_names */
	char *tasks_max;	/* pids.max contents, NULL: unset */
	char *memory_max;	/* memory.max contents, NULL: unset */
	char *cpu_max;		/* cpu.max contents, NULL: unset */

	/* -- system-call filters (seccomp.c) -- */
	struct seccomp_conf *sc; /* NULL: none of the options set */

	/* -- shutdown policy, required mounts -- */
	int may_shutdown; /* MAY_SHUTDOWN */
	size_t *mounts;	  /* REQUIRES_MOUNTS: indexes into table.mounts */
	size_t nmounts;

	/* -- runtime control (control.c) -- */
	int may_control;		/* MAY_CONTROL */
	int reload_signal; /* RELOAD_SIGNAL: enum parse_reload_signal */
	struct svc_grant_gen *control; /* CONTROL: who may, by id */
	size_t ncontrol;

	/* -- logs (logs.c) -- */
	unsigned long log_ring; /* LOG_RING bytes, 0: none */
	unsigned long log_rate_burst;
	unsigned long log_rate_interval_ms;

	/* -- start limits (startlimit.c) -- */
	unsigned int start_limit_burst;	       /* 0: no limit */
	unsigned long start_limit_interval_ms; /* 0: no limit */
	int start_limit_action;		       /* index into svc_action_names */

	/* -- process context (procctx.c) -- */
	int sigpipe_default; /* IGNORE_SIGPIPE=n */
	int oom_score_adjust_set, oom_score_adjust;
	int nice_set, nice;
	int io_class_set, io_class; /* IOPRIO_CLASS_* */
	int io_class_bad;	    /* reported: no priority check */
	int io_priority_set, io_priority;
#define CPU_RANGES_MAX 64
	unsigned int cpu_ranges[CPU_RANGES_MAX][2]; /* CPU_AFFINITY: first, last */
	size_t ncpu_ranges;
	int personality_set; /* PERSONALITY */
	unsigned long personality; /* PER_LINUX or PER_LINUX32 */
	const char *personality_name; /* systemd's name, as given */

	/* -- end of restrictions -- */
	char *workdir;
	unsigned int umask;

	char **env_words; /* ENVIRONMENT, as given */
	char *env_buf;
	size_t nenv_words;
	char **envp; /* the whole environment, built at the end */
	size_t nenvp;
	struct svc_env *envx; /* env.c: ENVIRONMENT_FILE, UNSET_ENVIRONMENT */
	struct svc_stdio_gen *stdiox; /* stdio.c: STANDARD_*, PASS_ENV.., */

	char *user_text; /* USER as given, for later messages */
	int user_ok;
	int dynamic_user; /* DYNAMIC_USER (dynuser.c) */
	int runtime_preserve; /* RUNTIME_DIRECTORY_PRESERVE (dirs.c) */
	unsigned long uid;
	const struct user *pw; /* uid's passwd entry, or NULL */
	int group_set;	       /* GROUP given (else: the user's gid) */
	unsigned long gid;
	unsigned long *groups; /* primary gid first */
	size_t ngroups;

	char *after_text; /* AFTER as given, for the cycle message */
	size_t *after;	  /* indexes into table.svcs (.config order) */
	size_t nafter;
	size_t *after_sorted; /* indexes into the sorted table */
};

/* mounts.c: INIT_MOUNTS */

struct mount_entry {
	char *source;
	char *target;
	char *fstype;
	unsigned long flags; /* MS_* */
	char *flag_names;    /* "MS_NOSUID | MS_NODEV", or "0" */
	char *data;	     /* the other options, or NULL */
};

struct table {
	struct config cfg;
	struct userdb users;
	const char *rootfs;
	struct service *svcs; /* .config order */
	size_t nsvcs;
	size_t *order;	/* order[k]: index into svcs of the k-th */
	char **modules; /* absolute paths, in load order */
	size_t nmodules;
	struct mount_entry *mounts; /* INIT_MOUNTS, in mount order */
	size_t nmounts;
	/* libcap's capability names (creds.c), index = number, NULL = gap */
	const char *cap_path;
	char **cap_names;
	size_t ncap_names;
};

void mounts_read(struct table *t);
/* rootfs.c: INIT_ROOT, INIT_OVERLAY; generated/rootfs.c */
void rootfs_read(struct table *t);
/* The filesystems, overlay and dm-verity the root needs: built into the
 * kernel of this config file (NULL: not known, no check) or modules in
 * the modules list; else a build error. After the modules are read. */
void rootfs_check_kernel(const struct table *t, const char *kconfig);
int rootfs_write(const char *dir);
int mounts_find(const struct table *t, const char *target);
/* How much of path (as a service with root, "" for none, sees it) is a
 * filesystem mounted at boot with path below it (/run of "/run/x"), so
 * the image cannot tell what is there: its length, or 0. */
size_t mounts_runtime_prefix(
	const struct table *t, const char *root, const char *path);
void mounts_free(struct table *t);

struct service *table_find(struct table *t, const char *id);
/* Where path lives inside the image: 0, or -errno (ENOENT, ELOOP, ...). */
int table_image_stat(struct table *t, const char *path, unsigned int *mode);

/* One path resolved in the image by table_image_resolve(). */
struct image_path {
	/* in: called with every directory a name is looked up in (its
	 * image path and mode), in the order the kernel would; or NULL */
	void (*dir)(void *ctx, const char *path, unsigned int mode);
	void *ctx;
	/* out */
	unsigned int mode; /* what the path resolves to (stat) */
	char *link;	   /* IMAGE_NO_SYMLINKS: the symlink met (image path) */
	char *target;	   /* ... and what it points to */
};
#define IMAGE_NO_SYMLINKS 1 /* a symlink anywhere is -ELOOP, link set */
/* Resolve path inside root (an image path, "" for the image's own root)
 * as openat2(RESOLVE_IN_ROOT) would: 0 or -errno. */
int table_image_resolve(struct table *t, const char *root, const char *path,
	int flags, struct image_path *ip);
void image_path_free(struct image_path *ip);

/* creds.c: credentials, capabilities, rlimits */

void creds_load_cap_names(struct table *t, const char *path);
/* After every option: group list, cross-option checks and warnings. */
void creds_finish(struct table *t, struct service *s);
void creds_free(struct table *t);
/* services.c fields and services.txt lines of s. */
void creds_gen_data(struct service *s, struct strbuf *sb);
void creds_gen_entry(struct service *s, struct strbuf *sb);
void creds_gen_txt(struct table *t, struct service *s, struct strbuf *sb);

/* kconfig.c / table.c / output.c: the subcommands */

int cmd_kconfig(int argc, char **argv);
/* abi.c: the target's kernel ABI numbers, from its own headers. */
int cmd_abi_source(int argc, char **argv);
/* Read the target compiler's -S output of abi-source (NULL: none, the
 * built-in asm-generic numbers stand); an error for a constant taken as
 * the same everywhere that differs on the target. */
void abi_load(const char *path);
int abi_loaded(void);
/* The target's value of a constant abi-source lists; builtin without
 * --abi. */
long abi_num(const char *name, long builtin);
void abi_free(void);
int cmd_table(int argc, char **argv);
int output_write(struct table *t, const char *dir);

/* exposure.c: scores (0..10) from .config, INIT_MAX_EXPOSURE, the report */
void exposure_check(struct table *t);
void gen_exposure_txt(struct table *t, struct strbuf *sb);
void exposure_summary(struct table *t, FILE *f);
void policy_lint(struct table *t);
/* ns.c: the namespace and filesystem options */

/* seccomp.c: the system-call filter options, compiled for the target */
int seccomp_configured(const struct service *s);
void seccomp_finish(struct table *t, struct service *s);
/* Before the output: identical filters named once (services.c). */
void seccomp_share(struct table *t);
void seccomp_gen_data(struct service *s, struct strbuf *sb);
void seccomp_gen_entry(struct service *s, struct strbuf *sb);
void seccomp_gen_txt(struct service *s, struct strbuf *sb);
void seccomp_gen_pfc(struct service *s, struct strbuf *sb);
void seccomp_free(struct service *s);
/* A filter another option implies: calls (names, @groups) fail EPERM. */
void seccomp_imply(struct service *s, const char *what, const char *calls);
void ns_free(struct service *s);
/* ns.c: MOUNT_API_VFS against ROOT_DIRECTORY, the kernel protections, the
 * service directories and credentials (after credentials_finish). */
void ns_api_vfs_finish(struct table *t, struct service *s);
/* ns.c: a path list ("-" prefixes) checked in the image; root_ok: "/" may
 * be listed.  A symlink on the way to path in the image: reported, 1. */
char **ns_path_list(struct table *t, struct service *s,
	const struct value *v, size_t *count, int root_ok);
int ns_symlink_error(struct table *t, const struct value *v,
	const char *root, const char *path, const char *word);
/* output.c: a NULL-terminated list of C strings as field of the entry. */
void gen_path_list(struct strbuf *sb, const char *field, char **paths,
	size_t n);
/* A fixed path of an option's list, a symlink in the image: an error. */
void ns_fixed_path_check(struct table *t, struct service *s,
	const struct value *v, const char *path);

/* paths.c: PROTECT_SYSTEM, PROTECT_HOME, READ_WRITE_PATHS, binds, tmpfs,
 * NO_EXEC_PATHS, EXEC_PATHS */
void paths_gen_entry(struct service *s, struct strbuf *sb);
void paths_gen_txt(struct service *s, struct strbuf *sb);
void paths_free(struct service *s);
const char *paths_covering(
	const struct service *s, const char *path, const char **what);
/* protect.c: the kernel protections; services.c fields, services.txt */
void protect_gen_entry(struct service *s, struct strbuf *sb);
void protect_gen_txt(struct service *s, struct strbuf *sb);

/* credentials.c: LOAD_CREDENTIAL, SET_CREDENTIAL.  _finish after
 * dirs_finish (checks against the other options' paths); _env: the
 * $CREDENTIALS_DIRECTORY; _gen_store: the store's table, once. */
void credentials_finish(struct table *t, struct service *s);
/* Does the service have credentials (LOAD_CREDENTIAL, SET_CREDENTIAL)? */
int credentials_any(const struct service *s);
void credentials_env(
	struct service *s, void (*set)(struct service *, const char *));
void credentials_gen_data(struct service *s, struct strbuf *sb);
void credentials_gen_entry(struct service *s, struct strbuf *sb);
void credentials_gen_txt(struct service *s, struct strbuf *sb);
void credentials_gen_store(struct strbuf *sb);
void credentials_free(struct service *s);

/* dirs.c: RUNTIME/STATE/CACHE/LOGS/CONFIGURATION_DIRECTORY */
#define DIR_TYPES 5
struct service_dirs {
	char **names[DIR_TYPES]; /* as configured, relative */
	size_t n[DIR_TYPES];
	unsigned int mode[DIR_TYPES];
	char **paths[DIR_TYPES]; /* absolute (dirs_finish) */
	char *env[DIR_TYPES];	 /* STATE_DIRECTORY=/var/lib/a:/var/lib/b */
};
void dirs_check_init(struct table *t); /* the INIT_*_DIRECTORY_BASEs */
void dirs_finish(struct table *t, struct service *s);
void dirs_env(struct service *s, void (*set)(struct service *, const char *));
void dirs_lint(struct table *t); /* across services, after every finish */
size_t dirs_count(const struct service *s);
void dirs_gen_data(struct service *s, struct strbuf *sb);
void dirs_gen_entry(struct service *s, struct strbuf *sb);
void dirs_gen_txt(struct service *s, struct strbuf *sb);
void dirs_free(struct service *s);

/* watchdog.c: INIT_WATCHDOG_* checks (table.c's check_init) */
void watchdog_check(struct table *t);

/* testhooks.c: INIT_TEST_FAIL_STEPS (tests/qemu's fault hook): the check
 * (after the services are known) and test_faults.c */
void testhooks_check(struct table *t);
void testhooks_gen(struct table *t, struct strbuf *sb);

/* control.c: INIT_CONTROL_GROUP (check_init), MAY_CONTROL, CONTROL */
struct svc_grant_gen {
	unsigned long id; /* uid, or gid with group */
	int group;
};
void control_check_init(struct table *t);
void control_gen_config(struct strbuf *sb); /* config.h's CFG_INIT_CONTROL_GID */
void control_gen_data(struct service *s, struct strbuf *sb);
void control_gen_entry(struct service *s, struct strbuf *sb);
void control_gen_txt(struct service *s, struct strbuf *sb);

/* logs.c: LOG_RING, LOG_RATE_LIMIT_*; INIT_LOG_RING_TOTAL (after every
 * service) */
void logs_check_total(struct table *t);
void logs_check_init(struct table *t); /* INIT_LOG_REMOTE */
void logs_gen_config(struct strbuf *sb); /* config.h's CFG_LOG_REMOTE_* */
void logs_gen_data(struct service *s, struct strbuf *sb);
void logs_gen_entry(struct service *s, struct strbuf *sb);
void logs_gen_txt(struct service *s, struct strbuf *sb);

/* dynuser.c: DYNAMIC_USER, users made at build time */
void dynuser_imply(struct table *t, struct service *s);
const struct user *dynuser_alloc(
	struct table *t, struct service *s, const struct value *v);
int dynuser_is(const struct user *pw);
int dynuser_write(const char *dir);
void dynuser_free(void);
void dynuser_apply(struct table *t, struct service *s, const struct value *v);

/* execcmds.c: EXEC_CONDITION, EXEC_START_PRE; checked once ROOT_DIRECTORY
 * and the user are known; services.c data and fields, services.txt */
void execcmds_finish(struct table *t, struct service *s);
void execcmds_free(struct service *s);
void execcmds_gen_data(struct service *s, struct strbuf *sb);
void execcmds_gen_entry(struct service *s, struct strbuf *sb);
void execcmds_gen_txt(struct service *s, struct strbuf *sb);
void execcmds_gen_txt_post(struct service *s, struct strbuf *sb);
/* output.c: a NULL-terminated string array svc_<id>_<what>[] */
void gen_strings(struct strbuf *sb, const char *id, const char *what,
	char **list);

/* startlimit.c: START_LIMIT_*; services.c fields, services.txt lines */
void startlimit_gen_entry(struct service *s, struct strbuf *sb);
void startlimit_gen_txt(struct service *s, struct strbuf *sb);
/* ready.c: TYPE="notify", TIMEOUT_START_MS */
/* Where PID 1 binds the notification socket (init/notify.c: the same). */
#define READY_NOTIFY_SOCKET "/run/rampart/notify"
void ready_finish(struct table *t, struct service *s,
	void (*set)(struct service *, const char *));
void ready_gen_entry(struct service *s, struct strbuf *sb);
void ready_gen_txt(struct service *s, struct strbuf *sb);
/* procctx.c: IGNORE_SIGPIPE, OOM_SCORE_ADJUST, NICE, CPU_AFFINITY,
 * IO_SCHEDULING_*; services.c data and fields, services.txt lines */
void procctx_gen_data(struct service *s, struct strbuf *sb);
void procctx_gen_entry(struct service *s, struct strbuf *sb);
void procctx_gen_txt(struct service *s, struct strbuf *sb);
/* stdio.c: STANDARD_INPUT/_OUTPUT/_ERROR, EXEC_SEARCH_PATH,
 * PASS_ENVIRONMENT.  stdio_finish: before options_check_exec (it finds
 * the program); stdio_env: PATH, after the defaults; stdio_env_check:
 * after env_finish (what PASS_ENVIRONMENT may still change). */
void stdio_finish(struct table *t, struct service *s);
/* A program named without '/', found on EXEC_SEARCH_PATH in the image:
 * the path (allocated), or NULL after an error on v. */
char *stdio_search(struct table *t, struct service *s, const struct value *v,
	const char *name);
void stdio_env(struct service *s, void (*set)(struct service *, const char *));
void stdio_env_check(struct table *t, struct service *s);
void stdio_gen_entry(struct service *s, struct strbuf *sb);
void stdio_gen_txt(struct service *s, struct strbuf *sb);
void stdio_free(struct service *s);

#endif
