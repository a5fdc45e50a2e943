/* cgroup.c - one cgroup per service below /sys/fs/cgroup: the unit of kill. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "init.h"

/* ids are at most 31 characters (service.h), so 96 bytes always fit. */
static int cg_path(char *buf, size_t size, const char *id, const char *file)
{
	if (fmt(buf, size, CGROUP_ROOT "/%s/%s", id, file) >= size)
		return -ENAMETOOLONG;
	return 0;
}

/*
 * Every instance gets a fresh cgroup: a previous instance's cgroup (empty
 * by the time a new instance starts, see supervise.c) is removed first,
 * with its limits and its device program, so nothing stale carries over
 * (a BPF_F_ALLOW_MULTI attach would otherwise add a second program).
 */
int cgroup_create(const char *id)
{
	char path[96];
	int r = cg_path(path, sizeof(path), id, "");

	if (r < 0)
		return r;
	if (mkdir(path, 0755) == 0)
		return 0;
	if (errno != EEXIST)
		return -errno;
	r = cgroup_remove(id);
	if (r < 0)
		return r;
	return mkdir(path, 0755) < 0 ? -errno : 0;
}

/*
 * The limits go into the fresh cgroup before the service is placed in
 * it, so the service never runs unlimited.  A file that is missing (the
 * controller is not enabled) or refuses the value fails the start.
 */
int cgroup_limits(const struct svc *svc, int *step)
{
	static const struct {
		int step;
		const char *file;
		size_t off;
	} limits[] = {
		{STEP_TASKS_MAX, "pids.max", offsetof(struct svc, tasks_max)},
		{STEP_MEMORY_MAX, "memory.max",
			offsetof(struct svc, memory_max)},
		{STEP_CPU_QUOTA, "cpu.max", offsetof(struct svc, cpu_max)},
	};
	char path[96];
	const char *value;
	unsigned int i;
	int r;

	for (i = 0; i < sizeof(limits) / sizeof(limits[0]); i++) {
		value = *(const char *const *)((const char *)svc +
					       limits[i].off);
		if (!value)
			continue;
		*step = limits[i].step;
		r = cg_path(path, sizeof(path), svc->id, limits[i].file);
		if (r == 0)
			r = file_write(path, value);
		if (r < 0) {
			log_msg(LOG_ERR, "%s: %s \"%s\": %s", svc->id,
				limits[i].file, value, strerror(-r));
			return r;
		}
	}
	return 0;
}

int cgroup_place(const char *id, pid_t pid)
{
	char path[96], num[16];
	int r = cg_path(path, sizeof(path), id, "cgroup.procs");

	if (r < 0)
		return r;
	fmt(num, sizeof(num), "%d", (int)pid);
	return file_write(path, num);
}

/*
 * Signal every process listed in cgroup.procs (runtime state, read as it
 * is now).  Returns how many were signalled, or -errno.
 */
int cgroup_signal(const char *id, int sig)
{
	char path[96], buf[512];
	long pid = 0;
	bool digits = false;
	int fd, count = 0;
	ssize_t n, i;

	if (cg_path(path, sizeof(path), id, "cgroup.procs") < 0)
		return -ENAMETOOLONG;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	while ((n = read(fd, buf, sizeof(buf))) > 0 ||
		(n < 0 && errno == EINTR)) {
		for (i = 0; i < n; i++) {
			if (buf[i] >= '0' && buf[i] <= '9') {
				pid = pid * 10 + (buf[i] - '0');
				digits = true;
				continue;
			}
			if (digits && pid > 1 && kill(pid, sig) == 0)
				count++;
			pid = 0;
			digits = false;
		}
	}
	if (digits && pid > 1 && kill(pid, sig) == 0)
		count++;
	close(fd);
	return count;
}

/*
 * cgroup.kill (kernel >= 5.14) kills every process of the cgroup at once,
 * including ones forked while we would be reading cgroup.procs; older
 * kernels get the one-by-one SIGKILL.
 */
