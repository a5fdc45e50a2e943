/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* none */
static const char *const svc_none_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_none_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_none_groups[] = { 65534 };
static char svc_none_log_ring[4096];

/* chown */
static const char *const svc_chown_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_chown_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_chown_groups[] = { 65534 };
static char svc_chown_log_ring[4096];

/* fowner */
static const char *const svc_fowner_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_fowner_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_fowner_groups[] = { 65534 };
static char svc_fowner_log_ring[4096];

/* readsearch */
static const char *const svc_readsearch_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_readsearch_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_readsearch_groups[] = { 65534 };
static char svc_readsearch_log_ring[4096];

/* allbut */
static const char *const svc_allbut_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_allbut_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_allbut_groups[] = { 65534 };
static char svc_allbut_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "none",
		.argv = svc_none_argv,
		.envp = svc_none_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
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
	{
		.id = "chown",
		.argv = svc_chown_argv,
		.envp = svc_chown_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_chown_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000001ULL,
		.log_ring = svc_chown_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "fowner",
		.argv = svc_fowner_argv,
		.envp = svc_fowner_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_fowner_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000008ULL,
		.log_ring = svc_fowner_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "readsearch",
		.argv = svc_readsearch_argv,
		.envp = svc_readsearch_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_readsearch_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000004ULL,
		.log_ring = svc_readsearch_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "allbut",
		.argv = svc_allbut_argv,
		.envp = svc_allbut_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_allbut_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_ALL_BUT,
		.cap_bounding = 0xffffffff7fff7fe0ULL,
		.log_ring = svc_allbut_log_ring,
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

const char svc_policy_digest[] = "4d1f39ac07495bc8";
