/* mount.c - a service's mounts: one fd-based sequence, in the order of mount_steps[]. */
#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
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

#include "kapi.h"

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

/* Set and clear attributes on every mount of a tree, or on none. */
static int tree_attr(int tree, uint64_t set, uint64_t clr)
{
	struct r_mount_attr a = {.attr_set = set, .attr_clr = clr};

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
	/* PROTECT_PROC and PROC_SUBSET are options of this instance (5.8):
	 * an older kernel refuses them (EINVAL) and the service fails here,
	 * never running with a /proc that shows more than configured. */
	static const char *const hidepid[] = {
		[SVC_PROTECT_PROC_NOACCESS] = "noaccess",
		[SVC_PROTECT_PROC_INVISIBLE] = "invisible",
		[SVC_PROTECT_PROC_PTRACEABLE] = "ptraceable",
	};
	const char *opts[5] = {NULL};
	unsigned int n = 0;

	if (svc->protect_proc > SVC_PROTECT_PROC_PTRACEABLE)
		return -EINVAL;
	if (svc->protect_proc) {
		opts[n++] = "hidepid";
		opts[n++] = hidepid[svc->protect_proc];
	}
	if (svc->proc_subset) {
		opts[n++] = "subset";
		opts[n++] = "pid";
	}
	/* MOUNT_API_VFS="yes": the root must have its /proc (ENOENT) */
	return fs_over("/proc", "proc", opts,
		R_MOUNT_ATTR_NOSUID | R_MOUNT_ATTR_NODEV | R_MOUNT_ATTR_NOEXEC,
		rooted && svc->mount_api_vfs != SVC_MOUNT_API_VFS_YES);
}

/*
 * A sysfs mounted in a private network namespace shows that namespace's
 * interfaces only; the inherited one shows PID 1's.  Read-only, as
 * nothing in a private network needs to write /sys.  It hides the cgroup
 * hierarchies mounted on the old /sys.
 */
static int api_bind(const char *path, unsigned long magic);

static int sysfs_fresh(const struct svc *svc)
{
	bool api = svc->mount_api_vfs == SVC_MOUNT_API_VFS_YES;

	/* MOUNT_API_VFS="yes" without a private network: PID 1's /sys in
	 * the root, as systemd binds the host's */
	if (!svc->private_network)
		return api_bind("/sys", R_SYSFS_MAGIC);
	return fs_over("/sys", "sysfs", NULL,
		R_MOUNT_ATTR_RDONLY | R_MOUNT_ATTR_NOSUID | R_MOUNT_ATTR_NODEV |
			R_MOUNT_ATTR_NOEXEC,
		rooted && !api);
}

/*
 * MOUNT_API_VFS="yes" in a ROOT_DIRECTORY (systemd's MountAPIVFS=): PID
 * 1's path (its /sys or /dev, resolved from PID 1's / without symlinks)
 * cloned with its submounts and attached on the root's own directory of
 * that name, which must exist (ENOENT: the service does not start).  /sys
 * must be a sysfs (ENODEV otherwise; magic 0: not checked).  Before every
 * path step, as the fresh /proc, so a path below them names these.
 */
static int api_bind(const char *path, unsigned long magic)
{
	struct statfs sf;
	int host, src, dst, tree, r;

	host = sys_ret(open("/", O_PATH | O_DIRECTORY | O_CLOEXEC));
	if (host < 0)
		return host;
	src = path_open_at(host, path, O_DIRECTORY);
	close(host);
	if (src < 0)
		return src;
	if (magic && (fstatfs(src, &sf) < 0 || (unsigned long)sf.f_type != magic))
		return done(-ENODEV, src, -1);
	dst = path_open(path, O_DIRECTORY);
	if (dst < 0)
		return done(dst, src, -1);
	tree = tree_clone(src, true);
	close(src);
	if (tree < 0)
		return done(tree, dst, -1);
	r = attach(tree, dst);
	return done(r, dst, tree);
}

/* MOUNT_API_VFS="yes" without PRIVATE_DEVICES: PID 1's /dev (the device
 * program decides what opens, as for any service). */
