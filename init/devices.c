/* devices.c - DEVICE_ALLOW: path rules pinned, the BPF device program. */
#include <errno.h>
#include <fcntl.h>
#include <linux/bpf.h>
#include <linux/openat2.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "init.h"

/*
 * PID 1 resolves the rules just before it forks the service.  Path rules
 * were resolved to (type, major, minor) once and pinned (below); classes
 * are looked up in /proc/devices at each start (loaded drivers decide
 * them), numbers come from the table.  The program is a list of "if the
 * request matches rule k, allow" blocks and a final "deny", loaded once
 * per distinct resolved list and kept (prog_get).  Everything is static:
 * PID 1 allocates nothing.
 *
 * With INIT_CGROUP_V1_DEVICES the same resolved rules become lines of
 * the cgroup-v1 devices controller instead (devices_v1.c).
 *
 * The kernel's context is struct bpf_cgroup_dev_ctx: access_type holds
 * (access << 16) | type, then major, then minor.  A request (for instance
 * open O_RDWR = read|write) is allowed when some rule of the same type,
 * major and minor allows every bit of it.
 */

#define RULE_INSNS 7 /* type, 3 for access, major, minor, r0=1+exit */
#define PROG_INSNS_MAX (7 + DEV_MATCH_MAX * (RULE_INSNS + 1) + 2)
#define DEV_ACC_ALL (BPF_DEVCG_ACC_MKNOD | BPF_DEVCG_ACC_READ | BPF_DEVCG_ACC_WRITE)

/* The resolved rules, shared with the cgroup-v1 writer (devices_v1.c). */
static struct dev_match matches[DEV_MATCH_MAX];
static unsigned int nmatches;
static struct bpf_insn prog[PROG_INSNS_MAX];
static unsigned int nprog;
static char verifier_log[8192];
static char proc_devices[8192];

/*
 * bpf_attr's pointer fields are __u64 on every architecture: through
 * uintptr_t, so that a 32-bit pointer in the upper half of the address
 * space (armhf's stack) is zero-extended, not sign-extended.
 */
static __u64 ptr64(const void *p)
{
	return (__u64)(uintptr_t)p;
}

/* musl has no bpf() wrapper. */
static int sys_bpf(int cmd, union bpf_attr *attr)
{
	int r = (int)syscall(SYS_bpf, cmd, attr, sizeof(*attr));

	return r < 0 ? -errno : r;
}

/*
 * Rules for the very same node (type, major and minor, '*' included) are
 * one rule with the union of their access, however they were written
 * ("/dev/null r, c 1:3 w"): so the cgroup-v1 devices list merges them, and
 * the program must not want a single rule with both letters.  Overlapping
 * rules (c 1:* r beside c 1:3 w) stay apart in both: an open needs one rule
 * that grants all it asks for.
 */
static int match_add(
	const char *id, char type, int major, int minor, int access)
{
	unsigned int i;

	for (i = 0; i < nmatches; i++)
		if (matches[i].type == type && matches[i].major == major &&
			matches[i].minor == minor) {
			matches[i].access |= (unsigned char)access;
			return 0;
		}
	if (nmatches == DEV_MATCH_MAX) {
		log_msg(LOG_ERR, "%s: devices: more than %d rules", id,
			DEV_MATCH_MAX);
		return -E2BIG;
	}
	matches[nmatches].type = type;
	matches[nmatches].access = (unsigned char)access;
	matches[nmatches].major = major;
	matches[nmatches].minor = minor;
	nmatches++;
	return 0;
}

/*
 * Path rules are pinned.  /dev is writable by any root service, even one
 * without a capability (root owns the nodes): a path looked up at every
 * start would follow whatever symlink or hard link a service planted in
 * place of the node ("/dev/full" -> kmsg) into its next instance's
 * program.  So every path rule is resolved once, in stage 1, after the
 * modules are loaded and before any service exists: following symlinks is
 * safe then (/dev/stdin-like links name their target) since nothing but
 * PID 1 has run.  A path missing then is resolved at its service's first
 * start without following any link, and taken only if it is the kernel's
 * own name of the node it leads to (a hard link planted under another
 * name is not); a start that cannot resolve it fails closed and the next
 * one tries again.  Once pinned, a rule costs a table lookup per start.
 * One slot per path rule of the whole table (CFG_DEV_PATH_RULES,
 * generated), in table order.
 */
