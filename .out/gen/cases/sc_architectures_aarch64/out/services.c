/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* compat */
static const char *const svc_compat_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_compat_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_compat_groups[] = { 65534 };
static char svc_compat_log_ring[4096];
static const struct svc_bpf svc_compat_bpf0[] = { /* memory-deny-write-execute */
	{0x0020, 0, 0, 0x00000004},
	{0x0015, 0, 14, 0xc00000b7},
	{0x0020, 0, 0, 0x00000000},
	{0x0015, 1, 0, 0x00000120},
	{0x0015, 0, 3, 0x000000e2},
	{0x0020, 0, 0, 0x00000024},
	{0x0054, 0, 0, 0x00000000},
	{0x0015, 20, 23, 0x00000000},
	{0x0015, 0, 3, 0x000000de},
	{0x0020, 0, 0, 0x00000024},
	{0x0054, 0, 0, 0x00000000},
	{0x0015, 12, 19, 0x00000000},
	{0x0015, 0, 18, 0x000000c4},
	{0x0020, 0, 0, 0x00000024},
	{0x0054, 0, 0, 0x00000000},
	{0x0015, 4, 15, 0x00000000},
	{0x0015, 0, 16, 0x40000028},
	{0x0020, 0, 0, 0x00000000},
	{0x0015, 9, 0, 0x0000018a},
	{0x0015, 0, 3, 0x00000131},
	{0x0020, 0, 0, 0x00000020},
	{0x0054, 0, 0, 0x00008000},
	{0x0015, 9, 8, 0x00008000},
	{0x0015, 0, 3, 0x000000c0},
	{0x0020, 0, 0, 0x00000020},
	{0x0054, 0, 0, 0x00000006},
	{0x0015, 5, 4, 0x00000006},
	{0x0015, 0, 3, 0x0000007d},
	{0x0020, 0, 0, 0x00000020},
	{0x0054, 0, 0, 0x00000004},
	{0x0015, 1, 0, 0x00000004},
	{0x0006, 0, 0, 0x7fff0000},
	{0x0006, 0, 0, 0x00050001},
	{0x0006, 0, 0, 0x80000000},
};
static const struct svc_seccomp svc_compat_seccomp[] = {
	{svc_compat_bpf0, 34},
};

/* native */
static const char *const svc_native_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_native_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_native_groups[] = { 65534 };
static char svc_native_log_ring[4096];
static const struct svc_bpf svc_native_bpf0[] = { /* memory-deny-write-execute */
	{0x0020, 0, 0, 0x00000004},
	{0x0015, 0, 25, 0xc00000b7},
	{0x0020, 0, 0, 0x00000000},
	{0x0015, 1, 0, 0x00000120},
	{0x0015, 0, 6, 0x000000e2},
	{0x0020, 0, 0, 0x00000024},
	{0x0054, 0, 0, 0x00000000},
	{0x0015, 0, 17, 0x00000000},
	{0x0020, 0, 0, 0x00000020},
	{0x0054, 0, 0, 0x00000004},
	{0x0015, 15, 14, 0x00000004},
	{0x0015, 0, 6, 0x000000de},
	{0x0020, 0, 0, 0x00000024},
	{0x0054, 0, 0, 0x00000000},
	{0x0015, 0, 10, 0x00000000},
	{0x0020, 0, 0, 0x00000020},
	{0x0054, 0, 0, 0x00000006},
	{0x0015, 8, 7, 0x00000006},
	{0x0015, 0, 6, 0x000000c4},
	{0x0020, 0, 0, 0x00000024},
	{0x0054, 0, 0, 0x00000000},
	{0x0015, 0, 3, 0x00000000},
	{0x0020, 0, 0, 0x00000020},
	{0x0054, 0, 0, 0x00008000},
	{0x0015, 1, 0, 0x00008000},
	{0x0006, 0, 0, 0x7fff0000},
	{0x0006, 0, 0, 0x00050001},
	{0x0006, 0, 0, 0x80000000},
};
static const struct svc_seccomp svc_native_seccomp[] = {
	{svc_native_bpf0, 28},
};

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "compat",
		.argv = svc_compat_argv,
		.envp = svc_compat_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_compat_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.seccomp = svc_compat_seccomp,
		.nseccomp = 1,
		.mdwe = 1,
		.log_ring = svc_compat_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "native",
		.argv = svc_native_argv,
		.envp = svc_native_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_native_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.seccomp = svc_native_seccomp,
		.nseccomp = 1,
		.mdwe = 1,
		.log_ring = svc_native_log_ring,
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

const char svc_policy_digest[] = "8b9a5cbff92e0772";
