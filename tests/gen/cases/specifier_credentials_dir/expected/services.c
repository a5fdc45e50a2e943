/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* creds */
static const char *const svc_creds_argv[] = {
	"/bin/sh",
	"-c",
	"cat /run/credentials/creds/token",
	"x/run/credentials/creds/token",
	"%d",
	"\001b",
	NULL,
};
static const char *const svc_creds_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	"CREDENTIALS_DIRECTORY=/run/credentials/creds",
	NULL,
};
static const char *const svc_creds_pre0[] = {
	"/bin/sh",
	"-c",
	"test -f /run/credentials/creds/token",
	NULL,
};
static const char *const svc_creds_pre1[] = {
	"/bin/sh",
	"-c",
	"test -r /run/credentials/creds/token",
	NULL,
};
static const struct svc_cmd svc_creds_pre[] = {
	{ .argv = svc_creds_pre0, .condition = 1 },
	{ .argv = svc_creds_pre1 },
};
static const gid_t svc_creds_groups[] = { 65534 };
static char svc_creds_log_ring[4096];
static const struct svc_cred svc_creds_creds[] = {
	{ .id = "token", .source = "abc", .kind = SVC_CRED_SET, .len = 3 },
};

/* jailed */
static const char *const svc_jailed_argv[] = {
	"/bin/app",
	"/run/credentials/jailed",
	NULL,
};
static const char *const svc_jailed_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	"CREDENTIALS_DIRECTORY=/run/credentials/jailed",
	NULL,
};
static const gid_t svc_jailed_groups[] = { 65534 };
static char svc_jailed_log_ring[4096];
static const struct svc_cred svc_jailed_creds[] = {
	{ .id = "token", .source = "abc", .kind = SVC_CRED_SET, .len = 3 },
};

/* post */
static const char *const svc_post_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_post_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	"CREDENTIALS_DIRECTORY=/run/credentials/post",
	NULL,
};
static const char *const svc_post_post0[] = {
	"/bin/sh",
	"-c",
	"test -f /run/credentials/post/token",
	NULL,
};
static const struct svc_cmd svc_post_post[] = {
	{ .argv = svc_post_post0 },
};
static const gid_t svc_post_groups[] = { 65534 };
static char svc_post_log_ring[4096];
static const struct svc_cred svc_post_creds[] = {
	{ .id = "token", .source = "abc", .kind = SVC_CRED_SET, .len = 3 },
};

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "creds",
		.argv = svc_creds_argv,
		.envp = svc_creds_envp,
		.specifiers = 1, /* %b %v %H: filled in at each start */
		.pre = svc_creds_pre,
		.npre = 2,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_creds_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.creds = svc_creds_creds,
		.ncreds = 1,
		.creds_dir = "/run/credentials/creds",
		.log_ring = svc_creds_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "jailed",
		.argv = svc_jailed_argv,
		.envp = svc_jailed_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_jailed_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.root_directory = "/var/jail",
		.creds = svc_jailed_creds,
		.ncreds = 1,
		.creds_dir = "/run/credentials/jailed",
		.log_ring = svc_jailed_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "post",
		.argv = svc_post_argv,
		.envp = svc_post_envp,
		.post = svc_post_post,
		.npost = 1,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_post_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.creds = svc_post_creds,
		.ncreds = 1,
		.creds_dir = "/run/credentials/post",
		.log_ring = svc_post_log_ring,
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

const char svc_policy_digest[] = "6be1fb79c535beb3";
