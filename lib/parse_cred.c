/* parse_cred.c - parsers of the credential options: capabilities, secure bits,
 * rlimits. */
#include "parse_cred.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define WORD_MAX 64 /* longer than any name or NAME=soft:hard */


static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static char upper(char c)
{
	return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

/*
 * The next blank-separated word of *pp into w (NUL-terminated): 1, 0 at
 * the end, or -ENAMETOOLONG.
 */
static int next_word(const char **pp, char w[WORD_MAX])
{
	const char *p = *pp;
	size_t n = 0;

	while (is_blank(*p))
		p++;
	if (!*p)
		return 0;
	while (*p && !is_blank(*p)) {
		if (n + 1 >= WORD_MAX)
			return -ENAMETOOLONG;
		w[n++] = *p++;
	}
	w[n] = '\0';
	*pp = p;
	return 1;
}

/* Case-insensitive edit distance of two short words (for suggestions). */
static unsigned int distance(const char *a, const char *b)
{
	unsigned int row[WORD_MAX + 1], i, j, diag, up, best;
	size_t la = strlen(a), lb = strlen(b);

	if (la > WORD_MAX || lb > WORD_MAX)
		return ~0U;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		diag = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			up = row[j];
			best = diag + (lower(a[i - 1]) != lower(b[j - 1]));
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[lb];
}

/* names[i] as CAP_NAME in upper case, into out. */
static void cap_upper(const char *name, char out[WORD_MAX])
{
	size_t i;

	memcpy(out, "CAP_", 4);
	for (i = 0; name[i] && i + 5 < WORD_MAX; i++)
		out[4 + i] = upper(name[i]);
	out[4 + i] = '\0';
}

static int cap_lookup(const char *w, const char *const *names, size_t n,
	char *err, size_t errlen)
{
	char full[WORD_MAX], best_name[WORD_MAX] = "";
	unsigned int d, best = ~0U;
	size_t i;

	for (i = 0; i < n; i++) {
		if (!names[i])
			continue;
		cap_upper(names[i], full);
		if (!strcasecmp(w, full))
			return (int)i;
		/* A name the word begins (CAP_NET_BIND) is the best guess. */
		d = strncasecmp(w, full, strlen(w)) ? distance(w, full) : 0;
		if (d < best) {
			best = d;
			memcpy(best_name, full, sizeof(full));
		}
	}
	/* A suggestion only when it is plausibly what was meant. */
	if (best_name[0] && best <= 3 + strlen(w) / 4)
		return parse_fail(err, errlen, -EINVAL,
			"unknown capability %s (did you mean %s?)", w,
			best_name);
	return parse_fail(err, errlen, -EINVAL, "unknown capability %s", w);
}

int parse_caps(const char *s, const char *const *names, size_t nnames,
	int allow_invert, uint64_t *mask, int *invert, char *err, size_t errlen)
{
	const char *p = s;
	char w[WORD_MAX];
	uint64_t m = 0;
	int r, cap;

	*mask = 0;
	*invert = 0;
	while (is_blank(*p))
		p++;
	if (*p == '~') {
		if (!allow_invert)
			return parse_fail(err, errlen, -EINVAL,
				"'~' (all but) is not allowed here: list the capabilities");
		*invert = 1;
		p++;
	}
	while ((r = next_word(&p, w)) > 0) {
		if (w[0] == '~')
			return parse_fail(err, errlen, -EINVAL,
				"'~' only at the start of the list");
		cap = cap_lookup(w, names, nnames, err, errlen);
		if (cap < 0)
			return cap;
		if (cap > 63)
			return parse_fail(err, errlen, -ERANGE,
				"capability %s above 63", w);
		if (m & ((uint64_t)1 << cap))
			return parse_fail(
				err, errlen, -EINVAL, "%s is listed twice", w);
		m |= (uint64_t)1 << cap;
	}
	if (r < 0)
		return parse_fail(err, errlen, r, "word longer than %d characters",
			WORD_MAX - 1);
	*mask = m;
	return 0;
}

const char *const parse_securebit_names[] = {
	"noroot",
	"noroot-locked",
	"no-setuid-fixup",
	"no-setuid-fixup-locked",
	"keep-caps",
	"keep-caps-locked",
	NULL,
};

int parse_securebits(
	const char *s, unsigned int *bits, char *err, size_t errlen)
{
	const char *p = s;
	char w[WORD_MAX];
	unsigned int b = 0, i;
	int r;

	while ((r = next_word(&p, w)) > 0) {
		for (i = 0; parse_securebit_names[i]; i++)
			if (!strcmp(w, parse_securebit_names[i]))
				break;
		if (!parse_securebit_names[i])
			return parse_fail(err, errlen, -EINVAL,
				"unknown secure bit %.24s (known: noroot, no-setuid-fixup, keep-caps, each also as NAME-locked)",
				w);
		if (b & (1U << i))
			return parse_fail(
				err, errlen, -EINVAL, "%s is listed twice", w);
		b |= 1U << i;
	}
	if (r < 0)
		return parse_fail(err, errlen, r, "word longer than %d characters",
			WORD_MAX - 1);
	*bits = b;
	return 0;
}

/* In RLIMIT_* number order on the generic ABI; PID 1 uses the names. */
const char *const parse_rlimit_names[PARSE_RLIMIT_COUNT + 1] = {
	"CPU",
	"FSIZE",
	"DATA",
	"STACK",
	"CORE",
	"RSS",
	"NPROC",
	"NOFILE",
	"MEMLOCK",
	"AS",
	"LOCKS",
	"SIGPENDING",
	"MSGQUEUE",
	"NICE",
	"RTPRIO",
	"RTTIME",
	NULL,
};

/* One limit value: a decimal number below 2^64-1 or "infinity". */
static int limit_value(const char *s, size_t len, uint64_t *v)
{
	uint64_t n = 0;
	size_t i;

	if (len == 8 && !strncmp(s, "infinity", 8)) {
		*v = PARSE_RLIMIT_INFINITY;
		return 0;
	}
	if (!len)
		return -EINVAL;
	for (i = 0; i < len; i++) {
		unsigned int d = (unsigned int)(s[i] - '0');

		if (d > 9)
			return -EINVAL;
		if (n > (PARSE_RLIMIT_INFINITY - 1 - d) / 10)
			return -ERANGE;
		n = n * 10 + d;
	}
	*v = n;
	return 0;
}

int parse_limits(const char *s, struct parse_rlimit *out, size_t *n, char *err,
	size_t errlen)
{
	const char *p = s, *eq, *colon, *val;
	uint64_t seen = 0;
	char w[WORD_MAX];
	unsigned int i;
	int r, e;

	*n = 0;
	while ((r = next_word(&p, w)) > 0) {
		eq = strchr(w, '=');
		if (!eq)
			return parse_fail(err, errlen, -EINVAL,
				"\"%s\": expected NAME=soft[:hard]", w);
		for (i = 0; i < PARSE_RLIMIT_COUNT; i++)
			if (strlen(parse_rlimit_names[i]) == (size_t)(eq - w) &&
				!strncmp(w, parse_rlimit_names[i],
					(size_t)(eq - w)))
				break;
		if (i == PARSE_RLIMIT_COUNT)
			return parse_fail(err, errlen, -EINVAL,
				"unknown limit %.*s (known: CPU FSIZE DATA STACK CORE RSS NOFILE AS NPROC MEMLOCK LOCKS SIGPENDING MSGQUEUE NICE RTPRIO RTTIME)",
				(int)(eq - w > 24 ? 24 : eq - w), w);
		if (seen & (1U << i))
			return parse_fail(err, errlen, -EINVAL, "%s is set twice",
				parse_rlimit_names[i]);
		seen |= 1U << i;
		val = eq + 1;
		colon = strchr(val, ':');
		out[*n].which = i;
		e = limit_value(val,
			colon ? (size_t)(colon - val) : strlen(val),
			&out[*n].soft);
		if (!e)
			out[*n].hard = out[*n].soft;
		if (!e && colon)
			e = limit_value(
				colon + 1, strlen(colon + 1), &out[*n].hard);
		if (e == -ERANGE)
			return parse_fail(err, errlen, e,
				"\"%s\": value out of range (at most 18446744073709551614, or infinity)",
				w);
		if (e)
			return parse_fail(err, errlen, e,
				"\"%s\": a value is a decimal number or infinity",
				w);
		if (out[*n].soft > out[*n].hard)
			return parse_fail(err, errlen, -EINVAL,
				"\"%s\": soft limit above the hard limit", w);
		(*n)++;
	}
	if (r < 0)
		return parse_fail(err, errlen, r, "word longer than %d characters",
			WORD_MAX - 1);
	return 0;
}
