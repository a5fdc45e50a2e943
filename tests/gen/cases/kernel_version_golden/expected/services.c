/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* orders */
static const char *const svc_orders_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_orders_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const struct svc_kversion svc_orders_kversion[] = {
	{ 6 /* >= */, "5.10" },
	{ 2 /* < */, "6.13" },
	{ 4 /* == */, "6.1" },
	{ 5 /* <> */, "4" },
	{ 7 /* > */, "3" },
	{ 3 /* <= */, "60" },
};
static const gid_t svc_orders_groups[] = { 0 };
static char svc_orders_log_ring[4096];

/* strings */
static const char *const svc_strings_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_strings_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const struct svc_kversion svc_strings_kversion[] = {
	{ 8 /* = */, "6.1.0-28-amd64" },
	{ 9 /* != */, "1.4" },
	{ 0 /* $= */, "6.1.*" },
	{ 0 /* $= */, "*-amd64" },
	{ 1 /* !$= */, "*-rt-*" },
};
static const gid_t svc_strings_groups[] = { 0 };
static char svc_strings_log_ring[4096];

/* systemd_spaces */
static const char *const svc_systemd_spaces_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_systemd_spaces_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const struct svc_kversion svc_systemd_spaces_kversion[] = {
	{ 6 /* >= */, "2.0" },
	{ 3 /* <= */, "60" },
	{ 0 /* $= */, "*" },
};
static const gid_t svc_systemd_spaces_groups[] = { 0 };
static char svc_systemd_spaces_log_ring[4096];

/* first_split */
static const char *const svc_first_split_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_first_split_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const struct svc_kversion svc_first_split_kversion[] = {
	{ 6 /* >= */, "2.0" },
	{ 0 /* $= */, "*.*" },
};
static const gid_t svc_first_split_groups[] = { 0 };
static char svc_first_split_log_ring[4096];

/* none */
static const char *const svc_none_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_none_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_none_groups[] = { 0 };
static char svc_none_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "orders",
		.argv = svc_orders_argv,
		.envp = svc_orders_envp,
		.kernel_version = svc_orders_kversion,
		.nkernel_version = 6,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_orders_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_orders_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "strings",
		.argv = svc_strings_argv,
		.envp = svc_strings_envp,
		.kernel_version = svc_strings_kversion,
		.nkernel_version = 5,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_strings_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_strings_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "systemd_spaces",
		.argv = svc_systemd_spaces_argv,
		.envp = svc_systemd_spaces_envp,
		.kernel_version = svc_systemd_spaces_kversion,
		.nkernel_version = 3,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_systemd_spaces_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_systemd_spaces_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "first_split",
		.argv = svc_first_split_argv,
		.envp = svc_first_split_envp,
		.kernel_version = svc_first_split_kversion,
		.nkernel_version = 2,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_first_split_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_first_split_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "none",
		.argv = svc_none_argv,
		.envp = svc_none_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
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
};

const unsigned int svc_count = 5;

const char *const init_modules[] = {
	NULL,
};

const struct init_mount init_mounts[] = {
	{ .target = NULL },
};

const unsigned int init_mount_count = 0;

const char svc_policy_digest[] = "6e9d4ef660fa0fd5";
