/*
 * dirs.c - rampart-gen: the service directories (RUNTIME_DIRECTORY,
 * STATE_DIRECTORY, CACHE_DIRECTORY, LOGS_DIRECTORY,
 * CONFIGURATION_DIRECTORY and their _MODE), systemd.exec(5)'s names and
 * meanings, and the bases of the persistent ones (INIT_*_DIRECTORY_BASE).
 *
 * Each option names directories relative to its base; the paths, the
 * owner (the service's uid:gid, root's for CONFIGURATION_DIRECTORY) and
 * the environment variable are fixed here.  PID 1 (init/dirs.c) makes
 * them before the start without following a symlink, mount.c makes them
 * writable holes in a read-only tree, and the runtime ones are removed
 * after the stop.
 */
#include "gen.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Indexed like init/service.h's enum svc_dir_type. */
static const struct {
	const char *option;  /* SVC_<ID>_<option>, and the variable's name */
	const char *base;    /* fixed base, or NULL: ... */
	const char *base_sym; /* ... this INIT_ symbol (default def_base) */
	const char *def_base;
	const char *txt;     /* services.txt */
	const char *c_type;  /* services.c */
} types[DIR_TYPES] = {
	{"RUNTIME_DIRECTORY", "/run", NULL, NULL, "runtime", "SVC_DIR_RUNTIME"},
	{"STATE_DIRECTORY", NULL, "INIT_STATE_DIRECTORY_BASE", "/var/lib",
		"state", "SVC_DIR_STATE"},
	{"CACHE_DIRECTORY", NULL, "INIT_CACHE_DIRECTORY_BASE", "/var/cache",
		"cache", "SVC_DIR_CACHE"},
	{"LOGS_DIRECTORY", NULL, "INIT_LOGS_DIRECTORY_BASE", "/var/log", "logs",
		"SVC_DIR_LOGS"},
	{"CONFIGURATION_DIRECTORY", "/etc", NULL, NULL, "config",
		"SVC_DIR_CONFIGURATION"},
};

/* The types, in systemd's order of creation. */
enum { D_RUNTIME, D_STATE, D_CACHE, D_LOGS, D_CONFIGURATION };

#define DIR_MODE_DEFAULT 0755u
#define DIR_NAMES_MAX 32

/* The bases as configured (dirs_check_init), "" until then. */
static const char *bases[DIR_TYPES];

static struct service_dirs *dirs_of(struct service *s)
{
	unsigned int k;

	if (!s->dirs) {
		s->dirs = xcalloc(1, sizeof(*s->dirs));
		for (k = 0; k < DIR_TYPES; k++)
			s->dirs->mode[k] = DIR_MODE_DEFAULT;
	}
	return s->dirs;
}

/* Which type an option's symbol is (SVC_A_STATE_DIRECTORY_MODE: STATE). */
static unsigned int type_of(const struct value *v, const char *tail)
{
	size_t n = strlen(v->sym), tn = strlen(tail), on;
	unsigned int k;

	for (k = 0; k < DIR_TYPES; k++) {
		on = strlen(types[k].option);
		if (n >= on + tn + 1 && v->sym[n - on - tn - 1] == '_' &&
			!strncmp(v->sym + n - on - tn, types[k].option, on) &&
			!strcmp(v->sym + n - tn, tail))
			return k;
	}
	gen_fatal("%s: not a service directory option", v->sym);
}

/* Is path equal to or below dir? */
static int path_within(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	if (!strcmp(dir, "/"))
		return 1;
	return !strncmp(path, dir, n) && (path[n] == '\0' || path[n] == '/');
}

/*
 * systemd's rules for the names: relative to the base, normalized (no
 * ".", "..", "//", trailing "/"), each once, none inside another of the
 * same option.  systemd's "source:destination" form (a symlink) is not
 * supported: PID 1 makes no symlinks.
 */
static void apply_names(
	struct table *t, struct service *s, const struct value *v)
{
	unsigned int k = type_of(v, "");
	char err[PARSE_ERR_MAX], *buf, **words, *abs;
	struct service_dirs *d;
	size_t n, i, j;

