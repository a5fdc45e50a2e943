/* early.c - stage 1: signals, fds 0-2, first mounts, kernel settings. */
#include <errno.h>
#include <fcntl.h>
#include <linux/module.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "init.h"
#include "specifiers.h"

int cap_last_cap = -1;
long long boot_ms;
bool signals_pristine;
int dev_null_fd = -1;
int console_rw_fd = -1;

struct early_mount {
	const char *type;
	const char *dir;
	unsigned long flags;
	const char *data;
	bool optional; /* a failure is a warning, not an error */
};

/* Order matters: /dev before /dev/pts, /sys before /sys/fs/cgroup. */
static const struct early_mount early_mounts[] = {
	{"proc", "/proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL, false},
	{"sysfs", "/sys", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL, false},
	/* Not noexec: mmap(PROT_EXEC) of /dev/zero must keep working. */
	{"devtmpfs", "/dev", MS_NOSUID, "mode=0755", false},
	{"devpts", "/dev/pts", MS_NOSUID | MS_NOEXEC, "mode=0620,ptmxmode=0666",
		true},
	/* data filled in at runtime: the size comes from INIT_RUN_SIZE */
	{"tmpfs", "/run", MS_NOSUID | MS_NODEV, NULL, false},
	{"cgroup2", CGROUP_ROOT, MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL, false},
};

/* Shutdown leaves these (and /) mounted: the kernel tears them down. */
bool early_is_mount(const char *dir)
{
	unsigned int i;

	for (i = 0; i < sizeof(early_mounts) / sizeof(early_mounts[0]); i++)
		if (!strcmp(dir, early_mounts[i].dir))
			return true;
	return false;
}

/*
 * A pseudo filesystem mounted twice stacks silently (no EBUSY), so look
 * first: a directory on another device than its parent is a mount point.
 */
static bool is_mountpoint(const char *dir)
{
	char parent[64];
	struct stat a, b;
	const char *slash = strrchr(dir, '/');
	size_t n = slash > dir ? (size_t)(slash - dir) : 1;

	if (n >= sizeof(parent))
		return false;
	memcpy(parent, dir, n);
	parent[n] = '\0';
	if (stat(dir, &a) < 0 || stat(parent, &b) < 0)
		return false;
	return a.st_dev != b.st_dev;
}

static void mounts_setup(void)
{
	char run_data[48];
	unsigned int i;

	fmt(run_data, sizeof(run_data), "mode=0755,size=%dk",
		(int)CFG_INIT_RUN_SIZE);
	for (i = 0; i < sizeof(early_mounts) / sizeof(early_mounts[0]); i++) {
		const struct early_mount *m = &early_mounts[i];
		const char *data = m->data;

		if (!strcmp(m->dir, "/run"))
			data = run_data;
		if (mkdir(m->dir, 0755) < 0 && errno != EEXIST)
			log_msg(LOG_WARNING, "mkdir %s: %s", m->dir,
				strerror(errno));
		if (is_mountpoint(m->dir))
			continue;
		if (mount(m->type, m->dir, m->type, m->flags, data) < 0 &&
			errno != EBUSY)
			log_msg(m->optional ? LOG_WARNING : LOG_ERR,
				"mount %s on %s: %s", m->type, m->dir,
				strerror(errno));
	}
}

/*
 * fds 0-2 must be open before anything else opens a file, or a later
 * open() would land on 0-2 and be mistaken for stdio.  The kernel normally
 * hands PID 1 /dev/console; without it, /dev/null.  O_NOCTTY: PID 1 must
 * never own a controlling tty (a hangup would then signal it).  O_NONBLOCK:
 * opening a serial line can wait for its carrier; these descriptions are
 * PID 1's alone, and it writes to the console through its own (log.c).
 */
static void stdio_ensure(void)
{
	int fd, nfd;

	for (fd = 0; fd < 3; fd++) {
		if (fcntl(fd, F_GETFD) >= 0)
			continue;
		nfd = open("/dev/console", O_RDWR | O_NOCTTY | O_NONBLOCK);
		if (nfd < 0)
			nfd = open("/dev/null", O_RDWR | O_NOCTTY);
		if (nfd < 0)
			continue; /* no /dev yet: tried again later */
		if (nfd != fd) {
			dup2(nfd, fd);
			close(nfd);
		}
	}
}

/* Ctrl-Alt-Del then arrives as SIGINT (a reboot request) instead of an
 * immediate hard reboot.  A PID namespace refuses it with EINVAL. */
static void cad_disable(void)
{
	if (reboot(RB_DISABLE_CAD) < 0)
		log_msg(errno == EINVAL ? LOG_DEBUG : LOG_WARNING,
			"disable ctrl-alt-del: %s", strerror(errno));
}

/* The sandbox drops capabilities up to what the running kernel knows,
 * not what our headers knew at build time. */
static void cap_last_cap_read(void)
{
	char buf[16];
	int n = file_read("/proc/sys/kernel/cap_last_cap", buf, sizeof(buf));
	int v = 0;
	char *p;

	if (n < 0) {
		log_msg(LOG_WARNING, "read cap_last_cap: %s", strerror(-n));
		return;
	}
	for (p = buf; *p >= '0' && *p <= '9'; p++)
		v = v * 10 + (*p - '0');
	if (p == buf) {
		log_msg(LOG_WARNING, "read cap_last_cap: bad value");
		return;
	}
	cap_last_cap = v;
}

/* Is word one of the space-separated words of list? */
static bool word_in(const char *list, const char *word)
{
	size_t n = strlen(word);
	const char *p = list;

	while (*p) {
		size_t len = strcspn(p, " \n");

		if (len == n && !strncmp(p, word, n))
			return true;
		p += len;
		p += strspn(p, " \n");
	}
	return false;
}

/*
 * Service limits (TasksMax=, MemoryMax=, CPUQuota=) live in controller
 * files that appear in a child cgroup only when the parent enables the
 * controller.  Only the controllers rampart uses are enabled: each costs.
 */
static void controllers_enable(void)
{
	static const char *const wanted[] = {"cpu", "memory", "pids"};
	char avail[256], plus[16];
	unsigned int i;
	int r;

	r = file_read(CGROUP_ROOT "/cgroup.controllers", avail, sizeof(avail));
	if (r < 0) {
		log_msg(LOG_DEBUG, "cgroup controllers: %s", strerror(-r));
		return;
	}
	for (i = 0; i < sizeof(wanted) / sizeof(wanted[0]); i++) {
		if (!word_in(avail, wanted[i]))
			continue;
		fmt(plus, sizeof(plus), "+%s", wanted[i]);
		r = file_write(CGROUP_ROOT "/cgroup.subtree_control", plus);
		if (r < 0)
			log_msg(LOG_DEBUG, "cgroup controller %s: %s",
				wanted[i], strerror(-r));
	}
}

static bool ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), k = strlen(tail);

	return n >= k && !strcmp(s + n - k, tail);
}

