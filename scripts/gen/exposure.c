/*
 * exposure.c - the exposure score of each service (0 locked down .. 10
 * unrestricted) and the policy lint, computed from .config at build time.
 *
 * In the spirit of `systemd-analyze security`, but before anything boots:
 * each restriction a service lacks adds its weight (the table below, also
 * in docs/exposure.md). The score reads the restriction options by their
 * public Kconfig names, so an option a build does not know yet counts as
 * absent, that is, as exposed. The system-call filter is read back from
 * its text with systemd's groups (seccomp_data.h) and the target's calls
 * (libseccomp), as seccomp.c compiles it.
 */
#include "gen.h"
#include "seccomp_data.h"

#include <seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Capabilities that hand a process the whole machine, or its sandbox. */
static const char *const powerful_caps[] = {
	"CAP_SYS_ADMIN", "CAP_SYS_MODULE", "CAP_SYS_RAWIO", "CAP_SYS_PTRACE",
	"CAP_BPF", "CAP_SYS_BOOT", "CAP_DAC_OVERRIDE", "CAP_NET_ADMIN",
	"CAP_SETUID", "CAP_SETGID", "CAP_SYS_CHROOT", "CAP_MKNOD",
};
#define NPOWERFUL (sizeof(powerful_caps) / sizeof(powerful_caps[0]))

/* Capability numbers of the lint (kernel ABI, linux/capability.h). */
#define K_CAP_NET_ADMIN 12
#define K_CAP_SYS_MODULE 16
#define K_CAP_SYS_RAWIO 17
#define K_CAP_SYS_ADMIN 21
#define K_CAP_SYS_BOOT 22
#define K_CAP_SYS_TIME 25

/* One item of the score: its weight, how exposed (0..1) the service is,
 * and optionally what is left open, for the report. */
struct item {
	const char *what;
	double weight;
	double (*exposed)(struct table *t, struct service *s);
	void (*detail)(struct table *t, struct service *s, struct strbuf *sb);
};

/* The value of SVC_<ID>_<suffix>, or "" when absent or not set. */
static const char *opt(struct table *t, struct service *s, const char *suffix)
{
	char name[128];
	const struct sym *sym;

	snprintf(name, sizeof(name), "%s_%s", s->stem, suffix);
	sym = config_get(&t->cfg, name);
	return sym && strcmp(sym->value, "n") ? sym->value : "";
}

static int opt_on(struct table *t, struct service *s, const char *suffix)
{
	return !strcmp(opt(t, s, suffix), "y");
}

/* A limit counts as set unless empty, 0, "infinity" or "max". */
static int opt_limited(struct table *t, struct service *s, const char *suffix)
{
	const char *v = opt(t, s, suffix);

	return *v && strcmp(v, "0") && strcmp(v, "infinity") && strcmp(v, "max");
}

/* Is word (a capability name) in the space-separated list? */
static int in_list(const char *list, const char *word)
{
	size_t n = strlen(word);
	const char *p = list;

	while ((p = strstr(p, word))) {
		if ((p == list || p[-1] == ' ' || p[-1] == '~') &&
			(p[n] == '\0' || p[n] == ' '))
			return 1;
		p += n;
	}
	return 0;
}

/* Does the bounding set keep cap? Empty or "all": unrestricted; "~A B":
 * all but. */
static int keeps_cap(const char *set, const char *cap)
{
	if (!*set || !strcmp(set, "all"))
		return 1;
	if (set[0] == '~')
		return !in_list(set + 1, cap);
	return in_list(set, cap);
}

static double x_root(struct table *t, struct service *s)
{
	(void)t;
	return s->uid == 0;
}

static double x_caps(struct table *t, struct service *s)
{
	const char *set = opt(t, s, "CAPABILITY_BOUNDING_SET");
	size_t i, kept = 0;

	if (!*set)
		return 1;
	for (i = 0; i < NPOWERFUL; i++)
		kept += keeps_cap(set, powerful_caps[i]);
	return (double)kept / NPOWERFUL;
}

