/* generated from .config, do not edit */
#ifndef RAMPART_CONFIG_H
#define RAMPART_CONFIG_H

#define CFG_TARGET_QEMU_X86_64 1
#define CFG_TARGET_BOARD "qemu-x86_64"
#define CFG_TARGET_CMDLINE_EXTRA "quiet \"x\" \\ y"
#define CFG_INIT_HOSTNAME "rampart"
#define CFG_INIT_RESTART_DELAY_MS 100
#define CFG_INIT_RESTART_DELAY_MAX_MS 100
#define CFG_INIT_LOG_KMSG 0
#define CFG_INIT_MODULES "virtio_net failover"
#define CFG_INIT_TEST_NEG (-5)
#define CFG_IMAGE_TEST_HEX 0x1F
#define CFG_INIT_CONTROL_GID (-1)
#define CFG_LOG_REMOTE_FAMILY 0
#define CFG_SVC_COUNT 3
#define CFG_DEV_PATH_RULES 0

#endif
