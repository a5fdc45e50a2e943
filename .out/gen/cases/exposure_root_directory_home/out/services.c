/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* empty */
static const char *const svc_empty_argv[] = {
	"/bin/app",
	NULL,
};
static const char *const svc_empty_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_empty_groups[] = { 65534 };
static char svc_empty_log_ring[4096];

/* full */
static const char *const svc_full_argv[] = {
	"/bin/app",
	NULL,
};
static const char *const svc_full_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_full_groups[] = { 65534 };
static char svc_full_log_ring[4096];

/* bind */
static const char *const svc_bind_argv[] = {
	"/bin/app",
	NULL,
};
static const char *const svc_bind_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_bind_groups[] = { 65534 };
static char svc_bind_log_ring[4096];

/* bound */
static const char *const svc_bound_argv[] = {
	"/bin/app",
	NULL,
};
static const char *const svc_bound_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_bound_groups[] = { 65534 };
static char svc_bound_log_ring[4096];

/* mnt */
static const char *const svc_mnt_argv[] = {
	"/bin/app",
	NULL,
};
static const char *const svc_mnt_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_mnt_groups[] = { 65534 };
static char svc_mnt_log_ring[4096];

/* link */
static const char *const svc_link_argv[] = {
	"/bin/app",
	NULL,
};
static const char *const svc_link_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_link_groups[] = { 65534 };
static char svc_link_log_ring[4096];

/* plain */
static const char *const svc_plain_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_plain_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_plain_groups[] = { 65534 };
static char svc_plain_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "empty",
		.argv = svc_empty_argv,
		.envp = svc_empty_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_empty_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.root_directory = "/srv/empty",
		.log_ring = svc_empty_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "full",
		.argv = svc_full_argv,
		.envp = svc_full_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_full_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.root_directory = "/srv/full",
		.log_ring = svc_full_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "bind",
		.argv = svc_bind_argv,
		.envp = svc_bind_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_bind_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.root_directory = "/srv/bind",
		.binds = (const struct svc_bind[]){
			{ .source = "/www", .target = "/mnt", .read_only = 1, .recursive = 1, .optional = 0 },
		},
		.nbinds = 1,
		.log_ring = svc_bind_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "bound",
		.argv = svc_bound_argv,
		.envp = svc_bound_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_bound_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.root_directory = "/srv/bound",
		.binds = (const struct svc_bind[]){
			{ .source = "/home/admin", .target = "/mnt", .read_only = 0, .recursive = 1, .optional = 1 },
		},
		.nbinds = 1,
		.log_ring = svc_bound_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "mnt",
		.argv = svc_mnt_argv,
		.envp = svc_mnt_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_mnt_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.root_directory = "/srv/mnt",
		.log_ring = svc_mnt_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "link",
		.argv = svc_link_argv,
		.envp = svc_link_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_link_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.root_directory = "/srv/link",
		.log_ring = svc_link_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "plain",
		.argv = svc_plain_argv,
		.envp = svc_plain_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_plain_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.log_ring = svc_plain_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
};

const unsigned int svc_count = 7;

const char *const init_modules[] = {
	NULL,
};

const struct init_mount init_mounts[] = {
	{
		.source = "/dev/vda",
		.target = "/srv/mnt/home",
		.fstype = "ext4",
		.flags = 0x0, /* 0 */
	},
};

const unsigned int init_mount_count = 1;

const char svc_policy_digest[] = "91819fdb7f8df2bb";
