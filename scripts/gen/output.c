/* output.c - writes config.h, services.c, services.txt (and the test hook's
 * test_faults.c) for PID 1. */
#include "gen.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

static const char header[] = "/* generated from .config, do not edit */\n";

static const char *const type_enums[] = {
	"SVC_TYPE_SIMPLE",
	"SVC_TYPE_ONESHOT",
	"SVC_TYPE_NOTIFY",
	"SVC_TYPE_NOTIFY_FD",
};
static const char *const restart_enums[] = {
	"SVC_RESTART_NO",
	"SVC_RESTART_ON_FAILURE",
	"SVC_RESTART_ALWAYS",
};
static const char *const output_enums[] = {
	"SVC_OUTPUT_LOG",
	"SVC_OUTPUT_CONSOLE",
	"SVC_OUTPUT_NULL",
};
static const char *const action_enums[] = {
	"SVC_ACTION_NONE",
	"SVC_ACTION_POWEROFF",
	"SVC_ACTION_REBOOT",
	"SVC_ACTION_HALT",
};

static int is_global(const char *name)
{
	return !strncmp(name, "TARGET_", 7) || !strncmp(name, "INIT_", 5) ||
	       !strncmp(name, "IMAGE_", 6);
}

/* The DEVICE_ALLOW path rules of every service with a device program. */
static size_t dev_path_rules(const struct table *t)
{
	const struct service *s;
	size_t i, k, n = 0;

	for (i = 0; i < t->nsvcs; i++) {
		s = &t->svcs[i];
		if (!dev_filter(s))
			continue;
		for (k = 0; k < s->ndev; k++)
			n += s->dev_rules[k].kind == PARSE_DEV_PATH;
	}
	return n;
}

/* Every TARGET_, INIT_ and IMAGE_ symbol, so PID 1 writes if (CFG_X). */
static void gen_config_h(struct table *t, struct strbuf *sb)
{
	const struct sym *sym;
	size_t i;

	sb_puts(sb, header);
	sb_puts(sb, "#ifndef RAMPART_CONFIG_H\n#define RAMPART_CONFIG_H\n\n");
	for (i = 0; i < t->cfg.nsyms; i++) {
		sym = &t->cfg.syms[i];
		if (!is_global(sym->name))
			continue;
		sb_printf(sb, "#define CFG_%s ", sym->name);
		if (sym->quoted)
			sb_c_string(sb, sym->value);
		else if (!strcmp(sym->value, "y") || !strcmp(sym->value, "m"))
			sb_putc(sb, '1');
		else if (!strcmp(sym->value, "n"))
			sb_putc(sb, '0');
		else if (sym->value[0] == '-')
			sb_printf(sb, "(%s)", sym->value);
		else
			sb_puts(sb, sym->value);
		sb_putc(sb, '\n');
	}
	control_gen_config(sb);
	logs_gen_config(sb);
	sb_printf(sb, "#define CFG_SVC_COUNT %zu\n", t->nsvcs);
	/* PID 1 pins every path rule in a static slot of its own (devices.c):
	 * this many slots. */
	sb_printf(sb, "#define CFG_DEV_PATH_RULES %zu\n\n#endif\n",
		dev_path_rules(t));
}

void gen_strings(
	struct strbuf *sb, const char *id, const char *what, char **list)
{
	sb_printf(sb, "static const char *const svc_%s_%s[] = {\n", id, what);
	for (; *list; list++) {
		sb_putc(sb, '\t');
		sb_c_string(sb, *list);
		sb_puts(sb, ",\n");
	}
	sb_puts(sb, "\tNULL,\n};\n");
}


/* -- devices and cgroup limits -- */

/*
 * DEVICE_POLICY=closed (and auto with DEVICE_ALLOW) adds systemd's
 * standard pseudo-devices.  Their numbers are fixed by the kernel
 * (Documentation/admin-guide/devices.txt), so they need no runtime lookup.
 */
