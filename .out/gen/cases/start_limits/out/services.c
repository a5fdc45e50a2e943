/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* critical */
static const char *const svc_critical_argv[] = {
	"/bin/sh",
	"-c",
	"exit 1",
	NULL,
};
static const char *const svc_critical_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_critical_groups[] = { 0 };
static char svc_critical_log_ring[4096];

/* quiet */
static const char *const svc_quiet_argv[] = {
	"/bin/sh",
	"-c",
	"exit 1",
	NULL,
};
static const char *const svc_quiet_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_quiet_groups[] = { 0 };
static char svc_quiet_log_ring[4096];

/* off */
static const char *const svc_off_argv[] = {
	"/bin/sh",
	"-c",
	"exit 1",
	NULL,
};
static const char *const svc_off_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_off_groups[] = { 0 };
static char svc_off_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "critical",
		.argv = svc_critical_argv,
		.envp = svc_critical_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_critical_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_ALWAYS,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_critical_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
		.start_limit_burst = 3,
		.start_limit_interval_ms = 60000,
		.start_limit_action = SVC_ACTION_REBOOT,
	},
	{
		.id = "quiet",
		.argv = svc_quiet_argv,
		.envp = svc_quiet_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_quiet_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_ON_FAILURE,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_quiet_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
		.start_limit_burst = 5,
		.start_limit_interval_ms = 10000,
	},
	{
		.id = "off",
		.argv = svc_off_argv,
		.envp = svc_off_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_off_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_ALWAYS,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_off_log_ring,
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

const char svc_policy_digest[] = "29b4a33d735ec839";
