/*
 * procctx.c - rampart-gen: the process context of a service, systemd's
 * names and meanings (systemd.exec(5), "Process Properties" and
 * "Scheduling"): IGNORE_SIGPIPE (IgnoreSIGPIPE=), OOM_SCORE_ADJUST
 * (OOMScoreAdjust=), NICE (Nice=), CPU_AFFINITY (CPUAffinity=),
 * IO_SCHEDULING_CLASS and IO_SCHEDULING_PRIORITY (IOSchedulingClass=,
 * IOSchedulingPriority=), PERSONALITY (Personality=).
 * Checked here and written into the service's entry; PID 1 sets them in
 * the child while still privileged (init/procctx.c).
 *
 * This family comes last in menu order: IO_SCHEDULING_PRIORITY is checked
 * against IO_SCHEDULING_CLASS, which comes before it.
 */
#include "gen.h"

#include <stdlib.h>
#include <string.h>

/* The kernel's I/O scheduling classes (linux/ioprio.h: IOPRIO_CLASS_*),
 * indexed by their numbers. */
static const char *const io_class_names[] = {
	"none", "realtime", "best-effort", "idle", NULL};
enum { IO_CLASS_NONE, IO_CLASS_RT, IO_CLASS_BE, IO_CLASS_IDLE };
#define IO_CLASS_SHIFT 13  /* IOPRIO_CLASS_SHIFT */
#define IO_LEVEL_MAX 7	   /* IOPRIO_NR_LEVELS - 1 */
#define IO_LEVEL_DEFAULT 4 /* the kernel's and systemd's */
/* CPU_AFFINITY: Debian's kernels are built for 8192 CPUs (NR_CPUS);
 * init/procctx.c builds a mask of that many bits at most. */
#define CPU_MAX 8191

/*
 * A decimal number from lo to hi, as systemd takes Nice= and
 * OOMScoreAdjust=, but nothing it would round or guess: an optional '-',
 * digits, no leading zero, no '+', no space.  The empty string is "not
 * set" (1: inherit PID 1's); 0: *n set; -1: reported.
 */
static int value_int(const struct value *v, long lo, long hi, long *n)
{
	const char *p = v->text;
	long x = 0;
	int neg = 0;

	if (!*p)
		return 1;
	if (*p == '-') {
		neg = 1;
		p++;
	}
	if (*p < '0' || *p > '9' || (p[0] == '0' && (p[1] || neg)))
		goto bad;
	for (; *p; p++) {
		if (*p < '0' || *p > '9')
			goto bad;
		if (x <= 100000) /* far beyond every range here */
			x = x * 10 + (*p - '0');
	}
	if (neg)
		x = -x;
	if (x < lo || x > hi) {
		value_error(v, "out of range (%ld to %ld)", lo, hi);
		return -1;
	}
	*n = x;
	return 0;
bad:
	value_error(v,
		"not a decimal number (%ld to %ld, no sign but '-', no leading "
		"zero; empty: PID 1's, inherited)",
		lo, hi);
	return -1;
}

static void apply_sigpipe(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	s->sigpipe_default = !strcmp(v->text, "n");
}

static void apply_oom(struct table *t, struct service *s, const struct value *v)
{
	long n;

	(void)t;
	if (value_int(v, -1000, 1000, &n))
		return;
	s->oom_score_adjust_set = 1;
	s->oom_score_adjust = (int)n;
}

/*
 * The service's next move through its own configuration: RLIMIT_NICE
 * lets a process without CAP_SYS_NICE lower its nice value down to
 * 20 - the soft limit, and it may raise the soft limit up to the hard
 * one.  LIMITS (creds.c, before this family) may undo NICE.
 */
