/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* open */
static const char *const svc_open_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_open_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_open_groups[] = { 0 };
static char svc_open_log_ring[4096];

/* alldev */
static const char *const svc_alldev_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_alldev_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_alldev_groups[] = { 65534 };
static const struct svc_dev_rule svc_alldev_dev[] = {
	{.type = 'c', .major = -1, .minor = -1, .access = 7},
	{.type = 'b', .major = -1, .minor = -1, .access = 7},
	/* DEVICE_POLICY: the standard pseudo-devices */
	{.type = 'c', .major = 1, .minor = 3, .access = 6}, /* /dev/null */
	{.type = 'c', .major = 1, .minor = 5, .access = 6}, /* /dev/zero */
	{.type = 'c', .major = 1, .minor = 7, .access = 6}, /* /dev/full */
	{.type = 'c', .major = 1, .minor = 8, .access = 6}, /* /dev/random */
	{.type = 'c', .major = 1, .minor = 9, .access = 6}, /* /dev/urandom */
	{.type = 'c', .major = 5, .minor = 0, .access = 6}, /* /dev/tty */
	{.type = 'c', .major = 5, .minor = 2, .access = 6}, /* /dev/ptmx */
};
static char svc_alldev_log_ring[4096];

/* tracer */
static const char *const svc_tracer_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_tracer_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_tracer_groups[] = { 65534 };
static char svc_tracer_log_ring[4096];

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

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "open",
		.argv = svc_open_argv,
		.envp = svc_open_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_open_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.log_ring = svc_open_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "alldev",
		.argv = svc_alldev_argv,
		.envp = svc_alldev_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_alldev_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.dev_filter = 1,
		.dev_rules = svc_alldev_dev,
		.ndev_rules = 9,
		.log_ring = svc_alldev_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "tracer",
		.argv = svc_tracer_argv,
		.envp = svc_tracer_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_tracer_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000080000ULL,
		.log_ring = svc_tracer_log_ring,
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
		.log_ring = svc_admin_log_ring,
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

const char svc_policy_digest[] = "5402eb6836843ce2";
