/* dirs.c - the service directories (STATE_DIRECTORY, ...): made before the start, the runtime ones removed after the stop. */
#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "init.h"

/*
 * PID 1 makes, chowns and removes these paths while other services run,
 * and every service is an attacker: one that may write /var/lib (a root
 * service without capabilities owns it) can plant a symlink at the name
 * (/var/lib/<victim> -> /etc), or in a parent, rename a directory away
 * between two lookups, or put a hard link to /etc/shadow where a
 * directory is expected.  So no path is ever looked up twice: the walk
 * goes one component at a time, each opened with openat2() relative to
 * the directory fd before it, RESOLVE_NO_SYMLINKS (a symlink anywhere is
 * ELOOP, never followed), and everything after (chown, chmod, the entries
 * removed) is done on the fd that was opened.  A hard link is to a file,
 * never a directory: O_DIRECTORY refuses it (ENOTDIR).
 */

#include "kapi.h"

/* The removal child's bounds: a runtime directory is small, and a
 * service that filled it to defeat the removal only keeps it. */
#define DIRS_REMOVE_DEPTH 32
#define DIRS_REMOVE_ENTRIES 65536
#define DIRS_REMOVE_SECONDS 10

static int sys_ret(long r)
{
	return r < 0 ? -errno : (int)r;
}

/* One component name below dir, a directory, no symlink, nothing but
 * that name (RESOLVE_BENEATH); xdev: may it be another mount? */
static int dir_open_one(int dir, const char *name, bool xdev)
{
	struct r_open_how how = {
		.flags = (uint64_t)(O_RDONLY | O_DIRECTORY | O_CLOEXEC),
		.resolve = R_RESOLVE_NO_SYMLINKS | R_RESOLVE_NO_MAGICLINKS |
			   R_RESOLVE_BENEATH | (xdev ? 0 : R_RESOLVE_NO_XDEV),
	};

	return sys_ret(syscall(SYS_openat2, dir, name, &how, sizeof(how)));
}

/* The next component of *p (after any '/') into buf; 0, or -ENAMETOOLONG. */
static int component(const char **p, char *buf, size_t size)
{
	const char *s = *p, *e;

	while (*s == '/')
		s++;
	for (e = s; *e && *e != '/'; e++)
		;
	if ((size_t)(e - s) >= size || e == s)
		return -ENAMETOOLONG;
	memcpy(buf, s, (size_t)(e - s));
	buf[e - s] = '\0';
	*p = e;
	return 0;
}

/*
 * The service's root, walked from / one component at a time (the image's
 * / itself without ROOT_DIRECTORY).  Before the namespaces: this is PID
 * 1's view, where the directories live.
 */
static int root_open(const struct svc *svc)
{
	char name[256];
	const char *p;
	int fd, nfd, r;

	fd = sys_ret(open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	for (p = svc->root_directory; fd >= 0 && p && *p && *p != '\0';) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		r = component(&p, name, sizeof(name));
		if (r < 0) {
			close(fd);
			return r;
		}
		nfd = dir_open_one(fd, name, true);
		close(fd);
		fd = nfd;
	}
	return fd;
}

/*
 * One directory: every component of the base (/var/lib) and of the name
 * is made if missing, as root, mode 0755 (systemd's parents), and opened
 * without following anything; the last one gets the configured mode and,
 * but for CONFIGURATION_DIRECTORY, the service's uid and gid.
 *
 * What already exists at the last name:
 * - not a directory, a symlink, a hard link: refused (ENOTDIR, ELOOP);
 * - a directory of the service's uid or of root: owner and mode set as
 *   configured, on the fd (only the directory itself, never recursively:
 *   a chown walk is what a planted hard link turns against /etc/shadow);
 * - a directory of any other uid: refused (EPERM), another service's
 *   data is not handed over (systemd would chown it all);
 * - CONFIGURATION_DIRECTORY: left as it is (systemd does not touch it).
 */
