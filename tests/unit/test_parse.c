/*
 * test_parse.c - every value parser of lib/parse.c against a table of good
 * and bad inputs, with the exact result or error text expected.
 *
 * Each expectation is one string: "ok: <value>" or "<ERRNO>: <message>",
 * so a failure prints both sides in the same form.
 */
#include "check.h"
#include "parse.h"

#include <errno.h>
#include <stdlib.h>

struct tcase {
	const char *in;
	const char *want;
};

static const char *errname(int ret)
{
	switch (ret) {
	case -EINVAL:
		return "EINVAL";
	case -ERANGE:
		return "ERANGE";
	case -ENAMETOOLONG:
		return "ENAMETOOLONG";
	default:
		return "unexpected errno";
	}
}

/* The result of one call as "ok: value" or "ERRNO: message". */
static void result(
	char *got, size_t len, int ret, const char *err, const char *value)
{
	if (ret)
		snprintf(got, len, "%s: %s", errname(ret), err);
	else
		snprintf(got, len, "ok: %s", value);
}

static void expect(
	const char *fn, const char *in, const char *want, const char *got)
{
	char name[600], show[400];

	snprintf(name, sizeof(name), "%s(\"%s\") -> %s", fn,
		check_show(in, show, sizeof(show)), want);
	check_str(name, want, got);
}

/* Words shown as [w1][w2]: an empty word is [] and no word is nothing. */
static void run_words(
	const char *fn, int argv_mode, const struct tcase *c, size_t n)
{
	char got[1024], err[PARSE_ERR_MAX], joined[800];
	size_t i, k, nw, used;
	char *buf, **words;
	int ret;

	for (i = 0; i < n; i++) {
		buf = malloc(strlen(c[i].in) + 1);
		words = malloc(parse_words_max(c[i].in) * sizeof(*words));
		err[0] = '\0';
		if (argv_mode)
			ret = parse_argv(
				c[i].in, buf, words, &nw, err, sizeof(err));
		else
			ret = parse_words(
				c[i].in, buf, words, &nw, err, sizeof(err));
		used = 0;
		joined[0] = '\0';
		for (k = 0; !ret && k < nw && used < sizeof(joined); k++)
			used += (size_t)snprintf(joined + used,
				sizeof(joined) - used, "[%s]", words[k]);
		if (!ret && words[nw] != NULL)
			snprintf(joined, sizeof(joined), "not NULL-terminated");
		result(got, sizeof(got), ret, err, joined);
		expect(fn, c[i].in, c[i].want, got);
		free(buf);
		free(words);
	}
}

