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

/* tight */
static const char *const svc_tight_argv[] = {
	"/bin/app",
	NULL,
};
static const char *const svc_tight_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_tight_groups[] = { 65534 };
static const struct svc_dev_rule svc_tight_dev[] = {
	/* DEVICE_POLICY: the standard pseudo-devices */
	{.type = 'c', .major = 1, .minor = 3, .access = 6}, /* /dev/null */
	{.type = 'c', .major = 1, .minor = 5, .access = 6}, /* /dev/zero */
	{.type = 'c', .major = 1, .minor = 7, .access = 6}, /* /dev/full */
	{.type = 'c', .major = 1, .minor = 8, .access = 6}, /* /dev/random */
	{.type = 'c', .major = 1, .minor = 9, .access = 6}, /* /dev/urandom */
	{.type = 'c', .major = 5, .minor = 0, .access = 6}, /* /dev/tty */
	{.type = 'c', .major = 5, .minor = 2, .access = 6}, /* /dev/ptmx */
};
static char svc_tight_log_ring[4096];

/* allbut */
static const char *const svc_allbut_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_allbut_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_allbut_groups[] = { 0 };
static const struct svc_dev_rule svc_allbut_dev[] = {
	{.type = 'c', .major = -1, .minor = -1, .access = 7},
	/* DEVICE_POLICY: the standard pseudo-devices */
	{.type = 'c', .major = 1, .minor = 3, .access = 6}, /* /dev/null */
	{.type = 'c', .major = 1, .minor = 5, .access = 6}, /* /dev/zero */
	{.type = 'c', .major = 1, .minor = 7, .access = 6}, /* /dev/full */
	{.type = 'c', .major = 1, .minor = 8, .access = 6}, /* /dev/random */
	{.type = 'c', .major = 1, .minor = 9, .access = 6}, /* /dev/urandom */
	{.type = 'c', .major = 5, .minor = 0, .access = 6}, /* /dev/tty */
	{.type = 'c', .major = 5, .minor = 2, .access = 6}, /* /dev/ptmx */
};
static char svc_allbut_log_ring[4096];

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
		.id = "tight",
		.argv = svc_tight_argv,
		.envp = svc_tight_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_tight_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.private_network = 1,
		.private_tmp = 1,
		.private_tmp_kib = 1024,
		.private_pids = 1,
		.private_ipc = 1,
		.private_uts = 1,
		.root_directory = "/var/jail",
		.inaccessible_paths = (const char *const[]){ "-/root", NULL },
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000400ULL,
		.dev_filter = 1,
		.dev_rules = svc_tight_dev,
		.ndev_rules = 7,
		.tasks_max = "16",
		.memory_max = "33554432",
		.log_ring = svc_tight_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "allbut",
		.argv = svc_allbut_argv,
		.envp = svc_allbut_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_allbut_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_ALL_BUT,
		.cap_bounding = 0xffffffffffdcffffULL,
		.dev_filter = 1,
		.dev_rules = svc_allbut_dev,
		.ndev_rules = 8,
		.log_ring = svc_allbut_log_ring,
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

const char svc_policy_digest[] = "4ef0f0e0eda445c2";
