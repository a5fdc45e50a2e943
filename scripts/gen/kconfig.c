/* kconfig.c - `rampart-gen kconfig`: expands .svc files into Kconfig. */
#include "gen.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One .svc file: only what differs from the option table's defaults. */
struct svc_file {
	const char *path;
	char *id;
	char *prompt; /* raw text, NULL: the id */
	char *def;    /* "y" or "n", NULL: n */
	char **help;  /* raw lines */
	size_t nhelp;
	char **values;	     /* per svc_options[], Kconfig expression */
	unsigned int *lines; /* where each key was set, 0: not set */
	unsigned int prompt_line, def_line;
};

static const char *const file_keys[] = {"PROMPT", "DEFAULT", "HELP"};
#define NFILE_KEYS (sizeof(file_keys) / sizeof(file_keys[0]))

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* The nearest known key, if it is a plausible typo of key. */
static const char *suggest_key(const char *key)
{
	const char *best = NULL, *name;
	unsigned int best_d = 3, d;
	char *upper = xstrdup(key);
	size_t i;

	for (i = 0; upper[i]; i++)
		if (upper[i] >= 'a' && upper[i] <= 'z')
			upper[i] = (char)(upper[i] - 'a' + 'A');
	for (i = 0; i < NFILE_KEYS + svc_noptions; i++) {
		name = i < NFILE_KEYS ? file_keys[i]
				      : svc_options[i - NFILE_KEYS].suffix;
		d = edit_distance(upper, name);
		if (d < best_d) {
			best_d = d;
			best = name;
		}
	}
	free(upper);
	return best;
}

/* A PROMPT or HELP value: "a Kconfig string" or plain text. */
static char *text_value(
	struct svc_file *f, unsigned int line, const char *key, const char *val)
{
	char err[PARSE_ERR_MAX], *raw;

	if (val[0] != '"')
		return xstrdup(val);
	raw = xmalloc(strlen(val) + 1);
	if (parse_kconfig_string(val, raw, NULL, err, sizeof(err))) {
		gen_error("%s:%u: %s: %s", f->path, line, key, err);
		free(raw);
		return NULL;
	}
	return raw;
}

/* SVC_<ID> or SVC_<ID>_<SUFFIX>: the symbol a key of f sets. */
static char *svc_symbol(const struct svc_file *f, const char *suffix)
{
	char *sym = xasprintf("SVC_%s%s%s", f->id, suffix ? "_" : "",
		suffix ? suffix : "");
	size_t i;

	for (i = 4; sym[i]; i++)
		if (sym[i] >= 'a' && sym[i] <= 'z')
			sym[i] = (char)(sym[i] - 'a' + 'A');
	return sym;
}

/*
 * A bool is y or n, nothing else: Kconfig reads any other word as the
 * name of a symbol, so "true" or "yes" would be an unknown symbol, that
 * is n, and turn a restriction off without a word.
 */
static int check_bool_value(struct svc_file *f, unsigned int line,
	const char *suffix, const char *val)
{
	char *sym;

	if (!strcmp(val, "y") || !strcmp(val, "n"))
		return 0;
	sym = svc_symbol(f, suffix);
	gen_error("%s:%u: %s=%s: expected y or n", f->path, line, sym, val);
	free(sym);
	return -1;
}

/* An option's default: y or n for a bool; for a string a string literal,
 * optionally "if <condition>". */
static int check_option_value(struct svc_file *f, unsigned int line,
	const struct svc_option *o, const char *val)
{
	char err[PARSE_ERR_MAX], *raw;
	const char *end;
	int ret;

	if (o->type == OPT_BOOL)
		return check_bool_value(f, line, o->suffix, val);
	if (val[0] != '"') {
		gen_error("%s:%u: %s: not a string: write it in double quotes",
			f->path, line, o->suffix);
		return -1;
	}
	raw = xmalloc(strlen(val) + 1);
	ret = parse_kconfig_string(val, raw, &end, err, sizeof(err));
	free(raw);
	if (ret) {
		gen_error("%s:%u: %s: %s", f->path, line, o->suffix, err);
		return -1;
	}
	if (*end && (!is_blank(*end) || strncmp(end + 1, "if ", 3))) {
		gen_error("%s:%u: %s: text after the closing quote", f->path,
			line, o->suffix);
		return -1;
	}
	return 0;
}