static const struct {
	const char *name;
	int major, minor;
} dev_pseudo[] = {
	{"/dev/null", 1, 3}, {"/dev/zero", 1, 5}, {"/dev/full", 1, 7},
	{"/dev/random", 1, 8}, {"/dev/urandom", 1, 9}, {"/dev/tty", 5, 0},
	{"/dev/ptmx", 5, 2},
};
#define DEV_NPSEUDO (sizeof(dev_pseudo) / sizeof(dev_pseudo[0]))

/* 0: no device program; 1: a program (possibly denying everything). */
int dev_filter(const struct service *s)
{
	return s->dev_policy != DEV_POLICY_AUTO || s->ndev;
}

static int dev_pseudo_added(const struct service *s)
{
	return s->dev_policy == DEV_POLICY_CLOSED ||
	       (s->dev_policy == DEV_POLICY_AUTO && s->ndev);
}

static void dev_access_str(unsigned int a, char *buf)
{
	char *o = buf;

	if (a & PARSE_DEV_R)
		*o++ = 'r';
	if (a & PARSE_DEV_W)
		*o++ = 'w';
	if (a & PARSE_DEV_M)
		*o++ = 'm';
	*o = '\0';
}

static size_t dev_nrules(const struct service *s)
{
	return s->ndev + (dev_pseudo_added(s) ? DEV_NPSEUDO : 0);
}

static void gen_dev_rules(struct service *s, struct strbuf *sb)
{
	struct parse_dev_rule *r;
	char name[PARSE_PATH_MAX];
	size_t i;

	if (!dev_filter(s) || !dev_nrules(s))
		return;
	sb_printf(sb, "static const struct svc_dev_rule svc_%s_dev[] = {\n",
		s->id);
	for (i = 0; i < s->ndev; i++) {
		r = &s->dev_rules[i];
		sb_puts(sb, "\t{");
		if (r->kind != PARSE_DEV_NUMBER) {
			memcpy(name, s->dev_entries[i] + r->name, r->name_len);
			name[r->name_len] = '\0';
			sb_puts(sb, r->kind == PARSE_DEV_PATH ? ".path = " :
								".class = ");
			sb_c_string(sb, name);
			sb_puts(sb, ", ");
		}
		if (r->type)
			sb_printf(sb, ".type = '%c', ", r->type);
		if (r->optional)
			sb_puts(sb, ".optional = 1, ");
		sb_printf(sb, ".major = %ld, .minor = %ld, .access = %u},\n",
			r->major, r->minor, r->access);
	}
	if (dev_pseudo_added(s)) {
		sb_puts(sb, "\t/* DEVICE_POLICY: the standard pseudo-devices */\n");
		for (i = 0; i < DEV_NPSEUDO; i++)
			sb_printf(sb,
				"\t{.type = 'c', .major = %d, .minor = %d, "
				".access = %u}, /* %s */\n",
				dev_pseudo[i].major, dev_pseudo[i].minor,
				PARSE_DEV_R | PARSE_DEV_W, dev_pseudo[i].name);
	}
	sb_puts(sb, "};\n");
}

static void gen_dev_entry(struct service *s, struct strbuf *sb)
{
	if (dev_filter(s)) {
		sb_puts(sb, "\t\t.dev_filter = 1,\n");
		if (dev_nrules(s))
			sb_printf(sb, "\t\t.dev_rules = svc_%s_dev,\n", s->id);
		sb_printf(sb, "\t\t.ndev_rules = %zu,\n", dev_nrules(s));
	}
	if (s->tasks_max)
		sb_printf(sb, "\t\t.tasks_max = \"%s\",\n", s->tasks_max);
	if (s->memory_max)
		sb_printf(sb, "\t\t.memory_max = \"%s\",\n", s->memory_max);
	if (s->cpu_max)
		sb_printf(sb, "\t\t.cpu_max = \"%s\",\n", s->cpu_max);
}

