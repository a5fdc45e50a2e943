/* credentials.c - LOAD_CREDENTIAL, SET_CREDENTIAL: the store emptied in stage 1, a private read-only ramfs per service. */
#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "init.h"
#include "parse_credential.h"

/*
 * Where a credential comes from (docs/architecture.md, "Credentials"):
 *
 * - A relative source (LOAD_CREDENTIAL="token" or "id:token") is a name in
 *   the credential store, CRED_STORE.  The image (IMAGE_CREDSTORE), or a
 *   second initramfs the boot loader appends (a per-device key, the one
 *   image for every device), puts the files there; PID 1 reads the ones a
 *   service names into its own memory in stage 1, before any service
 *   runs, and then removes every entry of the store and the store itself
 *   from the tree.  So no service, root or not, ever finds a credential in
 *   the image's tree, through /proc/1/root either: the only copies are PID
 *   1's memory (locked, and unreadable through /proc/1/mem without
 *   CAP_SYS_PTRACE and every capability PID 1 has) and the ramfs of the
 *   service that loads it.
 * - An absolute source is a file of PID 1's tree, read at every start by
 *   the service's child as root, before the namespaces, exactly as
 *   STANDARD_INPUT=file: is opened (stdio.c): no symlink anywhere on the
 *   way, root's or the service's own, one link, and a regular file here.
 * - SET_CREDENTIAL's value is compiled into /init: a default, not a
 *   secret (every service can read /init), written where no load gave the
 *   same ID (systemd's fallback).
 *
 * Any credential that cannot be had fails the start at "credentials"
 * (ENOENT missing without a SET_CREDENTIAL of its ID, EFBIG larger than
 * CRED_SIZE_MAX, E2BIG over CRED_TOTAL_MAX, the open's errno, ...).
 *
 * Where it appears: a ramfs (never swapped, as systemd prefers it) made by
 * the child while still root, detached (fsmount), filled through its fd,
 * files 0400 and the directory 0500 owned by the service's uid:gid, made
 * read-only while still detached (MOUNT_ATTR_RDONLY, with nosuid, nodev,
 * noexec), and attached on CRED_DIR_BASE/<id> in the service's own mount
 * namespace by mount.c's credentials-mount step: nothing else ever sees
 * it, and there is no moment it is visible and writable.  The service
 * loses CAP_SYS_ADMIN with its capabilities (or never had it): it cannot
 * remount it writable.
 */

#include "kapi.h"

static int sys_ret(long r)
{
	return r < 0 ? -errno : (int)r;
}

/* ---- stage 1: the store ---- */

/* Read up to max + 1 bytes of fd into buf: the length, or -errno
 * (-EFBIG: more than max). */