/* clang-format off */
static const struct tcase words_cases[] = {
	{ "", "ok: " },
	{ " \t\n ", "ok: " },
	{ "a", "ok: [a]" },
	{ "a b  c", "ok: [a][b][c]" },
	{ "\ta\tb \n", "ok: [a][b]" },
	{ "'a b'", "ok: [a b]" },
	{ "'a\"b'", "ok: [a\"b]" },
	{ "'a\\b'", "ok: [a\\b]" },
	{ "'$x `y` a|b'", "ok: [$x `y` a|b]" },
	{ "\"a b\"", "ok: [a b]" },
	{ "\"a\\\"b\"", "ok: [a\"b]" },
	{ "\"a\\\\b\"", "ok: [a\\b]" },
	{ "\"\\$x\"", "ok: [$x]" },
	{ "\"\\`x\"", "ok: [`x]" },
	{ "\"a\\nb\"", "ok: [a\\nb]" },
	{ "\"it's\"", "ok: [it's]" },
	{ "\"a|b;c\"", "ok: [a|b;c]" },
	{ "a\\ b", "ok: [a b]" },
	{ "\\'", "ok: [']" },
	{ "\\$HOME", "ok: [$HOME]" },
	{ "a'b'c\"d\"e", "ok: [abcde]" },
	{ "''", "ok: []" },
	{ "'' x \"\"", "ok: [][x][]" },
	{ "KEY=\"a b\" K2='c'", "ok: [KEY=a b][K2=c]" },
	{ "'abc", "EINVAL: unterminated single quote" },
	{ "a 'b", "EINVAL: unterminated single quote" },
	{ "\"abc", "EINVAL: unterminated double quote" },
	{ "\"abc\\\"", "EINVAL: unterminated double quote" },
	{ "abc\\", "EINVAL: backslash at the end" },
	{ "a|b", "EINVAL: unquoted '|': there is no shell, quote it" },
	{ "a > b", "EINVAL: unquoted '>': there is no shell, quote it" },
	{ "a <b", "EINVAL: unquoted '<': there is no shell, quote it" },
	{ "a;b", "EINVAL: unquoted ';': there is no shell, quote it" },
	{ "a &", "EINVAL: unquoted '&': there is no shell, quote it" },
	{ "(a)", "EINVAL: unquoted '(': there is no shell, quote it" },
	{ "$HOME", "EINVAL: unquoted '$': there is no shell, quote it" },
	{ "`id`", "EINVAL: unquoted '`': there is no shell, quote it" },
	{ "\"$HOME\"",
	  "EINVAL: '$' in double quotes: there is no shell, write \\$" },
	{ "\"`id`\"",
	  "EINVAL: '`' in double quotes: there is no shell, write \\`" },
	/* $'...': the generator's own spelling of control bytes */
	{ "$'a\\nb'", "ok: [a\nb]" },
	{ "x$'\\t'y", "ok: [x\ty]" },
	{ "$'\\a\\b\\e\\E\\f\\r\\v'", "ok: [\a\b\033\033\f\r\v]" },
	{ "$'\\\\ \\' \\\" \\?'", "ok: [\\ ' \" ?]" },
	{ "$'\\101\\0102\\7'", "ok: [A\b2\a]" },
	{ "$'\\x41\\x4a\\x4Bz\\x7'", "ok: [AJKz\a]" },
	{ "$'it''s'", "ok: [its]" },
	{ "$'' a", "ok: [][a]" },
	{ "$'a b' c", "ok: [a b][c]" },
	{ "$'$x `y`|;'", "ok: [$x `y`|;]" },
	{ "$'abc", "EINVAL: unterminated $'...' quote" },
	{ "$'abc\\'", "EINVAL: unterminated $'...' quote" },
	{ "$'a\\", "EINVAL: unterminated $'...' quote" },
	{ "$'\\q'",
	  "EINVAL: unknown escape: backslash and 'q' in $'...' (known: \\a \\b \\e \\f \\n \\r \\t \\v \\\\ \\' \\\" \\? \\NNN \\xHH)" },
	{ "$'\\xg'",
	  "EINVAL: unknown escape: backslash and 'x' in $'...' (known: \\a \\b \\e \\f \\n \\r \\t \\v \\\\ \\' \\\" \\? \\NNN \\xHH)" },
	{ "$'\\0'", "EINVAL: escape in $'...' is a NUL byte: an argument cannot hold it" },
	{ "$'\\x00'", "EINVAL: escape in $'...' is a NUL byte: an argument cannot hold it" },
	{ "$'\\777'", "EINVAL: escape in $'...' is over \\377: an argument cannot hold it" },
	{ "$\"a\"", "EINVAL: unquoted '$': there is no shell, quote it" },
};
/* clang-format on */

/* clang-format off */
static const struct tcase argv_cases[] = {
	{ "/bin/sh", "ok: [/bin/sh]" },
	{ "/bin/sh -c 'echo hi; exit 3'", "ok: [/bin/sh][-c][echo hi; exit 3]" },
	{ "/bin/x ''", "ok: [/bin/x][]" },
	{ "", "EINVAL: empty command line" },
	{ "   ", "EINVAL: empty command line" },
	{ "/bin/x 'a", "EINVAL: unterminated single quote" },
};
/* clang-format on */

typedef int (*check_fn)(const char *, char *, size_t);

