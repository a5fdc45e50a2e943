/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* a */
static const char *const svc_a_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_a_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_a_groups[] = { 0 };
static char svc_a_log_ring[4096];
static const struct svc_bpf svc_a_bpf0[] = { /* protect-kernel-modules */
	{0x0020, 0, 0, 0x00000004},
	{0x0015, 0, 9, 0xc000003e},
	{0x0020, 0, 0, 0x00000000},
	{0x0035, 0, 1, 0x40000000},
	{0x0015, 0, 6, 0xffffffff},
	{0x0020, 0, 0, 0x00000000},
	{0x0015, 3, 0, 0x00000139},
	{0x0015, 2, 0, 0x000000b0},
	{0x0015, 1, 0, 0x000000af},
	{0x0006, 0, 0, 0x7fff0000},
	{0x0006, 0, 0, 0x00050001},
	{0x0006, 0, 0, 0x80000000},
};
static const struct svc_bpf svc_a_bpf1[] = { /* protect-kernel-logs */
	{0x0020, 0, 0, 0x00000004},
	{0x0015, 0, 7, 0xc000003e},
	{0x0020, 0, 0, 0x00000000},
	{0x0035, 0, 1, 0x40000000},
	{0x0015, 0, 4, 0xffffffff},
	{0x0020, 0, 0, 0x00000000},
	{0x0015, 1, 0, 0x00000067},
	{0x0006, 0, 0, 0x7fff0000},
	{0x0006, 0, 0, 0x00050001},
	{0x0006, 0, 0, 0x80000000},
};
static const struct svc_bpf svc_a_bpf2[] = { /* protect-hostname */
	{0x0020, 0, 0, 0x00000004},
	{0x0015, 0, 8, 0xc000003e},
	{0x0020, 0, 0, 0x00000000},
	{0x0035, 0, 1, 0x40000000},
	{0x0015, 0, 5, 0xffffffff},
	{0x0020, 0, 0, 0x00000000},
	{0x0015, 2, 0, 0x000000ab},
	{0x0015, 1, 0, 0x000000aa},
	{0x0006, 0, 0, 0x7fff0000},
	{0x0006, 0, 0, 0x00050001},
	{0x0006, 0, 0, 0x80000000},
};
static const struct svc_seccomp svc_a_seccomp[] = {
	{svc_a_bpf0, 12},
	{svc_a_bpf1, 10},
	{svc_a_bpf2, 11},
};

/* b */
static const char *const svc_b_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_b_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/www",
	"USER=www",
	"LOGNAME=www",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_b_groups[] = { 33 };
static const struct svc_dev_rule svc_b_dev[] = {
	{.path = "/dev/null", .major = -1, .minor = -1, .access = 6},
	{.class = "pts", .type = 'c', .optional = 1, .major = -1, .minor = -1, .access = 6},
	/* DEVICE_POLICY: the standard pseudo-devices */
	{.type = 'c', .major = 1, .minor = 3, .access = 6}, /* /dev/null */
	{.type = 'c', .major = 1, .minor = 5, .access = 6}, /* /dev/zero */
	{.type = 'c', .major = 1, .minor = 7, .access = 6}, /* /dev/full */
	{.type = 'c', .major = 1, .minor = 8, .access = 6}, /* /dev/random */
	{.type = 'c', .major = 1, .minor = 9, .access = 6}, /* /dev/urandom */
	{.type = 'c', .major = 5, .minor = 0, .access = 6}, /* /dev/tty */
	{.type = 'c', .major = 5, .minor = 2, .access = 6}, /* /dev/ptmx */
};
static char svc_b_log_ring[4096];
static const struct svc_bpf svc_b_bpf0[] = { /* private-devices */
	{0x0020, 0, 0, 0x00000004},
	{0x0015, 0, 8, 0xc000003e},
	{0x0020, 0, 0, 0x00000000},
	{0x0035, 0, 1, 0x40000000},
	{0x0015, 0, 5, 0xffffffff},
	{0x0020, 0, 0, 0x00000000},
	{0x0015, 2, 0, 0x000000ad},
	{0x0015, 1, 0, 0x000000ac},
	{0x0006, 0, 0, 0x7fff0000},
	{0x0006, 0, 0, 0x00050001},
	{0x0006, 0, 0, 0x80000000},
};
static const struct svc_seccomp svc_b_seccomp[] = {
	{svc_b_bpf0, 11},
};

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "a",
		.argv = svc_a_argv,
		.envp = svc_a_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_a_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.private_uts = 1,
		.protect_kernel_tunables = 1,
		.protect_kernel_modules = 1,
		.protect_kernel_logs = 1,
		.protect_hostname = 1,
		.protect_proc = SVC_PROTECT_PROC_INVISIBLE,
		.proc_subset = 1,
		.cap_bounding_mode = SVC_CAP_BOUNDING_ALL_BUT,
		.cap_bounding = 0xfffffffbffdeffffULL,
		.seccomp = svc_a_seccomp,
		.nseccomp = 3,
		.log_ring = svc_a_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "b",
		.argv = svc_b_argv,
		.envp = svc_b_envp,
		.workdir = "/",
		.uid = 33,
		.gid = 33,
		.groups = svc_b_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.protect_proc = SVC_PROTECT_PROC_NOACCESS,
		.private_devices = 1,
		.cap_bounding_mode = SVC_CAP_BOUNDING_ALL_BUT,
		.cap_bounding = 0xfffffffff7fdffffULL,
		.seccomp = svc_b_seccomp,
		.nseccomp = 1,
		.dev_filter = 1,
		.dev_rules = svc_b_dev,
		.ndev_rules = 9,
		.log_ring = svc_b_log_ring,
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

const char svc_policy_digest[] = "c88e175590fb8edb";
