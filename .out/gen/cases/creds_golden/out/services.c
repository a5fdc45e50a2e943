/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* web */
static const char *const svc_web_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_web_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/www",
	"USER=www",
	"LOGNAME=www",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_web_groups[] = { 33, 50, 1 };
static const struct svc_rlimit svc_web_rlimits[] = {
	{ RLIMIT_NOFILE, 1024ULL, 4096ULL },
	{ RLIMIT_CORE, 0ULL, 0ULL },
	{ RLIMIT_FSIZE, 5000000000ULL, 18446744073709551615ULL },
};
static char svc_web_log_ring[4096];

/* admin */
static const char *const svc_admin_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_admin_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_admin_groups[] = { 0 };
static char svc_admin_log_ring[4096];

/* none */
static const char *const svc_none_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_none_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_none_groups[] = { 0 };
static char svc_none_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "web",
		.argv = svc_web_argv,
		.envp = svc_web_envp,
		.workdir = "/",
		.uid = 33,
		.gid = 33,
		.groups = svc_web_groups,
		.ngroups = 3,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.rlimits = svc_web_rlimits,
		.nrlimits = 3,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000401ULL,
		.cap_ambient = 0x0000000000000400ULL,
		.log_ring = svc_web_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "admin",
		.argv = svc_admin_argv,
		.envp = svc_admin_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_admin_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_ALL_BUT,
		.cap_bounding = 0xfffffffffffcffffULL,
		.new_privs_allowed = 1,
		.securebits = 0x21,
		.log_ring = svc_admin_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "none",
		.argv = svc_none_argv,
		.envp = svc_none_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_none_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_none_log_ring,
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

const char svc_policy_digest[] = "3009ad02ec48babc";