static void run_checks(
	const char *fn, check_fn f, const struct tcase *c, size_t n)
{
	char got[512], err[PARSE_ERR_MAX];
	size_t i;
	int ret;

	for (i = 0; i < n; i++) {
		err[0] = '\0';
		ret = f(c[i].in, err, sizeof(err));
		result(got, sizeof(got), ret, err, c[i].in);
		expect(fn, c[i].in, c[i].want, got);
	}
}

/* clang-format off */
static const struct tcase env_cases[] = {
	{ "A=1", "ok: A=1" },
	{ "_a9=", "ok: _a9=" },
	{ "PATH=/bin:/sbin", "ok: PATH=/bin:/sbin" },
	{ "A==b c", "ok: A==b c" },
	{ "A", "EINVAL: missing '=' (expected KEY=value)" },
	{ "", "EINVAL: missing '=' (expected KEY=value)" },
	{ "=x", "EINVAL: empty variable name" },
	{ "1A=x", "EINVAL: variable name starts with a digit" },
	{ "A-B=x",
	  "EINVAL: invalid character '-' in variable name (allowed: A-Z a-z 0-9 _)" },
	{ "A B=x",
	  "EINVAL: invalid character ' ' in variable name (allowed: A-Z a-z 0-9 _)" },
	{ "A\tB=x",
	  "EINVAL: invalid character byte 0x09 in variable name (allowed: A-Z a-z 0-9 _)" },
};
/* clang-format on */

/* clang-format off */
static const struct tcase id_cases[] = {
	{ "a", "ok: a" },
	{ "httpd", "ok: httpd" },
	{ "net_2", "ok: net_2" },
	{ "abcdefghijklmnopqrstuvwxyz01234", "ok: abcdefghijklmnopqrstuvwxyz01234" },
	{ "abcdefghijklmnopqrstuvwxyz012345",
	  "ENAMETOOLONG: service id longer than 31 characters" },
	{ "", "EINVAL: empty service id" },
	{ "1a", "EINVAL: service id must start with a letter a-z" },
	{ "_a", "EINVAL: service id must start with a letter a-z" },
	{ "Httpd", "EINVAL: service id must start with a letter a-z" },
	{ "httpD",
	  "EINVAL: invalid character 'D' in service id (allowed: a-z 0-9 _)" },
	{ "ht-tpd",
	  "EINVAL: invalid character '-' in service id (allowed: a-z 0-9 _)" },
	{ "a.b",
	  "EINVAL: invalid character '.' in service id (allowed: a-z 0-9 _)" },
	{ "a/b",
	  "EINVAL: invalid character '/' in service id (allowed: a-z 0-9 _)" },
};
/* clang-format on */

/* clang-format off */
static const struct tcase path_cases[] = {
	{ "/", "ok: /" },
	{ "/a", "ok: /a" },
	{ "/usr/sbin/httpd", "ok: /usr/sbin/httpd" },
	{ "/a/.b/..c/b..", "ok: /a/.b/..c/b.." },
	{ "/a b/\"c\"", "ok: /a b/\"c\"" },
	{ "", "EINVAL: empty path" },
	{ "a/b", "EINVAL: not an absolute path" },
	{ "./a", "EINVAL: not an absolute path" },
	{ "~/a", "EINVAL: not an absolute path" },
	{ "/a//b", "EINVAL: empty component ('//')" },
	{ "//a", "EINVAL: empty component ('//')" },
	{ "//", "EINVAL: path ends with '/'" },
	{ "/a/", "EINVAL: path ends with '/'" },
	{ "/./a", "EINVAL: '.' component" },
	{ "/a/.", "EINVAL: '.' component" },
	{ "/a/../b", "EINVAL: '..' component" },
	{ "/..", "EINVAL: '..' component" },
	{ "/a/..", "EINVAL: '..' component" },
	{ "/srv/jail ", "EINVAL: component \"jail \" starts or ends with a space" },
	{ "/srv/ jail", "EINVAL: component \" jail\" starts or ends with a space" },
	{ "/srv /jail", "EINVAL: component \"srv \" starts or ends with a space" },
	{ "/ ", "EINVAL: component \" \" starts or ends with a space" },
	{ "/a\nb", "EINVAL: control character in path" },
	{ "/a\177", "EINVAL: control character in path" },
	{ "/\033[1m", "EINVAL: control character in path" },
};
/* clang-format on */