struct dev_pin {
	char type; /* 'c' or 'b'; 0: not resolved yet */
	int major, minor;
};

#define DEV_PIN_MAX (CFG_DEV_PATH_RULES ? CFG_DEV_PATH_RULES : 1)
static struct dev_pin pins[DEV_PIN_MAX];
static unsigned int pin_first[SVC_MAX]; /* a service's first slot */

static void pin_set(struct dev_pin *pin, const struct stat *st)
{
	pin->type = S_ISCHR(st->st_mode) ? 'c' : 'b';
	pin->major = (int)major(st->st_rdev);
	pin->minor = (int)minor(st->st_rdev);
}

/*
 * Stage 1.  Only below /dev: PID 1 mounted it a moment ago.  A path
 * elsewhere may lie on a filesystem that services wrote in an earlier
 * boot, so it gets the strict lookup at first start like a missing one.
 */
static void pin_at_boot(const char *id, const char *path, struct dev_pin *pin)
{
	struct stat st;

	if (strncmp(path, "/dev/", 5))
		return;
	if (stat(path, &st) < 0) {
		log_msg(errno == ENOENT ? LOG_DEBUG : LOG_WARNING,
			"%s: devices: %s: %s at boot: resolved at first start",
			id, path, strerror(errno));
		return;
	}
	if (!S_ISCHR(st.st_mode) && !S_ISBLK(st.st_mode)) {
		log_msg(LOG_WARNING, "%s: devices: %s: not a device node", id,
			path);
		return;
	}
	pin_set(pin, &st);
}

void devices_pin(void)
{
	const struct svc *svc;
	unsigned int i, k, n = 0;

	for (i = 0; i < svc_count; i++) {
		svc = &svc_table[i];
		pin_first[i] = n;
		if (!svc->dev_filter)
			continue;
		for (k = 0; k < svc->ndev_rules; k++) {
			if (!svc->dev_rules[k].path)
				continue;
			if (n < DEV_PIN_MAX)
				pin_at_boot(svc->id, svc->dev_rules[k].path,
					&pins[n]);
			n++;
		}
	}
	if (n > CFG_DEV_PATH_RULES)
		log_msg(LOG_ERR,
			"devices: %u path rules, %d slots: services with "
			"the others will not start",
			n, (int)CFG_DEV_PATH_RULES);
}

/*
 * The kernel's name of a device: DEVNAME= in its uevent file, the path
 * devtmpfs gives the node below /dev ("null", "net/tun").
 */
static int dev_kernel_name(char type, int maj, int min, const char **name)
{
	static char uevent[1024];
	char path[64];
	char *p, *nl;
	int e;

	fmt(path, sizeof(path), "/sys/dev/%s/%d:%d/uevent",
		type == 'c' ? "char" : "block", maj, min);
	e = file_read(path, uevent, sizeof(uevent));
	if (e < 0)
		return e;
	for (p = uevent; p; p = strchr(p, '\n'), p = p ? p + 1 : NULL) {
		if (strncmp(p, "DEVNAME=", 8))
			continue;
		nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		*name = p + 8;
		return 0;
	}
	return -ENOENT;
}

/* A service's first start, for a path not pinned in stage 1. */
static int pin_late(const char *id, const char *path, struct dev_pin *pin)
{
	struct open_how how;
	struct stat st;
	const char *name = "";
	int fd, e;

	memset(&how, 0, sizeof(how));
	how.flags = O_PATH | O_CLOEXEC;
	how.resolve = RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
	fd = (int)syscall(SYS_openat2, AT_FDCWD, path, &how, sizeof(how));
	if (fd < 0) {
		e = -errno;
		log_msg(LOG_ERR, "%s: devices: %s: %s", id, path, strerror(-e));
		return e;
	}
	e = fstat(fd, &st) < 0 ? -errno : 0;
	close(fd);
	if (e == 0 && !S_ISCHR(st.st_mode) && !S_ISBLK(st.st_mode))
		e = -ENODEV;
	if (e < 0) {
		log_msg(LOG_ERR, "%s: devices: %s: %s", id, path,
			e == -ENODEV ? "not a device node" : strerror(-e));
		return e;
	}
	pin_set(pin, &st);
	e = dev_kernel_name(pin->type, pin->major, pin->minor, &name);
	if (e < 0) {
		log_msg(LOG_ERR,
			"%s: devices: %s: %c %d:%d has no name in /sys/dev: %s",
			id, path, pin->type, pin->major, pin->minor,
			strerror(-e));
	} else if (strncmp(path, "/dev/", 5) || strcmp(path + 5, name)) {
		log_msg(LOG_ERR,
			"%s: devices: %s is %c %d:%d, which the kernel names "
			"/dev/%s: refused",
			id, path, pin->type, pin->major, pin->minor, name);
		e = -ENODEV;
	}
	if (e < 0) {
		pin->type = 0; /* the next start looks again */
		return e;
	}
	log_msg(LOG_DEBUG, "%s: devices: %s pinned as %c %d:%d", id, path,
		pin->type, pin->major, pin->minor);
	return 0;
}