static double x_nnp(struct table *t, struct service *s)
{
	return !opt_on(t, s, "NO_NEW_PRIVILEGES");
}

static double x_net(struct table *t, struct service *s)
{
	return !opt_on(t, s, "PRIVATE_NETWORK");
}

static double x_tmp(struct table *t, struct service *s)
{
	return !opt_on(t, s, "PRIVATE_TMP");
}

/* The file system is confined by a root directory; read-only paths (which
 * cannot include / itself) confine part of it. */
static double x_fs(struct table *t, struct service *s)
{
	const char *ro = opt(t, s, "READ_ONLY_PATHS");

	if (*opt(t, s, "ROOT_DIRECTORY") || in_list(ro, "/"))
		return 0;
	return *ro ? 0.5 : 1;
}

static double x_hidden(struct table *t, struct service *s)
{
	return !*opt(t, s, "INACCESSIBLE_PATHS");
}

/* DEVICE_POLICY auto with no DEVICE_ALLOW leaves every device open. */
static double x_devices(struct table *t, struct service *s)
{
	const char *policy = opt(t, s, "DEVICE_POLICY");
	const char *allow = opt(t, s, "DEVICE_ALLOW");

	if ((!*policy || !strcmp(policy, "auto")) && !*allow)
		return 1;
	return strstr(allow, "*:*") ? 0.5 : 0;
}

static double x_pids(struct table *t, struct service *s)
{
	return !opt_on(t, s, "PRIVATE_PIDS");
}

static double x_ipc(struct table *t, struct service *s)
{
	return !opt_on(t, s, "PRIVATE_IPC");
}

static double x_uts(struct table *t, struct service *s)
{
	return !opt_on(t, s, "PRIVATE_UTS");
}

static double x_tasks(struct table *t, struct service *s)
{
	return !opt_limited(t, s, "TASKS_MAX");
}

static double x_memory(struct table *t, struct service *s)
{
	return !opt_limited(t, s, "MEMORY_MAX");
}

/* -- the options built on seccomp (seccomp.c) -- */

/*
 * A sub-score: names and their shares of an item's weight, after the
 * weights of systemd-analyze security (docs/exposure.md says how).
 */
struct part {
	const char *name;
	double weight;
};

/* SYSTEM_CALL_FILTER: each of systemd's groups a service should not need,
 * weighed as systemd weighs them, rounded to hundredths (sum 1.20). */
static const struct part filter_parts[] = {
	{"@swap", 0.14}, {"@obsolete", 0.03}, {"@clock", 0.14},
	{"@cpu-emulation", 0.03}, {"@debug", 0.14}, {"@mount", 0.14},
	{"@module", 0.14}, {"@raw-io", 0.14}, {"@reboot", 0.14},
	{"@privileged", 0.08}, {"@resources", 0.08},
};
#define FILTER_WEIGHT 1.20

/* RESTRICT_ADDRESS_FAMILIES: systemd's five classes (sum 0.50). */
enum { AF_CLASS_INET, AF_CLASS_UNIX, AF_CLASS_NETLINK, AF_CLASS_PACKET,
	AF_CLASS_OTHER, AF_CLASSES };
static const struct part family_parts[AF_CLASSES] = {
	{"AF_INET/AF_INET6", 0.19}, {"AF_UNIX", 0.01}, {"AF_NETLINK", 0.02},
	{"AF_PACKET", 0.13}, {"other families", 0.15},
};
#define FAMILY_WEIGHT 0.50

/* RESTRICT_NAMESPACES: the types a service may create (sum 0.60); time
 * is not weighed, as in systemd. */
static const struct part ns_parts[] = {
	{"user", 0.23}, {"mnt", 0.07}, {"ipc", 0.07}, {"pid", 0.07},
	{"cgroup", 0.07}, {"net", 0.07}, {"uts", 0.02},
};
#define NS_WEIGHT 0.60

#define NPARTS(a) (sizeof(a) / sizeof(a[0]))

