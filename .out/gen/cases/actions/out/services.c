/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* test */
static const char *const svc_test_argv[] = {
	"/bin/sh",
	"-c",
	"exit 3",
	NULL,
};
static const char *const svc_test_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_test_groups[] = { 0 };
static char svc_test_log_ring[4096];

/* daemon */
static const char *const svc_daemon_argv[] = {
	"/sbin/syslogd",
	"-n",
	NULL,
};
static const char *const svc_daemon_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_daemon_groups[] = { 0 };
static char svc_daemon_log_ring[4096];

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
static char svc_plain_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "test",
		.argv = svc_test_argv,
		.envp = svc_test_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_test_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_ONESHOT,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.success_action = SVC_ACTION_POWEROFF,
		.failure_action = SVC_ACTION_REBOOT,
		.log_ring = svc_test_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "daemon",
		.argv = svc_daemon_argv,
		.envp = svc_daemon_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_daemon_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.failure_action = SVC_ACTION_HALT,
		.log_ring = svc_daemon_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
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
		.log_ring = svc_plain_log_ring,
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

const char svc_policy_digest[] = "8832fcc491693e0a";