static void gen_dev_txt(struct service *s, struct strbuf *sb)
{
	char acc[8];
	size_t i;

	if (dev_filter(s)) {
		sb_printf(sb, "  devices %s:", svc_dev_policy_names[s->dev_policy]);
		for (i = 0; i < s->ndev; i++) {
			sb_puts(sb, i ? ", " : " ");
			sb_puts(sb, s->dev_entries[i]);
		}
		if (dev_pseudo_added(s))
			for (i = 0; i < DEV_NPSEUDO; i++) {
				dev_access_str(PARSE_DEV_R | PARSE_DEV_W, acc);
				sb_printf(sb, "%s%s %s", i || s->ndev ? ", " : " ",
					dev_pseudo[i].name, acc);
			}
		if (!dev_nrules(s))
			sb_puts(sb, " (none)");
		sb_putc(sb, '\n');
	}
	if (s->tasks_max)
		sb_printf(sb, "  pids.max    %s\n", s->tasks_max);
	if (s->memory_max)
		sb_printf(sb, "  memory.max  %s\n", s->memory_max);
	if (s->cpu_max)
		sb_printf(sb, "  cpu.max     %s\n", s->cpu_max);
}

static void gen_service_data(struct service *s, struct strbuf *sb)
{
	size_t i;

	sb_printf(sb, "/* %s */\n", s->id);
	gen_strings(sb, s->id, "argv", s->argv);
	gen_strings(sb, s->id, "envp", s->envp);
	execcmds_gen_data(s, sb); /* EXEC_CONDITION, _START_PRE, _POST */
	sb_printf(sb, "static const gid_t svc_%s_groups[] = {", s->id);
	for (i = 0; i < s->ngroups; i++)
		sb_printf(sb, "%s%lu", i ? ", " : " ", s->groups[i]);
	sb_puts(sb, " };\n");
	if (s->nafter) {
		sb_printf(sb, "static const unsigned short svc_%s_after[] = {",
			s->id);
		for (i = 0; i < s->nafter; i++)
			sb_printf(sb, "%s%zu", i ? ", " : " ",
				s->after_sorted[i]);
		sb_puts(sb, " };\n");
	}
	gen_dev_rules(s, sb); /* devices and cgroup limits */
	if (s->nmounts) {
		sb_printf(sb, "static const unsigned char svc_%s_mounts[] = {",
			s->id);
		for (i = 0; i < s->nmounts; i++)
			sb_printf(sb, "%s%zu", i ? ", " : " ", s->mounts[i]);
		sb_puts(sb, " };\n");
	}
	creds_gen_data(s, sb);
	control_gen_data(s, sb);
	logs_gen_data(s, sb);
	seccomp_gen_data(s, sb);
	dirs_gen_data(s, sb); /* service directories */
	credentials_gen_data(s, sb); /* LOAD_CREDENTIAL, SET_CREDENTIAL */
	procctx_gen_data(s, sb); /* process context */
	sb_putc(sb, '\n');
}

/* INIT_MOUNTS, flags as numbers (services.c includes no libc header)
 * with their names in a comment. */
static void gen_mounts(struct table *t, struct strbuf *sb)
{
	struct mount_entry *m;
	size_t k;

	sb_puts(sb, "const struct init_mount init_mounts[] = {\n");
	for (k = 0; k < t->nmounts; k++) {
		m = &t->mounts[k];
		sb_puts(sb, "\t{\n\t\t.source = ");
		sb_c_string(sb, m->source);
		sb_puts(sb, ",\n\t\t.target = ");
		sb_c_string(sb, m->target);
		sb_puts(sb, ",\n\t\t.fstype = ");
		sb_c_string(sb, m->fstype);
		sb_printf(sb, ",\n\t\t.flags = 0x%lx, /* %s */\n", m->flags,
			m->flag_names);
		if (m->data) {
			sb_puts(sb, "\t\t.data = ");
			sb_c_string(sb, m->data);
			sb_puts(sb, ",\n");
		}
		sb_puts(sb, "\t},\n");
	}
	if (!t->nmounts)
		sb_puts(sb, "\t{ .target = NULL },\n");
	sb_printf(sb, "};\n\nconst unsigned int init_mount_count = %zu;\n",
		t->nmounts);
}

/* -- namespaces and filesystem -- */
void gen_path_list(struct strbuf *sb, const char *field, char **paths,
	size_t n)
{
	size_t i;

	if (!n)
		return;
	sb_printf(sb, "\t\t.%s = (const char *const[]){", field);
	for (i = 0; i < n; i++) {
		sb_putc(sb, ' ');
		sb_c_string(sb, paths[i]);
		sb_putc(sb, ',');
	}
	sb_puts(sb, " NULL },\n");
}

