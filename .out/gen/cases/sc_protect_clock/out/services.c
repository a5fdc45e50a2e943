/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* unset */
static const char *const svc_unset_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_unset_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_unset_groups[] = { 65534 };
static const struct svc_dev_rule svc_unset_dev[] = {
	{.class = "rtc", .type = 'c', .optional = 1, .major = -1, .minor = -1, .access = 2},
	/* DEVICE_POLICY: the standard pseudo-devices */
	{.type = 'c', .major = 1, .minor = 3, .access = 6}, /* /dev/null */
	{.type = 'c', .major = 1, .minor = 5, .access = 6}, /* /dev/zero */
	{.type = 'c', .major = 1, .minor = 7, .access = 6}, /* /dev/full */
	{.type = 'c', .major = 1, .minor = 8, .access = 6}, /* /dev/random */
	{.type = 'c', .major = 1, .minor = 9, .access = 6}, /* /dev/urandom */
	{.type = 'c', .major = 5, .minor = 0, .access = 6}, /* /dev/tty */
	{.type = 'c', .major = 5, .minor = 2, .access = 6}, /* /dev/ptmx */
};
static char svc_unset_log_ring[4096];
static const struct svc_bpf svc_unset_bpf0[] = { /* protect-clock */
	{0x0020, 0, 0, 0x00000004},
	{0x0015, 0, 10, 0xc000003e},
	{0x0020, 0, 0, 0x00000000},
	{0x0035, 0, 1, 0x40000000},
	{0x0015, 0, 7, 0xffffffff},
	{0x0020, 0, 0, 0x00000000},
	{0x0015, 4, 0, 0x00000131},
	{0x0015, 3, 0, 0x000000e3},
	{0x0015, 2, 0, 0x000000a4},
	{0x0015, 1, 0, 0x0000009f},
	{0x0006, 0, 0, 0x7fff0000},
	{0x0006, 0, 0, 0x00050001},
	{0x0006, 0, 0, 0x80000000},
};
static const struct svc_seccomp svc_unset_seccomp[] = {
	{svc_unset_bpf0, 13},
};

/* list */
static const char *const svc_list_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_list_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_list_groups[] = { 0 };
static const struct svc_dev_rule svc_list_dev[] = {
	{.class = "rtc", .type = 'c', .optional = 1, .major = -1, .minor = -1, .access = 2},
	/* DEVICE_POLICY: the standard pseudo-devices */
	{.type = 'c', .major = 1, .minor = 3, .access = 6}, /* /dev/null */
	{.type = 'c', .major = 1, .minor = 5, .access = 6}, /* /dev/zero */
	{.type = 'c', .major = 1, .minor = 7, .access = 6}, /* /dev/full */
	{.type = 'c', .major = 1, .minor = 8, .access = 6}, /* /dev/random */
	{.type = 'c', .major = 1, .minor = 9, .access = 6}, /* /dev/urandom */
	{.type = 'c', .major = 5, .minor = 0, .access = 6}, /* /dev/tty */
	{.type = 'c', .major = 5, .minor = 2, .access = 6}, /* /dev/ptmx */
};
static char svc_list_log_ring[4096];
static const struct svc_seccomp svc_list_seccomp[] = {
	{svc_unset_bpf0, 13},
};

/* devices */
static const char *const svc_devices_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_devices_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_devices_groups[] = { 65534 };
static const struct svc_dev_rule svc_devices_dev[] = {
	{.path = "/dev/null", .major = -1, .minor = -1, .access = 6},
	{.class = "rtc", .type = 'c', .optional = 1, .major = -1, .minor = -1, .access = 2},
	/* DEVICE_POLICY: the standard pseudo-devices */
	{.type = 'c', .major = 1, .minor = 3, .access = 6}, /* /dev/null */
	{.type = 'c', .major = 1, .minor = 5, .access = 6}, /* /dev/zero */
	{.type = 'c', .major = 1, .minor = 7, .access = 6}, /* /dev/full */
	{.type = 'c', .major = 1, .minor = 8, .access = 6}, /* /dev/random */
	{.type = 'c', .major = 1, .minor = 9, .access = 6}, /* /dev/urandom */
	{.type = 'c', .major = 5, .minor = 0, .access = 6}, /* /dev/tty */
	{.type = 'c', .major = 5, .minor = 2, .access = 6}, /* /dev/ptmx */
};
static char svc_devices_log_ring[4096];
static const struct svc_seccomp svc_devices_seccomp[] = {
	{svc_unset_bpf0, 13},
};

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "unset",
		.argv = svc_unset_argv,
		.envp = svc_unset_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_unset_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_ALL_BUT,
		.cap_bounding = 0xfffffff7fdffffffULL,
		.seccomp = svc_unset_seccomp,
		.nseccomp = 1,
		.dev_filter = 1,
		.dev_rules = svc_unset_dev,
		.ndev_rules = 8,
		.log_ring = svc_unset_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "list",
		.argv = svc_list_argv,
		.envp = svc_list_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_list_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000400ULL,
		.seccomp = svc_list_seccomp,
		.nseccomp = 1,
		.dev_filter = 1,
		.dev_rules = svc_list_dev,
		.ndev_rules = 8,
		.log_ring = svc_list_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "devices",
		.argv = svc_devices_argv,
		.envp = svc_devices_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_devices_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_ALL_BUT,
		.cap_bounding = 0xfffffff7fdffffffULL,
		.seccomp = svc_devices_seccomp,
		.nseccomp = 1,
		.dev_filter = 1,
		.dev_rules = svc_devices_dev,
		.ndev_rules = 9,
		.log_ring = svc_devices_log_ring,
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

const char svc_policy_digest[] = "4cd28945b36c2d2d";
