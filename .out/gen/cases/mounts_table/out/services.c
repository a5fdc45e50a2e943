/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* db */
static const char *const svc_db_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_db_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_db_groups[] = { 0 };
static const unsigned char svc_db_mounts[] = { 0, 2 };
static char svc_db_log_ring[4096];

/* console */
static const char *const svc_console_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_console_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_console_groups[] = { 0 };
static char svc_console_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "db",
		.argv = svc_db_argv,
		.envp = svc_db_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_db_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.mounts = svc_db_mounts,
		.nmounts = 2,
		.log_ring = svc_db_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "console",
		.argv = svc_console_argv,
		.envp = svc_console_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_console_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.may_shutdown = 1,
		.log_ring = svc_console_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
};

const unsigned int svc_count = 2;

const char *const init_modules[] = {
	NULL,
};

const struct init_mount init_mounts[] = {
	{
		.source = "/dev/vda",
		.target = "/data",
		.fstype = "ext4",
		.flags = 0x406, /* MS_NOSUID | MS_NODEV | MS_NOATIME */
		.data = "commit=5,errors=remount-ro",
	},
	{
		.source = "tmpfs",
		.target = "/var/cache",
		.fstype = "tmpfs",
		.flags = 0x0, /* 0 */
		.data = "size=1m,mode=0700",
	},
	{
		.source = "LABEL=x",
		.target = "/mnt/x",
		.fstype = "vfat",
		.flags = 0x0, /* 0 */
	},
};

const unsigned int init_mount_count = 3;

const char svc_policy_digest[] = "7f095cb2cd2ef74d";
