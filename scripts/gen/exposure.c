/*
 * exposure.c - the exposure score of each service and the policy lint,
 * computed from .config at build time.
 *
 * The score is systemd-analyze security's, item for item: the 81 items of
 * systemd 252's src/analyze/analyze-security.c (Debian 12's analyzer),
 * each with systemd's weight and range, added up the way systemd adds
 * them, so that a service scores what `systemd-analyze security` gives
 * its equivalent unit (0.0 perfect .. 10.0 dangerous).  An item rampart
 * cannot express counts as exposed; where rampart protects in a way of
 * its own, docs/exposure.md argues the lower badness.  Options are read
 * by their public Kconfig names, so an option a build does not know yet
 * counts as absent, that is, as exposed.  The system-call filter is read
 * back from its text with systemd's groups (seccomp_data.h) and the
 * target's calls (libseccomp), as seccomp.c compiles it.
 */
#include "gen.h"
#include "seccomp_data.h"

#include <dirent.h>
#include <errno.h>
#include <seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Capability numbers of the lint (kernel ABI, linux/capability.h). */
#define K_CAP_NET_ADMIN 12
#define K_CAP_SYS_MODULE 16
#define K_CAP_SYS_RAWIO 17
#define K_CAP_SYS_ADMIN 21
#define K_CAP_SYS_BOOT 22
#define K_CAP_SYS_TIME 25

/* The value of SVC_<ID>_<suffix>, or "" when absent or not set. */
static const char *opt(struct table *t, struct service *s, const char *suffix)
{
	char name[128];
	const struct sym *sym;

	snprintf(name, sizeof(name), "%s_%s", s->stem, suffix);
	sym = config_get(&t->cfg, name);
	return sym && strcmp(sym->value, "n") ? sym->value : "";
}

static int opt_on(struct table *t, struct service *s, const char *suffix)
{
	return !strcmp(opt(t, s, suffix), "y");
}

/* A limit counts as set unless empty, 0, "infinity" or "max". */
static int opt_limited(struct table *t, struct service *s, const char *suffix)
{
	const char *v = opt(t, s, suffix);

	return *v && strcmp(v, "0") && strcmp(v, "infinity") && strcmp(v, "max");
}

/* Is word (a capability name) in the space-separated list? */
static int in_list(const char *list, const char *word)
{
	size_t n = strlen(word);
	const char *p = list;

	while ((p = strstr(p, word))) {
		if ((p == list || p[-1] == ' ' || p[-1] == '~') &&
			(p[n] == '\0' || p[n] == ' '))
			return 1;
		p += n;
	}
	return 0;
}

/* Does the bounding set keep cap? Empty or "all": unrestricted; "~A B":
 * all but. */
static int keeps_cap(const char *set, const char *cap)
{
	if (!*set || !strcmp(set, "all"))
		return 1;
	if (set[0] == '~')
		return !in_list(set + 1, cap);
	return in_list(set, cap);
}

/* systemd's five classes of socket families. */
enum { AF_CLASS_INET, AF_CLASS_UNIX, AF_CLASS_NETLINK, AF_CLASS_PACKET,
	AF_CLASS_OTHER, AF_CLASSES };

/* The target as libseccomp knows it, 0 when TARGET_ARCH is missing or
 * unknown (seccomp.c says so; here every architecture then counts). */
static uint32_t target_token(struct table *t)
{
	const struct sym *sym = config_get(&t->cfg, "TARGET_ARCH");

	return sym ? seccomp_arch_resolve_name(sym->value) : 0;
}

/* Is name a system call of the target? */
static int call_here(uint32_t target, const char *name)
{
	if (!target)
		return seccomp_syscall_resolve_name(name) != __NR_SCMP_ERROR;
	return seccomp_syscall_resolve_name_arch(target, name) >= 0;
}

/* SYSTEM_CALL_FILTER read back: the names it lists, groups expanded and
 * ":ERRNO" cut off; an allow-list holds @default too, as compiled. */
struct call_set {
	char **names;
	size_t n;
	int mode; /* 0 no filter, 1 allow-list, 2 deny-list */
};

static int set_has(const struct call_set *cs, const char *name)
{
	size_t i;

	for (i = 0; i < cs->n; i++)
		if (!strcmp(cs->names[i], name))
			return 1;
	return 0;
}

static void set_add(struct call_set *cs, const char *name, unsigned int depth)
{
	const struct syscall_group *g;
	size_t k;

	if (name[0] == '@') {
		g = syscall_group_find(name);
		for (k = 0; g && depth < 8 && g->members[k]; k++)
			set_add(cs, g->members[k], depth + 1);
		return;
	}
	if (set_has(cs, name))
		return;
	cs->names = xrealloc(cs->names, (cs->n + 1) * sizeof(*cs->names));
	cs->names[cs->n++] = xstrdup(name);
}

static void filter_read(struct table *t, struct service *s,
	struct call_set *cs)
{
	char *buf = xstrdup(opt(t, s, "SYSTEM_CALL_FILTER")), *w, *p;

	memset(cs, 0, sizeof(*cs));
	p = buf + strspn(buf, " \t");
	if (*p) {
		cs->mode = *p == '~' ? 2 : 1;
		p += *p == '~';
	}
	for (w = strtok(p, " \t"); w; w = strtok(NULL, " \t")) {
		w[strcspn(w, ":")] = '\0';
		set_add(cs, w, 0);
	}
	if (cs->mode == 1)
		set_add(cs, "@default", 0);
	free(buf);
}

static void set_free(struct call_set *cs)
{
	size_t i;

	for (i = 0; i < cs->n; i++)
		free(cs->names[i]);
	free(cs->names);
}

/* A call of group (a name with '@') the filter lets through on the
 * target, or NULL: in an allow-list one it lists, in a deny-list one it
 * does not.  A group with no call on the target lets nothing through. */
static const char *group_open(const struct call_set *cs, uint32_t target,
	const char *group, unsigned int depth)
{
	const struct syscall_group *g = syscall_group_find(group);
	const char *m, *hit;
	size_t k;

	for (k = 0; g && depth < 8 && (m = g->members[k]); k++) {
		if (m[0] == '@') {
			if ((hit = group_open(cs, target, m, depth + 1)))
				return hit;
		} else if (call_here(target, m) &&
			   set_has(cs, m) == (cs->mode == 1)) {
			return m;
		}
	}
	return NULL;
}

