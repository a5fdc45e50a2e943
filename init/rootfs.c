/* rootfs.c - INIT_ROOT: stage 1 leaves the initramfs for a firmware root
 * (read-only squashfs + writable overlay), as switch_root does, and
 * stage 3 closes the overlay's disk cleanly. */
#include <errno.h>
#include <fcntl.h>
#include <linux/dm-ioctl.h>
#include <sys/ioctl.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "init.h"

/*
 * The switch, in this order (each step's reason at its code):
 *   wait     the root's device node (virtio probes asynchronously)
 *   verity   INIT_ROOT_VERITY: the dm-verity device over it, mounted
 *            instead
 *   lower    the root, read-only, on STAGE/lower
 *   upper    the overlay's disk (or tmpfs) on STAGE/upper, upper/ work/
 *   overlay  overlayfs of the two on STAGE/root
 *   move     /dev /proc /sys /run (with their submounts) into it
 *   detach   the two layers: reachable through the overlay only
 *   free     every file of the initramfs deleted, this filesystem only
 *   enter    the new root moved over / and chroot()ed into
 * A failure of wait, lower, overlay or move (or of upper without a
 * fallback) ends in root_fail(): no service ever starts from the
 * initramfs.
 */
#define STAGE "/.rampart-root"
#define LOWER STAGE "/lower"
#define UPPER STAGE "/upper"
#define NEWROOT STAGE "/root"

#ifndef FSPICK_CLOEXEC
#define FSPICK_CLOEXEC 0x1
#define FSPICK_EMPTY_PATH 0x8
#define FSCONFIG_SET_FLAG 0
#define FSCONFIG_CMD_RECONFIGURE 7
#endif
#define RAMFS_MAGIC_ 0x858458f6
#define TMPFS_MAGIC_ 0x01021994

/* The overlay's disk after the switch (O_PATH, detached): remounted
 * read-only at shutdown; -1 for tmpfs or no overlay. */
static int upper_fd = -1;
static const char *upper_name; /* "/dev/vdb", for the shutdown line */

static unsigned long freed_files;
static unsigned long long freed_bytes;

static void sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};

	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

/* A disk's node appears once the kernel has probed it: wait, bounded by
 * INIT_MOUNT_WAIT_MS.  0 or -errno. */
static int node_wait(const char *dev)
{
	long long end = now_ms() + CFG_INIT_MOUNT_WAIT_MS;
	struct stat st;

	while (stat(dev, &st) < 0) {
		if (errno != ENOENT || now_ms() >= end)
			return -errno;
		sleep_ms(20);
	}
	return 0;
}

/*
 * The end of a boot that has no root: loud on the console (LOG_EMERG
 * passes every console level), then the configured request, from a
 * child (system_reboot); if the kernel refuses, freeze() logs it and
 * waits, reaping.  Never returns, never starts a service.
 */
__attribute__((noreturn)) static void root_fail(
	const char *step, const char *what, int err)
{
	static const struct {
		int cmd;
		const char *name;
	} act[] = {
		[INIT_ROOT_FAIL_REBOOT] = {RB_AUTOBOOT, "rebooting"},
		[INIT_ROOT_FAIL_POWEROFF] = {RB_POWER_OFF, "powering off"},
		[INIT_ROOT_FAIL_HALT] = {RB_HALT_SYSTEM, "halting"},
	};
	unsigned int a = init_rootfs.fail;

	if (a >= sizeof(act) / sizeof(act[0]))
		a = INIT_ROOT_FAIL_REBOOT;
	log_msg(LOG_EMERG, "root: failed at %s: %s: %s", step, what,
		strerror(err));
	log_msg(LOG_EMERG, "root: no root filesystem, no service started: %s",
		act[a].name);
	sync();
	log_console_drain(1000);
	system_reboot(act[a].cmd);
}

static int dir_make(const char *path)
{
	if (mkdir(path, 0755) < 0 && errno != EEXIST)
		return -errno;
	return 0;
}

/* The writable layer on UPPER: the disk, or tmpfs of size (the
 * configured tmpfs overlay, or the fallback).  0 or -errno. */
static int upper_mount_tmpfs(const char *size)
{
	char data[48];

	fmt(data, sizeof(data), "mode=0755,size=%s", size);
	if (mount("tmpfs", UPPER, "tmpfs", MS_NOSUID | MS_NODEV, data) < 0)
		return -errno;
	return 0;
}

/* upper/ and work/ on the layer's filesystem: overlayfs wants both on
 * the same one.  A read-only disk (ext4 errors=remount-ro) fails here. */
