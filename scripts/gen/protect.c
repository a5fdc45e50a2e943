/*
 * protect.c - rampart-gen: the kernel protections of systemd.exec(5),
 * PROTECT_KERNEL_TUNABLES, PROTECT_KERNEL_MODULES, PROTECT_KERNEL_LOGS,
 * PROTECT_HOSTNAME, PROTECT_PROC, PROC_SUBSET and PRIVATE_DEVICES.
 *
 * Each option is a flag PID 1 reads (init/mount.c's kernel rows and its
 * fresh /proc) plus, as in systemd, what it implies elsewhere in the
 * table: capabilities out of the bounding set, a system-call filter
 * (seccomp.c compiles it, one filter per option) and, for PRIVATE_DEVICES,
 * device rules.  This family comes after the credentials and the device
 * options in menu order, so a capability or a device the service keeps on
 * purpose is known here and a combination that defeats itself is a build
 * error naming both symbols.
 */
#include "gen.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Capability numbers (linux/capability.h; the same on every target). */
#define K_CAP_SYS_MODULE 16
#define K_CAP_SYS_RAWIO 17
#define K_CAP_MKNOD 27
#define K_CAP_SYS_ADMIN 21
#define K_CAP_SYSLOG 34

/* systemd's ProtectProc= names, indexed like enum svc_protect_proc. */
static const char *const protect_proc_names[] = {
	"default", "noaccess", "invisible", "ptraceable", NULL};
static const char *const proc_subset_names[] = {"all", "pid", NULL};

static int is_yes(const struct value *v)
{
	return !strcmp(v->text, "y");
}

static uint64_t bit(int c)
{
	return 1ULL << c;
}

/*
 * cap leaves the bounding set.  Kept on purpose (named in
 * CAPABILITY_BOUNDING_SET's list, or in AMBIENT_CAPABILITIES) is a
 * contradiction the build refuses: the option would silently win.
 */
static void drop_cap(
	struct service *s, const struct value *v, int cap, const char *name)
{
	if (s->cap_ambient & bit(cap))
		value_error(v,
			"drops %s, which %s_AMBIENT_CAPABILITIES keeps: leave "
			"one of them out",
			name, s->stem);
	if (s->cap_bounding_mode == 1 && (s->cap_bounding & bit(cap)))
		value_error(v,
			"drops %s, which %s_CAPABILITY_BOUNDING_SET lists: "
			"leave one of them out",
			name, s->stem);
	if (s->cap_bounding_mode == 0) { /* unchanged: all but this */
		s->cap_bounding_mode = 2;
		s->cap_bounding = ~0ULL;
	}
	s->cap_bounding &= ~bit(cap);
}

/* A mount-based protection a kept CAP_SYS_ADMIN can undo (a remount). */
static void admin_warning(struct service *s, const struct value *v)
{
	if (s->cap_bounding_mode == 1 &&
		(s->cap_bounding & bit(K_CAP_SYS_ADMIN)))
		value_warning(v,
			"%s_CAPABILITY_BOUNDING_SET keeps CAP_SYS_ADMIN, with "
			"which the service can remount what this makes "
			"read-only or hidden",
			s->stem);
}

static void apply_tunables(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	s->protect_kernel_tunables = is_yes(v);
	if (s->protect_kernel_tunables)
		admin_warning(s, v);
}

static void apply_modules(
	struct table *t, struct service *s, const struct value *v)
{
	s->protect_kernel_modules = is_yes(v);
	if (!s->protect_kernel_modules)
		return;
	ns_fixed_path_check(t, s, v, "/lib/modules");
	ns_fixed_path_check(t, s, v, "/usr/lib/modules");
	drop_cap(s, v, K_CAP_SYS_MODULE, "CAP_SYS_MODULE");
	seccomp_imply(s, "protect-kernel-modules", "@module");
	admin_warning(s, v);
}

static void apply_logs(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	s->protect_kernel_logs = is_yes(v);
	if (!s->protect_kernel_logs)
		return;
	drop_cap(s, v, K_CAP_SYSLOG, "CAP_SYSLOG");
	seccomp_imply(s, "protect-kernel-logs", "syslog");
	admin_warning(s, v);
}

/* Its own UTS namespace (PRIVATE_UTS), and the calls that set the names
 * refused, as systemd's ProtectHostname=yes: HOSTNAME is set by PID 1
 * before the filter, so the two go together. */
