/* util.c - rampart-gen's messages, memory, strings and file writing. */
#include "gen.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

unsigned int gen_errors;

static void vmessage(const char *kind, const char *fmt, va_list ap)
{
	fprintf(stderr, "rampart-gen: %s: ", kind);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void gen_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage("error", fmt, ap);
	va_end(ap);
	gen_errors++;
}

int gen_strict;

void gen_warning(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage(gen_strict ? "error" : "warning", fmt, ap);
	va_end(ap);
	if (gen_strict)
		gen_errors++;
}

void gen_fatal(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage("error", fmt, ap);
	va_end(ap);
	exit(1);
}

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p)
		gen_fatal("out of memory");
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		gen_fatal("out of memory");
	return p;
}

void *xrealloc(void *p, size_t size)
{
	p = realloc(p, size ? size : 1);
	if (!p)
		gen_fatal("out of memory");
	return p;
}

char *xstrdup(const char *s)
{
	size_t len = strlen(s) + 1;

	return memcpy(xmalloc(len), s, len);
}

char *xasprintf(const char *fmt, ...)
{
	struct strbuf sb = {0};
	va_list ap;
	int len;

	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	sb.s = xmalloc((size_t)len + 1);
	va_start(ap, fmt);
	vsnprintf(sb.s, (size_t)len + 1, fmt, ap);
	va_end(ap);
	return sb.s;
}

static void sb_grow(struct strbuf *sb, size_t more)
{
	if (sb->len + more + 1 <= sb->cap)
		return;
	sb->cap = (sb->len + more + 1) * 2;
	sb->s = xrealloc(sb->s, sb->cap);
}

void sb_add(struct strbuf *sb, const char *data, size_t len)
{
	sb_grow(sb, len);
	memcpy(sb->s + sb->len, data, len);
	sb->len += len;
	sb->s[sb->len] = '\0';
}

void sb_puts(struct strbuf *sb, const char *s)
{
	sb_add(sb, s, strlen(s));
}

void sb_putc(struct strbuf *sb, char c)
{
	sb_add(sb, &c, 1);
}

void sb_printf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	int len;

	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	sb_grow(sb, (size_t)len);
	va_start(ap, fmt);
	vsnprintf(sb->s + sb->len, (size_t)len + 1, fmt, ap);
	va_end(ap);
	sb->len += (size_t)len;
}

const char *sb_str(struct strbuf *sb)
{
	return sb->s ? sb->s : "";
}

void sb_free(struct strbuf *sb)
{
	free(sb->s);
	sb->s = NULL;
	sb->len = sb->cap = 0;
}

void sb_c_string(struct strbuf *sb, const char *s)
{
	const unsigned char *start = (const unsigned char *)s, *p;

	sb_putc(sb, '"');
	for (p = start; *p; p++) {
		switch (*p) {
		case '"':
			sb_puts(sb, "\\\"");
			break;
		case '\\':
			sb_puts(sb, "\\\\");
			break;
		case '\n':
			sb_puts(sb, "\\n");
			break;
		case '\t':
			sb_puts(sb, "\\t");
			break;
		case '?':
			/* Trigraphs are replaced before escapes: no "??". */
			if (p > start && p[-1] == '?')
				sb_puts(sb, "\\?");
			else
				sb_putc(sb, '?');
			break;
		default:
			/*
			 * Everything else outside printable ASCII as three
			 * octal digits: a following digit cannot extend it.
			 */
			if (*p < 0x20 || *p >= 0x7f)
				sb_printf(sb, "\\%03o", *p);
			else
				sb_putc(sb, (char)*p);
		}
	}
	sb_putc(sb, '"');
}

void sb_kconfig_string(struct strbuf *sb, const char *s)
{
	sb_putc(sb, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			sb_putc(sb, '\\');
		sb_putc(sb, *s);
	}
	sb_putc(sb, '"');
}

