/* parse.c - value parsers shared by rampart-gen (host) and PID 1 (target). */
#include "parse.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ASCII classes of our own: <ctype.h> depends on the locale. */
static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

static int is_alpha(char c)
{
	return is_lower(c) || (c >= 'A' && c <= 'Z');
}

static int is_alnum(char c)
{
	return is_alpha(c) || is_digit(c);
}

static int is_control(char c)
{
	unsigned char u = (unsigned char)c;

	return u < 0x20 || u == 0x7f;
}

/* Write the reason into err (when there is one) and return code: the
 * parsers' one way to fail (parse.h). */
int parse_fail(char *err, size_t errlen, int code, const char *fmt, ...)
{
	va_list ap;

	if (err && errlen) {
		va_start(ap, fmt);
		vsnprintf(err, errlen, fmt, ap);
		va_end(ap);
	}
	return code;
}

/* A character as the user should read it in a message: 'x' or byte 0x01. */
static const char *show_char(char c, char buf[16])
{
	if (is_control(c) || (unsigned char)c >= 0x80)
		snprintf(buf, 16, "byte 0x%02x", (unsigned char)c);
	else
		snprintf(buf, 16, "'%c'", c);
	return buf;
}

size_t parse_words_max(const char *s)
{
	/* Each word takes at least one byte and a blank before the next. */
	return strlen(s) / 2 + 2;
}

/*
 * The inside of "...", *pp just after the opening quote: as in sh, only
 * \\ \" \$ \` are escapes.  An unescaped $ or ` would expand in sh.
 */
static int words_double(const char **pp, char **op, char *err, size_t errlen)
{
	const char *p = *pp;
	char *o = *op, cb[16];

	while (*p && *p != '"') {
		if (*p == '\\' && p[1] && strchr("\\\"$`", p[1]))
			p++;
		else if (*p == '$' || *p == '`')
			return parse_fail(err, errlen, -EINVAL,
				"%s in double quotes: there is no shell, write \\%c",
				show_char(*p, cb), *p);
		*o++ = *p++;
	}
	if (!*p)
		return parse_fail(err, errlen, -EINVAL, "unterminated double quote");
	*pp = p + 1;
	*op = o;
	return 0;
}

/* The value of a hexadecimal digit, or -1. */
static int hex_value(char c)
{
	if (is_digit(c))
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * C escapes from *pp up to the quote character (0: to the end of the
 * string), written to *op: \a \b \e \E \f \n \r \t \v \\ \' \" \?, \NNN (one to
 * three octal digits) and \xHH (one or two hex digits), as bash's $'...'
 * reads them.  An escape a shell would keep as it is, and a NUL byte,
 * are errors; "where" names the place for the message.
 */
static int c_unescape(const char **pp, char **op, char quote,
	const char *where, char *err, size_t errlen)
{
	static const char from[] = "abeEfnrtv\\'\"?", to[] = "\a\b\033\033\f\n\r\t\v\\'\"?";
	const char *p = *pp, *k;
	char *o = *op, cb[16];
	unsigned int v;
	int i;

	while (*p && *p != quote) {
		if (*p != '\\') {
			*o++ = *p++;
			continue;
		}
		p++;
		if (*p && (k = strchr(from, *p)) != NULL) {
			*o++ = to[k - from];
			p++;
			continue;
		}
		v = 0;
		if (*p >= '0' && *p <= '7') {
			for (i = 0; i < 3 && *p >= '0' && *p <= '7'; i++)
				v = v * 8 + (unsigned int)(*p++ - '0');
		} else if (*p == 'x' && hex_value(p[1]) >= 0) {
			for (p++, i = 0; i < 2 && hex_value(*p) >= 0; i++)
				v = v * 16 + (unsigned int)hex_value(*p++);
		} else if (!*p) {
			if (!quote)
				return parse_fail(err, errlen, -EINVAL,
					"backslash at the end");
			break;
		} else {
			return parse_fail(err, errlen, -EINVAL,
				"unknown escape: backslash and %s in %s (known: \\a \\b \\e \\f \\n \\r \\t \\v \\\\ \\' \\\" \\? \\NNN \\xHH)",
				show_char(*p, cb), where);
		}
		if (v == 0 || v > 0xff)
			return parse_fail(err, errlen, -EINVAL,
				"escape in %s is %s: %s cannot hold it", where,
				v ? "over \\377" : "a NUL byte",
				quote ? "an argument" : "text");
		*o++ = (char)v;
	}
	if (quote && !*p)
		return parse_fail(err, errlen, -EINVAL, "unterminated $'...' quote");
	*pp = quote ? p + 1 : p;
	*op = o;
	return 0;
}

