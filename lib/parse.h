/* parse.h - value parsers shared by rampart-gen (host) and PID 1 (target). */
#ifndef RAMPART_PARSE_H
#define RAMPART_PARSE_H

#include <stddef.h>
#include <sys/types.h>

/*
 * Every parser returns 0 on success, or a negative errno (-EINVAL for a
 * malformed value, -ERANGE for a number out of range, -ENAMETOOLONG for a
 * value that is too long) and writes one line saying what is wrong into
 * err[errlen]: lower case, no trailing period, without repeating the value
 * (the caller prints it: `SYMBOL="value": <err>`).  err may be NULL.
 * Nothing here allocates, so PID 1 may use any of it.
 */

#define PARSE_ERR_MAX 160   /* a comfortable size for err */

/* Every parser's way to fail: writes the reason (a printf format) into err
 * when err is given, returns code (a -errno). */
__attribute__((format(printf, 4, 5))) int parse_fail(
	char *err, size_t errlen, int code, const char *fmt, ...);
#define PARSE_PATH_MAX 4096 /* PATH_MAX, including the final NUL */

/* s with its C escapes resolved (those of $'...' in parse_words: \n \t
 * \\ \NNN \xHH ...) into buf (strlen(s) bytes suffice; not terminated),
 * *len bytes; a NUL byte or an unknown escape is an error. */
int parse_c_text(const char *s, char *buf, size_t *len, char *err,
	size_t errlen);

/*
 * parse_words - split s into words with shell-like quoting, no shell.
 *
 * Words are separated by blanks (space, tab, newline).  'single quotes'
 * keep everything literally; "double quotes" keep everything except the
 * escapes \\ \" \$ \` (any other backslash stays as it is, as in sh); a
 * backslash outside quotes keeps the next character literally.  Shell
 * syntax that would silently mean something else without a shell is an
 * error: | & ; < > ( ) $ ` must be quoted, and $ ` escaped in "".
 *
 * buf receives the unquoted words and must hold strlen(s) + 1 bytes.
 * words must hold parse_words_max(s) pointers; it is NULL-terminated and
 * *nwords receives the count (0 for a blank s).
 */
size_t parse_words_max(const char *s);
int parse_words(const char *s, char *buf, char **words, size_t *nwords,
	char *err, size_t errlen);

/* parse_commands - parse_words() where a word that is a lone unquoted ';'
 * separates commands (systemd's ExecStartPre= syntax): it is the word
 * ";" with sep[i] = 1 (a quoted ';' is a word with sep[i] = 0).  sep must
 * hold parse_words_max(s) entries. */
int parse_commands(const char *s, char *buf, char **words, unsigned char *sep,
	size_t *nwords, char *err, size_t errlen);

/* parse_argv - parse_words() that refuses an empty command line. */
int parse_argv(const char *s, char *buf, char **argv, size_t *argc, char *err,
	size_t errlen);

/* parse_env - check one environment entry: [A-Za-z_][A-Za-z0-9_]*=value */
int parse_env(const char *entry, char *err, size_t errlen);

/* parse_svc_id - check a service id: [a-z][a-z0-9_]{0,30}. */
#define PARSE_SVC_ID_MAX 31
int parse_svc_id(const char *id, char *err, size_t errlen);

/*
 * parse_path - check an absolute, normalized path: starts with '/', no
 * empty, "." or ".." component, no component that starts or ends with a
 * space, no trailing '/' (except "/" itself), no control character,
 * shorter than PARSE_PATH_MAX.
 */
int parse_path(const char *path, char *err, size_t errlen);

/* parse_uint - unsigned decimal in [min, max], no sign, no blanks. */
int parse_uint(const char *s, unsigned long long min, unsigned long long max,
	unsigned long long *out, char *err, size_t errlen);

/* parse_umask - 1 to 4 octal digits, at most 0777 ("0022", "027"). */
int parse_umask(const char *s, mode_t *out, char *err, size_t errlen);

/*
 * parse_hostname - 1 to 64 characters, dot-separated labels of 1 to 63
 * letters, digits and '-', no label starting or ending with '-'.
 */
#define PARSE_HOSTNAME_MAX 64
int parse_hostname(const char *s, char *err, size_t errlen);

/* parse_module - kernel module name: [A-Za-z0-9_-]{1,55} (MODULE_NAME_LEN). */
#define PARSE_MODULE_MAX 55
int parse_module(const char *s, char *err, size_t errlen);

/*
 * parse_choice - s must equal one of the NULL-terminated names; *out
 * receives its index.  The error lists the allowed names.
 */
int parse_choice(const char *s, const char *const *names, int *out, char *err,
	size_t errlen);

