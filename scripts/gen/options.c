/*
 * options.c - the service options: the one table that drives both the
 * Kconfig expansion of .svc files and the checking of .config values.
 *
 * A new option is one entry in svc_options[] (its name, Kconfig type,
 * default, help text and check) plus, when PID 1 needs it, a field in
 * struct service and in init/service.h and a line in output.c.
 */
#include "gen.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ID_MAX 4294967295UL
#define ID_MAX_16 65535UL

const char *const svc_type_names[] = {"simple", "oneshot", NULL};
const char *const svc_restart_names[] = {"no", "on-failure", "always", NULL};
const char *const svc_output_names[] = {"log", "console", "null", NULL};
const char *const svc_action_names[] = {
	"none", "poweroff", "reboot", "halt", NULL};

static void value_message(
	int error, const struct value *v, const char *fmt, va_list ap)
{
	char *shown = sym_show(v->sym, v->text, v->quoted);
	char msg[1024];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	if (error)
		gen_error("%s: %s", shown, msg);
	else
		gen_warning("%s: %s", shown, msg);
	free(shown);
}

void value_error(const struct value *v, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	value_message(1, v, fmt, ap);
	va_end(ap);
}

void value_warning(const struct value *v, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	value_message(0, v, fmt, ap);
	va_end(ap);
}

static void apply_exec(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];
	const char *prog;

	(void)t;
	s->exec_text = xstrdup(v->text);
	s->argv_buf = xmalloc(strlen(v->text) + 1);
	s->argv = xcalloc(parse_words_max(v->text), sizeof(*s->argv));
	if (parse_argv(v->text, s->argv_buf, s->argv, &s->argc, err,
		    sizeof(err))) {
		value_error(v, "%s", err);
		s->argc = 0;
		return;
	}
	prog = s->argv[0];
	if (parse_path(prog, err, sizeof(err))) {
		value_error(v, "program \"%s\": %s", prog, err);
		s->argc = 0;
	}
	/* The image is searched by options_check_exec, once ROOT_DIRECTORY
	 * and the groups are known. */
}

static int in_groups(const struct service *s, unsigned long gid)
{
	size_t i;

	for (i = 0; i < s->ngroups; i++)
		if (s->groups[i] == gid)
			return 1;
	return 0;
}

/* Can the service's user write a node of this mode (owner 0:0)? */
static int writable_by(const struct service *s, unsigned int mode)
{
	return s->uid != 0 &&
	       ((mode & 0002) || ((mode & 0020) && in_groups(s, 0)));
}

/* The first directory on the way to the program the service could write. */
struct exec_dirs {
	const struct service *s;
	char *path;
	unsigned int mode;
};

static void exec_dir(void *ctx, const char *path, unsigned int mode)
{
	struct exec_dirs *d = ctx;

	/* In a sticky directory only an entry's owner (root: 0:0 image)
	 * may rename or remove it: writing there swaps nothing. */
	if (d->path || !writable_by(d->s, mode) || (mode & 01000))
		return;
	d->path = xstrdup(path);
	d->mode = mode;
}

/*
 * PID 1 cannot search PATH or help later: find the program now, where the
 * service will see it (inside its ROOT_DIRECTORY, whose symbolic links
 * resolve inside it), and make sure a non-root service cannot replace it:
 * neither the file nor any directory a name on the way is looked up in.
 * The image's files are owned by 0:0 (see scripts/mkinitramfs), so only
 * the group and other write bits matter.
 */
void options_check_exec(struct table *t, struct service *s)
{
	char *sym = xasprintf("%s_EXEC", s->stem), *img;
	struct value v = {.sym = sym, .text = s->exec_text, .quoted = 1};
	struct exec_dirs dirs = {.s = s};
	struct image_path ip = {.dir = exec_dir, .ctx = &dirs};
	const char *root = s->root_directory ? s->root_directory : "";
	unsigned int mode;
	int ret;

	if (!s->exec_text || !s->argc) {
		free(sym);
		return;
	}
	img = xasprintf("%s%s", root, s->argv[0]);
	ret = table_image_resolve(t, root, s->argv[0], 0, &ip);
	mode = ip.mode;
	if (ret == -ENOENT)
		value_error(&v, "%s is not in the image (%s)", img, t->rootfs);
	else if (ret)
		value_error(&v, "%s in the image (%s): %s", img, t->rootfs,
			strerror(-ret));
	else if ((mode & 0170000) != 0100000)
		value_error(&v, "%s is not a regular file in the image", img);
	else if (!(mode & 0111))
		value_error(&v, "%s is not executable in the image", img);
	else if (writable_by(s, mode))
		value_error(&v,
			"%s is writable by the service's user in the image "
			"(mode %04o, owner 0:0): it could replace its own "
			"program",
			img, mode & 07777);
	else if (dirs.path)
		value_error(&v,
			"directory %s is writable by the service's user in the "
			"image (mode %04o, owner 0:0): it could replace its "
			"own program",
			dirs.path, dirs.mode & 07777);
	image_path_free(&ip);
	free(dirs.path);
	free(img);
	free(sym);
}

static void apply_choice(
	const struct value *v, const char *const *names, int *out)
{
	char err[PARSE_ERR_MAX];

	if (parse_choice(v->text, names, out, err, sizeof(err)))
		value_error(v, "%s", err);
}

static void apply_type(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	apply_choice(v, svc_type_names, &s->type);
}

static void apply_restart(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	apply_choice(v, svc_restart_names, &s->restart);
}

static void apply_output(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	apply_choice(v, svc_output_names, &s->output);
}

/* Split a word list, reporting a quoting error; NULL on error. */
static char **split_words(const struct value *v, char **buf, size_t *n)
{
	char err[PARSE_ERR_MAX];
	char **words;

	*buf = xmalloc(strlen(v->text) + 1);
	words = xcalloc(parse_words_max(v->text), sizeof(*words));
	if (parse_words(v->text, *buf, words, n, err, sizeof(err))) {
		value_error(v, "%s", err);
		free(words);
		free(*buf);
		*buf = NULL;
		return NULL;
	}
	return words;
}