/* The target as libseccomp knows it, 0 when TARGET_ARCH is missing or
 * unknown (seccomp.c says so; here every architecture then counts). */
static uint32_t target_token(struct table *t)
{
	const struct sym *sym = config_get(&t->cfg, "TARGET_ARCH");

	return sym ? seccomp_arch_resolve_name(sym->value) : 0;
}

/* Is name a system call of the target? */
static int call_here(uint32_t target, const char *name)
{
	if (!target)
		return seccomp_syscall_resolve_name(name) != __NR_SCMP_ERROR;
	return seccomp_syscall_resolve_name_arch(target, name) >= 0;
}

/* SYSTEM_CALL_FILTER read back: the names it lists, groups expanded and
 * ":ERRNO" cut off; an allow-list holds @default too, as compiled. */
struct call_set {
	char **names;
	size_t n;
	int mode; /* 0 no filter, 1 allow-list, 2 deny-list */
};

static int set_has(const struct call_set *cs, const char *name)
{
	size_t i;

	for (i = 0; i < cs->n; i++)
		if (!strcmp(cs->names[i], name))
			return 1;
	return 0;
}

static void set_add(struct call_set *cs, const char *name, unsigned int depth)
{
	const struct syscall_group *g;
	size_t k;

	if (name[0] == '@') {
		g = syscall_group_find(name);
		for (k = 0; g && depth < 8 && g->members[k]; k++)
			set_add(cs, g->members[k], depth + 1);
		return;
	}
	if (set_has(cs, name))
		return;
	cs->names = xrealloc(cs->names, (cs->n + 1) * sizeof(*cs->names));
	cs->names[cs->n++] = xstrdup(name);
}

static void filter_read(struct table *t, struct service *s,
	struct call_set *cs)
{
	char *buf = xstrdup(opt(t, s, "SYSTEM_CALL_FILTER")), *w, *p;

	memset(cs, 0, sizeof(*cs));
	p = buf + strspn(buf, " \t");
	if (*p) {
		cs->mode = *p == '~' ? 2 : 1;
		p += *p == '~';
	}
	for (w = strtok(p, " \t"); w; w = strtok(NULL, " \t")) {
		w[strcspn(w, ":")] = '\0';
		set_add(cs, w, 0);
	}
	if (cs->mode == 1)
		set_add(cs, "@default", 0);
	free(buf);
}

static void set_free(struct call_set *cs)
{
	size_t i;

	for (i = 0; i < cs->n; i++)
		free(cs->names[i]);
	free(cs->names);
}

/* A call of group (a name with '@') the filter lets through on the
 * target, or NULL: in an allow-list one it lists, in a deny-list one it
 * does not.  A group with no call on the target lets nothing through. */
static const char *group_open(const struct call_set *cs, uint32_t target,
	const char *group, unsigned int depth)
{
	const struct syscall_group *g = syscall_group_find(group);
	const char *m, *hit;
	size_t k;

	for (k = 0; g && depth < 8 && (m = g->members[k]); k++) {
		if (m[0] == '@') {
			if ((hit = group_open(cs, target, m, depth + 1)))
				return hit;
		} else if (call_here(target, m) &&
			   set_has(cs, m) == (cs->mode == 1)) {
			return m;
		}
	}
	return NULL;
}

/* How exposed one group leaves the service: 1 unfiltered or let through
 * by a deny-list, 0.9 let through by an allow-list (systemd's 9 of 10:
 * an allow-list still refuses every call it does not name), 0 denied. */
static double group_exposed(const struct call_set *cs, uint32_t target,
	const char *group)
{
	if (!cs->mode)
		return 1;
	if (!group_open(cs, target, group, 0))
		return 0;
	return cs->mode == 1 ? 0.9 : 1;
}

static double x_filter(struct table *t, struct service *s)
{
	uint32_t target = target_token(t);
	struct call_set cs;
	double sum = 0;
	size_t i;

	filter_read(t, s, &cs);
	for (i = 0; i < NPARTS(filter_parts); i++)
		sum += filter_parts[i].weight *
		       group_exposed(&cs, target, filter_parts[i].name);
	set_free(&cs);
	return sum / FILTER_WEIGHT;
}

