/* check.h - the unit tests' harness: one PASS/FAIL line per check. */
#ifndef RAMPART_CHECK_H
#define RAMPART_CHECK_H

#include <stdio.h>
#include <string.h>

static unsigned int check_passed, check_failed;

/* s with every byte outside printable ASCII as \ooo, for test names. */
static const char *check_show(const char *s, char *buf, size_t len)
{
	size_t o = 0;

	if (!s)
		return "(null)";
	for (; *s && o + 5 < len; s++) {
		unsigned char c = (unsigned char)*s;

		if (c < 0x20 || c >= 0x7f || c == '\\')
			o += (size_t)snprintf(buf + o, len - o, "\\%03o", c);
		else
			buf[o++] = (char)c;
	}
	buf[o] = '\0';
	return buf;
}

/* Record one check; a failure says what was expected and what came. */
static void check(
	int ok, const char *name, const char *expected, const char *got)
{
	if (ok) {
		check_passed++;
		printf("PASS %s\n", name);
	} else {
		check_failed++;
		printf("FAIL %s\n     expected: %s\n     got:      %s\n", name,
			expected, got);
	}
}

static void check_str(const char *name, const char *expected, const char *got)
{
	char e[512], g[512];

	check(got && !strcmp(expected, got), name,
		check_show(expected, e, sizeof(e)),
		check_show(got, g, sizeof(g)));
}

/* Ends main(): a summary line and the exit status. */
static int check_done(const char *suite)
{
	printf("%s: %u passed, %u failed\n", suite, check_passed, check_failed);
	return check_failed ? 1 : 0;
}

#endif
