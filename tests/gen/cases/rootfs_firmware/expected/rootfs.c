/* generated from .config, do not edit */
/* INIT_ROOT, INIT_OVERLAY, INIT_OVERLAY_FALLBACK */
#include "service.h"

const struct init_rootfs init_rootfs = {
	.source = "/dev/mtdblock3",
	.fstype = "squashfs",
	.overlay_source = "/dev/mtdblock4",
	.overlay_fstype = "jffs2",
	.fallback_size = "10%",
	.verity = INIT_ROOT_VERITY_RESTART,
	.fail = INIT_ROOT_FAIL_POWEROFF,
};