static void d_filter(struct table *t, struct service *s, struct strbuf *sb)
{
	uint32_t target = target_token(t);
	struct call_set cs;
	size_t i;

	filter_read(t, s, &cs);
	for (i = 0; cs.mode && i < NPARTS(filter_parts); i++)
		if (group_exposed(&cs, target, filter_parts[i].name) > 0)
			sb_printf(sb, " %s", filter_parts[i].name);
	set_free(&cs);
}

static int family_class(int af)
{
	switch (af) {
	case 1: /* AF_UNIX */
		return AF_CLASS_UNIX;
	case 2: /* AF_INET */
	case 10: /* AF_INET6 */
		return AF_CLASS_INET;
	case 16: /* AF_NETLINK */
		return AF_CLASS_NETLINK;
	case 17: /* AF_PACKET */
		return AF_CLASS_PACKET;
	default:
		return AF_CLASS_OTHER;
	}
}

/* Which classes of families may the service open sockets of? */
static void families_open(struct table *t, struct service *s,
	int open[AF_CLASSES])
{
	char *buf = xstrdup(opt(t, s, "RESTRICT_ADDRESS_FAMILIES")), *w, *p;
	int listed[AF_CLASSES] = {0}, deny, af, c;

	p = buf + strspn(buf, " \t");
	deny = *p == '~';
	p += deny;
	for (w = strtok(p, " \t"); w; w = strtok(NULL, " \t"))
		if ((af = af_by_name(w)) > 0)
			listed[family_class(af)] = 1;
	for (c = 0; c < AF_CLASSES; c++)
		open[c] = !*buf ? 1 : deny ? !listed[c] : listed[c];
	free(buf); /* "none" lists nothing: every class closed */
}

static double x_families(struct table *t, struct service *s)
{
	int open[AF_CLASSES], c;
	double sum = 0;

	families_open(t, s, open);
	for (c = 0; c < AF_CLASSES; c++)
		sum += family_parts[c].weight * open[c];
	return sum / FAMILY_WEIGHT;
}

static void d_families(struct table *t, struct service *s, struct strbuf *sb)
{
	int open[AF_CLASSES], c;

	if (!*opt(t, s, "RESTRICT_ADDRESS_FAMILIES"))
		return;
	families_open(t, s, open);
	for (c = 0; c < AF_CLASSES; c++)
		if (open[c])
			sb_printf(sb, " %s", family_parts[c].name);
}

/* May the service create namespaces of type name? */
static int ns_open(struct table *t, struct service *s, const char *name)
{
	const char *v = opt(t, s, "RESTRICT_NAMESPACES");
	char *buf, *w, *p;
	int listed = 0, deny;

	if (!*v)
		return 1;
	if (!strcmp(v, "none"))
		return 0;
	buf = xstrdup(v);
	p = buf + strspn(buf, " \t");
	deny = *p == '~';
	p += deny;
	for (w = strtok(p, " \t"); w; w = strtok(NULL, " \t"))
		listed |= !strcmp(w, name);
	free(buf);
	return deny ? !listed : listed;
}

static double x_namespaces(struct table *t, struct service *s)
{
	double sum = 0;
	size_t i;

	for (i = 0; i < NPARTS(ns_parts); i++)
		sum += ns_parts[i].weight * ns_open(t, s, ns_parts[i].name);
	return sum / NS_WEIGHT;
}

static void d_namespaces(struct table *t, struct service *s,
	struct strbuf *sb)
{
	size_t i;

	if (!*opt(t, s, "RESTRICT_NAMESPACES"))
		return;
	for (i = 0; i < NPARTS(ns_parts); i++)
		if (ns_open(t, s, ns_parts[i].name))
			sb_printf(sb, " %s", ns_parts[i].name);
}

