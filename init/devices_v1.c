/* devices_v1.c - DEVICE_ALLOW through the cgroup-v1 devices controller (INIT_CGROUP_V1_DEVICES). */
#include <errno.h>
#include <linux/magic.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#include "init.h"
#include "parse.h"

/*
 * For kernels without CONFIG_CGROUP_BPF.  The devices controller exists
 * only in cgroup v1, so it gets a hierarchy of its own next to cgroup2,
 * at CGROUP_V1_DEVICES.  A service with device rules has two cgroups of
 * the same name: /sys/fs/cgroup/<id> (the unit of kill and limits) and
 * CGROUP_V1_DEVICES/<id> (its device list).  The v1 cgroup is made fresh
 * for every instance: a new cgroup below the root starts as "allow all";
 * "a" written to devices.deny empties its list and denies everything;
 * each rule is then one devices.allow line.  The child is held on its go
 * pipe until it is in both cgroups (spawn.c), so it never runs without
 * its list.  Every function here is a no-op unless Kconfig chose v1.
 */

static bool v1_wanted(const struct svc *svc)
{
	return CFG_INIT_CGROUP_V1_DEVICES && svc->dev_filter;
}

/* A plain directory (the mount failed, or someone unmounted it) must
 * never be mistaken for the hierarchy: mkdir would succeed there. */
static bool v1_mounted(void)
{
	struct statfs sfs;

	return statfs(CGROUP_V1_DEVICES, &sfs) == 0 &&
	       sfs.f_type == CGROUP_SUPER_MAGIC;
}

/*
 * Stage 1, after /run is mounted.  A failure is logged and boot goes on
 * (stage 1 never fails); services with device rules then refuse to start
 * (devices_v1_apply), the others run as usual.
 */
void devices_v1_mount(void)
{
	if (!CFG_INIT_CGROUP_V1_DEVICES || v1_mounted())
		return;
	if (mkdir("/run/cgroup", 0755) < 0 && errno != EEXIST)
		log_msg(LOG_ERR, "mkdir /run/cgroup: %s", strerror(errno));
	if (mkdir(CGROUP_V1_DEVICES, 0755) < 0 && errno != EEXIST)
		log_msg(LOG_ERR, "mkdir %s: %s", CGROUP_V1_DEVICES,
			strerror(errno));
	if (mount("cgroup", CGROUP_V1_DEVICES, "cgroup",
		    MS_NOSUID | MS_NODEV | MS_NOEXEC, "devices") < 0)
		log_msg(LOG_ERR,
			"mount cgroup (devices) on %s: %s: services with "
			"device rules will not start",
			CGROUP_V1_DEVICES, strerror(errno));
}

/* ids are at most 31 characters (service.h): 96 bytes always fit. */
static void v1_path(char *buf, size_t size, const char *id, const char *file)
{
	fmt(buf, size, CGROUP_V1_DEVICES "/%s%s%s", id, *file ? "/" : "", file);
}

static int v1_write(const char *id, const char *file, const char *line)
{
	char path[96];
	int e;

	v1_path(path, sizeof(path), id, file);
	e = file_write(path, line);
	if (e < 0)
		log_msg(LOG_ERR, "%s: devices: %s \"%s\": %s", id, file, line,
			strerror(-e));
	return e;
}

/* A previous instance's cgroup (and child cgroups a root service made)
 * goes first, so no rule it was given or gave itself carries over. */
static int v1_create(const char *id)
{
	char path[256];
	int e;

	v1_path(path, sizeof(path), id, "");
	if (mkdir(path, 0755) == 0)
		return 0;
	e = -errno;
	if (e == -EEXIST) {
		e = cgroup_remove_dir(path, sizeof(path));
		if (e == 0)
			e = mkdir(path, 0755) < 0 ? -errno : 0;
	}
	if (e < 0)
		log_msg(LOG_ERR, "%s: devices: cgroup %s: %s", id, path,
			strerror(-e));
	return e;
}

/*
 * devices.list of a default-deny cgroup lists its exceptions, one per
 * line; a cgroup that still allows everything shows "a *:* rwm".  The
 * kernel merges rules for the same node, so there are at most n lines.
 */
static int v1_confirm(const char *id, unsigned int n)
{
	static char list[8192]; /* DEV_MATCH_MAX lines of <= 19 bytes */
	char path[96];
	const char *p;
	unsigned int lines = 0;
	bool allow_all = false;
	int e;

	v1_path(path, sizeof(path), id, "devices.list");
	e = file_read(path, list, sizeof(list));
	if (e < 0) {
		log_msg(LOG_ERR, "%s: devices: devices.list: %s", id,
			strerror(-e));
		return e;
	}
	for (p = list; *p; p = strchr(p, '\n'), p = p ? p + 1 : "") {
		if (*p == '\n')
			continue;
		lines++;
		if (*p == 'a')
			allow_all = true;
	}
	if (allow_all || lines > n) {
		log_msg(LOG_ERR,
			"%s: devices: devices.list has %u lines%s (want <= %u)",
			id, lines, allow_all ? ", allowing all" : "", n);
		return -EPROTO;
	}
	return 0;
}

int devices_v1_apply(
	const struct svc *svc, const struct dev_match *m, unsigned int n)
{
	char line[FORMAT_DEV_V1_LINE_MAX], path[96];
	unsigned int i;
	int e;

	if (!v1_mounted()) {
		log_msg(LOG_ERR,
			"%s: devices: %s is not a cgroup-v1 devices hierarchy",
			svc->id, CGROUP_V1_DEVICES);
		return -ENODEV;
	}
	e = v1_create(svc->id);
	if (e < 0)
		return e;
	/* Deny first, then allow: there is never a moment where the
	 * list is wider than configured (and nothing runs in it yet). */
	e = v1_write(svc->id, "devices.deny", "a");
	for (i = 0; e == 0 && i < n; i++) {
		e = format_dev_v1_line(line, sizeof(line), m[i].type,
			m[i].major, m[i].minor, m[i].access);
		if (e < 0) {
			log_msg(LOG_ERR, "%s: devices: rule %c %d:%d: %s",
				svc->id, m[i].type, m[i].major, m[i].minor,
				strerror(-e));
			break;
		}
		e = v1_write(svc->id, "devices.allow", line);
	}
	if (e == 0)
		e = v1_confirm(svc->id, n);
	if (e < 0) {
		/* Empty: nothing was placed in it yet. */
		v1_path(path, sizeof(path), svc->id, "");
		rmdir(path);
		return e;
	}
	return 0;
}

/* spawn.c holds the child until it is placed here too */
bool devices_v1_wanted(const struct svc *svc)
{
	return v1_wanted(svc);
}

int devices_v1_place(const struct svc *svc, pid_t pid)
{
	char num[16];

	if (!v1_wanted(svc))
		return 0;
	fmt(num, sizeof(num), "%d", (int)pid);
	return v1_write(svc->id, "cgroup.procs", num);
}

/* Empty once the instance's processes are gone (they are in its v2
 * cgroup too, which is empty by now); EBUSY is left for the next start,
 * which removes it again or refuses to run. */
void devices_v1_remove(const struct svc *svc)
{
	char path[256];
	int e;

	if (!v1_wanted(svc))
		return;
	v1_path(path, sizeof(path), svc->id, "");
	e = cgroup_remove_dir(path, sizeof(path));
	if (e < 0 && e != -ENOENT)
		log_msg(LOG_DEBUG, "%s: remove devices cgroup: %s", svc->id,
			strerror(-e));
}
