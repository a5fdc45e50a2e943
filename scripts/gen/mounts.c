/*
 * mounts.c - INIT_MOUNTS: the compiled-in mount table, checked at build
 * time; mount options that are flags become MS_* bits here, the rest is
 * passed to the filesystem as its data string.
 */
#include "gen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The flags of mount(8) that mount(2) takes as MS_* bits (linux/mount.h
 * values, which are the same on every architecture). */
static const struct {
	const char *name;
	unsigned long bit; /* 0: the default, accepted and ignored */
	const char *ms;
} mount_flags[] = {
	{"ro", 0x1, "MS_RDONLY"},
	{"rw", 0, NULL},
	{"nosuid", 0x2, "MS_NOSUID"},
	{"suid", 0, NULL},
	{"nodev", 0x4, "MS_NODEV"},
	{"dev", 0, NULL},
	{"noexec", 0x8, "MS_NOEXEC"},
	{"exec", 0, NULL},
	{"sync", 0x10, "MS_SYNCHRONOUS"},
	{"async", 0, NULL},
	{"dirsync", 0x80, "MS_DIRSYNC"},
	{"noatime", 0x400, "MS_NOATIME"},
	{"nodiratime", 0x800, "MS_NODIRATIME"},
	{"relatime", 0x200000, "MS_RELATIME"},
	{"strictatime", 0x1000000, "MS_STRICTATIME"},
	{"lazytime", 0x2000000, "MS_LAZYTIME"},
	{"defaults", 0, NULL},
};

#define NFLAGS (sizeof(mount_flags) / sizeof(mount_flags[0]))

/* What mount(8) would do but mount(2) with flags and data cannot. */
static const char *const refused_options[] = {
	"bind",
	"rbind",
	"move",
	"remount",
	"loop",
	"user",
	"users",
	"nofail",
	"auto",
	"noauto",
	"_netdev",
	NULL,
};

/* Stage 1 mounts these itself (init/early.c), and / is the initramfs. */
static const char *const reserved_targets[] = {
	"/",
	"/proc",
	"/sys",
	"/dev",
	"/dev/pts",
	"/run",
	"/sys/fs/cgroup",
	NULL,
};

static int in_list(const char *const *list, const char *s)
{
	for (; *list; list++)
		if (!strcmp(*list, s))
			return 1;
	return 0;
}

/* Options "a,b=c,d": flags into m->flags and m->flag_names, the rest
 * into m->data.  0 or -1 after reporting. */
static int mount_options(
	const char *shown, unsigned int k, char *opts, struct mount_entry *m)
{
	struct strbuf data = {0}, names = {0};
	int ro = 0, rw = 0, bad = 0;
	char *o, *next;
	size_t f;

	for (o = opts; o; o = next) {
		next = strchr(o, ',');
		if (next)
			*next++ = '\0';
		if (!*o) {
			gen_error("%s: entry %u: empty mount option", shown, k);
			bad = 1;
			continue;
		}
		if (in_list(refused_options, o)) {
			gen_error(
				"%s: entry %u: option %s is not supported "
				"(mount(2) flags and filesystem options only)",
				shown, k, o);
			bad = 1;
			continue;
		}
		for (f = 0; f < NFLAGS && strcmp(mount_flags[f].name, o); f++)
			;
		if (f == NFLAGS) {
			/* A filesystem option: the kernel checks it. */
			if (data.len)
				sb_putc(&data, ',');
			sb_puts(&data, o);
			continue;
		}
		ro |= !strcmp(o, "ro");
		rw |= !strcmp(o, "rw");
		if (mount_flags[f].bit && !(m->flags & mount_flags[f].bit)) {
			m->flags |= mount_flags[f].bit;
			sb_printf(&names, "%s%s", names.len ? " | " : "",
				mount_flags[f].ms);
		}
	}
	if (ro && rw) {
		gen_error("%s: entry %u: both ro and rw", shown, k);
		bad = 1;
	}
	m->data = data.len ? xstrdup(data.s) : NULL;
	m->flag_names = xstrdup(names.len ? names.s : "0");
	sb_free(&data);
	sb_free(&names);
	return bad ? -1 : 0;
}

/* One "SOURCE TARGET FSTYPE [OPTIONS]" entry (k counts from 1). */
static void mount_entry_parse(
	struct table *t, const char *shown, unsigned int k, const char *text)
{
	char err[PARSE_ERR_MAX], *buf, **w;
	struct mount_entry m = {0};
	size_t n, i;

