/*
 * stdio.c - rampart-gen: a service's standard I/O and what it finds its
 * program and environment by, systemd's names and meanings
 * (systemd.exec(5), "Logging and Standard Input/Output" and
 * "Environment"): STANDARD_INPUT, STANDARD_OUTPUT, STANDARD_ERROR
 * (StandardInput=, StandardOutput=, StandardError=), EXEC_SEARCH_PATH
 * (ExecSearchPath=) and PASS_ENVIRONMENT (PassEnvironment=).
 *
 * OUTPUT (options.c) stays rampart's shorthand: "log" (its default) lets
 * these options say more; "console" or "null" together with any of them
 * is a build error naming both symbols.  The files are opened by the
 * child as root in PID 1's tree before the namespaces (init/stdio.c), as
 * systemd opens them; here their paths are checked in the image.
 *
 * This family comes after env_family: PASS_ENVIRONMENT is checked against
 * what ENVIRONMENT, ENVIRONMENT_FILE and UNSET_ENVIRONMENT made.
 */
#include "gen.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* What PID 1 itself puts into a service's environment (ready.c, and
 * $WATCHDOG_PID in the child): never taken from its own environment. */
static const char *const pass_reserved[] = {
	"NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", NULL};

struct svc_stdio_gen {
	int set[3];	/* the option is not empty */
	int kind[3];	/* enum svc_stdio_kind of init/service.h */
	char *path[3];	/* the file kinds */
	char *text[3];	/* as configured, for messages */
	char **search;	/* EXEC_SEARCH_PATH, absolute directories */
	size_t nsearch;
	char **pass;	/* PASS_ENVIRONMENT names */
	size_t npass;
	char *pass_text;
	char **before;	/* the environment before ENVIRONMENT (stdio_env) */
	size_t nbefore;
	unsigned char *data;	/* STANDARD_INPUT_TEXT's bytes, then _DATA's */
	size_t ndata;
	char *data_sym;	/* the first of them set, for messages */
};

/* At most this much data on standard input: it is part of PID 1's image. */
#define STDIN_DATA_MAX 65536

/* init/service.h's enum svc_stdio_kind, in order: names for services.c
 * and for services.txt */
static const char *const kind_enums[] = {"SVC_STDIO_NULL",
	"SVC_STDIO_INHERIT", "SVC_STDIO_TTY", "SVC_STDIO_TTY_FAIL",
	"SVC_STDIO_LOG", "SVC_STDIO_FILE", "SVC_STDIO_APPEND",
	"SVC_STDIO_TRUNCATE", "SVC_STDIO_DATA"};
enum { K_NULL, K_INHERIT, K_TTY, K_TTY_FAIL, K_LOG, K_FILE, K_APPEND,
	K_TRUNCATE, K_DATA };
static const char *const fd_names[] = {"stdin", "stdout", "stderr"};
static const char *const fd_suffix[] = {
	"STANDARD_INPUT", "STANDARD_OUTPUT", "STANDARD_ERROR"};

/* n bytes as a C string literal (NUL bytes too; the length is given
 * beside it): printable ASCII as it is, the rest, '?' and the quotes as
 * three octal digits, which a following digit cannot extend. */
static void sb_c_bytes(struct strbuf *sb, const unsigned char *p, size_t n)
{
	size_t i;

	sb_putc(sb, '"');
	for (i = 0; i < n; i++) {
		if (p[i] < 0x20 || p[i] >= 0x7f || strchr("\"\\?", p[i]))
			sb_printf(sb, "\\%03o", p[i]);
		else
			sb_putc(sb, (char)p[i]);
	}
	sb_putc(sb, '"');
}

static struct svc_stdio_gen *stdio_of(struct service *s)
{
	if (!s->stdiox)
		s->stdiox = xcalloc(1, sizeof(*s->stdiox));
	return s->stdiox;
}

/* "file:PATH" and its kin: the path checked as a path; 0 or -1. */
static int file_kind(const struct value *v, const char *prefix, int kind,
	struct svc_stdio_gen *g, int fd)
{
	size_t n = strlen(prefix);
	char err[PARSE_ERR_MAX];
	const char *path = v->text + n;