	(void)t;
	if (!v->text[0])
		return;
	words = split_words(v, &buf, &n);
	if (!words)
		return;
	d = dirs_of(s);
	if (n > DIR_NAMES_MAX) {
		value_error(v, "more than %d directories", DIR_NAMES_MAX);
		n = 0;
	}
	d->names[k] = xcalloc(n + 1, sizeof(char *));
	for (i = 0; i < n; i++) {
		const char *w = words[i];

		if (w[0] == '/') {
			value_error(v,
				"\"%s\": an absolute path; name it relative to %s",
				w, types[k].base ? types[k].base : bases[k]);
			continue;
		}
		if (strchr(w, ':')) {
			value_error(v,
				"\"%s\": the source:destination form is not supported",
				w);
			continue;
		}
		abs = xasprintf("/%s", w);
		if (parse_path(abs, err, sizeof(err))) {
			value_error(v, "\"%s\": %s", w, err);
			free(abs);
			continue;
		}
		free(abs);
		for (j = 0; j < d->n[k]; j++) {
			const char *o = d->names[k][j];

			if (!strcmp(o, w))
				value_error(v, "%s is listed twice", w);
			else if (path_within(w, o) || path_within(o, w))
				value_error(v, "%s and %s: one inside the other",
					o, w);
		}
		d->names[k][d->n[k]++] = xstrdup(w);
	}
	free(words);
	free(buf);
}

/* Octal, 0000 to 07777, as systemd's RuntimeDirectoryMode= etc.  A
 * string option: a Kconfig number would read "0755" as a leading-zero
 * error, or as 755 decimal. */
static void apply_mode(
	struct table *t, struct service *s, const struct value *v)
{
	unsigned int k = type_of(v, "_MODE"), m = 0;
	const char *p;

	(void)t;
	for (p = v->text; *p; p++) {
		if (*p < '0' || *p > '7' || p - v->text >= 5) {
			value_error(v, "not an octal mode (0000 to 07777)");
			return;
		}
		m = m * 8 + (unsigned int)(*p - '0');
	}
	if (p == v->text || m > 07777) {
		value_error(v, "not an octal mode (0000 to 07777)");
		return;
	}
	if (m == DIR_MODE_DEFAULT && !s->dirs)
		return;
	dirs_of(s)->mode[k] = m;
}

/* Help texts: the first lines each option's own, the rest shared. */
#define DIR_HELP_COMMON                                                        \
	"Space-separated names relative to the base, made (with their\n"      \
	"parents: root's, 0755) before the service starts, without\n"         \
	"following a symlink: a symlink, a file or another user's\n"          \
	"directory found there refuses the start (fail closed). Writable\n"   \
	"by the service even where READ_ONLY_PATHS or PROTECT_SYSTEM make\n"  \
	"the tree read-only. With ROOT_DIRECTORY they are made inside that\n" \
	"tree, as systemd does. Exported as the variable of the same\n"      \
	"name: the absolute paths, colon-separated. systemd.exec(5)."

#define MODE_HELP                                                              \
	"Access mode of the directories of this option (octal, 0000 to\n"     \
	"07777), set on them at every start; systemd's default 0755."

static const char *const preserve_names[] = {"no", "yes", "restart", NULL};

static void apply_preserve(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	value_choice(v, preserve_names, &s->runtime_preserve);
}