/* Modules come in dependency order from the generator; a failure is
 * logged and boot goes on (the service needing it will say so). */
static void modules_load(void)
{
	const char *const *m;
	int fd, flags;

	for (m = init_modules; *m; m++) {
		fd = open(*m, O_RDONLY | O_CLOEXEC);
		if (fd < 0) {
			log_msg(LOG_ERR, "module %s: %s", *m, strerror(errno));
			continue;
		}
		/* Debian ships .ko.xz; the kernel unpacks it itself. */
		flags = ends_with(*m, ".ko") ? 0 : MODULE_INIT_COMPRESSED_FILE;
		if (syscall(SYS_finit_module, fd, "", flags) < 0 &&
			errno != EEXIST)
			log_msg(LOG_ERR, "module %s: load failed: %s", *m,
				strerror(errno));
		else
			log_msg(LOG_DEBUG, "module %s: loaded", *m);
		close(fd);
	}
}

static void hostname_set(void)
{
	const char *name = CFG_INIT_HOSTNAME;

	if (sethostname(name, strlen(name)) < 0)
		log_msg(LOG_ERR, "sethostname %s: %s", name, strerror(errno));
}

/* Stage 1 must not fail: every step logs what went wrong and goes on. */
/* The nodes INACCESSIBLE_PATHS mounts, made once while no device filter
 * applies (see mount.c); only when some service hides a path, the kernel
 * protections' hidden files included (a service with only
 * PROTECT_KERNEL_TUNABLES failed with ENOENT when the stage was made for
 * INACCESSIBLE_PATHS and PROTECT_HOME alone).  Without them such a
 * service does not start. */
