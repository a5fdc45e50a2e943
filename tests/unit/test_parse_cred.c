/*
 * test_parse_cred.c - the credential parsers of lib/parse_cred.c
 * (capability lists, secure bits, rlimit specs) against a table of good
 * and bad inputs, with the exact result or error text expected.
 *
 * Each expectation is "ok: <value>" or "<ERRNO>: <message>".
 */
#include "check.h"
#include "parse_cred.h"

#include <errno.h>
#include <stdint.h>

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

static void expect(
	const char *fn, const char *in, const char *want, const char *got)
{
	char name[600], show[400];

	snprintf(name, sizeof(name), "%s(\"%s\") -> %s", fn,
		check_show(in, show, sizeof(show)), want);
	check_str(name, want, got);
}

/* A small table shaped like libcap's: index = number, a gap at 2. */
static const char *const names[] = {
	"chown", "dac_override", NULL, "fowner", "fsetid", "kill",
	"setgid", "setuid", "setpcap", "linux_immutable",
	"net_bind_service", "net_broadcast", "net_admin", "net_raw",
	"ipc_lock", "ipc_owner", "sys_module", "sys_rawio", "sys_chroot",
	"sys_ptrace", "sys_pacct", "sys_admin", [40] = "checkpoint_restore",
};

static const struct tcase caps_cases[] = {
	{"", "ok: 0x0000000000000000"},
	{"  ", "ok: 0x0000000000000000"},
	{"CAP_CHOWN CAP_KILL", "ok: 0x0000000000000021"},
	{"cap_chown\tCap_Kill", "ok: 0x0000000000000021"},
	{"CAP_CHECKPOINT_RESTORE", "ok: 0x0000010000000000"},
	{"~CAP_SYS_PTRACE", "ok: ~0x0000000000080000"},
	{"~", "ok: ~0x0000000000000000"},
	{" ~CAP_CHOWN", "ok: ~0x0000000000000001"},
	{"CAP_SYS_ADMN", "EINVAL: unknown capability CAP_SYS_ADMN (did you mean CAP_SYS_ADMIN?)"},
	{"CAP_NET_BIND", "EINVAL: unknown capability CAP_NET_BIND (did you mean CAP_NET_BIND_SERVICE?)"},
	{"CAP_SYS_ADMIN_", "EINVAL: unknown capability CAP_SYS_ADMIN_ (did you mean CAP_SYS_ADMIN?)"},
	{"chown", "EINVAL: unknown capability chown (did you mean CAP_CHOWN?)"},
	{"CAP_DAC_READ_SEARCH", "EINVAL: unknown capability CAP_DAC_READ_SEARCH"},
	{"CAP_TOTALLY_UNRELATED_THING", "EINVAL: unknown capability CAP_TOTALLY_UNRELATED_THING"},
	{"CAP_KILL CAP_KILL", "EINVAL: CAP_KILL is listed twice"},
	{"CAP_KILL cap_kill", "EINVAL: cap_kill is listed twice"},
	{"CAP_KILL ~CAP_CHOWN", "EINVAL: '~' only at the start of the list"},
	{"CAP_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "ENAMETOOLONG: word longer than 63 characters"},
};

static void run_caps(void)
{
	char got[256], err[PARSE_ERR_MAX];
	uint64_t m;
	size_t i;
	int inv, r;

	for (i = 0; i < sizeof(caps_cases) / sizeof(caps_cases[0]); i++) {
		r = parse_caps(caps_cases[i].in, names,
			sizeof(names) / sizeof(names[0]), 1, &m, &inv, err,
			sizeof(err));
		if (r)
			snprintf(got, sizeof(got), "%s: %s", errname(r), err);
		else
			snprintf(got, sizeof(got), "ok: %s0x%016llx",
				inv ? "~" : "", (unsigned long long)m);
		expect("parse_caps", caps_cases[i].in, caps_cases[i].want, got);
	}
	r = parse_caps("~CAP_KILL", names, sizeof(names) / sizeof(names[0]),
		0, &m, &inv, err, sizeof(err));
	snprintf(got, sizeof(got), "%s: %s", r ? errname(r) : "ok", err);
	expect("parse_caps(no ~ allowed)", "~CAP_KILL",
		"EINVAL: '~' (all but) is not allowed here: list the capabilities",
		got);
}

static const struct tcase secbits_cases[] = {
	{"", "ok: 0x00"},
	{"noroot", "ok: 0x01"},
	{"noroot noroot-locked", "ok: 0x03"},
	{"no-setuid-fixup no-setuid-fixup-locked", "ok: 0x0c"},
	{"keep-caps keep-caps-locked", "ok: 0x30"},
	{"keep-caps-locked", "ok: 0x20"},
	{"noroot noroot", "EINVAL: noroot is listed twice"},
	{"no-root", "EINVAL: unknown secure bit no-root (known: noroot, no-setuid-fixup, keep-caps, each also as NAME-locked)"},
	{"KEEP-CAPS", "EINVAL: unknown secure bit KEEP-CAPS (known: noroot, no-setuid-fixup, keep-caps, each also as NAME-locked)"},
};

static void run_secbits(void)
{
	char got[300], err[PARSE_ERR_MAX];
	unsigned int b;
	size_t i;
	int r;

	for (i = 0; i < sizeof(secbits_cases) / sizeof(secbits_cases[0]);
		i++) {
		r = parse_securebits(secbits_cases[i].in, &b, err, sizeof(err));
		if (r)
			snprintf(got, sizeof(got), "%s: %s", errname(r), err);
		else
			snprintf(got, sizeof(got), "ok: 0x%02x", b);
		expect("parse_securebits", secbits_cases[i].in,
			secbits_cases[i].want, got);
	}
}

static const struct tcase limits_cases[] = {
	{"", "ok:"},
	{"NOFILE=1024", "ok: NOFILE=1024:1024"},
	{"NOFILE=1024:4096 CORE=0", "ok: NOFILE=1024:4096 CORE=0:0"},
	{"CPU=infinity", "ok: CPU=inf:inf"},
	{"AS=1:infinity", "ok: AS=1:inf"},
	{"FSIZE=5000000000:6000000000", "ok: FSIZE=5000000000:6000000000"},
	{"RTTIME=18446744073709551614", "ok: RTTIME=18446744073709551614:18446744073709551614"},
	{"CPU=1 FSIZE=1 DATA=1 STACK=1 CORE=1 RSS=1 NOFILE=1 AS=1 NPROC=1 MEMLOCK=1 LOCKS=1 SIGPENDING=1 MSGQUEUE=1 NICE=1 RTPRIO=1 RTTIME=1",
		"ok: CPU=1:1 FSIZE=1:1 DATA=1:1 STACK=1:1 CORE=1:1 RSS=1:1 NOFILE=1:1 AS=1:1 NPROC=1:1 MEMLOCK=1:1 LOCKS=1:1 SIGPENDING=1:1 MSGQUEUE=1:1 NICE=1:1 RTPRIO=1:1 RTTIME=1:1"},
	{"NOFILE=4096:1024", "EINVAL: \"NOFILE=4096:1024\": soft limit above the hard limit"},
	{"NOFILE=infinity:1024", "EINVAL: \"NOFILE=infinity:1024\": soft limit above the hard limit"},
	{"NOFILES=10", "EINVAL: unknown limit NOFILES (known: CPU FSIZE DATA STACK CORE RSS NOFILE AS NPROC MEMLOCK LOCKS SIGPENDING MSGQUEUE NICE RTPRIO RTTIME)"},
	{"nofile=10", "EINVAL: unknown limit nofile (known: CPU FSIZE DATA STACK CORE RSS NOFILE AS NPROC MEMLOCK LOCKS SIGPENDING MSGQUEUE NICE RTPRIO RTTIME)"},
	{"NOFILE", "EINVAL: \"NOFILE\": expected NAME=soft[:hard]"},
	{"NOFILE=", "EINVAL: \"NOFILE=\": a value is a decimal number or infinity"},
	{"NOFILE=10:", "EINVAL: \"NOFILE=10:\": a value is a decimal number or infinity"},
	{"NOFILE=-1", "EINVAL: \"NOFILE=-1\": a value is a decimal number or infinity"},
	{"NOFILE=1k", "EINVAL: \"NOFILE=1k\": a value is a decimal number or infinity"},
	{"NOFILE=1:2:3", "EINVAL: \"NOFILE=1:2:3\": a value is a decimal number or infinity"},
	{"RTTIME=18446744073709551615", "ERANGE: \"RTTIME=18446744073709551615\": value out of range (at most 18446744073709551614, or infinity)"},
	{"RTTIME=99999999999999999999", "ERANGE: \"RTTIME=99999999999999999999\": value out of range (at most 18446744073709551614, or infinity)"},
	{"NOFILE=1 NOFILE=2", "EINVAL: NOFILE is set twice"},
};

static void run_limits(void)
{
	struct parse_rlimit l[PARSE_RLIMIT_COUNT];
	char got[600], err[PARSE_ERR_MAX], v[2][24];
	size_t i, k, n, used;
	int r, j;

	for (i = 0; i < sizeof(limits_cases) / sizeof(limits_cases[0]); i++) {
		r = parse_limits(limits_cases[i].in, l, &n, err, sizeof(err));
		if (r) {
			snprintf(got, sizeof(got), "%s: %s", errname(r), err);
		} else {
			used = (size_t)snprintf(got, sizeof(got), "ok:");
			for (k = 0; k < n; k++) {
				uint64_t x[2] = {l[k].soft, l[k].hard};

				for (j = 0; j < 2; j++) {
					if (x[j] == PARSE_RLIMIT_INFINITY)
						snprintf(v[j], 24, "inf");
					else
						snprintf(v[j], 24, "%llu",
							(unsigned long long)x[j]);
				}
				used += (size_t)snprintf(got + used,
					sizeof(got) - used, " %s=%s:%s",
					parse_rlimit_names[l[k].which], v[0],
					v[1]);
			}
		}
		expect("parse_limits", limits_cases[i].in,
			limits_cases[i].want, got);
	}
}

int main(void)
{
	run_caps();
	run_secbits();
	run_limits();
	return check_done("parse_cred");
}
