/*
 * seccomp.c - rampart-gen: the system-call filter options (SYSTEM_CALL_*
 * and the options systemd builds on seccomp), compiled here, with the
 * build host's libseccomp, into BPF for the target architecture.
 *
 * PID 1 links no seccomp library and parses nothing: each service gets
 * constant arrays of BPF instructions (services.c) that its child installs
 * as the last step before execve (init/seccomp.c).  One filter per option,
 * as systemd does: the kernel runs every filter of a process and takes
 * the strictest answer, so the options compose without knowing of each
 * other.  Every filter kills a call of another ABI than the ones in
 * SYSTEM_CALL_ARCHITECTURES ("native", the target's own, by default).
 */
#define _GNU_SOURCE /* memfd_create */
#include "gen.h"
#include "seccomp_data.h"

#include <errno.h>
#include <seccomp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* Kernel ABI values the rules test, the same on every target here
 * (abi.c checks each against the target's headers). */
#define K_PROT_WRITE 0x2
#define K_PROT_EXEC 0x4
#define K_SHM_EXEC 0100000
#define K_S_ISUID 04000
#define K_S_ISGID 02000
/* Values that differ per architecture: the target's headers' (abi.c,
 * --abi), else asm-generic's, which only targets that use asm-generic's
 * numbers may go without (target_arch). */
#define K_O_CREAT abi_num("O_CREAT", 0100) /* MIPS: 0400 */
/* O_TMPFILE is __O_TMPFILE | O_DIRECTORY, and O_DIRECTORY differs: */
#define K_O_TMPFILE_X86 020200000 /* x86: O_DIRECTORY 0200000 */
#define K_O_TMPFILE_ARM 020040000 /* arm, arm64: O_DIRECTORY 040000 */
#define K_SCHED_RESET_ON_FORK 0x40000000
#define K_SCHED_IDLE 5
#define K_PER_LINUX 0
#define K_CAP_SYS_ADMIN 21
#define K_CAP_SYS_TIME 25
#define K_CAP_WAKE_ALARM 35
#define K_EAFNOSUPPORT errno_by_name("EAFNOSUPPORT") /* MIPS: 124 */
#define K_EPERM errno_by_name("EPERM")
#define K_ENOSYS errno_by_name("ENOSYS") /* MIPS: 89 */
#define BPF_INSNS_MAX 4096  /* BPF_MAXINSNS: one filter */
#define BPF_PATH_MAX 32768  /* MAX_INSNS_PER_PATH: all, 4 more each */

enum { LIST_NONE, LIST_ALLOW, LIST_DENY };

struct sc_call {
	char *name;
	int err;  /* an entry's own ":ERRNO", or -1 */
	int here; /* a call of the target (or an added ABI): in the filter */
};

struct sc_bpf {
	const char *what; /* the option it enforces */
	unsigned char *insns; /* struct sock_filter, the host's layout */
	size_t len;	      /* instructions */
	char *pfc;	      /* libseccomp's pseudo-code, for make policy */
	char *name;	      /* its array in services.c, maybe an earlier
			       * service's with the same instructions */
	int shared;	      /* name is another service's array */
};

struct seccomp_conf {
	int filter_mode; /* SYSTEM_CALL_FILTER */
	char *filter_text;
	struct sc_call *calls;
	size_t ncalls;
	size_t nskipped; /* names not on the target, left out */
	int err;	 /* SYSTEM_CALL_ERROR_NUMBER: -1 kill */
	int log_mode;	 /* SYSTEM_CALL_LOG */
	struct sc_call *log;
	size_t nlog;
	uint32_t archs[4]; /* the target's first */
	size_t narchs;
	char *arch_text;
	int af_mode; /* RESTRICT_ADDRESS_FAMILIES; LIST_ALLOW + 0 = none */
	int afs[64];
	size_t nafs;
	char *af_text;
	int ns_set;		  /* RESTRICT_NAMESPACES */
	unsigned long ns_denied;  /* CLONE_NEW* flags */
	char *ns_text;
	int personality, mdwe, realtime, suid_sgid, clock;
	/* filters other options imply (protect.c: PROTECT_KERNEL_MODULES
	 * denies @module, ...): calls denied with EPERM, as in systemd */
	struct sc_implied {
		const char *what; /* the filter's name: the option */
		const char *calls; /* names and @groups, space-separated */
	} implied[8];
	size_t nimplied;
	struct sc_bpf *bpf;
	size_t nbpf;
};

static struct seccomp_conf *conf(struct service *s)
{
	if (!s->sc)
		s->sc = xcalloc(1, sizeof(*s->sc));
	return s->sc;
}

static int is_yes(const struct value *v)
{
	return !strcmp(v->text, "y");
}

/* -- the target -- */

struct arch_name {
	const char *systemd;  /* SystemCallArchitectures= spelling */
	const char *target;   /* TARGET_ARCH spelling, or NULL */
	uint32_t token;
	const char *runs_on;  /* targets whose kernels run it */
};

static const struct arch_name arch_names[] = {
	{"x86-64", "x86_64", SCMP_ARCH_X86_64, "x86_64"},
	{"x86", NULL, SCMP_ARCH_X86, "x86_64"},
	{"x32", NULL, SCMP_ARCH_X32, "x86_64"},
	{"arm64", "aarch64", SCMP_ARCH_AARCH64, "aarch64"},
	{"arm", "arm", SCMP_ARCH_ARM, "arm aarch64"},
	/* its errno and O_CREAT numbers are not asm-generic's: only with
	 * the target's own (--abi) */
	{"mips-le", "mipsel", SCMP_ARCH_MIPSEL, "mipsel"},
};
#define NARCH_NAMES (sizeof(arch_names) / sizeof(arch_names[0]))

/* TARGET_ARCH as a libseccomp token: 0 unknown, reported once. */
static uint32_t target_arch(struct table *t, const char **name)
{
	const struct sym *sym = config_get(&t->cfg, "TARGET_ARCH");
	static int said;
	size_t i;

	*name = sym ? sym->value : "";
	for (i = 0; i < NARCH_NAMES; i++) {
		if (!arch_names[i].target || strcmp(*name, arch_names[i].target))
			continue;
		if (arch_names[i].token == SCMP_ARCH_MIPSEL && !abi_loaded()) {
			if (!said++)
				gen_error("TARGET_ARCH=\"%s\": its errno and O_* numbers differ from the build host's, and no --abi gave the target's (the Makefile does)",
					*name);
			return 0;
		}
		return arch_names[i].token;
	}
	if (!said++)
		gen_error("TARGET_ARCH=\"%s\": not an architecture the system-call filters know (x86_64, aarch64, arm, mipsel); it comes from the target board",
			*name);
	return 0;
}

/* -- names -- */

/* The closest group or group member to name, for "did you mean". */
static const char *suggest(const char *name)
{
	const char *best = NULL, *m;
	unsigned int d, bestd = 3;
	unsigned int g, k;

	for (g = 0; g < syscall_ngroups; g++) {
		d = edit_distance(name, syscall_groups[g].name);
		if (d < bestd)
			bestd = d, best = syscall_groups[g].name;
		for (k = 0; (m = syscall_groups[g].members[k]); k++) {
			d = edit_distance(name, m);
			if (d < bestd)
				bestd = d, best = m;
		}
	}
	return best;
}

/* "EPERM" or a number 1..4094 (libseccomp's bound: 4095 is -1 to it). */
static int parse_errno(const char *s)
{
	char *end;
	long n;

	if (*s >= '0' && *s <= '9') {
		errno = 0;
		n = strtol(s, &end, 10);
		if (*end || errno || n < 1 || n > 4094 || (*s == '0'))
			return -1;
		return (int)n;
	}
	return errno_by_name(s);
}

/* The closest errno name to s (EPRM: EPERM), or NULL: for the message. */
static const char *suggest_errno(const char *s)
{
	const char *best = NULL, *m;
	unsigned int d, bestd = 3, i;

	for (i = 0; (m = errno_name_at(i)); i++) {
		d = edit_distance(s, m);
		if (d < bestd)
			bestd = d, best = m;
	}
	return best;
}

/* An entry's action "kill" (systemd's ~NAME:kill), beside errno values. */
#define SC_ERR_KILL 0x10000

static int call_known(const char *name)
{
	return seccomp_syscall_resolve_name(name) != __NR_SCMP_ERROR;
}

static void calls_add(struct sc_call **calls, size_t *n, const char *name,
	int err)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (!strcmp((*calls)[i].name, name)) {
			if (err >= 0)
				(*calls)[i].err = err;
			return;
		}
	*calls = xrealloc(*calls, (*n + 1) * sizeof(**calls));
	(*calls)[*n].name = xstrdup(name);
	(*calls)[*n].err = err;
	(*n)++;
}