static void inaccessible_stage(void)
{
	unsigned int i;
	int r;

	for (i = 0; i < svc_count; i++)
		if (mount_wants_stage(&svc_table[i]))
			break;
	if (i == svc_count)
		return;
	r = mount_inaccessible_stage();
	if (r < 0)
		log_msg(LOG_ERR,
			"inaccessible-paths: staging the empty nodes on %s: "
			"%s (services that hide paths will not start)",
			MOUNT_STAGE, strerror(-r));
}

/*
 * Every service's stdin (and stdout with OUTPUT=null) is a dup of this
 * /dev/null, and the console shell's stdio of this console: opened now,
 * before any service could replace the nodes in /dev.  Checked to be the
 * kernel's null device (1:3).  Without them, such services do not start.
 */
static void stdio_nodes_open(void)
{
	struct stat st;
	int fd;

	fd = open("/dev/null", O_RDWR | O_NOCTTY | O_CLOEXEC);
	if (fd >= 0 && (fstat(fd, &st) < 0 || !S_ISCHR(st.st_mode) ||
			       st.st_rdev != makedev(1, 3))) {
		close(fd);
		fd = -1;
		errno = ENODEV;
	}
	if (fd < 0)
		log_msg(LOG_ERR, "/dev/null: %s", strerror(errno));
	dev_null_fd = fd;
	/* Opened non-blocking (a serial line without carrier would hold
	 * the open), then made blocking, as a shell wants it: PID 1 never
	 * writes through this description; its log has its own (log.c). */
	console_rw_fd = open("/dev/console",
		O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
	if (console_rw_fd >= 0)
		fcntl(console_rw_fd, F_SETFL,
			fcntl(console_rw_fd, F_GETFL) & ~O_NONBLOCK);
	else
		log_msg(LOG_DEBUG, "/dev/console: %s", strerror(errno));
}

void early_setup(void)
{
	sigset_t all;

	boot_ms = now_ms();

	/*
	 * First, before anything can arrive: every signal blocked.  The
	 * loop takes the ones it acts on from a signalfd; the others stay
	 * pending and harmless.  memset, not sigfillset: musl's leaves out
	 * its internal signals 32-34, and PID 1 needs none of them.
	 */
	memset(&all, 0xff, sizeof(all));
	sigprocmask(SIG_SETMASK, &all, NULL);
	/*
	 * The kernel starts init with default dispositions, but a PID 1
	 * started by another process (a namespace, a container) may inherit
	 * SIG_IGN, and an ignored SIGCHLD makes the kernel reap children
	 * itself: every exit status would be lost.  PID 1 never sets a
	 * disposition after this (its signals come from a signalfd), so
	 * when this worked its children need not undo any (sandbox.c).
	 */
	signals_pristine = signals_default() == 0;

	/* Whatever fds a launcher leaked into PID 1 (a real boot has none):
	 * holding a pipe's write end would keep its reader waiting forever. */
	syscall(SYS_close_range, 3U, ~0U, 0U);

	footprint_settle();
	stdio_ensure();
	mounts_setup();
	stdio_ensure(); /* again: /dev exists now */
	log_open();
	log_msg(LOG_NOTICE, "starting, version %s, policy %s", RAMPART_VERSION,
		svc_policy_digest);
	test_faults_announce(); /* the test tree's init only */

	/* INIT_ROOT: the firmware root, before anything else is set up on
	 * the initramfs (a failure ends the boot there); it needs its
	 * disk's and filesystems' drivers. */
	credstore_load(); /* LOAD_CREDENTIAL's store: read and removed while
			   * still on the initramfs (a read-only firmware
			   * root could not lose it) */
	modules_load();
	rootfs_switch();

	cad_disable();
	cap_last_cap_read();
	controllers_enable();
	devices_v1_mount(); /* INIT_CGROUP_V1_DEVICES only; after /run */
	stdio_nodes_open(); /* after /dev, before any service */
	inaccessible_stage(); /* after /run */
	watchdog_open(); /* after the modules: its driver */
	mounts_mount(); /* after the modules: disk and filesystem drivers */
	devices_pin(); /* after the modules: their nodes; before services */
	hostname_set();
	specifiers_boot_init(); /* %b: the boot id, once */
}