	buf = xmalloc(strlen(text) + 1);
	w = xcalloc(parse_words_max(text), sizeof(*w));
	if (parse_words(text, buf, w, &n, err, sizeof(err))) {
		gen_error("%s: entry %u: %s", shown, k, err);
		goto out;
	}
	if (n < 3 || n > 4) {
		gen_error("%s: entry %u has %zu words, not SOURCE TARGET "
			  "FSTYPE [OPTIONS]",
			shown, k, n);
		goto out;
	}
	if (parse_path(w[1], err, sizeof(err))) {
		gen_error(
			"%s: entry %u: target \"%s\": %s", shown, k, w[1], err);
		goto out;
	}
	if (in_list(reserved_targets, w[1])) {
		gen_error("%s: entry %u: %s is mounted by PID 1 itself", shown,
			k, w[1]);
		goto out;
	}
	for (i = 0; i < t->nmounts; i++) {
		if (!strcmp(t->mounts[i].target, w[1])) {
			gen_error("%s: %s is listed twice", shown, w[1]);
			goto out;
		}
	}
	if (strspn(w[2], "abcdefghijklmnopqrstuvwxyz0123456789_.") !=
		strlen(w[2])) {
		gen_error("%s: entry %u: filesystem type \"%s\": only "
			  "a-z, 0-9, '_' and '.'",
			shown, k, w[2]);
		goto out;
	}
	if (n == 4 && mount_options(shown, k, w[3], &m)) {
		free(m.data);
		free(m.flag_names);
		goto out;
	}
	if (n == 3)
		m.flag_names = xstrdup("0");
	m.source = xstrdup(w[0]);
	m.target = xstrdup(w[1]);
	m.fstype = xstrdup(w[2]);
	t->mounts = xrealloc(t->mounts, (t->nmounts + 1) * sizeof(m));
	t->mounts[t->nmounts++] = m;
out:
	free(w);
	free(buf);
}

void mounts_read(struct table *t)
{
	const struct sym *sym = config_get(&t->cfg, "INIT_MOUNTS");
	char *copy, *entry, *next, *shown;
	unsigned int k = 0;

	if (!sym || !sym->quoted)
		return;
	shown = sym_show(sym->name, sym->value, 1);
	copy = xstrdup(sym->value);
	for (entry = copy; entry; entry = next) {
		next = strchr(entry, ';');
		if (next)
			*next++ = '\0';
		entry += strspn(entry, " \t\n");
		if (!*entry && !next && k)
			break; /* a trailing ';' */
		k++;
		if (!*entry) {
			if (next || k > 1)
				gen_error("%s: entry %u is empty", shown, k);
			continue;
		}
		mount_entry_parse(t, shown, k, entry);
	}
	if (t->nmounts > 255)
		gen_error("%s: at most 255 mounts", shown);
	free(copy);
	free(shown);
}

/* The index of the mount on target, or -1. */
int mounts_find(const struct table *t, const char *target)
{
	size_t i;

	for (i = 0; i < t->nmounts; i++)
		if (!strcmp(t->mounts[i].target, target))
			return (int)i;
	return -1;
}

/* What stage 1 or the kernel puts there at boot: not in the image. */
static const char *const runtime_dirs[] = {
	"/proc",
	"/sys",
	"/dev",
	"/run",
	"/tmp",
	NULL,
};

/* Is path strictly below dir (both absolute, normalised)? */
static int path_below(const char *path, const char *dir, size_t n)
{
	return !strncmp(path, dir, n) && path[n] == '/';
}

size_t mounts_runtime_prefix(
	const struct table *t, const char *root, const char *path)
{
	size_t best = 0, n, rn = strlen(root), i;
	const char *const *d;
	const char *target;

	for (d = runtime_dirs; *d; d++) {
		n = strlen(*d);
		if (n > best && path_below(path, *d, n))
			best = n;
	}
	/* A target of INIT_MOUNTS is where the service sees it: inside its
	 * root directory, if it has one, or not at all. */
	for (i = 0; i < t->nmounts; i++) {
		target = t->mounts[i].target;
		if (rn) {
			if (!path_below(target, root, rn))
				continue;
			target += rn;
		}
		n = strlen(target);
		if (n > best && path_below(path, target, n))
			best = n;
	}
	return best;
}

void mounts_free(struct table *t)
{
	size_t i;

	for (i = 0; i < t->nmounts; i++) {
		free(t->mounts[i].source);
		free(t->mounts[i].target);
		free(t->mounts[i].fstype);
		free(t->mounts[i].data);
		free(t->mounts[i].flag_names);
	}
	free(t->mounts);
}