/* Any option of the menu brings the ABI rule (native only, unless
 * SYSTEM_CALL_ARCHITECTURES adds ABIs); without one every ABI the kernel
 * runs is open (on x86_64: int 0x80 and x32, which no filter sees). */
static double x_archs(struct table *t, struct service *s)
{
	static const char *const own[][2] = {
		{"x86_64", "x86-64"}, {"aarch64", "arm64"}, {"arm", "arm"},
		{"mipsel", "mips-le"},
	};
	const struct sym *sym = config_get(&t->cfg, "TARGET_ARCH");
	const char *mine = "";
	char *buf, *w;
	double x = 0;
	size_t i;

	if (!seccomp_configured(s))
		return 1;
	for (i = 0; sym && i < sizeof(own) / sizeof(own[0]); i++)
		if (!strcmp(sym->value, own[i][0]))
			mine = own[i][1];
	buf = xstrdup(opt(t, s, "SYSTEM_CALL_ARCHITECTURES"));
	for (w = strtok(buf, " \t"); w; w = strtok(NULL, " \t"))
		if (strcmp(w, "native") && strcmp(w, mine))
			x = 0.8; /* systemd's 8 of 10 for several ABIs */
	free(buf);
	return x;
}

static double x_personality(struct table *t, struct service *s)
{
	return !opt_on(t, s, "LOCK_PERSONALITY");
}

static double x_mdwe(struct table *t, struct service *s)
{
	return !opt_on(t, s, "MEMORY_DENY_WRITE_EXECUTE");
}

static double x_realtime(struct table *t, struct service *s)
{
	return !opt_on(t, s, "RESTRICT_REALTIME");
}

static double x_suid_sgid(struct table *t, struct service *s)
{
	return !opt_on(t, s, "RESTRICT_SUID_SGID");
}

static double x_clock(struct table *t, struct service *s)
{
	return !opt_on(t, s, "PROTECT_CLOCK");
}

/* The weights add up to 10; docs/exposure.md explains each.  The first
 * thirteen are those of before the seccomp options, each times 0.7: they
 * keep their proportions and make 7, the seccomp options 3. */
static const struct item items[] = {
	{"runs as root (USER)", 1.19, x_root, NULL},
	{"powerful capabilities kept (CAPABILITY_BOUNDING_SET)", 1.40, x_caps,
		NULL},
	{"may gain privileges (NO_NEW_PRIVILEGES)", 0.35, x_nnp, NULL},
	{"host network (PRIVATE_NETWORK)", 0.70, x_net, NULL},
	{"shared /tmp (PRIVATE_TMP)", 0.35, x_tmp, NULL},
	{"writable file system (ROOT_DIRECTORY, READ_ONLY_PATHS)", 0.70,
		x_fs, NULL},
	{"nothing hidden (INACCESSIBLE_PATHS)", 0.21, x_hidden, NULL},
	{"all devices (DEVICE_POLICY, DEVICE_ALLOW)", 0.84, x_devices, NULL},
	{"sees every process (PRIVATE_PIDS)", 0.35, x_pids, NULL},
	{"shared IPC (PRIVATE_IPC)", 0.21, x_ipc, NULL},
	{"shared hostname (PRIVATE_UTS)", 0.14, x_uts, NULL},
	{"unlimited tasks (TASKS_MAX)", 0.28, x_tasks, NULL},
	{"unlimited memory (MEMORY_MAX)", 0.28, x_memory, NULL},
	{"dangerous system calls (SYSTEM_CALL_FILTER)", FILTER_WEIGHT,
		x_filter, d_filter},
	{"namespaces it may create (RESTRICT_NAMESPACES)", NS_WEIGHT,
		x_namespaces, d_namespaces},
	{"socket families (RESTRICT_ADDRESS_FAMILIES)", FAMILY_WEIGHT,
		x_families, d_families},
	{"may make set-user/group-ID files (RESTRICT_SUID_SGID)", 0.20,
		x_suid_sgid, NULL},
	{"may set the clocks (PROTECT_CLOCK)", 0.15, x_clock, NULL},
	{"other system-call ABIs (SYSTEM_CALL_ARCHITECTURES)", 0.15, x_archs,
		NULL},
	{"realtime scheduling (RESTRICT_REALTIME)", 0.10, x_realtime, NULL},
	{"writable+executable memory (MEMORY_DENY_WRITE_EXECUTE)", 0.05,
		x_mdwe, NULL},
	{"personality not locked (LOCK_PERSONALITY)", 0.05, x_personality,
		NULL},
};
#define NITEMS (sizeof(items) / sizeof(items[0]))