/* clang-format off */
static const struct tcase hostname_cases[] = {
	{ "rampart", "ok: rampart" },
	{ "a", "ok: a" },
	{ "A1", "ok: A1" },
	{ "router-1.example.org", "ok: router-1.example.org" },
	{ "1.2", "ok: 1.2" },
	{ "", "EINVAL: empty hostname" },
	{ ".a", "EINVAL: empty label (hostname starts or ends with '.', or has '..')" },
	{ "a.", "EINVAL: empty label (hostname starts or ends with '.', or has '..')" },
	{ "a..b", "EINVAL: empty label (hostname starts or ends with '.', or has '..')" },
	{ "-a", "EINVAL: label starts or ends with '-'" },
	{ "a-", "EINVAL: label starts or ends with '-'" },
	{ "a.-b", "EINVAL: label starts or ends with '-'" },
	{ "a_b",
	  "EINVAL: invalid character '_' in hostname (allowed: letters, digits, '-', '.')" },
	{ "a b",
	  "EINVAL: invalid character ' ' in hostname (allowed: letters, digits, '-', '.')" },
	{ "caf\303\251",
	  "EINVAL: invalid character byte 0xc3 in hostname (allowed: letters, digits, '-', '.')" },
};
/* clang-format on */

/* clang-format off */
static const struct tcase module_cases[] = {
	{ "virtio_net", "ok: virtio_net" },
	{ "e1000e", "ok: e1000e" },
	{ "nf-conntrack", "ok: nf-conntrack" },
	{ "", "EINVAL: empty module name" },
	{ "virtio_net.ko",
	  "EINVAL: invalid character '.' in module name (allowed: letters, digits, '_', '-')" },
	{ "kernel/net/a",
	  "EINVAL: invalid character '/' in module name (allowed: letters, digits, '_', '-')" },
	{ "a b",
	  "EINVAL: invalid character ' ' in module name (allowed: letters, digits, '_', '-')" },
};
/* clang-format on */

struct ucase {
	const char *in;
	unsigned long long min, max;
	const char *want;
};

/* clang-format off */
static const struct ucase uint_cases[] = {
	{ "0", 0, 10, "ok: 0" },
	{ "10", 0, 10, "ok: 10" },
	{ "007", 0, 10, "ok: 7" },
	{ "5", 5, 10, "ok: 5" },
	{ "4294967295", 0, 4294967295ULL, "ok: 4294967295" },
	{ "18446744073709551615", 0, ~0ULL, "ok: 18446744073709551615" },
	{ "11", 0, 10, "ERANGE: out of range (0 to 10)" },
	{ "4", 5, 10, "ERANGE: out of range (5 to 10)" },
	{ "4294967296", 0, 4294967295ULL,
	  "ERANGE: out of range (0 to 4294967295)" },
	{ "18446744073709551616", 0, ~0ULL,
	  "ERANGE: out of range (0 to 18446744073709551615)" },
	{ "99999999999999999999999", 0, ~0ULL,
	  "ERANGE: out of range (0 to 18446744073709551615)" },
	{ "99999999999999999999999x", 0, ~0ULL,
	  "EINVAL: not a decimal number" },
	{ "", 0, 10, "EINVAL: empty number" },
	{ "-1", 0, 10, "EINVAL: not a decimal number" },
	{ "+1", 0, 10, "EINVAL: not a decimal number" },
	{ " 1", 0, 10, "EINVAL: not a decimal number" },
	{ "1 ", 0, 10, "EINVAL: not a decimal number" },
	{ "0x10", 0, 100, "EINVAL: not a decimal number" },
	{ "1e3", 0, 10000, "EINVAL: not a decimal number" },
};
/* clang-format on */

