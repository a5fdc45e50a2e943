/* table.c - `rampart-gen table`: services from .config, checked and ordered. */
#include "gen.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define SYMLINK_HOPS_MAX 40 /* as the kernel's MAXSYMLINKS */

static const char default_path[] =
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

struct service *table_find(struct table *t, const char *id)
{
	size_t i;

	for (i = 0; i < t->nsvcs; i++)
		if (!strcmp(t->svcs[i].id, id))
			return &t->svcs[i];
	return NULL;
}

/* Remove the last component of the resolved image path in sb. */
static void path_pop(struct strbuf *sb)
{
	while (sb->len && sb->s[sb->len - 1] != '/')
		sb->len--;
	if (sb->len)
		sb->len--;
	if (sb->s)
		sb->s[sb->len] = '\0';
}

/* Where a path under root is in the image, for messages: never "". */
static char *image_name(const char *root, const char *rel)
{
	return xasprintf("%s%s", root, *root || *rel ? rel : "/");
}

/*
 * Resolve path the way the target kernel will, with root (an image path,
 * "" for the image itself) as its root, as openat2(RESOLVE_IN_ROOT) does:
 * an absolute symbolic link starts again at root (busybox applets point
 * into the image, not into the build host; a jail's links into the
 * jail), and ".." never climbs above it.
 */
int table_image_resolve(struct table *t, const char *root, const char *path,
	int flags, struct image_path *ip)
{
	struct strbuf done = {0}, todo = {0}, next = {0};
	char *host = NULL, target[PARSE_PATH_MAX];
	unsigned int hops = 0;
	struct stat st;
	const char *comp, *end;
	ssize_t n;
	int err = 0;

	ip->mode = 0;
	ip->link = ip->target = NULL;
	sb_puts(&todo, path);
	while (!err && todo.len) {
		comp = todo.s;
		while (*comp == '/')
			comp++;
		for (end = comp; *end && *end != '/'; end++)
			;
		if (end == comp)
			break;
		sb_free(&next);
		sb_puts(&next, end);
		if (end - comp == 2 && !strncmp(comp, "..", 2)) {
			path_pop(&done);
		} else if (!(end - comp == 1 && comp[0] == '.')) {
			size_t old = done.len;

			/* A name is looked up in the directory reached so
			 * far: whoever can write that one can swap it. */
			if (ip->dir) {
				free(host);
				host = xasprintf("%s%s%s", t->rootfs, root,
					sb_str(&done));
				if (stat(host, &st)) {
					err = -errno;
					break;
				}
				free(host);
				host = image_name(root, sb_str(&done));
				ip->dir(ip->ctx, host, (unsigned int)st.st_mode);
			}
			sb_putc(&done, '/');
			sb_add(&done, comp, (size_t)(end - comp));
			free(host);
			host = xasprintf("%s%s%s", t->rootfs, root, done.s);
			if (lstat(host, &st)) {
				err = -errno;
			} else if (S_ISLNK(st.st_mode)) {
				n = readlink(host, target, sizeof(target) - 1);
				if (n < 0) {
					err = -errno;
					break;
				}
				target[n] = '\0';
				if (flags & IMAGE_NO_SYMLINKS) {
					ip->link = image_name(root, done.s);
					ip->target = xstrdup(target);
					err = -ELOOP;
					break;
				}
				if (++hops > SYMLINK_HOPS_MAX) {
					err = -ELOOP;
					break;
				}
				done.len = old;
				done.s[old] = '\0';
				if (target[0] == '/')
					sb_free(&done);
				sb_free(&todo);
				sb_puts(&todo, target);
				sb_puts(&todo, sb_str(&next));
				continue;
			} else if (*end && !S_ISDIR(st.st_mode)) {
				err = -ENOTDIR;
			}
		}
		sb_free(&todo);
		sb_puts(&todo, sb_str(&next));
	}
	if (!err) {
		free(host);
		host = xasprintf("%s%s%s", t->rootfs, root, sb_str(&done));
		if (stat(host, &st))
			err = -errno;
		else
			ip->mode = (unsigned int)st.st_mode;
	}
	free(host);
	sb_free(&done);
	sb_free(&todo);
	sb_free(&next);
	return err;
}

int table_image_stat(struct table *t, const char *path, unsigned int *mode)
{
	struct image_path ip = {0};
	int err = table_image_resolve(t, "", path, 0, &ip);

	*mode = ip.mode;
	return err;
}

void image_path_free(struct image_path *ip)
{
	free(ip->link);
	free(ip->target);
	ip->link = ip->target = NULL;
}

