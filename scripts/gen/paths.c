/*
 * paths.c - the path options of systemd.exec(5) beyond READ_ONLY_PATHS and
 * INACCESSIBLE_PATHS (ns.c): PROTECT_SYSTEM, PROTECT_HOME,
 * READ_WRITE_PATHS, TEMPORARY_FILE_SYSTEM, BIND_PATHS,
 * BIND_READ_ONLY_PATHS, NO_EXEC_PATHS, EXEC_PATHS.
 *
 * PID 1 applies them in the order of init/mount.c's mount_steps[]; the
 * checks here refuse what that order would silently undo (a read-only
 * path below a writable hole, a bind a later tmpfs hides) and warn about
 * what defeats itself (a writable bind onto a system directory under
 * PROTECT_SYSTEM).  The options are applied in table order, after the
 * ns.c family, so ROOT_DIRECTORY, PRIVATE_TMP, READ_ONLY_PATHS and
 * INACCESSIBLE_PATHS are known, and each option here may look at the ones
 * before it in paths_options[].
 */
#include "gen.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* The kernel's MOUNT_ATTR_* bits (<linux/mount.h>), as PID 1 passes them. */
#define ATTR_RDONLY 0x1u
#define ATTR_NOSUID 0x2u
#define ATTR_NODEV 0x4u
#define ATTR_NOEXEC 0x8u
#define ATTR_NOATIME 0x10u
#define ATTR_STRICTATIME 0x20u
#define ATTR_ATIME_MASK 0x70u
#define ATTR_NODIRATIME 0x80u

/* The values' names, indexed like enum svc_protect_system / _home. */
static const char *const protect_system_names[] = {
	"no", "yes", "full", "strict", NULL};
static const char *const protect_home_names[] = {
	"no", "yes", "read-only", "tmpfs", NULL};
enum { SYSTEM_NO, SYSTEM_YES, SYSTEM_FULL, SYSTEM_STRICT };
enum { HOME_NO, HOME_YES, HOME_READ_ONLY, HOME_TMPFS };

struct path_bind {
	char *source, *target;
	int read_only, recursive, optional;
};

struct path_tmpfs {
	char *path;
	unsigned int attrs;
	char **opts;  /* key, value, ..., NULL */
	size_t nopts; /* keys */
};

static const char *const api_dirs[] = {"/proc", "/sys", "/dev", NULL};
static const char *const home_dirs[] = {"/home", "/root", "/run/user", NULL};
/* What a writable bind should not be made onto under PROTECT_SYSTEM. */
static const char *const system_dirs[] = {"/usr", "/boot", "/efi", "/etc",
	"/bin", "/sbin", "/lib", "/lib32", "/lib64", "/opt", NULL};

/* Is path equal to or below dir? */
static int within(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	if (!strcmp(dir, "/"))
		return 1;
	return !strncmp(path, dir, n) && (path[n] == '\0' || path[n] == '/');
}

/* The first of dirs (NULL-terminated) path is equal to or below, or NULL. */
static const char *within_any(const char *path, const char *const *dirs)
{
	for (; *dirs; dirs++)
		if (within(path, *dirs))
			return *dirs;
	return NULL;
}

static const char *bare(const char *entry)
{
	return entry + (entry[0] == '-');
}

/* The first path of a list (with "-" prefixes) path is equal to or below. */
static const char *within_list(const char *path, char **list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (within(path, bare(list[i])))
			return bare(list[i]);
	return NULL;
}

static void apply_protect_system(
	struct table *t, struct service *s, const struct value *v)
{
	static const char *const dirs[] = {"/usr", "/boot", "/efi", "/etc"};
	size_t i;

	value_choice(v, protect_system_names, &s->protect_system);
	if (s->protect_system == SYSTEM_YES || s->protect_system == SYSTEM_FULL)
		for (i = 0; i < 3 + (s->protect_system == SYSTEM_FULL); i++)
			ns_fixed_path_check(t, s, v, dirs[i]);
}

static void apply_protect_home(
	struct table *t, struct service *s, const struct value *v)
{
	const char *home;

	value_choice(v, protect_home_names, &s->protect_home);
	if (s->protect_home == HOME_NO)
		return;
	ns_fixed_path_check(t, s, v, "/home");
	ns_fixed_path_check(t, s, v, "/root");
	if (s->protect_home == HOME_READ_ONLY)
		return;
	/* Hidden or empty: the program and its directory are gone. */
	if (s->argc && (home = within_any(s->argv[0], home_dirs)))
		value_error(v, "the program %s is below %s, which it hides",
			s->argv[0], home);
	if (s->workdir && (home = within_any(s->workdir, home_dirs)) &&
		strcmp(s->workdir, home))
		value_error(v,
			"the working directory %s is below %s, which it hides",
			s->workdir, home);
}

