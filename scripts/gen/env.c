/*
 * env.c - ENVIRONMENT_FILE and UNSET_ENVIRONMENT, as EnvironmentFile= and
 * UnsetEnvironment= in systemd.exec(5).  Both are resolved at build time:
 * the files are read from the image the generator checks, so PID 1 parses
 * no configuration and the service gets the environment the build shows
 * in services.txt.  env_finish() builds the configured part of s->envp.
 */
#include "gen.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define ENV_FILE_MAX (1024 * 1024)

struct svc_env {
	char **set; /* KEY=value from the files, in file and line order */
	size_t nset;
	char **unset; /* NAME or NAME=value */
	size_t nunset;
};

static struct svc_env *env_of(struct service *s)
{
	if (!s->envx)
		s->envx = xcalloc(1, sizeof(*s->envx));
	return s->envx;
}

static void list_add(char ***list, size_t *n, char *entry)
{
	*list = xrealloc(*list, (*n + 2) * sizeof(**list));
	(*list)[(*n)++] = entry;
	(*list)[*n] = NULL;
}

static int name_char(int c, int first)
{
	return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	       (!first && c >= '0' && c <= '9');
}

/* "" or why name is not a variable name */
static const char *name_problem(const char *name, size_t len)
{
	size_t i;

	if (!len)
		return "empty variable name";
	if (!name_char((unsigned char)name[0], 0))
		return "invalid character in variable name (allowed: A-Z a-z 0-9 _)";
	if (name[0] >= '0' && name[0] <= '9')
		return "variable name starts with a digit";
	for (i = 1; i < len; i++)
		if (!name_char((unsigned char)name[i], 0))
			return "invalid character in variable name (allowed: A-Z a-z 0-9 _)";
	return "";
}

struct envfile {
	const struct value *v;
	const char *path; /* image path, for messages */
	const char *p, *end;
	unsigned int line;
	int bad;
};

static void line_error(struct envfile *f, unsigned int line, const char *fmt,
	const char *arg)
{
	char msg[512];

	snprintf(msg, sizeof(msg), fmt, arg);
	value_error(f->v, "%s line %u: %s", f->path, line, msg);
	f->bad = 1;
}

