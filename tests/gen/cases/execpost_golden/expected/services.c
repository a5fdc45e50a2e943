/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* web */
static const char *const svc_web_argv[] = {
	"/bin/sh",
	"-c",
	"exec sleep 1",
	NULL,
};
static const char *const svc_web_envp[] = {
	"PATH=/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	NULL,
};
static const char *const svc_web_post0[] = {
	"/bin/sh",
	"-c",
	"false",
	NULL,
};
static const char *const svc_web_post1[] = {
	"/bin/sh",
	"-c",
	"echo a; echo b",
	";",
	NULL,
};
static const struct svc_cmd svc_web_post[] = {
	{ .argv = svc_web_post0, .ignore_failure = 1 },
	{ .argv = svc_web_post1 },
};
static const char *const svc_web_pre0[] = {
	"/bin/sh",
	"-c",
	"true",
	NULL,
};
static const struct svc_cmd svc_web_pre[] = {
	{ .argv = svc_web_pre0 },
};
static const gid_t svc_web_groups[] = { 65534 };
static char svc_web_log_ring[4096];

/* note */
static const char *const svc_note_argv[] = {
	"/bin/sh",
	NULL,
};
static const char *const svc_note_envp[] = {
	"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
	"HOME=/var/empty",
	"USER=nobody",
	"LOGNAME=nobody",
	"SHELL=/bin/false",
	"NOTIFY_SOCKET=/run/rampart/notify",
	NULL,
};
static const char *const svc_note_post0[] = {
	"/bin/busybox",
	"test",
	"-e",
	"/etc",
	NULL,
};
static const struct svc_cmd svc_note_post[] = {
	{ .argv = svc_note_post0 },
};
static const gid_t svc_note_groups[] = { 65534 };
static char svc_note_log_ring[4096];

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{
		.id = "web",
		.argv = svc_web_argv,
		.envp = svc_web_envp,
		.post = svc_web_post,
		.npost = 2,
		.pre = svc_web_pre,
		.npre = 1,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_web_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_SIMPLE,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.log_ring = svc_web_log_ring,
		.log_ring_size = 4096,
		.log_rate_burst = 1000,
		.log_rate_interval_ms = 10000,
	},
	{
		.id = "note",
		.argv = svc_note_argv,
		.envp = svc_note_envp,
		.post = svc_note_post,
		.npost = 1,
		.workdir = "/",
		.uid = 65534,
		.gid = 65534,
		.groups = svc_note_groups,
		.ngroups = 1,
		.umask = 0022,
		.type = SVC_TYPE_NOTIFY,
		.restart = SVC_RESTART_NO,
		.output = SVC_OUTPUT_LOG,
		.log_ring = svc_note_log_ring,
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

const char svc_policy_digest[] = "9bda5838b57005f2";