void sb_shell_word(struct strbuf *sb, const char *s)
{
	const unsigned char *p;
	int control = 0;

	for (p = (const unsigned char *)s; *p; p++)
		control |= *p < 0x20 || *p == 0x7f;
	if (control) {
		/* $'...' (bash, ksh, zsh): control bytes stay on the line. */
		sb_puts(sb, "$'");
		for (p = (const unsigned char *)s; *p; p++) {
			if (*p == '\\' || *p == '\'')
				sb_printf(sb, "\\%c", *p);
			else if (*p == '\t')
				sb_puts(sb, "\\t");
			else if (*p < 0x20 || *p == 0x7f)
				sb_printf(sb, "\\%03o", *p);
			else
				sb_putc(sb, (char)*p);
		}
		sb_putc(sb, '\'');
		return;
	}
	for (p = (const unsigned char *)s; *p; p++)
		if (!strchr("abcdefghijklmnopqrstuvwxyz"
			    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
			    "/.,_-+=:@%",
			    *p))
			break;
	if (*s && !*p) {
		sb_puts(sb, s);
		return;
	}
	/* Single quotes keep everything but a single quote: '\'' for it. */
	sb_putc(sb, '\'');
	for (p = (const unsigned char *)s; *p; p++) {
		if (*p == '\'')
			sb_puts(sb, "'\\''");
		else
			sb_putc(sb, (char)*p);
	}
	sb_putc(sb, '\'');
}

unsigned int edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j;
	unsigned int *row = xcalloc(lb + 1, sizeof(*row));
	unsigned int diag, up, d;

	for (j = 0; j <= lb; j++)
		row[j] = (unsigned int)j;
	for (i = 1; i <= la; i++) {
		diag = row[0];
		row[0] = (unsigned int)i;
		for (j = 1; j <= lb; j++) {
			up = row[j];
			d = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < d)
				d = up + 1;
			if (row[j - 1] + 1 < d)
				d = row[j - 1] + 1;
			row[j] = d;
			diag = up;
		}
	}
	d = row[lb];
	free(row);
	return d;
}

int read_file(const char *path, char **data, size_t *len)
{
	struct strbuf sb = {0};
	char chunk[8192];
	ssize_t n;
	int fd, err = 0;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			err = -errno;
			break;
		}
		sb_add(&sb, chunk, (size_t)n);
	}
	close(fd);
	if (err) {
		sb_free(&sb);
		return err;
	}
	if (!sb.s)
		sb_add(&sb, "", 0);
	*data = sb.s;
	if (len)
		*len = sb.len;
	return 0;
}

static int write_all(int fd, const char *data, size_t len)
{
	ssize_t n;

	while (len) {
		n = write(fd, data, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

int write_file_if_changed(
	const char *dir, const char *name, const char *data, size_t len)
{
	char *path = xasprintf("%s/%s", dir, name);
	char *tmp = xasprintf("%s/.%s.tmp%ld", dir, name, (long)getpid());
	char *old;
	size_t oldlen;
	int fd, err;

	/* An unchanged file keeps its mtime, so make rebuilds nothing. */
	if (!read_file(path, &old, &oldlen)) {
		err = oldlen == len && !memcmp(old, data, len);
		free(old);
		if (err) {
			err = 0;
			goto out;
		}
	}
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0) {
		err = -errno;
		goto out;
	}
	err = write_all(fd, data, len);
	if (close(fd) && !err)
		err = -errno;
	/* rename() is atomic: a reader sees old or new, never half. */
	if (!err && rename(tmp, path))
		err = -errno;
	if (err)
		unlink(tmp);
out:
	free(path);
	free(tmp);
	return err;
}

char *line_next(char **cursor)
{
	char *line = *cursor, *end;

	if (!*line)
		return NULL;
	end = strchr(line, '\n');
	*cursor = end ? end + 1 : line + strlen(line);
	if (!end)
		end = *cursor;
	if (end > line && end[-1] == '\r')
		end--;
	*end = '\0';
	return line;
}