static int blank(int c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/*
 * One file's text as EnvironmentFile= reads it.  Stricter than systemd
 * where systemd silently drops what is most likely a mistake: a line
 * without '=', an invalid name, text after a closing quote are errors.
 */
static void parse_file(struct envfile *f, struct svc_env *e)
{
	struct strbuf val = {0};

	while (f->p < f->end) {
		const char *key, *kend;
		unsigned int start;
		size_t keep;
		char *entry;
		int c;

		c = *f->p;
		if (c == '\n') {
			f->line++;
			f->p++;
			continue;
		}
		if (blank(c)) {
			f->p++;
			continue;
		}
		start = f->line;
		if (c == '#' || c == ';') {
			while (f->p < f->end && *f->p != '\n')
				f->p++;
			continue;
		}
		key = f->p;
		while (f->p < f->end && *f->p != '=' && *f->p != '\n')
			f->p++;
		if (f->p >= f->end || *f->p != '=') {
			line_error(f, start, "%s", "no '=' (expected KEY=value)");
			continue;
		}
		kend = f->p++;
		while (kend > key && blank(kend[-1]))
			kend--;
		if (*name_problem(key, (size_t)(kend - key))) {
			char shown[128];

			snprintf(shown, sizeof(shown), "%.*s",
				(int)(kend - key), key);
			value_error(f->v, "%s line %u: \"%s\": %s", f->path,
				start, shown,
				name_problem(key, (size_t)(kend - key)));
			f->bad = 1;
			while (f->p < f->end && *f->p != '\n')
				f->p++;
			continue;
		}
		while (f->p < f->end && blank(*f->p))
			f->p++;
		val.len = 0;
		if (f->p < f->end && (*f->p == '\'' || *f->p == '"')) {
			char q = *f->p++;

			for (;;) {
				if (f->p >= f->end) {
					line_error(f, start, "%s",
						q == '\'' ? "unterminated single quote"
							  : "unterminated double quote");
					goto out;
				}
				c = *f->p++;
				if (c == q)
					break;
				if (c == '\n')
					f->line++;
				if (q == '"' && c == '\\' && f->p < f->end) {
					c = *f->p++;
					if (c == '\n') {
						f->line++;
						continue;
					}
					if (!strchr("\"\\`$", c))
						sb_putc(&val, '\\');
				}
				sb_putc(&val, (char)c);
			}
			while (f->p < f->end && blank(*f->p))
				f->p++;
			if (f->p < f->end && *f->p != '\n') {
				line_error(f, f->line, "%s",
					"text after the closing quote");
				while (f->p < f->end && *f->p != '\n')
					f->p++;
				continue;
			}
		} else {
			keep = 0;
			while (f->p < f->end && *f->p != '\n') {
				c = *f->p++;
				if (c == '\\') {
					if (f->p >= f->end) {
						line_error(f, f->line, "%s",
							"'\\' at the end of the file");
						goto out;
					}
					c = *f->p++;
					if (c == '\n') {
						f->line++;
						continue;
					}
					sb_putc(&val, (char)c);
					keep = val.len;
					continue;
				}
				sb_putc(&val, (char)c);
				if (!blank(c))
					keep = val.len;
			}
			val.len = keep;
		}
		entry = xasprintf("%.*s=%.*s", (int)(kend - key), key,
			(int)val.len, sb_str(&val));
		list_add(&e->set, &e->nset, entry);
	}
out:
	sb_free(&val);
}

static void read_env_file(struct table *t, struct service *s,
	const struct value *v, const char *word)
{
	char err[PARSE_ERR_MAX], *host, *text;
	int optional = word[0] == '-';
	const char *path = word + optional;
	struct image_path ip = {0};
	struct envfile f = {0};
	struct stat st;
	size_t n;
	FILE *fp;
	int ret;

	if (parse_path(path, err, sizeof(err))) {
		value_error(v, "\"%s\": %s", word, err);
		return;
	}
	ret = table_image_resolve(t, "", path, IMAGE_NO_SYMLINKS, &ip);
	if (ret == -ENOENT && optional) {
		image_path_free(&ip);
		return;
	}
	if (ret == -ELOOP && ip.link) {
		if (!strcmp(ip.link, path))
			value_error(v, "%s: a symlink in the image (to %s): "
				       "name the file itself",
				path, ip.target);
		else
			value_error(v, "%s: passes the symlink %s in the image "
				       "(to %s)",
				path, ip.link, ip.target);
		image_path_free(&ip);
		return;
	}
	if (ret) {
		value_error(v, "%s: %s in the image%s", path, strerror(-ret),
			ret == -ENOENT ? " (a leading '-' makes a missing "
					 "file not an error)"
				       : "");
		image_path_free(&ip);
		return;
	}
	image_path_free(&ip);
	if (!S_ISREG(ip.mode)) {
		value_error(v, "%s: not a regular file in the image", path);
		return;
	}
	host = xasprintf("%s%s", t->rootfs, path);
	fp = fopen(host, "rb");
	if (!fp || fstat(fileno(fp), &st)) {
		value_error(v, "%s: cannot read %s: %s", path, host,
			strerror(errno));
		if (fp)
			fclose(fp);
		free(host);
		return;
	}
	if (st.st_size > ENV_FILE_MAX) {
		value_error(v, "%s: %lld bytes, more than %d", path,
			(long long)st.st_size, ENV_FILE_MAX);
		fclose(fp);
		free(host);
		return;
	}
	text = xmalloc((size_t)st.st_size + 1);
	n = fread(text, 1, (size_t)st.st_size + 1, fp);
	fclose(fp);
	free(host);
	if (memchr(text, '\0', n)) {
		value_error(v, "%s: has a NUL byte", path);
		free(text);
		return;
	}
	f.v = v;
	f.path = path;
	f.p = text;
	f.end = text + n;
	f.line = 1;
	parse_file(&f, env_of(s));
	free(text);
}

static void apply_environment_file(
	struct table *t, struct service *s, const struct value *v)
{
	char *buf, **words;
	size_t n, i;

	words = split_words(v, &buf, &n);
	if (!words)
		return;
	for (i = 0; i < n; i++)
		read_env_file(t, s, v, words[i]);
	free(words);
	free(buf);
}

static void apply_unset_environment(
	struct table *t, struct service *s, const struct value *v)
{
	char *buf, **words;
	struct svc_env *e;
	size_t n, i;

	(void)t;
	words = split_words(v, &buf, &n);
	if (!words)
		return;
	e = env_of(s);
	for (i = 0; i < n; i++) {
		const char *eq = strchr(words[i], '=');
		size_t len = eq ? (size_t)(eq - words[i]) : strlen(words[i]);
		const char *why = name_problem(words[i], len);

		if (*why)
			value_error(v, "\"%s\": %s", words[i], why);
		else
			list_add(&e->unset, &e->nunset, xstrdup(words[i]));
	}
	free(words);
	free(buf);
}

static int unset_matches(const char *unset, const char *entry)
{
	const char *eq = strchr(unset, '=');
	size_t len = eq ? (size_t)(eq - unset) : strlen(unset);

	if (eq)
		return !strcmp(unset, entry);
	return !strncmp(unset, entry, len) && entry[len] == '=';
}

/*
 * After the defaults (PATH, the user's, the directories'): ENVIRONMENT,
 * then the files (systemd: EnvironmentFile= overrides Environment=), then
 * UNSET_ENVIRONMENT takes names out.  NOTIFY_SOCKET and WATCHDOG_USEC are
 * set after this by ready_finish and cannot be changed here.
 */
void env_finish(struct table *t, struct service *s,
	void (*set)(struct service *, const char *))
{
	struct svc_env *e = s->envx;
	size_t i, j, k;
	char *sym;

	(void)t;
	for (i = 0; i < s->nenv_words; i++)
		if (strchr(s->env_words[i], '='))
			set(s, s->env_words[i]);
	if (!e)
		return;
	for (i = 0; i < e->nset; i++) {
		if (s->type == SVC_GEN_TYPE_NOTIFY &&
			(!strncmp(e->set[i], "NOTIFY_SOCKET=", 14) ||
				!strncmp(e->set[i], "WATCHDOG_USEC=", 14))) {
			gen_error("%s_ENVIRONMENT_FILE: %.13s is set by PID 1 "
				  "for a TYPE=\"notify\" service",
				s->stem, e->set[i]);
			continue;
		}
		set(s, e->set[i]);
	}
	for (i = 0; i < e->nunset; i++) {
		int found = 0;

		if (s->type == SVC_GEN_TYPE_NOTIFY &&
			(!strncmp(e->unset[i], "NOTIFY_SOCKET", 13) ||
				!strncmp(e->unset[i], "WATCHDOG_USEC", 13)) &&
			(e->unset[i][13] == '\0' || e->unset[i][13] == '=')) {
			gen_error("%s_UNSET_ENVIRONMENT=\"%s\": set by PID 1 for "
				  "a TYPE=\"notify\" service, which needs it",
				s->stem, e->unset[i]);
			continue;
		}
		for (j = k = 0; j < s->nenvp; j++) {
			if (unset_matches(e->unset[i], s->envp[j])) {
				free(s->envp[j]);
				found = 1;
			} else {
				s->envp[k++] = s->envp[j];
			}
		}
		s->nenvp = k;
		if (s->envp)
			s->envp[k] = NULL;
		if (!found) {
			sym = xasprintf("%s_UNSET_ENVIRONMENT", s->stem);
			gen_warning("%s: %s is not in the environment%s, "
				    "nothing to unset",
				sym, e->unset[i],
				strchr(e->unset[i], '=') ? " with that value"
							 : "");
			free(sym);
		}
	}
}

void env_free(struct service *s)
{
	struct svc_env *e = s->envx;

	if (!e)
		return;
	while (e->nset)
		free(e->set[--e->nset]);
	free(e->set);
	while (e->nunset)
		free(e->unset[--e->nunset]);
	free(e->unset);
	free(e);
	s->envx = NULL;
}

static const struct svc_option env_options[] = {
	{
		.suffix = "ENVIRONMENT_FILE",
		.type = OPT_STRING,
		.prompt = "Environment files in the image",
		.def = "\"\"",
		.apply = apply_environment_file,
		.help =
"Files of environment variables, as EnvironmentFile= in\n"
"systemd.exec(5): space-separated absolute paths of files in the\n"
"image, read when the image is built (PID 1 reads no configuration\n"
"at run time: changing a file needs a rebuild). A leading '-' makes\n"
"a missing file not an error. A path must not pass a symlink.\n"
"\n"
"Each line is KEY=value; blank lines and lines starting with '#'\n"
"or ';' are comments. Blanks around the key and the value are\n"
"dropped. A value may be quoted: '...' keeps everything up to the\n"
"next ' (newlines too); \"...\" keeps everything but turns \\\", \\\\,\n"
"\\` and \\$ into the character and drops backslash-newline; outside\n"
"quotes a backslash keeps the next character and backslash-newline\n"
"continues the line. A name is letters, digits and '_', not\n"
"starting with a digit. Unlike systemd, a line without '=', an\n"
"invalid name or text after a closing quote is a build error\n"
"naming the file and line, not skipped.\n"
"\n"
"Precedence, as systemd: the defaults (PATH, HOME, USER, ...), then\n"
"ENVIRONMENT, then these files in order, later lines and files\n"
"replacing earlier ones: a file's value wins over ENVIRONMENT's.\n"
"UNSET_ENVIRONMENT is applied last. A TYPE=\"notify\" service may\n"
"not set NOTIFY_SOCKET or WATCHDOG_USEC.\n"
"\n"
"Example: \"/etc/default/httpd -/etc/httpd.env\"",
	},
	{
		.suffix = "UNSET_ENVIRONMENT",
		.type = OPT_STRING,
		.prompt = "Variables removed from the environment",
		.def = "\"\"",
		.apply = apply_unset_environment,
		.help =
"Variables taken out of the environment, as UnsetEnvironment= in\n"
"systemd.exec(5): space-separated names, or NAME=value words that\n"
"remove the variable only while it has exactly that value. Applied\n"
"at build time as the last step, after the defaults (PATH, HOME,\n"
"USER, LOGNAME, SHELL, the directories' variables), ENVIRONMENT and\n"
"ENVIRONMENT_FILE. A name that is not in the environment is a\n"
"warning (an error with INIT_POLICY_STRICT). A TYPE=\"notify\"\n"
"service may not unset NOTIFY_SOCKET or WATCHDOG_USEC.\n"
"\n"
"Example: \"SHELL HOME\"",
	},
};

const struct option_family env_family = {
	"environment",
	env_options,
	sizeof(env_options) / sizeof(env_options[0]),
};
