/* generated from .config, do not edit */
#include <stddef.h>

#include "service.h"

/* In start order: each service after those in its AFTER. */
const struct svc svc_table[] = {
	{ .id = NULL },
};

const unsigned int svc_count = 0;

const char *const init_modules[] = {
	NULL,
};

const struct init_mount init_mounts[] = {
	{ .target = NULL },
};

const unsigned int init_mount_count = 0;

const char svc_policy_digest[] = "a2d6b6ae30d98936";