static int api_dev(const struct svc *svc)
{
	(void)svc;
	return api_bind("/dev", 0);
}

/* MOUNT_API_VFS="yes": a fresh, empty tmpfs on the root's /run, as
 * systemd's (mode 0755, nosuid, nodev; a size of its own). */
static int api_run(const struct svc *svc)
{
	static const char *const opts[] = {
		"mode", "0755", "size", "4m", "nr_inodes", "4096", NULL};

	(void)svc;
	return fs_over("/run", "tmpfs", opts,
		R_MOUNT_ATTR_NOSUID | R_MOUNT_ATTR_NODEV, false);
}

/*
 * PRIVATE_DEVICES: a tmpfs of its own on /dev with only the pseudo-devices
 * systemd's PrivateDevices= leaves (null, zero, full, random, urandom,
 * tty), a devpts instance of its own with ptmx, a shm tmpfs and an mqueue
 * of its own, and the std* and fd links.  The devices are bind mounts of
 * PID 1's nodes, each checked to be the character device of its number
 * first: a node another service planted or swapped in PID 1's /dev fails
 * the service (ENODEV) instead of being handed on.  The tmpfs itself is
 * read-only once filled, and nodev nowhere (the nodes must open); the
 * service's device program allows just these (scripts/gen/protect.c), and
 * it has no CAP_MKNOD to make others.  Before every path step, like the
 * fresh /proc and /sys, so a path below /dev names the new instance.
 */
static const struct {
	const char *name;
	unsigned int major, minor;
} private_nodes[] = {
	{"null", 1, 3},
	{"zero", 1, 5},
	{"full", 1, 7},
	{"random", 1, 8},
	{"urandom", 1, 9},
	{"tty", 5, 0},
};

static const struct {
	const char *name, *target;
} private_links[] = {
	{"ptmx", "pts/ptmx"},
	{"fd", "/proc/self/fd"},
	{"stdin", "/proc/self/fd/0"},
	{"stdout", "/proc/self/fd/1"},
	{"stderr", "/proc/self/fd/2"},
};

/* A new filesystem instance on dir/name (a directory made here). */
static int dev_sub(int dev, const char *name, const char *type,
	const char *const *opts, unsigned attrs)
{
	int target, mnt, r;

	target = path_open_at(dev, name, O_DIRECTORY);
	if (target < 0)
		return target;
	mnt = fs_new(type, opts, attrs);
	if (mnt < 0)
		return done(mnt, target, -1);
	r = attach(mnt, target);
	return done(r, target, mnt);
}

/* PID 1's node name (in host, its /dev) bound onto dev/name. */
static int dev_node(int host, int dev, unsigned int i)
{
	struct stat st;
	int src, target, tree, r;

	src = path_open_at(host, private_nodes[i].name, 0);
	if (src < 0)
		return src;
	if (fstat(src, &st) < 0)
		return done(-errno, src, -1);
	if (!S_ISCHR(st.st_mode) ||
		major(st.st_rdev) != private_nodes[i].major ||
		minor(st.st_rdev) != private_nodes[i].minor)
		return done(-ENODEV, src, -1);
	tree = tree_clone(src, false);
	close(src);
	if (tree < 0)
		return tree;
	r = tree_set(tree, R_MOUNT_ATTR_NOSUID | R_MOUNT_ATTR_NOEXEC);
	target = r ? -1 : path_open_at(dev, private_nodes[i].name, 0);
	if (!r && target < 0)
		r = target;
	if (!r)
		r = attach(tree, target);
	return done(r, tree, target);
}