static void gen_ns_entry(struct service *s, struct strbuf *sb)
{
	if (s->private_network)
		sb_puts(sb, "\t\t.private_network = 1,\n");
	if (s->private_tmp) {
		sb_puts(sb, "\t\t.private_tmp = 1,\n");
		sb_printf(sb, "\t\t.private_tmp_kib = %lu,\n",
			s->private_tmp_kib);
	}
	if (s->private_pids)
		sb_puts(sb, "\t\t.private_pids = 1,\n");
	if (s->private_ipc)
		sb_puts(sb, "\t\t.private_ipc = 1,\n");
	if (s->private_uts)
		sb_puts(sb, "\t\t.private_uts = 1,\n");
	if (s->private_mounts)
		sb_puts(sb, "\t\t.private_mounts = 1,\n");
	if (s->protect_cgroups)
		sb_puts(sb, "\t\t.protect_cgroups = 1,\n");
	if (s->hostname) {
		sb_puts(sb, "\t\t.hostname = ");
		sb_c_string(sb, s->hostname);
		sb_puts(sb, ",\n");
	}
	if (s->root_directory) {
		sb_puts(sb, "\t\t.root_directory = ");
		sb_c_string(sb, s->root_directory);
		sb_puts(sb, ",\n");
	}
	if (s->mount_api_vfs)
		sb_printf(sb, "\t\t.mount_api_vfs = %s,\n",
			s->mount_api_vfs == 1 ? "SVC_MOUNT_API_VFS_YES"
					      : "SVC_MOUNT_API_VFS_NO");
	gen_path_list(sb, "read_only_paths", s->read_only_paths,
		s->nread_only_paths);
	gen_path_list(sb, "inaccessible_paths", s->inaccessible_paths,
		s->ninaccessible_paths);
}

/* services.txt lines of the namespace options, only those set. */
static void gen_ns_txt(struct service *s, struct strbuf *sb)
{
	size_t i;

	if (s->root_directory) {
		sb_puts(sb, "  root    ");
		sb_shell_word(sb, s->root_directory);
		sb_putc(sb, '\n');
	}
	if (s->mount_api_vfs == 1)
		sb_puts(sb, "  api-vfs yes (/proc own, /sys /dev PID 1's, "
			    "/run fresh tmpfs)\n");
	else if (s->mount_api_vfs == 2)
		sb_puts(sb, "  api-vfs no (no /proc, /sys, /run in the root)\n");
	if (s->private_network || s->private_tmp || s->private_pids ||
		s->private_ipc || s->private_uts || s->private_mounts) {
		sb_puts(sb, "  private");
		if (s->private_network)
			sb_puts(sb, " network");
		if (s->private_tmp)
			sb_printf(sb, " tmp(%luk)", s->private_tmp_kib);
		if (s->private_pids)
			sb_puts(sb, " pids");
		if (s->private_ipc)
			sb_puts(sb, " ipc");
		if (s->private_uts)
			sb_puts(sb, " uts");
		if (s->private_mounts)
			sb_puts(sb, " mounts");
		sb_putc(sb, '\n');
	}
	if (s->hostname)
		sb_printf(sb, "  hostname %s\n", s->hostname);
	if (s->protect_cgroups)
		sb_puts(sb, "  protect control-groups (read-only)\n");
	for (i = 0; i < s->nread_only_paths; i++) {
		sb_puts(sb, i ? "          " : "  ro      ");
		sb_shell_word(sb, s->read_only_paths[i]);
		sb_putc(sb, '\n');
	}
	for (i = 0; i < s->ninaccessible_paths; i++) {
		sb_puts(sb, i ? "          " : "  hidden  ");
		sb_shell_word(sb, s->inaccessible_paths[i]);
		sb_putc(sb, '\n');
	}
}