/* SVC_<STEM>=y with an SVC_<STEM>_EXEC is a service, in .config order. */
static void find_services(struct table *t)
{
	char err[PARSE_ERR_MAX], *exec, *id, *value;
	const struct sym *sym;
	struct service *s;
	size_t i, k;

	for (i = 0; i < t->cfg.nsyms; i++) {
		sym = &t->cfg.syms[i];
		if (strncmp(sym->name, "SVC_", 4))
			continue;
		exec = xasprintf("%s_EXEC", sym->name);
		if (!config_get(&t->cfg, exec)) {
			free(exec);
			continue;
		}
		free(exec);
		if (config_bool(sym) < 0) {
			/* "yes" must not quietly mean "not a service". */
			value = sym_show(sym->name, sym->value, sym->quoted);
			gen_error("%s: expected y or n", value);
			free(value);
			continue;
		}
		if (!config_bool(sym))
			continue;
		id = xstrdup(sym->name + 4);
		for (k = 0; id[k]; k++) {
			if (id[k] >= 'a' && id[k] <= 'z')
				break;
			if (id[k] >= 'A' && id[k] <= 'Z')
				id[k] = (char)(id[k] - 'A' + 'a');
		}
		if (id[k]) {
			/* Two spellings of one id would be two services. */
			gen_error("%s=y: a service symbol is upper case",
				sym->name);
			free(id);
			continue;
		}
		if (parse_svc_id(id, err, sizeof(err))) {
			gen_error("%s=y: %s", sym->name, err);
			free(id);
			continue;
		}
		t->svcs = xrealloc(t->svcs, (t->nsvcs + 1) * sizeof(*s));
		s = &t->svcs[t->nsvcs++];
		memset(s, 0, sizeof(*s));
		s->id = id;
		s->stem = xstrdup(sym->name);
	}
	if (t->nsvcs > 65535)
		gen_error("%zu services: at most 65535 fit in the table",
			t->nsvcs);
}

/* Every option of s, from .config or, when absent there, the default. */
static void apply_options(struct table *t, struct service *s)
{
	const struct svc_option *o;
	const struct sym *sym;
	struct value v;
	char *name, *def = NULL;
	size_t i;

	dynuser_imply(t, s); /* its settings, before any option is read */
	for (i = 0; i < svc_noptions; i++) {
		o = &svc_options[i];
		name = xasprintf("%s_%s", s->stem, o->suffix);
		sym = config_get(&t->cfg, name);
		v.sym = name;
		if (sym) {
			v.text = sym->value;
			v.quoted = sym->quoted;
		} else if (o->type == OPT_STRING) {
			/* The defaults are the same Kconfig literals. */
			def = xmalloc(strlen(o->def) + 1);
			parse_kconfig_string(o->def, def, NULL, NULL, 0);
			v.text = def;
			v.quoted = 1;
		} else {
			v.text = o->def;
			v.quoted = 0;
		}
		if (o->type == OPT_STRING && !v.quoted)
			value_error(&v, "not a string");
		else if (o->type == OPT_BOOL &&
			 (v.quoted ||
				 (strcmp(v.text, "y") && strcmp(v.text, "n"))))
			value_error(&v, "expected y or n");
		else
			o->apply(t, s, &v);
		free(def);
		def = NULL;
		free(name);
	}
}

static void env_set(struct service *s, const char *entry)
{
	size_t klen = (size_t)(strchr(entry, '=') - entry) + 1, i;

	for (i = 0; i < s->nenvp; i++) {
		if (!strncmp(s->envp[i], entry, klen)) {
			free(s->envp[i]);
			s->envp[i] = xstrdup(entry);
			return;
		}
	}
	s->envp = xrealloc(s->envp, (s->nenvp + 2) * sizeof(*s->envp));
	s->envp[s->nenvp++] = xstrdup(entry);
	s->envp[s->nenvp] = NULL;
}