/* A hole, an exec hole or a bind target that a later step or a hidden home
 * would make pointless: an error naming why. */
static int hidden_home(const struct service *s, const struct value *v,
	const char *what, const char *path)
{
	const char *home;

	if (s->protect_home != HOME_YES && s->protect_home != HOME_TMPFS)
		return 0;
	home = within_any(path, home_dirs);
	if (!home)
		return 0;
	value_error(v, "%s %s is below %s, which %s_PROTECT_HOME=%s %s", what,
		path, home, s->stem, protect_home_names[s->protect_home],
		s->protect_home == HOME_YES ? "hides" : "covers");
	return 1;
}

static void apply_read_write_paths(
	struct table *t, struct service *s, const struct value *v)
{
	const char *p, *q, *api;
	size_t i, j;

	s->read_write_paths = ns_path_list(t, s, v, &s->nread_write_paths, 1);
	for (i = 0; i < s->nread_write_paths; i++) {
		p = bare(s->read_write_paths[i]);
		if (!strcmp(p, "/")) {
			value_error(v,
				"/ would make the whole tree writable again, "
				"defeating PROTECT_SYSTEM and READ_ONLY_PATHS: "
				"list the writable directories");
			continue;
		}
		if ((api = within_any(p, api_dirs))) {
			value_error(v,
				"%s is in the API filesystem %s, which "
				"PROTECT_SYSTEM leaves as it is: no hole to "
				"open",
				p, api);
			continue;
		}
		if (hidden_home(s, v, "path", p))
			continue;
		if ((q = within_list(p, s->inaccessible_paths,
			     s->ninaccessible_paths))) {
			value_error(v,
				"%s is below %s of %s_INACCESSIBLE_PATHS", p, q,
				s->stem);
			continue;
		}
		for (j = 0; j < s->nread_only_paths; j++) {
			q = bare(s->read_only_paths[j]);
			if (!strcmp(p, q))
				value_error(v,
					"%s is also in %s_READ_ONLY_PATHS", p,
					s->stem);
			else if (within(q, p))
				value_error(v,
					"%s of %s_READ_ONLY_PATHS is below %s: "
					"the hole would make it writable again",
					q, s->stem, p);
		}
	}
}

/* "1024", "64k", "16m", "1g", and for size also "50%". */
static int size_ok(const char *s, int percent)
{
	size_t n = strspn(s, "0123456789");

	if (!n || n > 12)
		return 0;
	if (!s[n])
		return 1;
	if (s[n + 1])
		return 0;
	return strchr("kKmMgG", s[n]) || (percent && s[n] == '%');
}

/* Set key to value in the option list of m (a later one wins). */
static void tmpfs_set(struct path_tmpfs *m, const char *key, const char *value)
{
	size_t i;

	for (i = 0; i < m->nopts; i++) {
		if (!strcmp(m->opts[2 * i], key)) {
			free(m->opts[2 * i + 1]);
			m->opts[2 * i + 1] = xstrdup(value);
			return;
		}
	}
	m->opts = xrealloc(m->opts, (2 * m->nopts + 3) * sizeof(*m->opts));
	m->opts[2 * m->nopts] = xstrdup(key);
	m->opts[2 * m->nopts + 1] = xstrdup(value);
	m->nopts++;
	m->opts[2 * m->nopts] = NULL;
}

static const struct {
	const char *name;
	unsigned int set, clear;
} tmpfs_flags[] = {
	{"ro", ATTR_RDONLY, 0},
	{"rw", 0, ATTR_RDONLY},
	{"nosuid", ATTR_NOSUID, 0},
	{"suid", 0, ATTR_NOSUID},
	{"nodev", ATTR_NODEV, 0},
	{"dev", 0, ATTR_NODEV},
	{"noexec", ATTR_NOEXEC, 0},
	{"exec", 0, ATTR_NOEXEC},
	{"strictatime", ATTR_STRICTATIME, ATTR_ATIME_MASK},
	{"relatime", 0, ATTR_ATIME_MASK},
	{"noatime", ATTR_NOATIME, ATTR_ATIME_MASK},
	{"nodiratime", ATTR_NODIRATIME, 0},
	{"diratime", 0, ATTR_NODIRATIME},
};
#define TMPFS_KEYS "size= nr_blocks= nr_inodes= mode= uid= gid="