/* k: the rule's place among the service's path rules. */
static int rule_path(
	const struct svc *svc, unsigned int k, const struct svc_dev_rule *r)
{
	unsigned int n = pin_first[svc - svc_table] + k;
	struct dev_pin *pin;
	int e;

	if (n >= DEV_PIN_MAX) {
		log_msg(LOG_ERR, "%s: devices: %s: no pin slot", svc->id,
			r->path);
		return -E2BIG;
	}
	pin = &pins[n];
	if (!pin->type) {
		e = pin_late(svc->id, r->path, pin);
		if (e < 0)
			return e;
	}
	return match_add(svc->id, pin->type, pin->major, pin->minor, r->access);
}

/*
 * /proc/devices: "Character devices:", lines "%3d %s", a blank line,
 * "Block devices:", lines again.  A name may have several majors.
 */
static int rule_class(const char *id, const struct svc_dev_rule *r)
{
	bool block_part = false, found = false;
	const char *p = proc_devices, *name;
	size_t nlen = strlen(r->class);
	int major, e;

	for (; *p; p = strchr(p, '\n'), p = p ? p + 1 : "") {
		if (!strncmp(p, "Block devices:", 14))
			block_part = true;
		while (*p == ' ')
			p++;
		if (*p < '0' || *p > '9')
			continue;
		for (major = 0; *p >= '0' && *p <= '9'; p++)
			major = major * 10 + (*p - '0');
		if (*p != ' ')
			continue;
		name = p + 1;
		if (block_part != (r->type == 'b') ||
			strncmp(name, r->class, nlen) || name[nlen] != '\n')
			continue;
		e = match_add(id, block_part ? 'b' : 'c', major, -1, r->access);
		if (e < 0)
			return e;
		found = true;
	}
	if (!found && r->optional)
		return 0; /* implied (PROTECT_CLOCK): nothing of it here */
	if (!found) {
		log_msg(LOG_ERR, "%s: devices: %s-%s is not in /proc/devices",
			id, r->type == 'b' ? "block" : "char", r->class);
		return -ENODEV;
	}
	return 0;
}

static int rules_resolve(const struct svc *svc)
{
	const struct svc_dev_rule *r;
	bool have_devices = false;
	unsigned int i, k = 0;
	int e;

	nmatches = 0;
	for (i = 0; i < svc->ndev_rules; i++) {
		r = &svc->dev_rules[i];
		if (r->path) {
			e = rule_path(svc, k++, r);
		} else if (r->class) {
			if (!have_devices) {
				e = file_read("/proc/devices", proc_devices,
					sizeof(proc_devices));
				if (e < 0) {
					log_msg(LOG_ERR,
						"%s: devices: /proc/devices: %s",
						svc->id, strerror(-e));
					return e;
				}
				have_devices = true;
			}
			e = rule_class(svc->id, r);
		} else {
			e = match_add(svc->id, r->type, r->major, r->minor,
				r->access);
		}
		if (e < 0)
			return e;
	}
	return 0;
}

static void emit(__u8 code, __u8 dst, __u8 src, __s16 off, __s32 imm)
{
	struct bpf_insn *in = &prog[nprog++];

	memset(in, 0, sizeof(*in));
	in->code = code;
	in->dst_reg = dst;
	in->src_reg = src;
	in->off = off;
	in->imm = imm;
}

