/* fuzz_parse.c - libFuzzer target for every value parser of lib/parse.c, with invariants. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

/*
 * Input: one selector byte, then the value (NUL-free, cut at the first NUL).
 * Beyond "no crash, no leak, no overflow" (ASan/UBSan), each parser must
 * keep its contract: on failure a non-empty, NUL-terminated message; on
 * success a result that satisfies what the parser promised.
 */

static char err[256];

static void check_err(int r)
{
	if (r && (!err[0] || !memchr(err, '\0', sizeof(err))))
		abort(); /* a failure without a message, or an unterminated one */
}

static void fuzz_words(const char *s, int want_argv)
{
	size_t max = parse_words_max(s), n = 0, i;
	char *buf = malloc(strlen(s) + 1);
	char **words = malloc((max + 1) * sizeof(*words));
	int r;

	r = want_argv ? parse_argv(s, buf, words, &n, err, sizeof(err)) :
			parse_words(s, buf, words, &n, err, sizeof(err));
	check_err(r);
	if (!r) {
		if (n > max || words[n] != NULL)
			abort();
		if (want_argv && n == 0)
			abort();
		for (i = 0; i < n; i++)
			if (words[i] < buf || words[i] > buf + strlen(s))
				abort();
	}
	free(words);
	free(buf);
}

static void fuzz_path(const char *s)
{
	int r = parse_path(s, err, sizeof(err));

	check_err(r);
	if (!r && (s[0] != '/' || strstr(s, "//") || strstr(s, "/./") ||
			  strstr(s, "/../") ||
			  (strlen(s) > 1 && s[strlen(s) - 1] == '/')))
		abort();
}

static void fuzz_kconfig_string(const char *s)
{
	char *out = malloc(strlen(s) + 1);
	const char *end = NULL;

	check_err(parse_kconfig_string(s, out, NULL, err, sizeof(err)));
	check_err(parse_kconfig_string(s, out, &end, err, sizeof(err)));
	free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[] = {"no", "on-failure", "always", NULL};
	unsigned long long u;
	mode_t m;
	char *s;
	int idx;

	if (size < 1)
		return 0;
	s = malloc(size);
	memcpy(s, data + 1, size - 1);
	s[size - 1] = '\0';
	err[0] = '\0';
	switch (data[0] % 11) {
	case 0: fuzz_words(s, 0); break;
	case 1: fuzz_words(s, 1); break;
	case 2: check_err(parse_env(s, err, sizeof(err))); break;
	case 3: check_err(parse_svc_id(s, err, sizeof(err))); break;
	case 4: fuzz_path(s); break;
	case 5:
		if (!parse_uint(s, 10, 3600000, &u, err, sizeof(err)) &&
			(u < 10 || u > 3600000))
			abort();
		check_err(parse_uint(s, 0, ~0ULL, &u, err, sizeof(err)));
		break;
	case 6:
		if (!parse_umask(s, &m, err, sizeof(err)) && m > 0777)
			abort();
		break;
	case 7: check_err(parse_hostname(s, err, sizeof(err))); break;
	case 8: check_err(parse_module(s, err, sizeof(err))); break;
	case 9:
		if (!parse_choice(s, names, &idx, err, sizeof(err)) &&
			(idx < 0 || idx > 2 || strcmp(s, names[idx])))
			abort();
		break;
	case 10: fuzz_kconfig_string(s); break;
	}
	free(s);
	return 0;
}
