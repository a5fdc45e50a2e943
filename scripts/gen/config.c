/* config.c - reads a .config written by kconfig into a list of symbols. */
#include "gen.h"

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
	if (!value[0] || strpbrk(value, " \t\"'\\")) {
		gen_error(
			"%s:%u: CONFIG_%.*s: value is neither y, a number nor a \"string\"",
			cfg->path, lineno, (int)n, name);
		return;
	}
	config_set(cfg, name, n, xstrdup(value), 0, lineno);
}

int config_read(struct config *cfg, const char *path)
{
	char *data, *line, *next;
	unsigned int lineno = 0;
	int err;

	cfg->path = path;
	cfg->syms = NULL;
	cfg->nsyms = 0;
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