static int private_dev(const struct svc *svc)
{
	static const char *const tmpfs_opts[] = {
		"mode", "0755", "size", "64k", "nr_inodes", "64", NULL};
	static const char *const pts_opts[] = {
		"ptmxmode", "0666", "mode", "0620", NULL};
	static const char *const shm_opts[] = {"mode", "1777", NULL};
	struct r_mount_attr ro = {.attr_set = R_MOUNT_ATTR_RDONLY};
	int host, target, mnt, dev = -1, fd, r;
	unsigned int i;

	(void)svc;
	/* PID 1's /dev, opened before the tmpfs covers it */
	host = path_open("/dev", O_DIRECTORY);
	if (host == -ENOENT && rooted)
		return 0; /* a ROOT_DIRECTORY tree without /dev: no devices */
	if (host < 0)
		return host;
	/* the nodes come from PID 1's own /dev, never a ROOT_DIRECTORY's */
	if (rooted) {
		close(host);
		fd = sys_ret(open("/", O_PATH | O_DIRECTORY | O_CLOEXEC));
		if (fd < 0)
			return fd;
		host = path_open_at(fd, "/dev", O_DIRECTORY);
		close(fd);
		if (host < 0)
			return host;
	}
	target = path_open("/dev", O_DIRECTORY);
	if (target < 0)
		return done(target, host, -1);
	mnt = fs_new(
		"tmpfs", tmpfs_opts, R_MOUNT_ATTR_NOSUID | R_MOUNT_ATTR_NOEXEC);
	r = mnt < 0 ? mnt : attach(mnt, target);
	close(target);
	if (mnt >= 0)
		close(mnt);
	if (!r)
		r = dev = path_open("/dev", O_DIRECTORY);
	if (r >= 0)
		r = 0;
	/* fill it: directories, links, an empty file per node */
	if (!r && (mkdirat(dev, "pts", 0755) < 0 ||
			  mkdirat(dev, "shm", 01777) < 0 ||
			  mkdirat(dev, "mqueue", 0755) < 0))
		r = -errno;
	for (i = 0; !r && i < sizeof(private_links) / sizeof(private_links[0]);
		i++)
		if (symlinkat(private_links[i].target, dev,
			    private_links[i].name) < 0)
			r = -errno;
	for (i = 0; !r && i < sizeof(private_nodes) / sizeof(private_nodes[0]);
		i++) {
		fd = openat(dev, private_nodes[i].name,
			O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0);
		if (fd < 0)
			r = -errno;
		else
			close(fd);
	}
	/* read-only for good (this mount only: the ones below stay writable) */
	if (!r)
		r = sys_ret(syscall(SYS_mount_setattr, dev, "", AT_EMPTY_PATH,
			&ro, sizeof(ro)));
	for (i = 0; !r && i < sizeof(private_nodes) / sizeof(private_nodes[0]);
		i++)
		r = dev_node(host, dev, i);
	if (!r)
		r = dev_sub(dev, "pts", "devpts", pts_opts,
			R_MOUNT_ATTR_NOSUID | R_MOUNT_ATTR_NOEXEC);
	if (!r)
		r = dev_sub(dev, "shm", "tmpfs", shm_opts,
			R_MOUNT_ATTR_NOSUID | R_MOUNT_ATTR_NODEV);
	if (!r)
		r = dev_sub(dev, "mqueue", "mqueue", NULL,
			R_MOUNT_ATTR_NOSUID | R_MOUNT_ATTR_NODEV |
				R_MOUNT_ATTR_NOEXEC);
	return done(r, host, dev);
}

/*
 * Read-only, submounts included: a recursive clone of the tree at the
 * resolved fd, MOUNT_ATTR_RDONLY on every mount of the clone while it is
 * still detached (all or none), then attached on that same fd.
 */
static int root_read_only(bool keep_api);