/* r3 = type, r4 = access, r5 = major, r6 = minor; r7 scratch. */
static void prog_build(void)
{
	const struct dev_match *m;
	unsigned int i, len, end;

	nprog = 0;
	emit(BPF_LDX | BPF_MEM | BPF_W, BPF_REG_2, BPF_REG_1,
		offsetof(struct bpf_cgroup_dev_ctx, access_type), 0);
	emit(BPF_ALU64 | BPF_MOV | BPF_X, BPF_REG_3, BPF_REG_2, 0, 0);
	emit(BPF_ALU64 | BPF_AND | BPF_K, BPF_REG_3, 0, 0, 0xffff);
	emit(BPF_ALU64 | BPF_MOV | BPF_X, BPF_REG_4, BPF_REG_2, 0, 0);
	emit(BPF_ALU64 | BPF_RSH | BPF_K, BPF_REG_4, 0, 0, 16);
	emit(BPF_LDX | BPF_MEM | BPF_W, BPF_REG_5, BPF_REG_1,
		offsetof(struct bpf_cgroup_dev_ctx, major), 0);
	emit(BPF_LDX | BPF_MEM | BPF_W, BPF_REG_6, BPF_REG_1,
		offsetof(struct bpf_cgroup_dev_ctx, minor), 0);
	for (i = 0; i < nmatches; i++) {
		m = &matches[i];
		len = 1 + 2 + (m->access != DEV_ACC_ALL ? 3 : 0) +
		      (m->major >= 0) + (m->minor >= 0);
		end = nprog + len; /* first insn of the next rule */
		/* "goto next rule" offsets count from the next insn */
#define SKIP ((__s16)(end - nprog - 1))
		emit(BPF_JMP | BPF_JNE | BPF_K, BPF_REG_3, 0, SKIP,
			m->type == 'b' ? BPF_DEVCG_DEV_BLOCK :
					 BPF_DEVCG_DEV_CHAR);
		if (m->access != DEV_ACC_ALL) {
			/* any requested bit outside the rule's: no match */
			emit(BPF_ALU64 | BPF_MOV | BPF_X, BPF_REG_7, BPF_REG_4,
				0, 0);
			emit(BPF_ALU64 | BPF_AND | BPF_K, BPF_REG_7, 0, 0,
				~(__s32)m->access);
			emit(BPF_JMP | BPF_JNE | BPF_K, BPF_REG_7, 0, SKIP, 0);
		}
		if (m->major >= 0)
			emit(BPF_JMP | BPF_JNE | BPF_K, BPF_REG_5, 0, SKIP,
				m->major);
		if (m->minor >= 0)
			emit(BPF_JMP | BPF_JNE | BPF_K, BPF_REG_6, 0, SKIP,
				m->minor);
#undef SKIP
		emit(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_0, 0, 0, 1);
		emit(BPF_JMP | BPF_EXIT, 0, 0, 0, 0);
	}
	emit(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_0, 0, 0, 0);
	emit(BPF_JMP | BPF_EXIT, 0, 0, 0, 0);
}

static int prog_load_once(bool with_log)
{
	union bpf_attr attr;

	memset(&attr, 0, sizeof(attr));
	attr.prog_type = BPF_PROG_TYPE_CGROUP_DEVICE;
	attr.insn_cnt = nprog;
	attr.insns = ptr64(prog);
	attr.license = ptr64("GPL");
	if (with_log) {
		verifier_log[0] = '\0';
		attr.log_level = 1;
		attr.log_size = sizeof(verifier_log);
		attr.log_buf = ptr64(verifier_log);
	}
	return sys_bpf(BPF_PROG_LOAD, &attr);
}

/*
 * Kernels before 5.11 charge BPF memory to RLIMIT_MEMLOCK (64 KiB by
 * default): on EPERM raise PID 1's limit for the load only and restore it
 * at once, so no service ever inherits the raised limit through fork.
 */
static int prog_load(const char *id)
{
	struct rlimit old, inf = {RLIM_INFINITY, RLIM_INFINITY};
	const char *p, *nl;
	unsigned int lines;
	int fd;

	fd = prog_load_once(false);
	if (fd == -EPERM && getrlimit(RLIMIT_MEMLOCK, &old) == 0 &&
		old.rlim_cur != RLIM_INFINITY &&
		setrlimit(RLIMIT_MEMLOCK, &inf) == 0) {
		fd = prog_load_once(false);
		setrlimit(RLIMIT_MEMLOCK, &old);
	}
	if (fd >= 0)
		return fd;
	/* Again with the verifier's log, for PID 1's log. */
	prog_load_once(true);
	log_msg(LOG_ERR, "%s: devices: BPF_PROG_LOAD (%u insns): %s", id,
		nprog, strerror(-fd));
	verifier_log[sizeof(verifier_log) - 1] = '\0';
	for (p = verifier_log, lines = 0; *p && lines < 40; lines++) {
		char line[LOG_LINE_MAX];
		size_t n;

		nl = strchr(p, '\n');
		n = nl ? (size_t)(nl - p) : strlen(p);
		if (n >= sizeof(line))
			n = sizeof(line) - 1;
		memcpy(line, p, n);
		line[n] = '\0';
		log_msg(LOG_ERR, "%s: verifier: %s", id, line);
		p = nl ? nl + 1 : p + strlen(p);
	}
	return fd;
}

