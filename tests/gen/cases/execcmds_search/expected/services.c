/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* a */
static const char *const svc_a_argv[] = {
	"sh",
	NULL,
};
static const char *const svc_a_envp[] = {
	"PATH=/usr/bin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const char *const svc_a_pre0[] = {
	"/bin/sh",
	"-c",
	"exit 0",
	NULL,
};
static const char *const svc_a_pre1[] = {
	"/bin/busybox",
	"true",
	NULL,
};
static const char *const svc_a_pre2[] = {
	"/bin/sh",
	"-c",
	"true",
	NULL,
};
static const struct svc_cmd svc_a_pre[] = {
	{ .argv = svc_a_pre0, .condition = 1 },
	{ .argv = svc_a_pre1, .ignore_failure = 1 },
	{ .argv = svc_a_pre2 },
};
static const gid_t svc_a_groups[] = { 65534 };
static char svc_a_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "a",
		.argv = svc_a_argv,
		.envp = svc_a_envp,
		.pre = svc_a_pre,
		.npre = 3,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_a_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.exec_path = "/bin/sh",
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

const char svc_policy_digest[] = "a0fe9a8d1a6bdc95";
