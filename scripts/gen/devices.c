/* devices.c - rampart-gen: the device and cgroup-limit options
 * (DEVICE_ALLOW, DEVICE_POLICY, TASKS_MAX, MEMORY_MAX, CPU_QUOTA). */
#include "gen.h"

#include <stdlib.h>
#include <string.h>

const char *const svc_dev_policy_names[] = {"auto", "closed", "strict", NULL};

void options_free_devices(struct service *s)
{
	size_t i;

	for (i = 0; i < s->ndev; i++)
		free(s->dev_entries[i]);
	free(s->dev_entries);
	free(s->dev_rules);
	free(s->tasks_max);
	free(s->memory_max);
	free(s->cpu_max);
}

static int is_blank_char(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/*
 * Entries are separated by ',' (an entry holds blanks: "c 1:3 rw").
 * Only the syntax is checked here: paths and classes are resolved by PID 1
 * when the service starts (devtmpfs and /proc/devices are runtime state).
 */
static void apply_device_allow(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];
	const char *p = v->text, *end, *b, *e;
	size_t n = 1, k;

	(void)t;
	for (b = v->text; *b; b++)
		n += *b == ',';
	s->dev_entries = xcalloc(n, sizeof(*s->dev_entries));
	s->dev_rules = xcalloc(n, sizeof(*s->dev_rules));
	for (k = 0; *p || k; k++) {
		end = strchr(p, ',');
		if (!end)
			end = p + strlen(p);
		for (b = p; b < end && is_blank_char(*b); b++)
			;
		for (e = end; e > b && is_blank_char(e[-1]); e--)
			;
		if (b == e && !*end && !k)
			break; /* an empty value: no entry */
		if (b == e) {
			value_error(v, "entry %zu is empty", k + 1);
			return;
		}
		s->dev_entries[s->ndev] = xmalloc((size_t)(e - b) + 1);
		memcpy(s->dev_entries[s->ndev], b, (size_t)(e - b));
		s->dev_entries[s->ndev][e - b] = '\0';
		if (parse_dev_rule(s->dev_entries[s->ndev],
			    &s->dev_rules[s->ndev], err, sizeof(err))) {
			value_error(v, "\"%s\": %s", s->dev_entries[s->ndev],
				err);
			free(s->dev_entries[s->ndev]);
			return;
		}
		s->ndev++;
		if (s->ndev > DEV_ALLOW_MAX) {
			value_error(v, "more than %d entries", DEV_ALLOW_MAX);
			return;
		}
		if (!*end)
			break;
		p = end + 1;
	}
}

static void apply_device_policy(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	value_choice(v, svc_dev_policy_names, &s->dev_policy);
}

/* "" (unset) or "infinity" (= "max") or what check accepts. */
static int limit_unset_or_max(const struct value *v, char **out)
{
	if (!v->text[0])
		return 1;
	if (!strcmp(v->text, "infinity")) {
		*out = xstrdup("max");
		return 1;
	}
	return 0;
}

#define TASKS_MAX_MAX 4194304ULL /* PID_MAX_LIMIT */

static void apply_tasks_max(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];
	unsigned long long n;

	(void)t;
	if (limit_unset_or_max(v, &s->tasks_max))
		return;
	if (parse_uint(v->text, 1, TASKS_MAX_MAX, &n, err, sizeof(err))) {
		value_error(v, "%s (or \"infinity\")", err);
		return;
	}
	s->tasks_max = xasprintf("%llu", n);
}

static void apply_memory_max(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];
	unsigned long long n;

	(void)t;
	if (limit_unset_or_max(v, &s->memory_max))
		return;
	if (parse_bytes(v->text, &n, err, sizeof(err))) {
		value_error(v, "%s (or \"infinity\")", err);
		return;
	}
	s->memory_max = xasprintf("%llu", n);
}

/* systemd's period: 100 ms; 1% is 1 ms, the kernel's minimum quota. */
#define CPU_PERIOD_US 100000UL
#define CPU_QUOTA_PCT_MAX 100000UL /* 1000 CPUs */

static void apply_cpu_quota(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];
	unsigned long pct;

	(void)t;
	if (!v->text[0])
		return;
	if (parse_percent(v->text, 1, CPU_QUOTA_PCT_MAX, &pct, err,
		    sizeof(err))) {
		value_error(v, "%s", err);
		return;
	}
	s->cpu_max = xasprintf(
		"%lu %lu", pct * (CPU_PERIOD_US / 100), CPU_PERIOD_US);
}

