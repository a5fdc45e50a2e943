/*
 * test_devrule.c - the device-rule, size and percentage parsers of
 * lib/parse.c (DEVICE_ALLOW, MEMORY_MAX, CPU_QUOTA) and the cgroup-v1
 * devices.allow formatter against good and bad inputs, with the exact
 * result or error text expected.
 */
#include "check.h"
#include "parse.h"

#include <errno.h>

struct tcase {
	const char *in;
	const char *want;
};

static const char *errname(int ret)
{
	switch (ret) {
	case -EINVAL: return "EINVAL";
	case -ERANGE: return "ERANGE";
	case -ENAMETOOLONG: return "ENAMETOOLONG";
	default: return "unexpected errno";
	}
}

static void access_str(unsigned int a, char *buf)
{
	char *o = buf;

	if (a & PARSE_DEV_R)
		*o++ = 'r';
	if (a & PARSE_DEV_W)
		*o++ = 'w';
	if (a & PARSE_DEV_M)
		*o++ = 'm';
	*o = '\0';
}

static void num_str(long v, char *buf)
{
	if (v == PARSE_DEV_ANY)
		snprintf(buf, 24, "*");
	else
		snprintf(buf, 24, "%ld", v);
}

/* A rule shown as "path /dev/null rw", "class c tty r", "c 1:* rwm". */
static const struct tcase dev_cases[] = {
	{"/dev/null rw", "ok: path /dev/null rw"},
	{"/dev/null", "ok: path /dev/null rwm"},
	{"  /dev/null \t r ", "ok: path /dev/null r"},
	{"/dev/net/tun mwr", "ok: path /dev/net/tun rwm"},
	{"char-tty rw", "ok: class c tty rw"},
	{"block-loop r", "ok: class b loop r"},
	{"char-/dev/vc/0 w", "ok: class c /dev/vc/0 w"},
	{"c 1:3 rwm", "ok: c 1:3 rwm"},
	{"b 7:* r", "ok: b 7:* r"},
	{"c *:* m", "ok: c *:* m"},
	{"c 4095:1048575 r", "ok: c 4095:1048575 r"},
	{"c 0:0", "ok: c 0:0 rwm"},
	{"", "EINVAL: empty device rule"},
	{"   ", "EINVAL: empty device rule"},
	{"/dev/null rx", "EINVAL: access 'x' is not r, w or m"},
	{"/dev/null rr", "EINVAL: access 'r' given twice"},
	{"/dev/null r w", "EINVAL: too many words"},
	{"c 1:3 r w", "EINVAL: too many words"},
	{"c 1:3 r w m", "EINVAL: too many words"},
	{"dev/null rw", "EINVAL: expected /dev/PATH, char-CLASS, block-CLASS, or c|b MAJOR:MINOR"},
	{"char- rw", "EINVAL: expected /dev/PATH, char-CLASS, block-CLASS, or c|b MAJOR:MINOR"},
	{"x 1:3 r", "EINVAL: expected /dev/PATH, char-CLASS, block-CLASS, or c|b MAJOR:MINOR"},
	{"/dev/../mem rw", "EINVAL: device path: '..' component"},
	{"c", "EINVAL: 'c' needs MAJOR:MINOR"},
	{"c 1 r", "EINVAL: expected MAJOR:MINOR after 'c'"},
	{"b :3 r", "EINVAL: empty major number"},
	{"b 3: r", "EINVAL: empty minor number"},
	{"c 1x:3", "EINVAL: major is not a number or '*'"},
	{"c 1:-3", "EINVAL: minor is not a number or '*'"},
	{"c 4096:0 r", "ERANGE: major out of range (0 to 4095)"},
	{"c 1:1048576 r", "ERANGE: minor out of range (0 to 1048575)"},
	{"c 99999999999999999999:0", "ERANGE: major out of range (0 to 4095)"},
	{"char-0123456789012345678901234567890123456789012345678901234567890123 r",
		"ENAMETOOLONG: device class name longer than 63"},
};