static void run_uint(void)
{
	char got[512], err[PARSE_ERR_MAX], val[32], fn[80];
	unsigned long long v;
	size_t i;
	int ret;

	for (i = 0; i < sizeof(uint_cases) / sizeof(uint_cases[0]); i++) {
		const struct ucase *c = &uint_cases[i];

		v = 12345;
		ret = parse_uint(c->in, c->min, c->max, &v, err, sizeof(err));
		snprintf(val, sizeof(val), "%llu", v);
		result(got, sizeof(got), ret, err, val);
		snprintf(fn, sizeof(fn), "parse_uint[%llu..%llu]", c->min,
			c->max);
		expect(fn, c->in, c->want, got);
	}
}

/* clang-format off */
static const struct tcase umask_cases[] = {
	{ "0022", "ok: 0022" },
	{ "022", "ok: 0022" },
	{ "0", "ok: 0000" },
	{ "7", "ok: 0007" },
	{ "0777", "ok: 0777" },
	{ "777", "ok: 0777" },
	{ "0077", "ok: 0077" },
	{ "", "EINVAL: empty umask" },
	{ "0778", "EINVAL: not an octal umask (0000 to 0777)" },
	{ "00022", "EINVAL: not an octal umask (0000 to 0777)" },
	{ "0x22", "EINVAL: not an octal umask (0000 to 0777)" },
	{ "-022", "EINVAL: not an octal umask (0000 to 0777)" },
	{ "u=rwx", "EINVAL: not an octal umask (0000 to 0777)" },
	{ "1000", "ERANGE: umask out of range (0000 to 0777)" },
	{ "7777", "ERANGE: umask out of range (0000 to 0777)" },
};
/* clang-format on */

static void run_umask(void)
{
	char got[512], err[PARSE_ERR_MAX], val[32];
	size_t i;
	mode_t m;
	int ret;

	for (i = 0; i < sizeof(umask_cases) / sizeof(umask_cases[0]); i++) {
		m = 0;
		ret = parse_umask(umask_cases[i].in, &m, err, sizeof(err));
		snprintf(val, sizeof(val), "%04o", (unsigned int)m);
		result(got, sizeof(got), ret, err, val);
		expect("parse_umask", umask_cases[i].in, umask_cases[i].want,
			got);
	}
}

/* clang-format off */
static const char *const restart_names[] = {
	"no", "on-failure", "always", NULL
};
/* clang-format on */

/* clang-format off */
static const struct tcase choice_cases[] = {
	{ "no", "ok: 0" },
	{ "on-failure", "ok: 1" },
	{ "always", "ok: 2" },
	{ "", "EINVAL: must be one of: no, on-failure, always" },
	{ "Always", "EINVAL: must be one of: no, on-failure, always" },
	{ "always ", "EINVAL: must be one of: no, on-failure, always" },
	{ "on_failure", "EINVAL: must be one of: no, on-failure, always" },
};
/* clang-format on */

static void run_choice(void)
{
	char got[512], err[PARSE_ERR_MAX], val[32], small[12];
	size_t i;
	int ret, v;

	for (i = 0; i < sizeof(choice_cases) / sizeof(choice_cases[0]); i++) {
		v = -1;
		ret = parse_choice(choice_cases[i].in, restart_names, &v, err,
			sizeof(err));
		snprintf(val, sizeof(val), "%d", v);
		result(got, sizeof(got), ret, err, val);
		expect("parse_choice", choice_cases[i].in, choice_cases[i].want,
			got);
	}
	/* A short buffer is cut, never overrun. */
	parse_choice("x", restart_names, &v, small, sizeof(small));
	check_str("parse_choice(\"x\") with a 12-byte buffer -> cut message",
		"must be one", small);
}