static void apply_after(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX], *buf, **ids, *upper;
	struct service *dep;
	const struct sym *sym;
	size_t n, i, j, k;

	s->after_text = xstrdup(v->text);
	ids = split_words(v, &buf, &n);
	if (!ids)
		return;
	s->after = xcalloc(n, sizeof(*s->after));
	for (i = 0; i < n; i++) {
		if (parse_svc_id(ids[i], err, sizeof(err))) {
			value_error(v, "\"%s\": %s", ids[i], err);
			continue;
		}
		for (j = 0; j < i && strcmp(ids[j], ids[i]); j++)
			;
		if (j < i) {
			value_error(v, "%s is listed twice", ids[i]);
			continue;
		}
		if (!strcmp(ids[i], s->id)) {
			value_error(
				v, "a service cannot be ordered after itself");
			continue;
		}
		dep = table_find(t, ids[i]);
		if (dep) {
			s->after[s->nafter++] = (size_t)(dep - t->svcs);
			continue;
		}
		upper = xasprintf("SVC_%s", ids[i]);
		for (k = 4; upper[k]; k++)
			if (upper[k] >= 'a' && upper[k] <= 'z')
				upper[k] = (char)(upper[k] - 'a' + 'A');
		sym = config_get(&t->cfg, upper);
		/*
		 * After= orders, it does not require (systemd.unit(5)): a
		 * disabled service is no reason to fail the build.
		 */
		if (sym && !sym->quoted && !strcmp(sym->value, "n"))
			value_warning(v,
				"service %s is not enabled, ordering after it ignored",
				ids[i]);
		else
			value_error(v, "unknown service %s", ids[i]);
		free(upper);
	}
	free(ids);
	free(buf);
}

/* A uid or gid given as a number; 0 or -1 after reporting. */
static int parse_id_value(
	const struct value *v, const char *what, unsigned long *id)
{
	char err[PARSE_ERR_MAX];
	unsigned long long n;

	if (parse_uint(v->text, 0, ID_MAX, &n, err, sizeof(err))) {
		value_error(v, "%s %s", what, err);
		return -1;
	}
	*id = (unsigned long)n;
	return 0;
}

/* 65535 and 4294967295 are "-1" (no change) for 16- and 32-bit calls. */
static int id_reserved(unsigned long id)
{
	return id == ID_MAX_16 || id == ID_MAX;
}

static int is_number(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

static void apply_user(
	struct table *t, struct service *s, const struct value *v)
{
	s->user_text = xstrdup(v->text);
	if (!v->text[0]) {
		value_error(v, "empty user (root is \"root\" or \"0\")");
		return;
	}
	if (is_number(v->text)) {
		if (parse_id_value(v, "uid", &s->uid))
			return;
		s->pw = userdb_user_by_uid(&t->users, s->uid);
	} else {
		s->pw = userdb_user_by_name(&t->users, v->text);
		if (s->pw) {
			s->uid = s->pw->uid;
		} else if (!strcmp(v->text, "root")) {
			s->uid = 0; /* root is 0, passwd or not */
		} else {
			value_error(
				v, "no such user in %s", t->users.passwd_path);
			return;
		}
	}
	if (id_reserved(s->uid)) {
		value_error(v,
			"uid %lu is reserved (it means -1 to the kernel)",
			s->uid);
		return;
	}
	s->user_ok = 1;
}

static void apply_group(
	struct table *t, struct service *s, const struct value *v)
{
	const struct group *gr;

	if (!v->text[0])
		return; /* the user's primary group, see table.c */
	s->group_set = 1;
	if (is_number(v->text)) {
		if (parse_id_value(v, "gid", &s->gid))
			return;
	} else {
		gr = userdb_group_by_name(&t->users, v->text);
		if (gr) {
			s->gid = gr->gid;
		} else if (!strcmp(v->text, "root")) {
			s->gid = 0;
		} else {
			value_error(
				v, "no such group in %s", t->users.group_path);
			return;
		}
	}
	if (id_reserved(s->gid))
		value_error(v,
			"gid %lu is reserved (it means -1 to the kernel)",
			s->gid);
}

static void apply_environment(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];
	size_t i, j, klen;

	(void)t;
	s->env_words = split_words(v, &s->env_buf, &s->nenv_words);
	if (!s->env_words)
		return;
	for (i = 0; i < s->nenv_words; i++) {
		const char *w = s->env_words[i];

		if (parse_env(w, err, sizeof(err))) {
			value_error(v, "\"%s\": %s", w, err);
			continue;
		}
		klen = (size_t)(strchr(w, '=') - w) + 1;
		for (j = 0; j < i; j++)
			if (!strncmp(s->env_words[j], w, klen))
				break;
		if (j < i)
			value_error(v, "%.*s is set twice", (int)klen - 1, w);
	}
}

static void apply_workdir(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];

	(void)t;
	if (parse_path(v->text, err, sizeof(err)))
		value_error(v, "%s", err);
	s->workdir = xstrdup(v->text);
}

static void apply_umask(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];
	mode_t m = 0;

	(void)t;
	if (parse_umask(v->text, &m, err, sizeof(err)))
		value_error(v, "%s", err);
	s->umask = (unsigned int)m;
}

static void apply_send_sighup(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	s->send_sighup = !strcmp(v->text, "y");
}

static void apply_success_action(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	apply_choice(v, svc_action_names, &s->success_action);
}

static void apply_failure_action(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	apply_choice(v, svc_action_names, &s->failure_action);
}

/* -- devices and cgroup limits -- */

const char *const svc_dev_policy_names[] = {"auto", "closed", "strict", NULL};

void options_free_devices(struct service *s)
{
	size_t i;

	for (i = 0; i < s->ndev; i++)
		free(s->dev_entries[i]);
	free(s->dev_entries);
	free(s->dev_rules);
	free(s->tasks_max);
	free(s->memory_max);
	free(s->cpu_max);
}