static void nice_limit_check(const struct service *s, const struct value *v)
{
	char hard[24];
	long floor;
	size_t i;

	for (i = 0; i < s->nlimits; i++) {
		const struct parse_rlimit *l = &s->limits[i];

		if (strcmp(parse_rlimit_names[l->which], "NICE"))
			continue;
		floor = l->hard >= 40 ? -20 : 20 - (long)l->hard;
		if (floor > 19)
			floor = 19;
		if (floor >= s->nice)
			continue;
		if (l->hard == PARSE_RLIMIT_INFINITY)
			snprintf(hard, sizeof(hard), "infinity");
		else
			snprintf(hard, sizeof(hard), "%llu",
				(unsigned long long)l->hard);
		value_warning(v,
			"%s_LIMITS' NICE hard limit %s lets the service lower "
			"its nice value to %ld itself (RLIMIT_NICE: down to 20 "
			"- the limit); a limit of at most %ld keeps this one",
			s->stem, hard, floor, 20L - s->nice);
	}
}

static void apply_nice(
	struct table *t, struct service *s, const struct value *v)
{
	long n;

	(void)t;
	if (value_int(v, -20, 19, &n))
		return;
	s->nice_set = 1;
	s->nice = (int)n;
	nice_limit_check(s, v);
}

/* One CPU number of CPU_AFFINITY: decimal, no leading zero; 0 or -1. */
static int cpu_number(const char *p, size_t len, unsigned int *n)
{
	unsigned long x = 0;
	size_t i;

	if (!len || (p[0] == '0' && len > 1))
		return -1;
	for (i = 0; i < len; i++) {
		if (p[i] < '0' || p[i] > '9')
			return -1;
		if (x <= CPU_MAX)
			x = x * 10 + (unsigned long)(p[i] - '0');
	}
	*n = x > CPU_MAX ? CPU_MAX + 1 : (unsigned int)x;
	return 0;
}

/*
 * CPUAffinity=: CPU numbers and ranges N-M, separated by spaces or
 * commas as systemd takes them; empty: PID 1's, inherited.  Stricter
 * than systemd, which merges what overlaps and takes "numa": a CPU
 * listed twice, a range backwards, an empty entry are errors.
 */
static void apply_cpu_affinity(
	struct table *t, struct service *s, const struct value *v)
{
	unsigned char seen[CPU_MAX / 8 + 1] = {0};
	const char *p = v->text, *w, *dash;
	unsigned int a, b, c;
	size_t len;

	(void)t;
	while (*p) {
		len = strcspn(p, " ,");
		w = p;
		p += len;
		if (!len) {
			value_error(v, "an empty entry (CPUs are separated by "
				       "one space or comma)");
			return;
		}
		if (*p && !p[1]) {
			value_error(v, "ends with a separator");
			return;
		}
		if (*p)
			p++;
		if (len == 4 && !strncmp(w, "numa", 4)) {
			value_error(v,
				"\"numa\": there is no NUMA policy here; "
				"list the CPUs");
			return;
		}
		dash = memchr(w, '-', len);
		if (dash ? cpu_number(w, (size_t)(dash - w), &a) ||
					cpu_number(dash + 1,
						len - (size_t)(dash - w) - 1,
						&b)
			 : cpu_number(w, len, &a)) {
			value_error(v,
				"\"%.*s\": not a CPU number or range N-M "
				"(decimal, no leading zero)",
				(int)len, w);
			return;
		}
		if (!dash)
			b = a;
		if (a > CPU_MAX || b > CPU_MAX) {
			value_error(v, "\"%.*s\": CPU out of range (0 to %d)",
				(int)len, w, CPU_MAX);
			return;
		}
		if (a > b) {
			value_error(v,
				"\"%.*s\": range backwards (write %u-%u)",
				(int)len, w, b, a);
			return;
		}
		for (c = a; c <= b; c++) {
			if (seen[c / 8] & (1U << (c % 8))) {
				value_error(v, "CPU %u listed twice", c);
				return;
			}
			seen[c / 8] |= (unsigned char)(1U << (c % 8));
		}
		if (s->ncpu_ranges == CPU_RANGES_MAX) {
			value_error(v, "more than %d entries: use ranges N-M",
				CPU_RANGES_MAX);
			return;
		}
		s->cpu_ranges[s->ncpu_ranges][0] = a;
		s->cpu_ranges[s->ncpu_ranges][1] = b;
		s->ncpu_ranges++;
	}
}