/* A group, recursively: members systemd lists that this libseccomp does
 * not know (calls newer than it) are left out here, like calls missing on
 * the target, and counted in the build log. */
static void group_add(struct sc_call **calls, size_t *n, size_t *unknown,
	const struct syscall_group *g, int err, unsigned int depth)
{
	const struct syscall_group *sub;
	const char *m;
	size_t k;

	for (k = 0; (m = g->members[k]); k++) {
		if (m[0] == '@') {
			sub = syscall_group_find(m);
			if (sub && depth < 8)
				group_add(calls, n, unknown, sub, err, depth + 1);
		} else if (call_known(m)) {
			calls_add(calls, n, m, err);
		} else {
			(*unknown)++;
		}
	}
}

/*
 * A list of call and @group names, "~" first for a deny-list; in a
 * deny-list an entry may end in ":ERRNO".  The words go into *calls,
 * groups expanded.
 */
static int parse_call_list(const struct value *v, int allow_errno,
	struct sc_call **calls, size_t *n)
{
	const struct syscall_group *g;
	const char *text = v->text, *hint;
	char *buf, **words, *colon;
	size_t nw, i, unknown = 0;
	int mode = LIST_ALLOW, err;
	struct value sub = *v;

	while (*text == ' ' || *text == '\t')
		text++;
	if (!*text)
		return LIST_NONE;
	if (*text == '~') {
		mode = LIST_DENY;
		text++;
	}
	sub.text = text;
	words = split_words(&sub, &buf, &nw);
	if (!words)
		return LIST_NONE;
	if (!nw)
		value_error(v, "\"~\" needs the names it denies");
	for (i = 0; i < nw; i++) {
		err = -1;
		colon = strchr(words[i], ':');
		if (colon) {
			*colon = '\0';
			if (mode != LIST_DENY || !allow_errno) {
				value_error(v,
					"\"%s:%s\": an errno per entry is only for a deny-list (\"~...\")",
					words[i], colon + 1);
				continue;
			}
			/* systemd's ":kill": this call kills, whatever
			 * SYSTEM_CALL_ERROR_NUMBER makes the others do */
			err = !strcmp(colon + 1, "kill") ? SC_ERR_KILL :
							    parse_errno(colon + 1);
			if (err < 0) {
				hint = suggest_errno(colon + 1);
				value_error(v,
					"\"%s\": not \"kill\", an errno name (EPERM, EACCES, ...) nor a number 1-4094%s%s%s",
					colon + 1, hint ? " (did you mean " : "",
					hint ? hint : "", hint ? "?)" : "");
				continue;
			}
		}
		if (words[i][0] == '~') {
			value_error(v,
				"\"%s\": \"~\" goes once, before the first name, and makes the whole list a deny-list",
				words[i]);
			continue;
		}
		if (words[i][0] == '@') {
			g = syscall_group_find(words[i]);
			if (!g) {
				hint = suggest(words[i]);
				value_error(v, "%s: no such group%s%s%s",
					words[i], hint ? " (did you mean " : "",
					hint ? hint : "", hint ? "?)" : "");
				continue;
			}
			group_add(calls, n, &unknown, g, err, 0);
			continue;
		}
		if (!call_known(words[i])) {
			hint = suggest(words[i]);
			value_error(v,
				"%s: no such system call on any architecture%s%s%s",
				words[i], hint ? " (did you mean " : "",
				hint ? hint : "", hint ? "?)" : "");
			continue;
		}
		calls_add(calls, n, words[i], err);
	}
	free(words);
	free(buf);
	return mode;
}

/* -- the options -- */

static void apply_filter(
	struct table *t, struct service *s, const struct value *v)
{
	struct seccomp_conf *c = conf(s);

	(void)t;
	c->filter_text = xstrdup(v->text);
	c->filter_mode = parse_call_list(v, 1, &c->calls, &c->ncalls);
}

static void apply_error_number(
	struct table *t, struct service *s, const struct value *v)
{
	struct seccomp_conf *c = conf(s);
	const char *hint;

	(void)t;
	c->err = -1;
	if (!v->text[0] || !strcmp(v->text, "kill"))
		return;
	c->err = parse_errno(v->text);
	hint = c->err < 0 ? suggest_errno(v->text) : NULL;
	if (c->err < 0)
		value_error(v,
			"not \"kill\", an errno name (EPERM, EACCES, ...) nor a number 1-4094%s%s%s",
			hint ? " (did you mean " : "", hint ? hint : "",
			hint ? "?)" : "");
}

static void apply_log(struct table *t, struct service *s, const struct value *v)
{
	struct seccomp_conf *c = conf(s);

	(void)t;
	c->log_mode = parse_call_list(v, 0, &c->log, &c->nlog);
}

static void apply_archs(
	struct table *t, struct service *s, const struct value *v)
{
	struct seccomp_conf *c = conf(s);
	const char *tname;
	char *buf, **words;
	size_t nw, i, k, j;
	uint32_t tok;

	c->arch_text = xstrdup(v->text);
	words = split_words(v, &buf, &nw);
	if (!words)
		return;
	for (i = 0; i < nw; i++) {
		if (!strcmp(words[i], "native"))
			continue;
		for (k = 0; k < NARCH_NAMES; k++)
			if (!strcmp(words[i], arch_names[k].systemd))
				break;
		if (k == NARCH_NAMES) {
			value_error(v,
				"%s: not an architecture (native, x86-64, x86, x32, arm64, arm, mips-le)",
				words[i]);
			continue;
		}
		tok = target_arch(t, &tname);
		if (!tok)
			continue;
		if (!strstr(arch_names[k].runs_on, tname)) {
			value_error(v,
				"%s: the %s kernel does not run programs of that architecture",
				words[i], tname);
			continue;
		}
		if (tok == arch_names[k].token)
			continue; /* the target's own: native */
		for (j = 0; j < c->narchs && c->archs[j] != arch_names[k].token; j++)
			;
		if (j == c->narchs && c->narchs < 4)
			c->archs[c->narchs++] = arch_names[k].token;
	}
	free(words);
	free(buf);
}