static int upper_dirs(void)
{
	int e = dir_make(UPPER "/upper");

	return e ? e : dir_make(UPPER "/work");
}

/*
 * redirect_dir=on: rename(2) of a folder that comes from the squashfs
 * works as on any filesystem (the upper layer records where it came
 * from) instead of failing with EXDEV, which programs that rename a
 * folder into place do not expect.
 */
static int overlay_mount(void)
{
	if (mount("overlay", NEWROOT, "overlay", 0,
		    "lowerdir=" LOWER ",upperdir=" UPPER "/upper,workdir=" UPPER
		    "/work,redirect_dir=on") < 0)
		return -errno;
	return 0;
}

/* The disk overlay: 0, or -errno with *step naming what failed. */
static int overlay_disk(const char **step)
{
	const struct init_rootfs *r = &init_rootfs;
	int e;

	*step = "overlay device";
	e = node_wait(r->overlay_source);
	if (e)
		return e;
	*step = "overlay mount";
	/* noatime: a flash partition is not written for every read */
	if (mount(r->overlay_source, UPPER, r->overlay_fstype, MS_NOATIME,
		    NULL) < 0)
		return -errno;
	*step = "overlay folders";
	e = upper_dirs();
	if (!e) {
		*step = "overlay";
		e = overlay_mount();
	}
	if (e)
		umount2(UPPER, MNT_DETACH);
	return e;
}

/* One device-mapper ioctl on control with dm (and what follows it in
 * its buffer); 0 or -errno. */
static int dm_ioctl_run(int control, unsigned long req, struct dm_ioctl *dm,
	size_t size, unsigned int flags)
{
	dm->version[0] = DM_VERSION_MAJOR;
	dm->version[1] = 0;
	dm->version[2] = 0;
	dm->data_size = size;
	dm->data_start = sizeof(*dm);
	dm->flags = flags;
	memcpy(dm->name, "rampart-root", sizeof("rampart-root"));
	return ioctl(control, req, dm) < 0 ? -errno : 0;
}

/*
 * INIT_ROOT_VERITY: "rampart-root", a read-only dm-verity device whose
 * data and hash tree are both on INIT_ROOT's device (the tree right after
 * the squashfs), checked against the root hash compiled in.  Its node
 * (/dev/dm-N) into dev.  Never returns on failure.
 */
static void verity_setup(char *dev, size_t size)
{
	const struct init_rootfs *r = &init_rootfs;
	const struct init_root_verity *v = &init_root_verity;
	static union {
		struct dm_ioctl dm;
		char buf[sizeof(struct dm_ioctl) +
			 sizeof(struct dm_target_spec) + 512];
	} u;
	struct dm_target_spec *spec = (void *)(u.buf + sizeof(u.dm));
	char *params = (char *)(spec + 1);
	int control, e;

	if (!v->root_hash)
		root_fail("verity", "no root hash in this /init (the "
				    "squashfs's own copy is never PID 1)",
			EINVAL);
	control = open("/dev/mapper/control", O_RDWR | O_CLOEXEC);
	if (control < 0)
		root_fail("verity", "/dev/mapper/control (dm_mod loaded?)",
			errno);
	memset(&u, 0, sizeof(u));
	e = dm_ioctl_run(control, DM_DEV_CREATE, &u.dm, sizeof(u.dm), 0);
	if (e)
		root_fail("verity", "create rampart-root", -e);
	memset(&u, 0, sizeof(u));
	spec->sector_start = 0;
	spec->length = v->data_blocks * 8; /* 512-byte sectors */
	memcpy(spec->target_type, "verity", sizeof("verity"));
	/* version 1, data and hash on the same device, 4 KiB blocks, no
	 * salt ("-"); restart_on_corruption, or EIO on a bad block */
	fmt(params, 512, "1 %s %s 4096 4096 %llu %llu sha256 %s -%s",
		r->source, r->source, v->data_blocks, v->hash_start,
		v->root_hash,
		r->verity == INIT_ROOT_VERITY_RESTART
			? " 1 restart_on_corruption"
			: "");
	u.dm.target_count = 1;
	spec->next = 0;
	e = dm_ioctl_run(control, DM_TABLE_LOAD, &u.dm,
		sizeof(u.dm) + sizeof(*spec) + strlen(params) + 1,
		DM_READONLY_FLAG);
	if (e)
		root_fail("verity", "load the verity table", -e);
	memset(&u, 0, sizeof(u));
	/* DM_DEV_SUSPEND without DM_SUSPEND_FLAG: resume, i.e. go live */
	e = dm_ioctl_run(control, DM_DEV_SUSPEND, &u.dm, sizeof(u.dm), 0);
	if (e)
		root_fail("verity", "resume rampart-root", -e);
	close(control);
	/* the node devtmpfs made for the new device's minor */
	/* the kernel encodes dev_t as new_encode_dev() */
	fmt(dev, size, "/dev/dm-%u", (unsigned int)(u.dm.dev & 0xff) |
			(unsigned int)((u.dm.dev >> 12) & 0xfff00));
	e = node_wait(dev);
	if (e)
		root_fail("verity", dev, -e);
}

