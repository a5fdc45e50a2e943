/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* a */
static const char *const svc_a_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_a_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	"RUNTIME_DIRECTORY=/run/a",
	NULL,
};
static const gid_t svc_a_groups[] = { 65534 };
static char svc_a_log_ring[4096];
static const struct svc_dir svc_a_dirs[] = {
	{ .path = "/run/a", .base_len = 4, .mode = 0755, .type = SVC_DIR_RUNTIME, .owned = 1 },
};

/* b */
static const char *const svc_b_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_b_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	"RUNTIME_DIRECTORY=/run/b",
	NULL,
};
static const gid_t svc_b_groups[] = { 65534 };
static char svc_b_log_ring[4096];
static const struct svc_dir svc_b_dirs[] = {
	{ .path = "/run/b", .base_len = 4, .mode = 0755, .type = SVC_DIR_RUNTIME, .owned = 1 },
};

/* c */
static const char *const svc_c_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_c_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	"RUNTIME_DIRECTORY=/run/c",
	NULL,
};
static const gid_t svc_c_groups[] = { 65534 };
static char svc_c_log_ring[4096];
static const struct svc_dir svc_c_dirs[] = {
	{ .path = "/run/c", .base_len = 4, .mode = 0755, .type = SVC_DIR_RUNTIME, .owned = 1 },
};

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "a",
		.argv = svc_a_argv,
		.envp = svc_a_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_a_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.dirs = svc_a_dirs,
		.ndirs = 1,
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
		.uid = 65534,
		.gid = 65534,
		.groups = svc_b_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.dirs = svc_b_dirs,
		.ndirs = 1,
		.runtime_preserve = 1,
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
		.uid = 65534,
		.gid = 65534,
		.groups = svc_c_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.dirs = svc_c_dirs,
		.ndirs = 1,
		.runtime_preserve = 2,
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

const char svc_policy_digest[] = "17013b8f20b3c960";
