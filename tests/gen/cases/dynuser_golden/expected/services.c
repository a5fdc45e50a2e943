/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* web */
static const char *const svc_web_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_web_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/",
	"USER=web",
	"LOGNAME=web",
	"SHELL=/bin/false",
	"STATE_DIRECTORY=/var/lib/web",
	NULL,
};
static const gid_t svc_web_groups[] = { 62129 };
static char svc_web_log_ring[4096];
static const struct svc_bpf svc_web_bpf0[] = { /* restrict-suid-sgid */
	{0x0020, 0, 0, 0x00000004},
	{0x0015, 0, 84, 0xc000003e},
	{0x0020, 0, 0, 0x00000000},
	{0x0035, 0, 1, 0x40000000},
	{0x0015, 0, 81, 0xffffffff},
	{0x0020, 0, 0, 0x00000000},
	{0x0025, 0, 37, 0x0000005a},
	{0x0025, 0, 5, 0x00000102},
	{0x0015, 66, 0, 0x000001c4},
	{0x0015, 0, 1, 0x000001b5},
	{0x0006, 0, 0, 0x00050026},
	{0x0015, 63, 0, 0x0000010c},
	{0x0015, 62, 71, 0x00000103},
	{0x0015, 61, 0, 0x00000102},
	{0x0015, 0, 27, 0x00000101},
	{0x0020, 0, 0, 0x00000024},
	{0x0054, 0, 0, 0x00000000},
	{0x0015, 0, 66, 0x00000000},
	{0x0020, 0, 0, 0x00000020},
	{0x0054, 0, 0, 0x00410000},
	{0x0015, 0, 9, 0x00410000},
	{0x0020, 0, 0, 0x0000002c},
	{0x0054, 0, 0, 0x00000000},
	{0x0015, 0, 6, 0x00000000},
	{0x0020, 0, 0, 0x00000028},
	{0x0054, 0, 0, 0x00000800},
	{0x0015, 58, 0, 0x00000800},
	{0x0020, 0, 0, 0x00000028},
	{0x0054, 0, 0, 0x00000400},
	{0x0015, 55, 0, 0x00000400},
	{0x0020, 0, 0, 0x00000020},
	{0x0054, 0, 0, 0x00000040},
	{0x0015, 0, 51, 0x00000040},
	{0x0020, 0, 0, 0x0000002c},
	{0x0054, 0, 0, 0x00000000},
	{0x0015, 0, 48, 0x00000000},
	{0x0020, 0, 0, 0x00000028},
	{0x0054, 0, 0, 0x00000800},
	{0x0015, 46, 0, 0x00000800},
	{0x0020, 0, 0, 0x00000028},
	{0x0054, 0, 0, 0x00000400},
	{0x0015, 43, 42, 0x00000400},
	{0x0015, 4, 0, 0x00000085},
	{0x0015, 3, 40, 0x0000005b},
	{0x0015, 2, 0, 0x0000005a},
	{0x0015, 1, 0, 0x00000055},
	{0x0015, 0, 9, 0x00000053},
	{0x0020, 0, 0, 0x0000001c},
	{0x0054, 0, 0, 0x00000000},
	{0x0015, 0, 34, 0x00000000},
	{0x0020, 0, 0, 0x00000018},
	{0x0054, 0, 0, 0x00000800},
	{0x0015, 32, 0, 0x00000800},
	{0x0020, 0, 0, 0x00000018},
	{0x0054, 0, 0, 0x00000400},
	{0x0015, 29, 28, 0x00000400},
	{0x0015, 0, 27, 0x00000002},
	{0x0020, 0, 0, 0x0000001c},
	{0x0054, 0, 0, 0x00000000},
	{0x0015, 0, 24, 0x00000000},
	{0x0020, 0, 0, 0x00000018},
	{0x0054, 0, 0, 0x00410000},
	{0x0015, 0, 9, 0x00410000},
	{0x0020, 0, 0, 0x00000024},
	{0x0054, 0, 0, 0x00000000},
	{0x0015, 0, 6, 0x00000000},
	{0x0020, 0, 0, 0x00000020},
	{0x0054, 0, 0, 0x00000800},
	{0x0015, 16, 0, 0x00000800},
	{0x0020, 0, 0, 0x00000020},
	{0x0054, 0, 0, 0x00000400},
	{0x0015, 13, 0, 0x00000400},
	{0x0020, 0, 0, 0x00000018},
	{0x0054, 0, 0, 0x00000040},
	{0x0015, 0, 9, 0x00000040},
	{0x0020, 0, 0, 0x00000024},
	{0x0054, 0, 0, 0x00000000},
	{0x0015, 0, 6, 0x00000000},
	{0x0020, 0, 0, 0x00000020},
	{0x0054, 0, 0, 0x00000800},
	{0x0015, 4, 0, 0x00000800},
	{0x0020, 0, 0, 0x00000020},
	{0x0054, 0, 0, 0x00000400},
	{0x0015, 1, 0, 0x00000400},
	{0x0006, 0, 0, 0x7fff0000},
	{0x0006, 0, 0, 0x00050001},
	{0x0006, 0, 0, 0x80000000},
};
static const struct svc_seccomp svc_web_seccomp[] = {
	{svc_web_bpf0, 87},
};
static const struct svc_dir svc_web_dirs[] = {
	{ .path = "/var/lib/web", .base_len = 8, .mode = 0755, .type = SVC_DIR_STATE, .owned = 1 },
};

/* db */
static const char *const svc_db_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_db_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/",
	"USER=dbuser",
	"LOGNAME=dbuser",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_db_groups[] = { 62384 };
static char svc_db_log_ring[4096];
static const struct svc_seccomp svc_db_seccomp[] = {
	{svc_web_bpf0, 87},
};

/* nb */
static const char *const svc_nb_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_nb_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_nb_groups[] = { 65534 };
static char svc_nb_log_ring[4096];
static const struct svc_seccomp svc_nb_seccomp[] = {
	{svc_web_bpf0, 87},
};

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "web",
		.argv = svc_web_argv,
		.envp = svc_web_envp,
		.workdir = "/",
		.uid = 62129,
		.gid = 62129,
		.groups = svc_web_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.private_tmp = 1,
		.private_tmp_kib = 1024,
		.private_ipc = 1,
		.protect_system = SVC_PROTECT_SYSTEM_STRICT,
		.protect_home = SVC_PROTECT_HOME_TMPFS,
		.dirs = svc_web_dirs,
		.ndirs = 1,
		.seccomp = svc_web_seccomp,
		.nseccomp = 1,
		.log_ring = svc_web_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "db",
		.argv = svc_db_argv,
		.envp = svc_db_envp,
		.workdir = "/",
		.uid = 62384,
		.gid = 62384,
		.groups = svc_db_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.private_tmp = 1,
		.private_tmp_kib = 1024,
		.private_ipc = 1,
		.protect_system = SVC_PROTECT_SYSTEM_STRICT,
		.protect_home = SVC_PROTECT_HOME_READ_ONLY,
		.seccomp = svc_db_seccomp,
		.nseccomp = 1,
		.log_ring = svc_db_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "nb",
		.argv = svc_nb_argv,
		.envp = svc_nb_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_nb_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.private_tmp = 1,
		.private_tmp_kib = 1024,
		.private_ipc = 1,
		.protect_system = SVC_PROTECT_SYSTEM_STRICT,
		.protect_home = SVC_PROTECT_HOME_READ_ONLY,
		.seccomp = svc_nb_seccomp,
		.nseccomp = 1,
		.log_ring = svc_nb_log_ring,
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

const char svc_policy_digest[] = "e2a5e8b79bb1a7d1";