/* Scores are kept in tenths, so that they print and compare exactly. */
static unsigned int score_tenths(struct table *t, struct service *s,
	struct strbuf *why)
{
	double total = 0, x;
	size_t i;

	for (i = 0; i < NITEMS; i++) {
		x = items[i].exposed(t, s);
		total += x * items[i].weight;
		if (!why || x <= 0)
			continue;
		sb_printf(why, "    +%.2f  %s", x * items[i].weight,
			items[i].what);
		if (items[i].detail) {
			struct strbuf d = {0};

			items[i].detail(t, s, &d);
			if (*sb_str(&d))
				sb_printf(why, ":%s", sb_str(&d));
			sb_free(&d);
		}
		sb_putc(why, '\n');
	}
	return (unsigned int)(total * 10 + 0.5);
}

static const char *verdict(unsigned int tenths)
{
	if (tenths <= 20)
		return "locked down";
	if (tenths <= 50)
		return "restricted";
	if (tenths <= 80)
		return "exposed";
	return "unrestricted";
}

/* INIT_MAX_EXPOSURE "N" or "N.N" in tenths; 100 (no limit) when absent. */
static unsigned int max_tenths(struct table *t, const struct sym **sym)
{
	const char *v;
	unsigned int whole = 0, frac = 0;
	char c = 0, extra;

	*sym = config_get(&t->cfg, "INIT_MAX_EXPOSURE");
	if (!*sym)
		return 100;
	v = (*sym)->value;
	if ((sscanf(v, "%u%c", &whole, &extra) == 1 ||
		    (sscanf(v, "%u.%c%c", &whole, &c, &extra) == 2 && c >= '0' &&
			    c <= '9')) &&
		whole <= 10 && v[0] >= '0' && v[0] <= '9') {
		frac = c ? (unsigned int)(c - '0') : 0;
		if (whole * 10 + frac <= 100)
			return whole * 10 + frac;
	}
	gen_error("INIT_MAX_EXPOSURE=\"%s\": not a score from 0 to 10 "
		  "(at most one decimal, e.g. \"6.5\")",
		v);
	return 100;
}

/* The three largest contributions, for the error line: "a, b, c". */
static void top_items(struct table *t, struct service *s, char *buf,
	size_t len)
{
	double w[NITEMS];
	size_t i, n, best;

	for (i = 0; i < NITEMS; i++)
		w[i] = items[i].exposed(t, s) * items[i].weight;
	buf[0] = '\0';
	for (n = 0; n < 3; n++) {
		best = 0;
		for (i = 1; i < NITEMS; i++)
			if (w[i] > w[best])
				best = i;
		if (w[best] <= 0)
			break;
		snprintf(buf + strlen(buf), len - strlen(buf), "%s%s",
			n ? "; " : "", items[best].what);
		w[best] = 0;
	}
}

void exposure_check(struct table *t)
{
	const struct sym *max_sym;
	unsigned int max = max_tenths(t, &max_sym), sc;
	char top[512];
	size_t k;

	for (k = 0; k < t->nsvcs; k++) {
		struct service *s = &t->svcs[t->order ? t->order[k] : k];

		sc = score_tenths(t, s, NULL);
		if (sc <= max)
			continue;
		top_items(t, s, top, sizeof(top));
		gen_error("%s: exposure %u.%u exceeds INIT_MAX_EXPOSURE=\"%s\"; "
			  "most of it: %s",
			s->stem, sc / 10, sc % 10, max_sym->value, top);
	}
}

