/* generated from .config, do not edit */
#ifndef RAMPART_CONFIG_H
#define RAMPART_CONFIG_H

#define CFG_TARGET_QEMU_X86_64 1
#define CFG_INIT_HOSTNAME "rampart"
#define CFG_INIT_MODULES ""
#define CFG_INIT_CONTROL_GID (-1)
#define CFG_LOG_REMOTE_FAMILY 0
#define CFG_SVC_COUNT 0
#define CFG_DEV_PATH_RULES 0

#endif
