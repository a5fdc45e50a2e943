/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* loose */
static const char *const svc_loose_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_loose_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_loose_groups[] = { 65534 };
static const struct svc_rlimit svc_loose_rlimits[] = {
	{ RLIMIT_NICE, 0ULL, 25ULL },
};
static char svc_loose_log_ring[4096];

/* unbounded */
static const char *const svc_unbounded_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_unbounded_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_unbounded_groups[] = { 65534 };
static const struct svc_rlimit svc_unbounded_rlimits[] = {
	{ RLIMIT_NICE, 18446744073709551615ULL, 18446744073709551615ULL },
};
static char svc_unbounded_log_ring[4096];

/* exact */
static const char *const svc_exact_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_exact_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_exact_groups[] = { 65534 };
static const struct svc_rlimit svc_exact_rlimits[] = {
	{ RLIMIT_NICE, 10ULL, 10ULL },
};
static char svc_exact_log_ring[4096];

/* no_nice */
static const char *const svc_no_nice_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_no_nice_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_no_nice_groups[] = { 65534 };
static const struct svc_rlimit svc_no_nice_rlimits[] = {
	{ RLIMIT_NICE, 30ULL, 30ULL },
};
static char svc_no_nice_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "loose",
		.argv = svc_loose_argv,
		.envp = svc_loose_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_loose_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.rlimits = svc_loose_rlimits,
		.nrlimits = 1,
		.log_ring = svc_loose_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
		.nice_set = 1,
		.nice = 0,
	},
	{
		.id = "unbounded",
		.argv = svc_unbounded_argv,
		.envp = svc_unbounded_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_unbounded_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.rlimits = svc_unbounded_rlimits,
		.nrlimits = 1,
		.log_ring = svc_unbounded_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
		.nice_set = 1,
		.nice = -5,
	},
	{
		.id = "exact",
		.argv = svc_exact_argv,
		.envp = svc_exact_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_exact_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.rlimits = svc_exact_rlimits,
		.nrlimits = 1,
		.log_ring = svc_exact_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
		.nice_set = 1,
		.nice = 10,
	},
	{
		.id = "no_nice",
		.argv = svc_no_nice_argv,
		.envp = svc_no_nice_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_no_nice_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.rlimits = svc_no_nice_rlimits,
		.nrlimits = 1,
		.log_ring = svc_no_nice_log_ring,
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

const char svc_policy_digest[] = "8a0782059a11db9e";