/*
 * parse_kconfig_string - a Kconfig string literal "..." (as written in
 * .config, where \" and \\ escape) to its raw text in out, which must hold
 * strlen(s) + 1 bytes.  If end is NULL nothing may follow the closing quote;
 * otherwise *end points just after it.
 */
int parse_kconfig_string(
	const char *s, char *out, const char **end, char *err, size_t errlen);

/* -- devices and cgroup limits -- */

/*
 * parse_dev_rule - one DEVICE_ALLOW entry (systemd's DeviceAllow=):
 *   /dev/PATH [ACCESS]        a node, resolved with stat when the service
 *                             starts (the build checks only the syntax)
 *   char-NAME [ACCESS]        every major /proc/devices lists as NAME
 *   block-NAME [ACCESS]       (resolved when the service starts)
 *   c|b MAJOR:MINOR [ACCESS]  numbers, '*' for any; major <= 4095,
 *                             minor <= 1048575 (the kernel's dev_t)
 * ACCESS is one or more of r (read), w (write), m (mknod), each at most
 * once; omitted means rwm, as in systemd.  Blanks separate the words.
 * The access bits are the kernel's BPF_DEVCG_ACC_* values.
 */
#define PARSE_DEV_M 1 /* BPF_DEVCG_ACC_MKNOD */
#define PARSE_DEV_R 2 /* BPF_DEVCG_ACC_READ */
#define PARSE_DEV_W 4 /* BPF_DEVCG_ACC_WRITE */
#define PARSE_DEV_ANY (-1L)
#define PARSE_DEV_MAJOR_MAX 4095L
#define PARSE_DEV_MINOR_MAX 1048575L
#define PARSE_DEV_CLASS_MAX 63

enum parse_dev_kind { PARSE_DEV_PATH, PARSE_DEV_CLASS, PARSE_DEV_NUMBER };

struct parse_dev_rule {
	int kind;	     /* enum parse_dev_kind */
	char type;	     /* 'c' or 'b'; 0 for a path (stat decides) */
	long major, minor;   /* NUMBER only; PARSE_DEV_ANY for '*' */
	unsigned int access; /* PARSE_DEV_R | PARSE_DEV_W | PARSE_DEV_M */
	size_t name, name_len; /* PATH, CLASS: where the name is in entry */
	int optional; /* implied by another option: a CLASS that may be absent */
};

int parse_dev_rule(const char *entry, struct parse_dev_rule *rule, char *err,
	size_t errlen);

/*
 * format_dev_v1_line - one resolved rule as a line for the cgroup-v1
 * devices controller's devices.allow (INIT_CGROUP_V1_DEVICES): "c 1:3 rw",
 * "b 7:* r", "c *:* m".  type is 'c' or 'b'; major and minor are numbers
 * in the dev_t ranges above or PARSE_DEV_ANY; access is a non-empty set
 * of PARSE_DEV_* bits, written in the kernel's order r, w, m.  Writes a
 * NUL-terminated line without '\n' (the kernel takes one rule per write)
 * and returns its length, or -EINVAL for a value the kernel would not
 * take as meant, or -ENAMETOOLONG when size is too small (32 always
 * fits).  No stdio: PID 1 calls it.
 */
#define FORMAT_DEV_V1_LINE_MAX 32
int format_dev_v1_line(char *buf, size_t size, char type, long major,
	long minor, unsigned int access);

/*
 * parse_bytes - a size as systemd writes it: decimal bytes with an
 * optional K, M, G or T suffix (powers of 1024), at least 1.
 */
int parse_bytes(const char *s, unsigned long long *out, char *err,
	size_t errlen);

/*
 * The signals a service may be reloaded with (RELOAD_SIGNAL), by index:
 * the generator writes the index, PID 1 maps it to its target's number
 * (signal numbers differ between architectures: mipsel's SIGUSR1 is 16).
 * parse_reload_signal_names[i] is "SIGHUP" ... ; NULL-terminated.
 */
enum parse_reload_signal {
	PARSE_SIG_HUP,
	PARSE_SIG_INT,
	PARSE_SIG_QUIT,
	PARSE_SIG_USR1,
	PARSE_SIG_USR2,
	PARSE_SIG_ALRM,
	PARSE_SIG_TERM,
	PARSE_SIG_WINCH,
	PARSE_SIG_PWR,
	PARSE_SIG_COUNT
};
extern const char *const parse_reload_signal_names[PARSE_SIG_COUNT + 1];

/* parse_percent - "N%" with N in [min, max]. */
int parse_percent(const char *s, unsigned long min, unsigned long max,
	unsigned long *out, char *err, size_t errlen);

#endif