static const struct svc_option dirs_options[] = {
	{
		.suffix = "RUNTIME_DIRECTORY",
		.type = OPT_STRING,
		.prompt = "Runtime directories under /run (RuntimeDirectory=)",
		.def = "\"\"",
		.help = "Directories under /run owned by the service's user and\n"
			"group, removed when the service stops (every stop,\n"
			"restarts included: systemd's RuntimeDirectoryPreserve=no)\n"
			"and made afresh at the next start.\n" DIR_HELP_COMMON,
		.apply = apply_names,
	},
	{
		.suffix = "RUNTIME_DIRECTORY_MODE",
		.type = OPT_STRING,
		.prompt = "Mode of the runtime directories",
		.def = "\"0755\"",
		.help = MODE_HELP,
		.apply = apply_mode,
	},
	{
		.suffix = "RUNTIME_DIRECTORY_PRESERVE",
		.type = OPT_STRING,
		.prompt = "Keep the runtime directories (no, yes, restart)",
		.def = "\"no\"",
		.help = "As RuntimeDirectoryPreserve= in systemd.exec(5): \"no\"\n"
			"removes RUNTIME_DIRECTORY at every stop, restarts\n"
			"included; \"restart\" keeps it across a restart (by\n"
			"RESTART or rampartctl restart) and removes it when the\n"
			"service stops for good; \"yes\" never removes it (/run\n"
			"goes with the machine). A kept directory is taken again\n"
			"at the next start only if it is still the service's own.",
		.apply = apply_preserve,
	},
	{
		.suffix = "STATE_DIRECTORY",
		.type = OPT_STRING,
		.prompt = "State directories (StateDirectory=)",
		.def = "\"\"",
		.help = "Persistent directories under INIT_STATE_DIRECTORY_BASE\n"
			"(/var/lib) owned by the service's user and group; kept\n"
			"across restarts.\n" DIR_HELP_COMMON,
		.apply = apply_names,
	},
	{
		.suffix = "STATE_DIRECTORY_MODE",
		.type = OPT_STRING,
		.prompt = "Mode of the state directories",
		.def = "\"0755\"",
		.help = MODE_HELP,
		.apply = apply_mode,
	},
	{
		.suffix = "CACHE_DIRECTORY",
		.type = OPT_STRING,
		.prompt = "Cache directories (CacheDirectory=)",
		.def = "\"\"",
		.help = "Directories under INIT_CACHE_DIRECTORY_BASE (/var/cache)\n"
			"owned by the service's user and group.\n" DIR_HELP_COMMON,
		.apply = apply_names,
	},
	{
		.suffix = "CACHE_DIRECTORY_MODE",
		.type = OPT_STRING,
		.prompt = "Mode of the cache directories",
		.def = "\"0755\"",
		.help = MODE_HELP,
		.apply = apply_mode,
	},
	{
		.suffix = "LOGS_DIRECTORY",
		.type = OPT_STRING,
		.prompt = "Log directories (LogsDirectory=)",
		.def = "\"\"",
		.help = "Directories under INIT_LOGS_DIRECTORY_BASE (/var/log)\n"
			"owned by the service's user and group.\n" DIR_HELP_COMMON,
		.apply = apply_names,
	},
	{
		.suffix = "LOGS_DIRECTORY_MODE",
		.type = OPT_STRING,
		.prompt = "Mode of the log directories",
		.def = "\"0755\"",
		.help = MODE_HELP,
		.apply = apply_mode,
	},
	{
		.suffix = "CONFIGURATION_DIRECTORY",
		.type = OPT_STRING,
		.prompt = "Configuration directories (ConfigurationDirectory=)",
		.def = "\"\"",
		.help = "Directories under /etc, owned by root as systemd makes\n"
			"them (configuration is read, not written, by the\n"
			"service); an existing one is left as it is.\n" DIR_HELP_COMMON,
		.apply = apply_names,
	},
	{
		.suffix = "CONFIGURATION_DIRECTORY_MODE",
		.type = OPT_STRING,
		.prompt = "Mode of the configuration directories",
		.def = "\"0755\"",
		.help = MODE_HELP,
		.apply = apply_mode,
	},
};

const struct option_family dirs_family = {
	"service directories",
	dirs_options,
	sizeof(dirs_options) / sizeof(dirs_options[0]),
};

/* A symlink on the way in the image (up to what is mounted at run time):
 * PID 1 would refuse it at every start, so the build refuses it now. */
static int image_error(struct table *t, const char *who, const char *root,
	const char *path, int must_be_dir)
{
	struct image_path ip = {0};
	char *checked = xstrdup(path);
	size_t n = mounts_runtime_prefix(t, root, path);
	int ret, bad = 0;

	if (n)
		checked[n] = '\0';
	ret = table_image_resolve(t, root, checked, IMAGE_NO_SYMLINKS, &ip);
	if (ret == -ELOOP && ip.link) {
		gen_error("%s: %s is a symlink in the image (-> %s): PID 1 "
			  "never follows one there",
			who, ip.link, ip.target);
		bad = 1;
	} else if (!ret && must_be_dir && (ip.mode & 0170000) != 0040000) {
		gen_error("%s: %s%s is in the image and not a directory", who,
			root, checked);
		bad = 1;
	}
	image_path_free(&ip);
	free(checked);
	return bad;
}

/*
 * INIT_STATE_DIRECTORY_BASE, INIT_CACHE_DIRECTORY_BASE,
 * INIT_LOGS_DIRECTORY_BASE: absolute, normalized, not /, not on an API
 * filesystem, no symlink in the image, each a base of its own.
 */
