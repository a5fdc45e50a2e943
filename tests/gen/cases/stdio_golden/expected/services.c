/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* web */
static const char *const svc_web_argv[] = {
	"httpd",
	"-f",
	NULL,
};
static const char *const svc_web_envp[] = {
	"PATH=/usr/local/bin:/usr/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_web_groups[] = { 0 };
static char svc_web_log_ring[4096];

/* cat */
static const char *const svc_cat_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_cat_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_cat_groups[] = { 0 };

/* rw */
static const char *const svc_rw_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_rw_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_rw_groups[] = { 0 };

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "web",
		.argv = svc_web_argv,
		.envp = svc_web_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_web_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.exec_path = "/usr/sbin/httpd",
		.pass_env = (const char *const[]){ "TERM", "HOME", "site", NULL },
		.stdio = &(const struct svc_stdio){
			.kind = {SVC_STDIO_FILE, SVC_STDIO_APPEND, SVC_STDIO_LOG},
			.path = {"/var/www/index.html", "/var/log/web.log", NULL},
		},
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_web_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "cat",
		.argv = svc_cat_argv,
		.envp = svc_cat_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_cat_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_NULL,
		.stdio = &(const struct svc_stdio){
			.kind = {SVC_STDIO_NULL, SVC_STDIO_TRUNCATE, SVC_STDIO_INHERIT},
			.path = {NULL, "/run/cat.out", NULL},
		},
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
	},
	{
		.id = "rw",
		.argv = svc_rw_argv,
		.envp = svc_rw_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_rw_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_NULL,
		.stdio = &(const struct svc_stdio){
			.kind = {SVC_STDIO_FILE, SVC_STDIO_FILE, SVC_STDIO_FILE},
			.path = {"/var/log/rw", "/var/log/rw", "/var/log/rw"},
		},
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
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

const char svc_policy_digest[] = "6d49605d4865a218";