static void run_dev(void)
{
	char got[600], err[PARSE_ERR_MAX], acc[8], ma[24], mi[24], name[800];
	struct parse_dev_rule r;
	size_t i;
	int ret;

	for (i = 0; i < sizeof(dev_cases) / sizeof(dev_cases[0]); i++) {
		const struct tcase *c = &dev_cases[i];

		ret = parse_dev_rule(c->in, &r, err, sizeof(err));
		access_str(r.access, acc);
		num_str(r.major, ma);
		num_str(r.minor, mi);
		if (ret)
			snprintf(got, sizeof(got), "%s: %s", errname(ret), err);
		else if (r.kind == PARSE_DEV_PATH)
			snprintf(got, sizeof(got), "ok: path %.*s %s",
				(int)r.name_len, c->in + r.name, acc);
		else if (r.kind == PARSE_DEV_CLASS)
			snprintf(got, sizeof(got), "ok: class %c %.*s %s",
				r.type, (int)r.name_len, c->in + r.name, acc);
		else
			snprintf(got, sizeof(got), "ok: %c %s:%s %s", r.type,
				ma, mi, acc);
		snprintf(name, sizeof(name), "parse_dev_rule(\"%s\") -> %s",
			c->in, c->want);
		check_str(name, c->want, got);
	}
}

/*
 * format_dev_v1_line: what PID 1 writes to devices.allow under
 * INIT_CGROUP_V1_DEVICES, in the kernel's own syntax and access order.
 */
static const struct {
	char type;
	long major, minor;
	unsigned int access;
	size_t size;
	const char *want;
} v1_cases[] = {
	{'c', 1, 3, PARSE_DEV_R | PARSE_DEV_W, 32, "ok: c 1:3 rw"},
	{'c', 1, 3, PARSE_DEV_M | PARSE_DEV_W | PARSE_DEV_R, 32, "ok: c 1:3 rwm"},
	{'b', 7, PARSE_DEV_ANY, PARSE_DEV_R, 32, "ok: b 7:* r"},
	{'c', PARSE_DEV_ANY, PARSE_DEV_ANY, PARSE_DEV_M, 32, "ok: c *:* m"},
	{'c', 0, 0, PARSE_DEV_W, 32, "ok: c 0:0 w"},
	{'c', 4095, 1048575, 7, 32, "ok: c 4095:1048575 rwm"},
	{'c', 4095, 1048575, 7, 19, "ok: c 4095:1048575 rwm"},
	{'c', 4095, 1048575, 7, 18, "ENAMETOOLONG"},
	{'c', 1, 3, PARSE_DEV_R, 0, "ENAMETOOLONG"},
	{'a', 1, 3, PARSE_DEV_R, 32, "EINVAL"},
	{0, 1, 3, PARSE_DEV_R, 32, "EINVAL"},
	{'c', 4096, 0, PARSE_DEV_R, 32, "EINVAL"},
	{'c', 1, 1048576, PARSE_DEV_R, 32, "EINVAL"},
	{'c', -2, 0, PARSE_DEV_R, 32, "EINVAL"},
	{'c', 1, 3, 0, 32, "EINVAL"},
	{'c', 1, 3, 8, 32, "EINVAL"},
};

static void run_v1_line(void)
{
	char buf[32], got[80], name[160];
	size_t i;
	int ret;

	for (i = 0; i < sizeof(v1_cases) / sizeof(v1_cases[0]); i++) {
		memset(buf, 'x', sizeof(buf));
		ret = format_dev_v1_line(buf, v1_cases[i].size,
			v1_cases[i].type, v1_cases[i].major,
			v1_cases[i].minor, v1_cases[i].access);
		if (ret >= 0 && (size_t)ret == strlen(buf))
			snprintf(got, sizeof(got), "ok: %s", buf);
		else if (ret >= 0)
			snprintf(got, sizeof(got), "length %d for \"%s\"",
				ret, buf);
		else
			snprintf(got, sizeof(got), "%s", errname(ret));
		snprintf(name, sizeof(name),
			"format_dev_v1_line(%c, %ld, %ld, %u, size %zu) -> %s",
			v1_cases[i].type ? v1_cases[i].type : '0',
			v1_cases[i].major, v1_cases[i].minor,
			v1_cases[i].access, v1_cases[i].size, v1_cases[i].want);
		check_str(name, v1_cases[i].want, got);
	}
	/* every rule parse_dev_rule accepts as numbers is writable */
	check(format_dev_v1_line(buf, FORMAT_DEV_V1_LINE_MAX, 'b',
		      PARSE_DEV_MAJOR_MAX, PARSE_DEV_MINOR_MAX, 7) > 0,
		"format_dev_v1_line: FORMAT_DEV_V1_LINE_MAX holds the longest rule",
		"> 0", "error");
}