int parse_c_text(const char *s, char *buf, size_t *len, char *err,
	size_t errlen)
{
	char *o = buf;
	int ret = c_unescape(&s, &o, 0, "the text", err, errlen);

	*len = ret ? 0 : (size_t)(o - buf);
	return ret;
}

/* parse_words, and with sep (parse_commands) a lone unquoted ';' word is
 * a separator: the word ";" with sep[i] = 1. */
static int words_split(const char *s, char *buf, char **words,
	unsigned char *sep, size_t *nwords, char *err, size_t errlen)
{
	const char *p = s;
	char *o = buf;
	size_t n = 0;
	char cb[16];
	int ret;

	*nwords = 0;
	words[0] = NULL;
	for (;;) {
		while (is_blank(*p))
			p++;
		if (!*p)
			break;
		if (sep)
			sep[n] = 0;
		if (sep && p[0] == ';' && (!p[1] || is_blank(p[1]))) {
			sep[n] = 1;
			words[n++] = o;
			*o++ = *p++;
			*o++ = '\0';
			continue;
		}
		words[n++] = o;
		while (*p && !is_blank(*p)) {
			char c = *p++;

			if (c == '\'') {
				while (*p && *p != '\'')
					*o++ = *p++;
				if (!*p)
					return parse_fail(err, errlen, -EINVAL,
						"unterminated single quote");
				p++;
			} else if (c == '"') {
				ret = words_double(&p, &o, err, errlen);
				if (ret)
					return ret;
			} else if (c == '$' && *p == '\'') {
				p++;
				ret = c_unescape(&p, &o, '\'', "$'...'", err,
					errlen);
				if (ret)
					return ret;
			} else if (c == '\\') {
				if (!*p)
					return parse_fail(err, errlen, -EINVAL,
						"backslash at the end");
				*o++ = *p++;
			} else if (strchr("|&;<>()$`", c)) {
				/*
				 * A shell would read these as syntax; taken
				 * literally they would silently mean
				 * something else than the user expects.
				 */
				return parse_fail(err, errlen, -EINVAL,
					"unquoted %s: there is no shell, quote it",
					show_char(c, cb));
			} else {
				*o++ = c;
			}
		}
		*o++ = '\0';
	}
	words[n] = NULL;
	*nwords = n;
	return 0;
}

int parse_words(const char *s, char *buf, char **words, size_t *nwords,
	char *err, size_t errlen)
{
	return words_split(s, buf, words, NULL, nwords, err, errlen);
}

int parse_commands(const char *s, char *buf, char **words, unsigned char *sep,
	size_t *nwords, char *err, size_t errlen)
{
	return words_split(s, buf, words, sep, nwords, err, errlen);
}

int parse_argv(const char *s, char *buf, char **argv, size_t *argc, char *err,
	size_t errlen)
{
	int ret = parse_words(s, buf, argv, argc, err, errlen);

	if (ret)
		return ret;
	if (!*argc)
		return parse_fail(err, errlen, -EINVAL, "empty command line");
	return 0;
}

int parse_env(const char *entry, char *err, size_t errlen)
{
	const char *eq = strchr(entry, '=');
	const char *p;
	char cb[16];

	if (!eq)
		return parse_fail(err, errlen, -EINVAL,
			"missing '=' (expected KEY=value)");
	if (eq == entry)
		return parse_fail(err, errlen, -EINVAL, "empty variable name");
	if (is_digit(entry[0]))
		return parse_fail(err, errlen, -EINVAL,
			"variable name starts with a digit");
	for (p = entry; p < eq; p++)
		if (!is_alnum(*p) && *p != '_')
			return parse_fail(err, errlen, -EINVAL,
				"invalid character %s in variable name (allowed: A-Z a-z 0-9 _)",
				show_char(*p, cb));
	return 0;
}