/* clang-format off */
static const struct svc_option devices_options[] = {
	{
		.suffix = "DEVICE_ALLOW",
		.type = OPT_STRING,
		.prompt = "Devices allowed (DeviceAllow=)",
		.def = "\"\"",
		.apply = apply_device_allow,
		.help =
"Device nodes the service may use, as DeviceAllow= in\n"
"systemd.resource-control(5); entries separated by ',':\n"
"  /dev/PATH [ACCESS]     the node at PATH (stat when it starts)\n"
"  char-NAME [ACCESS]     every char major named NAME in\n"
"  block-NAME [ACCESS]    /proc/devices (read when it starts)\n"
"  c|b MAJOR:MINOR [ACCESS]  numbers; '*' for any; major at most\n"
"                         4095, minor at most 1048575\n"
"ACCESS: r (read), w (write), m (mknod); omitted: rwm. Entries\n"
"for the same node add up (\"/dev/null r, c 1:3 w\" is rw).\n"
"\n"
"Enforced by a cgroup-v2 BPF device program that PID 1 builds\n"
"from these rules, attaches to the service's cgroup (as one of\n"
"possibly several, so a child cgroup cannot replace it) and checks\n"
"before the service runs; with INIT_CGROUP_V1_DEVICES (kernels\n"
"without CGROUP_BPF) by the service's cgroup in the cgroup-v1\n"
"devices hierarchy at /run/cgroup/devices instead. If a path does\n"
"not exist, a class is not in /proc/devices or the program or the\n"
"v1 cgroup cannot be set up, the service does not start\n"
"(\"sandbox failed at devices\"). Access outside the rules fails\n"
"with EPERM, also for root. See DEVICE_POLICY for what is added\n"
"to this list.\n"
"\n"
"A root service with CAP_SYS_ADMIN (or CAP_BPF) can detach the\n"
"program or widen its v1 list, and uid 0 can move itself to\n"
"another cgroup: give it another USER, or drop those capabilities\n"
"and turn PROTECT_CONTROL_GROUPS on (see also the\n"
"INIT_CGROUP_V1_DEVICES help).\n"
"\n"
"Example: \"/dev/null rw, char-pts rw, c 10:200 rw\"",
	},
	{
		.suffix = "DEVICE_POLICY",
		.type = OPT_STRING,
		.prompt = "Device policy (auto, closed, strict)",
		.def = "\"auto\"",
		.apply = apply_device_policy,
		.help =
"As DevicePolicy= in systemd.resource-control(5):\n"
"  strict  only the DEVICE_ALLOW entries;\n"
"  closed  DEVICE_ALLOW, plus read and write of /dev/null,\n"
"          /dev/zero, /dev/full, /dev/random, /dev/urandom,\n"
"          /dev/tty and /dev/ptmx;\n"
"  auto    as closed when DEVICE_ALLOW is set, else no device\n"
"          restriction at all.\n"
"With strict and an empty DEVICE_ALLOW no device can be opened.\n"
"The service's stdin is /dev/null, opened once it is in its\n"
"cgroup: with strict, list \"/dev/null rw\" or it cannot start\n"
"(\"sandbox failed at stdio\").",
	},
	{
		.suffix = "TASKS_MAX",
		.type = OPT_STRING,
		.prompt = "Maximum number of tasks (TasksMax=)",
		.def = "\"\"",
		.apply = apply_tasks_max,
		.help =
"As TasksMax= in systemd.resource-control(5): how many processes\n"
"and threads the service's cgroup may hold (pids.max); a fork\n"
"beyond it fails with EAGAIN. A number from 1 to 4194304, or\n"
"\"infinity\"; empty: no limit written. If the limit cannot be\n"
"written the service does not start.",
	},
	{
		.suffix = "MEMORY_MAX",
		.type = OPT_STRING,
		.prompt = "Memory limit (MemoryMax=)",
		.def = "\"\"",
		.apply = apply_memory_max,
		.help =
"As MemoryMax= in systemd.resource-control(5): the hard memory\n"
"limit of the service's cgroup (memory.max). Beyond it the kernel\n"
"reclaims, then OOM-kills a process of this cgroup only. Bytes,\n"
"or a number with K, M, G or T (powers of 1024), or \"infinity\";\n"
"empty: no limit written. If the limit cannot be written the\n"
"service does not start.\n"
"\n"
"Example: \"64M\"",
	},
	{
		.suffix = "CPU_QUOTA",
		.type = OPT_STRING,
		.prompt = "CPU quota (CPUQuota=)",
		.def = "\"\"",
		.apply = apply_cpu_quota,
		.help =
"As CPUQuota= in systemd.resource-control(5): the CPU time the\n"
"service's cgroup may use, as a percentage of one CPU, from 1% to\n"
"100000% (above 100% for several CPUs). Written as cpu.max with\n"
"a period of 100 ms: \"20%\" is \"20000 100000\". Empty: no limit.\n"
"If the quota cannot be written the service does not start.",
	},
};
/* clang-format on */

const struct option_family devices_family = {
	"devices and cgroup limits", devices_options,
	sizeof(devices_options) / sizeof(devices_options[0]),
};
