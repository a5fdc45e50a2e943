/*
 * kapi.h - the kernel interfaces init/ calls without a libc wrapper: the
 * new mount API (<linux/mount.h> clashes with <sys/mount.h>, musl has no
 * wrappers), openat2 and getdents64.  Numbers and values are the same on
 * every architecture; a libc's own SYS_ numbers win (mipsel's are offset).
 * One copy for mount.c, credentials.c, dirs.c and stdio.c.
 */
#ifndef RAMPART_KAPI_H
#define RAMPART_KAPI_H

#include <stdint.h>
#include <sys/syscall.h>

#ifndef SYS_open_tree
#define SYS_open_tree 428
#endif
#ifndef SYS_move_mount
#define SYS_move_mount 429
#endif
#ifndef SYS_fsopen
#define SYS_fsopen 430
#endif
#ifndef SYS_fsconfig
#define SYS_fsconfig 431
#endif
#ifndef SYS_fsmount
#define SYS_fsmount 432
#endif
#ifndef SYS_openat2
#define SYS_openat2 437
#endif
#ifndef SYS_mount_setattr
#define SYS_mount_setattr 442
#endif
#ifndef SYS_getdents64
#define SYS_getdents64 __NR_getdents64
#endif

#define R_OPEN_TREE_CLONE 1u
#define R_MOVE_MOUNT_F_EMPTY_PATH 0x04u
#define R_MOVE_MOUNT_T_EMPTY_PATH 0x40u
#define R_FSOPEN_CLOEXEC 0x1u
#define R_FSCONFIG_SET_STRING 1u
#define R_FSCONFIG_CMD_CREATE 6u
#define R_FSMOUNT_CLOEXEC 0x1u
#define R_MOUNT_ATTR_RDONLY 0x1u
#define R_MOUNT_ATTR_NOSUID 0x2u
#define R_MOUNT_ATTR_NODEV 0x4u
#define R_MOUNT_ATTR_NOEXEC 0x8u
#define R_RESOLVE_NO_XDEV 0x01u
#define R_RESOLVE_NO_MAGICLINKS 0x02u
/* statfs f_type of a sysfs (linux/magic.h) */
#define R_SYSFS_MAGIC 0x62656572UL
#define R_RESOLVE_NO_SYMLINKS 0x04u
#define R_RESOLVE_BENEATH 0x08u
#define R_RESOLVE_IN_ROOT 0x10u
#ifndef AT_RECURSIVE
#define AT_RECURSIVE 0x8000
#endif
#ifndef AT_EMPTY_PATH
#define AT_EMPTY_PATH 0x1000
#endif

struct r_mount_attr {
	uint64_t attr_set;
	uint64_t attr_clr;
	uint64_t propagation;
	uint64_t userns_fd;
};

struct r_open_how {
	uint64_t flags;
	uint64_t mode;
	uint64_t resolve;
};

struct r_dirent64 {
	uint64_t d_ino;
	int64_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

#endif