int parse_svc_id(const char *id, char *err, size_t errlen)
{
	const char *p;
	char cb[16];

	if (!*id)
		return parse_fail(err, errlen, -EINVAL, "empty service id");
	if (!is_lower(id[0]))
		return parse_fail(err, errlen, -EINVAL,
			"service id must start with a letter a-z");
	for (p = id; *p; p++)
		if (!is_lower(*p) && !is_digit(*p) && *p != '_')
			return parse_fail(err, errlen, -EINVAL,
				"invalid character %s in service id (allowed: a-z 0-9 _)",
				show_char(*p, cb));
	if (p - id > PARSE_SVC_ID_MAX)
		return parse_fail(err, errlen, -ENAMETOOLONG,
			"service id longer than %d characters",
			PARSE_SVC_ID_MAX);
	return 0;
}

int parse_path(const char *path, char *err, size_t errlen)
{
	size_t len = strnlen(path, PARSE_PATH_MAX);
	const char *p, *comp;

	if (!len)
		return parse_fail(err, errlen, -EINVAL, "empty path");
	if (len >= PARSE_PATH_MAX)
		return parse_fail(err, errlen, -ENAMETOOLONG,
			"path longer than %d characters", PARSE_PATH_MAX - 1);
	if (path[0] != '/')
		return parse_fail(err, errlen, -EINVAL, "not an absolute path");
	for (p = path; *p; p++)
		if (is_control(*p))
			return parse_fail(err, errlen, -EINVAL,
				"control character in path");
	if (len == 1)
		return 0;
	if (path[len - 1] == '/')
		return parse_fail(err, errlen, -EINVAL, "path ends with '/'");
	/* Every component now sits between a '/' and a '/' or the end. */
	for (comp = path + 1;; comp = p + 1) {
		for (p = comp; *p && *p != '/'; p++)
			;
		if (p == comp)
			return parse_fail(
				err, errlen, -EINVAL, "empty component ('//')");
		if (p - comp == 1 && comp[0] == '.')
			return parse_fail(err, errlen, -EINVAL, "'.' component");
		if (p - comp == 2 && comp[0] == '.' && comp[1] == '.')
			return parse_fail(err, errlen, -EINVAL, "'..' component");
		/* A stray space from a typo, not a name anyone means. */
		if (comp[0] == ' ' || p[-1] == ' ')
			return parse_fail(err, errlen, -EINVAL,
				"component \"%.*s\" starts or ends with a space",
				(int)(p - comp), comp);
		if (!*p)
			break;
	}
	return 0;
}

int parse_uint(const char *s, unsigned long long min, unsigned long long max,
	unsigned long long *out, char *err, size_t errlen)
{
	unsigned long long v = 0;
	int overflow = 0;
	const char *p;

	if (!*s)
		return parse_fail(err, errlen, -EINVAL, "empty number");
	for (p = s; *p; p++) {
		unsigned int d = (unsigned int)(*p - '0');

		if (!is_digit(*p))
			return parse_fail(
				err, errlen, -EINVAL, "not a decimal number");
		/* Keep scanning after an overflow: "12x" is still malformed. */
		if (v > (~0ULL - d) / 10)
			overflow = 1;
		else
			v = v * 10 + d;
	}
	if (overflow || v < min || v > max)
		return parse_fail(err, errlen, -ERANGE, "out of range (%llu to %llu)",
			min, max);
	*out = v;
	return 0;
}

int parse_umask(const char *s, mode_t *out, char *err, size_t errlen)
{
	unsigned int v = 0;
	const char *p;

	for (p = s; *p; p++) {
		if (*p < '0' || *p > '7' || p - s >= 4)
			return parse_fail(err, errlen, -EINVAL,
				"not an octal umask (0000 to 0777)");
		v = v * 8 + (unsigned int)(*p - '0');
	}
	if (p == s)
		return parse_fail(err, errlen, -EINVAL, "empty umask");
	if (v > 0777)
		return parse_fail(err, errlen, -ERANGE,
			"umask out of range (0000 to 0777)");
	*out = (mode_t)v;
	return 0;
}

