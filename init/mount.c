/* mount.c - a service's mounts: one fd-based sequence, in the order of mount_steps[]. */
#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
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
 * Every service is an attacker: another one may have planted a symlink,
 * renamed a directory or swapped two of them in a path this service's
 * options name.  So every configured path is resolved exactly once,
 * relative to the service's own root (its ROOT_DIRECTORY included), by
 * openat2() with RESOLVE_IN_ROOT (".." cannot leave the root) and
 * RESOLVE_NO_SYMLINKS: a symlink in any component fails the service
 * (ELOOP).  The generator refuses symlinks the image itself has, so the
 * configuration always names the real path and a symlink found at run
 * time was planted.  Every mount is then made on the fd that was
 * resolved: a detached tree is cloned (open_tree), made read-only while
 * still detached (mount_setattr), and attached on the fd (move_mount), so
 * there is no second lookup by name and no moment where the bind is
 * writable.  A kernel without these calls (before 5.12) fails the service.
 */

/* The new mount API (<linux/mount.h>, which clashes with <sys/mount.h>;
 * musl has no wrappers).  Numbers and values are the same on every
 * architecture. */
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
#define R_RESOLVE_NO_MAGICLINKS 0x02u
#define R_RESOLVE_NO_SYMLINKS 0x04u
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

/* The service's root: the image's /, or the bind of its ROOT_DIRECTORY
 * once mount_root_prepare() made it.  Every path is resolved below it. */
static int root_fd = -1;
static bool rooted;
/* PID 1's empty mode-000 nodes, opened once in this namespace. */
static int stage_fd = -1;

/* stage 1 records the stage's device, so a service can tell PID 1's
 * stage from a directory planted at its name. */
dev_t mount_stage_dev;

static int sys_ret(long r)
{
	return r < 0 ? -errno : (int)r;
}

/*
 * The one way a configured path becomes a mount target: below dir (the
 * service's root unless said otherwise), no symlink, no magic link.
 */
static int path_open_at(int dir, const char *path, int flags)
{
	struct r_open_how how = {
		.flags = (uint64_t)(O_PATH | O_CLOEXEC | flags),
		.resolve = R_RESOLVE_IN_ROOT | R_RESOLVE_NO_SYMLINKS |
			   R_RESOLVE_NO_MAGICLINKS,
	};

	return sys_ret(syscall(SYS_openat2, dir, path, &how, sizeof(how)));
}

static int path_open(const char *path, int flags)
{
	return path_open_at(root_fd, path, flags);
}

/* Attach the detached mount mnt on the object target_fd was opened on. */
static int attach(int mnt, int target_fd)
{
	return sys_ret(syscall(SYS_move_mount, mnt, "", target_fd, "",
		R_MOVE_MOUNT_F_EMPTY_PATH | R_MOVE_MOUNT_T_EMPTY_PATH));
}

/* A detached copy of the tree at fd (submounts too if recursive). */
static int tree_clone(int fd, bool recursive)
{
	return sys_ret(syscall(SYS_open_tree, fd, "",
		R_OPEN_TREE_CLONE | O_CLOEXEC | AT_EMPTY_PATH |
			(recursive ? AT_RECURSIVE : 0)));
}

/* Set attributes on every mount of a tree, or on none. */
static int tree_set(int tree, uint64_t attrs)
{
	struct r_mount_attr a = {.attr_set = attrs};

	return sys_ret(syscall(SYS_mount_setattr, tree, "",
		AT_EMPTY_PATH | AT_RECURSIVE, &a, sizeof(a)));
}

/* A new filesystem instance, detached, with string options. */
static int fs_new(const char *type, const char *const *opts, unsigned attrs)
{
	int fs, mnt = -1, r = 0;

	fs = sys_ret(syscall(SYS_fsopen, type, R_FSOPEN_CLOEXEC));
	if (fs < 0)
		return fs;
	for (; opts && opts[0] && !r; opts += 2)
		r = sys_ret(syscall(SYS_fsconfig, fs, R_FSCONFIG_SET_STRING,
			opts[0], opts[1], 0));
	if (!r)
		r = sys_ret(syscall(SYS_fsconfig, fs, R_FSCONFIG_CMD_CREATE,
			NULL, NULL, 0));
	if (!r)
		r = mnt = sys_ret(syscall(SYS_fsmount, fs, R_FSMOUNT_CLOEXEC,
			attrs));
	close(fs);
	return r < 0 ? r : mnt;
}