static void gen_service_entry(struct service *s, struct strbuf *sb)
{
	sb_puts(sb, "\t{\n\t\t.id = ");
	sb_c_string(sb, s->id);
	sb_printf(sb, ",\n\t\t.argv = svc_%s_argv,\n", s->id);
	sb_printf(sb, "\t\t.envp = svc_%s_envp,\n", s->id);
	execcmds_gen_entry(s, sb);
	sb_puts(sb, "\t\t.workdir = ");
	sb_c_string(sb, s->workdir);
	sb_printf(sb, ",\n\t\t.uid = %lu,\n", s->uid);
	sb_printf(sb, "\t\t.gid = %lu,\n", s->gid);
	sb_printf(sb, "\t\t.groups = svc_%s_groups,\n", s->id);
	sb_printf(sb, "\t\t.ngroups = %zu,\n", s->ngroups);
	sb_printf(sb, "\t\t.umask = 0%03o,\n", s->umask);
	sb_printf(sb, "\t\t.type = %s,\n", type_enums[s->type]);
	sb_printf(sb, "\t\t.restart = %s,\n", restart_enums[s->restart]);
	sb_printf(sb, "\t\t.output = %s,\n", output_enums[s->output]);
	stdio_gen_entry(s, sb); /* STANDARD_*, EXEC_SEARCH_PATH, PASS_ENV.. */
	if (s->send_sighup)
		sb_puts(sb, "\t\t.send_sighup = 1,\n");
	if (s->success_action)
		sb_printf(sb, "\t\t.success_action = %s,\n",
			action_enums[s->success_action]);
	if (s->failure_action)
		sb_printf(sb, "\t\t.failure_action = %s,\n",
			action_enums[s->failure_action]);

	ready_gen_entry(s, sb); /* readiness */

	/* -- namespaces and filesystem -- */
	gen_ns_entry(s, sb);
	paths_gen_entry(s, sb);

	/* -- kernel protections -- */
	protect_gen_entry(s, sb);

	/* -- service directories -- */
	dirs_gen_entry(s, sb);

	/* -- credentials: LOAD_CREDENTIAL, SET_CREDENTIAL -- */
	credentials_gen_entry(s, sb);

	/* -- credentials, capabilities, rlimits -- */
	creds_gen_entry(s, sb);

	/* -- system-call filters -- */
	seccomp_gen_entry(s, sb);

	/* -- devices and cgroup limits -- */
	gen_dev_entry(s, sb);

	/* -- shutdown policy, required mounts -- */
	if (s->may_shutdown)
		sb_puts(sb, "\t\t.may_shutdown = 1,\n");
	if (s->nmounts) {
		sb_printf(sb, "\t\t.mounts = svc_%s_mounts,\n", s->id);
		sb_printf(sb, "\t\t.nmounts = %zu,\n", s->nmounts);
	}

	/* -- runtime control -- */
	control_gen_entry(s, sb);
	logs_gen_entry(s, sb);

	/* -- start limits -- */
	startlimit_gen_entry(s, sb);

	/* -- process context -- */
	procctx_gen_entry(s, sb);

	/* -- end of restrictions -- */
	if (s->nafter) {
		sb_printf(sb, "\t\t.after = svc_%s_after,\n", s->id);
		sb_printf(sb, "\t\t.nafter = %zu,\n", s->nafter);
	}
	sb_puts(sb, "\t},\n");
}

/*
 * INIT_CGROUP_V1_DEVICES: the same rules, another mechanism with other
 * limits (docs/architecture.md).  Said in services.c and services.txt, so
 * the policy digest and `make policy` tell the two apart.
 */
static int devices_v1(const struct table *t)
{
	const struct sym *sym = config_get(&t->cfg, "INIT_CGROUP_V1_DEVICES");

	return sym && !strcmp(sym->value, "y");
}