static int family_class(int af)
{
	switch (af) {
	case 1: /* AF_UNIX */
		return AF_CLASS_UNIX;
	case 2: /* AF_INET */
	case 10: /* AF_INET6 */
		return AF_CLASS_INET;
	case 16: /* AF_NETLINK */
		return AF_CLASS_NETLINK;
	case 17: /* AF_PACKET */
		return AF_CLASS_PACKET;
	default:
		return AF_CLASS_OTHER;
	}
}

/* Which classes of families may the service open sockets of? */
static void families_open(struct table *t, struct service *s,
	int open[AF_CLASSES])
{
	char *buf = xstrdup(opt(t, s, "RESTRICT_ADDRESS_FAMILIES")), *w, *p;
	int listed[AF_CLASSES] = {0}, deny, af, c;

	p = buf + strspn(buf, " \t");
	deny = *p == '~';
	p += deny;
	for (w = strtok(p, " \t"); w; w = strtok(NULL, " \t"))
		if ((af = af_by_name(w)) > 0)
			listed[family_class(af)] = 1;
	for (c = 0; c < AF_CLASSES; c++)
		open[c] = !*buf ? 1 : deny ? !listed[c] : listed[c];
	free(buf); /* "none" lists nothing: every class closed */
}

/* May the service create namespaces of type name? */
static int ns_open(struct table *t, struct service *s, const char *name)
{
	const char *v = opt(t, s, "RESTRICT_NAMESPACES");
	char *buf, *w, *p;
	int listed = 0, deny;

	if (!*v)
		return 1;
	if (!strcmp(v, "none"))
		return 0;
	buf = xstrdup(v);
	p = buf + strspn(buf, " \t");
	deny = *p == '~';
	p += deny;
	for (w = strtok(p, " \t"); w; w = strtok(NULL, " \t"))
		listed |= !strcmp(w, name);
	free(buf);
	return deny ? !listed : listed;
}

/* -- the items of systemd-analyze security (systemd 252) -- */

/* Capability numbers (kernel ABI, linux/capability.h). */
#define CB(n) (1ULL << (n))
#define K_CAP_CHOWN 0
#define K_CAP_DAC_OVERRIDE 1
#define K_CAP_DAC_READ_SEARCH 2
#define K_CAP_FOWNER 3
#define K_CAP_FSETID 4
#define K_CAP_KILL 5
#define K_CAP_SETGID 6
#define K_CAP_SETUID 7
#define K_CAP_SETPCAP 8
#define K_CAP_LINUX_IMMUTABLE 9
#define K_CAP_NET_BIND_SERVICE 10
#define K_CAP_NET_BROADCAST 11
#define K_CAP_NET_RAW 13
#define K_CAP_IPC_LOCK 14
#define K_CAP_IPC_OWNER 15
#define K_CAP_SYS_CHROOT 18
#define K_CAP_SYS_PTRACE 19
#define K_CAP_SYS_PACCT 20
#define K_CAP_SYS_NICE 23
#define K_CAP_SYS_RESOURCE 24
#define K_CAP_SYS_TTY_CONFIG 26
#define K_CAP_MKNOD 27
#define K_CAP_LEASE 28
#define K_CAP_AUDIT_WRITE 29
#define K_CAP_AUDIT_CONTROL 30
#define K_CAP_SETFCAP 31
#define K_CAP_MAC_OVERRIDE 32
#define K_CAP_MAC_ADMIN 33
#define K_CAP_SYSLOG 34
#define K_CAP_WAKE_ALARM 35
#define K_CAP_BLOCK_SUSPEND 36
#define K_CAP_AUDIT_READ 37
#define K_CAP_BPF 39

/* Badness of an item that does not apply (systemd's UINT64_MAX): left
 * out of both sums. */
#define NA (-1)

/*
 * One item: systemd's name, the rampart option(s) it reads, what is
 * wrong when it counts, systemd's weight and range, and the badness
 * (0 .. range, or NA) of the service.  arg and bits parametrize the
 * shared badness functions.
 */
struct item {
	const char *id;	  /* systemd's, "PrivateNetwork=" */
	const char *opts; /* rampart's, "PRIVATE_NETWORK" */
	const char *bad;  /* "host network" */
	unsigned int weight, range;
	int (*badness)(struct table *t, struct service *s,
		const struct item *it);
	const char *arg;
	uint64_t bits;
	/* optional: what is left open, for the report */
	void (*detail)(struct table *t, struct service *s,
		const struct item *it, struct strbuf *sb);
};

/* A string option that is set to something other than its "off" words. */
static int opt_set(struct table *t, struct service *s, const char *suffix)
{
	const char *v = opt(t, s, suffix);

	return *v && strcmp(v, "no") && strcmp(v, "false") &&
	       strcmp(v, "default") && strcmp(v, "all");
}

/* Options that give the service a mount namespace of its own, and with
 * it (init/ns.c ns_wants_pid) a PID namespace and a /proc of its own.
 * Read by name, the ones of issue 16 included, as init/ns.c
 * ns_wants_mounts() decides from the table. */
static int own_mounts(struct table *t, struct service *s)
{
	static const char *const opts[] = {
		"PRIVATE_NETWORK", "PRIVATE_TMP", "PRIVATE_PIDS",
		"ROOT_DIRECTORY", "READ_ONLY_PATHS", "INACCESSIBLE_PATHS",
		"PROTECT_CONTROL_GROUPS", "PROTECT_SYSTEM", "PROTECT_HOME",
		"PROTECT_KERNEL_TUNABLES", "PROTECT_KERNEL_MODULES",
		"PROTECT_KERNEL_LOGS", "PROTECT_HOSTNAME", "PROTECT_PROC",
		"PROC_SUBSET",
		"PRIVATE_DEVICES", "READ_WRITE_PATHS", "BIND_PATHS",
		"BIND_READ_ONLY_PATHS", "TEMPORARY_FILE_SYSTEM",
		"NO_EXEC_PATHS", "EXEC_PATHS", "PRIVATE_MOUNTS",
	};
	size_t i;

	for (i = 0; i < sizeof(opts) / sizeof(opts[0]); i++)
		if (opt_set(t, s, opts[i]))
			return 1;
	return 0;
}

/* The service runs as root, as systemd's security_info_runs_privileged. */
static int privileged(struct service *s)
{
	return s->uid == 0;
}

/* The bounding set PID 1 applies, with what the protections take out of
 * it (systemd's unit_patch_contexts: PrivateDevices, ProtectKernelModules,
 * ProtectKernelLogs, ProtectClock). */