static void svc_line(struct svc_file *f, char *p, unsigned int line)
{
	const char *key, *sugg;
	char *val, *end, *text;
	size_t keylen, i;

	while (is_blank(*p))
		p++;
	if (!*p || *p == '#')
		return;
	key = p;
	while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		(*p >= '0' && *p <= '9') || *p == '_')
		p++;
	keylen = (size_t)(p - key);
	while (is_blank(*p))
		p++;
	if (!keylen || *p != '=') {
		gen_error("%s:%u: expected KEY = value", f->path, line);
		return;
	}
	((char *)key)[keylen] = '\0';
	val = p + 1;
	while (is_blank(*val))
		val++;
	end = val + strlen(val);
	while (end > val && is_blank(end[-1]))
		*--end = '\0';

	if (!strcmp(key, "HELP")) {
		text = text_value(f, line, key, val);
		if (!text)
			return;
		f->help = xrealloc(f->help, (f->nhelp + 1) * sizeof(char *));
		f->help[f->nhelp++] = text;
		return;
	}
	for (i = 0; i < svc_noptions; i++)
		if (!strcmp(key, svc_options[i].suffix))
			break;
	if (i == svc_noptions && strcmp(key, "PROMPT") &&
		strcmp(key, "DEFAULT")) {
		sugg = suggest_key(key);
		gen_error("%s:%u: unknown key \"%s\"%s%s%s", f->path, line, key,
			sugg ? " (did you mean " : "", sugg ? sugg : "",
			sugg ? "?)" : "");
		return;
	}
	if (!*val) {
		gen_error("%s:%u: %s has no value", f->path, line, key);
		return;
	}
	if (!strcmp(key, "PROMPT")) {
		if (f->prompt_line) {
			gen_error(
				"%s:%u: PROMPT given twice (first on line %u)",
				f->path, line, f->prompt_line);
			return;
		}
		f->prompt = text_value(f, line, key, val);
		f->prompt_line = line;
	} else if (!strcmp(key, "DEFAULT")) {
		if (f->def_line) {
			gen_error(
				"%s:%u: DEFAULT given twice (first on line %u)",
				f->path, line, f->def_line);
			return;
		}
		f->def_line = line;
		if (!check_bool_value(f, line, NULL, val))
			f->def = xstrdup(val);
	} else if (f->lines[i]) {
		gen_error("%s:%u: %s given twice (first on line %u)", f->path,
			line, key, f->lines[i]);
	} else {
		f->lines[i] = line;
		if (!check_option_value(f, line, &svc_options[i], val))
			f->values[i] = xstrdup(val);
	}
}

static int svc_read(struct svc_file *f, const char *path)
{
	char err[PARSE_ERR_MAX], *data, *line, *next, *id;
	const char *base = strrchr(path, '/');
	unsigned int lineno = 0;
	size_t len, i;
	int ret;

	memset(f, 0, sizeof(*f));
	f->path = path;
	f->values = xcalloc(svc_noptions, sizeof(*f->values));
	f->lines = xcalloc(svc_noptions, sizeof(*f->lines));
	base = base ? base + 1 : path;
	len = strlen(base);
	if (len < 4 || strcmp(base + len - 4, ".svc")) {
		gen_error("%s: not a .svc file", path);
		return -1;
	}
	id = xstrdup(base);
	id[len - 4] = '\0';
	if (parse_svc_id(id, err, sizeof(err))) {
		gen_error("%s: invalid service id \"%s\": %s", path, id, err);
		free(id);
		return -1;
	}
	f->id = id;
	ret = read_file(path, &data, NULL);
	if (ret) {
		gen_error("cannot read %s: %s", path, strerror(-ret));
		return -1;
	}
	for (next = data; (line = line_next(&next));) {
		lineno++;
		svc_line(f, line, lineno);
	}
	free(data);
	for (i = 0; i < svc_noptions; i++)
		if (!svc_options[i].def && !f->lines[i])
			gen_error("%s: %s is required", path,
				svc_options[i].suffix);
	return 0;
}

static void svc_free(struct svc_file *f)
{
	size_t i;

	free(f->id);
	free(f->prompt);
	free(f->def);
	for (i = 0; i < f->nhelp; i++)
		free(f->help[i]);
	free(f->help);
	if (f->values)
		for (i = 0; i < svc_noptions; i++)
			free(f->values[i]);
	free(f->values);
	free(f->lines);
}

/* Help text, each line indented by a tab and two spaces. */
static void emit_help(struct strbuf *sb, const char *text)
{
	const char *end;

	sb_puts(sb, "\thelp\n");
	for (; *text; text = *end ? end + 1 : end) {
		end = strchr(text, '\n');
		if (!end)
			end = text + strlen(text);
		if (end > text) {
			sb_puts(sb, "\t  ");
			sb_add(sb, text, (size_t)(end - text));
		}
		sb_putc(sb, '\n');
	}
}

