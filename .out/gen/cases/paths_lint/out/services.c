/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* strict */
static const char *const svc_strict_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_strict_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_strict_groups[] = { 0 };
static char svc_strict_log_ring[4096];

/* yes */
static const char *const svc_yes_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_yes_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_yes_groups[] = { 0 };
static char svc_yes_log_ring[4096];

/* full */
static const char *const svc_full_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_full_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_full_groups[] = { 0 };
static char svc_full_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "strict",
		.argv = svc_strict_argv,
		.envp = svc_strict_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_strict_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.protect_system = SVC_PROTECT_SYSTEM_STRICT,
		.binds = (const struct svc_bind[]){
			{ .source = "/var/www", .target = "/sbin", .read_only = 1, .recursive = 1, .optional = 0 },
			{ .source = "/var/www", .target = "/usr/bin", .read_only = 0, .recursive = 1, .optional = 0 },
			{ .source = "/var/jail", .target = "/var/www", .read_only = 0, .recursive = 1, .optional = 0 },
		},
		.nbinds = 3,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_strict_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "yes",
		.argv = svc_yes_argv,
		.envp = svc_yes_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_yes_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.protect_system = SVC_PROTECT_SYSTEM_YES,
		.binds = (const struct svc_bind[]){
			{ .source = "/var/www", .target = "/etc", .read_only = 0, .recursive = 1, .optional = 0 },
			{ .source = "/var/jail", .target = "/usr/sbin", .read_only = 0, .recursive = 1, .optional = 0 },
		},
		.nbinds = 2,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_yes_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "full",
		.argv = svc_full_argv,
		.envp = svc_full_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_full_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.protect_system = SVC_PROTECT_SYSTEM_FULL,
		.binds = (const struct svc_bind[]){
			{ .source = "/var/www", .target = "/etc", .read_only = 0, .recursive = 1, .optional = 0 },
		},
		.nbinds = 1,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_full_log_ring,
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

const char svc_policy_digest[] = "6cc0d63c1b2181f1";