	if (strncmp(v->text, prefix, n))
		return 1;
	if (parse_path(path, err, sizeof(err))) {
		value_error(v, "%s", err);
		return -1;
	}
	if (!strcmp(path, "/")) {
		value_error(v, "/ is a directory, not a file");
		return -1;
	}
	g->kind[fd] = kind;
	g->path[fd] = xstrdup(path);
	return 0;
}

static void apply_stdio(struct service *s, const struct value *v, int fd)
{
	struct svc_stdio_gen *g;
	const char *x = v->text;
	int r;

	if (!x[0])
		return;
	g = stdio_of(s);
	g->set[fd] = 1;
	g->text[fd] = xstrdup(x);
	if (!strcmp(x, "null")) {
		g->kind[fd] = K_NULL;
		return;
	}
	if (fd == 0) {
		if (!strcmp(x, "tty-force")) {
			g->kind[fd] = K_TTY;
		} else if (!strcmp(x, "tty-fail")) {
			g->kind[fd] = K_TTY_FAIL;
		} else if (!strcmp(x, "tty")) {
			value_error(v,
				"rampart does not wait for the console to be "
				"free: use tty-force (take it, as OUTPUT=\"console\") "
				"or tty-fail (refuse the start if another session "
				"has it)");
		} else if (!strcmp(x, "data")) {
			g->kind[fd] = K_DATA;
		} else if ((r = file_kind(v, "file:", K_FILE, g, fd)) > 0) {
			value_error(v,
				"must be one of: null, tty-force, tty-fail, "
				"data, file:PATH");
		}
		return;
	}
	if (!strcmp(x, "inherit"))
		g->kind[fd] = K_INHERIT;
	else if (!strcmp(x, "tty"))
		g->kind[fd] = K_TTY;
	else if (!strcmp(x, "journal") || !strcmp(x, "kmsg") ||
		 !strcmp(x, "syslog") || !strcmp(x, "journal+console") ||
		 !strcmp(x, "kmsg+console"))
		g->kind[fd] = K_LOG; /* PID 1's log: console, kmsg, ring */
	else if (file_kind(v, "file:", K_FILE, g, fd) > 0 &&
		 file_kind(v, "append:", K_APPEND, g, fd) > 0 &&
		 file_kind(v, "truncate:", K_TRUNCATE, g, fd) > 0)
		value_error(v,
			"must be one of: inherit, null, tty, journal, kmsg, "
			"syslog, journal+console, kmsg+console, file:PATH, "
			"append:PATH, truncate:PATH");
}

static void apply_input(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	apply_stdio(s, v, 0);
}

/* Append n bytes to the service's standard input data, within the limit. */
static int data_add(struct service *s, const struct value *v,
	const unsigned char *p, size_t n)
{
	struct svc_stdio_gen *g = stdio_of(s);

	if (g->ndata + n > STDIN_DATA_MAX) {
		value_error(v,
			"standard input data of %zu bytes: at most %d (it "
			"is part of PID 1's image; put more in a file of the "
			"image and use STANDARD_INPUT=\"file:PATH\")",
			g->ndata + n, STDIN_DATA_MAX);
		return -1;
	}
	g->data = xrealloc(g->data, g->ndata + n + 1);
	memcpy(g->data + g->ndata, p, n);
	g->ndata += n;
	if (!g->data_sym)
		g->data_sym = xstrdup(v->sym);
	return 0;
}

/* STANDARD_INPUT_TEXT: C escapes resolved and a newline added, as one
 * StandardInputText= line. */
static void apply_input_text(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];
	char *buf;
	size_t n;

	(void)t;
	if (!v->text[0])
		return;
	buf = xmalloc(strlen(v->text) + 2);
	if (parse_c_text(v->text, buf, &n, err, sizeof(err)))
		value_error(v, "%s", err);
	else {
		buf[n++] = '\n';
		data_add(s, v, (const unsigned char *)buf, n);
	}
	free(buf);
}