/* clang-format off */
static const struct tcase kstring_cases[] = {
	{ "\"\"", "ok: " },
	{ "\"abc\"", "ok: abc" },
	{ "\"a b\"", "ok: a b" },
	{ "\"a\\\"b\"", "ok: a\"b" },
	{ "\"a\\\\b\"", "ok: a\\b" },
	{ "\"\\\\\\\"\"", "ok: \\\"" },
	{ "\"a\\nb\"", "ok: anb" },
	{ "\"'x' $y\"", "ok: 'x' $y" },
	{ "abc", "EINVAL: not a string (no opening '\"')" },
	{ "", "EINVAL: not a string (no opening '\"')" },
	{ " \"a\"", "EINVAL: not a string (no opening '\"')" },
	{ "\"abc", "EINVAL: unterminated string" },
	{ "\"abc\\\"", "EINVAL: unterminated string" },
	{ "\"abc\\", "EINVAL: unterminated string" },
	{ "\"a\" x", "EINVAL: text after the closing quote" },
	{ "\"a\"\"b\"", "EINVAL: text after the closing quote" },
};
/* clang-format on */

static void run_kstring(void)
{
	char got[512], err[PARSE_ERR_MAX], *out;
	const char *end;
	size_t i;
	int ret;

	for (i = 0; i < sizeof(kstring_cases) / sizeof(kstring_cases[0]); i++) {
		out = malloc(strlen(kstring_cases[i].in) + 1);
		ret = parse_kconfig_string(
			kstring_cases[i].in, out, NULL, err, sizeof(err));
		result(got, sizeof(got), ret, err, out);
		expect("parse_kconfig_string", kstring_cases[i].in,
			kstring_cases[i].want, got);
		free(out);
	}
	/* With end, what follows the literal is the caller's business. */
	out = malloc(32);
	ret = parse_kconfig_string(
		"\"a\\\"b\" if FOO", out, &end, err, sizeof(err));
	snprintf(got, sizeof(got), "%d [%s] [%s]", ret, out, end);
	check_str(
		"parse_kconfig_string(\"a\\\"b\" if FOO, &end) -> rest after the quote",
		"0 [a\"b] [ if FOO]", got);
	free(out);
}

/* Lengths at the limits, built at run time. */
static void run_lengths(void)
{
	char *p = malloc(PARSE_PATH_MAX + 2), got[512], err[PARSE_ERR_MAX];
	char label[80];
	int ret;

	memset(p, 'a', PARSE_PATH_MAX + 1);
	p[0] = '/';
	p[PARSE_PATH_MAX - 1] = '\0';
	ret = parse_path(p, err, sizeof(err));
	result(got, sizeof(got), ret, err, "4095 bytes");
	check_str("parse_path(4095-byte path) -> ok", "ok: 4095 bytes", got);
	p[PARSE_PATH_MAX - 1] = 'a';
	p[PARSE_PATH_MAX] = '\0';
	ret = parse_path(p, err, sizeof(err));
	result(got, sizeof(got), ret, err, "4096 bytes");
	check_str("parse_path(4096-byte path) -> too long",
		"ENAMETOOLONG: path longer than 4095 characters", got);
	free(p);

	memset(label, 'h', 63);
	label[63] = '\0';
	ret = parse_hostname(label, err, sizeof(err));
	result(got, sizeof(got), ret, err, "63");
	check_str(
		"parse_hostname(one 63-character label) -> ok", "ok: 63", got);
	strcpy(label + 62, ".0");
	ret = parse_hostname(label, err, sizeof(err));
	result(got, sizeof(got), ret, err, "64");
	check_str("parse_hostname(64 characters) -> ok", "ok: 64", got);
	strcpy(label + 62, ".01");
	ret = parse_hostname(label, err, sizeof(err));
	result(got, sizeof(got), ret, err, "65");
	check_str("parse_hostname(65 characters) -> too long",
		"ENAMETOOLONG: hostname longer than 64 characters", got);
	memset(label, 'h', 64);
	label[64] = '\0';
	ret = parse_hostname(label, err, sizeof(err));
	result(got, sizeof(got), ret, err, "64");
	check_str("parse_hostname(one 64-character label) -> label too long",
		"EINVAL: label longer than 63 characters", got);

	memset(label, 'm', 55);
	label[55] = '\0';
	ret = parse_module(label, err, sizeof(err));
	result(got, sizeof(got), ret, err, "55");
	check_str("parse_module(55 characters) -> ok", "ok: 55", got);
	strcpy(label + 55, "m");
	ret = parse_module(label, err, sizeof(err));
	result(got, sizeof(got), ret, err, "56");
	check_str("parse_module(56 characters) -> too long",
		"ENAMETOOLONG: module name longer than 55 characters", got);
}