static uint64_t bounding(struct table *t, struct service *s)
{
	uint64_t set = s->cap_bounding_mode ? s->cap_bounding : ~0ULL;

	if (opt_on(t, s, "PRIVATE_DEVICES"))
		set &= ~(CB(K_CAP_MKNOD) | CB(K_CAP_SYS_RAWIO));
	if (opt_on(t, s, "PROTECT_KERNEL_MODULES"))
		set &= ~CB(K_CAP_SYS_MODULE);
	if (opt_on(t, s, "PROTECT_KERNEL_LOGS"))
		set &= ~CB(K_CAP_SYSLOG);
	if (opt_on(t, s, "PROTECT_CLOCK"))
		set &= ~(CB(K_CAP_SYS_TIME) | CB(K_CAP_WAKE_ALARM));
	return set;
}

static int b_user(struct table *t, struct service *s, const struct item *it)
{
	const char *u = opt(t, s, "USER");

	(void)it;
	if (privileged(s))
		return 10;
	if (!strcmp(u, "nobody") || (s->pw && !strcmp(s->pw->name, "nobody")))
		return 9; /* shared by everything unprivileged */
	return 0;
}

static int b_supp(struct table *t, struct service *s, const struct item *it)
{
	(void)t;
	(void)it;
	if (privileged(s))
		return NA;
	return s->nsupp > 0;
}

/* A switch: 1 unless SVC_<ID>_<arg> is y. */
static int b_off(struct table *t, struct service *s, const struct item *it)
{
	return !opt_on(t, s, it->arg);
}

/* Nothing to count: rampart has no such mechanism to open (a cgroup
 * subtree delegated to the service, a notification socket). */
static int b_none(struct table *t, struct service *s, const struct item *it)
{
	(void)t;
	(void)s;
	(void)it;
	return 0;
}

/* Not expressible in rampart: always exposed. */
static int b_all(struct table *t, struct service *s, const struct item *it)
{
	(void)t;
	(void)s;
	return (int)it->range;
}

static int b_private_mounts(struct table *t, struct service *s,
	const struct item *it)
{
	(void)it;
	return !own_mounts(t, s);
}

/* In a UTS namespace of its own (PRIVATE_UTS) the service cannot change
 * the machine's hostname either: counted as ProtectHostname
 * (docs/exposure.md). */
static int b_hostname(struct table *t, struct service *s,
	const struct item *it)
{
	(void)it;
	return !opt_on(t, s, "PROTECT_HOSTNAME") && !opt_on(t, s, "PRIVATE_UTS");
}

/* Is path equal to or below dir? ("" is the root.) */
static int path_within(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	if (!*dir || !strcmp(dir, "/"))
		return 1;
	return !strncmp(path, dir, n) && (path[n] == '\0' || path[n] == '/');
}

/*
 * Can a ROOT_DIRECTORY service reach a home directory?  ProtectHome=
 * covers /home, /root and /run/user (init/mount.c, the same three).  In
 * its own root the service sees the host's only through a bind or a
 * filesystem mounted there, and the root's own only if the image puts
 * something there.  0 when each is absent or an empty directory of the
 * image, no INIT_MOUNTS target is on or above it and no BIND_PATHS or
 * BIND_READ_ONLY_PATHS source is on, above or below one of the host's;
 * else 1, and why (when why is not NULL).
 */
static int jail_homes(struct table *t, struct service *s, struct strbuf *why)
{
	static const char *const homes[] = {"/home", "/root", "/run/user"};
	static const char *const binds[] = {"BIND_PATHS",
		"BIND_READ_ONLY_PATHS"};
	const char *root = s->root_directory;
	size_t rn = strlen(root), i, h, b;
	char *buf, *w, path[4096];
	const char *target;
	struct image_path ip = {0};
	int err, found = 0;
	DIR *d;
	struct dirent *e;

	for (h = 0; h < 3 && !found; h++) {
		err = table_image_resolve(t, root, homes[h], IMAGE_NO_SYMLINKS,
			&ip);
		image_path_free(&ip);
		if (err == -ENOENT || err == -ENOTDIR)
			continue;
		found = 1;
		if (err == -ELOOP) {
			if (why)
				sb_printf(why, " %s%s is a symbolic link", root,
					homes[h]);
			break;
		} else if (err) {
			if (why)
				sb_printf(why, " %s%s: %s in the image", root,
					homes[h], strerror(-err));
			break;
		}
		if ((ip.mode & 0170000) != 0040000) {
			if (why)
				sb_printf(why, " %s%s is not a directory", root,
					homes[h]);
			break;
		}
		snprintf(path, sizeof(path), "%s%s%s", t->rootfs, root,
			homes[h]);
		if (!(d = opendir(path))) {
			if (why)
				sb_printf(why, " %s%s: %s", root, homes[h],
					strerror(errno));
			break;
		}
		found = 0;
		while (!found && (e = readdir(d)))
			found = strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
		closedir(d);
		if (found && why)
			sb_printf(why, " %s%s holds files", root, homes[h]);
	}
	for (i = 0; i < t->nmounts && !found; i++) {
		target = t->mounts[i].target;
		if (!path_within(target, root))
			continue;
		for (h = 0; h < 3 && !found; h++)
			found = path_within(homes[h], target + rn) ||
				path_within(target + rn, homes[h]);
		if (found && why)
			sb_printf(why, " INIT_MOUNTS mounts a filesystem on %s",
				target);
	}
	for (b = 0; b < 2 && !found; b++) {
		buf = xstrdup(opt(t, s, binds[b]));
		for (w = strtok(buf, " \t"); w && !found; w = strtok(NULL, " \t")) {
			w += *w == '-';
			w[strcspn(w, ":")] = '\0';
			for (h = 0; h < 3 && !found; h++)
				found = path_within(w, homes[h]) ||
					path_within(homes[h], w);
			if (found && why)
				sb_printf(why, " %s_%s brings %s in", s->stem,
					binds[b], w);
		}
		free(buf);
	}
	return found;
}

static int b_protect_home(struct table *t, struct service *s,
	const struct item *it)
{
	const char *v = opt(t, s, "PROTECT_HOME");

	(void)it;
	if (!strcmp(v, "yes") || !strcmp(v, "y") || !strcmp(v, "true"))
		return 0;
	/* Nothing to hide in its own root: counted as "yes"
	 * (docs/exposure.md). */
	if (s->root_directory && !jail_homes(t, s, NULL))
		return 0;
	if (!strcmp(v, "read-only"))
		return 5;
	if (!strcmp(v, "tmpfs"))
		return 1;
	return 10;
}

/* READ_ONLY_PATHS="/" makes the whole tree read-only, API filesystems
 * included: counted as strict (docs/exposure.md). */