static void apply_address_families(
	struct table *t, struct service *s, const struct value *v)
{
	struct seccomp_conf *c = conf(s);
	const char *text = v->text;
	char *buf, **words;
	struct value sub = *v;
	size_t nw, i, k;
	int af;

	(void)t;
	c->af_text = xstrdup(v->text);
	if (!text[0])
		return;
	if (!strcmp(text, "none")) {
		c->af_mode = LIST_ALLOW; /* nothing allowed */
		return;
	}
	c->af_mode = LIST_ALLOW;
	if (*text == '~') {
		c->af_mode = LIST_DENY;
		text++;
	}
	sub.text = text;
	words = split_words(&sub, &buf, &nw);
	if (!words)
		return;
	if (!nw)
		value_error(v, "\"~\" needs the families it denies");
	for (i = 0; i < nw; i++) {
		af = af_by_name(words[i]);
		if (af < 0 || af >= 64) {
			value_error(v,
				"%s: not an address family (AF_UNIX, AF_INET, AF_INET6, AF_NETLINK, AF_PACKET, ...)%s",
				words[i], strcmp(words[i], "none") ? "" :
				" (\"none\" goes alone)");
			continue;
		}
		for (k = 0; k < c->nafs && c->afs[k] != af; k++)
			;
		if (k == c->nafs)
			c->afs[c->nafs++] = af;
	}
	free(words);
	free(buf);
}

static void apply_namespaces(
	struct table *t, struct service *s, const struct value *v)
{
	struct seccomp_conf *c = conf(s);
	const unsigned long all = NS_FLAGS_ALL;
	unsigned long listed = 0, f;
	const char *text = v->text;
	char *buf, **words;
	struct value sub = *v;
	size_t nw, i;
	int deny = 0;

	(void)t;
	c->ns_text = xstrdup(v->text);
	if (!text[0])
		return;
	c->ns_set = 1;
	if (!strcmp(text, "none")) {
		c->ns_denied = all;
		return;
	}
	if (*text == '~') {
		deny = 1;
		text++;
	}
	sub.text = text;
	words = split_words(&sub, &buf, &nw);
	if (!words)
		return;
	if (!nw)
		value_error(v, "\"~\" needs the namespace types it denies");
	for (i = 0; i < nw; i++) {
		f = ns_flag_by_name(words[i]);
		if (!f)
			value_error(v,
				"%s: not a namespace type (cgroup ipc mnt net pid time user uts, or \"none\" alone)",
				words[i]);
		listed |= f;
	}
	c->ns_denied = deny ? listed : all & ~listed;
	free(words);
	free(buf);
}

static void apply_personality(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	conf(s)->personality = is_yes(v);
}

static void apply_mdwe(struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	conf(s)->mdwe = is_yes(v);
}

static void apply_realtime(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	conf(s)->realtime = is_yes(v);
}

static void apply_suid_sgid(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	conf(s)->suid_sgid = is_yes(v);
}

/* PROTECT_CLOCK drops CAP_SYS_TIME and CAP_WAKE_ALARM here (the
 * credential options came first); the device rule is added at the end. */
static void apply_clock(
	struct table *t, struct service *s, const struct value *v)
{
	const uint64_t caps = 1ULL << K_CAP_SYS_TIME | 1ULL << K_CAP_WAKE_ALARM;

	(void)t;
	conf(s)->clock = is_yes(v);
	if (!s->sc->clock)
		return;
	if (s->cap_ambient & caps)
		value_error(v,
			"drops CAP_SYS_TIME and CAP_WAKE_ALARM, which %s_AMBIENT_CAPABILITIES keeps",
			s->stem);
	if (s->cap_bounding_mode == 0) { /* unchanged: all but these */
		s->cap_bounding_mode = 2;
		s->cap_bounding = ~0ULL;
	}
	s->cap_bounding &= ~caps;
}

/* An option of another family implies a filter: calls (names and
 * @groups) fail with EPERM, one filter per option as systemd installs
 * them.  what names the filter in services.txt and seccomp.txt. */
void seccomp_imply(struct service *s, const char *what, const char *calls)
{
	struct seccomp_conf *c = conf(s);

	if (c->nimplied == sizeof(c->implied) / sizeof(c->implied[0]))
		gen_fatal("%s: more implied system-call filters than room for them",
			s->stem);
	c->implied[c->nimplied].what = what;
	c->implied[c->nimplied].calls = calls;
	c->nimplied++;
}

/* -- compiling -- */

int seccomp_configured(const struct service *s)
{
	const struct seccomp_conf *c = s->sc;

	return c && (c->filter_mode || c->log_mode || c->af_mode ||
			    c->ns_set || c->personality || c->mdwe ||
			    c->realtime || c->suid_sgid || c->clock ||
			    c->nimplied ||
			    (c->arch_text && c->arch_text[0]));
}

static scmp_filter_ctx ctx_new(struct service *s, uint32_t target,
	uint32_t def)
{
	struct seccomp_conf *c = s->sc;
	scmp_filter_ctx ctx = seccomp_init(def);
	size_t i;

	if (!ctx)
		gen_fatal("libseccomp: cannot make a filter");
	if (seccomp_arch_native() != target) {
		if (seccomp_arch_add(ctx, target) ||
			seccomp_arch_remove(ctx, SCMP_ARCH_NATIVE))
			gen_fatal("libseccomp: cannot make a filter for the target");
	}
	for (i = 0; i < c->narchs; i++)
		if (seccomp_arch_add(ctx, c->archs[i]))
			gen_fatal("libseccomp: cannot add an architecture");
	/* A call of any other ABI ends the process (x86_64: also x32). */
	if (seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS) ||
		seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0) ||
		seccomp_attr_set(ctx, SCMP_FLTATR_CTL_OPTIMIZE, 2))
		gen_fatal("libseccomp: cannot set the filter's attributes");
	return ctx;
}

/* Is name a call on the target or an added architecture? */
static int on_target(struct service *s, uint32_t target, const char *name)
{
	size_t i;

	if (seccomp_syscall_resolve_name_arch(target, name) >= 0)
		return 1;
	for (i = 0; i < s->sc->narchs; i++)
		if (seccomp_syscall_resolve_name_arch(s->sc->archs[i], name) >= 0)
			return 1;
	return 0;
}

/* One rule; a call the target does not have is no rule (0). */
static int rule(struct service *s, uint32_t target, scmp_filter_ctx ctx,
	uint32_t act, const char *name, unsigned int n,
	const struct scmp_arg_cmp *cmp)
{
	int nr, r;

	if (!on_target(s, target, name))
		return 0;
	nr = seccomp_syscall_resolve_name(name);
	r = seccomp_rule_add_array(ctx, act, nr, n, cmp);
	if (r < 0)
		gen_error("%s: libseccomp refused the rule for %s: %s", s->stem,
			name, strerror(-r));
	return r;
}

