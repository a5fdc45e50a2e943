/*
 * options.c - the service options: the one table that drives both the
 * Kconfig expansion of .svc files and the checking of .config values.
 *
 * The options come in families, each in the file of its checks (ns.c,
 * creds.c, seccomp.c, devices.c; the service's own and the shutdown
 * options here); options_init() puts them in one list, in menu order.
 * A new option is one entry in its family's table (its name, Kconfig
 * type, default, help text and check) plus, when PID 1 needs it, a field
 * in struct service and in init/service.h and a line in output.c.
 */
#include "gen.h"
#include "parse_credential.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ID_MAX_16 65535UL

const char *const svc_type_names[] = {
	"simple", "oneshot", "notify", "notify-fd", NULL};
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

/*
 * Specifiers in a command word (systemd.unit(5)): "%%" becomes "%"; %d
 * (the credentials directory) is known at build time and written out:
 * CRED_DIR_BASE/<id>, as $CREDENTIALS_DIRECTORY names it, the same inside
 * a ROOT_DIRECTORY (the credentials are mounted there); %b (boot id), %v
 * (kernel release) and %H (host name), known only at run time, become a
 * marker byte and the letter, which PID 1 fills in at each start
 * (init/specifiers.c).  Any other "%x" is a build error.  Returns the new
 * word (allocated) or NULL on an error (reported).
 */
char *spec_word(const struct value *v, struct service *s, const char *word,
	int is_program)
{
	const char *r;
	char *out, *w, *dir;
	size_t n = 0;

	if (strchr(word, SPECIFIER_MARK))
		s->literal_mark = 1; /* refused with a run-time specifier */
	dir = xasprintf("%s/%s", CRED_DIR_BASE, s->id);
	for (r = word; *r; r++)
		n += (r[0] == '%' && r[1] == 'd') ? strlen(dir) : 1;
	out = w = xmalloc(n + 1);
	for (r = word; *r; r++) {
		if (*r != '%') {
			*w++ = *r;
			continue;
		}
		if (r[1] == '%') {
			*w++ = '%';
			r++;
			continue;
		}
		if (r[1] == 'd') {
			if (is_program) {
				value_error(v, "specifier %%d in the program: "
					       "the credentials directory "
					       "holds no program (its ramfs "
					       "is mounted noexec)");
				goto fail;
			}
			memcpy(w, dir, strlen(dir));
			w += strlen(dir);
			r++;
			if (!s->spec_creds) {
				s->spec_creds = xstrdup(v->sym);
				s->spec_creds_text = xstrdup(v->text);
			}
			continue;
		}
		if (r[1] && strchr("bvH", r[1])) {
			if (is_program) {
				value_error(v, "specifier %%%c in the program: "
					       "PID 1 runs a program known at "
					       "build time",
					r[1]);
				goto fail;
			}
			*w++ = SPECIFIER_MARK;
			*w++ = *++r;
			s->specifiers = 1;
			continue;
		}
		if (!r[1])
			value_error(v, "a lone %% at the end of \"%s\" "
				       "(%%%% for a literal %%)",
				word);
		else
			value_error(v, "unknown specifier %%%c (known: %%d "
				       "credentials directory, %%b boot id, "
				       "%%v kernel release, %%H host name; "
				       "%%%% for a literal %%)",
				r[1]);
		goto fail;
	}
	*w = '\0';
	free(dir);
	return out;
fail:
	free(dir);
	free(out);
	return NULL;
}

