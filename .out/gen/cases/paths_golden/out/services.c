/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* web */
static const char *const svc_web_argv[] = {
	"/usr/sbin/httpd",
	NULL,
};
static const char *const svc_web_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_web_groups[] = { 65534 };
static char svc_web_log_ring[4096];

/* sys */
static const char *const svc_sys_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_sys_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_sys_groups[] = { 0 };
static char svc_sys_log_ring[4096];

/* ro */
static const char *const svc_ro_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_ro_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_ro_groups[] = { 0 };
static char svc_ro_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "web",
		.argv = svc_web_argv,
		.envp = svc_web_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_web_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.protect_system = SVC_PROTECT_SYSTEM_STRICT,
		.protect_home = SVC_PROTECT_HOME_YES,
		.read_write_paths = (const char *const[]){ "/var/www", "-/var/lib/web", NULL },
		.binds = (const struct svc_bind[]){
			{ .source = "/etc", .target = "/var/jail", .read_only = 1, .recursive = 1, .optional = 0 },
			{ .source = "/var/www", .target = "/var/jail/bin", .read_only = 0, .recursive = 0, .optional = 0 },
			{ .source = "/srv/data", .target = "/var/www/index.html", .read_only = 0, .recursive = 1, .optional = 1 },
		},
		.nbinds = 3,
		.tmpfs = (const struct svc_tmpfs[]){
			{ .path = "/usr/bin", .attrs = 0x25, .opts = (const char *const[]){ "mode", "0750", "size", "64k", "uid", "65534", "gid", "65534", NULL } },
			{ .path = "/sbin", .attrs = 0xa, .opts = (const char *const[]){ "mode", "0755", "nr_inodes", "16", NULL } },
		},
		.ntmpfs = 2,
		.no_exec_paths = (const char *const[]){ "/", NULL },
		.exec_paths = (const char *const[]){ "/usr/sbin", NULL },
		.log_ring = svc_web_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "sys",
		.argv = svc_sys_argv,
		.envp = svc_sys_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_sys_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.protect_system = SVC_PROTECT_SYSTEM_FULL,
		.protect_home = SVC_PROTECT_HOME_TMPFS,
		.binds = (const struct svc_bind[]){
			{ .source = "/var/www", .target = "/var/www", .read_only = 0, .recursive = 1, .optional = 0 },
		},
		.nbinds = 1,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_sys_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "ro",
		.argv = svc_ro_argv,
		.envp = svc_ro_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_ro_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.read_only_paths = (const char *const[]){ "/", NULL },
		.protect_home = SVC_PROTECT_HOME_READ_ONLY,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_ro_log_ring,
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

const char svc_policy_digest[] = "a3e5b7e59c140158";