/* Close fds, keeping the first error. */
static int done(int r, int a, int b)
{
	if (a >= 0)
		close(a);
	if (b >= 0)
		close(b);
	return r;
}

/* "-/path" may be missing; sets *optional and returns the path. */
static const char *path_entry(const char *p, bool *optional)
{
	*optional = p[0] == '-';
	return p + *optional;
}

/* A fresh filesystem over path; a path missing in a ROOT_DIRECTORY tree
 * (no /proc or /sys there) has nothing to hide. */
static int fs_over(const char *path, const char *type,
	const char *const *opts, unsigned attrs, bool may_miss)
{
	int target, mnt, r;

	target = path_open(path, O_DIRECTORY);
	if (target == -ENOENT && may_miss)
		return 0;
	if (target < 0)
		return target;
	mnt = fs_new(type, opts, attrs);
	if (mnt < 0)
		return done(mnt, target, -1);
	r = attach(mnt, target);
	return done(r, target, mnt);
}

/* ---- the steps ---- */

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
 * The service's root, and PID 1's stage, opened once.  A ROOT_DIRECTORY
 * is resolved from / without symlinks, and its tree is cloned onto itself:
 * every later path is resolved inside that bind, and mounts made there
 * move along with it when mount_root_switch() makes it the root.
 */
static int root_prepare(const struct svc *svc)
{
	int dir, tree, r;

	rooted = false;
	root_fd = sys_ret(open("/", O_PATH | O_DIRECTORY | O_CLOEXEC));
	if (root_fd < 0)
		return root_fd;
	if (!svc->root_directory)
		return 0;
	dir = path_open(svc->root_directory, O_DIRECTORY);
	if (dir < 0)
		return dir;
	tree = tree_clone(dir, true);
	if (tree < 0)
		return done(tree, dir, -1);
	r = attach(tree, dir);
	close(dir);
	if (r < 0)
		return done(r, tree, -1);
	/* The clone's fd now names the root of the attached bind. */
	close(root_fd);
	root_fd = tree;
	rooted = true;
	return 0;
}

/*
 * A /proc of the service's own PID namespace (this child is its process
 * 1): peers' processes are not in it, so /proc/PID/root, cwd and fd of
 * another service cannot even be named.  Before every path step, so that
 * a path below /proc names the new instance.
 */
static int proc_fresh(const struct svc *svc)
{
	(void)svc;
	return fs_over("/proc", "proc", NULL,
		R_MOUNT_ATTR_NOSUID | R_MOUNT_ATTR_NODEV | R_MOUNT_ATTR_NOEXEC,
		rooted);
}

/*
 * A sysfs mounted in a private network namespace shows that namespace's
 * interfaces only; the inherited one shows PID 1's.  Read-only, as
 * nothing in a private network needs to write /sys.  It hides the cgroup
 * hierarchies mounted on the old /sys.
 */
static int sysfs_fresh(const struct svc *svc)
{
	(void)svc;
	return fs_over("/sys", "sysfs", NULL,
		R_MOUNT_ATTR_RDONLY | R_MOUNT_ATTR_NOSUID | R_MOUNT_ATTR_NODEV |
			R_MOUNT_ATTR_NOEXEC,
		rooted);
}

/*
 * Read-only, submounts included: a recursive clone of the tree at the
 * resolved fd, MOUNT_ATTR_RDONLY on every mount of the clone while it is
 * still detached (all or none), then attached on that same fd.
 */
static int read_only_one(const char *entry, bool may_miss)
{
	bool optional;
	const char *p = path_entry(entry, &optional);
	int fd, tree, r;

	fd = path_open(p, 0);
	if (fd == -ENOENT && (optional || may_miss))
		return 0;
	if (fd < 0)
		return fd;
	tree = tree_clone(fd, true);
	if (tree < 0)
		return done(tree, fd, -1);
	r = tree_set(tree, R_MOUNT_ATTR_RDONLY);
	if (!r)
		r = attach(tree, fd);
	return done(r, fd, tree);
}

static int read_only(const struct svc *svc)
{
	const char *const *pp;
	int r;

	for (pp = svc->read_only_paths; pp && *pp; pp++) {
		r = read_only_one(*pp, false);
		if (r < 0)
			return r;
	}
	return 0;
}