static void apply_hostname(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	s->protect_hostname = is_yes(v);
	if (!s->protect_hostname)
		return;
	s->private_uts = 1;
	seccomp_imply(s, "protect-hostname", "sethostname setdomainname");
}

static void apply_protect_proc(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	value_choice(v, protect_proc_names, &s->protect_proc);
}

static void apply_proc_subset(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	value_choice(v, proc_subset_names, &s->proc_subset);
}

/*
 * PRIVATE_DEVICES: what the private /dev holds (init/mount.c), by the
 * kernel's fixed numbers; the device program gets DEVICE_POLICY=closed
 * (systemd's standard set: these and ptmx) unless a policy was set, plus
 * "char-pts rw" for the terminals of its own devpts, as in systemd.
 */
static const struct {
	const char *path;
	long major, minor;
} private_devs[] = {
	{"/dev/null", 1, 3},
	{"/dev/zero", 1, 5},
	{"/dev/full", 1, 7},
	{"/dev/random", 1, 8},
	{"/dev/urandom", 1, 9},
	{"/dev/tty", 5, 0},
	{"/dev/ptmx", 5, 2},
};

/* Can the service reach what rule i of DEVICE_ALLOW names in its private
 * /dev?  A path or number of the set, or the pts class. */
static int private_reachable(const struct service *s, size_t i)
{
	const struct parse_dev_rule *r = &s->dev_rules[i];
	const char *name = s->dev_entries[i] + r->name;
	size_t k;

	for (k = 0; k < sizeof(private_devs) / sizeof(private_devs[0]); k++) {
		if (r->kind == PARSE_DEV_PATH &&
			r->name_len == strlen(private_devs[k].path) &&
			!strncmp(name, private_devs[k].path, r->name_len))
			return 1;
		if (r->kind == PARSE_DEV_NUMBER && r->type == 'c' &&
			r->major == private_devs[k].major &&
			r->minor == private_devs[k].minor)
			return 1;
	}
	return r->kind == PARSE_DEV_CLASS && r->type == 'c' &&
	       r->name_len == 3 && !strncmp(name, "pts", 3);
}

static void apply_private_devices(
	struct table *t, struct service *s, const struct value *v)
{
	static const char pts[] = "char-pts rw";
	char err[PARSE_ERR_MAX];
	size_t i;

	(void)t;
	s->private_devices = is_yes(v);
	if (!s->private_devices)
		return;
	for (i = 0; i < s->ndev; i++)
		if (!private_reachable(s, i))
			value_error(v,
				"the private /dev has only null, zero, full, "
				"random, urandom, tty, ptmx and pts/: "
				"%s_DEVICE_ALLOW entry \"%s\" names a device "
				"the service cannot reach (leave one of them "
				"out)",
				s->stem, s->dev_entries[i]);
	drop_cap(s, v, K_CAP_MKNOD, "CAP_MKNOD");
	drop_cap(s, v, K_CAP_SYS_RAWIO, "CAP_SYS_RAWIO");
	seccomp_imply(s, "private-devices", "@raw-io");
	admin_warning(s, v);
	if (s->dev_policy == DEV_POLICY_AUTO)
		s->dev_policy = DEV_POLICY_CLOSED;
	s->dev_entries = xrealloc(
		s->dev_entries, (s->ndev + 1) * sizeof(*s->dev_entries));
	s->dev_rules =
		xrealloc(s->dev_rules, (s->ndev + 1) * sizeof(*s->dev_rules));
	s->dev_entries[s->ndev] = xstrdup(pts);
	if (parse_dev_rule(pts, &s->dev_rules[s->ndev], err, sizeof(err)))
		gen_fatal("%s: %s", pts, err);
	s->dev_rules[s->ndev].optional = 1;
	s->ndev++;
}

/* -- output -- */

static const char *const protect_proc_enums[] = {"SVC_PROTECT_PROC_DEFAULT",
	"SVC_PROTECT_PROC_NOACCESS", "SVC_PROTECT_PROC_INVISIBLE",
	"SVC_PROTECT_PROC_PTRACEABLE"};