int parse_hostname(const char *s, char *err, size_t errlen)
{
	const char *p, *label = s;
	char cb[16];

	if (!*s)
		return parse_fail(err, errlen, -EINVAL, "empty hostname");
	if (strnlen(s, PARSE_HOSTNAME_MAX + 1) > PARSE_HOSTNAME_MAX)
		return parse_fail(err, errlen, -ENAMETOOLONG,
			"hostname longer than %d characters",
			PARSE_HOSTNAME_MAX);
	for (p = s;; p++) {
		if (*p == '.' || !*p) {
			if (p == label)
				return parse_fail(err, errlen, -EINVAL,
					"empty label (hostname starts or ends with '.', or has '..')");
			if (p - label > 63)
				return parse_fail(err, errlen, -EINVAL,
					"label longer than 63 characters");
			if (label[0] == '-' || p[-1] == '-')
				return parse_fail(err, errlen, -EINVAL,
					"label starts or ends with '-'");
			if (!*p)
				break;
			label = p + 1;
		} else if (!is_alnum(*p) && *p != '-') {
			return parse_fail(err, errlen, -EINVAL,
				"invalid character %s in hostname (allowed: letters, digits, '-', '.')",
				show_char(*p, cb));
		}
	}
	return 0;
}

int parse_module(const char *s, char *err, size_t errlen)
{
	const char *p;
	char cb[16];

	if (!*s)
		return parse_fail(err, errlen, -EINVAL, "empty module name");
	for (p = s; *p; p++)
		if (!is_alnum(*p) && *p != '_' && *p != '-')
			return parse_fail(err, errlen, -EINVAL,
				"invalid character %s in module name (allowed: letters, digits, '_', '-')",
				show_char(*p, cb));
	if (p - s > PARSE_MODULE_MAX)
		return parse_fail(err, errlen, -ENAMETOOLONG,
			"module name longer than %d characters",
			PARSE_MODULE_MAX);
	return 0;
}

int parse_choice(const char *s, const char *const *names, int *out, char *err,
	size_t errlen)
{
	size_t used;
	int i;

	for (i = 0; names[i]; i++) {
		if (!strcmp(s, names[i])) {
			*out = i;
			return 0;
		}
	}
	if (err && errlen) {
		used = (size_t)snprintf(err, errlen, "must be one of:");
		for (i = 0; names[i] && used < errlen; i++)
			used += (size_t)snprintf(err + used, errlen - used,
				"%s %s", i ? "," : "", names[i]);
	}
	return -EINVAL;
}

int parse_kconfig_string(
	const char *s, char *out, const char **end, char *err, size_t errlen)
{
	const char *p = s + 1;

	if (s[0] != '"')
		return parse_fail(
			err, errlen, -EINVAL, "not a string (no opening '\"')");
	while (*p != '"') {
		/* Kconfig's reader drops a backslash, keeping what follows. */
		if (*p == '\\')
			p++;
		if (!*p)
			return parse_fail(
				err, errlen, -EINVAL, "unterminated string");
		*out++ = *p++;
	}
	*out = '\0';
	p++;
	if (end)
		*end = p;
	else if (*p)
		return parse_fail(
			err, errlen, -EINVAL, "text after the closing quote");
	return 0;
}

/* -- devices and cgroup limits -- */

/* One number of MAJOR:MINOR, or '*': [s, end) */
static int dev_number(const char *s, const char *end, long max, long *out,
	const char *what, char *err, size_t errlen)
{
	long v = 0;
	const char *p;

	if (end - s == 1 && *s == '*') {
		*out = PARSE_DEV_ANY;
		return 0;
	}
	if (end == s)
		return parse_fail(err, errlen, -EINVAL, "empty %s number", what);
	for (p = s; p < end; p++) {
		if (!is_digit(*p))
			return parse_fail(err, errlen, -EINVAL,
				"%s is not a number or '*'", what);
		v = v * 10 + (*p - '0');
		if (v > max)
			return parse_fail(err, errlen, -ERANGE,
				"%s out of range (0 to %ld)", what, max);
	}
	*out = v;
	return 0;
}

static int dev_access(const char *s, size_t len, unsigned int *out, char *err,
	size_t errlen)
{
	unsigned int a = 0, bit;
	char cb[16];
	size_t i;

	for (i = 0; i < len; i++) {
		switch (s[i]) {
		case 'r': bit = PARSE_DEV_R; break;
		case 'w': bit = PARSE_DEV_W; break;
		case 'm': bit = PARSE_DEV_M; break;
		default:
			return parse_fail(err, errlen, -EINVAL,
				"access %s is not r, w or m", show_char(s[i], cb));
		}
		if (a & bit)
			return parse_fail(err, errlen, -EINVAL,
				"access '%c' given twice", s[i]);
		a |= bit;
	}
	*out = a;
	return 0;
}

