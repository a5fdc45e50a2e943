/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* chatty */
static const char *const svc_chatty_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_chatty_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_chatty_groups[] = { 0 };
static char svc_chatty_log_ring[4096];

/* quiet */
static const char *const svc_quiet_argv[] = {
	"/bin/sh",
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

/* plain */
static const char *const svc_plain_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_plain_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_plain_groups[] = { 0 };
static char svc_plain_log_ring[1024];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "chatty",
		.argv = svc_chatty_argv,
		.envp = svc_chatty_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_chatty_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_chatty_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 10,
		.log_rate_interval_ms = 60000,
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
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
	},
	{
		.id = "plain",
		.argv = svc_plain_argv,
		.envp = svc_plain_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_plain_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_plain_log_ring,
		.log_ring_size = 1024,
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

const char svc_policy_digest[] = "6dc94029cf95d8e7";