/* One option of a TEMPORARY_FILE_SYSTEM entry: 0, or -1 (reported). */
static int tmpfs_option(struct table *t, const struct value *v,
	const char *word, struct path_tmpfs *m, const char *opt)
{
	const char *eq = strchr(opt, '='), *val = eq ? eq + 1 : NULL;
	char *key, num[24];
	size_t i;
	int ok = 0;

	for (i = 0; !eq && i < sizeof(tmpfs_flags) / sizeof(tmpfs_flags[0]);
		i++) {
		if (!strcmp(opt, tmpfs_flags[i].name)) {
			m->attrs &= ~tmpfs_flags[i].clear;
			m->attrs |= tmpfs_flags[i].set;
			return 0;
		}
	}
	if (!eq) {
		value_error(v,
			"\"%s\": unknown option \"%s\" (known: ro rw nosuid "
			"suid nodev dev noexec exec strictatime relatime "
			"noatime nodiratime diratime " TMPFS_KEYS ")",
			word, opt);
		return -1;
	}
	key = xstrdup(opt);
	key[eq - opt] = '\0';
	if (!strcmp(key, "size"))
		ok = size_ok(val, 1);
	else if (!strcmp(key, "nr_blocks") || !strcmp(key, "nr_inodes"))
		ok = size_ok(val, 0);
	else if (!strcmp(key, "mode"))
		ok = val[0] && strlen(val) <= 4 &&
		     strspn(val, "01234567") == strlen(val);
	else if (!strcmp(key, "uid") || !strcmp(key, "gid")) {
		const struct user *u = NULL;
		const struct group *g = NULL;

		if (val[0] && strspn(val, "0123456789") == strlen(val) &&
			strlen(val) < 11 &&
			strtoul(val, NULL, 10) < 4294967295UL)
			ok = 1;
		else if (key[0] == 'u' &&
			 (u = userdb_user_by_name(&t->users, val)))
			ok = snprintf(num, sizeof(num), "%lu", u->uid) > 0;
		else if (key[0] == 'g' &&
			 (g = userdb_group_by_name(&t->users, val)))
			ok = snprintf(num, sizeof(num), "%lu", g->gid) > 0;
		if (u || g)
			val = num;
	} else {
		value_error(v,
			"\"%s\": unknown option \"%s\" (known: ro rw nosuid "
			"suid nodev dev noexec exec strictatime relatime "
			"noatime nodiratime diratime " TMPFS_KEYS ")",
			word, opt);
		free(key);
		return -1;
	}
	if (!ok) {
		value_error(v, "\"%s\": bad value in \"%s\"", word, opt);
		free(key);
		return -1;
	}
	tmpfs_set(m, key, val);
	free(key);
	return 0;
}

/* Where the image cannot say what a path is: below a filesystem mounted
 * at run time (/run, /tmp, INIT_MOUNTS...). */
static int runtime_path(struct table *t, struct service *s, const char *path)
{
	const char *root = s->root_directory ? s->root_directory : "";

	return mounts_runtime_prefix(t, root, path) != 0;
}

/* A mount point the service's option names: in the image, a directory
 * (want_dir 1), a non-directory (0) or either (-1); its mode in *mode. */
static int mount_point_check(struct table *t, struct service *s,
	const struct value *v, const char *word, const char *path,
	unsigned int *mode)
{
	const char *root = s->root_directory ? s->root_directory : "";
	struct image_path ip = {0};
	int ret;

	*mode = 0;
	if (ns_symlink_error(t, v, root, path, word))
		return -1;
	if (runtime_path(t, s, path))
		return 0;
	ret = table_image_resolve(t, root, path, 0, &ip);
	*mode = ip.mode;
	image_path_free(&ip);
	if (ret == -ENOENT)
		value_error(v,
			"\"%s\": %s%s is not in the image (%s): rampart "
			"creates no mount point",
			word, root, path, t->rootfs);
	else if (ret)
		value_error(v, "\"%s\": %s%s in the image (%s): %s", word, root,
			path, t->rootfs, strerror(-ret));
	return ret ? -1 : 0;
}

