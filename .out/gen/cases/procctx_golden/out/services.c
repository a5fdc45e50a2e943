/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* favoured */
static const char *const svc_favoured_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_favoured_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_favoured_groups[] = { 65534 };
static char svc_favoured_log_ring[4096];
static const struct svc_cpu_range svc_favoured_cpus[] = { {0, 0}, {2, 3} };

/* batch */
static const char *const svc_batch_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_batch_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_batch_groups[] = { 0 };
static char svc_batch_log_ring[4096];
static const struct svc_cpu_range svc_batch_cpus[] = { {5, 5}, {1, 1}, {8191, 8191} };

/* level_only */
static const char *const svc_level_only_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_level_only_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_level_only_groups[] = { 0 };
static char svc_level_only_log_ring[4096];
static const struct svc_cpu_range svc_level_only_cpus[] = { {0, 8191} };

/* class_only */
static const char *const svc_class_only_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_class_only_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_class_only_groups[] = { 0 };
static char svc_class_only_log_ring[4096];

/* no_class */
static const char *const svc_no_class_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_no_class_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_no_class_groups[] = { 0 };
static char svc_no_class_log_ring[4096];

/* inherits */
static const char *const svc_inherits_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_inherits_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_inherits_groups[] = { 0 };
static char svc_inherits_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "favoured",
		.argv = svc_favoured_argv,
		.envp = svc_favoured_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_favoured_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.log_ring = svc_favoured_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
		.sigpipe_default = 1, /* IGNORE_SIGPIPE=n */
		.oom_score_adjust_set = 1,
		.oom_score_adjust = -1000,
		.nice_set = 1,
		.nice = -20,
		.cpu_affinity = svc_favoured_cpus,
		.ncpu_affinity = 2,
		.ioprio_set = 1,
		.ioprio = (1 << 13) | 0, /* realtime */
	},
	{
		.id = "batch",
		.argv = svc_batch_argv,
		.envp = svc_batch_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_batch_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_batch_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
		.oom_score_adjust_set = 1,
		.oom_score_adjust = 1000,
		.nice_set = 1,
		.nice = 19,
		.cpu_affinity = svc_batch_cpus,
		.ncpu_affinity = 3,
		.ioprio_set = 1,
		.ioprio = (3 << 13) | 0, /* idle */
	},
	{
		.id = "level_only",
		.argv = svc_level_only_argv,
		.envp = svc_level_only_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_level_only_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_level_only_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
		.cpu_affinity = svc_level_only_cpus,
		.ncpu_affinity = 1,
		.ioprio_set = 1,
		.ioprio = (2 << 13) | 7, /* best-effort */
	},
	{
		.id = "class_only",
		.argv = svc_class_only_argv,
		.envp = svc_class_only_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_class_only_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_class_only_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
		.oom_score_adjust_set = 1,
		.oom_score_adjust = 0,
		.nice_set = 1,
		.nice = 0,
		.ioprio_set = 1,
		.ioprio = (2 << 13) | 4, /* best-effort */
	},
	{
		.id = "no_class",
		.argv = svc_no_class_argv,
		.envp = svc_no_class_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_no_class_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_no_class_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
		.ioprio_set = 1,
		.ioprio = (0 << 13) | 0, /* none */
	},
	{
		.id = "inherits",
		.argv = svc_inherits_argv,
		.envp = svc_inherits_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_inherits_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_inherits_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
};

const unsigned int svc_count = 6;

const char *const init_modules[] = {
	NULL,
};

const struct init_mount init_mounts[] = {
	{ .target = NULL },
};

const unsigned int init_mount_count = 0;

const char svc_policy_digest[] = "c9c1d5a66bdf6db2";