#define RULE(act, name, ...)                                                   \
	do {                                                                   \
		const struct scmp_arg_cmp cmp_[] = {__VA_ARGS__};              \
		rule(s, target, ctx, act, name,                                \
			sizeof(cmp_) / sizeof(cmp_[0]), cmp_);                 \
	} while (0)
#define RULE0(act, name) rule(s, target, ctx, act, name, 0, NULL)

static void bpf_export(struct service *s, scmp_filter_ctx ctx, const char *what)
{
	struct seccomp_conf *c = s->sc;
	struct sc_bpf *b;
	char *data;
	size_t len;
	int fd, r;

	c->bpf = xrealloc(c->bpf, (c->nbpf + 1) * sizeof(*c->bpf));
	b = &c->bpf[c->nbpf++];
	memset(b, 0, sizeof(*b));
	b->what = what;
	fd = memfd_create("bpf", 0);
	if (fd < 0 || (r = seccomp_export_bpf(ctx, fd)) < 0)
		gen_fatal("libseccomp: cannot export the filter: %s",
			strerror(errno));
	len = (size_t)lseek(fd, 0, SEEK_CUR);
	b->insns = xmalloc(len ? len : 1);
	if (pread(fd, b->insns, len, 0) != (ssize_t)len)
		gen_fatal("cannot read back the filter: %s", strerror(errno));
	close(fd);
	b->len = len / 8;
	fd = memfd_create("pfc", 0);
	if (fd < 0 || seccomp_export_pfc(ctx, fd) < 0)
		gen_fatal("libseccomp: cannot print the filter");
	len = (size_t)lseek(fd, 0, SEEK_CUR);
	data = xmalloc(len + 1);
	if (pread(fd, data, len, 0) != (ssize_t)len)
		gen_fatal("cannot read back the filter: %s", strerror(errno));
	data[len] = '\0';
	b->pfc = data;
	close(fd);
	if (b->len > BPF_INSNS_MAX)
		gen_error("%s: the %s filter has %zu instructions, the kernel takes at most %d in one",
			s->stem, what, b->len, BPF_INSNS_MAX);
	seccomp_release(ctx);
}

static void compile_filter(struct service *s, uint32_t target)
{
	struct seccomp_conf *c = s->sc;
	uint32_t deny = c->err < 0 ? SCMP_ACT_KILL_PROCESS : SCMP_ACT_ERRNO((uint32_t)c->err);
	const struct syscall_group *def = syscall_group_find("@default");
	scmp_filter_ctx ctx;
	size_t i, unknown = 0;

	if (c->filter_mode == LIST_ALLOW) {
		/* As systemd: what every program needs to start and end
		 * (execve, exit, rt_sigreturn, ...) is always allowed. */
		if (def)
			group_add(&c->calls, &c->ncalls, &unknown, def, -1, 0);
		ctx = ctx_new(s, target, deny);
		for (i = 0; i < c->ncalls; i++) {
			c->calls[i].here = on_target(s, target, c->calls[i].name);
			c->nskipped += !c->calls[i].here;
			RULE0(SCMP_ACT_ALLOW, c->calls[i].name);
		}
	} else {
		ctx = ctx_new(s, target, SCMP_ACT_ALLOW);
		for (i = 0; i < c->ncalls; i++) {
			c->calls[i].here = on_target(s, target, c->calls[i].name);
			c->nskipped += !c->calls[i].here;
			RULE0(c->calls[i].err == SC_ERR_KILL ?
				      SCMP_ACT_KILL_PROCESS :
				      c->calls[i].err >= 0 ?
				      SCMP_ACT_ERRNO((uint32_t)c->calls[i].err) :
				      deny,
				c->calls[i].name);
		}
	}
	bpf_export(s, ctx, "system-call-filter");
}

static void compile_log(struct service *s, uint32_t target)
{
	struct seccomp_conf *c = s->sc;
	int allow = c->log_mode == LIST_ALLOW;
	scmp_filter_ctx ctx;
	size_t i;

	/* An allow-list names what is logged; "~" what is not. */
	ctx = ctx_new(s, target, allow ? SCMP_ACT_ALLOW : SCMP_ACT_LOG);
	for (i = 0; i < c->nlog; i++) {
		c->log[i].here = on_target(s, target, c->log[i].name);
		RULE0(allow ? SCMP_ACT_LOG : SCMP_ACT_ALLOW, c->log[i].name);
	}
	bpf_export(s, ctx, "system-call-log");
}

/* socket(2) of a family not allowed: EAFNOSUPPORT, as for a family the
 * kernel lacks.  socketpair needs no rule: only AF_UNIX has pairs. */
static void compile_families(struct service *s, uint32_t target)
{
	struct seccomp_conf *c = s->sc;
	const uint32_t act = SCMP_ACT_ERRNO(K_EAFNOSUPPORT);
	scmp_filter_ctx ctx = ctx_new(s, target, SCMP_ACT_ALLOW);
	int af, max = -1;
	size_t k;

	if (c->af_mode == LIST_DENY) {
		for (k = 0; k < c->nafs; k++)
			RULE(act, "socket",
				SCMP_A0(SCMP_CMP_EQ, (scmp_datum_t)c->afs[k]));
	} else if (!c->nafs) {
		RULE0(act, "socket"); /* "none" */
	} else {
		for (k = 0; k < c->nafs; k++)
			if (c->afs[k] > max)
				max = c->afs[k];
		for (af = 0; af <= max; af++) {
			for (k = 0; k < c->nafs && c->afs[k] != af; k++)
				;
			if (k == c->nafs)
				RULE(act, "socket",
					SCMP_A0(SCMP_CMP_EQ, (scmp_datum_t)af));
		}
		/* every family above the highest allowed, those to come */
		RULE(act, "socket", SCMP_A0(SCMP_CMP_GT, (scmp_datum_t)max));
	}
	bpf_export(s, ctx, "restrict-address-families");
}

/* unshare, clone and setns asking for a denied type: EPERM.  clone3
 * keeps its flags in memory a filter cannot read: ENOSYS, so libc falls
 * back to clone, which is checked. */
static void compile_namespaces(struct service *s, uint32_t target)
{
	struct seccomp_conf *c = s->sc;
	const uint32_t act = SCMP_ACT_ERRNO(K_EPERM);
	scmp_filter_ctx ctx = ctx_new(s, target, SCMP_ACT_ALLOW);
	unsigned long f;
	const char *name;
	size_t i;

	for (i = 0; (name = ns_name_at(i)); i++) {
		f = ns_flag_by_name(name);
		if (!(c->ns_denied & f))
			continue;
		RULE(act, "unshare", SCMP_A0(SCMP_CMP_MASKED_EQ, f, f));
		RULE(act, "clone", SCMP_A0(SCMP_CMP_MASKED_EQ, f, f));
		RULE(act, "setns", SCMP_A1(SCMP_CMP_MASKED_EQ, f, f));
	}
	/* setns(fd, 0) joins whatever fd is: only when every type is
	 * allowed. */
	if (c->ns_denied)
		RULE(act, "setns", SCMP_A1(SCMP_CMP_EQ, 0));
	if (c->ns_denied)
		RULE0(SCMP_ACT_ERRNO(K_ENOSYS), "clone3");
	bpf_export(s, ctx, "restrict-namespaces");
}

