/* cgroup.c - one cgroup per service below /sys/fs/cgroup: the unit of kill. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "init.h"

/* ids are at most 31 characters (service.h), so 96 bytes always fit. */
static int cg_path(char *buf, size_t size, const char *id, const char *file)
{
	if (fmt(buf, size, CGROUP_ROOT "/%s/%s", id, file) >= size)
		return -ENAMETOOLONG;
	return 0;
}

int cgroup_create(const char *id)
{
	char path[96];
	int r = cg_path(path, sizeof(path), id, "");

	if (r < 0)
		return r;
	/* EEXIST: a previous instance's cgroup, reused (it is empty by the
	 * time a new instance starts, see supervise.c). */
	if (mkdir(path, 0755) < 0 && errno != EEXIST)
		return -errno;
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

/* rmdir succeeds only on an empty cgroup; EBUSY means "not yet". */
int cgroup_remove(const char *id)
{
	char path[96];
	int r = cg_path(path, sizeof(path), id, "");

	if (r < 0)
		return r;
	return rmdir(path) < 0 ? -errno : 0;
}