/* What needs several options at once: the group default, the environment. */
static void finish_service(struct table *t, struct service *s)
{
	struct value v = {.text = s->user_text, .quoted = 1};
	char *sym = xasprintf("%s_USER", s->stem);

	v.sym = sym;
	if (s->user_ok && !s->group_set) {
		if (s->pw) {
			s->gid = s->pw->gid;
			if (s->gid == 65535 || s->gid == 4294967295UL)
				value_error(&v,
					"its primary gid %lu in %s is reserved (it means -1 to the kernel)",
					s->gid, t->users.passwd_path);
		} else if (s->uid) {
			value_error(&v,
				"uid %lu is not in %s, so it has no primary group: set %s_GROUP",
				s->uid, t->users.passwd_path, s->stem);
		}
	}
	free(sym);
	s->groups = xcalloc(1, sizeof(*s->groups));
	s->groups[0] = s->gid;
	s->ngroups = 1;
	creds_finish(t, s); /* supplementary groups, capability checks */
	seccomp_finish(t, s); /* needs the capabilities and device rules */
	stdio_finish(t, s); /* EXEC_SEARCH_PATH's find, before the check */
	options_check_exec(t, s); /* needs ROOT_DIRECTORY and the groups */
	execcmds_finish(t, s); /* the same for EXEC_CONDITION, _START_PRE, _POST */
	dirs_finish(t, s); /* needs ROOT_DIRECTORY and the group */
	credentials_finish(t, s); /* against the paths and directories */
	ns_api_vfs_finish(t, s); /* against those and the protections */

	env_set(s, default_path);
	if (s->pw) {
		char *e;

		if (s->pw->home[0]) {
			e = xasprintf("HOME=%s", s->pw->home);
			env_set(s, e);
			free(e);
		}
		e = xasprintf("USER=%s", s->pw->name);
		env_set(s, e);
		free(e);
		e = xasprintf("LOGNAME=%s", s->pw->name);
		env_set(s, e);
		free(e);
		if (s->pw->shell[0]) {
			e = xasprintf("SHELL=%s", s->pw->shell);
			env_set(s, e);
			free(e);
		}
	}
	dirs_env(s, env_set); /* $STATE_DIRECTORY etc. */
	credentials_env(s, env_set); /* $CREDENTIALS_DIRECTORY */
	stdio_env(s, env_set); /* EXEC_SEARCH_PATH's PATH */
	env_finish(t, s, env_set); /* ENVIRONMENT, _FILE, UNSET_ */
	stdio_env_check(t, s); /* PASS_ENVIRONMENT against those */
	ready_finish(t, s, env_set); /* NOTIFY_SOCKET, after ENVIRONMENT */
}

/* Report the cycle that the unplaced service first lies on or leads to. */
static void report_cycle(
	struct table *t, const char *placed, size_t first, char *dead_edge)
{
	size_t *path = xcalloc(t->nsvcs + 1, sizeof(*path));
	size_t n = 0, i, j, start, low;
	struct strbuf msg = {0};
	struct service *s;
	struct value v;

	/*
	 * Every unplaced service waits for an unplaced one, so following the
	 * first such edge from any of them must come back to a service seen.
	 */
	for (i = first;;) {
		for (j = 0; j < n && path[j] != i; j++)
			;
		if (j < n)
			break;
		path[n++] = i;
		s = &t->svcs[i];
		for (j = 0; j < s->nafter; j++)
			if (!placed[s->after[j]] &&
				!dead_edge[i * t->nsvcs + s->after[j]])
				break;
		i = s->after[j];
	}
	start = j;
	/* Tell it from the service that comes first in .config. */
	low = start;
	for (j = start; j < n; j++)
		if (path[j] < path[low])
			low = j;
	s = &t->svcs[path[low]];
	for (j = 0; j <= n - start; j++) {
		i = path[start + (low - start + j) % (n - start)];
		sb_printf(&msg, "%s%s", j ? " -> " : "", t->svcs[i].id);
	}
	i = path[start + (low - start + 1) % (n - start)];
	dead_edge[path[low] * t->nsvcs + i] = 1;
	v.sym = xasprintf("%s_AFTER", s->stem);
	v.text = s->after_text;
	v.quoted = 1;
	value_error(&v, "ordering cycle %s", msg.s);
	free((char *)v.sym);
	sb_free(&msg);
	free(path);
}

/*
 * A stable topological sort: at each step the first service in .config
 * order whose AFTER services are all placed.  A cycle is reported, one of
 * its edges ignored, and the search goes on to find any other cycle.
 */
static void order_services(struct table *t)
{
	size_t n = t->nsvcs, k = 0, i, j;
	char *placed = xcalloc(n, 1);
	char *dead_edge = xcalloc(n * n, 1);
	size_t *pos = xcalloc(n, sizeof(*pos));
	struct service *s;

	t->order = xcalloc(n, sizeof(*t->order));
	while (k < n) {
		for (i = 0; i < n; i++) {
			if (placed[i])
				continue;
			s = &t->svcs[i];
			for (j = 0; j < s->nafter; j++)
				if (!placed[s->after[j]] &&
					!dead_edge[i * n + s->after[j]])
					break;
			if (j == s->nafter)
				break;
		}
		if (i == n) {
			for (i = 0; placed[i]; i++)
				;
			report_cycle(t, placed, i, dead_edge);
			continue;
		}
		placed[i] = 1;
		pos[i] = k;
		t->order[k++] = i;
	}
	for (i = 0; i < n; i++) {
		s = &t->svcs[i];
		s->after_sorted = xcalloc(s->nafter, sizeof(*s->after_sorted));
		for (j = 0; j < s->nafter; j++)
			s->after_sorted[j] = pos[s->after[j]];
	}
	free(placed);
	free(dead_edge);
	free(pos);
}