/* STAGE/root holds root + overlay; the name of what is there, for the
 * log, in desc. */
static void layers_mount(char *desc, size_t size)
{
	const struct init_rootfs *r = &init_rootfs;
	static char dm_dev[32];
	const char *src = r->source, *step;
	int e;

	if (r->verity != INIT_ROOT_VERITY_OFF) {
		verity_setup(dm_dev, sizeof(dm_dev));
		src = dm_dev;
	}

	if (!r->overlay_source && !r->overlay_size) {
		/* No overlay: the root itself, read-only, is the new root. */
		if (mount(src, NEWROOT, r->fstype, MS_RDONLY, NULL) < 0)
			root_fail("mount", src, errno);
		fmt(desc, size, "%s (%s, read-only%s)", r->source, r->fstype,
			src == r->source ? "" : ", dm-verity");
		return;
	}
	if (mount(src, LOWER, r->fstype, MS_RDONLY, NULL) < 0)
		root_fail("mount", src, errno);
	if (r->overlay_source) {
		e = overlay_disk(&step);
		if (!e) {
			fmt(desc, size, "%s (%s%s), overlay %s (%s)",
				r->source, r->fstype,
				src == r->source ? "" : ", dm-verity",
				r->overlay_source, r->overlay_fstype);
			upper_name = r->overlay_source;
			/* The handle stage 3 remounts it read-only through. */
			upper_fd = open(UPPER, O_PATH | O_DIRECTORY | O_CLOEXEC);
			if (upper_fd < 0)
				log_msg(LOG_ERR, "root: %s: %s (it will not be "
						 "closed cleanly)",
					UPPER, strerror(errno));
			return;
		}
		if (!r->fallback_size)
			root_fail(step, r->overlay_source, -e);
		log_msg(LOG_ERR,
			"root: overlay %s (%s) failed at %s: %s: falling back "
			"to a tmpfs overlay of %s: changes are lost at "
			"power-off",
			r->overlay_source, r->overlay_fstype, step,
			strerror(-e), r->fallback_size);
	}
	step = "tmpfs overlay";
	e = upper_mount_tmpfs(r->overlay_size ? r->overlay_size
					      : r->fallback_size);
	if (!e)
		e = upper_dirs();
	if (!e) {
		step = "overlay";
		e = overlay_mount();
	}
	if (e)
		root_fail(step, "tmpfs", -e);
	fmt(desc, size, "%s (%s%s), overlay tmpfs (%s%s)", r->source, r->fstype,
		src == r->source ? "" : ", dm-verity",
		r->overlay_size ? r->overlay_size : r->fallback_size,
		r->overlay_size ? "" : ", fallback");
}

/*
 * Delete what dfd holds, files of dev only: a mount point (another
 * device) and what is below it are left alone, as switch_root does.  A
 * directory is read again until a pass deletes nothing (entries deleted
 * while reading can hide others).  Depth is the initramfs's, a few
 * levels.
 */
static void tree_delete(int dfd, dev_t dev)
{
	char buf[1024];
	struct stat st;
	unsigned long gone;
	long n, off;
	int fd;

	do {
		gone = 0;
		lseek(dfd, 0, SEEK_SET);
		while ((n = syscall(SYS_getdents64, dfd, buf, sizeof(buf))) >
			0) {
			for (off = 0; off < n;) {
				/* struct linux_dirent64: ino 8, off 8,
				 * reclen 2, type 1, name */
				unsigned short reclen;
				const char *name = buf + off + 19;

				memcpy(&reclen, buf + off + 16, 2);
				off += reclen;
				if (!strcmp(name, ".") || !strcmp(name, ".."))
					continue;
				if (fstatat(dfd, name, &st,
					    AT_SYMLINK_NOFOLLOW) < 0 ||
					st.st_dev != dev)
					continue;
				if (S_ISDIR(st.st_mode)) {
					fd = openat(dfd, name,
						O_RDONLY | O_DIRECTORY |
							O_NOFOLLOW | O_CLOEXEC);
					if (fd < 0)
						continue;
					tree_delete(fd, dev);
					close(fd);
					if (unlinkat(dfd, name, AT_REMOVEDIR) ==
						0)
						gone++;
					continue;
				}
				if (unlinkat(dfd, name, 0) == 0) {
					freed_files++;
					freed_bytes += (unsigned long long)
						st.st_size;
					gone++;
				}
			}
		}
	} while (gone);
}

