/* test_kversion.c - ConditionKernelVersion='s operators and systemd's
 * version order (lib/kversion.c). */
#include <errno.h>

#include "check.h"
#include "kversion.h"

/* systemd's documented order (strverscmp_improved), oldest first */
static const char *const ordered[] = {"122.1", "123~rc1-1", "123", "123-a",
	"123-a.1", "123-1", "123-1.1", "123^post1", "123.a-1", "123.1-1",
	"123a-1", "124-1", NULL};

static void op(const char *text, int want, const char *rest)
{
	const char *s = text;
	int got = kversion_op_parse(&s);
	char name[96];

	snprintf(name, sizeof(name), "operator of \"%s\"", text);
	check(got == want && !strcmp(s, rest), name,
		want < 0 ? "none" : kversion_op_names[want],
		got < 0 ? "none" : kversion_op_names[got]);
}

static void test(const char *expr, const char *release, int want)
{
	const char *s = expr;
	int o = kversion_op_parse(&s), got;
	char name[128], w[8], g[8];

	got = kversion_test(o < 0 ? KV_FNMATCH : o, release, s);
	snprintf(name, sizeof(name), "\"%s\" against %s", expr, release);
	snprintf(w, sizeof(w), "%d", want);
	snprintf(g, sizeof(g), "%d", got);
	check(got == want, name, w, g);
}

int main(void)
{
	char name[96];
	size_t i, j;

	for (i = 0; ordered[i]; i++)
		for (j = 0; ordered[j]; j++) {
			int r = kversion_compare(ordered[i], ordered[j]);
			int want = (i > j) - (i < j);

			snprintf(name, sizeof(name), "%s vs %s", ordered[i],
				ordered[j]);
			check(((r > 0) - (r < 0)) == want, name,
				want < 0 ? "older" : want ? "newer" : "equal",
				r < 0 ? "older" : r ? "newer" : "equal");
		}
	check_str("leading zeros", "equal",
		kversion_compare("00123", "123") ? "not" : "equal");
	check_str("'_' only separates (123_a is 123a)", "equal",
		kversion_compare("123_a", "123a") ? "not" : "equal");

	op(">=3.0", KV_GE, "3.0");
	op("<=60", KV_LE, "60");
	op("<60", KV_LT, "60");
	op("!=1.4", KV_STRNE, "1.4");
	op("!$=6.*", KV_FNMATCH_NOT, "6.*");
	op("$=6.*", KV_FNMATCH, "6.*");
	op("<>6", KV_NE, "6");
	op("==6", KV_EQ, "6");
	op("=6", KV_STREQ, "6");
	op(">6", KV_GT, "6");
	op("6.1", -1, "6.1");
	op("*", -1, "*");

	test(">=3.0", "6.1.0-28-amd64", 1);
	test(">=6.2", "6.1.0-28-amd64", 0);
	test("<=60", "6.1.0-28-amd64", 1);
	test("<6.1", "6.1.0-28-amd64", 0);
	test(">6.1", "6.1.0-28-amd64", 1); /* more segments: newer */
	test("!=1.4", "6.1.0-28-amd64", 1);
	test("=6.1.0-28-amd64", "6.1.0-28-amd64", 1);
	test("=6.1", "6.1.0-28-amd64", 0);
	test("==6.01.0-28-amd64", "6.1.0-28-amd64", 1);
	test("<>6.1.0-28-amd64", "6.1.0-28-amd64", 0);
	test("*", "6.1.0-28-amd64", 1);
	test("*.*", "6.1.0-28-amd64", 1);
	test("6.1.*", "6.1.0-28-amd64", 1);
	test("5.*", "6.1.0-28-amd64", 0);
	test("$=*-arm64", "6.1.0-28-amd64", 0);
	test("!$=*-arm64", "6.1.0-28-amd64", 1);
	return check_done("kversion");
}