/* PID 1 may pass no buffer at all when it only needs the verdict. */
static void run_no_err_buffer(void)
{
	char buf[16], *words[16];
	unsigned long long v;
	size_t n;
	mode_t m;
	int r = 0, c;

	r |= parse_words("'a", buf, words, &n, NULL, 0) != -EINVAL;
	r |= parse_argv("", buf, words, &n, NULL, 0) != -EINVAL;
	r |= parse_env("1=", NULL, 0) != -EINVAL;
	r |= parse_svc_id("", NULL, 0) != -EINVAL;
	r |= parse_path("a", NULL, 0) != -EINVAL;
	r |= parse_uint("9", 0, 1, &v, NULL, 0) != -ERANGE;
	r |= parse_umask("8", &m, NULL, 0) != -EINVAL;
	r |= parse_hostname("-", NULL, 0) != -EINVAL;
	r |= parse_module("", NULL, 0) != -EINVAL;
	r |= parse_choice("x", restart_names, &c, NULL, 0) != -EINVAL;
	r |= parse_kconfig_string("x", buf, NULL, NULL, 0) != -EINVAL;
	check(!r, "every parser fails cleanly with err == NULL", "0",
		r ? "1" : "0");
}

#define RUN(fn, parser, cases)                                                 \
	run_checks(fn, parser, cases, sizeof(cases) / sizeof(cases[0]))

/* parse_c_text: the bytes shown as [..] (check_show spells control bytes). */
static void run_c_text(void)
{
	/* clang-format off */
	static const struct tcase c[] = {
		{ "", "ok: []" },
		{ "plain 'quoted' \"too\"", "ok: [plain 'quoted' \"too\"]" },
		{ "a\\nb\\tc", "ok: [a\\012b\\011c]" },
		{ "\\101\\x42\\\\", "ok: [AB\\134]" },
		{ "end\\", "EINVAL: backslash at the end" },
		{ "\\q", "EINVAL: unknown escape: backslash and 'q' in the text (known: \\a \\b \\e \\f \\n \\r \\t \\v \\\\ \\' \\\" \\? \\NNN \\xHH)" },
		{ "a\\0b", "EINVAL: escape in the text is a NUL byte: text cannot hold it" },
	};
	/* clang-format on */
	char buf[64], val[300], got[600], err[PARSE_ERR_MAX], show[200];
	size_t i, len;
	int ret;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		err[0] = '\0';
		ret = parse_c_text(c[i].in, buf, &len, err, sizeof(err));
		buf[ret ? 0 : len] = '\0';
		snprintf(val, sizeof(val), "[%s]",
			check_show(buf, show, sizeof(show)));
		result(got, sizeof(got), ret, err, val);
		expect("parse_c_text", c[i].in, c[i].want, got);
	}
}

int main(void)
{
	run_words("parse_words", 0, words_cases,
		sizeof(words_cases) / sizeof(words_cases[0]));
	run_words("parse_argv", 1, argv_cases,
		sizeof(argv_cases) / sizeof(argv_cases[0]));
	RUN("parse_env", parse_env, env_cases);
	RUN("parse_svc_id", parse_svc_id, id_cases);
	RUN("parse_path", parse_path, path_cases);
	RUN("parse_hostname", parse_hostname, hostname_cases);
	RUN("parse_module", parse_module, module_cases);
	run_uint();
	run_umask();
	run_choice();
	run_kstring();
	run_c_text();
	run_lengths();
	run_no_err_buffer();
	return check_done("parse");
}