/*
 * The service directories (dirs.c made them before the namespaces): a
 * writable hole each in whatever read-only tree the steps before made
 * (READ_ONLY_PATHS="/var /run /etc", PROTECT_SYSTEM=strict), as systemd
 * makes StateDirectory= writable under ProtectSystem=strict.  The same
 * fd-based way: the directory resolved in the service's root without
 * symlinks, its tree cloned, MOUNT_ATTR_RDONLY cleared on the clone's
 * top mount only while it is detached (a read-only path configured
 * below the directory stays read-only: the deeper path wins), attached
 * on the fd.  A filesystem that is read-only itself stays so: the hole
 * only lifts the bind's flag.
 */
static int directories_writable(const struct svc *svc)
{
	struct r_mount_attr a = {.attr_clr = R_MOUNT_ATTR_RDONLY};
	unsigned int i;
	int fd, tree, r = 0;

	for (i = 0; i < svc->ndirs && !r; i++) {
		fd = path_open(svc->dirs[i].path, O_DIRECTORY);
		if (fd < 0)
			return fd;
		tree = tree_clone(fd, true);
		if (tree < 0)
			return done(tree, fd, -1);
		r = sys_ret(syscall(SYS_mount_setattr, tree, "", AT_EMPTY_PATH,
			&a, sizeof(a)));
		if (!r)
			r = attach(tree, fd);
		r = done(r, fd, tree);
	}
	return r;
}

/*
 * PROTECT_CONTROL_GROUPS: the cgroup hierarchies read-only, the way
 * READ_ONLY_PATHS does it.  Then even root cannot write its own limits,
 * make a child cgroup with a program of its own, or move out of its
 * cgroup, unless it may remount (CAP_SYS_ADMIN).  Its /proc shows only its
 * own PID namespace, so no other process's view of the hierarchy is in
 * reach either.  In a ROOT_DIRECTORY tree the hierarchies are only there
 * if the tree has them; under a fresh /sys (PRIVATE_NETWORK) they are
 * gone.  The v1 devices hierarchy may be missing anyway: stage 1 logged
 * why, and a service with a device list then fails at its devices step.
 */
static int protect_cgroups(const struct svc *svc)
{
	int r;

	r = read_only_one(CGROUP_ROOT, svc->root_directory != NULL);
	if (!r && CFG_INIT_CGROUP_V1_DEVICES)
		r = read_only_one("-" CGROUP_V1_DEVICES, false);
	return r;
}

/* tmpfs of its own on /tmp and, if the image has it, /var/tmp.  After the
 * read-only paths: a read-only / or /var keeps a writable private /tmp. */
static int private_tmp(const struct svc *svc)
{
	static const char *const dirs[] = {"/tmp", "/var/tmp"};
	char size[24];
	const char *opts[] = {"mode", "1777", "size", size, NULL};
	unsigned int i;
	int r;

	fmt(size, sizeof(size), "%uk", svc->private_tmp_kib);
	for (i = 0; i < 2; i++) {
		r = fs_over(dirs[i], "tmpfs", opts,
			R_MOUNT_ATTR_NOSUID | R_MOUNT_ATTR_NODEV, i == 1);
		if (r < 0)
			return r;
	}
	return 0;
}

/*
 * The empty mode-000 nodes to mount over inaccessible paths live on a
 * small read-only tmpfs PID 1 mounts in stage 1 on a root-only directory
 * of /run (mount_inaccessible_stage), with every type of node: a service
 * cannot mknod the device stand-ins (0:0) itself once its device filter
 * is in force, and it is in force from the service's first instruction.
 *
 * The stage stays mounted in every namespace, PID 1's and each service's,
 * so its mount point can never be removed or renamed (EBUSY): were it
 * unmounted in a service's copy, that service could rmdir the directory,
 * which detaches PID 1's stage too, and plant its own.  It is opened here
 * by name, then checked to be on the device stage 1 recorded: a directory
 * planted at that name, should stage 1 have failed, is refused.
 */
static const struct {
	mode_t type;
	const char *name;
} nodes[] = {
	{S_IFDIR, "dir"},
	{S_IFREG, "reg"},
	{S_IFCHR, "chr"},
	{S_IFBLK, "blk"},
	{S_IFIFO, "fifo"},
	{S_IFSOCK, "sock"},
};

