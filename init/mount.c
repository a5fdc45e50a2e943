/* mount.c - a service's mounts: propagation, /tmp, read-only, inaccessible, /sys, /proc, root. */
#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "init.h"

/*
 * Runs in the service's child, in its own mount namespace, between fork
 * and execve: plain syscalls, static buffers (the child's own copy), no
 * allocation.  Every function returns 0 or -errno.
 *
 * With a root directory, every other mount is made inside it (paths are
 * prefixed with it) before the root is switched, so the service sees
 * them at the paths it was configured with, as systemd does.
 */

/* mount_setattr(2) and struct mount_attr (<linux/mount.h>, Linux 5.12).
 * Spelled out here: <linux/mount.h> redefines <sys/mount.h>'s MS_* and
 * musl has no wrapper.  The number is the same on every architecture. */
#ifndef SYS_mount_setattr
#define SYS_mount_setattr 442
#endif
struct rampart_mount_attr {
	uint64_t attr_set;
	uint64_t attr_clr;
	uint64_t propagation;
	uint64_t userns_fd;
};
#define RAMPART_MOUNT_ATTR_RDONLY 0x00000001ULL
#ifndef AT_RECURSIVE
#define AT_RECURSIVE 0x8000
#endif

static char root[4096];	/* "" or the root directory */
static char buf[2 * 4096]; /* root + a path */

/* The path a configured path has before the root switch. */
static const char *at_root(const char *path)
{
	fmt(buf, sizeof(buf), "%s%s", root, path);
	return buf;
}

/*
 * First in every new mount namespace: the copy of PID 1's mounts is
 * shared with it by default (MS_SHARED is the kernel's default for /), so
 * everything below would propagate back.  MS_REC|MS_PRIVATE cuts it both
 * ways: nothing the service mounts reaches PID 1 or another service, and
 * nothing PID 1 mounts later reaches the service.
 */
int mount_propagation_private(void)
{
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		return -errno;
	return 0;
}

/*
 * The root directory is bind-mounted onto itself first, so that the
 * mounts below are made inside it and move along with it (MS_MOVE moves
 * the whole tree); mount_root_switch() finishes the job.
 */
int mount_root_prepare(const char *dir)
{
	root[0] = '\0';
	if (!dir)
		return 0;
	if (mount(dir, dir, NULL, MS_BIND | MS_REC, NULL) < 0)
		return -errno;
	fmt(root, sizeof(root), "%s", dir);
	return 0;
}

/*
 * pivot_root(2) refuses a root on rootfs (the initramfs PID 1 runs from),
 * and rootfs stays the namespace's root mount in every copy.  So, as
 * switch_root does: move the bind mount over / and chroot() into it.  The
 * old root stays underneath; leaving through it needs CAP_SYS_CHROOT (a
 * chroot into a subdirectory, then "..") or CAP_SYS_ADMIN (mounts): a
 * non-root service has neither after the uid change, a root service must
 * have both out of its bounding set (see docs/architecture.md).
 */
int mount_root_switch(void)
{
	if (!root[0])
		return 0;
	if (chdir(root) < 0)
		return -errno;
	if (mount(".", "/", NULL, MS_MOVE, NULL) < 0)
		return -errno;
	if (chroot(".") < 0)
		return -errno;
	if (chdir("/") < 0)
		return -errno;
	return 0;
}

/* tmpfs of its own on /tmp and, if the image has it, /var/tmp. */
int mount_private_tmp(unsigned int kib)
{
	static const char *const dirs[] = {"/tmp", "/var/tmp"};
	char opts[64];
	unsigned int i;

	fmt(opts, sizeof(opts), "mode=1777,size=%uk", kib);
	for (i = 0; i < 2; i++) {
		if (mount("tmpfs", at_root(dirs[i]), "tmpfs",
			    MS_NOSUID | MS_NODEV, opts) == 0)
			continue;
		if (i && errno == ENOENT)
			continue; /* no /var/tmp in the image */
		return -errno;
	}
	return 0;
}

/* "-/path" may be missing; sets *optional and returns the path. */
static const char *path_entry(const char *p, int *optional)
{
	*optional = p[0] == '-';
	return p + *optional;
}

