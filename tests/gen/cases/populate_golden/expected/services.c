/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* a */
static const char *const svc_a_argv[] = {
	"/bin/app",
	NULL,
};
static const char *const svc_a_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/www",
	"USER=www",
	"LOGNAME=www",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_a_groups[] = { 33 };
static char svc_a_log_ring[4096];

/* b */
static const char *const svc_b_argv[] = {
	"/bin/app",
	NULL,
};
static const char *const svc_b_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/www",
	"USER=www",
	"LOGNAME=www",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_b_groups[] = { 33 };
static char svc_b_log_ring[4096];

/* c */
static const char *const svc_c_argv[] = {
	"/bin/app",
	NULL,
};
static const char *const svc_c_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/www",
	"USER=www",
	"LOGNAME=www",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_c_groups[] = { 33 };
static char svc_c_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "a",
		.argv = svc_a_argv,
		.envp = svc_a_envp,
		.workdir = "/",
		.uid = 33,
		.gid = 33,
		.groups = svc_a_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.root_directory = "/var/jail",
		.read_only_paths = (const char *const[]){ "/", NULL },
		.log_ring = svc_a_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "b",
		.argv = svc_b_argv,
		.envp = svc_b_envp,
		.workdir = "/",
		.uid = 33,
		.gid = 33,
		.groups = svc_b_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.root_directory = "/var/jail",
		.read_only_paths = (const char *const[]){ "/bin", "/", NULL },
		.log_ring = svc_b_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "c",
		.argv = svc_c_argv,
		.envp = svc_c_envp,
		.workdir = "/",
		.uid = 33,
		.gid = 33,
		.groups = svc_c_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.root_directory = "/var/jail",
		.read_only_paths = (const char *const[]){ "/", "/bin", NULL },
		.log_ring = svc_c_log_ring,
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

const char svc_policy_digest[] = "bc78668cd84ff9e8";