int parse_dev_rule(const char *entry, struct parse_dev_rule *rule, char *err,
	size_t errlen)
{
	const char *w[4], *p = entry, *colon;
	size_t wl[4], n = 0, nspec, i;
	char path[PARSE_PATH_MAX], sub[PARSE_ERR_MAX];
	int ret;

	memset(rule, 0, sizeof(*rule));
	rule->major = rule->minor = PARSE_DEV_ANY;
	for (;;) {
		while (is_blank(*p))
			p++;
		if (!*p)
			break;
		if (n == 3)
			return parse_fail(err, errlen, -EINVAL, "too many words");
		w[n] = p;
		while (*p && !is_blank(*p))
			p++;
		wl[n] = (size_t)(p - w[n]);
		n++;
	}
	if (!n)
		return parse_fail(err, errlen, -EINVAL, "empty device rule");

	if (wl[0] == 1 && (w[0][0] == 'c' || w[0][0] == 'b')) {
		rule->kind = PARSE_DEV_NUMBER;
		rule->type = w[0][0];
		if (n < 2)
			return parse_fail(err, errlen, -EINVAL,
				"'%c' needs MAJOR:MINOR", w[0][0]);
		colon = memchr(w[1], ':', wl[1]);
		if (!colon)
			return parse_fail(err, errlen, -EINVAL,
				"expected MAJOR:MINOR after '%c'", w[0][0]);
		ret = dev_number(w[1], colon, PARSE_DEV_MAJOR_MAX,
			&rule->major, "major", err, errlen);
		if (!ret)
			ret = dev_number(colon + 1, w[1] + wl[1],
				PARSE_DEV_MINOR_MAX, &rule->minor, "minor",
				err, errlen);
		if (ret)
			return ret;
		nspec = 2;
	} else if (w[0][0] == '/') {
		rule->kind = PARSE_DEV_PATH;
		if (wl[0] >= sizeof(path))
			return parse_fail(err, errlen, -ENAMETOOLONG,
				"path too long");
		memcpy(path, w[0], wl[0]);
		path[wl[0]] = '\0';
		ret = parse_path(path, sub, sizeof(sub));
		if (ret)
			return parse_fail(err, errlen, ret, "device path: %s", sub);
		rule->name_len = wl[0];
		rule->name = (size_t)(w[0] - entry);
		nspec = 1;
	} else if ((wl[0] > 5 && !strncmp(w[0], "char-", 5)) ||
		   (wl[0] > 6 && !strncmp(w[0], "block-", 6))) {
		rule->kind = PARSE_DEV_CLASS;
		rule->type = w[0][0] == 'c' ? 'c' : 'b';
		i = rule->type == 'c' ? 5 : 6;
		rule->name = (size_t)(w[0] - entry) + i;
		rule->name_len = wl[0] - i;
		if (rule->name_len > PARSE_DEV_CLASS_MAX)
			return parse_fail(err, errlen, -ENAMETOOLONG,
				"device class name longer than %d",
				PARSE_DEV_CLASS_MAX);
		for (i = 0; i < rule->name_len; i++)
			if (is_control(entry[rule->name + i]) ||
				(unsigned char)entry[rule->name + i] >= 0x80)
				return parse_fail(err, errlen, -EINVAL,
					"bad character in device class");
		nspec = 1;
	} else {
		return parse_fail(err, errlen, -EINVAL,
			"expected /dev/PATH, char-CLASS, block-CLASS, or c|b "
			"MAJOR:MINOR");
	}
	if (n > nspec + 1)
		return parse_fail(err, errlen, -EINVAL, "too many words");
	if (n == nspec) {
		rule->access = PARSE_DEV_R | PARSE_DEV_W | PARSE_DEV_M;
		return 0;
	}
	return dev_access(w[nspec], wl[nspec], &rule->access, err, errlen);
}

