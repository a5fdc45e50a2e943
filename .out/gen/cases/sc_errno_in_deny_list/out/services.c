/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* errno */
static const char *const svc_errno_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_errno_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_errno_groups[] = { 65534 };
static char svc_errno_log_ring[4096];
static const struct svc_bpf svc_errno_bpf0[] = { /* system-call-filter */
	{0x0020, 0, 0, 0x00000004},
	{0x0015, 0, 16, 0xc000003e},
	{0x0020, 0, 0, 0x00000000},
	{0x0035, 0, 1, 0x40000000},
	{0x0015, 0, 13, 0xffffffff},
	{0x0020, 0, 0, 0x00000000},
	{0x0025, 0, 6, 0x000000a5},
	{0x0015, 4, 0, 0x000000a9},
	{0x0015, 1, 0, 0x000000a8},
	{0x0015, 0, 1, 0x000000a7},
	{0x0006, 0, 0, 0x00050001},
	{0x0015, 0, 4, 0x000000a6},
	{0x0006, 0, 0, 0x0005000d},
	{0x0015, 0, 1, 0x000000a5},
	{0x0006, 0, 0, 0x00050026},
	{0x0015, 1, 0, 0x00000065},
	{0x0006, 0, 0, 0x7fff0000},
	{0x0006, 0, 0, 0x00050ffe},
	{0x0006, 0, 0, 0x80000000},
};
static const struct svc_seccomp svc_errno_seccomp[] = {
	{svc_errno_bpf0, 19},
};

/* kill */
static const char *const svc_kill_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_kill_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_kill_groups[] = { 65534 };
static char svc_kill_log_ring[4096];
static const struct svc_bpf svc_kill_bpf0[] = { /* system-call-filter */
	{0x0020, 0, 0, 0x00000004},
	{0x0015, 0, 9, 0xc000003e},
	{0x0020, 0, 0, 0x00000000},
	{0x0035, 0, 1, 0x40000000},
	{0x0015, 0, 6, 0xffffffff},
	{0x0020, 0, 0, 0x00000000},
	{0x0015, 4, 0, 0x000000a9},
	{0x0015, 2, 0, 0x000000a8},
	{0x0015, 1, 0, 0x000000a7},
	{0x0006, 0, 0, 0x7fff0000},
	{0x0006, 0, 0, 0x00050001},
	{0x0006, 0, 0, 0x80000000},
};
static const struct svc_seccomp svc_kill_seccomp[] = {
	{svc_kill_bpf0, 12},
};

/* number */
static const char *const svc_number_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_number_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_number_groups[] = { 65534 };
static char svc_number_log_ring[4096];
static const struct svc_bpf svc_number_bpf0[] = { /* system-call-filter */
	{0x0020, 0, 0, 0x00000004},
	{0x0015, 0, 7, 0xc000003e},
	{0x0020, 0, 0, 0x00000000},
	{0x0035, 0, 1, 0x40000000},
	{0x0015, 0, 4, 0xffffffff},
	{0x0020, 0, 0, 0x00000000},
	{0x0015, 1, 0, 0x000000a9},
	{0x0006, 0, 0, 0x7fff0000},
	{0x0006, 0, 0, 0x000504d2},
	{0x0006, 0, 0, 0x80000000},
};
static const struct svc_seccomp svc_number_seccomp[] = {
	{svc_number_bpf0, 10},
};

/* explicit */
static const char *const svc_explicit_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_explicit_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_explicit_groups[] = { 65534 };
static char svc_explicit_log_ring[4096];
static const struct svc_bpf svc_explicit_bpf0[] = { /* system-call-filter */
	{0x0020, 0, 0, 0x00000004},
	{0x0015, 0, 6, 0xc000003e},
	{0x0020, 0, 0, 0x00000000},
	{0x0035, 0, 1, 0x40000000},
	{0x0015, 0, 3, 0xffffffff},
	{0x0020, 0, 0, 0x00000000},
	{0x0015, 1, 0, 0x000000a9},
	{0x0006, 0, 0, 0x7fff0000},
	{0x0006, 0, 0, 0x80000000},
};
static const struct svc_seccomp svc_explicit_seccomp[] = {
	{svc_explicit_bpf0, 9},
};

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "errno",
		.argv = svc_errno_argv,
		.envp = svc_errno_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_errno_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.seccomp = svc_errno_seccomp,
		.nseccomp = 1,
		.log_ring = svc_errno_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "kill",
		.argv = svc_kill_argv,
		.envp = svc_kill_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_kill_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.seccomp = svc_kill_seccomp,
		.nseccomp = 1,
		.log_ring = svc_kill_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "number",
		.argv = svc_number_argv,
		.envp = svc_number_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_number_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.seccomp = svc_number_seccomp,
		.nseccomp = 1,
		.log_ring = svc_number_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "explicit",
		.argv = svc_explicit_argv,
		.envp = svc_explicit_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_explicit_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.seccomp = svc_explicit_seccomp,
		.nseccomp = 1,
		.log_ring = svc_explicit_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
};

const unsigned int svc_count = 4;

const char *const init_modules[] = {
	NULL,
};

const struct init_mount init_mounts[] = {
	{ .target = NULL },
};

const unsigned int init_mount_count = 0;

const char svc_policy_digest[] = "60b5306a6344ce32";
