/* generated from .config, do not edit */
#ifndef RAMPART_CONFIG_H
#define RAMPART_CONFIG_H

#define CFG_TARGET_BOARD "qemu-x86_64"
#define CFG_INIT_CONTROL_GID (-1)
#define CFG_LOG_REMOTE_FAMILY 0
#define CFG_SVC_COUNT 5
#define CFG_DEV_PATH_RULES 0

#endif