int parse_bytes(const char *s, unsigned long long *out, char *err,
	size_t errlen)
{
	static const char units[] = "KMGT";
	char num[32], sub[PARSE_ERR_MAX];
	unsigned long long v, mul = 1;
	size_t len = strlen(s);
	const char *u;
	int ret;

	if (len && !is_digit(s[len - 1])) {
		u = strchr(units, s[len - 1]);
		if (!u)
			return parse_fail(err, errlen, -EINVAL,
				"not a size (bytes, or a number with K, M, G "
				"or T)");
		mul = 1ULL << (10 * (u - units + 1));
		len--;
	}
	if (len >= sizeof(num))
		return parse_fail(err, errlen, -ERANGE, "size out of range");
	memcpy(num, s, len);
	num[len] = '\0';
	ret = parse_uint(num, 1, ~0ULL / mul, &v, sub, sizeof(sub));
	if (ret == -ERANGE)
		return parse_fail(err, errlen, ret, "size out of range (1 to 2^64-1 "
					      "bytes)");
	if (ret)
		return parse_fail(err, errlen, ret,
			"not a size (bytes, or a number with K, M, G or T)");
	*out = v * mul;
	return 0;
}

int parse_percent(const char *s, unsigned long min, unsigned long max,
	unsigned long *out, char *err, size_t errlen)
{
	char num[24];
	size_t len = strlen(s);
	unsigned long long v;

	if (!len || s[len - 1] != '%' || len > sizeof(num))
		return parse_fail(err, errlen, -EINVAL, "not a percentage (N%%)");
	memcpy(num, s, len - 1);
	num[len - 1] = '\0';
	if (parse_uint(num, 0, ~0ULL, &v, NULL, 0))
		return parse_fail(err, errlen, -EINVAL, "not a percentage (N%%)");
	if (v < min || v > max)
		return parse_fail(err, errlen, -ERANGE,
			"out of range (%lu%% to %lu%%)", min, max);
	*out = (unsigned long)v;
	return 0;
}

static size_t dev_v1_num(char *o, long v)
{
	char d[12];
	size_t n = 0, k;

	if (v == PARSE_DEV_ANY) {
		*o = '*';
		return 1;
	}
	do
		d[n++] = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	for (k = 0; k < n; k++)
		o[k] = d[n - 1 - k];
	return n;
}

int format_dev_v1_line(char *buf, size_t size, char type, long major,
	long minor, unsigned int access)
{
	char line[FORMAT_DEV_V1_LINE_MAX];
	size_t n = 0;

	if ((type != 'c' && type != 'b') ||
		(major != PARSE_DEV_ANY &&
			(major < 0 || major > PARSE_DEV_MAJOR_MAX)) ||
		(minor != PARSE_DEV_ANY &&
			(minor < 0 || minor > PARSE_DEV_MINOR_MAX)) ||
		!access || (access & ~(unsigned int)(PARSE_DEV_R | PARSE_DEV_W |
						    PARSE_DEV_M)))
		return -EINVAL;
	/* at most "c 4095:1048575 rwm": 18 bytes */
	line[n++] = type;
	line[n++] = ' ';
	n += dev_v1_num(line + n, major);
	line[n++] = ':';
	n += dev_v1_num(line + n, minor);
	line[n++] = ' ';
	if (access & PARSE_DEV_R)
		line[n++] = 'r';
	if (access & PARSE_DEV_W)
		line[n++] = 'w';
	if (access & PARSE_DEV_M)
		line[n++] = 'm';
	if (n + 1 > size)
		return -ENAMETOOLONG;
	memcpy(buf, line, n);
	buf[n] = '\0';
	return (int)n;
}

const char *const parse_reload_signal_names[PARSE_SIG_COUNT + 1] = {
	[PARSE_SIG_HUP] = "SIGHUP",
	[PARSE_SIG_INT] = "SIGINT",
	[PARSE_SIG_QUIT] = "SIGQUIT",
	[PARSE_SIG_USR1] = "SIGUSR1",
	[PARSE_SIG_USR2] = "SIGUSR2",
	[PARSE_SIG_ALRM] = "SIGALRM",
	[PARSE_SIG_TERM] = "SIGTERM",
	[PARSE_SIG_WINCH] = "SIGWINCH",
	[PARSE_SIG_PWR] = "SIGPWR",
	[PARSE_SIG_COUNT] = NULL,
};
