/* generated from .config, do not edit */
#ifndef RAMPART_CONFIG_H
#define RAMPART_CONFIG_H

#define CFG_TARGET_BOARD "qemu-x86_64"
#define CFG_INIT_LOG_REMOTE "udp://[2001:db8::10]:514"
#define CFG_INIT_CONTROL_GID (-1)
#define CFG_LOG_REMOTE_FAMILY 10
#define CFG_LOG_REMOTE_ADDR {32, 1, 13, 184, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16}
#define CFG_LOG_REMOTE_PORT 514
#define CFG_SVC_COUNT 1
#define CFG_DEV_PATH_RULES 0

#endif