static void apply_temporary_fs(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX], *buf, **words, *path, *opts, *o, *next;
	struct path_tmpfs *m;
	unsigned int mode;
	size_t n, i, j;

	buf = xmalloc(strlen(v->text) + 1);
	words = xcalloc(parse_words_max(v->text), sizeof(*words));
	if (parse_words(v->text, buf, words, &n, err, sizeof(err))) {
		value_error(v, "%s", err);
		n = 0;
	}
	s->tmpfs = xcalloc(n + 1, sizeof(*s->tmpfs));
	for (i = 0; i < n; i++) {
		path = xstrdup(words[i]);
		opts = strchr(path, ':');
		if (opts)
			*opts++ = '\0';
		if (parse_path(path, err, sizeof(err))) {
			value_error(v, "\"%s\": %s", words[i], err);
			goto next;
		}
		if (!strcmp(path, "/")) {
			value_error(v, "\"%s\": / cannot be covered", words[i]);
			goto next;
		}
		for (j = 0; j < s->ntmpfs; j++)
			if (!strcmp(s->tmpfs[j].path, path))
				break;
		if (j < s->ntmpfs) {
			value_error(v, "%s is listed twice", path);
			goto next;
		}
		for (j = 0; j < s->ntmpfs; j++)
			if (within(path, s->tmpfs[j].path) ||
				within(s->tmpfs[j].path, path))
				break;
		if (j < s->ntmpfs) {
			value_error(v,
				"%s and %s are nested: the inner one would not "
				"exist in the outer empty tmpfs",
				s->tmpfs[j].path, path);
			goto next;
		}
		if (s->private_tmp &&
			(!strcmp(path, "/tmp") || !strcmp(path, "/var/tmp"))) {
			value_error(v, "%s is %s_PRIVATE_TMP's already", path,
				s->stem);
			goto next;
		}
		if (mount_point_check(t, s, v, words[i], path, &mode))
			goto next;
		if (mode && (mode & 0170000) != 0040000) {
			value_error(v,
				"\"%s\": %s is not a directory in the image",
				words[i], path);
			goto next;
		}
		m = &s->tmpfs[s->ntmpfs];
		/* systemd's defaults, then the entry's options in order */
		m->attrs = ATTR_NODEV | ATTR_STRICTATIME;
		tmpfs_set(m, "mode", "0755");
		for (o = opts; o; o = next) {
			next = strchr(o, ',');
			if (next)
				*next++ = '\0';
			if (!*o)
				value_error(
					v, "\"%s\": empty option", words[i]);
			if (!*o || tmpfs_option(t, v, words[i], m, o))
				break;
		}
		if (o) { /* an option was refused: not half an entry */
			for (j = 0; j < 2 * m->nopts; j++)
				free(m->opts[j]);
			free(m->opts);
			memset(m, 0, sizeof(*m));
			goto next;
		}
		m->path = xstrdup(path);
		s->ntmpfs++;
	next:
		free(path);
	}
	free(words);
	free(buf);
}

/* Does PROTECT_SYSTEM=ps make the system directory dir read-only? */
static int protects(int ps, const char *dir)
{
	if (ps == SYSTEM_STRICT)
		return 1;
	if (!strcmp(dir, "/etc"))
		return ps == SYSTEM_FULL;
	return ps != SYSTEM_NO &&
	       (!strcmp(dir, "/usr") || !strcmp(dir, "/boot") ||
		       !strcmp(dir, "/efi"));
}

/*
 * "[-]SOURCE[:TARGET[:rbind|norbind]]", as BindPaths= in systemd.exec(5);
 * the source as PID 1 sees it, the target inside ROOT_DIRECTORY.
 */
