/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* runtime */
static const char *const svc_runtime_argv[] = {
	"/bin/sh",
	"-c",
	"echo boot=\001b kernel=\001v host=\001H",
	"x\001b%v\001H",
	NULL,
};
static const char *const svc_runtime_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const char *const svc_runtime_pre0[] = {
	"/bin/sh",
	"-c",
	"test \001v = 6.1",
	NULL,
};
static const struct svc_cmd svc_runtime_pre[] = {
	{ .argv = svc_runtime_pre0, .condition = 1 },
};
static const gid_t svc_runtime_groups[] = { 0 };
static char svc_runtime_log_ring[4096];

/* literal */
static const char *const svc_literal_argv[] = {
	"/bin/sh",
	"-c",
	"stat -c %a /tmp",
	"100%",
	NULL,
};
static const char *const svc_literal_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_literal_groups[] = { 0 };
static char svc_literal_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "runtime",
		.argv = svc_runtime_argv,
		.envp = svc_runtime_envp,
		.specifiers = 1, /* %b %v %H: filled in at each start */
		.pre = svc_runtime_pre,
		.npre = 1,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_runtime_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_runtime_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "literal",
		.argv = svc_literal_argv,
		.envp = svc_literal_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_literal_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_literal_log_ring,
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

const char svc_policy_digest[] = "07f67552957b41bb";
