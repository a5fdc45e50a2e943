/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* alone */
static const char *const svc_alone_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_alone_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_alone_groups[] = { 65534 };
static char svc_alone_log_ring[4096];

/* beside */
static const char *const svc_beside_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_beside_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_beside_groups[] = { 65534 };
static char svc_beside_log_ring[4096];
static const struct svc_bpf svc_beside_bpf0[] = { /* lock-personality */
	{0x0020, 0, 0, 0x00000004},
	{0x0015, 0, 11, 0xc000003e},
	{0x0020, 0, 0, 0x00000000},
	{0x0035, 0, 1, 0x40000000},
	{0x0015, 0, 8, 0xffffffff},
	{0x0020, 0, 0, 0x00000000},
	{0x0015, 0, 5, 0x00000087},
	{0x0020, 0, 0, 0x00000014},
	{0x0015, 0, 2, 0x00000000},
	{0x0020, 0, 0, 0x00000010},
	{0x0015, 1, 0, 0x00000000},
	{0x0006, 0, 0, 0x00050001},
	{0x0006, 0, 0, 0x7fff0000},
	{0x0006, 0, 0, 0x80000000},
};
static const struct svc_seccomp svc_beside_seccomp[] = {
	{svc_beside_bpf0, 14},
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

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "alone",
		.argv = svc_alone_argv,
		.envp = svc_alone_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_alone_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.log_ring = svc_alone_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "beside",
		.argv = svc_beside_argv,
		.envp = svc_beside_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_beside_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.seccomp = svc_beside_seccomp,
		.nseccomp = 1,
		.log_ring = svc_beside_log_ring,
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
		.log_ring = svc_kill_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
};

const unsigned int svc_count = 3;

const char *const init_modules[] = {
	NULL,
};

const struct init_mount init_mounts[] = {
	{ .target = NULL },
};

const unsigned int init_mount_count = 0;

const char svc_policy_digest[] = "7043cd4dd2a472c2";