/* Free the initramfs: only if / really is one (ramfs or tmpfs): never
 * a disk a kernel root= gave us. */
static void initramfs_free(void)
{
	struct statfs sf;
	struct stat st;
	int fd;

	fd = open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0 || fstatfs(fd, &sf) < 0 || fstat(fd, &st) < 0) {
		log_msg(LOG_ERR, "root: /: %s (initramfs not freed)",
			strerror(errno));
		if (fd >= 0)
			close(fd);
		return;
	}
	if ((unsigned long)sf.f_type != RAMFS_MAGIC_ &&
		(unsigned long)sf.f_type != TMPFS_MAGIC_) {
		log_msg(LOG_WARNING, "root: / is not an initramfs (type %lx): "
				     "nothing deleted",
			(unsigned long)sf.f_type);
		close(fd);
		return;
	}
	tree_delete(fd, st.st_dev);
	close(fd);
}

/* /dev, /proc, /sys (with the cgroup filesystem) and /run, with what is
 * mounted below them, into the new root: the same mounts, not new ones,
 * so PID 1's open descriptors (console, /dev/kmsg) stay valid. */
static void early_mounts_move(void)
{
	static const char *const dirs[] = {"/dev", "/proc", "/sys", "/run"};
	char to[64];
	unsigned int i;

	for (i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		fmt(to, sizeof(to), NEWROOT "%s", dirs[i]);
		/* made in the overlay if the image has no such folder */
		if (dir_make(to) < 0)
			root_fail("move", to, errno);
		if (mount(dirs[i], to, NULL, MS_MOVE, NULL) < 0)
			root_fail("move", dirs[i], errno);
	}
}

void rootfs_switch(void)
{
	const struct init_rootfs *r = &init_rootfs;
	char desc[160];
	int e;

	if (!r->source)
		return;
	if (dir_make(STAGE) || dir_make(LOWER) || dir_make(UPPER) ||
		dir_make(NEWROOT))
		root_fail("stage", STAGE, errno);
	e = node_wait(r->source);
	if (e)
		root_fail("wait", r->source, -e);
	layers_mount(desc, sizeof(desc));
	early_mounts_move();
	/* The layers stay in use by the overlay; no path leads to them
	 * any more (the upper folder would bypass READ_ONLY_PATHS). */
	if (r->overlay_source || r->overlay_size) {
		umount2(LOWER, MNT_DETACH);
		umount2(UPPER, MNT_DETACH);
	}
	initramfs_free();
	/* switch_root: the new root over /, then chroot into it; rootfs
	 * itself cannot be unmounted and stays, empty, below. */
	if (chdir(NEWROOT) < 0)
		root_fail("enter", NEWROOT, errno);
	if (mount(".", "/", NULL, MS_MOVE, NULL) < 0)
		root_fail("enter", "move to /", errno);
	if (chroot(".") < 0)
		root_fail("enter", "chroot", errno);
	if (chdir("/") < 0)
		root_fail("enter", "chdir", errno);
	log_msg(LOG_NOTICE, "root: %s; initramfs freed: %lu files, %llu KiB",
		desc, freed_files, (freed_bytes + 1023) / 1024);
}

/*
 * Stage 3, after every process has ended and / (the overlay) was
 * remounted read-only: the upper disk read-only too, which closes its
 * journal (ext4 marks itself clean).  It has no path: fspick(2) on the
 * handle kept at the switch reconfigures its superblock.
 */
void rootfs_shutdown(void)
{
	int fs;

	if (upper_fd < 0)
		return;
	syscall(SYS_syncfs, upper_fd);
	fs = syscall(SYS_fspick, upper_fd, "",
		FSPICK_EMPTY_PATH | FSPICK_CLOEXEC);
	if (fs < 0 ||
		syscall(SYS_fsconfig, fs, FSCONFIG_SET_FLAG, "ro", NULL, 0) <
			0 ||
		syscall(SYS_fsconfig, fs, FSCONFIG_CMD_RECONFIGURE, NULL, NULL,
			0) < 0)
		log_msg(LOG_ERR, "root: remount overlay %s read-only: %s",
			upper_name, strerror(errno));
	else
		log_msg(LOG_INFO, "root: overlay %s remounted read-only",
			upper_name);
	if (fs >= 0)
		close(fs);
}
