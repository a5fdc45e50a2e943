/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* allow */
static const char *const svc_allow_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_allow_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_allow_groups[] = { 65534 };
static char svc_allow_log_ring[4096];
static const struct svc_bpf svc_allow_bpf0[] = { /* system-call-filter */
	{0x0020, 0, 0, 0x00000004},
	{0x0015, 0, 67, 0xc000003e},
	{0x0020, 0, 0, 0x00000000},
	{0x0035, 0, 1, 0x40000000},
	{0x0015, 0, 64, 0xffffffff},
	{0x0020, 0, 0, 0x00000000},
	{0x0025, 0, 39, 0x0000006b},
	{0x0025, 0, 19, 0x000000da},
	{0x0025, 0, 9, 0x0000012e},
	{0x0025, 0, 4, 0x0000014e},
	{0x0015, 57, 0, 0x000001c1},
	{0x0015, 56, 0, 0x000001be},
	{0x0015, 55, 0, 0x000001bd},
	{0x0015, 54, 55, 0x000001bc},
	{0x0015, 53, 0, 0x0000014e},
	{0x0015, 52, 0, 0x00000144},
	{0x0015, 51, 0, 0x0000013e},
	{0x0015, 50, 51, 0x0000013d},
	{0x0025, 0, 4, 0x000000e6},
	{0x0015, 48, 0, 0x0000012e},
	{0x0015, 47, 0, 0x00000112},
	{0x0015, 46, 0, 0x00000111},
	{0x0015, 45, 46, 0x000000e7},
	{0x0015, 44, 0, 0x000000e6},
	{0x0015, 43, 0, 0x000000e5},
	{0x0015, 42, 0, 0x000000e4},
	{0x0015, 41, 42, 0x000000db},
	{0x0025, 0, 9, 0x0000007c},
	{0x0025, 0, 4, 0x000000ca},
	{0x0015, 38, 0, 0x000000da},
	{0x0015, 37, 0, 0x000000d3},
	{0x0015, 36, 0, 0x000000cd},
	{0x0015, 35, 36, 0x000000cc},
	{0x0015, 34, 0, 0x000000ca},
	{0x0015, 33, 0, 0x000000c9},
	{0x0015, 32, 0, 0x000000ba},
	{0x0015, 31, 32, 0x0000009e},
	{0x0025, 0, 4, 0x00000073},
	{0x0015, 29, 0, 0x0000007c},
	{0x0015, 28, 0, 0x00000079},
	{0x0015, 27, 0, 0x00000078},
	{0x0015, 26, 27, 0x00000076},
	{0x0015, 25, 0, 0x00000073},
	{0x0015, 24, 0, 0x0000006f},
	{0x0015, 23, 0, 0x0000006e},
	{0x0015, 22, 23, 0x0000006c},
	{0x0025, 0, 19, 0x00000001},
	{0x0025, 0, 9, 0x00000023},
	{0x0025, 0, 4, 0x00000060},
	{0x0015, 18, 0, 0x0000006b},
	{0x0015, 17, 0, 0x00000068},
	{0x0015, 16, 0, 0x00000066},
	{0x0015, 15, 16, 0x00000061},
	{0x0015, 14, 0, 0x00000060},
	{0x0015, 13, 0, 0x0000003c},
	{0x0015, 12, 0, 0x0000003b},
	{0x0015, 11, 12, 0x00000027},
	{0x0025, 0, 4, 0x0000000c},
	{0x0015, 9, 0, 0x00000023},
	{0x0015, 8, 0, 0x00000022},
	{0x0015, 7, 0, 0x00000018},
	{0x0015, 6, 7, 0x0000000f},
	{0x0015, 5, 0, 0x0000000c},
	{0x0015, 4, 0, 0x0000000b},
	{0x0015, 3, 0, 0x0000000a},
	{0x0015, 2, 3, 0x00000009},
	{0x0015, 1, 0, 0x00000001},
	{0x0015, 0, 1, 0x00000000},
	{0x0006, 0, 0, 0x7fff0000},
	{0x0006, 0, 0, 0x80000000},
};
static const struct svc_seccomp svc_allow_seccomp[] = {
	{svc_allow_bpf0, 70},
};

/* deny */
static const char *const svc_deny_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_deny_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_deny_groups[] = { 65534 };
static char svc_deny_log_ring[4096];
static const struct svc_bpf svc_deny_bpf0[] = { /* system-call-filter */
	{0x0020, 0, 0, 0x00000004},
	{0x0015, 0, 6, 0xc000003e},
	{0x0020, 0, 0, 0x00000000},
	{0x0035, 0, 1, 0x40000000},
	{0x0015, 0, 3, 0xffffffff},
	{0x0020, 0, 0, 0x00000000},
	{0x0015, 1, 0, 0x00000065},
	{0x0006, 0, 0, 0x7fff0000},
	{0x0006, 0, 0, 0x80000000},
};
static const struct svc_seccomp svc_deny_seccomp[] = {
	{svc_deny_bpf0, 9},
};

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "allow",
		.argv = svc_allow_argv,
		.envp = svc_allow_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_allow_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.seccomp = svc_allow_seccomp,
		.nseccomp = 1,
		.log_ring = svc_allow_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "deny",
		.argv = svc_deny_argv,
		.envp = svc_deny_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_deny_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.seccomp = svc_deny_seccomp,
		.nseccomp = 1,
		.log_ring = svc_deny_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
};

const unsigned int svc_count = 2;

const char *const init_modules[] = {
	NULL,
};

const struct init_mount init_mounts[] = {
	{ .target = NULL },
};

const unsigned int init_mount_count = 0;

const char svc_policy_digest[] = "3b67a4c09f04406b";
