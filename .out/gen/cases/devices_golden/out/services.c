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
static const struct svc_dev_rule svc_strict_dev[] = {
	{.path = "/dev/null", .major = -1, .minor = -1, .access = 6},
	{.class = "tty", .type = 'c', .major = -1, .minor = -1, .access = 6},
	{.class = "loop", .type = 'b', .major = -1, .minor = -1, .access = 2},
	{.type = 'c', .major = 1, .minor = 3, .access = 7},
	{.type = 'b', .major = 7, .minor = -1, .access = 2},
	{.type = 'c', .major = 4095, .minor = 1048575, .access = 1},
	{.type = 'c', .major = -1, .minor = -1, .access = 7},
	{.path = "/dev/net/tun", .major = -1, .minor = -1, .access = 7},
};
static char svc_strict_log_ring[4096];

/* closed */
static const char *const svc_closed_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_closed_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_closed_groups[] = { 0 };
static const struct svc_dev_rule svc_closed_dev[] = {
	/* DEVICE_POLICY: the standard pseudo-devices */
	{.type = 'c', .major = 1, .minor = 3, .access = 6}, /* /dev/null */
	{.type = 'c', .major = 1, .minor = 5, .access = 6}, /* /dev/zero */
	{.type = 'c', .major = 1, .minor = 7, .access = 6}, /* /dev/full */
	{.type = 'c', .major = 1, .minor = 8, .access = 6}, /* /dev/random */
	{.type = 'c', .major = 1, .minor = 9, .access = 6}, /* /dev/urandom */
	{.type = 'c', .major = 5, .minor = 0, .access = 6}, /* /dev/tty */
	{.type = 'c', .major = 5, .minor = 2, .access = 6}, /* /dev/ptmx */
};
static char svc_closed_log_ring[4096];

/* autoallow */
static const char *const svc_autoallow_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_autoallow_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_autoallow_groups[] = { 0 };
static const struct svc_dev_rule svc_autoallow_dev[] = {
	{.path = "/dev/kmsg", .major = -1, .minor = -1, .access = 4},
	/* DEVICE_POLICY: the standard pseudo-devices */
	{.type = 'c', .major = 1, .minor = 3, .access = 6}, /* /dev/null */
	{.type = 'c', .major = 1, .minor = 5, .access = 6}, /* /dev/zero */
	{.type = 'c', .major = 1, .minor = 7, .access = 6}, /* /dev/full */
	{.type = 'c', .major = 1, .minor = 8, .access = 6}, /* /dev/random */
	{.type = 'c', .major = 1, .minor = 9, .access = 6}, /* /dev/urandom */
	{.type = 'c', .major = 5, .minor = 0, .access = 6}, /* /dev/tty */
	{.type = 'c', .major = 5, .minor = 2, .access = 6}, /* /dev/ptmx */
};
static char svc_autoallow_log_ring[4096];

/* nothing */
static const char *const svc_nothing_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_nothing_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_nothing_groups[] = { 0 };
static char svc_nothing_log_ring[4096];

/* denyall */
static const char *const svc_denyall_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_denyall_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_denyall_groups[] = { 0 };
static char svc_denyall_log_ring[4096];

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
		.dev_filter = 1,
		.dev_rules = svc_strict_dev,
		.ndev_rules = 8,
		.tasks_max = "16",
		.memory_max = "67108864",
		.cpu_max = "20000 100000",
		.log_ring = svc_strict_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "closed",
		.argv = svc_closed_argv,
		.envp = svc_closed_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_closed_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.dev_filter = 1,
		.dev_rules = svc_closed_dev,
		.ndev_rules = 7,
		.tasks_max = "max",
		.memory_max = "max",
		.cpu_max = "250000 100000",
		.log_ring = svc_closed_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "autoallow",
		.argv = svc_autoallow_argv,
		.envp = svc_autoallow_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_autoallow_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.dev_filter = 1,
		.dev_rules = svc_autoallow_dev,
		.ndev_rules = 8,
		.memory_max = "1048576",
		.log_ring = svc_autoallow_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "nothing",
		.argv = svc_nothing_argv,
		.envp = svc_nothing_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_nothing_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.log_ring = svc_nothing_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "denyall",
		.argv = svc_denyall_argv,
		.envp = svc_denyall_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_denyall_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.dev_filter = 1,
		.ndev_rules = 0,
		.log_ring = svc_denyall_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
};

const unsigned int svc_count = 5;

const char *const init_modules[] = {
	NULL,
};

const struct init_mount init_mounts[] = {
	{ .target = NULL },
};

const unsigned int init_mount_count = 0;

const char svc_policy_digest[] = "b545d9ff5be0500a";