void dirs_check_init(struct table *t)
{
	static const char *const api[] = {"/proc", "/sys", "/dev", "/tmp",
		NULL};
	char err[PARSE_ERR_MAX], *shown;
	const struct sym *sym;
	unsigned int k, j;
	size_t a;

	for (k = 0; k < DIR_TYPES; k++) {
		bases[k] = types[k].base;
		if (bases[k])
			continue;
		sym = config_get(&t->cfg, types[k].base_sym);
		bases[k] = sym ? sym->value : types[k].def_base;
		if (!sym)
			continue;
		shown = sym_show(sym->name, sym->value, sym->quoted);
		if (!sym->quoted)
			gen_error("%s: not a string", shown);
		else if (parse_path(sym->value, err, sizeof(err)))
			gen_error("%s: %s", shown, err);
		else if (!strcmp(sym->value, "/"))
			gen_error("%s: / itself cannot be the base", shown);
		else
			for (a = 0; api[a]; a++)
				if (path_within(sym->value, api[a]))
					gen_error("%s: %s is an API filesystem, "
						  "made afresh at every boot",
						shown, api[a]);
		if (!gen_errors)
			image_error(t, shown, "", sym->value, 1);
		for (j = 0; j < k; j++)
			if (bases[j] && !strcmp(bases[j], bases[k]))
				gen_error("%s: also the base of %s", shown,
					types[j].option);
		free(shown);
	}
}

/*
 * After every option and the group default: the paths (inside
 * ROOT_DIRECTORY, where the service sees them, as systemd does with
 * RootDirectory=), checked in the image, and the variables.
 */
void dirs_finish(struct table *t, struct service *s)
{
	const char *root = s->root_directory ? s->root_directory : "";
	struct service_dirs *d = s->dirs;
	struct strbuf env = {0};
	unsigned int k;
	size_t i;
	char *who, *path;

	if (!d)
		return;
	for (k = 0; k < DIR_TYPES; k++) {
		if (!d->n[k])
			continue;
		who = xasprintf("%s_%s", s->stem, types[k].option);
		d->paths[k] = xcalloc(d->n[k] + 1, sizeof(char *));
		sb_printf(&env, "%s=", types[k].option);
		for (i = 0; i < d->n[k]; i++) {
			path = xasprintf("%s/%s", bases[k], d->names[k][i]);
			d->paths[k][i] = path;
			image_error(t, who, root, path, 1);
			sb_printf(&env, "%s%s", i ? ":" : "", path);
		}
		d->env[k] = xstrdup(sb_str(&env));
		env.len = 0;
		if (env.s)
			env.s[0] = '\0';
		free(who);
	}
	sb_free(&env);
}

void dirs_env(struct service *s, void (*set)(struct service *, const char *))
{
	unsigned int k;

	for (k = 0; s->dirs && k < DIR_TYPES; k++)
		if (s->dirs->env[k])
			set(s, s->dirs->env[k]);
}

static int requires_mount(const struct service *s, size_t m)
{
	size_t i;

	for (i = 0; i < s->nmounts; i++)
		if (s->mounts[i] == m)
			return 1;
	return 0;
}

/* One directory against its own service's other options. */
static void lint_own(struct table *t, struct service *s, unsigned int k,
	const char *path)
{
	const char *root = s->root_directory ? s->root_directory : "";
	size_t i, rn = strlen(root);
	const char *p, *target;

	/* Hidden is hidden (INACCESSIBLE_PATHS come after the holes): a
	 * directory made for nothing.  A hidden path inside one is fine. */
	for (i = 0; i < s->ninaccessible_paths; i++) {
		p = s->inaccessible_paths[i];
		p += *p == '-';
		if (path_within(path, p))
			gen_error("%s_%s: %s is hidden by %s_INACCESSIBLE_PATHS "
				  "(%s)",
				s->stem, types[k].option, path, s->stem, p);
	}
	/* On an INIT_MOUNTS filesystem (the data partition of an image in
	 * RAM): without REQUIRES_MOUNTS a failed mount puts the "persistent"
	 * state in RAM, and the next boot starts from nothing. */
	for (i = 0; i < t->nmounts; i++) {
		target = t->mounts[i].target;
		if (rn) {
			if (!path_within(target, root) || !target[rn])
				continue;
			target += rn;
		}
		if (k != D_RUNTIME && path_within(path, target) &&
			!requires_mount(s, i))
			gen_warning("%s_%s: %s is on INIT_MOUNTS' %s: add it to "
				    "%s_REQUIRES_MOUNTS, or a failed mount "
				    "leaves the directory in RAM",
				s->stem, types[k].option, path,
				t->mounts[i].target, s->stem);
	}
}

/*
 * Across services: a directory two services share must be the same
 * owner's (else the second start would take it from the first, or be
 * refused at every boot: PID 1 hands no other user's directory over); a
 * shared RUNTIME_DIRECTORY is removed when the first of them stops.
 */
