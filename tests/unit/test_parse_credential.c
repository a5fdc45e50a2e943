/*
 * test_parse_credential.c - the credential ID rule of
 * lib/parse_credential.c (LOAD_CREDENTIAL, SET_CREDENTIAL, the store's
 * names): a table of good and bad IDs with the exact result expected.
 */
#include "check.h"
#include "parse_credential.h"

#include <errno.h>

#include "parse.h"

static const struct {
	const char *in;
	const char *want;
} cases[] = {
	{"token", "ok"},
	{"host-key.pem", "ok"},
	{"a_b@c.D-9", "ok"},
	{".hidden", "ok"},
	{"", "EINVAL: an empty credential ID"},
	{".", "EINVAL: \".\" is not a file name"},
	{"..", "EINVAL: \"..\" is not a file name"},
	{"a/b", "EINVAL: '/' in a credential ID (letters, digits, '_', '.', "
		"'-', '@')"},
	{"a b", "EINVAL: ' ' in a credential ID (letters, digits, '_', '.', "
		"'-', '@')"},
	{"a:b", "EINVAL: ':' in a credential ID (letters, digits, '_', '.', "
		"'-', '@')"},
	{"a\tb", "EINVAL: byte 0x09 in a credential ID (letters, digits, "
		 "'_', '.', '-', '@')"},
	{"\xc3\xa9", "EINVAL: byte 0xc3 in a credential ID (letters, digits, "
		     "'_', '.', '-', '@')"},
	{"0123456789012345678901234567890123456789012345678901234567890123",
		"ok"},
	{"01234567890123456789012345678901234567890123456789012345678901234",
		"ENAMETOOLONG: a credential ID longer than 64 characters"},
};

int main(void)
{
	char err[PARSE_ERR_MAX], got[PARSE_ERR_MAX + 32], name[300], show[200];
	size_t i;
	int r;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		r = parse_credential_id(cases[i].in, strlen(cases[i].in), err,
			sizeof(err));
		if (!r)
			snprintf(got, sizeof(got), "ok");
		else
			snprintf(got, sizeof(got), "%s: %s",
				r == -EINVAL ? "EINVAL" :
				r == -ENAMETOOLONG ? "ENAMETOOLONG" :
							"unexpected errno",
				err);
		snprintf(name, sizeof(name), "parse_credential_id(\"%s\") -> %s",
			check_show(cases[i].in, show, sizeof(show)),
			cases[i].want);
		check_str(name, cases[i].want, got);
	}
	return check_done("parse_credential");
}