static void apply_binds(struct table *t, struct service *s,
	const struct value *v, int read_only)
{
	char err[PARSE_ERR_MAX], *buf, **words, *part[4], *w, *c;
	const char *root = s->root_directory ? s->root_directory : "";
	const char *dir;
	struct image_path ip = {0};
	struct path_bind *b;
	unsigned int smode, tmode;
	size_t n, i, j, k;
	int ret, optional;

	buf = xmalloc(strlen(v->text) + 1);
	words = xcalloc(parse_words_max(v->text), sizeof(*words));
	if (parse_words(v->text, buf, words, &n, err, sizeof(err))) {
		value_error(v, "%s", err);
		n = 0;
	}
	s->binds = xrealloc(s->binds, (s->nbinds + n + 1) * sizeof(*s->binds));
	for (i = 0; i < n; i++) {
		optional = words[i][0] == '-';
		w = xstrdup(words[i] + optional);
		for (k = 0, c = w; c && k < 4; k++) {
			part[k] = c;
			c = strchr(c, ':');
			if (c)
				*c++ = '\0';
		}
		if (c || k > 3) {
			value_error(v, "\"%s\": more than SOURCE:TARGET:OPTION",
				words[i]);
			goto next;
		}
		if (k < 2)
			part[1] = part[0];
		if (k == 3 && strcmp(part[2], "rbind") &&
			strcmp(part[2], "norbind")) {
			value_error(v,
				"\"%s\": unknown option \"%s\" (rbind or "
				"norbind)",
				words[i], part[2]);
			goto next;
		}
		if (parse_path(part[0], err, sizeof(err)) ||
			parse_path(part[1], err, sizeof(err))) {
			value_error(v, "\"%s\": %s", words[i], err);
			goto next;
		}
		if (!strcmp(part[1], "/")) {
			value_error(v, "\"%s\": cannot bind over /", words[i]);
			goto next;
		}
		for (j = 0; j < s->nbinds; j++)
			if (!strcmp(s->binds[j].target, part[1]))
				break;
		if (j < s->nbinds) {
			value_error(v, "target %s is bound twice", part[1]);
			goto next;
		}
		/* The source, from the image's own root. */
		if (ns_symlink_error(t, v, "", part[0], words[i]))
			goto next;
		smode = 0;
		if (!mounts_runtime_prefix(t, "", part[0])) {
			ret = table_image_resolve(t, "", part[0], 0, &ip);
			smode = ip.mode;
			image_path_free(&ip);
			if (ret == -ENOENT && !optional) {
				value_error(v,
					"source %s is not in the image (%s); "
					"write -%s if it may be missing",
					part[0], t->rootfs, words[i]);
				goto next;
			} else if (ret && ret != -ENOENT) {
				value_error(v,
					"source %s in the image (%s): %s",
					part[0], t->rootfs, strerror(-ret));
				goto next;
			}
		}
		if (mount_point_check(t, s, v, words[i], part[1], &tmode))
			goto next;
		if (smode && tmode &&
			((smode & 0170000) == 0040000) !=
				((tmode & 0170000) == 0040000)) {
			value_error(v,
				"\"%s\": %s and %s%s are not both directories",
				words[i], part[0], root, part[1]);
			goto next;
		}
		/* What a later step hides: the bind would be gone. */
		if (hidden_home(s, v, "target", part[1]))
			goto next;
		if (s->private_tmp && (dir = within_any(part[1],
					       (const char *const[]){"/tmp",
						       "/var/tmp", NULL}))) {
			value_error(v,
				"target %s is below %s, empty at start "
				"(%s_PRIVATE_TMP)",
				part[1], dir, s->stem);
			goto next;
		}
		for (j = 0; j < s->ntmpfs; j++) {
			if (within(part[1], s->tmpfs[j].path)) {
				value_error(v,
					"target %s is below %s of "
					"%s_TEMPORARY_FILE_SYSTEM, mounted "
					"after the binds",
					part[1], s->tmpfs[j].path, s->stem);
				break;
			}
		}
		if (j < s->ntmpfs)
			goto next;
		if ((dir = within_list(part[1], s->inaccessible_paths,
			     s->ninaccessible_paths))) {
			value_error(v,
				"target %s is below %s of "
				"%s_INACCESSIBLE_PATHS",
				part[1], dir, s->stem);
			goto next;
		}
		/* A writable bind onto a system directory undoes the
		 * protection the same service asked for. */
		if (!read_only && (dir = within_any(part[1], system_dirs)) &&
			protects(s->protect_system, dir))
			value_warning(v,
				"a writable bind onto %s opens a hole in %s, "
				"which %s_PROTECT_SYSTEM=%s makes read-only "
				"(use BIND_READ_ONLY_PATHS)",
				part[1], dir, s->stem,
				protect_system_names[s->protect_system]);
		b = &s->binds[s->nbinds++];
		b->source = xstrdup(part[0]);
		b->target = xstrdup(part[1]);
		b->read_only = read_only;
		b->recursive = k < 3 || !strcmp(part[2], "rbind");
		b->optional = optional;
	next:
		free(w);
	}
	free(words);
	free(buf);
}

static void apply_bind_paths(
	struct table *t, struct service *s, const struct value *v)
{
	apply_binds(t, s, v, 0);
}

/* Parents before what is below them (a plain strcmp order does that: a
 * prefix sorts first), so a deeper bind lands on a shallower one, as in
 * systemd; stable, so the table follows the configuration otherwise. */
static void binds_sort(struct service *s)
{
	struct path_bind b;
	size_t i, j;

	for (i = 1; i < s->nbinds; i++) {
		b = s->binds[i];
		for (j = i;
			j > 0 && strcmp(s->binds[j - 1].target, b.target) > 0;
			j--)
			s->binds[j] = s->binds[j - 1];
		s->binds[j] = b;
	}
}

static void apply_bind_read_only_paths(
	struct table *t, struct service *s, const struct value *v)
{
	apply_binds(t, s, v, 1);
	binds_sort(s);
}

static void apply_no_exec_paths(
	struct table *t, struct service *s, const struct value *v)
{
	s->no_exec_paths = ns_path_list(t, s, v, &s->nno_exec_paths, 1);
}

/* The deepest entry of list path is equal to or below: its length, or 0
 * (1 for "/"). */
static size_t deepest(const char *path, char **list, size_t n)
{
	size_t i, best = 0, len;

	for (i = 0; i < n; i++) {
		if (!within(path, bare(list[i])))
			continue;
		len = strlen(bare(list[i]));
		if (len > best)
			best = len;
	}
	return best;
}

static void apply_exec_paths(
	struct table *t, struct service *s, const struct value *v)
{
	const char *p, *api;
	size_t i, j;