static void apply_io_class(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];
	int c;

	(void)t;
	if (!*v->text)
		return;
	if (parse_choice(v->text, io_class_names, &c, err, sizeof(err))) {
		value_error(v, "%s (or empty: PID 1's, inherited)", err);
		s->io_class_bad = 1;
		return;
	}
	s->io_class_set = 1;
	s->io_class = c;
}

/* After the class (menu order): a level the class does not have is a
 * mistake, not something to drop silently as the kernel (idle) or
 * systemd (none) would. */
static void apply_io_priority(
	struct table *t, struct service *s, const struct value *v)
{
	long n;

	(void)t;
	if (value_int(v, 0, IO_LEVEL_MAX, &n))
		return;
	if (s->io_class_set && (s->io_class == IO_CLASS_NONE ||
				       s->io_class == IO_CLASS_IDLE)) {
		value_error(v,
			"%s_IO_SCHEDULING_CLASS=\"%s\" has no priority levels "
			"(only realtime and best-effort do): leave this empty",
			s->stem, io_class_names[s->io_class]);
		return;
	}
	if (s->io_class_bad)
		return;
	if (!s->io_class_set) {
		/* systemd's: a priority alone is best-effort's */
		s->io_class_set = 1;
		s->io_class = IO_CLASS_BE;
	}
	s->io_priority_set = 1;
	s->io_priority = (int)n;
}

/*
 * Personality=: systemd's architecture names (src/basic/architecture.c),
 * each an execution domain only where it is the machine's own (PER_LINUX)
 * or its 32-bit mode (PER_LINUX32, systemd's ARCHITECTURE_SECONDARY).
 * Per TARGET_ARCH (the board's), the names that fit, native first.
 */
#define PERS_LINUX 0x0000   /* PER_LINUX (linux/personality.h) */
#define PERS_LINUX32 0x0008 /* PER_LINUX32 */
static const char *const systemd_arch_names[] = {"arm64", "arm64-be", "arm",
	"arm-be", "alpha", "arc", "arc-be", "cris", "x86-64", "x86", "ia64",
	"loongarch64", "m68k", "mips64-le", "mips64", "mips-le", "mips",
	"nios2", "parisc64", "parisc", "ppc64-le", "ppc64", "ppc", "ppc-le",
	"riscv32", "riscv64", "s390x", "s390", "sh64", "sh", "sparc64",
	"sparc", "tilegx", NULL};
static const struct {
	const char *target;	 /* TARGET_ARCH */
	const char *native;	 /* PER_LINUX */
	const char *secondary; /* PER_LINUX32, or NULL */
} target_personalities[] = {
	{"x86_64", "x86-64", "x86"},
	{"aarch64", "arm64", "arm"},
	{"arm", "arm", NULL},
	{"mipsel", "mips-le", NULL},
};

static void apply_personality(
	struct table *t, struct service *s, const struct value *v)
{
	const struct sym *sym = config_get(&t->cfg, "TARGET_ARCH");
	const char *target = sym ? sym->value : "";
	const char *const *n;
	size_t i;

