/*
 * config.c - reads a .config written by kconfig into a list of symbols,
 * and `rampart-gen check-config`: was a .config or defconfig written by
 * hand read by kconfig-conf as written?
 */
#include "gen.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static int is_sym_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	       (c >= '0' && c <= '9') || c == '_';
}

static size_t sym_len(const char *s)
{
	size_t n = 0;

	while (is_sym_char(s[n]))
		n++;
	return n;
}

static void config_set(struct config *cfg, const char *name, size_t namelen,
	char *value, int quoted, unsigned int line)
{
	struct sym *s;
	size_t i;

	for (i = 0; i < cfg->nsyms; i++) {
		s = &cfg->syms[i];
		if (strlen(s->name) == namelen &&
			!strncmp(s->name, name, namelen)) {
			/* kconfig lets the last one win, and so do we. */
			if (!(cfg->flags & CONFIG_RAW))
				gen_warning(
					"%s:%u: CONFIG_%s set again (first on line %u): the last value wins",
					cfg->path, line, s->name, s->line);
			free(s->value);
			s->value = value;
			s->quoted = quoted;
			s->line = line;
			return;
		}
	}
	cfg->syms = xrealloc(cfg->syms, (cfg->nsyms + 1) * sizeof(*s));
	s = &cfg->syms[cfg->nsyms++];
	s->name = xmalloc(namelen + 1);
	memcpy(s->name, name, namelen);
	s->name[namelen] = '\0';
	s->value = value;
	s->quoted = quoted;
	s->line = line;
}

/* A value the generator itself sets (DYNAMIC_USER's implied settings):
 * no warning, the line of a value it replaces kept for messages. */
void config_override(
	struct config *cfg, const char *name, const char *value, int quoted)
{
	size_t i;

	for (i = 0; i < cfg->nsyms; i++)
		if (!strcmp(cfg->syms[i].name, name)) {
			free(cfg->syms[i].value);
			cfg->syms[i].value = xstrdup(value);
			cfg->syms[i].quoted = quoted;
			return;
		}
	config_set(cfg, name, strlen(name), xstrdup(value), quoted, 0);
}

static void config_line(struct config *cfg, char *line, unsigned int lineno)
{
	char err[PARSE_ERR_MAX];
	const char *name;
	size_t n;
	char *value;

	if (!strncmp(line, "# CONFIG_", 9)) {
		name = line + 9;
		n = sym_len(name);
		if (n && !strcmp(name + n, " is not set"))
			config_set(cfg, name, n, xstrdup("n"), 0, lineno);
		return; /* any other comment is just a comment */
	}
	if (!line[0] || line[0] == '#')
		return;
	if (strncmp(line, "CONFIG_", 7)) {
		gen_error("%s:%u: not a CONFIG_ line", cfg->path, lineno);
		return;
	}
	name = line + 7;
	n = sym_len(name);
	if (!n || name[n] != '=') {
		gen_error(
			"%s:%u: expected CONFIG_NAME=value", cfg->path, lineno);
		return;
	}
	value = line + 7 + n + 1;
	if (value[0] == '"') {
		char *raw = xmalloc(strlen(value) + 1);

		if (parse_kconfig_string(value, raw, NULL, err, sizeof(err))) {
			gen_error("%s:%u: CONFIG_%.*s: %s", cfg->path, lineno,
				(int)n, name, err);
			free(raw);
			return;
		}
		config_set(cfg, name, n, raw, 1, lineno);
		return;
	}
	if (!(cfg->flags & CONFIG_RAW) &&
		(!value[0] || strpbrk(value, " \t\"'\\"))) {
		gen_error(
			"%s:%u: CONFIG_%.*s: value is neither y, a number nor a \"string\"",
			cfg->path, lineno, (int)n, name);
		return;
	}
	config_set(cfg, name, n, xstrdup(value), 0, lineno);
}

int config_read(struct config *cfg, const char *path, int flags)
{
	char *data, *line, *next;
	unsigned int lineno = 0;
	int err;

	cfg->path = path;
	cfg->syms = NULL;
	cfg->nsyms = 0;
	cfg->flags = flags;
	err = read_file(path, &data, NULL);
	if (err)
		return err;
	for (next = data; (line = line_next(&next));) {
		lineno++;
		config_line(cfg, line, lineno);
	}
	free(data);
	return 0;
}

const struct sym *config_get(const struct config *cfg, const char *name)
{
	size_t i;

	for (i = 0; i < cfg->nsyms; i++)
		if (!strcmp(cfg->syms[i].name, name))
			return &cfg->syms[i];
	return NULL;
}