static void emit_service(struct svc_file *f, struct strbuf *sb)
{
	const struct svc_option *o;
	struct strbuf help = {0};
	char *sym = svc_symbol(f, NULL);
	size_t i;

	sb_printf(sb, "# %s\nmenuconfig %s\n\tbool ", f->path, sym);
	sb_kconfig_string(sb, f->prompt ? f->prompt : f->id);
	sb_putc(sb, '\n');
	/* Buildroot style: no "default n", it is what Kconfig does anyway. */
	if (f->def && strcmp(f->def, "n"))
		sb_printf(sb, "\tdefault %s\n", f->def);
	for (i = 0; i < f->nhelp; i++)
		sb_printf(&help, "%s\n", f->help[i]);
	if (f->nhelp)
		sb_putc(&help, '\n');
	sb_printf(&help, "Service id: %s (cgroup /sys/fs/cgroup/%s).", f->id,
		f->id);
	emit_help(sb, help.s);
	sb_free(&help);
	sb_printf(sb, "\nif %s\n", sym);
	for (i = 0; i < svc_noptions; i++) {
		o = &svc_options[i];
		sb_printf(sb, "\nconfig %s_%s\n\t%s ", sym, o->suffix,
			o->type == OPT_BOOL ? "bool" : "string");
		sb_kconfig_string(sb, o->prompt);
		sb_putc(sb, '\n');
		if (f->values[i])
			sb_printf(sb, "\tdefault %s\n", f->values[i]);
		else if (o->def && strcmp(o->def, "n") &&
			 strcmp(o->def, "\"\""))
			sb_printf(sb, "\tdefault %s\n", o->def);
		emit_help(sb, o->help);
	}
	sb_printf(sb, "\nendif # %s\n\n", sym);
	free(sym);
}

/* Ids that would make one service's symbol another's option. */
static void check_clashes(struct svc_file *files, size_t n)
{
	size_t a, b, i, len;
	char *name;

	for (a = 0; a < n; a++) {
		for (b = 0; b < n; b++) {
			if (!files[a].id || !files[b].id || a == b)
				continue;
			if (b > a && !strcmp(files[a].id, files[b].id)) {
				gen_error(
					"%s: service id \"%s\" is also defined by %s",
					files[b].path, files[b].id,
					files[a].path);
				continue;
			}
			len = strlen(files[a].id);
			if (strncmp(files[b].id, files[a].id, len) ||
				files[b].id[len] != '_')
				continue;
			for (i = 0; i < svc_noptions; i++) {
				name = xstrdup(svc_options[i].suffix);
				for (char *p = name; *p; p++)
					if (*p >= 'A' && *p <= 'Z')
						*p = (char)(*p - 'A' + 'a');
				if (!strcmp(files[b].id + len + 1, name))
					gen_error(
						"%s: service id \"%s\" clashes with option %s of service %s",
						files[b].path, files[b].id,
						svc_options[i].suffix,
						files[a].id);
				free(name);
			}
		}
	}
}

/* -o FILE: written like the table's files, only when its content changes. */
static void write_output(const char *path, struct strbuf *out)
{
	const char *slash;
	char *dir;
	int err;

	if (!path) {
		fwrite(sb_str(out), 1, out->len, stdout);
		if (fflush(stdout) || ferror(stdout))
			gen_error(
				"cannot write the output: %s", strerror(errno));
		return;
	}
	slash = strrchr(path, '/');
	dir = slash ? xstrdup(path) : xstrdup(".");
	if (slash)
		dir[slash - path] = '\0';
	if (slash == path)
		strcpy(dir, "/");
	err = write_file_if_changed(
		dir, slash ? slash + 1 : path, sb_str(out), out->len);
	if (err)
		gen_error("cannot write %s: %s", path, strerror(-err));
	free(dir);
}

int cmd_kconfig(int argc, char **argv)
{
	struct svc_file *files;
	struct strbuf out = {0};
	const char *output = NULL;
	size_t n, i;

	options_init();
	argc--;
	argv++;
	if (argc >= 2 && !strcmp(argv[0], "-o")) {
		output = argv[1];
		argc -= 2;
		argv += 2;
	}
	for (i = 0; i < (size_t)argc; i++) {
		if (argv[i][0] == '-') {
			fputs("usage: rampart-gen kconfig [-o FILE] FILE.svc...\n",
				stderr);
			return 2;
		}
	}
	n = (size_t)argc;
	files = xcalloc(n, sizeof(*files));
	for (i = 0; i < n; i++)
		svc_read(&files[i], argv[i]);
	check_clashes(files, n);
	sb_puts(&out,
		"# generated by rampart-gen kconfig from .svc files, do not edit\n\n");
	for (i = 0; i < n && !gen_errors; i++)
		emit_service(&files[i], &out);
	/* Half a Kconfig file is worse than none: write only a good one. */
	if (!gen_errors)
		write_output(output, &out);
	for (i = 0; i < n; i++)
		svc_free(&files[i]);
	free(files);
	sb_free(&out);
	return gen_errors ? 1 : 0;
}