static int dir_make(int root, const struct svc *svc, const struct svc_dir *d)
{
	char name[256];
	const char *p = d->path;
	struct stat st;
	bool created = false, last, in_base;
	int fd = root, nfd, r = 0;
	mode_t mode;

	while (*p) {
		r = component(&p, name, sizeof(name));
		if (r < 0)
			break;
		in_base = (size_t)(p - d->path) <= d->base_len;
		while (*p == '/')
			p++;
		last = !*p;
		mode = last ? d->mode : 0755;
		created = mkdirat(fd, name, mode) == 0;
		if (!created && errno != EEXIST) {
			r = -errno;
			break;
		}
		/* Mounts may be crossed in the base (an INIT_MOUNTS data
		 * partition), not below it. */
		nfd = dir_open_one(fd, name, in_base);
		if (fd != root)
			close(fd);
		fd = nfd;
		if (fd < 0) {
			r = fd;
			break;
		}
		/* mkdir applied PID 1's umask: the mode is made exact. */
		if (created && !last && fchmod(fd, 0755) < 0) {
			r = -errno;
			break;
		}
	}
	if (r < 0 || fd == root) {
		if (fd >= 0 && fd != root)
			close(fd);
		return r < 0 ? r : -EINVAL;
	}
	if (fstat(fd, &st) < 0) {
		r = -errno;
	} else if (!created && !d->owned) {
		r = 0; /* an existing configuration directory: untouched */
	} else if (!created && st.st_uid != svc->uid && st.st_uid != 0) {
		r = -EPERM; /* another user's directory */
	} else {
		if (d->owned && (st.st_uid != svc->uid || st.st_gid != svc->gid) &&
			fchown(fd, svc->uid, svc->gid) < 0)
			r = -errno;
		if (!r && (created || (st.st_mode & 07777) != d->mode) &&
			fchmod(fd, d->mode) < 0)
			r = -errno;
	}
	close(fd);
	return r;
}

static const int type_step[] = {
	[SVC_DIR_RUNTIME] = STEP_RUNTIME_DIRECTORY,
	[SVC_DIR_STATE] = STEP_STATE_DIRECTORY,
	[SVC_DIR_CACHE] = STEP_CACHE_DIRECTORY,
	[SVC_DIR_LOGS] = STEP_LOGS_DIRECTORY,
	[SVC_DIR_CONFIGURATION] = STEP_CONFIGURATION_DIRECTORY,
};

/*
 * The child side, as root, before the namespaces (it works on PID 1's
 * tree, where the directories persist) and before the capabilities are
 * dropped.  Here and not in PID 1: a slow or hung filesystem (a data
 * partition, NFS) then stalls this one start, never PID 1's loop, and a
 * failure is reported as a step like every other.
 */
int dirs_create(const struct svc *svc, int *step)
{
	unsigned int i;
	int root, r = 0;

	if (!svc->ndirs)
		return 0;
	*step = type_step[svc->dirs[0].type];
	root = root_open(svc);
	if (root < 0)
		return root;
	for (i = 0; i < svc->ndirs && !r; i++) {
		*step = type_step[svc->dirs[i].type];
		r = test_fault(svc, *step); /* the test tree's hook only */
		if (r == 0)
			r = dir_make(root, svc, &svc->dirs[i]);
	}
	close(root);
	return r;
}

/*
 * credentials.c: the directory a service's credentials are mounted on
 * (CRED_DIR_BASE/<id>), made the same way as the service directories,
 * in the service's root, root's, mode 0700 (systemd's per-unit mode); one
 * that exists is left as it is (only this service's mount namespace
 * ever sees what is mounted on it).  The child, as root, before the
 * namespaces.
 */
int dirs_make_mountpoint(
	const struct svc *svc, const char *path, unsigned short base_len)
{
	struct svc_dir d = {.path = path, .base_len = base_len, .mode = 0700};
	int root, r;

	root = root_open(svc);
	if (root < 0)
		return root;
	r = dir_make(root, svc, &d);
	close(root);
	return r;
}

/* ---- RUNTIME_DIRECTORY removal, in a short-lived child of PID 1 ---- */

static unsigned int remove_budget;

