/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* guard */
static const char *const svc_guard_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_guard_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_guard_groups[] = { 0 };
static char svc_guard_log_ring[4096];

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

/* bare */
static const char *const svc_bare_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_bare_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_bare_groups[] = { 0 };
static const struct svc_dev_rule svc_bare_dev[] = {
	/* DEVICE_POLICY: the standard pseudo-devices */
	{.type = 'c', .major = 1, .minor = 3, .access = 6}, /* /dev/null */
	{.type = 'c', .major = 1, .minor = 5, .access = 6}, /* /dev/zero */
	{.type = 'c', .major = 1, .minor = 7, .access = 6}, /* /dev/full */
	{.type = 'c', .major = 1, .minor = 8, .access = 6}, /* /dev/random */
	{.type = 'c', .major = 1, .minor = 9, .access = 6}, /* /dev/urandom */
	{.type = 'c', .major = 5, .minor = 0, .access = 6}, /* /dev/tty */
	{.type = 'c', .major = 5, .minor = 2, .access = 6}, /* /dev/ptmx */
};
static char svc_bare_log_ring[4096];

/* user */
static const char *const svc_user_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_user_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_user_groups[] = { 65534 };
static char svc_user_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "guard",
		.argv = svc_guard_argv,
		.envp = svc_guard_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_guard_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.protect_cgroups = 1,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000001000ULL,
		.tasks_max = "8",
		.log_ring = svc_guard_log_ring,
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
		.protect_cgroups = 1,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000280000ULL,
		.memory_max = "16777216",
		.log_ring = svc_admin_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "bare",
		.argv = svc_bare_argv,
		.envp = svc_bare_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_bare_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.dev_filter = 1,
		.dev_rules = svc_bare_dev,
		.ndev_rules = 7,
		.tasks_max = "16",
		.log_ring = svc_bare_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "user",
		.argv = svc_user_argv,
		.envp = svc_user_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_user_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.tasks_max = "8",
		.log_ring = svc_user_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
};

const unsigned int svc_count = 4;

const char *const init_modules[] = {
	NULL,
};

const struct init_mount init_mounts[] = {
	{ .target = NULL },
};

const unsigned int init_mount_count = 0;

const char svc_policy_digest[] = "29b22f745e46f597";