static int b_protect_system(struct table *t, struct service *s,
	const struct item *it)
{
	const char *v = opt(t, s, "PROTECT_SYSTEM");

	(void)it;
	if (!strcmp(v, "strict") || in_list(opt(t, s, "READ_ONLY_PATHS"), "/"))
		return 0;
	if (!strcmp(v, "full"))
		return 3;
	if (!strcmp(v, "yes") || !strcmp(v, "y") || !strcmp(v, "true"))
		return 5;
	return 10;
}

static void d_protect_home(struct table *t, struct service *s,
	const struct item *it, struct strbuf *sb)
{
	(void)it;
	if (s->root_directory)
		jail_homes(t, s, sb);
}

static int b_root_dir(struct table *t, struct service *s,
	const struct item *it)
{
	const char *v = opt(t, s, "ROOT_DIRECTORY");

	(void)it;
	return !*v || !strcmp(v, "/");
}

static int b_cap(struct table *t, struct service *s, const struct item *it)
{
	return (bounding(t, s) & it->bits) != 0;
}

static int b_umask(struct table *t, struct service *s, const struct item *it)
{
	(void)t;
	(void)it;
	if (!(s->umask & 0002))
		return 10;
	if (!(s->umask & 0004))
		return 5;
	if (!(s->umask & 0020))
		return 2;
	if (!(s->umask & 0040))
		return 1;
	return 0;
}

/* A session keyring of its own: no rampart option (KEYRING_MODE by name,
 * should one come); else the service shares its uid's keyrings. */
static int b_keyring(struct table *t, struct service *s,
	const struct item *it)
{
	(void)it;
	return strcmp(opt(t, s, "KEYRING_MODE"), "private") != 0;
}

/* Its own PID namespace and /proc shows no other process at all, more
 * than "invisible" hides: counted as invisible (docs/exposure.md). */
static int b_protect_proc(struct table *t, struct service *s,
	const struct item *it)
{
	const char *v = opt(t, s, "PROTECT_PROC");

	(void)it;
	if (!strcmp(v, "invisible") || !strcmp(v, "ptraceable") ||
		opt_on(t, s, "PRIVATE_PIDS") || own_mounts(t, s))
		return 0;
	if (!strcmp(v, "noaccess"))
		return 1;
	return 3;
}

static int b_proc_subset(struct table *t, struct service *s,
	const struct item *it)
{
	(void)it;
	return strcmp(opt(t, s, "PROC_SUBSET"), "pid") != 0;
}

static int b_remove_ipc(struct table *t, struct service *s,
	const struct item *it)
{
	(void)it;
	if (privileged(s))
		return NA;
	return !opt_on(t, s, "REMOVE_IPC");
}

static int b_namespace(struct table *t, struct service *s,
	const struct item *it)
{
	return ns_open(t, s, it->arg);
}

static int b_family(struct table *t, struct service *s,
	const struct item *it)
{
	int open[AF_CLASSES];

	families_open(t, s, open);
	return open[it->bits];
}

/* Any option of the system-call menu brings the ABI rule (native only,
 * unless SYSTEM_CALL_ARCHITECTURES adds ABIs); without one every ABI the
 * kernel runs is open. The target's own name counts as "native". */
static int b_archs(struct table *t, struct service *s, const struct item *it)
{
	static const char *const own[][2] = {
		{"x86_64", "x86-64"}, {"aarch64", "arm64"}, {"arm", "arm"},
		{"mipsel", "mips-le"},
	};
	const struct sym *sym = config_get(&t->cfg, "TARGET_ARCH");
	const char *mine = "";
	char *buf, *w;
	int b = 0;
	size_t i;

	(void)it;
	if (!seccomp_configured(s))
		return 10;
	for (i = 0; sym && i < sizeof(own) / sizeof(own[0]); i++)
		if (!strcmp(sym->value, own[i][0]))
			mine = own[i][1];
	buf = xstrdup(opt(t, s, "SYSTEM_CALL_ARCHITECTURES"));
	for (w = strtok(buf, " \t"); w; w = strtok(NULL, " \t"))
		if (strcmp(w, "native") && strcmp(w, mine))
			b = 8; /* several ABIs */
	free(buf);
	return b;
}

/* One of systemd's groups: 10 without a filter, 10 when a deny-list
 * leaves one of its calls (on the target) out, 9 when an allow-list
 * names one, 0 when none gets through. */
static int b_filter(struct table *t, struct service *s,
	const struct item *it)
{
	struct call_set cs;
	int b;

	filter_read(t, s, &cs);
	if (!cs.mode)
		b = 10;
	else if (!group_open(&cs, target_token(t), it->arg, 0))
		b = 0;
	else
		b = cs.mode == 1 ? 9 : 10;
	set_free(&cs);
	return b;
}

static void d_filter(struct table *t, struct service *s,
	const struct item *it, struct strbuf *sb)
{
	struct call_set cs;
	const char *call;

	filter_read(t, s, &cs);
	if (cs.mode && (call = group_open(&cs, target_token(t), it->arg, 0)))
		sb_printf(sb, " %s %s", call,
			cs.mode == 1 ? "allowed" : "not denied");
	set_free(&cs);
}

/* systemd: a device ACL exists with DevicePolicy=strict or closed
 * (PrivateDevices makes auto closed); rampart enforces one too under
 * auto with any DEVICE_ALLOW rule, and PROTECT_CLOCK always adds
 * "char-rtc r" (docs/exposure.md). Special devices listed: 5. */
static int b_devices(struct table *t, struct service *s,
	const struct item *it)
{
	const char *policy = opt(t, s, "DEVICE_POLICY");
	int acl = dev_filter(s) || opt_on(t, s, "PRIVATE_DEVICES") ||
		  !strcmp(policy, "strict") || !strcmp(policy, "closed");

	(void)it;
	if (!acl)
		return 10;
	return *opt(t, s, "DEVICE_ALLOW") || opt_on(t, s, "PROTECT_CLOCK") ?
		       5 :
		       0;
}

static void d_devices(struct table *t, struct service *s,
	const struct item *it, struct strbuf *sb)
{
	size_t i;

	if (b_devices(t, s, it) != 5)
		return;
	for (i = 0; i < s->ndev; i++)
		sb_printf(sb, "%s%s", i ? ", " : " ", s->dev_entries[i]);
}

static int b_ambient(struct table *t, struct service *s,
	const struct item *it)
{
	(void)t;
	(void)it;
	return s->cap_ambient != 0;
}

#define BOOL(id, o, bad, w) {id "=", o, bad, w, 1, b_off, o, 0, NULL}
#define CAP(name, bad, w, bits) \
	{"CapabilityBoundingSet=~" name, "CAPABILITY_BOUNDING_SET", bad, w, \
		1, b_cap, NULL, bits, NULL}