	s->exec_paths = ns_path_list(t, s, v, &s->nexec_paths, 1);
	for (i = 0; i < s->nexec_paths; i++) {
		p = bare(s->exec_paths[i]);
		if (!strcmp(p, "/")) {
			value_error(v,
				"/ would make every mount executable, /proc, "
				"/dev and /run included: list the directories");
			continue;
		}
		if ((api = within_any(p, api_dirs)))
			value_error(v,
				"%s is in the API filesystem %s: its noexec is "
				"not the service's to lift",
				p, api);
		for (j = 0; j < s->nno_exec_paths; j++)
			if (!strcmp(p, bare(s->no_exec_paths[j])))
				value_error(v, "%s is also in %s_NO_EXEC_PATHS",
					p, s->stem);
	}
	/* Deeper wins, EXEC_PATHS on a tie (it is applied last). */
	if (s->argc &&
		deepest(s->argv[0], s->no_exec_paths, s->nno_exec_paths) >
			deepest(s->argv[0], s->exec_paths, s->nexec_paths))
		value_error(v,
			"the program %s is below a path of %s_NO_EXEC_PATHS "
			"and of none here: it could not run",
			s->argv[0], s->stem);
}

/* -- output -- */

static const char *const system_enums[] = {"SVC_PROTECT_SYSTEM_NO",
	"SVC_PROTECT_SYSTEM_YES", "SVC_PROTECT_SYSTEM_FULL",
	"SVC_PROTECT_SYSTEM_STRICT"};
static const char *const home_enums[] = {"SVC_PROTECT_HOME_NO",
	"SVC_PROTECT_HOME_YES", "SVC_PROTECT_HOME_READ_ONLY",
	"SVC_PROTECT_HOME_TMPFS"};

void paths_gen_entry(struct service *s, struct strbuf *sb)
{
	size_t i, j;

	if (s->protect_system)
		sb_printf(sb, "\t\t.protect_system = %s,\n",
			system_enums[s->protect_system]);
	if (s->protect_home)
		sb_printf(sb, "\t\t.protect_home = %s,\n",
			home_enums[s->protect_home]);
	gen_path_list(sb, "read_write_paths", s->read_write_paths,
		s->nread_write_paths);
	if (s->nbinds) {
		sb_puts(sb, "\t\t.binds = (const struct svc_bind[]){\n");
		for (i = 0; i < s->nbinds; i++) {
			sb_puts(sb, "\t\t\t{ .source = ");
			sb_c_string(sb, s->binds[i].source);
			sb_puts(sb, ", .target = ");
			sb_c_string(sb, s->binds[i].target);
			sb_printf(sb,
				", .read_only = %d, .recursive = %d, .optional "
				"= %d },\n",
				s->binds[i].read_only, s->binds[i].recursive,
				s->binds[i].optional);
		}
		sb_printf(sb, "\t\t},\n\t\t.nbinds = %zu,\n", s->nbinds);
	}
	if (s->ntmpfs) {
		sb_puts(sb, "\t\t.tmpfs = (const struct svc_tmpfs[]){\n");
		for (i = 0; i < s->ntmpfs; i++) {
			sb_puts(sb, "\t\t\t{ .path = ");
			sb_c_string(sb, s->tmpfs[i].path);
			sb_printf(sb,
				", .attrs = 0x%x, .opts = (const char "
				"*const[]){",
				s->tmpfs[i].attrs);
			for (j = 0; j < 2 * s->tmpfs[i].nopts; j++) {
				sb_putc(sb, ' ');
				sb_c_string(sb, s->tmpfs[i].opts[j]);
				sb_putc(sb, ',');
			}
			sb_puts(sb, " NULL } },\n");
		}
		sb_printf(sb, "\t\t},\n\t\t.ntmpfs = %zu,\n", s->ntmpfs);
	}
	gen_path_list(sb, "no_exec_paths", s->no_exec_paths, s->nno_exec_paths);
	gen_path_list(sb, "exec_paths", s->exec_paths, s->nexec_paths);
}

static void txt_list(struct strbuf *sb, const char *tag, char **list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		sb_printf(sb, "  %-8s", i ? "" : tag);
		sb_shell_word(sb, list[i]);
		sb_putc(sb, '\n');
	}
}

