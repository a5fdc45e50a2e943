/*
 * exposure.c - the exposure score of each service (0 locked down .. 10
 * unrestricted) and the policy lint, computed from .config at build time.
 *
 * In the spirit of `systemd-analyze security`, but before anything boots:
 * each restriction a service lacks adds its weight (the table below, also
 * in docs/exposure.md). The score reads the restriction options by their
 * public Kconfig names, so an option a build does not know yet counts as
 * absent, that is, as exposed.
 */
#include "gen.h"

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

/* One item of the score: its weight, and how exposed (0..1) the service is. */
struct item {
	const char *what;
	double weight;
	double (*exposed)(struct table *t, struct service *s);
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

/* The weights add up to 10; docs/exposure.md explains each. */
static const struct item items[] = {
	{"runs as root (USER)", 1.7, x_root},
	{"powerful capabilities kept (CAPABILITY_BOUNDING_SET)", 2.0, x_caps},
	{"may gain privileges (NO_NEW_PRIVILEGES)", 0.5, x_nnp},
	{"host network (PRIVATE_NETWORK)", 1.0, x_net},
	{"shared /tmp (PRIVATE_TMP)", 0.5, x_tmp},
	{"writable file system (ROOT_DIRECTORY, READ_ONLY_PATHS)", 1.0,
		x_fs},
	{"nothing hidden (INACCESSIBLE_PATHS)", 0.3, x_hidden},
	{"all devices (DEVICE_POLICY, DEVICE_ALLOW)", 1.2, x_devices},
	{"sees every process (PRIVATE_PIDS)", 0.5, x_pids},
	{"shared IPC (PRIVATE_IPC)", 0.3, x_ipc},
	{"shared hostname (PRIVATE_UTS)", 0.2, x_uts},
	{"unlimited tasks (TASKS_MAX)", 0.4, x_tasks},
	{"unlimited memory (MEMORY_MAX)", 0.4, x_memory},
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
		if (why && x > 0)
			sb_printf(why, "    +%.2f  %s\n", x * items[i].weight,
				items[i].what);
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