static int read_all(int fd, char *buf, size_t max)
{
	size_t got = 0;
	ssize_t n;

	while (got <= max) {
		n = read(fd, buf + got, max + 1 - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -errno;
		if (n == 0)
			break;
		got += (size_t)n;
	}
	return got > max ? -EFBIG : (int)got;
}

/* One store entry into credstore[k]: root's regular file, one link, at
 * most CRED_SIZE_MAX bytes, opened without following anything. */
static void store_read(int dir, const char *name, unsigned int k)
{
	struct credstore_item *it = &credstore[k];
	char *buf = credstore_arena + (size_t)k * CRED_SIZE_MAX;
	struct stat st;
	int fd, n;

	fd = openat(dir, name,
		O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0) {
		it->err = errno;
		return;
	}
	if (fstat(fd, &st) < 0)
		n = -errno;
	else if (!S_ISREG(st.st_mode))
		n = -ENXIO;
	else if (st.st_uid != 0)
		n = -EPERM;
	else if (st.st_nlink != 1)
		n = -EMLINK;
	else
		n = read_all(fd, buf, CRED_SIZE_MAX);
	close(fd);
	if (n < 0) {
		it->err = -n;
		return;
	}
	it->off = k * CRED_SIZE_MAX;
	it->len = (unsigned int)n;
	it->err = 0;
}

/* Every entry of the open store: read (pass 1) or removed (pass 2);
 * the number of entries seen. */
static unsigned int store_walk(int dir, bool remove)
{
	char buf[1024];
	unsigned int seen = 0, k;
	long n, off;

	if (lseek(dir, 0, SEEK_SET) < 0)
		return 0;
	while ((n = syscall(SYS_getdents64, dir, buf, sizeof(buf))) > 0) {
		for (off = 0; off < n;) {
			struct r_dirent64 *de = (void *)(buf + off);

			off += de->d_reclen;
			if (!strcmp(de->d_name, ".") ||
				!strcmp(de->d_name, ".."))
				continue;
			seen++;
			if (remove) {
				if (unlinkat(dir, de->d_name, 0) < 0 &&
					(errno != EISDIR ||
						unlinkat(dir, de->d_name,
							AT_REMOVEDIR) < 0))
					log_msg(LOG_ERR,
						"credstore: %s/%s: not "
						"removed: %s",
						CRED_STORE, de->d_name,
						strerror(errno));
				continue;
			}
			for (k = 0; k < credstore_count; k++)
				if (!strcmp(credstore[k].name, de->d_name))
					store_read(dir, de->d_name, k);
		}
	}
	return seen;
}

/*
 * Stage 1, after the log and before any service: the entries some
 * service names into credstore_arena, then the store out of the tree,
 * whatever it held (a secret no service names is no safer left there).
 * Never fails: a credential not had is logged here, and refuses the
 * start of each service that needs it (fail closed there).
 */
void credstore_load(void)
{
	unsigned int k, loaded = 0, seen = 0;
	size_t used = 0;
	int dir;

	for (k = 0; k < credstore_count; k++)
		credstore[k].err = ENOENT;
	dir = open(CRED_STORE,
		O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (dir < 0 && errno != ENOENT)
		log_msg(LOG_ERR, "credstore: %s: %s", CRED_STORE,
			strerror(errno));
	if (dir >= 0) {
		seen = store_walk(dir, false);
		/* removed until empty (removing while reading on), a few
		 * rounds: what cannot go (a full folder) was logged */
		for (k = 0; k < 4 && store_walk(dir, true); k++)
			;
		close(dir);
		if (rmdir(CRED_STORE) < 0)
			log_msg(LOG_ERR, "credstore: %s: not removed: %s",
				CRED_STORE, strerror(errno));
	}
	for (k = 0; k < credstore_count; k++) {
		if (!credstore[k].err) {
			loaded++;
			used = (size_t)k * CRED_SIZE_MAX + credstore[k].len;
			continue;
		}
		log_msg(LOG_WARNING,
			"credstore: %s: %s (a service loading it starts only "
			"with a SET_CREDENTIAL of its ID)",
			credstore[k].name, strerror(credstore[k].err));
	}
	/* Never to swap (an appliance rarely has any): a best effort, the
	 * pages are resident anyway. */
	if (used && mlock(credstore_arena, used) < 0)
		log_msg(LOG_DEBUG, "credstore: mlock: %s", strerror(errno));
	if (seen || credstore_count)
		log_msg(LOG_INFO,
			"credstore: %u of %u credentials loaded, %u entries "
			"removed from %s",
			loaded, credstore_count, seen, CRED_STORE);
}

/* ---- the child: one service's credentials ---- */

static int cred_mnt = -1; /* the filled ramfs, detached, read-only */
static char cred_buf[CRED_SIZE_MAX + 1]; /* an absolute source's data */

/* One file in dir: id, the data, 0400, the service's uid:gid. */
static int cred_write(int dir, const struct svc *svc, const char *id,
	const char *data, size_t len)
{
	size_t done = 0;
	ssize_t n;
	int fd, r = 0;

	fd = openat(dir, id,
		O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0400);
	if (fd < 0)
		return -errno;
	while (done < len && !r) {
		n = write(fd, data + done, len - done);
		if (n < 0 && errno != EINTR)
			r = -errno;
		else if (n > 0)
			done += (size_t)n;
	}
	/* exact, whatever the umask; the owner last: the service's file */
	if (!r && (fchmod(fd, 0400) < 0 || fchown(fd, svc->uid, svc->gid) < 0))
		r = -errno;
	close(fd);
	return r;
}

/* A load's data: *data and its length, or -errno (-ENOENT: missing). */
static int cred_source(const struct svc *svc, const struct svc_cred *c,
	const char **data)
{
	const struct credstore_item *it;
	int fd, n;
	struct stat st;

	if (c->kind == SVC_CRED_STORE) {
		if (c->store >= credstore_count)
			return -EINVAL;
		it = &credstore[c->store];
		if (it->err)
			return -it->err;
		*data = credstore_arena + it->off;
		return (int)it->len;
	}
	fd = stdio_file_open(svc, c->source, O_RDONLY, 0);
	if (fd < 0)
		return fd;
	if (fstat(fd, &st) < 0)
		n = -errno;
	else if (!S_ISREG(st.st_mode))
		n = -ENXIO; /* a device or FIFO: no credential */
	else
		n = read_all(fd, cred_buf, CRED_SIZE_MAX);
	close(fd);
	*data = cred_buf;
	return n;
}

/* Fill the ramfs through dir (its root, opened): loads, then values. */
static int creds_fill(int dir, const struct svc *svc)
{
	size_t left = CRED_TOTAL_MAX, add;
	const struct svc_cred *c;
	const char *data = NULL;
	unsigned int i;
	int n, r;

	for (i = 0; i < svc->ncreds; i++) {
		c = &svc->creds[i];
		if (c->kind == SVC_CRED_SET) {
			data = c->source;
			n = (int)c->len;
		} else {
			n = cred_source(svc, c, &data);
			if (n == -ENOENT && c->fallback)
				continue; /* the SET_CREDENTIAL below */
			if (n < 0)
				return n;
		}
		add = strlen(c->id) + (size_t)n;
		if (add > left)
			return -E2BIG;
		r = cred_write(dir, svc, c->id, data, (size_t)n);
		if (r == -EEXIST && c->kind == SVC_CRED_SET)
			continue; /* a load gave it: the value is the fallback */
		if (r < 0)
			return r;
		left -= add;
	}
	return 0;
}

int creds_prepare(const struct svc *svc, int *step)
{
	static const char *const opts[] = {"mode", "0700", NULL};
	struct r_mount_attr ro = {.attr_set = R_MOUNT_ATTR_RDONLY};
	const char *const *o;
	int fs, mnt = -1, dir = -1, r;

	*step = STEP_CREDENTIALS;
	if (!svc->ncreds)
		return 0;
	r = test_fault(svc, STEP_CREDENTIALS); /* the test tree's hook only */
	if (r < 0)
		return r;
	/* The mount point, in PID 1's tree (/run: crossed as the base). */
	r = dirs_make_mountpoint(svc, svc->creds_dir, strlen("/run"));
	if (r < 0)
		return r;
	/* ramfs: never swapped; it has no size limit, but nothing can
	 * write it but this child (read-only below), which bounds it. */
	fs = sys_ret(syscall(SYS_fsopen, "ramfs", R_FSOPEN_CLOEXEC));
	if (fs < 0)
		return fs;
	for (o = opts; *o && !r; o += 2)
		r = sys_ret(syscall(SYS_fsconfig, fs, R_FSCONFIG_SET_STRING,
			o[0], o[1], 0));
	if (!r)
		r = sys_ret(syscall(SYS_fsconfig, fs, R_FSCONFIG_CMD_CREATE,
			NULL, NULL, 0));
	if (!r)
		r = mnt = sys_ret(syscall(SYS_fsmount, fs, R_FSMOUNT_CLOEXEC,
			R_MOUNT_ATTR_NOSUID | R_MOUNT_ATTR_NODEV |
				R_MOUNT_ATTR_NOEXEC));
	close(fs);
	if (r >= 0)
		r = dir = sys_ret(openat(mnt, ".",
			O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	if (r >= 0)
		r = creds_fill(dir, svc);
	/* the directory: the service's, 0500; then read-only for good */
	if (r >= 0 &&
		(fchmod(dir, 0500) < 0 || fchown(dir, svc->uid, svc->gid) < 0))
		r = -errno;
	if (dir >= 0)
		close(dir);
	if (r >= 0)
		r = sys_ret(syscall(SYS_mount_setattr, mnt, "", AT_EMPTY_PATH,
			&ro, sizeof(ro)));
	if (r < 0) {
		if (mnt >= 0)
			close(mnt);
		return r;
	}
	cred_mnt = mnt;
	return 0;
}

int creds_take_mount(void)
{
	int fd = cred_mnt;

	cred_mnt = -1;
	return fd >= 0 ? fd : -EBADF;
}
