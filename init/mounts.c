/* mounts.c - INIT_MOUNTS: persistent filesystems, mounted in stage 1 and
 * unmounted cleanly in stage 3; services wait for none, need some. */
#include <errno.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "init.h"

/* Which entries of init_mounts are mounted (by us, now). */
static bool mounted[256];

static void sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};

	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

/* mkdir -p: the initramfs is writable, the target may not exist yet. */
static int dir_make(const char *path)
{
	char buf[256];
	size_t n = strlen(path), k;

	if (n >= sizeof(buf))
		return -ENAMETOOLONG;
	memcpy(buf, path, n + 1);
	for (k = 1; k <= n; k++) {
		if (buf[k] != '/' && buf[k] != '\0')
			continue;
		buf[k] = '\0';
		if (mkdir(buf, 0755) < 0 && errno != EEXIST)
			return -errno;
		buf[k] = path[k];
	}
	return 0;
}

/*
 * A disk's node appears when the kernel has probed it, which for virtio
 * happens asynchronously after the driver was loaded: wait for it, but
 * never longer than INIT_MOUNT_WAIT_MS.
 */
static int source_wait(const char *source)
{
	long long end = now_ms() + CFG_INIT_MOUNT_WAIT_MS;
	struct stat st;

	if (strncmp(source, "/dev/", 5))
		return 0; /* "tmpfs", "none", a label: nothing to wait for */
	while (stat(source, &st) < 0) {
		if (errno != ENOENT || now_ms() >= end)
			return -errno;
		sleep_ms(20);
	}
	return 0;
}

/* Stage 1, after the modules: every entry, in order; a failure is logged
 * and boot goes on (the services that need the mount will not start). */
void mounts_mount(void)
{
	unsigned int i;
	int e;

	for (i = 0; i < init_mount_count && i < sizeof(mounted); i++) {
		const struct init_mount *m = &init_mounts[i];

		e = source_wait(m->source);
		if (e == 0)
			e = dir_make(m->target);
		if (e == 0 && mount(m->source, m->target, m->fstype, m->flags,
				      m->data) < 0)
			e = -errno;
		if (e < 0) {
			log_msg(LOG_ERR, "mount %s on %s: %s", m->source,
				m->target, strerror(-e));
			continue;
		}
		mounted[i] = true;
		log_msg(LOG_INFO, "mounted %s on %s (%s)", m->source, m->target,
			m->fstype);
	}
}

/* May the service start?  Logs why not. */
bool mounts_ready(const struct svc *svc)
{
	unsigned int k;

	for (k = 0; k < svc->nmounts; k++) {
		unsigned int m = svc->mounts[k];

		if (m < init_mount_count && !mounted[m]) {
			log_msg(LOG_ERR, "%s: not started: %s is not mounted",
				svc->id, init_mounts[m].target);
			return false;
		}
	}
	return true;
}

/*
 * Stage 3, when every process has ended: newest first.  A filesystem
 * still busy a moment after its last user died (the kernel drops the
 * references of a killed process asynchronously) is retried for a
 * second, then remounted read-only: that too writes a clean journal.
 */
void mounts_unmount(void)
{
	unsigned int i, tries;
	int r;

	for (i = init_mount_count; i-- > 0;) {
		const char *target = init_mounts[i].target;

		if (i >= sizeof(mounted) || !mounted[i])
			continue;
		tries = 0;
		while ((r = umount2(target, 0)) < 0 && errno == EBUSY &&
			tries++ < 10)
			sleep_ms(100);
		if (r == 0) {
			mounted[i] = false;
			log_msg(LOG_INFO, "unmounted %s", target);
			continue;
		}
		log_msg(LOG_ERR, "unmount %s: %s", target, strerror(errno));
		if (mount(NULL, target, NULL, MS_REMOUNT | MS_RDONLY, NULL) < 0)
			log_msg(LOG_ERR, "remount %s read-only: %s", target,
				strerror(errno));
		else
			log_msg(LOG_WARNING, "remounted %s read-only", target);
	}
}
