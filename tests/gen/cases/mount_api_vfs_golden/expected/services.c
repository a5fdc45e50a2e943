/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* yes */
static const char *const svc_yes_argv[] = {
	"/bin/app",
	NULL,
};
static const char *const svc_yes_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_yes_groups[] = { 65534 };
static char svc_yes_log_ring[4096];

/* no */
static const char *const svc_no_argv[] = {
	"/bin/app",
	NULL,
};
static const char *const svc_no_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_no_groups[] = { 65534 };
static char svc_no_log_ring[4096];

/* def */
static const char *const svc_def_argv[] = {
	"/bin/app",
	NULL,
};
static const char *const svc_def_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_def_groups[] = { 65534 };
static char svc_def_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "yes",
		.argv = svc_yes_argv,
		.envp = svc_yes_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_yes_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.root_directory = "/var/jail",
		.mount_api_vfs = SVC_MOUNT_API_VFS_YES,
		.log_ring = svc_yes_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "no",
		.argv = svc_no_argv,
		.envp = svc_no_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_no_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.private_network = 1,
		.root_directory = "/var/jail",
		.mount_api_vfs = SVC_MOUNT_API_VFS_NO,
		.log_ring = svc_no_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "def",
		.argv = svc_def_argv,
		.envp = svc_def_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_def_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.root_directory = "/var/jail",
		.log_ring = svc_def_log_ring,
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

const char svc_policy_digest[] = "755c34f77e0bc535";