static const struct sym *global(
	struct table *t, const char *name, int want_string)
{
	const struct sym *sym = config_get(&t->cfg, name);
	char *shown;

	if (!sym || !!sym->quoted == !!want_string)
		return sym;
	shown = sym_show(sym->name, sym->value, sym->quoted);
	gen_error(
		"%s: %s", shown, want_string ? "not a string" : "not a number");
	free(shown);
	return NULL;
}

static int sym_number(const struct sym *sym, unsigned long long *n)
{
	return parse_uint(sym->value, 0, ~0ULL, n, NULL, 0);
}

/* The INIT_* values that kconfig's types and ranges cannot check. */
static void check_init(struct table *t)
{
	char err[PARSE_ERR_MAX], *buf, **words, *shown;
	const struct sym *sym, *min, *max;
	unsigned long long a, b;
	size_t n, i, j;

	sym = global(t, "INIT_HOSTNAME", 1);
	if (sym && parse_hostname(sym->value, err, sizeof(err))) {
		shown = sym_show(sym->name, sym->value, 1);
		gen_error("%s: %s", shown, err);
		free(shown);
	}
	min = global(t, "INIT_RESTART_DELAY_MS", 0);
	max = global(t, "INIT_RESTART_DELAY_MAX_MS", 0);
	if (min && max && !sym_number(min, &a) && !sym_number(max, &b) && b < a)
		gen_error(
			"INIT_RESTART_DELAY_MAX_MS=%s: smaller than INIT_RESTART_DELAY_MS=%s",
			max->value, min->value);
	watchdog_check(t);
	sym = global(t, "INIT_MODULES", 1);
	if (!sym)
		return;
	shown = sym_show(sym->name, sym->value, 1);
	buf = xmalloc(strlen(sym->value) + 1);
	words = xcalloc(parse_words_max(sym->value), sizeof(*words));
	if (parse_words(sym->value, buf, words, &n, err, sizeof(err))) {
		gen_error("%s: %s", shown, err);
		n = 0;
	}
	for (i = 0; i < n; i++) {
		if (parse_module(words[i], err, sizeof(err))) {
			gen_error("%s: \"%s\": %s", shown, words[i], err);
			continue;
		}
		for (j = 0; j < i && strcmp(words[i], words[j]); j++)
			;
		if (j < i)
			gen_error("%s: %s is listed twice", shown, words[i]);
	}
	free(words);
	free(buf);
	free(shown);
}

/*
 * config.h may only get values that are valid C and mean there what
 * kconfig meant: y, n, m, decimal and 0x numbers. A leading zero would
 * make a decimal number octal in C (kconfig itself refuses it in an int).
 */
static void check_globals(struct table *t)
{
	const struct sym *sym;
	char *shown;
	size_t i;
	int ret;

	for (i = 0; i < t->cfg.nsyms; i++) {
		sym = &t->cfg.syms[i];
		if (sym->quoted || (strncmp(sym->name, "TARGET_", 7) &&
					   strncmp(sym->name, "INIT_", 5) &&
					   strncmp(sym->name, "IMAGE_", 6)))
			continue;
		if (config_bool(sym) >= 0 || !strcmp(sym->value, "m"))
			continue;
		ret = config_number(sym->value);
		if (!ret)
			continue;
		shown = sym_show(sym->name, sym->value, 0);
		gen_error("%s: %s", shown,
			ret == -EDOM ? LEADING_ZERO
				     : "neither y, n, a number nor a string");
		free(shown);
	}
}

static void read_modules(struct table *t, const char *path)
{
	char err[PARSE_ERR_MAX], *data, *line, *next;
	unsigned int lineno = 0;
	int ret;

	ret = read_file(path, &data, NULL);
	if (ret) {
		gen_error("cannot read %s: %s", path, strerror(-ret));
		return;
	}
	for (next = data; (line = line_next(&next));) {
		lineno++;
		if (!line[0])
			continue;
		if (parse_path(line, err, sizeof(err))) {
			gen_error("%s:%u: \"%s\": %s", path, lineno, line, err);
			continue;
		}
		t->modules = xrealloc(
			t->modules, (t->nmodules + 1) * sizeof(char *));
		t->modules[t->nmodules++] = xstrdup(line);
	}
	free(data);
}

