/* kversion.c - ConditionKernelVersion= expressions: operators, systemd's
 * version order, the test against a kernel release (kversion.h). */
#include "kversion.h"

#include <errno.h>
#include <fnmatch.h>
#include <string.h>

const char *const kversion_op_names[KV_OP_COUNT] = {
	[KV_FNMATCH] = "$=",
	[KV_FNMATCH_NOT] = "!$=",
	[KV_LT] = "<",
	[KV_LE] = "<=",
	[KV_EQ] = "==",
	[KV_NE] = "<>",
	[KV_GE] = ">=",
	[KV_GT] = ">",
	[KV_STREQ] = "=",
	[KV_STRNE] = "!=",
};

/* Longest first where one operator starts another ("<=" before "<",
 * "!$=" before "!="), as systemd tries them. */
static const unsigned char op_order[] = {KV_FNMATCH, KV_FNMATCH_NOT, KV_NE,
	KV_LE, KV_GE, KV_LT, KV_GT, KV_EQ, KV_STREQ, KV_STRNE};

int kversion_op_parse(const char **s)
{
	size_t i, n;

	for (i = 0; i < sizeof(op_order); i++) {
		n = strlen(kversion_op_names[op_order[i]]);
		if (!strncmp(*s, kversion_op_names[op_order[i]], n)) {
			*s += n;
			return op_order[i];
		}
	}
	return -1;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Characters that mean something to the order; others only separate. */
static int is_version_char(char c)
{
	return is_digit(c) || is_alpha(c) || c == '~' || c == '-' ||
	       c == '^' || c == '.';
}

static int sign(long d)
{
	return (d > 0) - (d < 0);
}

/*
 * One segment at a time.  A segment may carry one prefix, which ranks it
 * before its contents count: '~' (a pre-release) below anything, even
 * the end of the other string; then the end of a string below whatever
 * the other still has; then '-' below no '-', '^' below no '^', '.' below
 * no '.'.  A numeric segment is newer than an alphabetic one; numbers
 * compare by value (leading zeros ignored), words as strings, a longer
 * word newer than its prefix.
 */
int kversion_compare(const char *a, const char *b)
{
	static const char prefixes[] = "-^.";
	const char *ea, *eb, *p;
	size_t la, lb;
	int r;

	for (;;) {
		while (*a && !is_version_char(*a))
			a++;
		while (*b && !is_version_char(*b))
			b++;
		if (*a == '~' || *b == '~') {
			if ((*a == '~') != (*b == '~'))
				return *a == '~' ? -1 : 1;
			a++;
			b++;
		}
		if (!*a || !*b)
			return sign((long)(unsigned char)*a -
				    (long)(unsigned char)*b);
		for (p = prefixes; *p; p++) {
			if (*a != *p && *b != *p)
				continue;
			if ((*a == *p) != (*b == *p))
				return *a == *p ? -1 : 1;
			a++;
			b++;
		}
		if (is_digit(*a) || is_digit(*b)) {
			for (ea = a; is_digit(*ea); ea++)
				;
			for (eb = b; is_digit(*eb); eb++)
				;
			if ((ea != a) != (eb != b))
				return ea != a ? 1 : -1;
			while (*a == '0')
				a++;
			while (*b == '0')
				b++;
			la = (size_t)(ea - a);
			lb = (size_t)(eb - b);
			if (la != lb)
				return la > lb ? 1 : -1;
			r = strncmp(a, b, la);
			if (r)
				return sign(r);
		} else {
			for (ea = a; is_alpha(*ea); ea++)
				;
			for (eb = b; is_alpha(*eb); eb++)
				;
			la = (size_t)(ea - a);
			lb = (size_t)(eb - b);
			r = strncmp(a, b, la < lb ? la : lb);
			if (r)
				return sign(r);
			if (la != lb)
				return la > lb ? 1 : -1;
		}
		a = ea;
		b = eb;
	}
}

int kversion_test(int op, const char *release, const char *value)
{
	int r;

	switch (op) {
	case KV_FNMATCH:
	case KV_FNMATCH_NOT:
		r = fnmatch(value, release, 0);
		if (r != 0 && r != FNM_NOMATCH)
			return -EINVAL;
		return (r == 0) == (op == KV_FNMATCH);
	case KV_STREQ:
		return !strcmp(release, value);
	case KV_STRNE:
		return !!strcmp(release, value);
	case KV_LT:
		return kversion_compare(release, value) < 0;
	case KV_LE:
		return kversion_compare(release, value) <= 0;
	case KV_EQ:
		return kversion_compare(release, value) == 0;
	case KV_NE:
		return kversion_compare(release, value) != 0;
	case KV_GE:
		return kversion_compare(release, value) >= 0;
	case KV_GT:
		return kversion_compare(release, value) > 0;
	}
	return -EINVAL;
}