/*
 * A root service owns the cgroup files (DAC lets uid 0 write them): with
 * its hierarchies writable it can raise the limits kept there or leave
 * its cgroup, and its device filter with it.
 */
static void lint_cgroup_writable(struct table *t, struct service *s)
{
	static const char *const limits[] = {"TASKS_MAX", "MEMORY_MAX",
		"CPU_QUOTA"};
	char what[128] = "";
	size_t i;

	for (i = 0; i < sizeof(limits) / sizeof(limits[0]); i++)
		if (opt_limited(t, s, limits[i]))
			snprintf(what + strlen(what), sizeof(what) - strlen(what),
				"%s%s", *what ? ", " : "", limits[i]);
	if (dev_filter(s))
		snprintf(what + strlen(what), sizeof(what) - strlen(what),
			"%sdevice list", *what ? ", " : "");
	if (!*what)
		return;
	gen_warning("%s_PROTECT_CONTROL_GROUPS=n: the service runs as root "
		    "and can write its own cgroup, which holds its limits (%s): "
		    "it can lift them (turn the option on, or give the service "
		    "another USER)",
		s->stem, what);
}

/*
 * Does the service hold capability cap?  Ambient ones always; through
 * the bounding set only as root, and only where a set was narrowed
 * ("" is warned about on its own, "all" is chosen on purpose).  The set
 * is the one PID 1 applies, after PROTECT_CLOCK took its two out.
 */
static int lint_keeps(struct table *t, struct service *s, int cap)
{
	const char *set = opt(t, s, "CAPABILITY_BOUNDING_SET");
	const uint64_t bit = 1ULL << cap;

	if (s->cap_ambient & bit)
		return 1;
	if (s->uid != 0 || !*set || !strcmp(set, "all"))
		return 0;
	return !s->cap_bounding_mode || (s->cap_bounding & bit);
}

/*
 * A filter that lets a group of calls through while the service keeps
 * the capability those calls need: the filter was written to leave the
 * service without them, and the capability hands them back.
 */
static void lint_filter_caps(struct table *t, struct service *s)
{
	static const struct {
		const char *group;
		int cap;
		const char *cap_name;
		const char *example; /* named first when it is let through */
	} pairs[] = {
		{"@mount", K_CAP_SYS_ADMIN, "CAP_SYS_ADMIN", "mount"},
		{"@module", K_CAP_SYS_MODULE, "CAP_SYS_MODULE", "finit_module"},
		{"@raw-io", K_CAP_SYS_RAWIO, "CAP_SYS_RAWIO", "iopl"},
		{"@reboot", K_CAP_SYS_BOOT, "CAP_SYS_BOOT", "reboot"},
		{"@clock", K_CAP_SYS_TIME, "CAP_SYS_TIME", "clock_settime"},
	};
	uint32_t target = target_token(t);
	struct call_set cs;
	const char *call;
	size_t i;

	filter_read(t, s, &cs);
	for (i = 0; cs.mode && i < sizeof(pairs) / sizeof(pairs[0]); i++) {
		if (!lint_keeps(t, s, pairs[i].cap))
			continue;
		call = group_open(&cs, target, pairs[i].group, 0);
		if (!call)
			continue;
		if (call_here(target, pairs[i].example) &&
			set_has(&cs, pairs[i].example) == (cs.mode == 1))
			call = pairs[i].example;
		gen_warning("%s_SYSTEM_CALL_FILTER=\"%s\": lets %s through "
			    "(%s) while the service keeps %s, with which those "
			    "calls work: deny %s, or drop %s",
			s->stem, opt(t, s, "SYSTEM_CALL_FILTER"),
			pairs[i].group, call, pairs[i].cap_name,
			pairs[i].group, pairs[i].cap_name);
	}
	set_free(&cs);
}

/* Netlink sockets with CAP_NET_ADMIN reconfigure the network (links,
 * addresses, routes, firewall); in a network namespace of its own only
 * the service's. */
