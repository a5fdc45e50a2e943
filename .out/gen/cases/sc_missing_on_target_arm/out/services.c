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
	{0x0015, 0, 76, 0x40000028},
	{0x0020, 0, 0, 0x00000000},
	{0x0025, 0, 39, 0x000000c0},
	{0x0025, 0, 19, 0x00000152},
	{0x0025, 0, 9, 0x00000196},
	{0x0025, 0, 4, 0x000001bd},
	{0x0015, 69, 0, 0x000f0005},
	{0x0015, 68, 0, 0x000f0002},
	{0x0015, 67, 0, 0x000001c1},
	{0x0015, 66, 67, 0x000001be},
	{0x0015, 65, 0, 0x000001bd},
	{0x0015, 64, 0, 0x000001bc},
	{0x0015, 63, 0, 0x000001a6},
	{0x0015, 62, 63, 0x00000197},
	{0x0025, 0, 4, 0x00000180},
	{0x0015, 60, 0, 0x00000196},
	{0x0015, 59, 0, 0x00000193},
	{0x0015, 58, 0, 0x0000018e},
	{0x0015, 57, 58, 0x00000185},
	{0x0015, 56, 0, 0x00000180},
	{0x0015, 55, 0, 0x0000017f},
	{0x0015, 54, 0, 0x00000171},
	{0x0015, 53, 54, 0x00000153},
	{0x0025, 0, 9, 0x000000e0},
	{0x0025, 0, 4, 0x00000100},
	{0x0015, 50, 0, 0x00000152},
	{0x0015, 49, 0, 0x00000109},
	{0x0015, 48, 0, 0x00000108},
	{0x0015, 47, 48, 0x00000107},
	{0x0015, 46, 0, 0x00000100},
	{0x0015, 45, 0, 0x000000f8},
	{0x0015, 44, 0, 0x000000f2},
	{0x0015, 43, 44, 0x000000f0},
	{0x0025, 0, 4, 0x000000ca},
	{0x0015, 41, 0, 0x000000e0},
	{0x0015, 40, 0, 0x000000d3},
	{0x0015, 39, 0, 0x000000d1},
	{0x0015, 38, 39, 0x000000cd},
	{0x0015, 37, 0, 0x000000ca},
	{0x0015, 36, 0, 0x000000c9},
	{0x0015, 35, 0, 0x000000c8},
	{0x0015, 34, 35, 0x000000c7},
	{0x0025, 0, 19, 0x00000032},
	{0x0025, 0, 9, 0x00000084},
	{0x0025, 0, 4, 0x000000a5},
	{0x0015, 30, 0, 0x000000c0},
	{0x0015, 29, 0, 0x000000bf},
	{0x0015, 28, 0, 0x000000ad},
	{0x0015, 27, 28, 0x000000ab},
	{0x0015, 26, 0, 0x000000a5},
	{0x0015, 25, 0, 0x000000a2},
	{0x0015, 24, 0, 0x0000009e},
	{0x0015, 23, 24, 0x00000093},
	{0x0025, 0, 4, 0x00000050},
	{0x0015, 21, 0, 0x00000084},
	{0x0015, 20, 0, 0x0000007d},
	{0x0015, 19, 0, 0x00000077},
	{0x0015, 18, 19, 0x0000005b},
	{0x0015, 17, 0, 0x00000050},
	{0x0015, 16, 0, 0x0000004e},
	{0x0015, 15, 0, 0x00000041},
	{0x0015, 14, 15, 0x00000040},
	{0x0025, 0, 9, 0x00000004},
	{0x0025, 0, 4, 0x0000001d},
	{0x0015, 11, 0, 0x00000032},
	{0x0015, 10, 0, 0x00000031},
	{0x0015, 9, 0, 0x0000002f},
	{0x0015, 8, 9, 0x0000002d},
	{0x0015, 7, 0, 0x0000001d},
	{0x0015, 6, 0, 0x00000018},
	{0x0015, 5, 0, 0x00000014},
	{0x0015, 4, 5, 0x0000000b},
	{0x0015, 3, 0, 0x00000004},
	{0x0015, 2, 0, 0x00000003},
	{0x0015, 1, 0, 0x00000001},
	{0x0015, 0, 1, 0x00000000},
	{0x0006, 0, 0, 0x7fff0000},
	{0x0006, 0, 0, 0x80000000},
};
static const struct svc_seccomp svc_allow_seccomp[] = {
	{svc_allow_bpf0, 79},
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
	{0x0015, 0, 3, 0x40000028},
	{0x0020, 0, 0, 0x00000000},
	{0x0015, 1, 0, 0x0000001a},
	{0x0006, 0, 0, 0x7fff0000},
	{0x0006, 0, 0, 0x80000000},
};
static const struct svc_seccomp svc_deny_seccomp[] = {
	{svc_deny_bpf0, 6},
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

const char svc_policy_digest[] = "535f86c8984a1dac";