static int read_only_one(const char *entry, bool may_miss)
{
	bool optional;
	const char *p = path_entry(entry, &optional);
	int fd, tree, r;

	if (!strcmp(p, "/"))
		return root_read_only(false);
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

static int inaccessible_list(const char *const *pp)
{
	int r;

	r = stage_open();
	for (; !r && *pp; pp++)
		r = inaccessible_one(*pp);
	if (stage_fd >= 0)
		close(stage_fd);
	stage_fd = -1;
	return r;
}

static int inaccessible(const struct svc *svc)
{
	return inaccessible_list(svc->inaccessible_paths);
}

/* ---- the path options (PROTECT_SYSTEM ... EXEC_PATHS) ---- */

/*
 * The whole tree read-only: MOUNT_ATTR_RDONLY on every mount of this
 * namespace's copy of the root (or of the ROOT_DIRECTORY bind), at once,
 * all or none.  The mounts are this namespace's own copies, so PID 1 and
 * every other service keep theirs writable; rootfs (the initramfs) is a
 * mount like any other here.  keep_api (PROTECT_SYSTEM=strict): /proc,
 * /sys and /dev keep what they had, as systemd leaves them: a recursive
 * clone of each is taken before, while it still has its attributes, and
 * attached back over it after.  Only a filesystem of its own is kept: in
 * a ROOT_DIRECTORY tree a plain directory /dev is part of the tree.
 */
static const char *const api_dirs[] = {"/proc", "/sys", "/dev"};
#define API_DIRS (sizeof(api_dirs) / sizeof(api_dirs[0]))

static int root_read_only(bool keep_api)
{
	int saved[API_DIRS], at[API_DIRS], r = 0;
	struct stat root_st, st;
	unsigned int i;

	for (i = 0; i < API_DIRS; i++)
		saved[i] = at[i] = -1;
	if (keep_api && fstat(root_fd, &root_st) < 0)
		return -errno;
	for (i = 0; keep_api && i < API_DIRS && r >= 0; i++) {
		at[i] = path_open(api_dirs[i], O_DIRECTORY);
		if (at[i] == -ENOENT)
			continue;
		if (at[i] < 0)
			r = at[i];
		else if (fstat(at[i], &st) < 0)
			r = -errno;
		else if (st.st_dev != root_st.st_dev)
			r = saved[i] = tree_clone(at[i], true);
	}
	if (r >= 0)
		r = tree_set(root_fd, R_MOUNT_ATTR_RDONLY);
	for (i = 0; i < API_DIRS; i++) {
		if (saved[i] >= 0 && r >= 0)
			r = attach(saved[i], at[i]);
		done(0, saved[i], at[i]);
	}
	return r < 0 ? r : 0;
}

static int each_path(const char *const *pp, int (*one)(const char *entry))
{
	int r = 0;

	for (; pp && *pp && !r; pp++)
		r = one(*pp);
	return r;
}

/* systemd's list: missing ones are skipped. */
static const char *const system_dirs[] = {"-/usr", "-/boot", "-/efi", NULL};
static const char *const home_dirs[] = {"-/home", "-/root", "-/run/user",
	NULL};

static int read_only_entry(const char *entry)
{
	return read_only_one(entry, false);
}

/*
 * PROTECT_SYSTEM: yes and full as READ_ONLY_PATHS of systemd's lists;
 * strict the whole tree but the API filesystems.  First of the path
 * steps: everything after it may open writable holes in it.
 */
static int protect_system(const struct svc *svc)
{
	int r;

	if (svc->protect_system == SVC_PROTECT_SYSTEM_STRICT)
		return root_read_only(true);
	r = each_path(system_dirs, read_only_entry);
	if (!r && svc->protect_system == SVC_PROTECT_SYSTEM_FULL)
		r = read_only_entry("-/etc");
	return r;
}

static int home_tmpfs(const char *entry)
{
	static const char *const opts[] = {"mode", "0755", "size", "4k", NULL};
	bool optional;
	const char *p = path_entry(entry, &optional);

	return fs_over(p, "tmpfs", opts,
		R_MOUNT_ATTR_RDONLY | R_MOUNT_ATTR_NOSUID | R_MOUNT_ATTR_NODEV |
			R_MOUNT_ATTR_NOEXEC,
		optional);
}

/* PROTECT_HOME: over /home, /root and /run/user, those that exist. */
static int protect_home(const struct svc *svc)
{
	switch (svc->protect_home) {
	case SVC_PROTECT_HOME_YES:
		return inaccessible_list(home_dirs);
	case SVC_PROTECT_HOME_READ_ONLY:
		return each_path(home_dirs, read_only_entry);
	default:
		return each_path(home_dirs, home_tmpfs);
	}
}

/*
 * A clone of the tree at a resolved path with attributes set and cleared
 * while it is detached, attached over the same path: a writable hole in a
 * read-only tree (READ_WRITE_PATHS), noexec or exec again.  "/" itself
 * cannot be covered (a mount on the root is not seen from it): its own
 * mounts are changed in place.
 */
static int reattr_one(const char *entry, uint64_t set, uint64_t clr)
{
	bool optional;
	const char *p = path_entry(entry, &optional);
	int fd, tree, r;

	if (!strcmp(p, "/"))
		return tree_attr(root_fd, set, clr);
	fd = path_open(p, 0);
	if (fd == -ENOENT && optional)
		return 0;
	if (fd < 0)
		return fd;
	tree = tree_clone(fd, true);
	if (tree < 0)
		return done(tree, fd, -1);
	r = tree_attr(tree, set, clr);
	if (!r)
		r = attach(tree, fd);
	return done(r, fd, tree);
}

static int read_write_one(const char *entry)
{
	return reattr_one(entry, 0, R_MOUNT_ATTR_RDONLY);
}

/* After every read-only step (deeper wins, as in systemd); the generator
 * refuses a read-only path below a hole, and / and the API filesystems. */
static int read_write(const struct svc *svc)
{
	return each_path(svc->read_write_paths, read_write_one);
}

/*
 * BIND_PATHS, BIND_READ_ONLY_PATHS: the source resolved from PID 1's /
 * (outside a ROOT_DIRECTORY, as in systemd), the target inside the
 * service's root, both without symlinks; the clone of the source is made
 * read-only, or writable (a bind in a read-only tree is a hole, as in
 * systemd), while detached, then attached on the resolved target.
 */
static int bind_one(const struct svc_bind *b, int host)
{
	uint64_t ro = R_MOUNT_ATTR_RDONLY;
	int src, dst, tree, r;

	src = path_open_at(host, b->source, 0);
	if (src == -ENOENT && b->optional)
		return 0;
	if (src < 0)
		return src;
	dst = path_open(b->target, 0);
	if (dst < 0)
		return done(dst, src, -1);
	tree = tree_clone(src, b->recursive);
	close(src);
	if (tree < 0)
		return done(tree, dst, -1);
	r = tree_attr(tree, b->read_only ? ro : 0, b->read_only ? 0 : ro);
	if (!r)
		r = attach(tree, dst);
	return done(r, dst, tree);
}

static int bind_paths(const struct svc *svc)
{
	unsigned int i;
	int host, r = 0;

	host = sys_ret(open("/", O_PATH | O_DIRECTORY | O_CLOEXEC));
	if (host < 0)
		return host;
	for (i = 0; i < svc->nbinds && !r; i++)
		r = bind_one(&svc->binds[i], host);
	return done(r, host, -1);
}

/* TEMPORARY_FILE_SYSTEM: a new tmpfs with its options and attributes. */
static int temporary_fs(const struct svc *svc)
{
	unsigned int i;
	int r = 0;

	for (i = 0; i < svc->ntmpfs && !r; i++)
		r = fs_over(svc->tmpfs[i].path, "tmpfs", svc->tmpfs[i].opts,
			svc->tmpfs[i].attrs, false);
	return r;
}

static int no_exec_one(const char *entry)
{
	return reattr_one(entry, R_MOUNT_ATTR_NOEXEC, 0);
}

static int exec_one(const char *entry)
{
	return reattr_one(entry, 0, R_MOUNT_ATTR_NOEXEC);
}

/* Attributes of what is mounted by then, binds and tmpfs included. */
static int no_exec(const struct svc *svc)
{
	return each_path(svc->no_exec_paths, no_exec_one);
}

static int exec_holes(const struct svc *svc)
{
	return each_path(svc->exec_paths, exec_one);
}

/* ---- the kernel protections (systemd's ProtectKernel*=, ProtectHostname=)
 * ----
 *
 * Fixed lists, as systemd's namespace.c has them; "-" marks a path the
 * kernel or the image may not have (skipped).  They are resolved like every
 * configured path (below the service's root, no symlink), in the /proc and
 * /sys the service sees: the fresh instances come earlier.  The
 * capabilities and system-call filters these options imply were put in the
 * table by the generator (scripts/gen/protect.c).
 */
static const char *const tunables_ro[] = {
	"-/proc/acpi", "-/proc/apm", "-/proc/asound", "-/proc/bus", "-/proc/fs",
	"-/proc/irq", "-/proc/latency_stats", "-/proc/mtrr", "-/proc/scsi",
	"-/proc/sys", "-/proc/sysrq-trigger", "-/proc/timer_stats",
	NULL, /* and /sys: sys_read_only() */
};
static const char *const tunables_hidden[] = {
	"-/proc/kallsyms",
	"-/proc/kcore",
	NULL,
};
static const char *const modules_hidden[] = {
	"-/lib/modules",
	"-/usr/lib/modules",
	NULL,
};
static const char *const logs_hidden[] = {
	"-/proc/kmsg",
	"-/dev/kmsg",
	NULL,
};
static const char *const hostname_ro[] = {
	"-/proc/sys/kernel/hostname",
	"-/proc/sys/kernel/domainname",
	NULL,
};

/*
 * /sys read-only, submounts included, except the cgroup hierarchies,
 * which keep what they were (as in systemd, where
 * PROTECT_CONTROL_GROUPS decides about them): the tree at /sys/fs/cgroup
 * is cloned before, and attached again on top of the read-only copy.
 */
static int sys_read_only(void)
{
	struct stat sys_st, cg_st;
	int sys, cg, keep = -1, tree, r;

	sys = path_open("/sys", O_DIRECTORY);
	if (sys == -ENOENT && rooted)
		return 0;
	if (sys < 0)
		return sys;
	cg = path_open(CGROUP_ROOT, O_DIRECTORY);
	if (cg >= 0 && fstat(sys, &sys_st) == 0 && fstat(cg, &cg_st) == 0 &&
		sys_st.st_dev != cg_st.st_dev) {
		keep = tree_clone(cg, true);
		if (keep < 0)
			return done(keep, sys, cg);
	}
	if (cg >= 0)
		close(cg);
	tree = tree_clone(sys, true);
	if (tree < 0) {
		r = tree;
	} else {
		r = tree_set(tree, R_MOUNT_ATTR_RDONLY);
		if (!r)
			r = attach(tree, sys);
		close(tree);
	}
	close(sys);
	if (!r && keep >= 0) {
		cg = path_open(CGROUP_ROOT, O_DIRECTORY);
		r = cg < 0 ? cg : attach(keep, cg);
		if (cg >= 0)
			close(cg);
	}
	return done(r, keep, -1);
}

static int protect_tunables(const struct svc *svc)
{
	int r;

	(void)svc;
	r = each_path(tunables_ro, read_only_entry);
	if (!r)
		r = sys_read_only();
	if (!r)
		r = inaccessible_list(tunables_hidden);
	return r;
}

static int protect_modules(const struct svc *svc)
{
	(void)svc;
	return inaccessible_list(modules_hidden);
}

static int protect_logs(const struct svc *svc)
{
	(void)svc;
	return inaccessible_list(logs_hidden);
}

static int protect_hostname(const struct svc *svc)
{
	(void)svc;
	return each_path(hostname_ro, read_only_entry);
}

/*
 * LOAD_CREDENTIAL, SET_CREDENTIAL: the ramfs credentials.c made, filled
 * and made read-only before the namespaces, attached on its directory
 * (made then too) in this namespace only.  After every step that may
 * make a path writable or mount over /run (READ_WRITE_PATHS would clear
 * its read-only flag, a bind or a tmpfs would cover it; the generator
 * refuses those over the directory), before INACCESSIBLE_PATHS (hidden
 * stays hidden: refused too) and the root switch, which carries it.
 */
static int credentials_mount(const struct svc *svc)
{
	int mnt, target, r;

	mnt = creds_take_mount();
	if (mnt < 0)
		return mnt;
	target = path_open(svc->creds_dir, O_DIRECTORY);
	if (target < 0)
		return done(target, mnt, -1);
	r = attach(mnt, target);
	return done(r, target, mnt);
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

/* MOUNT_API_VFS acts inside a ROOT_DIRECTORY only (as systemd's). */
static bool api_vfs(const struct svc *svc, enum svc_mount_api_vfs v)
{
	return svc->root_directory && svc->mount_api_vfs == v;
}

static bool want_pid_proc(const struct svc *svc)
{
	return ns_wants_pid(svc) && !api_vfs(svc, SVC_MOUNT_API_VFS_NO);
}

static bool want_sysfs(const struct svc *svc)
{
	return (svc->private_network &&
		       !api_vfs(svc, SVC_MOUNT_API_VFS_NO)) ||
	       api_vfs(svc, SVC_MOUNT_API_VFS_YES);
}

static bool want_api_dev(const struct svc *svc)
{
	return api_vfs(svc, SVC_MOUNT_API_VFS_YES) && !svc->private_devices;
}

static bool want_api_run(const struct svc *svc)
{
	return api_vfs(svc, SVC_MOUNT_API_VFS_YES);
}

static bool want_private_devices(const struct svc *svc)
{
	return svc->private_devices;
}

static bool want_read_only(const struct svc *svc)
{
	return svc->read_only_paths != NULL;
}

static bool want_protect_system(const struct svc *svc)
{
	return svc->protect_system != SVC_PROTECT_SYSTEM_NO;
}

static bool want_protect_home(const struct svc *svc)
{
	return svc->protect_home != SVC_PROTECT_HOME_NO;
}

static bool want_read_write(const struct svc *svc)
{
	return svc->read_write_paths != NULL;
}

static bool want_binds(const struct svc *svc)
{
	return svc->nbinds != 0;
}

static bool want_temporary_fs(const struct svc *svc)
{
	return svc->ntmpfs != 0;
}

static bool want_no_exec(const struct svc *svc)
{
	return svc->no_exec_paths != NULL;
}

static bool want_exec(const struct svc *svc)
{
	return svc->exec_paths != NULL;
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

static bool want_protect_tunables(const struct svc *svc)
{
	return svc->protect_kernel_tunables;
}

static bool want_protect_modules(const struct svc *svc)
{
	return svc->protect_kernel_modules;
}

static bool want_protect_logs(const struct svc *svc)
{
	return svc->protect_kernel_logs;
}

static bool want_protect_hostname(const struct svc *svc)
{
	return svc->protect_hostname;
}

static bool want_credentials(const struct svc *svc)
{
	return svc->ncreds != 0;
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
 * - fresh /proc, /sys and /dev (PRIVATE_DEVICES), and MOUNT_API_VFS's
 *   /sys, /dev and /run in a root, before any path step, so a path below
 *   them names the new instance (else a fresh mount would cover a
 *   read-only or inaccessible one made below the old instance: the
 *   mount-order hole);
 * - PROTECT_SYSTEM, PROTECT_HOME, then READ_ONLY_PATHS: the wide
 *   read-only steps first, then the narrower ones (systemd: the deeper
 *   path wins), then READ_WRITE_PATHS, the holes in them;
 * - read-only paths before the private /tmp, so that a read-only / or
 *   /var keeps a writable private /tmp (systemd: the deeper path wins);
 * - the binds after the private /tmp (a bind may land in it), then the
 *   temporary filesystems (one may cover a part of a bind);
 * - NO_EXEC_PATHS, then EXEC_PATHS (holes in it), after every mount they
 *   may apply to;
 * - the kernel protections (PROTECT_KERNEL_*, PROTECT_HOSTNAME) after
 *   the fresh /proc and /sys, so they cover the instances the service
 *   sees, and after every step that makes a path writable or mounts a new
 *   filesystem (READ_WRITE_PATHS, binds, TEMPORARY_FILE_SYSTEM), so
 *   nothing later undoes them (READ_ONLY_PATHS="/proc" keeps them too: a
 *   recursive clone carries their mounts);
 * - the service directories right after the read-only paths
 *   and READ_WRITE_PATHS: writable
 *   holes in them (and before INACCESSIBLE_PATHS: hidden stays hidden);
 * - the credentials (LOAD_CREDENTIAL) after every step that could make
 *   them writable or cover them, before the inaccessible paths;
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
	/* -- the kernel protections' fresh /dev (PRIVATE_DEVICES) -- */
	{STEP_PRIVATE_DEVICES, "/dev (a private tmpfs)", want_private_devices,
		private_dev},
	/* -- MOUNT_API_VFS="yes" in a ROOT_DIRECTORY (/proc, /sys above) -- */
	{STEP_API_DEV, "/dev (PID 1's, bound in the root)", want_api_dev,
		api_dev},
	{STEP_API_RUN, "/run (a fresh tmpfs in the root)", want_api_run,
		api_run},
	{STEP_PROTECT_SYSTEM, "PROTECT_SYSTEM (/usr /boot /efi, /etc, /)",
		want_protect_system, protect_system},
	{STEP_PROTECT_HOME, "PROTECT_HOME (/home /root /run/user)",
		want_protect_home, protect_home},
	{STEP_READ_ONLY_PATHS, "READ_ONLY_PATHS", want_read_only, read_only},
	{STEP_READ_WRITE_PATHS, "READ_WRITE_PATHS", want_read_write,
		read_write},
	{STEP_DIRECTORIES_WRITABLE, "STATE_DIRECTORY etc. (writable holes)",
		want_directories, directories_writable},
	{STEP_PROTECT_CGROUPS, "/sys/fs/cgroup", want_protect_cgroups,
		protect_cgroups},
	{STEP_PRIVATE_TMP, "/tmp, /var/tmp", want_private_tmp, private_tmp},
	{STEP_BIND_PATHS, "BIND_PATHS, BIND_READ_ONLY_PATHS", want_binds,
		bind_paths},
	{STEP_TEMPORARY_FILE_SYSTEM, "TEMPORARY_FILE_SYSTEM",
		want_temporary_fs, temporary_fs},
	{STEP_NO_EXEC_PATHS, "NO_EXEC_PATHS", want_no_exec, no_exec},
	{STEP_EXEC_PATHS, "EXEC_PATHS", want_exec, exec_holes},
	/* -- the kernel protections: after every step that may make a path
	 *    writable, before the inaccessible paths -- */
	{STEP_PROTECT_KERNEL_TUNABLES, "/proc/sys, /sys, ... (read-only)",
		want_protect_tunables, protect_tunables},
	{STEP_PROTECT_KERNEL_MODULES, "/lib/modules, /usr/lib/modules",
		want_protect_modules, protect_modules},
	{STEP_PROTECT_KERNEL_LOGS, "/proc/kmsg, /dev/kmsg", want_protect_logs,
		protect_logs},
	{STEP_PROTECT_HOSTNAME, "/proc/sys/kernel/hostname, domainname",
		want_protect_hostname, protect_hostname},
	/* -- end of the kernel protections -- */
	{STEP_CREDENTIALS_MOUNT, "CRED_DIR_BASE/<id> (read-only ramfs)",
		want_credentials, credentials_mount},
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
		r = test_fault(svc, mount_steps[i].step); /* test tree only */
		if (r == 0)
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

/* Every step that calls inaccessible_list(): INACCESSIBLE_PATHS,
 * PROTECT_HOME=yes, and the kernel protections' hidden files
 * (/proc/kallsyms, /lib/modules, /proc/kmsg ...). */
bool mount_wants_stage(const struct svc *svc)
{
	return svc->inaccessible_paths ||
	       svc->protect_home == SVC_PROTECT_HOME_YES ||
	       svc->protect_kernel_tunables || svc->protect_kernel_modules ||
	       svc->protect_kernel_logs;
}

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