static int is_blank_char(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/*
 * Entries are separated by ',' (an entry holds blanks: "c 1:3 rw").
 * Only the syntax is checked here: paths and classes are resolved by PID 1
 * when the service starts (devtmpfs and /proc/devices are runtime state).
 */
static void apply_device_allow(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];
	const char *p = v->text, *end, *b, *e;
	size_t n = 1, k;

	(void)t;
	for (b = v->text; *b; b++)
		n += *b == ',';
	s->dev_entries = xcalloc(n, sizeof(*s->dev_entries));
	s->dev_rules = xcalloc(n, sizeof(*s->dev_rules));
	for (k = 0; *p || k; k++) {
		end = strchr(p, ',');
		if (!end)
			end = p + strlen(p);
		for (b = p; b < end && is_blank_char(*b); b++)
			;
		for (e = end; e > b && is_blank_char(e[-1]); e--)
			;
		if (b == e && !*end && !k)
			break; /* an empty value: no entry */
		if (b == e) {
			value_error(v, "entry %zu is empty", k + 1);
			return;
		}
		s->dev_entries[s->ndev] = xmalloc((size_t)(e - b) + 1);
		memcpy(s->dev_entries[s->ndev], b, (size_t)(e - b));
		s->dev_entries[s->ndev][e - b] = '\0';
		if (parse_dev_rule(s->dev_entries[s->ndev],
			    &s->dev_rules[s->ndev], err, sizeof(err))) {
			value_error(v, "\"%s\": %s", s->dev_entries[s->ndev],
				err);
			free(s->dev_entries[s->ndev]);
			return;
		}
		s->ndev++;
		if (s->ndev > DEV_ALLOW_MAX) {
			value_error(v, "more than %d entries", DEV_ALLOW_MAX);
			return;
		}
		if (!*end)
			break;
		p = end + 1;
	}
}

static void apply_device_policy(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	apply_choice(v, svc_dev_policy_names, &s->dev_policy);
}

/* "" (unset) or "infinity" (= "max") or what check accepts. */
static int limit_unset_or_max(const struct value *v, char **out)
{
	if (!v->text[0])
		return 1;
	if (!strcmp(v->text, "infinity")) {
		*out = xstrdup("max");
		return 1;
	}
	return 0;
}

#define TASKS_MAX_MAX 4194304ULL /* PID_MAX_LIMIT */

static void apply_tasks_max(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];
	unsigned long long n;

	(void)t;
	if (limit_unset_or_max(v, &s->tasks_max))
		return;
	if (parse_uint(v->text, 1, TASKS_MAX_MAX, &n, err, sizeof(err))) {
		value_error(v, "%s (or \"infinity\")", err);
		return;
	}
	s->tasks_max = xasprintf("%llu", n);
}

static void apply_memory_max(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];
	unsigned long long n;

	(void)t;
	if (limit_unset_or_max(v, &s->memory_max))
		return;
	if (parse_bytes(v->text, &n, err, sizeof(err))) {
		value_error(v, "%s (or \"infinity\")", err);
		return;
	}
	s->memory_max = xasprintf("%llu", n);
}

/* systemd's period: 100 ms; 1% is 1 ms, the kernel's minimum quota. */
#define CPU_PERIOD_US 100000UL
#define CPU_QUOTA_PCT_MAX 100000UL /* 1000 CPUs */

static void apply_cpu_quota(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];
	unsigned long pct;

	(void)t;
	if (!v->text[0])
		return;
	if (parse_percent(v->text, 1, CPU_QUOTA_PCT_MAX, &pct, err,
		    sizeof(err))) {
		value_error(v, "%s", err);
		return;
	}
	s->cpu_max = xasprintf(
		"%lu %lu", pct * (CPU_PERIOD_US / 100), CPU_PERIOD_US);
}

static void apply_may_shutdown(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	s->may_shutdown = !strcmp(v->text, "y");
}

/* Targets of INIT_MOUNTS that must be mounted for the service to start. */
static void apply_requires_mounts(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX], *buf, **paths;
	size_t n, i, j;
	int m;

	paths = split_words(v, &buf, &n);
	if (!paths)
		return;
	s->mounts = xcalloc(n ? n : 1, sizeof(*s->mounts));
	for (i = 0; i < n; i++) {
		if (parse_path(paths[i], err, sizeof(err))) {
			value_error(v, "\"%s\": %s", paths[i], err);
			continue;
		}
		for (j = 0; j < i && strcmp(paths[j], paths[i]); j++)
			;
		if (j < i) {
			value_error(v, "%s is listed twice", paths[i]);
			continue;
		}
		m = mounts_find(t, paths[i]);
		if (m < 0) {
			value_error(v, "%s is not a target of INIT_MOUNTS",
				paths[i]);
			continue;
		}
		s->mounts[s->nmounts++] = (size_t)m;
	}
	free(paths);
	free(buf);
}

/*
 * The options, in menu order.  Help lines are at most 68 characters: the
 * expansion indents them by a tab and two spaces.
 */
