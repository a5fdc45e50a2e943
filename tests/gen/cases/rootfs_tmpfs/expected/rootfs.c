/* generated from .config, do not edit */
/* INIT_ROOT, INIT_OVERLAY, INIT_OVERLAY_FALLBACK */
#include "service.h"

const struct init_rootfs init_rootfs = {
	.source = "/dev/vda",
	.fstype = "squashfs",
	.overlay_size = "16m",
	.fail = INIT_ROOT_FAIL_HALT,
};