void config_free(struct config *cfg)
{
	size_t i;

	for (i = 0; i < cfg->nsyms; i++) {
		free(cfg->syms[i].name);
		free(cfg->syms[i].value);
	}
	free(cfg->syms);
	cfg->syms = NULL;
	cfg->nsyms = 0;
}

char *sym_show(const char *name, const char *value, int quoted)
{
	struct strbuf sb = {0};
	const char *p;

	sb_puts(&sb, name);
	sb_putc(&sb, '=');
	if (!quoted) {
		sb_puts(&sb, value);
		return sb.s;
	}
	/* As in .config, but a control byte must not break the line. */
	sb_putc(&sb, '"');
	for (p = value; *p; p++) {
		if (*p == '"' || *p == '\\')
			sb_printf(&sb, "\\%c", *p);
		else if ((unsigned char)*p < 0x20 || *p == 0x7f)
			sb_printf(&sb, "\\%03o", (unsigned char)*p);
		else
			sb_putc(&sb, *p);
	}
	sb_putc(&sb, '"');
	return sb.s;
}

int config_bool(const struct sym *sym)
{
	if (sym->quoted)
		return -1;
	if (!strcmp(sym->value, "y"))
		return 1;
	return strcmp(sym->value, "n") ? -1 : 0;
}

int config_number(const char *value)
{
	const char *p = value + (*value == '-');
	const char *digits = "0123456789";

	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
		p += 2;
		digits = "0123456789abcdefABCDEF";
	} else if (p[0] == '0' && p[1]) {
		return strspn(p, digits) == strlen(p) ? -EDOM : -EINVAL;
	}
	return *p && strspn(p, digits) == strlen(p) ? 0 : -EINVAL;
}

/*
 * One symbol of the hand-written file against what kconfig-conf made of
 * it; the written value's type comes from kconfig's (a bool is written y
 * or n, a string quoted, an int or hex as a number). kconfig-conf reads a
 * bool by its first letter ("yes" is y, "nope" n) and replaces any other
 * value it cannot read by the symbol's default, at most with a warning:
 * each of those is an error here. A symbol kconfig did not write (unknown,
 * or its menu is off) only has to be well-formed.
 */
static void check_sym(const struct config *in, const struct sym *raw,
	const struct config *out)
{
	const struct sym *got = config_get(out, raw->name);
	const char *problem = NULL, *blank = "";
	char *shown;
	int ret;

	if (got && config_bool(got) >= 0) {
		if (config_bool(raw) < 0)
			problem = "expected y or n";
	} else if (got && got->quoted) {
		if (!raw->quoted)
			problem = "not a string";
	} else if (raw->quoted) {
		if (got)
			problem = "not a number";
	} else if (config_bool(raw) < 0 || got) {
		ret = config_number(raw->value);
		if (ret == -EDOM)
			problem = LEADING_ZERO;
		else if (ret && got)
			problem = "not a number";
		else if (ret)
			problem = "neither y, n, a number nor a string";
	}
	if (!problem)
		return;
	shown = sym_show(raw->name, raw->value, raw->quoted);
	/* "CONFIG_X=y " hides its mistake: say where it is. */
	if (!raw->quoted && strpbrk(raw->value, " \t"))
		blank = "blank in the value: ";
	gen_error("%s:%u: %s: %s%s", in->path, raw->line, shown, blank,
		problem);
	free(shown);
}

int cmd_check_config(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"input", required_argument, NULL, 'i'},
		{"config", required_argument, NULL, 'c'},
		{NULL, 0, NULL, 0},
	};
	const char *input = NULL, *config = NULL;
	struct config in = {0}, out = {0};
	int c, ret, bad = 0;
	size_t i;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (c == 'i')
			input = optarg;
		else if (c == 'c')
			config = optarg;
		else
			bad = 1;
	}
	if (bad || !input || !config || optind != argc) {
		fputs("usage: rampart-gen check-config --input FILE --config FILE\n",
			stderr);
		return 2;
	}
	ret = config_read(&in, input, CONFIG_RAW);
	if (ret)
		gen_fatal("cannot read %s: %s", input, strerror(-ret));
	ret = config_read(&out, config, 0);
	if (ret)
		gen_fatal("cannot read %s: %s", config, strerror(-ret));
	for (i = 0; i < in.nsyms; i++)
		check_sym(&in, &in.syms[i], &out);
	config_free(&in);
	config_free(&out);
	return gen_errors ? 1 : 0;
}