/* personality(2): only PER_LINUX, or PERSONALITY's domain, as systemd
 * (which locks the current one: PER_LINUX unless Personality= is set):
 * the query 0xffffffff is refused as well, as there. */
static void compile_personality(struct service *s, uint32_t target)
{
	scmp_filter_ctx ctx = ctx_new(s, target, SCMP_ACT_ALLOW);

	RULE(SCMP_ACT_ERRNO(K_EPERM), "personality",
		SCMP_A0(SCMP_CMP_NE,
			s->personality_set ? s->personality : K_PER_LINUX));
	bpf_export(s, ctx, "lock-personality");
}

/* No mapping both writable and executable, no exec added later. */
static void compile_mdwe(struct service *s, uint32_t target)
{
	const uint32_t act = SCMP_ACT_ERRNO(K_EPERM);
	const scmp_datum_t wx = K_PROT_WRITE | K_PROT_EXEC;
	scmp_filter_ctx ctx = ctx_new(s, target, SCMP_ACT_ALLOW);

	RULE(act, "mmap", SCMP_A2(SCMP_CMP_MASKED_EQ, wx, wx));
	RULE(act, "mmap2", SCMP_A2(SCMP_CMP_MASKED_EQ, wx, wx));
	RULE(act, "mprotect",
		SCMP_A2(SCMP_CMP_MASKED_EQ, K_PROT_EXEC, K_PROT_EXEC));
	RULE(act, "pkey_mprotect",
		SCMP_A2(SCMP_CMP_MASKED_EQ, K_PROT_EXEC, K_PROT_EXEC));
	RULE(act, "shmat", SCMP_A2(SCMP_CMP_MASKED_EQ, K_SHM_EXEC, K_SHM_EXEC));
	bpf_export(s, ctx, "memory-deny-write-execute");
}

/* Only SCHED_OTHER, SCHED_BATCH and SCHED_IDLE: FIFO, RR and DEADLINE
 * (and any policy to come) EPERM; sched_setattr's policy is in memory. */
static void compile_realtime(struct service *s, uint32_t target)
{
	const uint32_t act = SCMP_ACT_ERRNO(K_EPERM);
	const scmp_datum_t m = ~(scmp_datum_t)K_SCHED_RESET_ON_FORK & 0xffffffffULL;
	scmp_filter_ctx ctx = ctx_new(s, target, SCMP_ACT_ALLOW);

	RULE(act, "sched_setscheduler", SCMP_A1(SCMP_CMP_MASKED_EQ, m, 1));
	RULE(act, "sched_setscheduler", SCMP_A1(SCMP_CMP_MASKED_EQ, m, 2));
	RULE(act, "sched_setscheduler", SCMP_A1(SCMP_CMP_MASKED_EQ, m, 4));
	for (scmp_datum_t p = K_SCHED_IDLE + 1; p < 16; p++)
		RULE(act, "sched_setscheduler", SCMP_A1(SCMP_CMP_MASKED_EQ, m, p));
	RULE0(act, "sched_setattr");
	bpf_export(s, ctx, "restrict-realtime");
}

/* No file may gain the set-user-ID or set-group-ID bit. */
static void compile_suid_sgid(struct service *s, uint32_t target)
{
	static const scmp_datum_t bits[] = {K_S_ISUID, K_S_ISGID};
	const uint32_t act = SCMP_ACT_ERRNO(K_EPERM);
	/* the target's; an added ABI (x86, x32 on x86_64; arm on arm64)
	 * spells it the same as its kernel */
	const scmp_datum_t tmpfile = abi_num("O_TMPFILE",
		target == SCMP_ARCH_X86_64 ? K_O_TMPFILE_X86 : K_O_TMPFILE_ARM);
	scmp_filter_ctx ctx = ctx_new(s, target, SCMP_ACT_ALLOW);
	size_t i;

	for (i = 0; i < 2; i++) {
		const scmp_datum_t b = bits[i];

		RULE(act, "chmod", SCMP_A1(SCMP_CMP_MASKED_EQ, b, b));
		RULE(act, "fchmod", SCMP_A1(SCMP_CMP_MASKED_EQ, b, b));
		RULE(act, "fchmodat", SCMP_A2(SCMP_CMP_MASKED_EQ, b, b));
		RULE(act, "fchmodat2", SCMP_A2(SCMP_CMP_MASKED_EQ, b, b));
		RULE(act, "mkdir", SCMP_A1(SCMP_CMP_MASKED_EQ, b, b));
		RULE(act, "mkdirat", SCMP_A2(SCMP_CMP_MASKED_EQ, b, b));
		RULE(act, "mknod", SCMP_A1(SCMP_CMP_MASKED_EQ, b, b));
		RULE(act, "mknodat", SCMP_A2(SCMP_CMP_MASKED_EQ, b, b));
		RULE(act, "creat", SCMP_A1(SCMP_CMP_MASKED_EQ, b, b));
		RULE(act, "open",
			SCMP_A1(SCMP_CMP_MASKED_EQ, K_O_CREAT, K_O_CREAT),
			SCMP_A2(SCMP_CMP_MASKED_EQ, b, b));
		RULE(act, "open",
			SCMP_A1(SCMP_CMP_MASKED_EQ, tmpfile, tmpfile),
			SCMP_A2(SCMP_CMP_MASKED_EQ, b, b));
		RULE(act, "openat",
			SCMP_A2(SCMP_CMP_MASKED_EQ, K_O_CREAT, K_O_CREAT),
			SCMP_A3(SCMP_CMP_MASKED_EQ, b, b));
		RULE(act, "openat",
			SCMP_A2(SCMP_CMP_MASKED_EQ, tmpfile, tmpfile),
			SCMP_A3(SCMP_CMP_MASKED_EQ, b, b));
	}
	/* openat2's mode is in memory: as systemd, ENOSYS, and libc
	 * falls back to openat. */
	RULE0(SCMP_ACT_ERRNO(K_ENOSYS), "openat2");
	bpf_export(s, ctx, "restrict-suid-sgid");
}

static void compile_clock(struct service *s, uint32_t target)
{
	const struct syscall_group *g = syscall_group_find("@clock");
	struct sc_call *calls = NULL;
	scmp_filter_ctx ctx = ctx_new(s, target, SCMP_ACT_ALLOW);
	size_t n = 0, i, unknown = 0;

	if (g)
		group_add(&calls, &n, &unknown, g, -1, 0);
	for (i = 0; i < n; i++) {
		RULE0(SCMP_ACT_ERRNO(K_EPERM), calls[i].name);
		free(calls[i].name);
	}
	free(calls);
	bpf_export(s, ctx, "protect-clock");
}

/* PROTECT_CLOCK's device part: /dev/rtc* read-only ("char-rtc r", a
 * device program with the standard set under DEVICE_POLICY=auto, as
 * systemd's DeviceAllow=char-rtc r); optional, as a machine may have no
 * real-time clock. */
static void clock_device_rule(struct service *s)
{
	static const char entry[] = "char-rtc r";
	char err[PARSE_ERR_MAX];

	s->dev_entries = xrealloc(
		s->dev_entries, (s->ndev + 1) * sizeof(*s->dev_entries));
	s->dev_rules =
		xrealloc(s->dev_rules, (s->ndev + 1) * sizeof(*s->dev_rules));
	s->dev_entries[s->ndev] = xstrdup(entry);
	if (parse_dev_rule(entry, &s->dev_rules[s->ndev], err, sizeof(err)))
		gen_fatal("%s: %s", entry, err);
	s->dev_rules[s->ndev].optional = 1;
	s->ndev++;
}

