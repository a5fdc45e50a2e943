/* generated from .config, do not edit */
/* INIT_ROOT, INIT_OVERLAY, INIT_OVERLAY_FALLBACK */
#include "service.h"

const struct init_rootfs init_rootfs = {
	.source = "/dev/vda",
	.fstype = "squashfs",
	.overlay_source = "/dev/vdb",
	.overlay_fstype = "ext4",
	.fallback_size = "8m",
	.verity = INIT_ROOT_VERITY_EIO,
	.fail = INIT_ROOT_FAIL_REBOOT,
};