static void lint_netlink(struct table *t, struct service *s)
{
	int open[AF_CLASSES];

	if (!*opt(t, s, "RESTRICT_ADDRESS_FAMILIES") ||
		opt_on(t, s, "PRIVATE_NETWORK") ||
		!lint_keeps(t, s, K_CAP_NET_ADMIN))
		return;
	families_open(t, s, open);
	if (!open[AF_CLASS_NETLINK])
		return;
	gen_warning("%s_RESTRICT_ADDRESS_FAMILIES=\"%s\": allows AF_NETLINK "
		    "while the service keeps CAP_NET_ADMIN, with which it can "
		    "reconfigure the host's network: refuse AF_NETLINK, or "
		    "drop CAP_NET_ADMIN",
		s->stem, opt(t, s, "RESTRICT_ADDRESS_FAMILIES"));
}

/*
 * Semantic lint: policies that build but do not do what they seem to.
 * Warnings (errors under INIT_POLICY_STRICT). Capabilities are judged only
 * where a bounding set is configured, except for the plain case of a root
 * service that keeps all of them.
 */
void policy_lint(struct table *t)
{
	const char *set, *allow;
	size_t k, j;

	for (k = 0; k < t->nsvcs; k++) {
		struct service *s = &t->svcs[t->order[k]];

		set = opt(t, s, "CAPABILITY_BOUNDING_SET");
		if (s->uid == 0 && !*set)
			gen_warning("%s_CAPABILITY_BOUNDING_SET=\"\": a root "
				    "service keeps every capability (give a "
				    "list, \"~LIST\" or \"none\")",
				s->stem);
		if (s->uid == 0 && !s->protect_cgroups)
			lint_cgroup_writable(t, s);
		lint_filter_caps(t, s);
		lint_netlink(t, s);
		allow = opt(t, s, "DEVICE_ALLOW");
		if (strstr(allow, "c *:*") && strstr(allow, "b *:*"))
			gen_warning("%s_DEVICE_ALLOW=\"%s\": allows every "
				    "character and block device: the device "
				    "filter restricts nothing",
				s->stem, allow);
		/* Only a narrowed set: one that keeps everything ("" warned
		 * above, "all" chosen on purpose) can take over anything. */
		if (!*set || !strcmp(set, "all") ||
		    !keeps_cap(set, "CAP_SYS_PTRACE"))
			continue;
		for (j = 0; j < t->nsvcs; j++) {
			struct service *o = &t->svcs[j];

			if (o == s || o->uid != s->uid)
				continue;
			gen_warning("%s_CAPABILITY_BOUNDING_SET=\"%s\": keeps "
				    "CAP_SYS_PTRACE, with which the service can "
				    "take over %s (same uid %lu)",
				s->stem, set, o->id, s->uid);
			break;
		}
	}
}

void gen_exposure_txt(struct table *t, struct strbuf *sb)
{
	unsigned int sc;
	size_t k;

	sb_puts(sb, "# Exposure of each service: 0 locked down .. 10 "
		    "unrestricted\n"
		    "# (generated from .config, do not edit; weights in "
		    "docs/exposure.md)\n");
	for (k = 0; k < t->nsvcs; k++) {
		struct service *s = &t->svcs[t->order[k]];
		struct strbuf why = {0};

		sc = score_tenths(t, s, &why);
		sb_printf(sb, "\n%-16s %2u.%u  %s\n", s->id, sc / 10, sc % 10,
			verdict(sc));
		sb_puts(sb, sb_str(&why));
		sb_free(&why);
	}
}

void exposure_summary(struct table *t, FILE *f)
{
	unsigned int sc;
	size_t k;

	for (k = 0; k < t->nsvcs; k++) {
		struct service *s = &t->svcs[t->order[k]];

		sc = score_tenths(t, s, NULL);
		fprintf(f, "  EXPOSE  %-16s %2u.%u %s\n", s->id, sc / 10,
			sc % 10, verdict(sc));
	}
}