void protect_gen_entry(struct service *s, struct strbuf *sb)
{
	if (s->protect_kernel_tunables)
		sb_puts(sb, "\t\t.protect_kernel_tunables = 1,\n");
	if (s->protect_kernel_modules)
		sb_puts(sb, "\t\t.protect_kernel_modules = 1,\n");
	if (s->protect_kernel_logs)
		sb_puts(sb, "\t\t.protect_kernel_logs = 1,\n");
	if (s->protect_hostname)
		sb_puts(sb, "\t\t.protect_hostname = 1,\n");
	if (s->protect_proc)
		sb_printf(sb, "\t\t.protect_proc = %s,\n",
			protect_proc_enums[s->protect_proc]);
	if (s->proc_subset)
		sb_puts(sb, "\t\t.proc_subset = 1,\n");
	if (s->private_devices)
		sb_puts(sb, "\t\t.private_devices = 1,\n");
}

/* services.txt (make policy): what each option became, the capabilities
 * and filters it implied included (those show in their own lines too). */
void protect_gen_txt(struct service *s, struct strbuf *sb)
{
	if (s->protect_kernel_tunables)
		sb_puts(sb, "  protect kernel-tunables (/proc/sys, /sys, ... "
			    "read-only; /proc/kallsyms, /proc/kcore hidden)\n");
	if (s->protect_kernel_modules)
		sb_puts(sb, "  protect kernel-modules (/lib/modules, "
			    "/usr/lib/modules hidden; CAP_SYS_MODULE out; "
			    "@module EPERM)\n");
	if (s->protect_kernel_logs)
		sb_puts(sb, "  protect kernel-logs (/proc/kmsg, /dev/kmsg "
			    "hidden; CAP_SYSLOG out; syslog EPERM)\n");
	if (s->protect_hostname)
		sb_puts(sb, "  protect hostname (own UTS namespace; "
			    "sethostname, setdomainname EPERM)\n");
	if (s->private_devices)
		sb_puts(sb, "  private devices (/dev: null zero full random "
			    "urandom tty, pts ptmx shm mqueue; CAP_MKNOD, "
			    "CAP_SYS_RAWIO out; @raw-io EPERM)\n");
	if (s->protect_proc || s->proc_subset)
		sb_printf(sb, "  proc    hidepid=%s subset=%s\n",
			s->protect_proc ? protect_proc_names[s->protect_proc]
					: "off",
			s->proc_subset ? "pid" : "all");
}

/*
 * The options, in menu order.  Help lines are at most 68 characters.
 */
