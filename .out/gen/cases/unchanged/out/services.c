/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* log */
static const char *const svc_log_argv[] = {
	"/sbin/syslogd",
	"-n",
	NULL,
};
static const char *const svc_log_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_log_groups[] = { 50 };
static char svc_log_log_ring[4096];

/* db */
static const char *const svc_db_argv[] = {
	"/bin/sh",
	"-c",
	"exec sleep 1000",
	NULL,
};
static const char *const svc_db_envp[] = {
	"PATH=/opt/bin",
	NULL,
};
static const gid_t svc_db_groups[] = { 1234 };
static const unsigned short svc_db_after[] = { 0 };

/* web */
static const char *const svc_web_argv[] = {
	"/usr/sbin/httpd",
	"-f",
	"-h",
	"/var/www",
	"say \"hi\"",
	"back\\slash",
	"tab\there",
	"?\?=",
	"\303\251",
	"\001x",
	NULL,
};
static const char *const svc_web_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/srv",
	"USER=www",
	"LOGNAME=www",
	"SHELL=/bin/false",
	"MOTD=hello  world",
	"X=a\"b",
	NULL,
};
static const gid_t svc_web_groups[] = { 33 };
static const unsigned short svc_web_after[] = { 1, 0 };

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "log",
		.argv = svc_log_argv,
		.envp = svc_log_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 50,
		.groups = svc_log_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_ALWAYS,
		.output = SVC_OUTPUT_LOG,
		.log_ring = svc_log_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "db",
		.argv = svc_db_argv,
		.envp = svc_db_envp,
		.workdir = "/",
		.uid = 1234,
		.gid = 1234,
		.groups = svc_db_groups,
		.ngroups = 1,
		.umask = 0000,
		.type = SVC_TYPE_ONESHOT,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_CONSOLE,
		.after = svc_db_after,
		.nafter = 1,
	},
	{
		.id = "web",
		.argv = svc_web_argv,
		.envp = svc_web_envp,
		.workdir = "/var/www",
		.uid = 33,
		.gid = 33,
		.groups = svc_web_groups,
		.ngroups = 1,
		.umask = 0027,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_ON_FAILURE,
		.output = SVC_OUTPUT_NULL,
		.after = svc_web_after,
		.nafter = 2,
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

const char svc_policy_digest[] = "1c69b8610942e828";
