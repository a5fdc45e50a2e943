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
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	"CREDENTIALS_DIRECTORY=/run/credentials/a",
	NULL,
};
static const gid_t svc_a_groups[] = { 65534 };
static char svc_a_log_ring[4096];
static const struct svc_cred svc_a_creds[] = {
	{ .id = "token", .source = "token", .kind = SVC_CRED_STORE, .store = 0 },
	{ .id = "key", .source = "host-key.pem", .kind = SVC_CRED_STORE, .store = 1 },
	{ .id = "tls", .source = "/etc/ssl/tls.key", .kind = SVC_CRED_PATH, .fallback = 1 },
	{ .id = "tls", .source = "fallback", .kind = SVC_CRED_SET, .len = 8 },
	{ .id = "motd", .source = "two words\nA", .kind = SVC_CRED_SET, .len = 11 },
	{ .id = "empty", .source = "", .kind = SVC_CRED_SET, .len = 0 },
};

/* b */
static const char *const svc_b_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_b_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/root",
	"USER=root",
	"LOGNAME=root",
	"SHELL=/bin/sh",
	"CREDENTIALS_DIRECTORY=/run/credentials/b",
	NULL,
};
static const gid_t svc_b_groups[] = { 0 };
static char svc_b_log_ring[4096];
static const struct svc_cred svc_b_creds[] = {
	{ .id = "token", .source = "token", .kind = SVC_CRED_STORE, .store = 0 },
};

/* c */
static const char *const svc_c_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_c_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const gid_t svc_c_groups[] = { 65534 };
static char svc_c_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "a",
		.argv = svc_a_argv,
		.envp = svc_a_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_a_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.creds = svc_a_creds,
		.ncreds = 6,
		.creds_dir = "/run/credentials/a",
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
		.uid = 0,
		.gid = 0,
		.groups = svc_b_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.creds = svc_b_creds,
		.ncreds = 1,
		.creds_dir = "/run/credentials/b",
		.cap_bounding_mode = SVC_CAP_BOUNDING_LIST,
		.cap_bounding = 0x0000000000000000ULL,
		.log_ring = svc_b_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "c",
		.argv = svc_c_argv,
		.envp = svc_c_envp,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_c_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.log_ring = svc_c_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
};

const unsigned int svc_count = 3;

const char *const init_modules[] = {
	NULL,
};

/* LOAD_CREDENTIAL: the credential store's names PID 1 loads (/etc/credstore) */
struct credstore_item credstore[] = {
	{ .name = "token" },
	{ .name = "host-key.pem" },
};

const unsigned int credstore_count = 2;
char credstore_arena[65536];

const struct init_mount init_mounts[] = {
	{ .target = NULL },
};

const unsigned int init_mount_count = 0;

const char svc_policy_digest[] = "9b775724cb1db5ff";