/*
 * Read-only, submounts included: a recursive bind of the path onto
 * itself, then MOUNT_ATTR_RDONLY on that whole tree in one
 * mount_setattr(AT_RECURSIVE), which the kernel applies to every mount or
 * to none.  A kernel without it (ENOSYS) fails the service: remounting
 * the bind alone would leave the submounts writable (the old caveat).
 */
int mount_read_only(const char *const *paths)
{
	struct rampart_mount_attr attr = {
		.attr_set = RAMPART_MOUNT_ATTR_RDONLY,
	};
	const char *p;
	int optional;

	for (; paths && *paths; paths++) {
		p = at_root(path_entry(*paths, &optional));
		if (mount(p, p, NULL, MS_BIND | MS_REC, NULL) < 0) {
			if (optional && errno == ENOENT)
				continue;
			return -errno;
		}
		if (syscall(SYS_mount_setattr, AT_FDCWD, p, AT_RECURSIVE, &attr,
			    sizeof(attr)) < 0)
			return -errno;
	}
	return 0;
}

/*
 * PROTECT_CONTROL_GROUPS: the cgroup hierarchies read-only, the way
 * READ_ONLY_PATHS does it.  Then even root cannot write its own limits,
 * make a child cgroup with a program of its own, or move out of its
 * cgroup, unless it may remount (CAP_SYS_ADMIN) or reach PID 1's view
 * through /proc/1/root (CAP_SYS_PTRACE, or PID 1's full capability set).
 * In a ROOT_DIRECTORY tree the hierarchies are only there if the tree has
 * them: nothing missing there is reachable, so they may be missing.  The
 * v1 devices hierarchy may be missing anyway: stage 1 logged why, and a
 * service with a device list then fails at its devices step.
 */
int mount_protect_cgroups(bool in_root_directory)
{
	const char *const paths[] = {
		in_root_directory ? "-" CGROUP_ROOT : CGROUP_ROOT,
		CFG_INIT_CGROUP_V1_DEVICES ? "-" CGROUP_V1_DEVICES : NULL,
		NULL,
	};

	return mount_read_only(paths);
}

/*
 * The empty mode-000 nodes to mount over inaccessible paths live on a
 * small nodev tmpfs on a root-only directory of /run.  PID 1 stages it in
 * stage 1 (mount_inaccessible_stage), with every type of node: a service
 * cannot mknod the device stand-ins (0:0) itself once its device filter is
 * in force, and it is in force from the service's first instruction.  A
 * service's namespace binds from its copy of the stage and unmounts it.
 *
 * Should the early staging have failed, a service stages its own tmpfs
 * there and makes only the types it hides (a device one fails closed under
 * a filter that refuses it); mount_inaccessible_prepare makes the
 * directory before the read-only paths, as /run may be one of them, and
 * mounting on a directory of a read-only mount works where mkdir does not.
 */
#define STAGE "/run/.rampart-inaccessible"

static const struct {
	mode_t type;
	const char *name;
} nodes[] = {
	{S_IFDIR, STAGE "/dir"},
	{S_IFREG, STAGE "/reg"},
	{S_IFCHR, STAGE "/chr"},
	{S_IFBLK, STAGE "/blk"},
	{S_IFIFO, STAGE "/fifo"},
	{S_IFSOCK, STAGE "/sock"},
};

static unsigned int made; /* bit i: nodes[i] exists on the stage */
static int staged;	   /* by PID 1; children inherit both */

int mount_inaccessible_prepare(const char *const *paths)
{
	if (!paths || !*paths)
		return 0;
	if (mkdir(STAGE, 0700) < 0 && errno != EEXIST)
		return -errno;
	return 0;
}

/*
 * The node standing in for a file of TYPE, made on first use: only the
 * types actually hidden are made.  The service's device program is
 * already on its cgroup (spawn.c), and a strict one may refuse mknod of
 * a device node: that fails the service only when it hides a device.
 */
