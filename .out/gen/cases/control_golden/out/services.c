/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* webui */
static const char *const svc_webui_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_webui_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/www",
	"USER=www",
	"LOGNAME=www",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_webui_groups[] = { 33 };
static char svc_webui_log_ring[4096];

/* dhcp */
static const char *const svc_dhcp_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_dhcp_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_dhcp_groups[] = { 0 };
static const struct svc_grant svc_dhcp_control[] = { {33, 0}, {50, 1}, {1000, 0}, {4242, 1} };
static char svc_dhcp_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "webui",
		.argv = svc_webui_argv,
		.envp = svc_webui_envp,
		.workdir = "/",
		.uid = 33,
		.gid = 33,
		.groups = svc_webui_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.may_control = 1,
		.log_ring = svc_webui_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "dhcp",
		.argv = svc_dhcp_argv,
		.envp = svc_dhcp_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_dhcp_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.reload_signal = 3, /* SIGUSR1 */
		.control = svc_dhcp_control,
		.ncontrol = 4,
		.log_ring = svc_dhcp_log_ring,
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
	{ .target = NULL },
};

const unsigned int init_mount_count = 0;

const char svc_policy_digest[] = "946e41f48f6acb7d";