void dirs_lint(struct table *t)
{
	size_t a, b, i, j;
	unsigned int k, l;

	for (a = 0; a < t->nsvcs; a++) {
		struct service *s = &t->svcs[a];

		for (k = 0; s->dirs && k < DIR_TYPES; k++)
			for (i = 0; i < s->dirs->n[k]; i++)
				lint_own(t, s, k, s->dirs->paths[k][i]);
		for (b = a + 1; b < t->nsvcs; b++) {
			struct service *o = &t->svcs[b];
			const char *ra = s->root_directory ? s->root_directory : "";
			const char *rb = o->root_directory ? o->root_directory : "";

			if (!s->dirs || !o->dirs || strcmp(ra, rb))
				continue;
			for (k = 0; k < DIR_TYPES; k++)
				for (l = 0; l < DIR_TYPES; l++)
					for (i = 0; i < s->dirs->n[k]; i++)
						for (j = 0; j < o->dirs->n[l]; j++) {
							const char *p = s->dirs->paths[k][i];
							const char *q = o->dirs->paths[l][j];

							if (strcmp(p, q))
								continue;
							if (k != D_CONFIGURATION &&
								l != D_CONFIGURATION &&
								(s->uid != o->uid ||
									s->gid != o->gid))
								gen_error("%s_%s: %s is also %s's "
									  "(%s_%s), with another owner "
									  "(%lu:%lu, not %lu:%lu)",
									s->stem, types[k].option, p,
									o->id, o->stem,
									types[l].option, o->uid,
									o->gid, s->uid, s->gid);
							else if (k == D_RUNTIME ||
								 l == D_RUNTIME)
								gen_warning("%s_%s: %s is also %s's: "
									    "removed when the first of "
									    "them stops",
									s->stem, types[k].option, p,
									o->id);
						}
		}
	}
}

/* services.c: the directories, in systemd's order of creation. */
void dirs_gen_data(struct service *s, struct strbuf *sb)
{
	unsigned int k;
	size_t i;

	if (!dirs_count(s))
		return;
	sb_printf(sb, "static const struct svc_dir svc_%s_dirs[] = {\n", s->id);
	for (k = 0; k < DIR_TYPES; k++)
		for (i = 0; i < s->dirs->n[k]; i++) {
			sb_puts(sb, "\t{ .path = ");
			sb_c_string(sb, s->dirs->paths[k][i]);
			sb_printf(sb,
				", .base_len = %zu, .mode = 0%03o, .type = %s, "
				".owned = %d },\n",
				strlen(bases[k]), s->dirs->mode[k],
				types[k].c_type, k != D_CONFIGURATION);
		}
	sb_puts(sb, "};\n");
}

void dirs_gen_entry(struct service *s, struct strbuf *sb)
{
	size_t n = dirs_count(s);

	if (!n)
		return;
	sb_printf(sb, "\t\t.dirs = svc_%s_dirs,\n", s->id);
	sb_printf(sb, "\t\t.ndirs = %zu,\n", n);
	if (s->runtime_preserve && s->dirs->n[D_RUNTIME])
		sb_printf(sb, "\t\t.runtime_preserve = %d,\n",
			s->runtime_preserve);
}

void dirs_gen_txt(struct service *s, struct strbuf *sb)
{
	unsigned int k;
	size_t i;

	for (k = 0; dirs_count(s) && k < DIR_TYPES; k++)
		for (i = 0; i < s->dirs->n[k]; i++) {
			sb_printf(sb, "  %-7s ", types[k].txt);
			sb_shell_word(sb, s->dirs->paths[k][i]);
			if (k == D_CONFIGURATION)
				sb_printf(sb, " 0%03o 0:0\n", s->dirs->mode[k]);
			else
				sb_printf(sb, " 0%03o %lu:%lu%s\n",
					s->dirs->mode[k], s->uid, s->gid,
					k != D_RUNTIME ? "" :
					s->runtime_preserve == 1 ?
						" (kept)" :
					s->runtime_preserve == 2 ?
						" (kept across restarts)" :
						" (removed at stop)");
		}
}

size_t dirs_count(const struct service *s)
{
	size_t n = 0;
	unsigned int k;

	for (k = 0; s->dirs && k < DIR_TYPES; k++)
		n += s->dirs->n[k];
	return n;
}

void dirs_free(struct service *s)
{
	unsigned int k;
	size_t i;

	if (!s->dirs)
		return;
	for (k = 0; k < DIR_TYPES; k++) {
		for (i = 0; i < s->dirs->n[k]; i++) {
			free(s->dirs->names[k][i]);
			if (s->dirs->paths[k])
				free(s->dirs->paths[k][i]);
		}
		free(s->dirs->names[k]);
		free(s->dirs->paths[k]);
		free(s->dirs->env[k]);
	}
	free(s->dirs);
	s->dirs = NULL;
}
