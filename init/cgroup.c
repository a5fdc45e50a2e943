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
		r = test_fault(svc, *step); /* the test tree's hook only */
		if (r == 0)
			r = cg_path(path, sizeof(path), svc->id,
				limits[i].file);
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
 * A walk over a cgroup and its child cgroups, which a root service may
 * make (and keep making: PID 1 must not follow it for ever).  Bounded in
 * depth, in path length and in directory entries looked at per walk; no
 * opendir (it allocates): getdents64 into one static buffer per level
 * (PID 1 runs one walk at a time).  What lies beyond a bound is left: a
 * removal then fails with EBUSY, a signal misses it.
 */
#define CG_DEPTH_MAX 8
#define CG_WALK_ENTRIES 4096

struct linux_dirent64 {
	unsigned long long d_ino;
	long long d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

static char cg_dents[CG_DEPTH_MAX][512];

struct cg_walk {
	char *path;	   /* the cgroup's path; children's are appended */
	size_t size;	   /* of path */
	unsigned int left; /* entries this walk may still look at */
	bool remove;	   /* rmdir every cgroup, children first */
	int sig;	   /* else: signal every process with sig */
	pid_t skip;	   /* ... but this one (0: none) */
	int count;	   /* processes signalled */
};

/* Every pid in path/cgroup.procs (len: path's length) gets w->sig. */
static void cg_signal_procs(struct cg_walk *w, size_t len)
{
	char buf[512];
	long pid = 0;
	bool digits = false;
	ssize_t n, i;
	int fd;

	if (len + sizeof("/cgroup.procs") > w->size)
		return;
	memcpy(w->path + len, "/cgroup.procs", sizeof("/cgroup.procs"));
	fd = open(w->path, O_RDONLY | O_CLOEXEC);
	w->path[len] = '\0';
	if (fd < 0)
		return;
	while ((n = read(fd, buf, sizeof(buf))) > 0 ||
		(n < 0 && errno == EINTR)) {
		for (i = 0; i < n; i++) {
			if (buf[i] >= '0' && buf[i] <= '9') {
				pid = pid * 10 + (buf[i] - '0');
				digits = true;
				continue;
			}
			if (digits && pid > 1 && pid != w->skip && kill(pid, w->sig) == 0)
				w->count++;
			pid = 0;
			digits = false;
		}
	}
	if (digits && pid > 1 && pid != w->skip && kill(pid, w->sig) == 0)
		w->count++;
	close(fd);
}

/*
 * Signals: each cgroup's processes before its children's.  Removal:
 * children first (a cgroup with child cgroups refuses rmdir), and the
 * result is the rmdir of path itself: 0 or -errno.
 */
static int cg_walk_tree(struct cg_walk *w, size_t len, int depth)
{
	char *buf = cg_dents[depth];
	struct linux_dirent64 *d;
	long n, k;
	size_t nl;
	int fd;

	if (!w->remove)
		cg_signal_procs(w, len);
	fd = openat(AT_FDCWD, w->path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	while (fd >= 0 && w->left &&
		(n = syscall(SYS_getdents64, fd, buf, sizeof(cg_dents[0]))) >
			0) {
		for (k = 0; k < n && w->left; k += d->d_reclen) {
			d = (struct linux_dirent64 *)(buf + k);
			w->left--;
			if (d->d_type != DT_DIR || !strcmp(d->d_name, ".") ||
				!strcmp(d->d_name, ".."))
				continue;
			nl = strlen(d->d_name);
			if (depth + 1 >= CG_DEPTH_MAX ||
				len + 1 + nl >= w->size)
				continue;
			w->path[len] = '/';
			memcpy(w->path + len + 1, d->d_name, nl + 1);
			cg_walk_tree(w, len + 1 + nl, depth + 1);
			w->path[len] = '\0';
		}
	}
	if (fd >= 0)
		close(fd);
	if (!w->remove)
		return 0;
	return rmdir(w->path) < 0 ? -errno : 0;
}

/*
 * Signal every process of the cgroup and of its child cgroups (runtime
 * state, read as it is now).  Returns how many were signalled, or -errno.
 */
int cgroup_signal(const char *id, int sig)
{
	return cgroup_signal_except(id, sig, 0);
}

int cgroup_signal_except(const char *id, int sig, pid_t skip)
{
	char path[256];
	struct cg_walk w;

	if (cg_path(path, sizeof(path), id, "") < 0)
		return -ENAMETOOLONG;
	path[strlen(path) - 1] = '\0'; /* no trailing '/' */
	if (access(path, F_OK) < 0)
		return -errno;
	w.path = path;
	w.size = sizeof(path);
	w.left = CG_WALK_ENTRIES;
	w.remove = false;
	w.sig = sig;
	w.skip = skip;
	w.count = 0;
	cg_walk_tree(&w, strlen(path), 0);
	return w.count;
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
	/* openat: musl's open() adds an fcntl for O_CLOEXEC */
	fd = openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
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
 * Removal: the cgroup is empty when PID 1 removes it, but a neighbour may
 * still move a process in or make child cgroups in it.  So: kill what is
 * there (cgroup.kill, v2 only), then a few bounded passes; a service that
 * makes child cgroups faster than PID 1 removes them wins, and the cgroup
 * is logged and left (the next start of its service fails at "cgroup"
 * until it is gone).  One pass removes a whole quiet tree; the second
 * catches entries a directory listing missed while it changed.
 */
#define CG_REMOVE_PASSES 3

/* Any cgroup directory, v2 or v1 (devices_v1.c); path (size bytes) is
 * used as scratch space for the children's paths and restored. */
int cgroup_remove_dir(char *path, size_t size)
{
	size_t len = strlen(path);
	struct cg_walk w;
	int pass, e = -EBUSY;

	/* The usual case first: an instance's cgroup with no process and
	 * no child cgroup left, which one rmdir removes (the kernel refuses
	 * it, EBUSY, while either is there: then the kill and the walk). */
	if (rmdir(path) == 0)
		return 0;
	if (errno != EBUSY && errno != ENOTEMPTY)
		return -errno;
	if (len + sizeof("/cgroup.kill") <= size) {
		memcpy(path + len, "/cgroup.kill", sizeof("/cgroup.kill"));
		file_write(path, "1"); /* ENOENT: v1, or a kernel < 5.14 */
		path[len] = '\0';
	}
	w.path = path;
	w.size = size;
	w.remove = true;
	w.sig = 0;
	w.skip = 0;
	w.count = 0;
	for (pass = 0; pass < CG_REMOVE_PASSES; pass++) {
		w.left = CG_WALK_ENTRIES;
		e = cg_walk_tree(&w, len, 0);
		if (e != -EBUSY)
			return e;
	}
	log_msg(LOG_WARNING,
		"cgroup %s: still busy after %d passes (child cgroups or "
		"processes keep coming): left",
		path, CG_REMOVE_PASSES);
	return e;
}

/* One rmdir and nothing else: 0 when the cgroup was empty (no process,
 * no child cgroup) and is gone, else -errno (EBUSY: not empty). */
int cgroup_rmdir(const char *id)
{
	char path[96];
	int r = cg_path(path, sizeof(path), id, "");

	if (r < 0)
		return r;
	return rmdir(path) < 0 ? -errno : 0;
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