/* clang-format off */
const struct svc_option svc_options[] = {
	{
		.suffix = "EXEC",
		.type = OPT_STRING,
		.prompt = "Command line",
		.def = NULL,
		.apply = apply_exec,
		.help =
"The program PID 1 runs and its arguments, as ExecStart= in\n"
"systemd.service(5) but without a shell, variables or prefixes.\n"
"Words are separated by blanks. 'Single quotes' keep everything\n"
"literally; \"double quotes\" keep everything except \\\\ \\\" \\$ \\`\n"
"(each stands for its second character); a backslash outside\n"
"quotes keeps the next character. There is no shell, so what a\n"
"shell would read as syntax is refused unless quoted: | & ; < > ( )\n"
"$ ` outside quotes, $ and ` unescaped inside double quotes. For\n"
"pipes, redirections or variables run /bin/sh -c '...' explicitly.\n"
"\n"
"The first word is the program's absolute path in the image (no\n"
"PATH search, no \".\" or \"..\" parts), inside ROOT_DIRECTORY\n"
"when that is set. The build fails if that file is not in the\n"
"image, not executable, or (for a service that does not run as\n"
"root) writable by the service's user or groups.\n"
"\n"
"In a .svc file or a defconfig the value is a Kconfig string:\n"
"write \\\" there for a double quote and \\\\ for a backslash.\n"
"\n"
"Examples:\n"
"  /usr/sbin/httpd -f -p 8080 -h /www\n"
"  /bin/sh -c 'echo started >/dev/kmsg; exec sleep 1000'",
	},
	{
		.suffix = "TYPE",
		.type = OPT_STRING,
		.prompt = "Type (simple, oneshot)",
		.def = "\"simple\"",
		.apply = apply_type,
		.help =
"How PID 1 treats the process, as Type= in systemd.service(5):\n"
"  simple   a long-running program that stays in the foreground\n"
"           (do not let it fork into the background). It counts\n"
"           as started as soon as it was executed.\n"
"  oneshot  a task that runs to completion. It counts as started\n"
"           when it has exited, so services ordered after it (see\n"
"           AFTER) see its work done.",
	},
	{
		.suffix = "RESTART",
		.type = OPT_STRING,
		.prompt = "Restart (no, on-failure, always)",
		.def = "\"no\"",
		.apply = apply_restart,
		.help =
"When PID 1 starts the service again after it ended, as Restart=\n"
"in systemd.service(5):\n"
"  no          never;\n"
"  on-failure  when it exited with a non-zero status or was killed\n"
"              by a signal;\n"
"  always      whenever it ended, however it ended.\n"
"The first restart waits INIT_RESTART_DELAY_MS; the delay doubles\n"
"for each further restart up to INIT_RESTART_DELAY_MAX_MS, and\n"
"drops back once the service has run INIT_RESTART_RESET_MS. Nothing\n"
"is restarted during shutdown.",
	},
	{
		.suffix = "AFTER",
		.type = OPT_STRING,
		.prompt = "Start after (service ids)",
		.def = "\"\"",
		.apply = apply_after,
		.help =
"Space-separated ids of the services this one is started after, as\n"
"After= in systemd.unit(5): it orders, it does not require. A\n"
"simple service counts as started once it was executed, a oneshot\n"
"one once it has exited. At shutdown services stop in the reverse\n"
"order. Services not ordered relative to each other start in menu\n"
"order.\n"
"\n"
"The build fails on an unknown id, an id listed twice, a service\n"
"ordered after itself and an ordering cycle (the message shows\n"
"the cycle). A service that exists but is disabled is ignored,\n"
"with a warning.\n"
"\n"
"Example: \"syslogd network\"",
	},
	{
		.suffix = "USER",
		.type = OPT_STRING,
		.prompt = "User",
		.def = "\"root\"",
		.apply = apply_user,
		.help =
"The user the service runs as, as User= in systemd.exec(5): a name\n"
"from the image's /etc/passwd or a number. The build resolves it to\n"
"a uid (PID 1 never looks a name up) and also takes HOME, SHELL and\n"
"the primary group from /etc/passwd. A number need not be in\n"
"/etc/passwd, but then GROUP must be set. 65535 and 4294967295 are\n"
"refused: to the kernel they mean -1, \"leave unchanged\".\n"
"\n"
"root keeps every privilege that the service's restrictions do not\n"
"take away; prefer a dedicated user.",
	},
	{
		.suffix = "GROUP",
		.type = OPT_STRING,
		.prompt = "Group (empty: the user's primary group)",
		.def = "\"\"",
		.apply = apply_group,
		.help =
"The group the service runs as, as Group= in systemd.exec(5): a\n"
"name from the image's /etc/group or a number, resolved at build\n"
"time. Empty: the user's primary group from /etc/passwd. 65535 and\n"
"4294967295 are refused, as for USER.\n"
"\n"
"The process's group list holds this group and those of\n"
"SUPPLEMENTARY_GROUPS: membership listed in /etc/group is not\n"
"applied.",
	},
	{
		.suffix = "ENVIRONMENT",
		.type = OPT_STRING,
		.prompt = "Environment (KEY=value ...)",
		.def = "\"\"",
		.apply = apply_environment,
		.help =
"Environment variables, as Environment= in systemd.exec(5):\n"
"space-separated KEY=value words, quoted as in EXEC, so a value\n"
"with blanks is written 'MOTD=hello world' or MOTD=\"hello world\".\n"
"A name is letters, digits and '_', not starting with a digit, and\n"
"may be set only once.\n"
"\n"
"The environment is built at build time from nothing: PATH=\n"
"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin,\n"
"then HOME, USER, LOGNAME and SHELL from the user's /etc/passwd\n"
"entry, then these words, which replace a default of the same\n"
"name. Nothing of PID 1's environment or the kernel command line\n"
"reaches a service.\n"
"\n"
"Example: \"TZ=UTC LANG=C.UTF-8\"",
	},
	{
		.suffix = "WORKING_DIRECTORY",
		.type = OPT_STRING,
		.prompt = "Working directory",
		.def = "\"/\"",
		.apply = apply_workdir,
		.help =
"The current directory of the process, as WorkingDirectory= in\n"
"systemd.exec(5): an absolute path with no \".\", \"..\" or empty\n"
"parts and no trailing '/'. If the directory cannot be entered\n"
"when the service starts, the service does not start and PID 1\n"
"logs why.",
	},
	{
		.suffix = "UMASK",
		.type = OPT_STRING,
		.prompt = "File mode creation mask (octal)",
		.def = "\"0022\"",
		.apply = apply_umask,
		.help =
"The umask of the process, as UMask= in systemd.exec(5): octal,\n"
"0000 to 0777. Each bit set is a permission that new files and\n"
"directories do not get: 0022 lets others read them, 0027 hides\n"
"them from others, 0077 keeps them to the user.",
	},
	{
		.suffix = "OUTPUT",
		.type = OPT_STRING,
		.prompt = "Output (log, console, null)",
		.def = "\"log\"",
		.apply = apply_output,
		.help =
"Where standard output and error go, as StandardOutput= and\n"
"StandardError= in systemd.exec(5):\n"
"  log      a pipe to PID 1, which writes each line to the console\n"
"           and /dev/kmsg as \"<id>[<pid>]: <line>\" (long lines are\n"
"           cut, and a line is dropped rather than waited for);\n"
"  console  /dev/console itself, for standard input too: for an\n"
"           interactive shell only, as anything with the console\n"
"           open can type into it;\n"
"  null     /dev/null: the output is discarded.\n"
"Except with console, standard input is /dev/null.",
	},
	{
		.suffix = "SEND_SIGHUP",
		.type = OPT_BOOL,
		.prompt = "Send SIGHUP after SIGTERM when stopping",
		.def = "n",
		.apply = apply_send_sighup,
		.help =
"As SendSIGHUP= in systemd.kill(5): when the service is stopped,\n"
"its processes get SIGHUP right after SIGTERM. Interactive shells\n"
"ignore SIGTERM but end on SIGHUP (the hang-up of their terminal),\n"
"so a console shell with this option ends at once at shutdown\n"
"instead of after INIT_SHUTDOWN_TIMEOUT_MS and a SIGKILL.",
	},
	{
		.suffix = "SUCCESS_ACTION",
		.type = OPT_STRING,
		.prompt = "Action when it ends successfully (none, poweroff, reboot, halt)",
		.def = "\"none\"",
		.apply = apply_success_action,
		.help =
"What the machine does when the service has ended with status 0\n"
"and is not restarted, as SuccessAction= in systemd.unit(5):\n"
"  none      nothing, the other services go on;\n"
"  poweroff  the ordered shutdown (services stopped in reverse\n"
"            order, processes killed, filesystems unmounted), then\n"
"            power off;\n"
"  reboot    the same, then reboot;\n"
"  halt      the same, then halt.\n"
"The service's exit status is printed as the last line PID 1\n"
"writes (\"rampart: exit status N\", 128+N when killed by signal\n"
"N) and, with INIT_EXIT_STATUS, becomes the exit status of QEMU.\n"
"Typical for a test VM: a oneshot test with both actions set to\n"
"poweroff.",
	},
	{
		.suffix = "FAILURE_ACTION",
		.type = OPT_STRING,
		.prompt = "Action when it fails (none, poweroff, reboot, halt)",
		.def = "\"none\"",
		.apply = apply_failure_action,
		.help =
"What the machine does when the service has ended with a non-zero\n"
"status, was killed by a signal or could not be started, and is\n"
"not restarted (see RESTART), as FailureAction= in systemd.unit(5).\n"
"The actions are those of SUCCESS_ACTION; a service that could not\n"
"be started reports exit status 127. Neither action is taken for a\n"
"service that ends because the machine is shutting down.",
	},

	/* -- namespaces and filesystem -- */
	{
		.suffix = "ROOT_DIRECTORY",
		.type = OPT_STRING,
		.prompt = "Root directory (empty: the image's /)",
		.def = "\"\"",
		.apply = apply_root_directory,
		.help =
"The directory the service sees as /, as RootDirectory= in\n"
"systemd.exec(5): an absolute path of a directory in the image.\n"
"EXEC, WORKING_DIRECTORY, READ_ONLY_PATHS and INACCESSIBLE_PATHS\n"
"are then paths inside it, and the program must be in it too.\n"
"Implies a private mount namespace.\n"
"\n"
"PID 1 runs from the initramfs, where pivot_root(2) is refused, so\n"
"the directory is bind-mounted, moved over / (MS_MOVE) and\n"
"chroot()ed into, as switch_root does. A process with\n"
"CAP_SYS_CHROOT or CAP_SYS_ADMIN can leave such a root: run the\n"
"service as a non-root user, or remove both capabilities from its\n"
"bounding set (the build warns about a root service). No fd of\n"
"PID 1 survives exec, and /proc is not mounted inside unless\n"
"PRIVATE_PIDS is set (then it shows only the service's processes).\n"
"If the directory is missing at start, the service does not start.",
	},
	{
		.suffix = "PRIVATE_NETWORK",
		.type = OPT_BOOL,
		.prompt = "Private network (only a loopback interface)",
		.def = "n",
		.apply = apply_private_network,
		.help =
"As PrivateNetwork= in systemd.exec(5): the service gets a network\n"
"namespace of its own whose only interface is lo, brought up at\n"
"start. It cannot reach any network, nor listeners of other\n"
"services on 127.0.0.1. A fresh sysfs is mounted on /sys, so the\n"
"machine's interfaces do not show in /sys/class/net either; that\n"
"sysfs hides the cgroup2 mount below /sys/fs/cgroup. Implies a\n"
"private mount namespace.",
	},
	{
		.suffix = "PRIVATE_TMP",
		.type = OPT_BOOL,
		.prompt = "Private /tmp and /var/tmp",
		.def = "n",
		.apply = apply_private_tmp,
		.help =
"As PrivateTmp= in systemd.exec(5): an empty tmpfs of its own on\n"
"/tmp (and on /var/tmp if the image has it), mode 1777, nosuid,\n"
"nodev, limited to PRIVATE_TMP_SIZE KiB each. Nothing in the\n"
"machine's /tmp is visible and nothing the service writes there is\n"
"visible to others; it is freed when the service's last process\n"
"ends. Implies a private mount namespace.",
	},
	{
		.suffix = "PRIVATE_TMP_SIZE",
		.type = OPT_STRING,
		.prompt = "Private /tmp size limit (KiB)",
		.def = "\"1024\"",
		.apply = apply_private_tmp_size,
		.help =
"The size limit of each private tmpfs of PRIVATE_TMP, in KiB, 16\n"
"to 1048576. The memory is only used as files are written; a\n"
"write beyond the limit fails with ENOSPC. Ignored without\n"
"PRIVATE_TMP.",
	},
	{
		.suffix = "READ_ONLY_PATHS",
		.type = OPT_STRING,
		.prompt = "Read-only paths",
		.def = "\"\"",
		.apply = apply_read_only_paths,
		.help =
"Space-separated absolute paths the service can read but not\n"
"change, as ReadOnlyPaths= in systemd.exec(5), even as root: each\n"
"is bind-mounted onto itself and made read-only with\n"
"mount_setattr(AT_RECURSIVE) (Linux 5.12), so the mounts below it\n"
"are read-only as well. Writes fail with EROFS. If the kernel\n"
"cannot do it recursively, the service does not start.\n"
"\n"
"A path must be in the image, else the build fails; write it\n"
"with a leading - (\"-/data\") if it may be missing at run time.\n"
"A path without - that is missing at start stops the service from\n"
"starting. / itself is refused: list its directories.\n"
"Implies a private mount namespace.\n"
"\n"
"Example: \"/etc /usr -/data\"",
	},
	{
		.suffix = "INACCESSIBLE_PATHS",
		.type = OPT_STRING,
		.prompt = "Inaccessible paths",
		.def = "\"\"",
		.apply = apply_inaccessible_paths,
		.help =
"Space-separated absolute paths hidden from the service, as\n"
"InaccessiblePaths= in systemd.exec(5): an empty node of the same\n"
"type (directory, file, device, socket, fifo) with mode 000 is\n"
"mounted over each, read-only, so neither the path nor any alias\n"
"(/proc/self/root/...) reaches what was there. A non-root service\n"
"gets EACCES; root sees an empty directory or an empty file.\n"
"\n"
"The - prefix and the check in the image are as for\n"
"READ_ONLY_PATHS. A path may not also be read-only, nor hide a\n"
"read-only path. Implies a private mount namespace.",
	},
	{
		.suffix = "PRIVATE_PIDS",
		.type = OPT_BOOL,
		.prompt = "Private process ids (own PID namespace)",
		.def = "n",
		.apply = apply_private_pids,
		.help =
"As PrivatePIDs= in systemd.exec(5): the service is process 1 of\n"
"a PID namespace of its own and sees only its own processes; a\n"
"fresh /proc matching it is mounted. PID 1 (rampart) still\n"
"supervises it by its outer pid and cgroup.\n"
"\n"
"Caveats of being a process 1: when it exits, the kernel kills\n"
"every process it left; it must reap its orphans; and it gets\n"
"only the signals it has a handler for, so a program without a\n"
"SIGTERM handler is killed with SIGKILL after\n"
"INIT_SHUTDOWN_TIMEOUT_MS. Implies a private mount namespace.",
	},
	{
		.suffix = "PRIVATE_IPC",
		.type = OPT_BOOL,
		.prompt = "Private System V IPC and POSIX message queues",
		.def = "n",
		.apply = apply_private_ipc,
		.help =
"As PrivateIPC= in systemd.exec(5): an IPC namespace of its own,\n"
"so System V shared memory, semaphores and message queues and\n"
"POSIX message queues are not shared with other services.",
	},
	{
		.suffix = "PRIVATE_UTS",
		.type = OPT_BOOL,
		.prompt = "Private hostname (own UTS namespace)",
		.def = "n",
		.apply = apply_private_uts,
		.help =
"As ProtectHostname= in systemd.exec(5): a UTS namespace of its\n"
"own, so a hostname the service sets stays its own. Its hostname\n"
"starts as the machine's, or as HOSTNAME when set.",
	},
	{
		.suffix = "PROTECT_CONTROL_GROUPS",
		.type = OPT_BOOL,
		.prompt = "Read-only cgroup hierarchies",
		.def = "n",
		.apply = apply_protect_cgroups,
		.help =
"As ProtectControlGroups= in systemd.exec(5): /sys/fs/cgroup (and\n"
"/run/cgroup/devices under INIT_CGROUP_V1_DEVICES) is read-only\n"
"for the service, submounts included. Implies a private mount\n"
"namespace.\n"
"\n"
"Turn it on for every service that runs as root and has a limit\n"
"kept in its cgroup (TASKS_MAX, MEMORY_MAX, CPU_QUOTA, a device\n"
"list): the cgroup files belong to root, so without it such a\n"
"service can raise its own limits, or write its pid into another\n"
"cgroup and leave its limits, its device filter and the kill at\n"
"its stop behind. The build warns about that combination (an\n"
"error under INIT_POLICY_STRICT). A non-root service cannot write\n"
"the cgroup files anyway.\n"
"\n"
"Caveats: a service that keeps CAP_SYS_ADMIN can remount them\n"
"writable, and one that keeps CAP_SYS_PTRACE (or every\n"
"capability) can reach PID 1's view through /proc/1/root; the\n"
"build warns about both. Inside ROOT_DIRECTORY the hierarchies\n"
"are protected if the tree has them; missing there, they are not\n"
"reachable. Off by default: a private mount namespace also means\n"
"that what a root service mounts is seen by nobody else.",
	},
	{
		.suffix = "HOSTNAME",
		.type = OPT_STRING,
		.prompt = "Hostname (needs PRIVATE_UTS)",
		.def = "\"\"",
		.apply = apply_hostname,
		.help =
"The hostname the service sees, set in its own UTS namespace\n"
"before it starts; empty: the machine's. Needs PRIVATE_UTS (the\n"
"build fails otherwise). 1 to 64 letters, digits, '-' and '.', as\n"
"INIT_HOSTNAME.",
	},

	/* -- credentials, capabilities, rlimits -- */
	{
		.suffix = "SUPPLEMENTARY_GROUPS",
		.type = OPT_STRING,
		.prompt = "Supplementary groups",
		.def = "\"\"",
		.apply = creds_apply_supp_groups,
		.help =
"More groups for the process, as SupplementaryGroups= in\n"
"systemd.exec(5): space-separated names from the image's\n"
"/etc/group or numbers, resolved at build time. The group list is\n"
"the primary group (GROUP) followed by these; membership listed in\n"
"/etc/group is not applied otherwise. 65535 and 4294967295 are\n"
"refused, a group listed twice is an error.\n"
"\n"
"Example: \"audio video\"",
	},
	{
		.suffix = "CAPABILITY_BOUNDING_SET",
		.type = OPT_STRING,
		.prompt = "Capability bounding set",
		.def = "\"\"",
		.apply = creds_apply_bounding,
		.help =
"The capabilities the service and everything it runs can ever hold,\n"
"as CapabilityBoundingSet= in systemd.exec(5) and capabilities(7):\n"
"space-separated names (CAP_CHOWN CAP_NET_BIND_SERVICE ...; any\n"
"case). With a leading '~' the set is every capability but those\n"
"listed, newer capabilities than this build knows included.\n"
"  \"\"       not configured: unchanged (every capability); a root\n"
"           service left so is a build warning\n"
"  \"all\"    every capability, on purpose (no warning)\n"
"  \"none\"   the empty set\n"
"The names are checked at build time against libcap's table; a\n"
"misspelt one fails the build with a suggestion. A listed\n"
"capability the running kernel does not know makes the service\n"
"fail to start (sandbox failed at capability-bounding-set).\n"
"\n"
"A root service holds exactly this set after it starts; a non-root\n"
"one holds only its AMBIENT_CAPABILITIES.\n"
"\n"
"Examples: \"CAP_NET_BIND_SERVICE\", \"~CAP_SYS_ADMIN CAP_SYS_MODULE\"",
	},
	{
		.suffix = "AMBIENT_CAPABILITIES",
		.type = OPT_STRING,
		.prompt = "Ambient capabilities",
		.def = "\"\"",
		.apply = creds_apply_ambient,
		.help =
"Capabilities a non-root service keeps, as AmbientCapabilities=\n"
"in systemd.exec(5): space-separated names, no '~'. They are\n"
"kept across the change to USER and survive execve, so a daemon\n"
"running as its own user can, for instance, bind port 80 with\n"
"CAP_NET_BIND_SERVICE alone. They must be in the bounding set.\n"
"\n"
"Example: \"CAP_NET_BIND_SERVICE\"",
	},
	{
		.suffix = "NO_NEW_PRIVILEGES",
		.type = OPT_BOOL,
		.prompt = "No new privileges",
		.def = "y",
		.apply = creds_apply_nnp,
		.help =
"As NoNewPrivileges= in systemd.exec(5): set PR_SET_NO_NEW_PRIVS\n"
"last before the program runs, so neither it nor anything it runs\n"
"gains privileges from setuid/setgid bits or file capabilities.\n"
"On by default; turn it off only for a service that must run\n"
"setuid programs (su, ping from a non-root user, ...).",
	},
	{
		.suffix = "SECURE_BITS",
		.type = OPT_STRING,
		.prompt = "Secure bits",
		.def = "\"\"",
		.apply = creds_apply_securebits,
		.help =
"As SecureBits= in systemd.exec(5), see capabilities(7):\n"
"space-separated names among noroot, noroot-locked,\n"
"no-setuid-fixup, no-setuid-fixup-locked, keep-caps,\n"
"keep-caps-locked. noroot: uid 0 gets no capabilities for free on\n"
"execve; no-setuid-fixup: uid changes leave capabilities alone;\n"
"keep-caps: keep permitted capabilities across a change away from\n"
"uid 0 (cleared again by execve). -locked: the bit cannot be\n"
"changed any more by the service.",
	},
	{
		.suffix = "LIMITS",
		.type = OPT_STRING,
		.prompt = "Resource limits (NAME=soft[:hard] ...)",
		.def = "\"\"",
		.apply = creds_apply_limits,
		.help =
"Resource limits, as the Limit*= options of systemd.exec(5) and\n"
"setrlimit(2): space-separated NAME=soft[:hard] words, NAME one of\n"
"CPU FSIZE DATA STACK CORE RSS NOFILE AS NPROC MEMLOCK LOCKS\n"
"SIGPENDING MSGQUEUE NICE RTPRIO RTTIME. A value is a plain\n"
"number in the kernel's unit (bytes; seconds for CPU;\n"
"microseconds for RTTIME; 20 - nice for NICE) or infinity; soft\n"
"alone sets both. Soft above hard, an unknown name, a name set\n"
"twice or a number that does not fit 64 bits fail the build.\n"
"Set while the service is still root; a hard limit the kernel\n"
"refuses (NOFILE above fs.nr_open) keeps it from starting, and so\n"
"does a value of 4294967295 or more on a 32-bit kernel (armhf),\n"
"which would store it as infinity.\n"
"\n"
"NPROC counts the processes of the service's uid, and the kernel\n"
"does not apply it to root or to a process with CAP_SYS_RESOURCE\n"
"or CAP_SYS_ADMIN: the build warns then.\n"
"\n"
"Example: \"NOFILE=1024:4096 CORE=0 NPROC=64\"",
	},

	/* -- devices and cgroup limits -- */
	{
		.suffix = "DEVICE_ALLOW",
		.type = OPT_STRING,
		.prompt = "Devices allowed (DeviceAllow=)",
		.def = "\"\"",
		.apply = apply_device_allow,
		.help =
"Device nodes the service may use, as DeviceAllow= in\n"
"systemd.resource-control(5); entries separated by ',':\n"
"  /dev/PATH [ACCESS]     the node at PATH (stat when it starts)\n"
"  char-NAME [ACCESS]     every char major named NAME in\n"
"  block-NAME [ACCESS]    /proc/devices (read when it starts)\n"
"  c|b MAJOR:MINOR [ACCESS]  numbers; '*' for any; major at most\n"
"                         4095, minor at most 1048575\n"
"ACCESS: r (read), w (write), m (mknod); omitted: rwm. Entries\n"
"for the same node add up (\"/dev/null r, c 1:3 w\" is rw).\n"
"\n"
"Enforced by a cgroup-v2 BPF device program that PID 1 builds\n"
"from these rules, attaches to the service's cgroup (as one of\n"
"possibly several, so a child cgroup cannot replace it) and checks\n"
"before the service runs; with INIT_CGROUP_V1_DEVICES (kernels\n"
"without CGROUP_BPF) by the service's cgroup in the cgroup-v1\n"
"devices hierarchy at /run/cgroup/devices instead. If a path does\n"
"not exist, a class is not in /proc/devices or the program or the\n"
"v1 cgroup cannot be set up, the service does not start\n"
"(\"sandbox failed at devices\"). Access outside the rules fails\n"
"with EPERM, also for root. See DEVICE_POLICY for what is added\n"
"to this list.\n"
"\n"
"A root service with CAP_SYS_ADMIN (or CAP_BPF) can detach the\n"
"program or widen its v1 list, and uid 0 can move itself to\n"
"another cgroup: give it another USER, or drop those capabilities\n"
"and turn PROTECT_CONTROL_GROUPS on (see also the\n"
"INIT_CGROUP_V1_DEVICES help).\n"
"\n"
"Example: \"/dev/null rw, char-pts rw, c 10:200 rw\"",
	},
	{
		.suffix = "DEVICE_POLICY",
		.type = OPT_STRING,
		.prompt = "Device policy (auto, closed, strict)",
		.def = "\"auto\"",
		.apply = apply_device_policy,
		.help =
"As DevicePolicy= in systemd.resource-control(5):\n"
"  strict  only the DEVICE_ALLOW entries;\n"
"  closed  DEVICE_ALLOW, plus read and write of /dev/null,\n"
"          /dev/zero, /dev/full, /dev/random, /dev/urandom,\n"
"          /dev/tty and /dev/ptmx;\n"
"  auto    as closed when DEVICE_ALLOW is set, else no device\n"
"          restriction at all.\n"
"With strict and an empty DEVICE_ALLOW no device can be opened.\n"
"The service's stdin is /dev/null, opened once it is in its\n"
"cgroup: with strict, list \"/dev/null rw\" or it cannot start\n"
"(\"sandbox failed at stdio\").",
	},
	{
		.suffix = "TASKS_MAX",
		.type = OPT_STRING,
		.prompt = "Maximum number of tasks (TasksMax=)",
		.def = "\"\"",
		.apply = apply_tasks_max,
		.help =
"As TasksMax= in systemd.resource-control(5): how many processes\n"
"and threads the service's cgroup may hold (pids.max); a fork\n"
"beyond it fails with EAGAIN. A number from 1 to 4194304, or\n"
"\"infinity\"; empty: no limit written. If the limit cannot be\n"
"written the service does not start.",
	},
	{
		.suffix = "MEMORY_MAX",
		.type = OPT_STRING,
		.prompt = "Memory limit (MemoryMax=)",
		.def = "\"\"",
		.apply = apply_memory_max,
		.help =
"As MemoryMax= in systemd.resource-control(5): the hard memory\n"
"limit of the service's cgroup (memory.max). Beyond it the kernel\n"
"reclaims, then OOM-kills a process of this cgroup only. Bytes,\n"
"or a number with K, M, G or T (powers of 1024), or \"infinity\";\n"
"empty: no limit written. If the limit cannot be written the\n"
"service does not start.\n"
"\n"
"Example: \"64M\"",
	},
	{
		.suffix = "CPU_QUOTA",
		.type = OPT_STRING,
		.prompt = "CPU quota (CPUQuota=)",
		.def = "\"\"",
		.apply = apply_cpu_quota,
		.help =
"As CPUQuota= in systemd.resource-control(5): the CPU time the\n"
"service's cgroup may use, as a percentage of one CPU, from 1% to\n"
"100000% (above 100% for several CPUs). Written as cpu.max with\n"
"a period of 100 ms: \"20%\" is \"20000 100000\". Empty: no limit.\n"
"If the quota cannot be written the service does not start.",
	},

	/* -- shutdown policy, required mounts -- */
	{
		.suffix = "REQUIRES_MOUNTS",
		.type = OPT_STRING,
		.prompt = "Required mounts (targets of INIT_MOUNTS)",
		.def = "\"\"",
		.apply = apply_requires_mounts,
		.help =
"Space-separated mount points from INIT_MOUNTS that must be mounted\n"
"for this service to start, as RequiresMountsFor= in\n"
"systemd.unit(5) but exact: each must be the target of an entry of\n"
"INIT_MOUNTS (checked at build time). If one of them failed to\n"
"mount in stage 1, the service is never started and PID 1 logs\n"
"\"<id>: not started: <target> is not mounted\"; services ordered\n"
"after it are started as after a failed service.\n"
"\n"
"Example: \"/data\"",
	},
	{
		.suffix = "MAY_SHUTDOWN",
		.type = OPT_BOOL,
		.prompt = "May power off, halt or reboot the machine",
		.def = "n",
		.apply = apply_may_shutdown,
		.help =
"Whether a process of this service may ask PID 1 to shut down:\n"
"SIGUSR1 (halt), SIGUSR2 or SIGPWR (poweroff), SIGTERM or SIGINT\n"
"(reboot), what busybox halt, poweroff and reboot send. PID 1\n"
"finds the sender's service from its cgroup; a request from a\n"
"service without this option is ignored and logged as\n"
"\"shutdown request from <id> (pid N) ignored\". The kernel's\n"
"Ctrl-Alt-Del (SIGINT) always works. Only a request PID 1 cannot\n"
"trace to a service (a sender outside every service's cgroup, or\n"
"one that was already reaped) is obeyed.\n"
"\n"
"This is a policy against mistakes, not a sandbox: a root service\n"
"with CAP_SYS_BOOT can call reboot(2) itself. Set it for the\n"
"console shell and for a service that powers the machine off.",
	},

	/* -- end of restrictions -- */
};
/* clang-format on */

const size_t svc_noptions = sizeof(svc_options) / sizeof(svc_options[0]);