/* services.txt lines, only those set: what `make policy` prints. */
void paths_gen_txt(struct service *s, struct strbuf *sb)
{
	unsigned int a;
	size_t i, j;

	if (s->protect_system || s->protect_home)
		sb_printf(sb, "  protect system=%s home=%s\n",
			protect_system_names[s->protect_system],
			protect_home_names[s->protect_home]);
	txt_list(sb, "rw", s->read_write_paths, s->nread_write_paths);
	for (i = 0; i < s->nbinds; i++) {
		sb_printf(sb, "  %-8s", i ? "" : "bind");
		sb_shell_word(sb, s->binds[i].source);
		sb_puts(sb, " -> ");
		sb_shell_word(sb, s->binds[i].target);
		sb_printf(sb, " (%s%s%s)\n",
			s->binds[i].read_only ? "read-only" : "writable",
			s->binds[i].recursive ? "" : ", norbind",
			s->binds[i].optional ? ", may be missing" : "");
	}
	for (i = 0; i < s->ntmpfs; i++) {
		a = s->tmpfs[i].attrs;
		sb_printf(sb, "  %-8s", i ? "" : "tmpfs");
		sb_shell_word(sb, s->tmpfs[i].path);
		sb_printf(sb, " %s%s%s%s%s%s", a & ATTR_RDONLY ? "ro" : "rw",
			a & ATTR_NOSUID ? ",nosuid" : "",
			a & ATTR_NODEV ? ",nodev" : "",
			a & ATTR_NOEXEC ? ",noexec" : "",
			a & ATTR_NODIRATIME ? ",nodiratime" : "",
			(a & ATTR_ATIME_MASK) == ATTR_STRICTATIME
				? ",strictatime"
			: (a & ATTR_ATIME_MASK) == ATTR_NOATIME ? ",noatime"
								: ",relatime");
		for (j = 0; j < s->tmpfs[i].nopts; j++)
			sb_printf(sb, ",%s=%s", s->tmpfs[i].opts[2 * j],
				s->tmpfs[i].opts[2 * j + 1]);
		sb_putc(sb, '\n');
	}
	txt_list(sb, "noexec", s->no_exec_paths, s->nno_exec_paths);
	txt_list(sb, "exec", s->exec_paths, s->nexec_paths);
}

static void free_list(char **list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(list[i]);
	free(list);
}

/* credentials.c: the BIND_PATHS or TEMPORARY_FILE_SYSTEM entry mounted
 * at or above path (which it would cover), or NULL; *what its option. */
const char *paths_covering(
	const struct service *s, const char *path, const char **what)
{
	size_t i, n;

	for (i = 0; i < s->nbinds + s->ntmpfs; i++) {
		const char *p = i < s->nbinds ? s->binds[i].target :
						s->tmpfs[i - s->nbinds].path;

		n = strlen(p);
		if (!strcmp(p, "/") || (!strncmp(path, p, n) &&
					       (!path[n] || path[n] == '/'))) {
			*what = i < s->nbinds ? "BIND_PATHS" :
						"TEMPORARY_FILE_SYSTEM";
			return p;
		}
	}
	return NULL;
}

void paths_free(struct service *s)
{
	size_t i, j;

	free_list(s->read_write_paths, s->nread_write_paths);
	free_list(s->no_exec_paths, s->nno_exec_paths);
	free_list(s->exec_paths, s->nexec_paths);
	for (i = 0; i < s->nbinds; i++) {
		free(s->binds[i].source);
		free(s->binds[i].target);
	}
	free(s->binds);
	for (i = 0; i < s->ntmpfs; i++) {
		free(s->tmpfs[i].path);
		for (j = 0; j < 2 * s->tmpfs[i].nopts; j++)
			free(s->tmpfs[i].opts[j]);
		free(s->tmpfs[i].opts);
	}
	free(s->tmpfs);
}