/*
 * Empty the directory dir: unlinkat() never follows a symlink (a planted
 * one is removed, not its target); a subdirectory is opened by
 * dir_open_one without symlinks and without crossing into another mount
 * (RESOLVE_NO_XDEV: EXDEV), emptied the same way, then removed.  Bounded
 * in depth and in entries.
 */
static int tree_empty(int dir, unsigned int depth)
{
	char buf[2048];
	long n, off;
	bool again = true;
	int sub, r;

	if (depth > DIRS_REMOVE_DEPTH)
		return -ELOOP;
	while (again) {
		again = false;
		if (lseek(dir, 0, SEEK_SET) < 0)
			return -errno;
		while ((n = syscall(SYS_getdents64, dir, buf, sizeof(buf))) > 0) {
			for (off = 0; off < n;) {
				struct r_dirent64 *de = (void *)(buf + off);
				const char *name = de->d_name;

				off += de->d_reclen;
				if (!strcmp(name, ".") || !strcmp(name, ".."))
					continue;
				if (remove_budget-- == 0)
					return -E2BIG;
				again = true;
				if (unlinkat(dir, name, 0) == 0 || errno == ENOENT)
					continue;
				if (errno != EISDIR)
					return -errno;
				sub = dir_open_one(dir, name, false);
				if (sub < 0)
					return sub;
				r = tree_empty(sub, depth + 1);
				close(sub);
				if (r < 0)
					return r;
				if (unlinkat(dir, name, AT_REMOVEDIR) < 0 &&
					errno != ENOENT)
					return -errno;
			}
		}
		if (n < 0)
			return -errno;
	}
	return 0;
}

/* One RUNTIME_DIRECTORY: walked to its parent as it was made, emptied,
 * removed; already gone is fine. */
static int runtime_remove(int root, const struct svc_dir *d)
{
	char name[256];
	const char *p = d->path;
	int fd = root, nfd, r = 0;
	bool last, in_base;

	while (*p) {
		r = component(&p, name, sizeof(name));
		if (r < 0)
			break;
		in_base = (size_t)(p - d->path) <= d->base_len;
		while (*p == '/')
			p++;
		last = !*p;
		nfd = dir_open_one(fd, name, in_base);
		if (nfd < 0) {
			r = nfd == -ENOENT ? 0 : nfd;
			break;
		}
		if (last) {
			r = tree_empty(nfd, 0);
			close(nfd);
			if (!r && unlinkat(fd, name, AT_REMOVEDIR) < 0 &&
				errno != ENOENT)
				r = -errno;
			break;
		}
		if (fd != root)
			close(fd);
		fd = nfd;
	}
	if (fd != root)
		close(fd);
	return r;
}

/*
 * The service stopped (its cgroup is empty): its RUNTIME_DIRECTORY goes,
 * as systemd's RuntimeDirectoryPreserve=no.  In a child of PID 1, so
 * that no directory, however deep, full or slow, holds PID 1's loop: the
 * child is bounded (DIRS_REMOVE_DEPTH, _ENTRIES, and SIGALRM after
 * DIRS_REMOVE_SECONDS) and its exit status is the errno (0: removed).
 * The next start of the service waits for it (supervise.c).  Returns the
 * child's pid, 0 when there is nothing to remove, or -errno.
 */
pid_t dirs_remove_start(const struct svc *svc)
{
	unsigned int i;
	sigset_t none;
	bool any = false;
	pid_t pid;
	int root, r = 0;

	for (i = 0; i < svc->ndirs; i++)
		any |= svc->dirs[i].type == SVC_DIR_RUNTIME;
	if (!any)
		return 0;
	pid = fork();
	if (pid < 0)
		return -errno;
	if (pid > 0)
		return pid;
	/* The child: PID 1's blocked mask would keep SIGALRM away. */
	signals_default();
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	alarm(DIRS_REMOVE_SECONDS);
	remove_budget = DIRS_REMOVE_ENTRIES;
	root = root_open(svc);
	if (root < 0)
		_exit(-root & 0xff);
	for (i = 0; i < svc->ndirs && !r; i++)
		if (svc->dirs[i].type == SVC_DIR_RUNTIME)
			r = runtime_remove(root, &svc->dirs[i]);
	_exit(-r & 0xff);
}