	if (!*v->text)
		return;
	for (n = systemd_arch_names; *n && strcmp(*n, v->text); n++)
		;
	if (!*n) {
		const char *hint = !strcmp(v->text, "aarch64") ? " (write arm64)"
			: !strcmp(v->text, "x86_64") ? " (write x86-64)"
			: !strcmp(v->text, "i386") || !strcmp(v->text, "i686")
				? " (write x86)"
				: "";
		value_error(v,
			"not an architecture name of systemd's Personality= "
			"(x86-64, x86, arm64, arm, mips-le, ...)%s",
			hint);
		return;
	}
	for (i = 0; i < sizeof(target_personalities) /
				sizeof(target_personalities[0]);
		i++) {
		if (strcmp(target, target_personalities[i].target))
			continue;
		if (!strcmp(v->text, target_personalities[i].native)) {
			s->personality_set = 1;
			s->personality = PERS_LINUX;
			s->personality_name = v->text;
			return;
		}
		if (target_personalities[i].secondary &&
			!strcmp(v->text, target_personalities[i].secondary)) {
			s->personality_set = 1;
			s->personality = PERS_LINUX32;
			s->personality_name = v->text;
			return;
		}
		gen_error("%s_PERSONALITY on %s: \"%s\" is not an execution "
			  "domain of this target (%s%s%s, or empty)",
			s->stem, target, v->text,
			target_personalities[i].native,
			target_personalities[i].secondary ? ", " : "",
			target_personalities[i].secondary
				? target_personalities[i].secondary
				: "");
		return;
	}
	gen_error("%s_PERSONALITY=\"%s\": TARGET_ARCH=\"%s\" is not a target "
		  "whose execution domains are known (x86_64, aarch64, arm, "
		  "mipsel)",
		s->stem, v->text, target);
}