static void apply_exec(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];
	const char *prog;
	size_t i;

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
	/* the words again, each with its specifiers, into one buffer of
	 * their own (%d makes a word longer) */
	{
		char **words = xcalloc(s->argc + 1, sizeof(*words));
		size_t len = 0;
		char *buf, *p;

		for (i = 0; i < s->argc; i++) {
			words[i] = spec_word(v, s, s->argv[i], i == 0);
			if (!words[i])
				break;
			len += strlen(words[i]) + 1;
		}
		if (i < s->argc) {
			while (i)
				free(words[--i]);
			free(words);
			s->argc = 0;
			return;
		}
		p = buf = xmalloc(len + 1);
		for (i = 0; i < s->argc; i++) {
			s->argv[i] = p;
			memcpy(p, words[i], strlen(words[i]) + 1);
			p += strlen(words[i]) + 1;
			free(words[i]);
		}
		free(words);
		free(s->argv_buf);
		s->argv_buf = buf;
	}
	prog = s->argv[0];
	/* A name without '/': EXEC_SEARCH_PATH finds it (stdio.c). */
	if (strchr(prog, '/') && parse_path(prog, err, sizeof(err))) {
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
void options_check_program(
	struct table *t, struct service *s, const struct value *v, const char *prog)
{
	char *img;
	struct exec_dirs dirs = {.s = s};
	struct image_path ip = {.dir = exec_dir, .ctx = &dirs};
	const char *root = s->root_directory ? s->root_directory : "";
	unsigned int mode;
	int ret;

	img = xasprintf("%s%s", root, prog);
	ret = table_image_resolve(t, root, prog, 0, &ip);
	mode = ip.mode;
	if (ret == -ENOENT)
		value_error(v, "%s is not in the image (%s)", img, t->rootfs);
	else if (ret)
		value_error(v, "%s in the image (%s): %s", img, t->rootfs,
			strerror(-ret));
	else if ((mode & 0170000) != 0100000)
		value_error(v, "%s is not a regular file in the image", img);
	else if (!(mode & 0111))
		value_error(v, "%s is not executable in the image", img);
	else if (writable_by(s, mode))
		value_error(v,
			"%s is writable by the service's user in the image "
			"(mode %04o, owner 0:0): it could replace its own "
			"program",
			img, mode & 07777);
	else if (dirs.path)
		value_error(v,
			"directory %s is writable by the service's user in the "
			"image (mode %04o, owner 0:0): it could replace its "
			"own program",
			dirs.path, dirs.mode & 07777);
	image_path_free(&ip);
	free(dirs.path);
	free(img);
}

void options_check_exec(struct table *t, struct service *s)
{
	char *sym;
	struct value v = {.text = s->exec_text, .quoted = 1};

	if (!s->exec_text || !s->argc)
		return;
	sym = xasprintf("%s_EXEC", s->stem);
	v.sym = sym;
	/* a name without '/': EXEC_SEARCH_PATH's find (stdio.c), or an
	 * error reported there */
	if (s->exec_path || s->argv[0][0] == '/')
		options_check_program(t, s, &v,
			s->exec_path ? s->exec_path : s->argv[0]);
	free(sym);
}

void value_choice(
	const struct value *v, const char *const *names, int *out)
{
	char err[PARSE_ERR_MAX];

	if (parse_choice(v->text, names, out, err, sizeof(err)))
		value_error(v, "%s", err);
}

int value_uint(const struct value *v, unsigned long long lo,
	unsigned long long hi, const char *what, unsigned long long *n)
{
	char err[PARSE_ERR_MAX];

	if (!parse_uint(v->text, lo, hi, n, err, sizeof(err)))
		return 0;
	value_error(v, "%s: %s", what, err);
	return -1;
}

static void apply_type(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	value_choice(v, svc_type_names, &s->type);
}

static void apply_restart(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	value_choice(v, svc_restart_names, &s->restart);
}

static void apply_output(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	value_choice(v, svc_output_names, &s->output);
}

/* Split a word list, reporting a quoting error; NULL on error. */
char **split_words(const struct value *v, char **buf, size_t *n)
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
	if (s->dynamic_user && !is_number(v->text)) {
		/* the image's user of that name (of the service's id for
		 * "root"), as systemd, else one made for it */
		s->pw = userdb_user_by_name(&t->users,
			strcmp(v->text, "root") ? v->text : s->id);
		if (!s->pw)
			s->pw = dynuser_alloc(t, s, v);
		if (!s->pw)
			return;
		s->uid = s->pw->uid;
	} else if (is_number(v->text)) {
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
	value_choice(v, svc_action_names, &s->success_action);
}

static void apply_failure_action(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	value_choice(v, svc_action_names, &s->failure_action);
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
 * The options, in menu order, one family after the other (options_init).
 * Help lines are at most 68 characters: the expansion indents them by a
 * tab and two spaces.
 */
/* clang-format off */
static const struct svc_option service_options[] = {
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
"Specifiers, as systemd.unit(5) has them: %b (the boot id, 32 hex\n"
"digits), %v (the kernel release) and %H (the host name, PID 1's,\n"
"even in a PRIVATE_UTS service) are filled in by PID 1 at each\n"
"start, in any argument but the program (the boot id read once at\n"
"boot, uname(2) at each start); %d (the credentials directory,\n"
"/run/credentials/<id>, as $CREDENTIALS_DIRECTORY) is written out at\n"
"build time (as in systemd also without LOAD_CREDENTIAL or\n"
"SET_CREDENTIAL, with a warning; in the program a build error); %%\n"
"is a literal %. Any other %x is a build error. The same holds in\n"
"EXEC_CONDITION, EXEC_START_PRE and EXEC_START_POST; a failure to\n"
"fill them in stops the start at step \"specifiers\".\n"
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
		.prompt = "Type (simple, oneshot, notify, notify-fd)",
		.def = "\"simple\"",
		.apply = apply_type,
		.help =
"How PID 1 treats the process, as Type= in systemd.service(5):\n"
"  simple   a long-running program that stays in the foreground\n"
"           (do not let it fork into the background). It counts\n"
"           as started as soon as it was executed.\n"
"  oneshot  a task that runs to completion. It counts as started\n"
"           when it has exited, so services ordered after it (see\n"
"           AFTER) see its work done.\n"
"  notify   a long-running program that says when it is ready,\n"
"           with sd_notify(3)'s READY=1 on the datagram socket\n"
"           named by $NOTIFY_SOCKET (/run/rampart/notify). It\n"
"           counts as started once it did (or once it ended):\n"
"           services ordered after it wait until then, up to\n"
"           TIMEOUT_START_MS. PID 1 accepts a message only from\n"
"           a process in the service's own cgroup. Not with\n"
"           ROOT_DIRECTORY (the socket is outside that root).\n"
"  notify-fd  the same, told by a newline written to the inherited\n"
"           file descriptor READY_FD, as s6's notification-fd and\n"
"           dinit's pipefd: no socket, so it works in every\n"
"           namespace and ROOT_DIRECTORY.",
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
"one once it has exited, a notify one once it sent READY=1 (or\n"
"ended, or its TIMEOUT_START_MS ran out; notify-fd alike). At shutdown services\n"
"stop in the reverse order. Services not ordered relative to each\n"
"other start in menu order.\n"
"\n"
"The build fails on an unknown id, an id listed twice, a service\n"
"ordered after itself and an ordering cycle (the message shows\n"
"the cycle). A service that exists but is disabled is ignored,\n"
"with a warning.\n"
"\n"
"Example: \"syslogd network\"",
	},
	{
		.suffix = "DYNAMIC_USER",
		.type = OPT_BOOL,
		.prompt = "A user of its own, made at build time",
		.def = "n",
		.apply = dynuser_apply,
		.help =
"As DynamicUser= in systemd.exec(5), decided when the image is\n"
"built: the service runs as a user and group of its own, with a uid\n"
"(= gid) from INIT_DYNAMIC_USER_RANGE that the image's passwd and\n"
"group do not have and no other service gets; the build adds both\n"
"to the image's /etc/passwd and /etc/group. The name is USER (the\n"
"service's id when USER is \"root\", the default). The uid is the\n"
"same at every boot and every build (it comes from the name), so\n"
"what the service keeps in STATE_DIRECTORY stays its own. If the\n"
"image has a user of that name, that one is used, as in systemd.\n"
"\n"
"Implies, and cannot be turned off: PRIVATE_TMP, NO_NEW_PRIVILEGES,\n"
"RESTRICT_SUID_SGID, PROTECT_SYSTEM=\"strict\", PROTECT_HOME at\n"
"least \"read-only\", and PRIVATE_IPC (in place of systemd's\n"
"RemoveIPC=: the service's IPC objects go with its namespace).\n"
"Write state in STATE_DIRECTORY, RUNTIME_DIRECTORY and the like.",
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
"reaches a service. ENVIRONMENT_FILE's values then replace these (as\n"
"systemd), and UNSET_ENVIRONMENT removes names last.\n"
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
};
/* clang-format on */

const struct option_family service_family = {
	"service", service_options,
	sizeof(service_options) / sizeof(service_options[0]),
};

/* clang-format off */
static const struct svc_option shutdown_options[] = {
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
};
/* clang-format on */

const struct option_family shutdown_family = {
	"shutdown policy, required mounts", shutdown_options,
	sizeof(shutdown_options) / sizeof(shutdown_options[0]),
};

/*
 * Menu order, which is also the order options are applied in: a family
 * may rely on the ones before it (credentials on USER, the system-call
 * filters on the capabilities and NO_NEW_PRIVILEGES).
 */
static const struct option_family *const families[] = {
	&service_family,
	&execcmds_family, /* execcmds.c: the commands before EXEC */
	&ns_family,
	&paths_family,
	&creds_family,
	&seccomp_family,
	&devices_family,
	&protect_family, /* after the capabilities and device rules */
	&populate_family, /* after ROOT_DIRECTORY, the path lists, the
			   * device rules and PRIVATE_DEVICES */
	&shutdown_family,
	&control_family,
	&logs_family,
	&dirs_family,
	&credentials_family, /* credentials.c: after the directories */
	&startlimit_family, /* after RESTART */
	&ready_family, /* after TYPE and ROOT_DIRECTORY */
	&env_family, /* env.c */
	&stdio_family, /* after OUTPUT and the environment's */
	&procctx_family,
	&exposure_family, /* exposure.c */
};

const struct svc_option *svc_options;
size_t svc_noptions;

void options_init(void)
{
	struct svc_option *all;
	size_t i, n = 0;

	if (svc_options)
		return;
	for (i = 0; i < sizeof(families) / sizeof(families[0]); i++)
		n += families[i]->n;
	all = xcalloc(n, sizeof(*all));
	for (i = 0, n = 0; i < sizeof(families) / sizeof(families[0]); i++) {
		memcpy(all + n, families[i]->options,
			families[i]->n * sizeof(*all));
		n += families[i]->n;
	}
	svc_options = all;
	svc_noptions = n;
}