static int stage_open(void)
{
	struct stat st;
	int fd;

	fd = sys_ret(open(MOUNT_STAGE, O_PATH | O_DIRECTORY | O_NOFOLLOW |
					   O_CLOEXEC));
	if (fd < 0)
		return fd;
	if (fstat(fd, &st) < 0 || !mount_stage_dev ||
		st.st_dev != mount_stage_dev)
		return done(-ENOENT, fd, -1);
	stage_fd = fd;
	return 0;
}

/* Over one resolved path, a read-only clone of the stand-in of its type. */
static int inaccessible_one(const char *entry)
{
	bool optional;
	const char *p = path_entry(entry, &optional);
	unsigned int i;
	struct stat st;
	int fd, node, tree, r;

	fd = path_open(p, 0);
	if (fd == -ENOENT && optional)
		return 0;
	if (fd < 0)
		return fd;
	if (fstat(fd, &st) < 0)
		return done(-errno, fd, -1);
	for (i = 0; i < sizeof(nodes) / sizeof(nodes[0]); i++)
		if (nodes[i].type == (st.st_mode & S_IFMT))
			break;
	if (i == sizeof(nodes) / sizeof(nodes[0]))
		return done(-EINVAL, fd, -1);
	node = sys_ret(openat(stage_fd, nodes[i].name,
		O_PATH | O_NOFOLLOW | O_CLOEXEC));
	if (node < 0)
		return done(node, fd, -1);
	tree = tree_clone(node, false);
	close(node);
	if (tree < 0)
		return done(tree, fd, -1);
	/* Read-only too, so that even root cannot chmod it open. */
	r = tree_set(tree, R_MOUNT_ATTR_RDONLY | R_MOUNT_ATTR_NOSUID |
				   R_MOUNT_ATTR_NODEV | R_MOUNT_ATTR_NOEXEC);
	if (!r)
		r = attach(tree, fd);
	return done(r, fd, tree);
}

static int inaccessible(const struct svc *svc)
{
	const char *const *pp;
	int r;

	r = stage_open();
	for (pp = svc->inaccessible_paths; !r && *pp; pp++)
		r = inaccessible_one(*pp);
	close(stage_fd);
	stage_fd = -1;
	return r;
}

/*
 * pivot_root(2) refuses a root on rootfs (the initramfs PID 1 runs from),
 * and rootfs stays the namespace's root mount in every copy.  So, as
 * switch_root does: move the bind over / and chroot() into it.  The old
 * root stays underneath; leaving through it needs CAP_SYS_CHROOT (a chroot
 * into a subdirectory, then "..") or CAP_SYS_ADMIN (mounts): a non-root
 * service has neither after the uid change, a root service must have both
 * out of its bounding set (see docs/architecture.md).
 */
static int root_switch(const struct svc *svc)
{
	(void)svc;
	if (fchdir(root_fd) < 0)
		return -errno;
	/* "." is the bind's root, pinned by the fchdir: no lookup. */
	if (mount(".", "/", NULL, MS_MOVE, NULL) < 0)
		return -errno;
	if (chroot(".") < 0 || chdir("/") < 0)
		return -errno;
	return 0;
}

/* ---- the order ---- */

static bool want_pid_proc(const struct svc *svc)
{
	return ns_wants_pid(svc);
}

static bool want_sysfs(const struct svc *svc)
{
	return svc->private_network;
}

static bool want_read_only(const struct svc *svc)
{
	return svc->read_only_paths != NULL;
}

static bool want_directories(const struct svc *svc)
{
	return svc->ndirs != 0;
}

static bool want_protect_cgroups(const struct svc *svc)
{
	return svc->protect_cgroups;
}

static bool want_private_tmp(const struct svc *svc)
{
	return svc->private_tmp;
}

static bool want_inaccessible(const struct svc *svc)
{
	return svc->inaccessible_paths != NULL;
}

static bool want_root(const struct svc *svc)
{
	return svc->root_directory != NULL;
}

static bool always(const struct svc *svc)
{
	(void)svc;
	return true;
}

