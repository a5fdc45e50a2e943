/* generated from .config, do not edit */
#ifndef RAMPART_CONFIG_H
#define RAMPART_CONFIG_H

#define CFG_INIT_MOUNTS "/dev/vda /data ext4 nosuid,nodev,noatime,commit=5,errors=remount-ro; tmpfs /var/cache tmpfs rw,size=1m,mode=0700 ;LABEL=x /mnt/x vfat;"
#define CFG_INIT_CONTROL_GID (-1)
#define CFG_LOG_REMOTE_FAMILY 0
#define CFG_SVC_COUNT 2
#define CFG_DEV_PATH_RULES 0

#endif