int cgroup_kill(const char *id)
{
	char path[96];
	int r = cg_path(path, sizeof(path), id, "cgroup.kill");

	if (r < 0)
		return r;
	r = file_write(path, "1");
	if (r == -ENOENT)
		r = cgroup_signal(id, SIGKILL);
	return r < 0 ? r : 0;
}

/*
 * cgroup.events says "populated 0" once no process of the cgroup (or of
 * any child cgroup) is left.  Kernfs wakes poll(POLLPRI) on every change
 * after the last read, so the supervisor polls this fd while a cgroup
 * empties and calls cgroup_events_empty() after each wake-up (which also
 * re-arms the notification).
 */
int cgroup_events_open(const char *id)
{
	char path[96];
	int fd;

	if (cg_path(path, sizeof(path), id, "cgroup.events") < 0)
		return -ENAMETOOLONG;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	return fd < 0 ? -errno : fd;
}

/* 1 = empty, 0 = populated, -errno. */
int cgroup_events_empty(int fd)
{
	char buf[128];
	const char *p;
	ssize_t n;

	if (lseek(fd, 0, SEEK_SET) < 0)
		return -errno;
	n = read(fd, buf, sizeof(buf) - 1);
	if (n < 0)
		return -errno;
	buf[n] = '\0';
	for (p = buf; p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		if (!strncmp(p, "populated ", 10))
			return p[10] == '0';
	return -EINVAL;
}

/* A cgroup that does not exist holds no process. */
int cgroup_is_empty(const char *id)
{
	int fd = cgroup_events_open(id), r;

	if (fd == -ENOENT)
		return 1;
	if (fd < 0)
		return fd;
	r = cgroup_events_empty(fd);
	close(fd);
	return r;
}

/*
 * rmdir of a cgroup with child cgroups fails (EBUSY): a root service may
 * have made some.  Remove them depth first, without opendir (which
 * allocates): getdents64 into a stack buffer.  Depth and path length are
 * bounded; a deeper tree is left and the rmdir reports EBUSY.
 */
#define CG_DEPTH_MAX 8

struct linux_dirent64 {
	unsigned long long d_ino;
	long long d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

static int cg_rmdir_tree(char *path, size_t len, size_t size, int depth)
{
	char buf[1024];
	struct linux_dirent64 *d;
	long n, k;
	size_t nl;
	int fd, again = 1;

	while (depth < CG_DEPTH_MAX && again) {
		again = 0;
		fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (fd < 0)
			break;
		while ((n = syscall(SYS_getdents64, fd, buf, sizeof(buf))) > 0) {
			for (k = 0; k < n; k += d->d_reclen) {
				d = (struct linux_dirent64 *)(buf + k);
				if (d->d_type != DT_DIR ||
					!strcmp(d->d_name, ".") ||
					!strcmp(d->d_name, ".."))
					continue;
				nl = strlen(d->d_name);
				if (len + 1 + nl >= size)
					continue;
				path[len] = '/';
				memcpy(path + len + 1, d->d_name, nl + 1);
				if (cg_rmdir_tree(path, len + 1 + nl, size,
					    depth + 1) == 0)
					again = 1; /* the listing changed */
				path[len] = '\0';
			}
		}
		close(fd);
	}
	return rmdir(path) < 0 ? -errno : 0;
}

/* Any cgroup directory, v2 or v1 (devices_v1.c); path (size bytes) is
 * used as scratch space for the children's paths and restored. */
int cgroup_remove_dir(char *path, size_t size)
{
	return cg_rmdir_tree(path, strlen(path), size, 0);
}

/* rmdir succeeds only on an empty cgroup; EBUSY means "not yet". */
int cgroup_remove(const char *id)
{
	char path[256];
	int r = cg_path(path, sizeof(path), id, "");

	if (r < 0)
		return r;
	path[strlen(path) - 1] = '\0'; /* no trailing '/' */
	return cgroup_remove_dir(path, sizeof(path));
}