/*
 * What mounts over what, in order: the one place this order is decided.
 * docs/architecture.md shows this table and tests/unit checks that it
 * does, row for row.  The rules behind it:
 * - the root first: every later path is resolved and mounted inside it;
 * - fresh /proc and /sys before any path step, so a path below them
 *   names the new instance (else a fresh mount would cover a read-only or
 *   inaccessible one made below the old instance: the mount-order hole);
 * - read-only paths before the private /tmp, so that a read-only / or
 *   /var keeps a writable private /tmp (systemd: the deeper path wins);
 * - the service directories right after the read-only paths: writable
 *   holes in them (and before INACCESSIBLE_PATHS: hidden stays hidden);
 * - inaccessible paths last of the path steps: hidden is hidden, whatever
 *   was mounted there or below before;
 * - the root switch last: every step above still sees the whole tree.
 */
static const struct mount_step {
	enum sandbox_step step;
	const char *over; /* what it mounts over */
	bool (*wanted)(const struct svc *svc);
	int (*apply)(const struct svc *svc);
} mount_steps[] = {
	{STEP_ROOT_PREPARE, "ROOT_DIRECTORY (onto itself)", always,
		root_prepare},
	{STEP_PROC, "/proc", want_pid_proc, proc_fresh},
	{STEP_SYSFS, "/sys", want_sysfs, sysfs_fresh},
	{STEP_READ_ONLY_PATHS, "READ_ONLY_PATHS", want_read_only, read_only},
	{STEP_DIRECTORIES_WRITABLE, "STATE_DIRECTORY etc. (writable holes)",
		want_directories, directories_writable},
	{STEP_PROTECT_CGROUPS, "/sys/fs/cgroup", want_protect_cgroups,
		protect_cgroups},
	{STEP_PRIVATE_TMP, "/tmp, /var/tmp", want_private_tmp, private_tmp},
	{STEP_INACCESSIBLE_PATHS, "INACCESSIBLE_PATHS", want_inaccessible,
		inaccessible},
	{STEP_ROOT_DIRECTORY, "/ (the root switch)", want_root, root_switch},
};

/* Walk mount_steps[]; on failure *step names the step that failed. */
int mount_sequence(const struct svc *svc, int *step)
{
	unsigned int i;
	int r = 0;

	for (i = 0; i < sizeof(mount_steps) / sizeof(mount_steps[0]); i++) {
		if (!mount_steps[i].wanted(svc))
			continue;
		r = mount_steps[i].apply(svc);
		if (r < 0) {
			*step = mount_steps[i].step;
			break;
		}
	}
	if (root_fd >= 0)
		close(root_fd);
	root_fd = -1;
	return r;
}

/* ---- stage 1, PID 1 itself ---- */

/* Made once while no device filter applies; read-only for good. */
int mount_inaccessible_stage(void)
{
	struct stat st;
	unsigned int i;
	int dir, r = 0;

	if (mkdir(MOUNT_STAGE, 0700) < 0 && errno != EEXIST)
		return -errno;
	if (mount("tmpfs", MOUNT_STAGE, "tmpfs",
		    MS_NOSUID | MS_NODEV | MS_NOEXEC, "mode=0700,size=4k") < 0)
		return -errno;
	dir = open(MOUNT_STAGE, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (dir < 0 || fstat(dir, &st) < 0)
		r = -errno;
	for (i = 0; i < sizeof(nodes) / sizeof(nodes[0]) && !r; i++) {
		if (nodes[i].type == S_IFDIR)
			r = mkdirat(dir, nodes[i].name, 0);
		else
			/* devices 0:0, on a nodev mount: never openable */
			r = mknodat(dir, nodes[i].name, nodes[i].type,
				makedev(0, 0));
		/* mkdir/mknod apply the umask; 0 has nothing to mask, but
		 * chmod makes "mode 000" not depend on it. */
		if (r < 0 || fchmodat(dir, nodes[i].name, 0, 0) < 0)
			r = -errno;
	}
	if (dir >= 0)
		close(dir);
	/* Read-only for good: a root service must not chmod or fill the
	 * stand-ins that later services bind over their hidden paths. */
	if (!r && mount("tmpfs", MOUNT_STAGE, "tmpfs",
			 MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV |
				 MS_NOEXEC,
			 "mode=0700,size=4k") < 0)
		r = -errno;
	if (r < 0) {
		umount2(MOUNT_STAGE, MNT_DETACH); /* a half-made stage: none */
		return r;
	}
	mount_stage_dev = st.st_dev;
	return 0;
}