/*
 * The program must be the one and only program attached to the fresh
 * cgroup, with BPF_F_ALLOW_MULTI: a child cgroup may then add programs
 * (which can only deny more) but never replace this one, as it could
 * under BPF_F_ALLOW_OVERRIDE.
 */
static int prog_confirm(const char *id, int cgfd, int progfd)
{
	struct bpf_prog_info info; /* on the stack on purpose: see ptr64 */
	__u32 ids[8];
	union bpf_attr attr;
	int e;

	memset(&info, 0, sizeof(info));
	memset(&attr, 0, sizeof(attr));
	attr.info.bpf_fd = (__u32)progfd;
	attr.info.info_len = sizeof(info);
	attr.info.info = ptr64(&info);
	e = sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &attr);
	if (e < 0)
		return e;

	memset(ids, 0, sizeof(ids));
	memset(&attr, 0, sizeof(attr));
	attr.query.target_fd = (__u32)cgfd;
	attr.query.attach_type = BPF_CGROUP_DEVICE;
	attr.query.prog_ids = ptr64(ids);
	attr.query.prog_cnt = sizeof(ids) / sizeof(ids[0]);
	e = sys_bpf(BPF_PROG_QUERY, &attr);
	if (e < 0)
		return e;
	if (attr.query.prog_cnt != 1 || ids[0] != info.id ||
		attr.query.attach_flags != BPF_F_ALLOW_MULTI) {
		log_msg(LOG_ERR,
			"%s: devices: query: %u programs, first id %u "
			"(want %u), flags %u",
			id, attr.query.prog_cnt, ids[0], info.id,
			attr.query.attach_flags);
		return -EPROTO;
	}
	return 0;
}

/*
 * Loaded programs, kept.  Building and loading the program (the verifier
 * runs at every load) was most of a hardened start's cost of its own, and
 * a restarted service or ten services with "/dev/null rw" ask for the same
 * program again and again.  So each distinct resolved rule list is loaded
 * once and its fd kept by PID 1; a start whose resolved list equals a kept
 * one, rule by rule and in order, attaches that program to its fresh
 * cgroup.  The key is the resolved list, not the service or its Kconfig
 * text: a class whose majors changed (a module loaded since) or a path
 * pinned late is a different list and gets its own program, so a kept
 * program is never more permissive than what the rules say now.  Bounded:
 * past PROG_KEEP_MAX programs or PROG_POOL_MAX rules in all, a program is
 * loaded for its start and closed after the attach as before; nothing is
 * ever freed, so the set cannot churn.
 */
#define PROG_KEEP_MAX 32
#define PROG_POOL_MAX 512

struct prog_kept {
	int fd;
	unsigned int first, n; /* its rules: pool[first .. first + n) */
};

static struct prog_kept kept[PROG_KEEP_MAX];
static unsigned int nkept;
static struct dev_match pool[PROG_POOL_MAX];
static unsigned int npool;

static bool match_eq(const struct dev_match *a, const struct dev_match *b)
{
	return a->type == b->type && a->access == b->access &&
	       a->major == b->major && a->minor == b->minor;
}

static int prog_find(void)
{
	unsigned int i, k;

	for (i = 0; i < nkept; i++) {
		if (kept[i].n != nmatches)
			continue;
		for (k = 0; k < nmatches; k++)
			if (!match_eq(&pool[kept[i].first + k], &matches[k]))
				break;
		if (k == nmatches)
			return kept[i].fd;
	}
	return -1;
}

/*
 * The program for the resolved rules in matches[]: *keep says whether
 * the fd is a kept one (the caller must not close it).
 */