static void gen_services_body(struct table *t, struct strbuf *sb)
{
	size_t k;

	sb_puts(sb, header);
	sb_puts(sb, "#include <stddef.h>\n\n#include \"service.h\"\n\n");
	if (devices_v1(t))
		sb_puts(sb, "/* DEVICE_ALLOW, DEVICE_POLICY: the cgroup-v1 devices "
			    "controller (INIT_CGROUP_V1_DEVICES) */\n\n");
	for (k = 0; k < t->nsvcs; k++)
		gen_service_data(&t->svcs[t->order[k]], sb);
	sb_puts(sb,
		"/* In start order: each service after those in its AFTER. */\n");
	sb_puts(sb, "const struct svc svc_table[] = {\n");
	for (k = 0; k < t->nsvcs; k++)
		gen_service_entry(&t->svcs[t->order[k]], sb);
	/* C has no empty array: a zeroed entry that svc_count excludes. */
	if (!t->nsvcs)
		sb_puts(sb, "\t{ .id = NULL },\n");
	sb_printf(
		sb, "};\n\nconst unsigned int svc_count = %zu;\n\n", t->nsvcs);
	sb_puts(sb, "const char *const init_modules[] = {\n");
	for (k = 0; k < t->nmodules; k++) {
		sb_putc(sb, '\t');
		sb_c_string(sb, t->modules[k]);
		sb_puts(sb, ",\n");
	}
	sb_puts(sb, "\tNULL,\n};\n\n");
	credentials_gen_store(sb);
	gen_mounts(t, sb);
}

/*
 * The policy digest: FNV-1a (64 bits) of the generated table's text, so the
 * same policy always gives the same digest. PID 1 logs it at boot, and
 * services.txt and the init binary's .rampart_policy section carry it, so a
 * running box can be matched to the policy it was built with.
 */
static unsigned long long policy_digest(struct table *t)
{
	struct strbuf body = {0};
	unsigned long long h = 0xcbf29ce484222325ULL;
	size_t i;

	gen_services_body(t, &body);
	for (i = 0; i < body.len; i++) {
		h ^= (unsigned char)body.s[i];
		h *= 0x100000001b3ULL;
	}
	sb_free(&body);
	return h;
}

static void gen_services_c(struct table *t, struct strbuf *sb)
{
	gen_services_body(t, sb);
	sb_printf(sb, "\nconst char svc_policy_digest[] = \"%016llx\";\n",
		policy_digest(t));
}

static void gen_words(struct strbuf *sb, char **words)
{
	for (; *words; words++) {
		sb_putc(sb, ' ');
		sb_shell_word(sb, *words);
	}
}