/* clang-format off */
static const struct svc_option procctx_options[] = {
	{
		.suffix = "IGNORE_SIGPIPE",
		.type = OPT_BOOL,
		.prompt = "Ignore SIGPIPE",
		.def = "y",
		.apply = apply_sigpipe,
		.help =
"As IgnoreSIGPIPE= in systemd.exec(5), on by default as there:\n"
"SIGPIPE is ignored (SIG_IGN) when the program starts, so a write\n"
"to a pipe or socket whose reader has gone fails with EPIPE instead\n"
"of killing the service. A daemon ported from systemd may rely on\n"
"it. The disposition is inherited by everything the service runs\n"
"(/proc/PID/status: SigIgn 0000000000001000); the service may\n"
"change it. n: every signal at its default, as the kernel starts\n"
"a process (SigIgn 0). Step \"ignore-sigpipe\", right after the\n"
"signal reset.",
	},
	{
		.suffix = "OOM_SCORE_ADJUST",
		.type = OPT_STRING,
		.prompt = "OOM score adjustment (-1000..1000, empty: inherit)",
		.def = "\"\"",
		.apply = apply_oom,
		.help =
"As OOMScoreAdjust= in systemd.exec(5): written to\n"
"/proc/self/oom_score_adj before the program starts, -1000 (never\n"
"chosen by the OOM killer) to 1000 (chosen first); empty: PID 1's\n"
"(0), inherited. Set while the service still has CAP_SYS_RESOURCE,\n"
"which makes the value the floor the kernel keeps\n"
"(oom_score_adj_min): without that capability the service can\n"
"raise its score but not lower it below this (EACCES). A value the\n"
"kernel refuses stops the start at step \"oom-score-adjust\" with\n"
"the errno (systemd ignores EPERM and EACCES there; rampart does\n"
"not).",
	},
	{
		.suffix = "NICE",
		.type = OPT_STRING,
		.prompt = "Nice value (-20..19, empty: inherit)",
		.def = "\"\"",
		.apply = apply_nice,
		.help =
"As Nice= in systemd.exec(5): the CPU scheduling priority, -20\n"
"(most favourable) to 19 (least); empty: PID 1's (0), inherited.\n"
"Set with setpriority(2) before the uid change, so a negative value\n"
"works for a non-root service too, as in systemd; the service,\n"
"without CAP_SYS_NICE, can then raise its nice value but not lower\n"
"it again (EACCES), unless LIMITS gives it NICE= room (RLIMIT_NICE\n"
"lets it go down to 20 - the limit: a build warning). A value the\n"
"kernel refuses stops the start at step \"nice\" with the errno\n"
"(systemd sets the closest value it can; rampart does not).",
	},
	{
		.suffix = "CPU_AFFINITY",
		.type = OPT_STRING,
		.prompt = "CPU affinity (CPU list \"0 2-3\", empty: inherit)",
		.def = "\"\"",
		.apply = apply_cpu_affinity,
		.help =
"As CPUAffinity= in systemd.exec(5): the CPUs the service may run\n"
"on, numbers and ranges N-M separated by spaces or commas (\"0 2-3\",\n"
"\"1,3\"), 0 to 8191, each CPU once; empty: PID 1's (every CPU),\n"
"inherited. Set with sched_setaffinity(2) before the program\n"
"starts. CPUs the running machine does not have are left out, as\n"
"the kernel and systemd do; when none of the listed CPUs is online\n"
"the start fails at step \"cpu-affinity\" (EINVAL). This places the\n"
"service, it does not confine it: a process may set its own\n"
"affinity to any CPU without a capability.",
	},
	{
		.suffix = "IO_SCHEDULING_CLASS",
		.type = OPT_STRING,
		.prompt = "I/O scheduling class (realtime, best-effort, idle, none)",
		.def = "\"\"",
		.apply = apply_io_class,
		.help =
"As IOSchedulingClass= in systemd.exec(5), set with ioprio_set(2):\n"
"realtime (served first; the child still has CAP_SYS_ADMIN when it\n"
"is set, the service cannot set it again without it: EPERM),\n"
"best-effort (the kernel's default class), idle (served only when\n"
"no other process needs the disk), or none (no class of its own:\n"
"the kernel schedules it best-effort at level (nice + 20) / 5, 4\n"
"for nice 0; systemd sets best-effort 4, the same unless NICE is\n"
"set). realtime and best-effort take IO_SCHEDULING_PRIORITY, 4 if\n"
"it is empty. Empty: PID 1's, inherited. The I/O schedulers that\n"
"honour it are bfq and (kernels before 5.0) cfq; mq-deadline only\n"
"tells realtime from the others. A service can move itself between\n"
"best-effort levels and idle at will (the kernel checks only\n"
"realtime): this is a priority, not a limit. Step\n"
"\"io-scheduling\".",
	},
	{
		.suffix = "IO_SCHEDULING_PRIORITY",
		.type = OPT_STRING,
		.prompt = "I/O scheduling priority (0..7, empty: 4 or inherit)",
		.def = "\"\"",
		.apply = apply_io_priority,
		.help =
"As IOSchedulingPriority= in systemd.exec(5): the level within\n"
"IO_SCHEDULING_CLASS, 0 (served first) to 7. Without a class, the\n"
"class is best-effort, as in systemd. With the class idle or none,\n"
"which have no levels, it is a build error. Empty: 4 when a class\n"
"is set, else PID 1's, inherited.",
	},
	{
		.suffix = "PERSONALITY",
		.type = OPT_STRING,
		.prompt = "Execution domain (systemd architecture name, empty: inherit)",
		.def = "\"\"",
		.apply = apply_personality,
		.help =
"As Personality= in systemd.exec(5): the execution domain the\n"
"program runs in, set with personality(2) before it starts and kept\n"
"across execve. systemd's architecture names: the target's own\n"
"(x86-64 on x86_64, arm64 on aarch64, arm on arm, mips-le on\n"
"mipsel: PER_LINUX, the default) or its 32-bit mode where the\n"
"kernel has one (x86 on x86_64, arm on aarch64: PER_LINUX32, so\n"
"uname -m says i686 or armv8l). Any other name is a build error\n"
"naming the symbol, the value and the names this target takes\n"
"(systemd ignores a name that does not fit the machine). Empty:\n"
"PID 1's (PER_LINUX), inherited. A failure stops the start at\n"
"step \"personality\". This sets a default, it does not confine: the\n"
"service may call personality(2) itself to change it back, unless\n"
"LOCK_PERSONALITY=y, which then allows only this domain (as in\n"
"systemd).",
	},
};
/* clang-format on */