#define NS(name, w) \
	{"RestrictNamespaces=~" name, "RESTRICT_NAMESPACES", \
		"may create " name " namespaces", w, 1, b_namespace, name, 0, \
		NULL}
#define AF(name, bad, w, class) \
	{"RestrictAddressFamilies=~" name, "RESTRICT_ADDRESS_FAMILIES", bad, \
		w, 1, b_family, NULL, class, NULL}
#define FILTER(group, w) \
	{"SystemCallFilter=~" group, "SYSTEM_CALL_FILTER", \
		"system calls of " group, w, 10, b_filter, group, 0, d_filter}

/* systemd 252's security_assessor_table, in its order and with its
 * weights and ranges (weights add up to 56,460). */
static const struct item items[] = {
	{"User=/DynamicUser=", "USER", "runs as root (10) or as nobody (9)",
		2000, 10, b_user, NULL, 0, NULL},
	{"SupplementaryGroups=", "SUPPLEMENTARY_GROUPS",
		"runs with supplementary groups", 200, 1, b_supp, NULL, 0,
		NULL},
	BOOL("PrivateDevices", "PRIVATE_DEVICES",
		"may access hardware devices", 1000),
	{"PrivateMounts=", "any option with a mount namespace",
		"may install system mounts", 1000, 1, b_private_mounts, NULL, 0,
		NULL},
	BOOL("PrivateNetwork", "PRIVATE_NETWORK", "host network", 2500),
	BOOL("PrivateTmp", "PRIVATE_TMP", "shared /tmp", 1000),
	{"PrivateUsers=", "no option", "sees every user of the host", 1000,
		1, b_off, "PRIVATE_USERS", 0, NULL},
	BOOL("ProtectControlGroups", "PROTECT_CONTROL_GROUPS",
		"may modify the control group tree", 1000),
	BOOL("ProtectKernelModules", "PROTECT_KERNEL_MODULES",
		"may load kernel modules", 1000),
	BOOL("ProtectKernelTunables", "PROTECT_KERNEL_TUNABLES",
		"may change kernel tunables", 1000),
	BOOL("ProtectKernelLogs", "PROTECT_KERNEL_LOGS",
		"may read the kernel log", 1000),
	BOOL("ProtectClock", "PROTECT_CLOCK", "may set the clocks", 1000),
	{"ProtectHome=", "PROTECT_HOME", "access to home directories", 1000,
		10, b_protect_home, NULL, 0, d_protect_home},
	{"ProtectHostname=", "PROTECT_HOSTNAME, PRIVATE_UTS",
		"may set the hostname", 50, 1, b_hostname, NULL, 0, NULL},
	{"ProtectSystem=", "PROTECT_SYSTEM", "may write the OS tree", 1000,
		10, b_protect_system, NULL, 0, NULL},
	{"RootDirectory=/RootImage=", "ROOT_DIRECTORY",
		"runs in the host's root directory", 200, 1, b_root_dir, NULL,
		0, NULL},
	BOOL("LockPersonality", "LOCK_PERSONALITY",
		"personality not locked", 100),
	BOOL("MemoryDenyWriteExecute", "MEMORY_DENY_WRITE_EXECUTE",
		"writable+executable memory", 100),
	BOOL("NoNewPrivileges", "NO_NEW_PRIVILEGES", "may gain privileges",
		1000),
	CAP("CAP_SYS_ADMIN", "may administer the system", 1500,
		CB(K_CAP_SYS_ADMIN)),
	CAP("CAP_SET(UID|GID|PCAP)", "may change user and capabilities",
		1500, CB(K_CAP_SETUID) | CB(K_CAP_SETGID) | CB(K_CAP_SETPCAP)),
	CAP("CAP_SYS_PTRACE", "may trace other processes", 1500,
		CB(K_CAP_SYS_PTRACE)),
	CAP("CAP_SYS_TIME", "may set the clock", 1000, CB(K_CAP_SYS_TIME)),
	CAP("CAP_NET_ADMIN", "may configure the network", 1000,
		CB(K_CAP_NET_ADMIN)),
	CAP("CAP_SYS_RAWIO", "raw I/O", 1000, CB(K_CAP_SYS_RAWIO)),
	CAP("CAP_SYS_MODULE", "may load kernel modules", 1000,
		CB(K_CAP_SYS_MODULE)),
	CAP("CAP_AUDIT_*", "may alter the audit subsystem", 500,
		CB(K_CAP_AUDIT_CONTROL) | CB(K_CAP_AUDIT_READ) |
			CB(K_CAP_AUDIT_WRITE)),
	CAP("CAP_SYSLOG", "may read the kernel log", 500, CB(K_CAP_SYSLOG)),
	CAP("CAP_SYS_(NICE|RESOURCE)", "may raise priorities and limits",
		500, CB(K_CAP_SYS_NICE) | CB(K_CAP_SYS_RESOURCE)),
	CAP("CAP_MKNOD", "may create device nodes", 500, CB(K_CAP_MKNOD)),
	CAP("CAP_(CHOWN|FSETID|SETFCAP)", "may change file ownership", 1000,
		CB(K_CAP_CHOWN) | CB(K_CAP_FSETID) | CB(K_CAP_SETFCAP)),
	CAP("CAP_(DAC_*|FOWNER|IPC_OWNER)", "may override file permissions",
		1000,
		CB(K_CAP_DAC_OVERRIDE) | CB(K_CAP_DAC_READ_SEARCH) |
			CB(K_CAP_FOWNER) | CB(K_CAP_IPC_OWNER)),
	CAP("CAP_KILL", "may signal any process", 500, CB(K_CAP_KILL)),
	CAP("CAP_NET_(BIND_SERVICE|BROADCAST|RAW)",
		"privileged ports, raw sockets", 500,
		CB(K_CAP_NET_BIND_SERVICE) | CB(K_CAP_NET_BROADCAST) |
			CB(K_CAP_NET_RAW)),
	CAP("CAP_SYS_BOOT", "may reboot", 100, CB(K_CAP_SYS_BOOT)),
	CAP("CAP_MAC_*", "may change the MAC policy", 100,
		CB(K_CAP_MAC_ADMIN) | CB(K_CAP_MAC_OVERRIDE)),
	CAP("CAP_LINUX_IMMUTABLE", "may mark files immutable", 75,
		CB(K_CAP_LINUX_IMMUTABLE)),
	CAP("CAP_IPC_LOCK", "may lock memory", 50, CB(K_CAP_IPC_LOCK)),
	CAP("CAP_SYS_CHROOT", "may chroot", 50, CB(K_CAP_SYS_CHROOT)),
	CAP("CAP_BLOCK_SUSPEND", "may block suspend", 25,
		CB(K_CAP_BLOCK_SUSPEND)),
	CAP("CAP_WAKE_ALARM", "may set wake alarms", 25,
		CB(K_CAP_WAKE_ALARM)),
	CAP("CAP_LEASE", "may take file leases", 25, CB(K_CAP_LEASE)),
	CAP("CAP_SYS_TTY_CONFIG", "may configure ttys", 25,
		CB(K_CAP_SYS_TTY_CONFIG)),
	CAP("CAP_SYS_PACCT", "may configure process accounting", 25,
		CB(K_CAP_SYS_PACCT)),
	CAP("CAP_BPF", "may load BPF programs", 25, CB(K_CAP_BPF)),
	{"UMask=", "UMASK", "new files readable or writable by others", 100,
		10, b_umask, NULL, 0, NULL},
	{"KeyringMode=", "no option", "shares its uid's keyrings", 1000, 1,
		b_keyring, NULL, 0, NULL},
	{"ProtectProc=", "PROTECT_PROC, PRIVATE_PIDS",
		"sees other processes in /proc", 1000, 3, b_protect_proc, NULL,
		0, NULL},
	{"ProcSubset=", "PROC_SUBSET", "all of /proc", 10, 1, b_proc_subset,
		NULL, 0, NULL},
	{"NotifyAccess=", "none", "may alter service state", 1000, 1, b_none,
		NULL, 0, NULL},
	{"RemoveIPC=", "no option", "IPC objects outlive the service", 100,
		1, b_remove_ipc, NULL, 0, NULL},
	{"Delegate=", "none", "delegated cgroup subtree", 100, 1, b_none,
		NULL, 0, NULL},
	BOOL("RestrictRealtime", "RESTRICT_REALTIME", "realtime scheduling",
		500),
	BOOL("RestrictSUIDSGID", "RESTRICT_SUID_SGID",
		"may make set-user/group-ID files", 1000),
	NS("user", 1500),
	NS("mnt", 500),
	NS("ipc", 500),
	NS("pid", 500),
	NS("cgroup", 500),
	NS("net", 500),
	NS("uts", 100),
	AF("AF_(INET|INET6)", "Internet sockets", 1500, AF_CLASS_INET),
	AF("AF_UNIX", "local sockets", 25, AF_CLASS_UNIX),
	AF("AF_NETLINK", "netlink sockets", 200, AF_CLASS_NETLINK),
	AF("AF_PACKET", "packet sockets", 1000, AF_CLASS_PACKET),
	AF("…", "sockets of other families", 1250, AF_CLASS_OTHER),
	{"SystemCallArchitectures=", "SYSTEM_CALL_ARCHITECTURES",
		"other system-call ABIs", 1000, 10, b_archs, NULL, 0, NULL},
	FILTER("@swap", 1000),
	FILTER("@obsolete", 250),
	FILTER("@clock", 1000),
	FILTER("@cpu-emulation", 250),
	FILTER("@debug", 1000),
	FILTER("@mount", 1000),
	FILTER("@module", 1000),
	FILTER("@raw-io", 1000),
	FILTER("@reboot", 1000),
	FILTER("@privileged", 700),
	FILTER("@resources", 700),
	{"IPAddressDeny=", "no option", "no IP address allow list", 1000, 10,
		b_all, NULL, 0, NULL},
	{"DeviceAllow=", "DEVICE_POLICY, DEVICE_ALLOW", "device access", 1000,
		10, b_devices, NULL, 0, d_devices},
	{"AmbientCapabilities=", "AMBIENT_CAPABILITIES",
		"ambient capabilities", 500, 1, b_ambient, NULL, 0, NULL},
};
#define NITEMS (sizeof(items) / sizeof(items[0]))

