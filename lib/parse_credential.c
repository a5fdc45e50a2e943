/* parse_credential.c - the credential ID rule (LOAD_CREDENTIAL,
 * SET_CREDENTIAL, the credential store's names). */
#include "parse_credential.h"

#include <errno.h>

#include "parse.h"

int parse_credential_id(const char *s, size_t len, char *err, size_t errlen)
{
	size_t i;
	char c;

	if (!len)
		return parse_fail(err, errlen, -EINVAL, "an empty credential ID");
	if (len > CRED_ID_MAX)
		return parse_fail(err, errlen, -ENAMETOOLONG,
			"a credential ID longer than %d characters",
			CRED_ID_MAX);
	if ((len == 1 && s[0] == '.') || (len == 2 && s[0] == '.' &&
						     s[1] == '.'))
		return parse_fail(err, errlen, -EINVAL,
			"\"%.*s\" is not a file name", (int)len, s);
	for (i = 0; i < len; i++) {
		c = s[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			(c >= '0' && c <= '9') || c == '_' || c == '.' ||
			c == '-' || c == '@')
			continue;
		if ((unsigned char)c < 0x20 || (unsigned char)c >= 0x7f)
			return parse_fail(err, errlen, -EINVAL,
				"byte 0x%02x in a credential ID (letters, "
				"digits, '_', '.', '-', '@')",
				(unsigned char)c);
		return parse_fail(err, errlen, -EINVAL,
			"'%c' in a credential ID (letters, digits, '_', '.', "
			"'-', '@')",
			c);
	}
	return 0;
}
