/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* legacy */
static const char *const svc_legacy_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_legacy_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_legacy_groups[] = { 0 };
static char svc_legacy_log_ring[4096];

/* locked */
static const char *const svc_locked_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_locked_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_locked_groups[] = { 0 };
static char svc_locked_log_ring[4096];
static const struct svc_bpf svc_locked_bpf0[] = { /* lock-personality */
	{0x0020, 0, 0, 0x00000004},
	{0x0015, 0, 11, 0xc000003e},
	{0x0020, 0, 0, 0x00000000},
	{0x0035, 0, 1, 0x40000000},
	{0x0015, 0, 8, 0xffffffff},
	{0x0020, 0, 0, 0x00000000},
	{0x0015, 0, 5, 0x00000087},
	{0x0020, 0, 0, 0x00000014},
	{0x0015, 0, 2, 0x00000000},
	{0x0020, 0, 0, 0x00000010},
	{0x0015, 1, 0, 0x00000008},
	{0x0006, 0, 0, 0x00050001},
	{0x0006, 0, 0, 0x7fff0000},
	{0x0006, 0, 0, 0x80000000},
};
static const struct svc_seccomp svc_locked_seccomp[] = {
	{svc_locked_bpf0, 14},
};

/* native */
static const char *const svc_native_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_native_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_native_groups[] = { 0 };
static char svc_native_log_ring[4096];

/* inherits */
static const char *const svc_inherits_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_inherits_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	NULL,
};
static const gid_t svc_inherits_groups[] = { 0 };
static char svc_inherits_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "legacy",
		.argv = svc_legacy_argv,
		.envp = svc_legacy_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_legacy_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_legacy_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
		.personality_set = 1,
		.personality = 0x0008, /* x86: PER_LINUX32 */
	},
	{
		.id = "locked",
		.argv = svc_locked_argv,
		.envp = svc_locked_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_locked_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.seccomp = svc_locked_seccomp,
		.nseccomp = 1,
		.log_ring = svc_locked_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
		.personality_set = 1,
		.personality = 0x0008, /* x86: PER_LINUX32 */
	},
	{
		.id = "native",
		.argv = svc_native_argv,
		.envp = svc_native_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_native_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_native_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
		.personality_set = 1,
		.personality = 0x0000, /* x86-64: PER_LINUX */
	},
	{
		.id = "inherits",
		.argv = svc_inherits_argv,
		.envp = svc_inherits_envp,
		.workdir = "/",
		.uid = 0,
		.gid = 0,
		.groups = svc_inherits_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_inherits_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
};

const unsigned int svc_count = 4;

const char *const init_modules[] = {
	NULL,
};

const struct init_mount init_mounts[] = {
	{ .target = NULL },
};

const unsigned int init_mount_count = 0;

const char svc_policy_digest[] = "796b5eea2b3180c2";