/* clang-format off */
static const struct svc_option paths_options[] = {
	{
		.suffix = "PROTECT_SYSTEM",
		.type = OPT_STRING,
		.prompt = "Read-only system: no, yes, full or strict",
		.def = "\"no\"",
		.apply = apply_protect_system,
		.help =
"As ProtectSystem= in systemd.exec(5). \"yes\": /usr, /boot and\n"
"/efi are read-only for the service (those the image has); \"full\":\n"
"/etc too; \"strict\": the whole tree, / and every mount below it,\n"
"except the API filesystems /proc, /sys and /dev, which keep what\n"
"they had (protect them with their own options). Even root gets\n"
"EROFS. It works with the initramfs as / (rootfs): in the service's\n"
"own mount namespace every mount is made read-only with\n"
"mount_setattr(AT_RECURSIVE), which PID 1 and other services do\n"
"not see. Holes: READ_WRITE_PATHS, BIND_PATHS, TEMPORARY_FILE_SYSTEM,\n"
"PRIVATE_TMP (a private /tmp stays writable).\n"
"\n"
"Unlike systemd, \"strict\" also makes /home, /root and /run/user\n"
"read-only unless PROTECT_HOME says otherwise (systemd leaves them\n"
"to ProtectHome=). Implies a private mount namespace.",
	},
	{
		.suffix = "PROTECT_HOME",
		.type = OPT_STRING,
		.prompt = "Home directories: no, yes, read-only or tmpfs",
		.def = "\"no\"",
		.apply = apply_protect_home,
		.help =
"As ProtectHome= in systemd.exec(5), over /home, /root and\n"
"/run/user (those that exist at start): \"yes\" hides them as\n"
"INACCESSIBLE_PATHS does, \"read-only\" makes them read-only,\n"
"\"tmpfs\" mounts an empty read-only tmpfs (mode 0755) over each.\n"
"The build fails if the program or the working directory is below\n"
"a hidden one. Implies a private mount namespace.",
	},
	{
		.suffix = "READ_WRITE_PATHS",
		.type = OPT_STRING,
		.prompt = "Writable paths (holes in a read-only tree)",
		.def = "\"\"",
		.apply = apply_read_write_paths,
		.help =
"Space-separated absolute paths that stay writable below\n"
"PROTECT_SYSTEM or READ_ONLY_PATHS, as ReadWritePaths= in\n"
"systemd.exec(5): each is cloned with its submounts, the clone made\n"
"writable while detached, and attached over it. The file\n"
"permissions still apply. \"-/path\" may be missing at start; the\n"
"other paths must be in the image. Refused: \"/\", paths in /proc,\n"
"/sys or /dev, a path of READ_ONLY_PATHS at or below one (it would\n"
"be made writable again), a path PROTECT_HOME or INACCESSIBLE_PATHS\n"
"hides. Implies a private mount namespace.",
	},
	{
		.suffix = "TEMPORARY_FILE_SYSTEM",
		.type = OPT_STRING,
		.prompt = "Empty tmpfs over paths (/path[:options])",
		.def = "\"\"",
		.apply = apply_temporary_fs,
		.help =
"Space-separated \"/path[:options]\": an empty tmpfs of the service's\n"
"own over each directory, as TemporaryFileSystem= in\n"
"systemd.exec(5), with systemd's defaults nodev,strictatime,\n"
"mode=0755 and then the options given, comma-separated: ro rw\n"
"nosuid suid nodev dev noexec exec strictatime relatime noatime\n"
"nodiratime diratime, size= nr_blocks= nr_inodes= (k, m, g; size\n"
"also %), mode= (octal), uid= gid= (numbers or names from the\n"
"image). Another option fails the build. The directory must be in\n"
"the image. Implies a private mount namespace.\n"
"\n"
"Example: \"/var:ro /srv/cache:size=1m,noexec\"",
	},
	{
		.suffix = "BIND_PATHS",
		.type = OPT_STRING,
		.prompt = "Writable bind mounts (src[:dst[:rbind|norbind]])",
		.def = "\"\"",
		.apply = apply_bind_paths,
		.help =
"Space-separated \"[-]SOURCE[:TARGET[:OPTION]]\", as BindPaths= in\n"
"systemd.exec(5): SOURCE (as PID 1 sees it, outside a\n"
"ROOT_DIRECTORY) is bind-mounted onto TARGET (inside it; default:\n"
"the same path), writable even below PROTECT_SYSTEM or\n"
"READ_ONLY_PATHS. OPTION: rbind (the default, submounts too) or\n"
"norbind. With \"-\" a source missing at start is skipped; otherwise\n"
"the source must be in the image. The target must exist (rampart\n"
"creates no mount point), of the same kind as the source. Both are\n"
"resolved without following symlinks: a symlink planted at run\n"
"time stops the service. The build warns about a writable bind onto\n"
"a directory PROTECT_SYSTEM protects. Implies a private mount\n"
"namespace.",
	},
	{
		.suffix = "BIND_READ_ONLY_PATHS",
		.type = OPT_STRING,
		.prompt = "Read-only bind mounts (src[:dst[:rbind|norbind]])",
		.def = "\"\"",
		.apply = apply_bind_read_only_paths,
		.help =
"As BIND_PATHS, but each bind is made read-only (submounts\n"
"included) before it is attached, as BindReadOnlyPaths= in\n"
"systemd.exec(5).",
	},
	{
		.suffix = "NO_EXEC_PATHS",
		.type = OPT_STRING,
		.prompt = "Paths where nothing may be executed",
		.def = "\"\"",
		.apply = apply_no_exec_paths,
		.help =
"Space-separated absolute paths mounted noexec, submounts\n"
"included, as NoExecPaths= in systemd.exec(5): execve() of a file\n"
"there fails with EACCES. \"/\" is allowed (everything, binds and\n"
"tmpfs included); open holes with EXEC_PATHS. \"-\" and the check in\n"
"the image are as for READ_ONLY_PATHS. Implies a private mount\n"
"namespace.",
	},
	{
		.suffix = "EXEC_PATHS",
		.type = OPT_STRING,
		.prompt = "Executable paths (holes in NO_EXEC_PATHS)",
		.def = "\"\"",
		.apply = apply_exec_paths,
		.help =
"Space-separated absolute paths where execution is allowed again\n"
"below NO_EXEC_PATHS, as ExecPaths= in systemd.exec(5). The build\n"
"fails if the program itself would be below a NO_EXEC_PATHS entry\n"
"and no deeper (or equal) EXEC_PATHS entry. Refused: \"/\" and paths\n"
"in /proc, /sys or /dev.",
	},
};
/* clang-format on */

const struct option_family paths_family = {
	"paths",
	paths_options,
	sizeof(paths_options) / sizeof(paths_options[0]),
};