/* systemd's DIV_ROUND_UP. */
static unsigned long div_up(unsigned long a, unsigned long b)
{
	return (a + b - 1) / b;
}

/*
 * The score in tenths (0 .. 100), as systemd computes it: each item adds
 * ceil(badness × weight / range) to the badness sum and its weight to
 * the weight sum (items that do not apply add to neither); the exposure
 * is ceil(100 × badness sum / weight sum).  b[] receives each item's
 * badness, or NA.
 */
static unsigned int score_items(struct table *t, struct service *s,
	int b[NITEMS], unsigned long *wsum)
{
	unsigned long bsum = 0;
	size_t i;

	*wsum = 0;
	for (i = 0; i < NITEMS; i++) {
		b[i] = items[i].badness(t, s, &items[i]);
		if (b[i] == NA)
			continue;
		bsum += div_up((unsigned long)b[i] * items[i].weight,
			items[i].range);
		*wsum += items[i].weight;
	}
	return (unsigned int)div_up(bsum * 100, *wsum);
}

/* The points one item adds (its share of 10). */
static double item_points(size_t i, int b, unsigned long wsum)
{
	return 10.0 *
	       (double)div_up((unsigned long)b * items[i].weight,
		       items[i].range) /
	       (double)wsum;
}

static unsigned int score_tenths(struct table *t, struct service *s,
	struct strbuf *why)
{
	int b[NITEMS];
	unsigned long wsum;
	unsigned int sc = score_items(t, s, b, &wsum);
	size_t i;

	for (i = 0; why && i < NITEMS; i++) {
		if (b[i] <= 0)
			continue;
		sb_printf(why, "    +%.3f  %s (%s): %s",
			item_points(i, b[i], wsum), items[i].id,
			items[i].opts, items[i].bad);
		if ((unsigned int)b[i] < items[i].range)
			sb_printf(why, ", %d of %u", b[i], items[i].range);
		if (items[i].detail) {
			struct strbuf d = {0};

			items[i].detail(t, s, &items[i], &d);
			if (*sb_str(&d))
				sb_printf(why, ":%s", sb_str(&d));
			sb_free(&d);
		}
		sb_putc(why, '\n');
	}
	return sc;
}

/* systemd's words for the levels. */
static const char *verdict(unsigned int tenths)
{
	if (tenths >= 100)
		return "DANGEROUS";
	if (tenths >= 90)
		return "UNSAFE";
	if (tenths >= 75)
		return "EXPOSED";
	if (tenths >= 50)
		return "MEDIUM";
	if (tenths >= 10)
		return "OK";
	if (tenths >= 1)
		return "SAFE";
	return "PERFECT";
}

