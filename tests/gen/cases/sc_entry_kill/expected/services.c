/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* a */
static const char *const svc_a_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_a_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_a_groups[] = { 0 };
static char svc_a_log_ring[4096];
static const struct svc_bpf svc_a_bpf0[] = { /* system-call-filter */
	{0x0020, 0, 0, 0x00000004},
	{0x0015, 0, 10, 0xc000003e},
	{0x0020, 0, 0, 0x00000000},
	{0x0035, 0, 1, 0x40000000},
	{0x0015, 0, 7, 0xffffffff},
	{0x0020, 0, 0, 0x00000000},
	{0x0015, 0, 1, 0x000000aa},
	{0x0006, 0, 0, 0x00050001},
	{0x0015, 0, 1, 0x000000a9},
	{0x0006, 0, 0, 0x00050054},
	{0x0015, 1, 0, 0x0000003f},
	{0x0006, 0, 0, 0x7fff0000},
	{0x0006, 0, 0, 0x80000000},
};
static const struct svc_seccomp svc_a_seccomp[] = {
	{svc_a_bpf0, 13},
};

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "a",
		.argv = svc_a_argv,
		.envp = svc_a_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_a_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.seccomp = svc_a_seccomp,
		.nseccomp = 1,
		.log_ring = svc_a_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
};

const unsigned int svc_count = 1;

const char *const init_modules[] = {
	NULL,
};

const struct init_mount init_mounts[] = {
	{ .target = NULL },
};

const unsigned int init_mount_count = 0;

const char svc_policy_digest[] = "265eb174f4d6bf86";