static const char *stage_node(mode_t type)
{
	unsigned int i;
	int r;

	for (i = 0; i < sizeof(nodes) / sizeof(nodes[0]); i++)
		if (nodes[i].type == type)
			break;
	if (i == sizeof(nodes) / sizeof(nodes[0])) {
		errno = EINVAL;
		return NULL;
	}
	if (made & 1u << i)
		return nodes[i].name;
	if (type == S_IFDIR)
		r = mkdir(nodes[i].name, 0);
	else
		/* devices 0:0, on a nodev mount: never openable */
		r = mknod(nodes[i].name, type, makedev(0, 0));
	/* mkdir/mknod apply the umask; 0 has nothing to mask, but chmod
	 * makes "mode 000" not depend on it. */
	if (r < 0 || chmod(nodes[i].name, 0) < 0)
		return NULL;
	made |= 1u << i;
	return nodes[i].name;
}

int mount_inaccessible_stage(void)
{
	unsigned int i;
	int r = 0;

	if (mkdir(STAGE, 0700) < 0 && errno != EEXIST)
		return -errno;
	if (mount("tmpfs", STAGE, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC,
		    "mode=0700,size=4k") < 0)
		return -errno;
	for (i = 0; i < sizeof(nodes) / sizeof(nodes[0]) && !r; i++)
		if (!stage_node(nodes[i].type))
			r = -errno;
	/* Read-only for good: the stage is PID 1's, in its namespace, and a
	 * root service there must not chmod or fill the stand-ins that later
	 * services bind over their hidden paths. */
	if (!r && mount("tmpfs", STAGE, "tmpfs",
			 MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV |
				 MS_NOEXEC,
			 "mode=0700,size=4k") < 0)
		r = -errno;
	if (r < 0) {
		umount2(STAGE, MNT_DETACH); /* a half-made stage: none */
		made = 0;
		return r;
	}
	staged = 1;
	return 0;
}

int mount_inaccessible(const char *const *paths)
{
	const char *const *pp;
	const char *p, *src;
	struct stat st;
	int optional, pass;

	if (!paths || !*paths)
		return 0;
	if (!staged && mount("tmpfs", STAGE, "tmpfs",
			       MS_NOSUID | MS_NODEV | MS_NOEXEC,
			       "mode=0700,size=4k") < 0)
		return -errno;
	/* Pass 0 makes the nodes, pass 1 binds them: every node exists
	 * before a bind can hide /run, and the stage with it. */
	for (pass = 0; pass < 2; pass++)
		for (pp = paths; *pp; pp++) {
			p = at_root(path_entry(*pp, &optional));
			if (stat(p, &st) < 0) {
				if (optional && errno == ENOENT)
					continue;
				return -errno;
			}
			src = stage_node(st.st_mode & S_IFMT);
			if (!src)
				return -errno;
			if (pass == 0)
				continue;
			if (mount(src, p, NULL, MS_BIND, NULL) < 0)
				return -errno;
			/* Read-only too, so that even root cannot chmod it
			 * open. */
			if (mount(NULL, p, NULL,
				    MS_BIND | MS_REMOUNT | MS_RDONLY |
					    MS_NOSUID | MS_NODEV | MS_NOEXEC,
				    NULL) < 0)
				return -errno;
		}
	/* Hidden below an inaccessible /run, it cannot be unmounted: it is
	 * unreachable then, which is as good. */
	if (umount2(STAGE, MNT_DETACH) < 0 && errno != ENOENT &&
		errno != EINVAL && errno != EACCES)
		return -errno;
	return 0;
}

/*
 * A sysfs mounted in a private network namespace shows that namespace's
 * interfaces only; the inherited one shows PID 1's.  Read-only, as
 * nothing in a private network needs to write /sys.  No /sys (in a root
 * directory) is nothing to leak.
 */
int mount_sysfs(void)
{
	const char *p = at_root("/sys");

	if (mount("sysfs", p, "sysfs",
		    MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0)
		return errno == ENOENT && root[0] ? 0 : -errno;
	return 0;
}

/* A /proc of the service's own PID namespace (mounted by its process 1). */
int mount_proc(void)
{
	const char *p = at_root("/proc");

	if (mount("proc", p, "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) <
		0)
		return errno == ENOENT && root[0] ? 0 : -errno;
	return 0;
}