static int keeps_sys_admin(const struct service *s)
{
	const uint64_t bit = 1ULL << K_CAP_SYS_ADMIN;

	if (s->cap_ambient & bit)
		return 1;
	return s->uid == 0 && (s->cap_bounding_mode == 0 || (s->cap_bounding & bit));
}

/* The implied filters: each list's calls (groups expanded) EPERM. */
static void compile_implied(struct service *s, uint32_t target,
	const struct sc_implied *im)
{
	struct value v = {.sym = im->what, .text = im->calls, .quoted = 1};
	struct sc_call *calls = NULL;
	scmp_filter_ctx ctx;
	size_t n = 0, i;

	parse_call_list(&v, 0, &calls, &n);
	ctx = ctx_new(s, target, SCMP_ACT_ALLOW);
	for (i = 0; i < n; i++) {
		RULE0(SCMP_ACT_ERRNO(K_EPERM), calls[i].name);
		free(calls[i].name);
	}
	free(calls);
	bpf_export(s, ctx, im->what);
}

/* After every option: the cross-checks, then the filters. */
void seccomp_finish(struct table *t, struct service *s)
{
	struct seccomp_conf *c = s->sc;
	const char *tname;
	uint32_t target;
	size_t total = 0, i;

	/* Before the early return: the error number alone makes no filter
	 * (seccomp_configured() does not count it), and says nothing. */
	if (c && c->err >= 0 && !c->filter_mode)
		gen_warning("%s_SYSTEM_CALL_ERROR_NUMBER is set but %s_SYSTEM_CALL_FILTER is not: it changes nothing",
			s->stem, s->stem);
	if (!seccomp_configured(s))
		return;
	/* The kernel takes a filter from a process with no_new_privs set or
	 * with CAP_SYS_ADMIN; systemd implies NoNewPrivileges=yes. */
	if (s->new_privs_allowed && !keeps_sys_admin(s))
		gen_error("%s_NO_NEW_PRIVILEGES=n: the system-call filters of %s need no_new_privs or CAP_SYS_ADMIN kept, and %s keeps neither",
			s->stem, s->id, s->id);
	if (c->clock)
		clock_device_rule(s);
	target = target_arch(t, &tname);
	if (!target)
		return;
	/* i386's old mmap takes its arguments in memory, where no rule
	 * can test PROT_WRITE|PROT_EXEC: refused rather than half kept. */
	for (i = 0; c->mdwe && i < c->narchs; i++)
		if (c->archs[i] == SCMP_ARCH_X86)
			gen_error("%s_MEMORY_DENY_WRITE_EXECUTE=y with %s_SYSTEM_CALL_ARCHITECTURES=\"%s\": the i386 ABI's mmap takes its arguments in memory, which a filter cannot check; leave out x86",
				s->stem, s->stem, c->arch_text);
	/* libseccomp 2.5.4 knows mipsel's socket(), socketpair() and shmat()
	 * only as socketcall() and ipc(), but the kernel and libc use the
	 * direct calls: a rule on the family or on shmat's flags would never
	 * see them.  Refused, never compiled to a filter that lets all by. */
	if (target == SCMP_ARCH_MIPSEL && c->af_mode)
		gen_error("%s_RESTRICT_ADDRESS_FAMILIES on mipsel: the filter library knows socket() there only through socketcall(), which the kernel and libc do not use, so no rule could see the family; leave it empty on this target",
			s->stem);
	if (target == SCMP_ARCH_MIPSEL && c->mdwe)
		gen_error("%s_MEMORY_DENY_WRITE_EXECUTE=y on mipsel: the filter library knows shmat() there only through ipc(), which the kernel and libc do not use, so SHM_EXEC could not be refused; leave it n on this target",
			s->stem);
	if (c->filter_mode)
		compile_filter(s, target);
	if (c->log_mode)
		compile_log(s, target);
	if (c->af_mode)
		compile_families(s, target);
	if (c->ns_set && c->ns_denied)
		compile_namespaces(s, target);
	if (c->personality)
		compile_personality(s, target);
	if (c->mdwe)
		compile_mdwe(s, target);
	if (c->realtime)
		compile_realtime(s, target);
	if (c->suid_sgid)
		compile_suid_sgid(s, target);
	if (c->clock)
		compile_clock(s, target);
	for (i = 0; i < c->nimplied; i++)
		compile_implied(s, target, &c->implied[i]);
	if (!c->nbpf) /* only SYSTEM_CALL_ARCHITECTURES: the ABI rule alone */
		bpf_export(s, ctx_new(s, target, SCMP_ACT_ALLOW),
			"system-call-architectures");
	for (i = 0; i < c->nbpf; i++)
		total += c->bpf[i].len + 4;
	if (total > BPF_PATH_MAX)
		gen_error("%s: its filters have %zu instructions in all, the kernel takes at most %d",
			s->stem, total, BPF_PATH_MAX);
}

/* -- output -- */

/*
 * Name each filter's array; a filter with the same instructions as one
 * of a service earlier in start order uses that one's (the default
 * image's services share their @system-service list, and 200 services
 * with one filter would otherwise carry 200 copies).
 */
void seccomp_share(struct table *t)
{
	struct sc_bpf *b, *o;
	struct service *s, *p;
	size_t k, j, i, m;

	for (k = 0; k < t->nsvcs; k++) {
		s = &t->svcs[t->order[k]];
		for (i = 0; s->sc && i < s->sc->nbpf; i++) {
			b = &s->sc->bpf[i];
			free(b->name);
			b->name = NULL;
			b->shared = 0;
			for (j = 0; j < k && !b->name; j++) {
				p = &t->svcs[t->order[j]];
				for (m = 0; p->sc && m < p->sc->nbpf; m++) {
					o = &p->sc->bpf[m];
					if (o->shared || o->len != b->len ||
						memcmp(o->insns, b->insns,
							8 * b->len))
						continue;
					b->name = xstrdup(o->name);
					b->shared = 1;
					break;
				}
			}
			if (!b->name)
				b->name = xasprintf("svc_%s_bpf%zu", s->id, i);
		}
	}
}

void seccomp_gen_data(struct service *s, struct strbuf *sb)
{
	const unsigned char *p;
	struct sc_bpf *b;
	size_t i, k;
	uint16_t code;
	uint32_t kk;

	if (!s->sc || !s->sc->nbpf)
		return;
	for (i = 0; i < s->sc->nbpf; i++) {
		b = &s->sc->bpf[i];
		if (b->shared)
			continue;
		sb_printf(sb, "static const struct svc_bpf %s[] = { /* %s */\n",
			b->name, b->what);
		for (k = 0; k < b->len; k++) {
			p = b->insns + 8 * k;
			memcpy(&code, p, 2);
			memcpy(&kk, p + 4, 4);
			sb_printf(sb, "\t{0x%04x, %u, %u, 0x%08x},\n", code, p[2],
				p[3], kk);
		}
		sb_puts(sb, "};\n");
	}
	sb_printf(sb, "static const struct svc_seccomp svc_%s_seccomp[] = {\n",
		s->id);
	for (i = 0; i < s->sc->nbpf; i++)
		sb_printf(sb, "\t{%s, %zu},\n", s->sc->bpf[i].name,
			s->sc->bpf[i].len);
	sb_puts(sb, "};\n");
}