/* A score limit "N" or "N.N" (0 to 10) in tenths, or -1. */
static int limit_parse(const char *v)
{
	unsigned int whole = 0, frac = 0;
	char c = 0, extra;

	if ((sscanf(v, "%u%c", &whole, &extra) == 1 ||
		    (sscanf(v, "%u.%c%c", &whole, &c, &extra) == 2 && c >= '0' &&
			    c <= '9')) &&
		whole <= 10 && v[0] >= '0' && v[0] <= '9') {
		frac = c ? (unsigned int)(c - '0') : 0;
		if (whole * 10 + frac <= 100)
			return (int)(whole * 10 + frac);
	}
	return -1;
}

#define LIMIT_WHAT "not a score from 0 to 10 (at most one decimal, e.g. \"6.5\")"

/* INIT_MAX_EXPOSURE in tenths; 100 (no limit) when absent or bad. */
static unsigned int max_tenths(struct table *t, const struct sym **sym)
{
	int n;

	*sym = config_get(&t->cfg, "INIT_MAX_EXPOSURE");
	if (!*sym)
		return 100;
	n = limit_parse((*sym)->value);
	if (n >= 0)
		return (unsigned int)n;
	gen_error("INIT_MAX_EXPOSURE=\"%s\": " LIMIT_WHAT, (*sym)->value);
	return 100;
}

/* SVC_<ID>_MAX_EXPOSURE: checked here, read back by exposure_check. */
static void apply_max_exposure(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	(void)s;
	if (*v->text && limit_parse(v->text) < 0)
		value_error(v, LIMIT_WHAT ", or empty for INIT_MAX_EXPOSURE");
}

/* clang-format off */
static const struct svc_option exposure_options[] = {
	{
		.suffix = "MAX_EXPOSURE",
		.type = OPT_STRING,
		.prompt = "Highest exposure score (0-10, empty: INIT_MAX_EXPOSURE)",
		.def = "\"\"",
		.apply = apply_max_exposure,
		.help =
"The highest exposure score this service may have, on the scale of\n"
"systemd-analyze security (0.0 PERFECT .. 10.0 DANGEROUS; the\n"
"build prints each score as an EXPOSE line, docs/exposure.md):\n"
"a score above it stops the build with an error naming the\n"
"service, its score, this limit and what exposes it most. \"N\" or\n"
"\"N.N\" from 0 to 10. Empty: INIT_MAX_EXPOSURE, the image's\n"
"limit. A value here replaces that one for this service, lower\n"
"(hold a daemon to \"4\" in an image whose console shell scores\n"
"9.8) or higher (let the shell through an image-wide \"5\").",
	},
};
/* clang-format on */

const struct option_family exposure_family = {
	"exposure limit", exposure_options,
	sizeof(exposure_options) / sizeof(exposure_options[0]),
};

/* The three largest contributions, for the error line: "a, b, c". */
static void top_items(struct table *t, struct service *s, char *buf,
	size_t len)
{
	int b[NITEMS];
	unsigned long w[NITEMS], wsum;
	size_t i, n, best;

	score_items(t, s, b, &wsum);
	for (i = 0; i < NITEMS; i++)
		w[i] = b[i] > 0 ? div_up((unsigned long)b[i] * items[i].weight,
					  items[i].range) :
				  0;
	buf[0] = '\0';
	for (n = 0; n < 3; n++) {
		best = 0;
		for (i = 1; i < NITEMS; i++)
			if (w[i] > w[best])
				best = i;
		if (!w[best])
			break;
		snprintf(buf + strlen(buf), len - strlen(buf), "%s%s (%s)",
			n ? "; " : "", items[best].id, items[best].opts);
		w[best] = 0;
	}
}

/*
 * Every service against its limit: SVC_<ID>_MAX_EXPOSURE when set (a bad
 * one was reported by apply_max_exposure and gates nothing), else
 * INIT_MAX_EXPOSURE.
 */
void exposure_check(struct table *t)
{
	const struct sym *max_sym;
	unsigned int max = max_tenths(t, &max_sym), sc, limit;
	const char *own;
	char top[512], name[160];
	int n;
	size_t k;

	for (k = 0; k < t->nsvcs; k++) {
		struct service *s = &t->svcs[t->order ? t->order[k] : k];

		own = opt(t, s, "MAX_EXPOSURE");
		n = *own ? limit_parse(own) : -1;
		if (*own && n < 0)
			continue;
		limit = *own ? (unsigned int)n : max;
		sc = score_tenths(t, s, NULL);
		if (sc <= limit)
			continue;
		if (*own)
			snprintf(name, sizeof(name), "%s_MAX_EXPOSURE=\"%s\"",
				s->stem, own);
		else
			snprintf(name, sizeof(name), "INIT_MAX_EXPOSURE=\"%s\"",
				max_sym->value);
		top_items(t, s, top, sizeof(top));
		gen_error("%s: exposure %u.%u exceeds %s; most of it: %s",
			s->stem, sc / 10, sc % 10, name, top);
	}
}

/*
 * A root service owns the cgroup files (DAC lets uid 0 write them): with
 * its hierarchies writable it can raise the limits kept there or leave
 * its cgroup, and its device filter with it.
 */
static void lint_cgroup_writable(struct table *t, struct service *s)
{
	static const char *const limits[] = {"TASKS_MAX", "MEMORY_MAX",
		"CPU_QUOTA"};
	char what[128] = "";
	size_t i;

	for (i = 0; i < sizeof(limits) / sizeof(limits[0]); i++)
		if (opt_limited(t, s, limits[i]))
			snprintf(what + strlen(what), sizeof(what) - strlen(what),
				"%s%s", *what ? ", " : "", limits[i]);
	if (dev_filter(s))
		snprintf(what + strlen(what), sizeof(what) - strlen(what),
			"%sdevice list", *what ? ", " : "");
	if (!*what)
		return;
	gen_warning("%s_PROTECT_CONTROL_GROUPS=n: the service runs as root "
		    "and can write its own cgroup, which holds its limits (%s): "
		    "it can lift them (turn the option on, or give the service "
		    "another USER)",
		s->stem, what);
}

/*
 * Does the service hold capability cap?  Ambient ones always; through
 * the bounding set only as root, and only where a set was narrowed
 * ("" is warned about on its own, "all" is chosen on purpose).  The set
 * is the one PID 1 applies, after PROTECT_CLOCK took its two out.
 */