static const struct tcase bytes_cases[] = {
	{"1", "ok: 1"},
	{"4096", "ok: 4096"},
	{"16M", "ok: 16777216"},
	{"1K", "ok: 1024"},
	{"2G", "ok: 2147483648"},
	{"1T", "ok: 1099511627776"},
	{"18446744073709551615", "ok: 18446744073709551615"},
	{"16777215T", "ok: 18446742974197923840"},
	{"16777216T", "ERANGE: size out of range (1 to 2^64-1 bytes)"},
	{"0", "ERANGE: size out of range (1 to 2^64-1 bytes)"},
	{"", "EINVAL: not a size (bytes, or a number with K, M, G or T)"},
	{"M", "EINVAL: not a size (bytes, or a number with K, M, G or T)"},
	{"16m", "EINVAL: not a size (bytes, or a number with K, M, G or T)"},
	{"1.5G", "EINVAL: not a size (bytes, or a number with K, M, G or T)"},
	{"-1", "EINVAL: not a size (bytes, or a number with K, M, G or T)"},
};

static const struct tcase pct_cases[] = {
	{"20%", "ok: 20"},
	{"1%", "ok: 1"},
	{"400%", "ok: 400"},
	{"0%", "ERANGE: out of range (1% to 100000%)"},
	{"100001%", "ERANGE: out of range (1% to 100000%)"},
	{"20", "EINVAL: not a percentage (N%)"},
	{"%", "EINVAL: not a percentage (N%)"},
	{"2.5%", "EINVAL: not a percentage (N%)"},
	{"", "EINVAL: not a percentage (N%)"},
};

static void run_bytes_pct(void)
{
	char got[300], err[PARSE_ERR_MAX], name[400];
	unsigned long long v;
	unsigned long p;
	size_t i;
	int ret;

	for (i = 0; i < sizeof(bytes_cases) / sizeof(bytes_cases[0]); i++) {
		ret = parse_bytes(bytes_cases[i].in, &v, err, sizeof(err));
		if (ret)
			snprintf(got, sizeof(got), "%s: %s", errname(ret), err);
		else
			snprintf(got, sizeof(got), "ok: %llu", v);
		snprintf(name, sizeof(name), "parse_bytes(\"%s\") -> %s",
			bytes_cases[i].in, bytes_cases[i].want);
		check_str(name, bytes_cases[i].want, got);
	}
	for (i = 0; i < sizeof(pct_cases) / sizeof(pct_cases[0]); i++) {
		ret = parse_percent(pct_cases[i].in, 1, 100000, &p, err,
			sizeof(err));
		if (ret)
			snprintf(got, sizeof(got), "%s: %s", errname(ret), err);
		else
			snprintf(got, sizeof(got), "ok: %lu", p);
		snprintf(name, sizeof(name), "parse_percent(\"%s\") -> %s",
			pct_cases[i].in, pct_cases[i].want);
		check_str(name, pct_cases[i].want, got);
	}
}

int main(void)
{
	struct parse_dev_rule r;

	run_dev();
	run_v1_line();
	run_bytes_pct();
	/* err may be NULL (PID 1 does not need the text) */
	check(parse_dev_rule("c 1:3 x", &r, NULL, 0) == -EINVAL,
		"parse_dev_rule without an err buffer", "EINVAL", "other");
	return check_done("devrule");
}