static void gen_services_txt(struct table *t, struct strbuf *sb)
{
	struct service *s;
	size_t k, i;

	sb_puts(sb, "# generated from .config, do not edit\n");
	sb_printf(sb, "# policy %016llx\n", policy_digest(t));
	sb_printf(sb, "# %zu services, in start order\n", t->nsvcs);
	if (devices_v1(t))
		sb_puts(sb, "# devices enforced by the cgroup-v1 devices "
			    "controller (INIT_CGROUP_V1_DEVICES)\n");
	for (k = 0; k < t->nsvcs; k++) {
		s = &t->svcs[t->order[k]];
		sb_printf(sb, "\n%zu %s\n", k, s->id);
		execcmds_gen_txt(s, sb); /* before the main process */
		sb_puts(sb, "  argv   ");
		gen_words(sb, s->argv);
		execcmds_gen_txt_post(s, sb); /* after it started */
		sb_printf(sb, "\n  user    %lu:%lu", s->uid, s->gid);
		if (s->pw)
			sb_printf(sb, " (%s%s)", s->pw->name,
				dynuser_is(s->pw) ? ", dynamic" : "");
		sb_puts(sb, "\n  groups ");
		for (i = 0; i < s->ngroups; i++)
			sb_printf(sb, " %lu", s->groups[i]);
		sb_printf(sb, "\n  type    %s\n", svc_type_names[s->type]);
		sb_printf(sb, "  restart %s\n", svc_restart_names[s->restart]);
		ready_gen_txt(s, sb); /* readiness */
		sb_puts(sb, "  after  ");
		for (i = 0; i < s->nafter; i++)
			sb_printf(sb, " %s", t->svcs[s->after[i]].id);
		if (!s->nafter)
			sb_puts(sb, " -");
		sb_printf(sb, "\n  output  %s\n", svc_output_names[s->output]);
		stdio_gen_txt(s, sb);
		/* only when set: most services have none */
		if (s->success_action)
			sb_printf(sb, "  success %s\n",
				svc_action_names[s->success_action]);
		if (s->failure_action)
			sb_printf(sb, "  failure %s\n",
				svc_action_names[s->failure_action]);
		sb_puts(sb, "  workdir ");
		sb_shell_word(sb, s->workdir);
		sb_printf(sb, "\n  umask   0%03o\n", s->umask);
		if (s->may_shutdown)
			sb_puts(sb, "  may shut the machine down\n");
		control_gen_txt(s, sb);
		logs_gen_txt(s, sb);
		for (i = 0; i < s->nmounts; i++)
			sb_printf(sb, "  needs   %s mounted\n",
				t->mounts[s->mounts[i]].target);
		/* -- namespaces and filesystem -- */
		gen_ns_txt(s, sb);
		paths_gen_txt(s, sb);
		protect_gen_txt(s, sb);
		dirs_gen_txt(s, sb); /* service directories */
		credentials_gen_txt(s, sb);
		creds_gen_txt(t, s, sb);
		seccomp_gen_txt(s, sb);
		for (i = 0; i < s->nenvp; i++) {
			sb_puts(sb, i ? "          " : "  env     ");
			sb_shell_word(sb, s->envp[i]);
			sb_putc(sb, '\n');
		}
		gen_dev_txt(s, sb); /* devices and cgroup limits */
		startlimit_gen_txt(s, sb);
		procctx_gen_txt(s, sb);
	}
	sb_printf(sb, "\n# %zu kernel modules, in load order\n", t->nmodules);
	for (k = 0; k < t->nmodules; k++)
		sb_printf(sb, "%s\n", t->modules[k]);
	if (!t->nmounts)
		return;
	sb_printf(sb, "\n# %zu mounts, in mount order\n", t->nmounts);
	for (k = 0; k < t->nmounts; k++)
		sb_printf(sb, "%s %s %s %s%s%s\n", t->mounts[k].source,
			t->mounts[k].target, t->mounts[k].fstype,
			t->mounts[k].flag_names, t->mounts[k].data ? " " : "",
			t->mounts[k].data ? t->mounts[k].data : "");
}

/* seccomp.txt: every filter as libseccomp's pseudo-code. */
static void gen_seccomp_txt(struct table *t, struct strbuf *sb)
{
	size_t k;

	sb_puts(sb, "# generated from .config, do not edit\n");
	sb_printf(sb, "# policy %016llx\n", policy_digest(t));
	sb_puts(sb, "# every service's system-call filters, as libseccomp prints them\n");
	for (k = 0; k < t->nsvcs; k++)
		seccomp_gen_pfc(&t->svcs[t->order[k]], sb);
}

static int write_one(const char *dir, const char *name,
	void (*gen)(struct table *, struct strbuf *), struct table *t)
{
	struct strbuf sb = {0};
	int err;

	gen(t, &sb);
	err = write_file_if_changed(dir, name, sb.s, sb.len);
	if (err)
		gen_error("cannot write %s/%s: %s", dir, name, strerror(-err));
	sb_free(&sb);
	return err;
}

int output_write(struct table *t, const char *dir)
{
	int err = 0;

	if (mkdir(dir, 0755) && errno != EEXIST) {
		err = -errno;
		gen_error("cannot create %s: %s", dir, strerror(-err));
		return err;
	}
	seccomp_share(t); /* before services.c and its digest */
	err |= write_one(dir, "config.h", gen_config_h, t);
	err |= write_one(dir, "services.c", gen_services_c, t);
	err |= write_one(dir, "services.txt", gen_services_txt, t);
	err |= write_one(dir, "exposure.txt", gen_exposure_txt, t);
	err |= write_one(dir, "seccomp.txt", gen_seccomp_txt, t);
	err |= write_one(dir, "test_faults.c", testhooks_gen, t);
	err |= rootfs_write(dir); /* INIT_ROOT: init/rootfs.c */
	err |= dynuser_write(dir); /* for the image's passwd and group */
	return err ? -1 : 0;
}