static int prog_get(const char *id, bool *keep)
{
	int fd = prog_find();

	*keep = fd >= 0;
	if (fd >= 0) {
		log_msg(LOG_DEBUG, "%s: devices: kept program fd %d", id, fd);
		return fd;
	}
	prog_build();
	fd = prog_load(id);
	if (fd < 0 || nkept == PROG_KEEP_MAX ||
		nmatches > PROG_POOL_MAX - npool)
		return fd;
	kept[nkept].fd = fd;
	kept[nkept].first = npool;
	kept[nkept].n = nmatches;
	memcpy(&pool[npool], matches, nmatches * sizeof(matches[0]));
	npool += nmatches;
	nkept++;
	*keep = true;
	return fd;
}

/*
 * The kernel runs cgroup device programs behind a static key, switched on
 * (code patched on every CPU, an RCU wait) when the first program of the
 * type is attached anywhere and off when the last one goes with its
 * cgroup.  A lone device-restricted service that restarts would pay both
 * at every instance: 236-273 us per attach against 44 us while another
 * program is held (docs/performance.md, run 10).  So, once, at the first
 * device start, PID 1 attaches a program that allows everything to an
 * empty cgroup of its own, CGROUP_ROOT/HOOK_KEEP_CGROUP (a name no service
 * id can have): it denies nothing, no process is in that cgroup, and it
 * keeps the key on.  A failure costs only time: logged, not retried.
 */
#define HOOK_KEEP_CGROUP ".rampart-device-hook"

/* progfd onto the cgroup cgfd, beside any other (-errno or 0). */
static int prog_attach(int cgfd, int progfd)
{
	union bpf_attr attr;

	memset(&attr, 0, sizeof(attr));
	attr.target_fd = (__u32)cgfd;
	attr.attach_bpf_fd = (__u32)progfd;
	attr.attach_type = BPF_CGROUP_DEVICE;
	attr.attach_flags = BPF_F_ALLOW_MULTI;
	return sys_bpf(BPF_PROG_ATTACH, &attr);
}

static void hook_keep(void)
{
	static bool tried;
	int cgfd, progfd, e;

	if (tried)
		return;
	tried = true;
	if (mkdir(CGROUP_ROOT "/" HOOK_KEEP_CGROUP, 0755) < 0 &&
		errno != EEXIST) {
		log_msg(LOG_DEBUG, "devices: keep the hook: mkdir: %s",
			strerror(errno));
		return;
	}
	cgfd = open(CGROUP_ROOT "/" HOOK_KEEP_CGROUP,
		O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (cgfd < 0)
		return;
	nprog = 0;
	emit(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_0, 0, 0, 1); /* allow */
	emit(BPF_JMP | BPF_EXIT, 0, 0, 0, 0);
	progfd = prog_load(HOOK_KEEP_CGROUP);
	if (progfd < 0) {
		close(cgfd);
		return;
	}
	e = prog_attach(cgfd, progfd);
	log_msg(LOG_DEBUG, "devices: keep the hook: attach: %s",
		e < 0 ? strerror(-e) : "done");
	close(progfd); /* the attachment holds it */
	close(cgfd);
}

/*
 * Before the fork: the rules resolved (pinned paths, classes as the
 * kernel has them now), then enforced on the service's fresh cgroup by
 * the mechanism Kconfig chose.
 */
int devices_apply(const struct svc *svc)
{
	char path[96];
	int cgfd, progfd, e;
	bool keep;

	if (!svc->dev_filter)
		return 0;
	e = rules_resolve(svc);
	if (e < 0)
		return e;
	if (CFG_INIT_CGROUP_V1_DEVICES)
		return devices_v1_apply(svc, matches, nmatches);
	hook_keep(); /* before prog_get: both build in prog[] */
	progfd = prog_get(svc->id, &keep);
	if (progfd < 0)
		return progfd;
	fmt(path, sizeof(path), CGROUP_ROOT "/%s", svc->id);
	/* openat: musl's open() adds an fcntl for O_CLOEXEC */
	cgfd = openat(AT_FDCWD, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (cgfd < 0) {
		e = -errno;
		if (!keep)
			close(progfd);
		return e;
	}
	e = prog_attach(cgfd, progfd);
	if (e < 0)
		log_msg(LOG_ERR, "%s: devices: BPF_PROG_ATTACH: %s", svc->id,
			strerror(-e));
	else
		e = prog_confirm(svc->id, cgfd, progfd);
	/* The attachment holds the program too; a kept one stays open. */
	if (!keep)
		close(progfd);
	close(cgfd);
	return e < 0 ? e : 0;
}