static int lint_keeps(struct table *t, struct service *s, int cap)
{
	const char *set = opt(t, s, "CAPABILITY_BOUNDING_SET");
	const uint64_t bit = 1ULL << cap;

	if (s->cap_ambient & bit)
		return 1;
	if (s->uid != 0 || !*set || !strcmp(set, "all"))
		return 0;
	return !s->cap_bounding_mode || (s->cap_bounding & bit);
}

/*
 * A filter that lets a group of calls through while the service keeps
 * the capability those calls need: the filter was written to leave the
 * service without them, and the capability hands them back.
 */
static void lint_filter_caps(struct table *t, struct service *s)
{
	static const struct {
		const char *group;
		int cap;
		const char *cap_name;
		const char *example; /* named first when it is let through */
	} pairs[] = {
		{"@mount", K_CAP_SYS_ADMIN, "CAP_SYS_ADMIN", "mount"},
		{"@module", K_CAP_SYS_MODULE, "CAP_SYS_MODULE", "finit_module"},
		{"@raw-io", K_CAP_SYS_RAWIO, "CAP_SYS_RAWIO", "iopl"},
		{"@reboot", K_CAP_SYS_BOOT, "CAP_SYS_BOOT", "reboot"},
		{"@clock", K_CAP_SYS_TIME, "CAP_SYS_TIME", "clock_settime"},
	};
	uint32_t target = target_token(t);
	struct call_set cs;
	const char *call;
	size_t i;

	filter_read(t, s, &cs);
	for (i = 0; cs.mode && i < sizeof(pairs) / sizeof(pairs[0]); i++) {
		if (!lint_keeps(t, s, pairs[i].cap))
			continue;
		call = group_open(&cs, target, pairs[i].group, 0);
		if (!call)
			continue;
		if (call_here(target, pairs[i].example) &&
			set_has(&cs, pairs[i].example) == (cs.mode == 1))
			call = pairs[i].example;
		gen_warning("%s_SYSTEM_CALL_FILTER=\"%s\": lets %s through "
			    "(%s) while the service keeps %s, with which those "
			    "calls work: deny %s, or drop %s",
			s->stem, opt(t, s, "SYSTEM_CALL_FILTER"),
			pairs[i].group, call, pairs[i].cap_name,
			pairs[i].group, pairs[i].cap_name);
	}
	set_free(&cs);
}

/* Netlink sockets with CAP_NET_ADMIN reconfigure the network (links,
 * addresses, routes, firewall); in a network namespace of its own only
 * the service's. */
static void lint_netlink(struct table *t, struct service *s)
{
	int open[AF_CLASSES];

	if (!*opt(t, s, "RESTRICT_ADDRESS_FAMILIES") ||
		opt_on(t, s, "PRIVATE_NETWORK") ||
		!lint_keeps(t, s, K_CAP_NET_ADMIN))
		return;
	families_open(t, s, open);
	if (!open[AF_CLASS_NETLINK])
		return;
	gen_warning("%s_RESTRICT_ADDRESS_FAMILIES=\"%s\": allows AF_NETLINK "
		    "while the service keeps CAP_NET_ADMIN, with which it can "
		    "reconfigure the host's network: refuse AF_NETLINK, or "
		    "drop CAP_NET_ADMIN",
		s->stem, opt(t, s, "RESTRICT_ADDRESS_FAMILIES"));
}

/*
 * Semantic lint: policies that build but do not do what they seem to.
 * Warnings (errors under INIT_POLICY_STRICT). Capabilities are judged only
 * where a bounding set is configured, except for the plain case of a root
 * service that keeps all of them.
 */
void policy_lint(struct table *t)
{
	const char *set, *allow;
	size_t k, j;

	for (k = 0; k < t->nsvcs; k++) {
		struct service *s = &t->svcs[t->order[k]];

		set = opt(t, s, "CAPABILITY_BOUNDING_SET");
		if (s->uid == 0 && !*set)
			gen_warning("%s_CAPABILITY_BOUNDING_SET=\"\": a root "
				    "service keeps every capability (give a "
				    "list, \"~LIST\" or \"none\")",
				s->stem);
		if (s->uid == 0 && !s->protect_cgroups)
			lint_cgroup_writable(t, s);
		lint_filter_caps(t, s);
		lint_netlink(t, s);
		allow = opt(t, s, "DEVICE_ALLOW");
		if (strstr(allow, "c *:*") && strstr(allow, "b *:*"))
			gen_warning("%s_DEVICE_ALLOW=\"%s\": allows every "
				    "character and block device: the device "
				    "filter restricts nothing",
				s->stem, allow);
		/* Only a narrowed set: one that keeps everything ("" warned
		 * above, "all" chosen on purpose) can take over anything. */
		if (!*set || !strcmp(set, "all") ||
		    !keeps_cap(set, "CAP_SYS_PTRACE"))
			continue;
		for (j = 0; j < t->nsvcs; j++) {
			struct service *o = &t->svcs[j];

			if (o == s || o->uid != s->uid)
				continue;
			gen_warning("%s_CAPABILITY_BOUNDING_SET=\"%s\": keeps "
				    "CAP_SYS_PTRACE, with which the service can "
				    "take over %s (same uid %lu)",
				s->stem, set, o->id, s->uid);
			break;
		}
	}
}

void gen_exposure_txt(struct table *t, struct strbuf *sb)
{
	unsigned int sc;
	size_t k;

	sb_puts(sb, "# Exposure of each service on the scale of systemd-analyze "
		    "security (systemd 252):\n"
		    "# 0.0 PERFECT .. 10.0 DANGEROUS (generated from .config, "
		    "do not edit; items in docs/exposure.md)\n");
	for (k = 0; k < t->nsvcs; k++) {
		struct service *s = &t->svcs[t->order[k]];
		struct strbuf why = {0};

		sc = score_tenths(t, s, &why);
		sb_printf(sb, "\n%-16s %2u.%u  %s\n", s->id, sc / 10, sc % 10,
			verdict(sc));
		sb_puts(sb, sb_str(&why));
		sb_free(&why);
	}
}

void exposure_summary(struct table *t, FILE *f)
{
	unsigned int sc;
	size_t k;

	for (k = 0; k < t->nsvcs; k++) {
		struct service *s = &t->svcs[t->order[k]];

		sc = score_tenths(t, s, NULL);
		fprintf(f, "  EXPOSE  %-16s %2u.%u %s", s->id, sc / 10,
			sc % 10, verdict(sc));
		if (limit_parse(opt(t, s, "MAX_EXPOSURE")) >= 0)
			fprintf(f, " (limit %s, %s_MAX_EXPOSURE)",
				opt(t, s, "MAX_EXPOSURE"), s->stem);
		fputc('\n', f);
	}
}