void seccomp_gen_entry(struct service *s, struct strbuf *sb)
{
	if (!s->sc || !s->sc->nbpf)
		return;
	sb_printf(sb, "\t\t.seccomp = svc_%s_seccomp,\n", s->id);
	sb_printf(sb, "\t\t.nseccomp = %zu,\n", s->sc->nbpf);
	if (s->sc->mdwe)
		sb_puts(sb, "\t\t.mdwe = 1,\n");
}

/* The calls in the filter (those of the target), wrapped. */
static void txt_calls(struct strbuf *sb, const struct sc_call *calls, size_t n)
{
	const char *e;
	size_t i, col = 0;
	char word[96];

	for (i = 0; i < n; i++) {
		if (!calls[i].here)
			continue;
		e = calls[i].err == SC_ERR_KILL ? "kill" :
		    calls[i].err >= 0 ? errno_name(calls[i].err) : NULL;
		if (calls[i].err < 0)
			snprintf(word, sizeof(word), "%s", calls[i].name);
		else if (e)
			snprintf(word, sizeof(word), "%s:%s", calls[i].name, e);
		else
			snprintf(word, sizeof(word), "%s:%d", calls[i].name,
				calls[i].err);
		if (!col || col + strlen(word) > 76) {
			sb_puts(sb, col ? "\n          " : "          ");
			col = 10;
		} else {
			sb_putc(sb, ' ');
			col++;
		}
		sb_puts(sb, word);
		col += strlen(word);
	}
	if (col)
		sb_putc(sb, '\n');
}

/* services.txt: each filter as names (make policy); seccomp.txt has the
 * pseudo-code. */
void seccomp_gen_txt(struct service *s, struct strbuf *sb)
{
	const struct seccomp_conf *c = s->sc;
	const char *e;
	size_t i;

	if (!seccomp_configured(s))
		return;
	if (c->filter_mode) {
		e = c->err >= 0 ? errno_name(c->err) : NULL;
		sb_printf(sb, "  syscalls %s (%s; %zu calls", c->filter_text,
			c->filter_mode == LIST_DENY ? "these denied" : "only these",
			c->ncalls - c->nskipped);
		if (c->nskipped)
			sb_printf(sb, ", %zu more not of this architecture",
				c->nskipped);
		if (c->err < 0)
			sb_puts(sb, "; denied: kill)\n");
		else if (e)
			sb_printf(sb, "; denied: %s)\n", e);
		else
			sb_printf(sb, "; denied: errno %d)\n", c->err);
		txt_calls(sb, c->calls, c->ncalls);
	}
	if (c->log_mode) {
		sb_printf(sb, "  logged   %s\n", c->log_mode == LIST_DENY ?
			"every call but these" : "these calls");
		txt_calls(sb, c->log, c->nlog);
	}
	sb_printf(sb, "  abi     %s\n",
		c->arch_text && c->arch_text[0] ? c->arch_text : "native");
	if (c->af_mode)
		sb_printf(sb, "  socket  %s\n", c->af_text);
	if (c->ns_set)
		sb_printf(sb, "  namespaces %s\n", c->ns_text);
	if (c->personality)
		sb_puts(sb, "  personality locked\n");
	if (c->mdwe)
		sb_puts(sb, "  memory  deny write+execute\n");
	if (c->realtime)
		sb_puts(sb, "  realtime scheduling denied\n");
	if (c->suid_sgid)
		sb_puts(sb, "  set-user/group-ID bits denied\n");
	if (c->clock)
		sb_puts(sb, "  clock   protected\n");
	for (i = 0; i < c->nimplied; i++)
		sb_printf(sb, "  implied %s: %s EPERM\n", c->implied[i].what,
			c->implied[i].calls);
	for (i = 0; i < c->nbpf; i++)
		sb_printf(sb, "  bpf     %s: %zu instructions\n", c->bpf[i].what,
			c->bpf[i].len);
}

/* seccomp.txt: every filter as libseccomp prints it (make policy BPF=y). */
void seccomp_gen_pfc(struct service *s, struct strbuf *sb)
{
	size_t i;

	if (!s->sc)
		return;
	for (i = 0; i < s->sc->nbpf; i++)
		sb_printf(sb, "\n# %s: %s (%zu instructions)\n%s", s->id,
			s->sc->bpf[i].what, s->sc->bpf[i].len,
			s->sc->bpf[i].pfc);
}

void seccomp_free(struct service *s)
{
	struct seccomp_conf *c = s->sc;
	size_t i;

	if (!c)
		return;
	for (i = 0; i < c->ncalls; i++)
		free(c->calls[i].name);
	for (i = 0; i < c->nlog; i++)
		free(c->log[i].name);
	for (i = 0; i < c->nbpf; i++) {
		free(c->bpf[i].insns);
		free(c->bpf[i].pfc);
		free(c->bpf[i].name);
	}
	free(c->calls);
	free(c->log);
	free(c->bpf);
	free(c->filter_text);
	free(c->arch_text);
	free(c->af_text);
	free(c->ns_text);
	free(c);
	s->sc = NULL;
}

/*
 * The options, in menu order.  Help lines are at most 68 characters.
 */