static void table_free(struct table *t)
{
	struct service *s;
	size_t i;

	dynuser_free();
	for (i = 0; i < t->nsvcs; i++) {
		s = &t->svcs[i];
		free(s->id);
		free(s->stem);
		free(s->argv);
		free(s->argv_buf);
		free(s->spec_creds);
		free(s->spec_creds_text);
		free(s->exec_text);
		free(s->workdir);
		free(s->env_words);
		free(s->env_buf);
		while (s->nenvp)
			free(s->envp[--s->nenvp]);
		env_free(s);
		execcmds_free(s);
		free(s->envp);
		free(s->user_text);
		free(s->groups);
		free(s->after_text);
		free(s->after);
		free(s->after_sorted);
		options_free_devices(s); /* devices and cgroup limits */
		free(s->mounts);
		free(s->control);
		ns_free(s);
		paths_free(s);
		seccomp_free(s);
		dirs_free(s);
		credentials_free(s);
		stdio_free(s);
	}
	mounts_free(t);
	creds_free(t);
	free(t->svcs);
	free(t->order);
	for (i = 0; i < t->nmodules; i++)
		free(t->modules[i]);
	free(t->modules);
	userdb_free(&t->users);
	config_free(&t->cfg);
}

static void usage(void)
{
	fprintf(stderr,
		"usage: rampart-gen table --config FILE --rootfs DIR --modules FILE --out DIR\n"
		"                         [--capabilities LIBCAP_CAP_NAMES_LIST]\n"
		"                         [--abi TARGET_CC_S_OF_ABI_SOURCE]\n"
		"                         [--kernel-config KERNEL_DOT_CONFIG]\n");
	exit(2);
}

int cmd_table(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"config", required_argument, NULL, 'c'},
		{"rootfs", required_argument, NULL, 'r'},
		{"modules", required_argument, NULL, 'm'},
		{"out", required_argument, NULL, 'o'},
		{"capabilities", required_argument, NULL, 'C'},
		{"abi", required_argument, NULL, 'a'},
		{"kernel-config", required_argument, NULL, 'k'},
		{NULL, 0, NULL, 0},
	};
	const char *config = NULL, *modules = NULL, *out = NULL, *caps = NULL;
	const char *abi = NULL, *kconfig = NULL;
	struct table t = {0};
	struct stat st;
	size_t i;
	int c, ret;

	options_init();
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'c':
			config = optarg;
			break;
		case 'r':
			t.rootfs = optarg;
			break;
		case 'm':
			modules = optarg;
			break;
		case 'o':
			out = optarg;
			break;
		case 'C':
			caps = optarg;
			break;
		case 'a':
			abi = optarg;
			break;
		case 'k':
			kconfig = optarg;
			break;
		default:
			usage();
		}
	}
	if (!config || !t.rootfs || !modules || !out || optind != argc)
		usage();

	if (stat(t.rootfs, &st) || !S_ISDIR(st.st_mode))
		gen_fatal("--rootfs %s: not a directory", t.rootfs);
	ret = config_read(&t.cfg, config, 0);
	if (ret)
		gen_fatal("cannot read %s: %s", config, strerror(-ret));
	/* INIT_POLICY_STRICT: every warning from here on is an error. */
	gen_strict = config_get(&t.cfg, "INIT_POLICY_STRICT") &&
		     !strcmp(config_get(&t.cfg, "INIT_POLICY_STRICT")->value, "y");
	userdb_load(&t.users, t.rootfs);
	creds_load_cap_names(&t, caps);
	abi_load(abi);
	check_globals(&t);
	check_init(&t);
	control_check_init(&t);
	logs_check_init(&t);
	mounts_read(&t);
	rootfs_read(&t);
	dirs_check_init(&t);
	read_modules(&t, modules);
	rootfs_check_kernel(&t, kconfig);
	find_services(&t);
	testhooks_check(&t);
	for (i = 0; i < t.nsvcs; i++)
		apply_options(&t, &t.svcs[i]);
	for (i = 0; i < t.nsvcs; i++)
		finish_service(&t, &t.svcs[i]);
	dirs_lint(&t); /* shared directories, across services */
	logs_check_total(&t);
	order_services(&t);
	/* Lint only a policy that is otherwise right: warnings next to
	 * errors would bury them. */
	exposure_check(&t);
	if (!gen_errors)
		policy_lint(&t);
	/* Nothing is written unless everything is right. */
	if (!gen_errors && !output_write(&t, out))
		exposure_summary(&t, stdout);
	table_free(&t);
	abi_free();
	return gen_errors ? 1 : 0;
}