const struct option_family procctx_family = {
	"process context",
	procctx_options,
	sizeof(procctx_options) / sizeof(procctx_options[0]),
};

/* The class alone: the kernel's default level for the classes that have
 * levels (systemd's too), 0 for those that have none. */
static int io_level(const struct service *s)
{
	if (s->io_priority_set)
		return s->io_priority;
	if (s->io_class == IO_CLASS_RT || s->io_class == IO_CLASS_BE)
		return IO_LEVEL_DEFAULT;
	return 0;
}

void procctx_gen_data(struct service *s, struct strbuf *sb)
{
	size_t i;

	if (!s->ncpu_ranges)
		return;
	sb_printf(sb, "static const struct svc_cpu_range svc_%s_cpus[] = {",
		s->id);
	for (i = 0; i < s->ncpu_ranges; i++)
		sb_printf(sb, "%s{%u, %u}", i ? ", " : " ", s->cpu_ranges[i][0],
			s->cpu_ranges[i][1]);
	sb_puts(sb, " };\n");
}

void procctx_gen_entry(struct service *s, struct strbuf *sb)
{
	if (s->sigpipe_default)
		sb_puts(sb,
			"\t\t.sigpipe_default = 1, /* IGNORE_SIGPIPE=n */\n");
	if (s->oom_score_adjust_set)
		sb_printf(sb,
			"\t\t.oom_score_adjust_set = 1,\n"
			"\t\t.oom_score_adjust = %d,\n",
			s->oom_score_adjust);
	if (s->nice_set)
		sb_printf(sb, "\t\t.nice_set = 1,\n\t\t.nice = %d,\n", s->nice);
	if (s->ncpu_ranges)
		sb_printf(sb,
			"\t\t.cpu_affinity = svc_%s_cpus,\n"
			"\t\t.ncpu_affinity = %zu,\n",
			s->id, s->ncpu_ranges);
	if (s->io_class_set)
		sb_printf(sb,
			"\t\t.ioprio_set = 1,\n"
			"\t\t.ioprio = (%d << %d) | %d, /* %s */\n",
			s->io_class, IO_CLASS_SHIFT, io_level(s),
			io_class_names[s->io_class]);
	if (s->personality_set)
		sb_printf(sb,
			"\t\t.personality_set = 1,\n"
			"\t\t.personality = 0x%04lx, /* %s: %s */\n",
			s->personality, s->personality_name,
			s->personality == PERS_LINUX32 ? "PER_LINUX32"
						       : "PER_LINUX");
}

void procctx_gen_txt(struct service *s, struct strbuf *sb)
{
	size_t i;

	if (s->sigpipe_default)
		sb_puts(sb, "  sigpipe default (not ignored)\n");
	if (s->oom_score_adjust_set)
		sb_printf(sb, "  oom     %d\n", s->oom_score_adjust);
	if (s->nice_set)
		sb_printf(sb, "  nice    %d\n", s->nice);
	for (i = 0; i < s->ncpu_ranges; i++) {
		sb_puts(sb, i ? " " : "  cpus    ");
		sb_printf(sb, "%u", s->cpu_ranges[i][0]);
		if (s->cpu_ranges[i][1] != s->cpu_ranges[i][0])
			sb_printf(sb, "-%u", s->cpu_ranges[i][1]);
	}
	if (s->ncpu_ranges)
		sb_putc(sb, '\n');
	if (s->io_class_set &&
		(s->io_class == IO_CLASS_RT || s->io_class == IO_CLASS_BE))
		sb_printf(sb, "  io      %s %d\n", io_class_names[s->io_class],
			io_level(s));
	else if (s->io_class_set)
		sb_printf(sb, "  io      %s\n", io_class_names[s->io_class]);
	if (s->personality_set)
		sb_printf(sb, "  persona %s\n", s->personality_name);
}