/* clang-format off */
static const struct svc_option seccomp_options[] = {
	{
		.suffix = "SYSTEM_CALL_FILTER",
		.type = OPT_STRING,
		.prompt = "System calls allowed (names, @groups; ~ denies)",
		.def = "\"\"",
		.apply = apply_filter,
		.help =
"The system calls the service may make, as SystemCallFilter= in\n"
"systemd.exec(5): call names and systemd's groups (@system-service,\n"
"@basic-io, @file-system, @network-io, @process, @signal, @timer,\n"
"@privileged, @mount, @module, @raw-io, @reboot, @swap, @clock,\n"
"@cpu-emulation, @debug, @obsolete, @resources, ...; `make policy`\n"
"lists what each became). Any other call kills the process with\n"
"SIGSYS, or fails with SYSTEM_CALL_ERROR_NUMBER. The calls every\n"
"program needs to start and end (systemd's @default: execve, exit,\n"
"rt_sigreturn, ...) are always allowed.\n"
"\n"
"With \"~\" first, the list is a deny-list: the listed calls are\n"
"refused and all others allowed; an entry may then end in :ERRNO\n"
"(\"~@clock:EPERM @swap\") to fail with that errno instead, or in\n"
"\":kill\" to kill the process even where SYSTEM_CALL_ERROR_NUMBER\n"
"makes the others fail with an errno.\n"
"\n"
"The filter is compiled at build time for the target (TARGET_ARCH)\n"
"with the build host's libseccomp. A name no architecture has is a\n"
"build error; a call the target does not have (mmap2 on x86_64) is\n"
"left out, and services.txt says how many. PID 1 installs it as\n"
"the last step before execve, after NO_NEW_PRIVILEGES: a service\n"
"with NO_NEW_PRIVILEGES=n must keep CAP_SYS_ADMIN, or the build\n"
"fails. It is inherited by every process of the service.\n"
"\n"
"Example: @system-service",
	},
	{
		.suffix = "SYSTEM_CALL_ERROR_NUMBER",
		.type = OPT_STRING,
		.prompt = "Errno of a denied call (kill: SIGSYS)",
		.def = "\"\"",
		.apply = apply_error_number,
		.help =
"What a call SYSTEM_CALL_FILTER does not allow does, as\n"
"SystemCallErrorNumber= in systemd.exec(5): empty or \"kill\" ends\n"
"the whole process with SIGSYS (exit status 159 in a shell); an\n"
"errno name (EPERM, EACCES, ENOSYS, ...) or number (1-4094) makes\n"
"the call fail with that error instead.",
	},
	{
		.suffix = "SYSTEM_CALL_LOG",
		.type = OPT_STRING,
		.prompt = "System calls logged (names, @groups; ~ all but)",
		.def = "\"\"",
		.apply = apply_log,
		.help =
"Calls the kernel logs (audit, in the kernel log) when the service\n"
"makes them, as SystemCallLog= in systemd.exec(5): the same names\n"
"and groups as SYSTEM_CALL_FILTER; with \"~\" first, every call but\n"
"these is logged. Logging allows the call; use it to find what a\n"
"daemon needs before writing its SYSTEM_CALL_FILTER.",
	},
	{
		.suffix = "SYSTEM_CALL_ARCHITECTURES",
		.type = OPT_STRING,
		.prompt = "System-call ABIs allowed (native, x86, x32, arm)",
		.def = "\"\"",
		.apply = apply_archs,
		.help =
"The system-call ABIs the service may use, as\n"
"SystemCallArchitectures= in systemd.exec(5). Whenever any option of\n"
"this menu is set, a call through any other ABI kills the process:\n"
"on x86_64 the i386 int 0x80 entry and x32 calls, on aarch64 32-bit\n"
"ARM programs. Empty means \"native\", the target's own ABI. To let\n"
"a service run programs of another ABI the kernel supports, add it:\n"
"x86 or x32 on x86_64, arm on aarch64 (the filters then cover those\n"
"ABIs too).",
	},
	{
		.suffix = "RESTRICT_ADDRESS_FAMILIES",
		.type = OPT_STRING,
		.prompt = "Socket address families allowed (AF_*; ~ denies)",
		.def = "\"\"",
		.apply = apply_address_families,
		.help =
"The address families the service may open sockets of, as\n"
"RestrictAddressFamilies= in systemd.exec(5): e.g. \"AF_UNIX AF_INET\n"
"AF_INET6\". socket(2) of any other family fails with EAFNOSUPPORT.\n"
"With \"~\" first only the listed ones are refused (\"~AF_PACKET\");\n"
"\"none\" refuses every socket. Empty: no restriction. Sockets the\n"
"service inherits or is passed are not affected.",
	},
	{
		.suffix = "RESTRICT_NAMESPACES",
		.type = OPT_STRING,
		.prompt = "Namespace types it may create (none, list, ~list)",
		.def = "\"\"",
		.apply = apply_namespaces,
		.help =
"The namespace types the service may create or join, as\n"
"RestrictNamespaces= in systemd.exec(5): \"none\" for none (systemd's\n"
"RestrictNamespaces=yes), a list of types (cgroup ipc mnt net pid\n"
"time user uts) for only those, or \"~\" and a list for all but\n"
"those. unshare(2), clone(2) and setns(2) asking for another type\n"
"fail with EPERM; clone3(2), whose flags a filter cannot read, fails\n"
"with ENOSYS so that libc falls back to clone. Empty: no limit.",
	},
	{
		.suffix = "LOCK_PERSONALITY",
		.type = OPT_BOOL,
		.prompt = "Lock the execution domain (personality)",
		.def = "n",
		.apply = apply_personality,
		.help =
"As LockPersonality= in systemd.exec(5): personality(2) may only\n"
"set the domain the service runs in: PER_LINUX, the default, or\n"
"PERSONALITY's when that is set; anything else (READ_IMPLIES_EXEC,\n"
"PER_LINUX32, ADDR_NO_RANDOMIZE, and, as in systemd, the query\n"
"0xffffffff) fails with EPERM.",
	},
	{
		.suffix = "MEMORY_DENY_WRITE_EXECUTE",
		.type = OPT_BOOL,
		.prompt = "Deny memory both writable and executable",
		.def = "n",
		.apply = apply_mdwe,
		.help =
"As MemoryDenyWriteExecute= in systemd.exec(5): mmap(2) of memory\n"
"both writable and executable, mprotect(2) and pkey_mprotect(2)\n"
"adding execute, and shmat(2) with SHM_EXEC fail with EPERM. Where\n"
"the kernel has it (6.3), PR_SET_MDWE is set as well, which also\n"
"covers what the kernel maps itself (an ELF segment both writable and\n"
"executable). JIT compilers (JavaScript, Java, LuaJIT) need this\n"
"off.",
	},
	{
		.suffix = "RESTRICT_REALTIME",
		.type = OPT_BOOL,
		.prompt = "Deny realtime scheduling",
		.def = "n",
		.apply = apply_realtime,
		.help =
"As RestrictRealtime= in systemd.exec(5): sched_setscheduler(2) to\n"
"SCHED_FIFO, SCHED_RR or SCHED_DEADLINE fails with EPERM, and so does\n"
"sched_setattr(2), whose policy a filter cannot read, so a runaway\n"
"realtime thread cannot starve the rest of the machine.",
	},
	{
		.suffix = "RESTRICT_SUID_SGID",
		.type = OPT_BOOL,
		.prompt = "Deny making set-user/group-ID files",
		.def = "n",
		.apply = apply_suid_sgid,
		.help =
"As RestrictSUIDSGID= in systemd.exec(5): chmod(2), fchmod(2),\n"
"fchmodat(2), mkdir(2), mknod(2), open(2) and creat(2) with O_CREAT\n"
"or O_TMPFILE, and their *at forms, fail with EPERM when the mode\n"
"has S_ISUID or S_ISGID; openat2(2) fails with ENOSYS (its mode is\n"
"in memory), so libc falls back to openat.",
	},
	{
		.suffix = "PROTECT_CLOCK",
		.type = OPT_BOOL,
		.prompt = "Deny setting the clocks",
		.def = "n",
		.apply = apply_clock,
		.help =
"As ProtectClock= in systemd.exec(5): the calls of @clock\n"
"(clock_settime, settimeofday, adjtimex, clock_adjtime, ...) fail\n"
"with EPERM, CAP_SYS_TIME and CAP_WAKE_ALARM leave the bounding set\n"
"(a build error beside AMBIENT_CAPABILITIES that keeps them), and a\n"
"device rule \"char-rtc r\" is added: real-time clock devices are\n"
"readable only, and the service gets a device program (under\n"
"DEVICE_POLICY=auto: this rule and the standard pseudo-devices, as\n"
"systemd's DeviceAllow=char-rtc r). The rule is skipped where the\n"
"kernel has no rtc devices.",
	},
};
/* clang-format on */

const struct option_family seccomp_family = {
	"system-call filters", seccomp_options,
	sizeof(seccomp_options) / sizeof(seccomp_options[0]),
};