static int b64_value(char c)
{
	static const char set[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
				  "abcdefghijklmnopqrstuvwxyz0123456789+/";
	const char *k = c ? strchr(set, c) : NULL;

	return k ? (int)(k - set) : -1;
}

/* STANDARD_INPUT_DATA: base64 (RFC 4648), white space ignored. */
static void apply_input_data(
	struct table *t, struct service *s, const struct value *v)
{
	unsigned char *out;
	const char *p;
	size_t n = 0, pad = 0, digits = 0;
	unsigned int acc = 0;
	int d;

	(void)t;
	if (!v->text[0])
		return;
	out = xmalloc(strlen(v->text));
	for (p = v->text; *p; p++) {
		if (*p == ' ' || *p == '\t')
			continue;
		if (*p == '=') {
			pad++;
			continue;
		}
		d = b64_value(*p);
		if (d < 0 || pad) {
			value_error(v, d < 0 ?
				"'%c' is not a base64 character (A-Z a-z 0-9 + /, "
				"'=' at the end)" : "'%c' after the '=' padding",
				*p);
			goto out;
		}
		acc = acc << 6 | (unsigned int)d;
		if (++digits % 4 == 0) {
			out[n++] = (unsigned char)(acc >> 16);
			out[n++] = (unsigned char)(acc >> 8);
			out[n++] = (unsigned char)acc;
			acc = 0;
		}
	}
	/* 2 or 3 digits left: 1 or 2 bytes; the padding completes them */
	if (digits % 4 == 1 || (pad && (digits + pad) % 4) || pad > 2) {
		value_error(v, "not whole base64: %zu digits and %zu '=' "
			       "(groups of four, '=' completing the last)",
			digits, pad);
		goto out;
	}
	if (digits % 4 == 2)
		out[n++] = (unsigned char)(acc >> 4);
	else if (digits % 4 == 3) {
		out[n++] = (unsigned char)(acc >> 10);
		out[n++] = (unsigned char)(acc >> 2);
	}
	data_add(s, v, out, n);
out:
	free(out);
}

static void apply_output(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	apply_stdio(s, v, 1);
}

static void apply_error(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	apply_stdio(s, v, 2);
}

static void apply_search_path(
	struct table *t, struct service *s, const struct value *v)
{
	struct svc_stdio_gen *g;
	char err[PARSE_ERR_MAX];
	const char *p = v->text, *end;
	char *dir;
	size_t i;

	(void)t;
	if (!p[0])
		return;
	g = stdio_of(s);
	for (;;) {
		end = strchr(p, ':');
		dir = end ? xasprintf("%.*s", (int)(end - p), p) : xstrdup(p);
		if (!dir[0]) {
			value_error(v, "empty directory (a stray ':')");
			free(dir);
			return;
		}
		if (parse_path(dir, err, sizeof(err))) {
			value_error(v, "\"%s\": %s", dir, err);
			free(dir);
			return;
		}
		for (i = 0; i < g->nsearch; i++)
			if (!strcmp(g->search[i], dir))
				break;
		if (i < g->nsearch) {
			value_error(v, "\"%s\" is listed twice", dir);
			free(dir);
			return;
		}
		g->search = xrealloc(
			g->search, (g->nsearch + 1) * sizeof(*g->search));
		g->search[g->nsearch++] = dir;
		if (!end)
			break;
		p = end + 1;
	}
}

static int name_ok(const char *n)
{
	size_t i;

	if (!((n[0] >= 'A' && n[0] <= 'Z') || (n[0] >= 'a' && n[0] <= 'z') ||
		    n[0] == '_'))
		return 0;
	for (i = 1; n[i]; i++)
		if (!((n[i] >= 'A' && n[i] <= 'Z') ||
			    (n[i] >= 'a' && n[i] <= 'z') ||
			    (n[i] >= '0' && n[i] <= '9') || n[i] == '_'))
			return 0;
	return 1;
}

static void apply_pass(
	struct table *t, struct service *s, const struct value *v)
{
	struct svc_stdio_gen *g;
	char **words, *buf;
	size_t n, i, j;

	(void)t;
	if (!v->text[0])
		return;
	words = split_words(v, &buf, &n);
	if (!words)
		return;
	g = stdio_of(s);
	g->pass_text = xstrdup(v->text);
	for (i = 0; i < n; i++) {
		if (!name_ok(words[i])) {
			value_error(v,
				"\"%s\": not a variable name (A-Z a-z 0-9 _, "
				"not a digit first; no '=': the value is PID "
				"1's)",
				words[i]);
			continue;
		}
		for (j = 0; pass_reserved[j]; j++)
			if (!strcmp(words[i], pass_reserved[j]))
				break;
		if (pass_reserved[j]) {
			value_error(v, "%s is set by PID 1 itself, never passed",
				words[i]);
			continue;
		}
		for (j = 0; j < g->npass; j++)
			if (!strcmp(g->pass[j], words[i]))
				break;
		if (j < g->npass) {
			value_error(v, "%s is listed twice", words[i]);
			continue;
		}
		g->pass = xrealloc(g->pass, (g->npass + 2) * sizeof(*g->pass));
		g->pass[g->npass++] = xstrdup(words[i]);
		g->pass[g->npass] = NULL;
	}
	free(words);
	free(buf);
}

/* A program's name without a '/' (EXEC's, or a command's of
 * EXEC_CONDITION and EXEC_START_PRE, which systemd searches too): the
 * first directory of the search path that holds an executable regular
 * file of that name, where the service sees it (inside its
 * ROOT_DIRECTORY); NULL after an error on v. */
char *stdio_search(struct table *t, struct service *s, const struct value *v,
	const char *name)
{
	struct svc_stdio_gen *g = s->stdiox;
	const char *root = s->root_directory ? s->root_directory : "";
	char *cand;
	size_t i;

	if (!g || !g->nsearch) {
		value_error(v,
			"program \"%s\": not an absolute path (or set %s_"
			"EXEC_SEARCH_PATH)",
			name, s->stem);
		return NULL;
	}
	for (i = 0; i < g->nsearch; i++) {
		struct image_path ip = {0};
		int ret;

		cand = !strcmp(g->search[i], "/") ?
			       xasprintf("/%s", name) :
			       xasprintf("%s/%s", g->search[i], name);
		ret = table_image_resolve(t, root, cand, 0, &ip);
		image_path_free(&ip);
		if (!ret && (ip.mode & 0170000) == 0100000 &&
			(ip.mode & 0111))
			return cand;
		free(cand);
	}
	value_error(v,
		"program \"%s\" is in none of %s_EXEC_SEARCH_PATH's "
		"directories in the image (%s)",
		name, s->stem, t->rootfs);
	return NULL;
}

static void search_exec(struct table *t, struct service *s)
{
	char *sym = xasprintf("%s_EXEC", s->stem);
	struct value v = {.sym = sym, .text = s->exec_text, .quoted = 1};

	s->exec_path = stdio_search(t, s, &v, s->argv[0]);
	if (!s->exec_path)
		s->argc = 0;
	free(sym);
}

/* A file of STANDARD_*: what the image says about it now. */
static void check_file(struct table *t, struct service *s, int fd)
{
	struct svc_stdio_gen *g = s->stdiox;
	char *sym = xasprintf("%s_%s", s->stem, fd_suffix[fd]);
	struct value v = {.sym = sym, .text = g->text[fd], .quoted = 1};
	const char *path = g->path[fd];
	char *dir = xstrdup(path);
	unsigned int mode;
	int ret;

	*strrchr(dir, '/') = '\0';
	/* a symlink the image itself has: the configuration must name the
	 * real path (at run time any symlink is refused) */
	if (ns_symlink_error(t, &v, "", path, NULL))
		goto out;
	if (mounts_runtime_prefix(t, "", path))
		goto out; /* below a filesystem mounted at boot: unknown now */
	ret = table_image_stat(t, path, &mode);
	if (!ret) {
		unsigned int type = mode & 0170000;

		if (type != 0100000 && type != 0020000 && type != 0010000)
			value_error(&v,
				"%s is not a regular file, character device "
				"or FIFO in the image",
				path);
		goto out;
	}
	if (ret != -ENOENT) {
		value_error(&v, "%s in the image (%s): %s", path, t->rootfs,
			strerror(-ret));
		goto out;
	}
	if (fd == 0) {
		value_warning(&v,
			"%s is not in the image: unless something creates it "
			"first, the service fails at step standard-input",
			path);
		goto out;
	}
	ret = dir[0] ? table_image_stat(t, dir, &mode) : 0;
	if (ret == -ENOENT)
		value_warning(&v,
			"directory %s is not in the image: unless something "
			"creates it first, the service fails at step %s",
			dir, fd == 1 ? "standard-output" : "standard-error");
	else if (!ret && dir[0] && (mode & 0170000) != 0040000)
		value_error(&v, "%s is not a directory in the image", dir);
out:
	free(dir);
	free(sym);
}

void stdio_finish(struct table *t, struct service *s)
{
	struct svc_stdio_gen *g = s->stdiox;
	int fd, any;

	/* an absolute program: the search path is only $PATH */
	if (s->argc && !strchr(s->argv[0], '/'))
		search_exec(t, s);
	if (!g)
		return;
	/* StandardInputText=/Data= imply StandardInput=data (systemd) */
	if (g->ndata && !g->set[0]) {
		g->set[0] = 1;
		g->kind[0] = K_DATA;
		g->text[0] = xstrdup("data");
	} else if (g->ndata && g->kind[0] != K_DATA) {
		gen_error("%s: conflicts with %s_STANDARD_INPUT=\"%s\": the "
			  "data is only read with STANDARD_INPUT=\"data\" (or "
			  "empty)",
			g->data_sym, s->stem, g->text[0]);
	} else if (g->set[0] && g->kind[0] == K_DATA && !g->ndata) {
		gen_error("%s_STANDARD_INPUT=\"data\": neither "
			  "%s_STANDARD_INPUT_TEXT nor _DATA is set (for an "
			  "empty standard input, use \"null\")",
			s->stem, s->stem);
	}
	any = g->set[0] || g->set[1] || g->set[2];
	if (!any)
		return;
	if (strcmp(svc_output_names[s->output], "log")) {
		for (fd = 0; fd < 3; fd++)
			if (g->set[fd])
				gen_error("%s_%s=\"%s\": conflicts with "
					  "%s_OUTPUT=\"%s\": set one of them "
					  "(OUTPUT is the shorthand, \"log\" "
					  "lets these say more)",
					s->stem, fd_suffix[fd], g->text[fd],
					s->stem, svc_output_names[s->output]);
		return;
	}
	/* What OUTPUT="log" means for the ones left unset: stdin null,
	 * stdout the log, stderr as stdout (systemd's inherit). */
	if (!g->set[1])
		g->kind[1] = K_LOG;
	if (!g->set[2])
		g->kind[2] = K_INHERIT;
	for (fd = 0; fd < 3; fd++)
		if (g->kind[fd] >= K_FILE && g->kind[fd] <= K_TRUNCATE)
			check_file(t, s, fd);
	/* The log pipe only when a line can reach it; else no pipe. */
	s->output = 2; /* "null" */
	if (g->kind[1] == K_LOG ||
		(g->kind[2] == K_LOG ||
			(g->kind[2] == K_INHERIT && g->kind[1] == K_LOG)))
		s->output = 0; /* "log" */
}

void stdio_env(struct service *s, void (*set)(struct service *, const char *))
{
	struct svc_stdio_gen *g = s->stdiox;
	struct strbuf sb = {0};
	size_t i;

	if (!g)
		return;
	if (g->nsearch) {
		/* systemd: ExecSearchPath= is $PATH unless the configured
		 * environment (or PassEnvironment=) sets one */
		sb_puts(&sb, "PATH=");
		for (i = 0; i < g->nsearch; i++) {
			if (i)
				sb_putc(&sb, ':');
			sb_puts(&sb, g->search[i]);
		}
		set(s, sb_str(&sb));
		sb_free(&sb);
	}
	if (g->npass) {
		g->before = xcalloc(s->nenvp + 1, sizeof(*g->before));
		for (i = 0; i < s->nenvp; i++)
			g->before[i] = xstrdup(s->envp[i]);
		g->nbefore = s->nenvp;
	}
}

static const char *env_find(char *const *env, size_t n, const char *name)
{
	size_t i, len = strlen(name);

	for (i = 0; i < n; i++)
		if (!strncmp(env[i], name, len) && env[i][len] == '=')
			return env[i];
	return NULL;
}

/* NAME listed in UNSET_ENVIRONMENT (as NAME or NAME=value)? */
static int unset_lists(struct table *t, struct service *s, const char *name)
{
	char *symname = xasprintf("%s_UNSET_ENVIRONMENT", s->stem);
	const struct sym *sym = config_get(&t->cfg, symname);
	size_t len = strlen(name);
	const char *p;
	int found = 0;

	free(symname);
	for (p = sym ? sym->value : NULL; p && *p; p++) {
		if ((p == sym->value || p[-1] == ' ' || p[-1] == '\t') &&
			!strncmp(p, name, len) &&
			(!p[len] || p[len] == ' ' || p[len] == '\t' ||
				p[len] == '=')) {
			found = 1;
			break;
		}
	}
	return found;
}

/*
 * systemd's precedence: the defaults (PATH, HOME, USER, ...), then
 * ExecSearchPath='s PATH, then PassEnvironment=, then Environment= and
 * EnvironmentFile=, and UnsetEnvironment= last.  PID 1 replaces a default
 * with its own value at the start; a name the configuration also sets or
 * unsets would never be passed, so it is refused here.
 */
void stdio_env_check(struct table *t, struct service *s)
{
	struct svc_stdio_gen *g = s->stdiox;
	const char *now, *before;
	size_t i;

	if (!g)
		return;
	for (i = 0; i < g->npass; i++) {
		const char *n = g->pass[i];

		now = env_find(s->envp, s->nenvp, n);
		before = env_find(g->before, g->nbefore, n);
		if (unset_lists(t, s, n) || (before && !now))
			gen_error("%s_PASS_ENVIRONMENT=\"%s\": %s is also in "
				  "%s_UNSET_ENVIRONMENT, which would take it "
				  "out again: pass it or unset it",
				s->stem, g->pass_text, n, s->stem);
		else if (now && (!before || strcmp(now, before)))
			gen_error("%s_PASS_ENVIRONMENT=\"%s\": %s is also set "
				  "by %s_ENVIRONMENT or _ENVIRONMENT_FILE, whose "
				  "value always wins: pass it or set it",
				s->stem, g->pass_text, n, s->stem);
	}
}

void stdio_gen_entry(struct service *s, struct strbuf *sb)
{
	struct svc_stdio_gen *g = s->stdiox;
	int fd;

	if (s->exec_path) {
		sb_puts(sb, "\t\t.exec_path = ");
		sb_c_string(sb, s->exec_path);
		sb_puts(sb, ",\n");
	}
	if (!g)
		return;
	if (g->npass)
		gen_path_list(sb, "pass_env", g->pass, g->npass);
	if (!(g->set[0] || g->set[1] || g->set[2]))
		return;
	sb_puts(sb, "\t\t.stdio = &(const struct svc_stdio){\n\t\t\t.kind = {");
	for (fd = 0; fd < 3; fd++)
		sb_printf(sb, "%s%s", fd ? ", " : "", kind_enums[g->kind[fd]]);
	sb_puts(sb, "},\n\t\t\t.path = {");
	for (fd = 0; fd < 3; fd++) {
		if (fd)
			sb_puts(sb, ", ");
		if (g->path[fd])
			sb_c_string(sb, g->path[fd]);
		else
			sb_puts(sb, "NULL");
	}
	sb_puts(sb, "},\n");
	if (g->kind[0] == K_DATA) {
		sb_printf(sb, "\t\t\t.data_len = %zu,\n\t\t\t.data = "
			      "(const unsigned char *)",
			g->ndata);
		sb_c_bytes(sb, g->data, g->ndata);
		sb_puts(sb, ",\n");
	}
	sb_puts(sb, "\t\t},\n");
}

void stdio_gen_txt(struct service *s, struct strbuf *sb)
{
	static const char *const kind_txt[] = {"null", "inherit", "tty",
		"tty-fail", "log", "file:", "append:", "truncate:", "data"};
	struct svc_stdio_gen *g = s->stdiox;
	size_t i;
	int fd;

	if (s->exec_path)
		sb_printf(sb, "  program %s\n", s->exec_path);
	if (!g)
		return;
	if (g->npass) {
		sb_puts(sb, "  pass-env");
		for (i = 0; i < g->npass; i++)
			sb_printf(sb, " %s", g->pass[i]);
		sb_putc(sb, '\n');
	}
	if (!(g->set[0] || g->set[1] || g->set[2]))
		return;
	for (fd = 0; fd < 3; fd++)
		sb_printf(sb, "  %-7s %s%s\n", fd_names[fd],
			kind_txt[g->kind[fd]], g->path[fd] ? g->path[fd] : "");
	if (g->kind[0] == K_DATA) {
		sb_printf(sb, "  stdin-data %zu bytes ", g->ndata);
		sb_c_bytes(sb, g->data, g->ndata);
		sb_putc(sb, '\n');
	}
}

void stdio_free(struct service *s)
{
	struct svc_stdio_gen *g = s->stdiox;
	size_t i;
	int fd;

	free(s->exec_path);
	if (!g)
		return;
	for (fd = 0; fd < 3; fd++) {
		free(g->path[fd]);
		free(g->text[fd]);
	}
	for (i = 0; i < g->nsearch; i++)
		free(g->search[i]);
	free(g->search);
	for (i = 0; i < g->npass; i++)
		free(g->pass[i]);
	free(g->pass);
	free(g->pass_text);
	for (i = 0; i < g->nbefore; i++)
		free(g->before[i]);
	free(g->before);
	free(g->data);
	free(g->data_sym);
	free(g);
	s->stdiox = NULL;
}

/* clang-format off */
static const struct svc_option stdio_options[] = {
	{
		.suffix = "STANDARD_INPUT",
		.type = OPT_STRING,
		.prompt = "Standard input (null, tty-force, tty-fail, data, file:PATH)",
		.def = "\"\"",
		.apply = apply_input,
		.help =
"StandardInput= of systemd.exec(5); empty: as OUTPUT says (/dev/null,\n"
"or the console with OUTPUT=\"console\").\n"
"  null       /dev/null;\n"
"  tty-force  the console (systemd's TTYPath= default, /dev/console),\n"
"             made the service's controlling tty even if another\n"
"             session holds it: for an interactive shell;\n"
"  tty-fail   the same, but the start is refused (step\n"
"             standard-input) if another session holds it;\n"
"  file:PATH  the file, read-only (read-write when STANDARD_OUTPUT or\n"
"             _ERROR names the same file:PATH);\n"
"  data       the bytes of STANDARD_INPUT_TEXT, then of\n"
"             STANDARD_INPUT_DATA (either of them set makes data the\n"
"             default), in a sealed memory file made at each start.\n"
"systemd's tty (wait for the console) is a build error. Files: see\n"
"STANDARD_OUTPUT.",
	},
	{
		.suffix = "STANDARD_INPUT_TEXT",
		.type = OPT_STRING,
		.prompt = "Text on standard input (C escapes, a newline added)",
		.def = "\"\"",
		.apply = apply_input_text,
		.help =
"StandardInputText= of systemd.exec(5): text the service reads on its\n"
"standard input, followed by a newline (as one StandardInputText=\n"
"line). C escapes are resolved: \\n for more lines, \\t, \\\\, \\NNN,\n"
"\\xHH (in a .svc file or a defconfig a backslash is written \\\\).\n"
"A NUL byte needs STANDARD_INPUT_DATA. Implies STANDARD_INPUT=\"data\"\n"
"when that is empty; with another STANDARD_INPUT a build error.\n"
"Text and data together at most 65536 bytes: they are part of PID 1's\n"
"image. Each start reads them afresh from a memory file sealed\n"
"against writes (memfd with F_SEAL_WRITE, _SHRINK, _GROW, _SEAL): the\n"
"service cannot change what its next start reads.\n"
"\n"
"Example, as a .svc line: STANDARD_INPUT_TEXT = \"line 1\\\\nline 2\"",
	},
	{
		.suffix = "STANDARD_INPUT_DATA",
		.type = OPT_STRING,
		.prompt = "Data on standard input (base64)",
		.def = "\"\"",
		.apply = apply_input_data,
		.help =
"StandardInputData= of systemd.exec(5): bytes in base64 (RFC 4648,\n"
"blanks ignored), decoded at build time; read after\n"
"STANDARD_INPUT_TEXT's. A character outside base64 or an incomplete\n"
"group is a build error. See STANDARD_INPUT_TEXT.\n"
"\n"
"Example: \"AAECAwQ=\" (the bytes 0 1 2 3 4)",
	},
	{
		.suffix = "STANDARD_OUTPUT",
		.type = OPT_STRING,
		.prompt = "Standard output (journal, null, tty, file:PATH ...)",
		.def = "\"\"",
		.apply = apply_output,
		.help =
"StandardOutput= of systemd.exec(5); empty: as OUTPUT says.\n"
"  journal, kmsg, syslog, journal+console, kmsg+console\n"
"                 PID 1's log, as OUTPUT=\"log\": the console, the\n"
"                 kernel log and the service's log ring;\n"
"  inherit        what standard input is (/dev/null if that is null);\n"
"  null           /dev/null;\n"
"  tty            the console (not as controlling tty);\n"
"  file:PATH      the file, created if missing (mode 0666 less UMASK),\n"
"                 written from its start without truncating;\n"
"  append:PATH    the same, every write at its end;\n"
"  truncate:PATH  the same, emptied at each start.\n"
"As in systemd, the file is opened by the service's process as root,\n"
"before its namespaces and user change, in PID 1's tree (not inside\n"
"ROOT_DIRECTORY): it may name a file the service itself cannot open.\n"
"Unlike systemd, no symlink may be on the way (another service could\n"
"have planted it), a regular file must have one link (no hard link\n"
"into another file), the file must be root's or the service user's,\n"
"and only regular files, character devices and\n"
"FIFOs are taken (no AF_UNIX socket). A file that cannot be opened\n"
"refuses the start at step standard-output, with the errno.\n"
"Paths are absolute and normalized; a symlink in the image on the\n"
"way is a build error. OUTPUT=\"console\" or \"null\" together with\n"
"any STANDARD_* option is a build error.",
	},
	{
		.suffix = "STANDARD_ERROR",
		.type = OPT_STRING,
		.prompt = "Standard error (inherit, journal, null, tty, file:PATH ...)",
		.def = "\"\"",
		.apply = apply_error,
		.help =
"StandardError= of systemd.exec(5), the choices of STANDARD_OUTPUT;\n"
"empty: inherit, standard output's fd (OUTPUT's when that is empty).\n"
"The same file:, append: or truncate: PATH as standard output shares\n"
"its open file. A file that cannot be opened refuses the start at\n"
"step standard-error.",
	},
	{
		.suffix = "EXEC_SEARCH_PATH",
		.type = OPT_STRING,
		.prompt = "Search path for a program name without '/'",
		.def = "\"\"",
		.apply = apply_search_path,
		.help =
"ExecSearchPath= of systemd.exec(5): ':'-separated absolute\n"
"directories. An EXEC program named without a '/' is looked up in\n"
"them, in order, in the image at build time (inside ROOT_DIRECTORY\n"
"when set): PID 1 never searches. argv[0] stays as written. The list\n"
"also becomes $PATH, unless ENVIRONMENT, ENVIRONMENT_FILE or\n"
"PASS_ENVIRONMENT sets PATH (systemd's precedence).\n"
"\n"
"Example: \"/usr/sbin:/usr/bin\"",
	},
	{
		.suffix = "PASS_ENVIRONMENT",
		.type = OPT_STRING,
		.prompt = "Variables passed from PID 1's environment",
		.def = "\"\"",
		.apply = apply_pass,
		.help =
"PassEnvironment= of systemd.exec(5): names of variables copied from\n"
"PID 1's own environment when the service starts. PID 1's environment\n"
"is what the kernel gives it: HOME=/ and TERM=linux, and every\n"
"NAME=value word of the kernel command line the kernel does not take\n"
"itself (e.g. \"site=lab3\" appended by the boot loader). A name PID 1\n"
"does not have is not passed (a default such as HOME then stays).\n"
"A passed value replaces the defaults (PATH, HOME, USER, ...,\n"
"EXEC_SEARCH_PATH's PATH); a name also set by ENVIRONMENT or\n"
"ENVIRONMENT_FILE, or listed in UNSET_ENVIRONMENT, is a build error,\n"
"and so are NOTIFY_SOCKET, WATCHDOG_USEC and WATCHDOG_PID.\n"
"\n"
"Example: \"TERM site\"",
	},
};
/* clang-format on */

const struct option_family stdio_family = {
	"standard input, output and environment", stdio_options,
	sizeof(stdio_options) / sizeof(stdio_options[0]),
};
