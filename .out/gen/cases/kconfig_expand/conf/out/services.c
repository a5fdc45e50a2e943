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
static const gid_t svc_log_groups[] = { 0 };
static char svc_log_log_ring[4096];

/* web */
static const char *const svc_web_argv[] = {
	"/usr/sbin/httpd",
	"-f",
	"-p",
	"8080",
	"-h",
	"/var/www",
	NULL,
};
static const char *const svc_web_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/www",
	"USER=www",
	"LOGNAME=www",
	"SHELL=/bin/false",
	"LANG=C",
	"MOTD=hello world",
	NULL,
};
static const gid_t svc_web_groups[] = { 50 };
static const unsigned short svc_web_after[] = { 0 };

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "log",
		.argv = svc_log_argv,
		.envp = svc_log_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
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
		.id = "web",
		.argv = svc_web_argv,
		.envp = svc_web_envp,
		.workdir = "/var/www",
		.uid = 33,
		.gid = 50,
		.groups = svc_web_groups,
		.ngroups = 1,
		.umask = 0027,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_ON_FAILURE,
		.output = SVC_OUTPUT_NULL,
		.after = svc_web_after,
		.nafter = 1,
	},
};

const unsigned int svc_count = 2;

const char *const init_modules[] = {
	NULL,
};

const struct init_mount init_mounts[] = {
	{ .target = NULL },
};

const unsigned int init_mount_count = 0;

const char svc_policy_digest[] = "3e0e4630bab1d0a6";