/* clang-format off */
static const struct svc_option protect_options[] = {
	{
		.suffix = "PROTECT_KERNEL_TUNABLES",
		.type = OPT_BOOL,
		.prompt = "Kernel tunables read-only (/proc/sys, /sys)",
		.def = "n",
		.apply = apply_tunables,
		.help =
"As ProtectKernelTunables= in systemd.exec(5): in the service's own\n"
"mount namespace, /proc/sys, /proc/sysrq-trigger, /proc/irq,\n"
"/proc/acpi, /proc/apm, /proc/asound, /proc/bus, /proc/fs,\n"
"/proc/latency_stats, /proc/mtrr, /proc/scsi, /proc/timer_stats and\n"
"the whole of /sys are read-only (those the kernel lacks are\n"
"skipped), and /proc/kallsyms and /proc/kcore are inaccessible. The\n"
"cgroup hierarchies below /sys keep what they were\n"
"(PROTECT_CONTROL_GROUPS decides about them). It applies to the /proc\n"
"and /sys the service sees, the fresh ones of its PID and network\n"
"namespaces included. A root service that keeps CAP_SYS_ADMIN can\n"
"remount them (a warning when CAPABILITY_BOUNDING_SET names it).",
	},
	{
		.suffix = "PROTECT_KERNEL_MODULES",
		.type = OPT_BOOL,
		.prompt = "Deny loading kernel modules",
		.def = "n",
		.apply = apply_modules,
		.help =
"As ProtectKernelModules= in systemd.exec(5): /lib/modules and\n"
"/usr/lib/modules are inaccessible, CAP_SYS_MODULE leaves the\n"
"bounding set, and the calls of @module (init_module, finit_module,\n"
"delete_module) fail with EPERM by a system-call filter of their\n"
"own, so even a capability regained cannot load a module. Listing\n"
"CAP_SYS_MODULE in CAPABILITY_BOUNDING_SET or AMBIENT_CAPABILITIES\n"
"beside it is a build error. Modules the kernel loads on demand\n"
"(request_module) are not affected.",
	},
	{
		.suffix = "PROTECT_KERNEL_LOGS",
		.type = OPT_BOOL,
		.prompt = "Deny access to the kernel log",
		.def = "n",
		.apply = apply_logs,
		.help =
"As ProtectKernelLogs= in systemd.exec(5): /dev/kmsg and /proc/kmsg\n"
"are inaccessible, CAP_SYSLOG leaves the bounding set, and syslog(2)\n"
"fails with EPERM by a system-call filter. Listing CAP_SYSLOG in\n"
"CAPABILITY_BOUNDING_SET or AMBIENT_CAPABILITIES beside it is a\n"
"build error. The service's own output still reaches the log\n"
"through PID 1.",
	},
	{
		.suffix = "PROTECT_HOSTNAME",
		.type = OPT_BOOL,
		.prompt = "Deny changing the hostname",
		.def = "n",
		.apply = apply_hostname,
		.help =
"As ProtectHostname=yes in systemd.exec(5): the service gets a UTS\n"
"namespace of its own (PRIVATE_UTS, set by this option), its\n"
"/proc/sys/kernel/hostname and domainname are read-only, and\n"
"sethostname(2) and setdomainname(2) fail with EPERM by a\n"
"system-call filter. A name set with HOSTNAME (which needs\n"
"PRIVATE_UTS=y itself) is set by PID 1 before the filter.",
	},
	{
		.suffix = "PROTECT_PROC",
		.type = OPT_STRING,
		.prompt = "Processes visible in /proc (default, invisible, ...)",
		.def = "\"default\"",
		.apply = apply_protect_proc,
		.help =
"As ProtectProc= in systemd.exec(5), the hidepid= of the service's\n"
"own /proc: \"default\" shows every process of its PID namespace;\n"
"\"noaccess\" hides the details (/proc/PID/*) of processes the\n"
"service may not ptrace; \"invisible\" hides those processes\n"
"altogether; \"ptraceable\" shows only the ones it may ptrace.\n"
"Any value but \"default\" gives the service its own mount and PID\n"
"namespaces and a fresh /proc with the option; a kernel older than\n"
"5.8, which cannot set it per instance, fails the service (the\n"
"\"proc\" step) rather than showing more.",
	},
	{
		.suffix = "PROC_SUBSET",
		.type = OPT_STRING,
		.prompt = "What else /proc shows (all, pid)",
		.def = "\"all\"",
		.apply = apply_proc_subset,
		.help =
"As ProcSubset= in systemd.exec(5): \"pid\" mounts the service's\n"
"/proc with subset=pid, so only the process directories are there:\n"
"no /proc/sys, /proc/kallsyms, /proc/kcore, /proc/kmsg, ... (nothing\n"
"of the kernel's own state). \"all\" shows everything. Like\n"
"PROTECT_PROC it needs kernel 5.8 or the service fails to start.",
	},
	{
		.suffix = "PRIVATE_DEVICES",
		.type = OPT_BOOL,
		.prompt = "A minimal /dev of its own",
		.def = "n",
		.apply = apply_private_devices,
		.help =
"As PrivateDevices= in systemd.exec(5): the service's /dev is a\n"
"tmpfs of its own holding only null, zero, full, random, urandom\n"
"and tty (PID 1's nodes, each checked to be the device of its\n"
"number: a swapped node fails the service), a devpts instance of its\n"
"own (pts/, ptmx), shm and mqueue instances of its own, and the\n"
"stdin, stdout, stderr and fd links; the tmpfs is read-only once\n"
"filled. CAP_MKNOD and CAP_SYS_RAWIO leave the bounding set, the\n"
"@raw-io calls (ioperm, iopl, pciconfig_*, ...) fail with EPERM,\n"
"and the device program allows systemd's standard set plus\n"
"\"char-pts rw\" (DEVICE_POLICY=auto becomes closed). A DEVICE_ALLOW\n"
"entry for any other device is a build error: the service could not\n"
"reach it.",
	},
};
/* clang-format on */

const struct option_family protect_family = {
	"kernel protections",
	protect_options,
	sizeof(protect_options) / sizeof(protect_options[0]),
};
