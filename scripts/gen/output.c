/* output.c - writes config.h, services.c and services.txt for PID 1. */
#include "gen.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

static const char header[] = "/* generated from .config, do not edit */\n";

static const char *const type_enums[] = {
	"SVC_TYPE_SIMPLE",
	"SVC_TYPE_ONESHOT",
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

static int is_global(const char *name)
{
	return !strncmp(name, "TARGET_", 7) || !strncmp(name, "INIT_", 5) ||
	       !strncmp(name, "IMAGE_", 6);
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
	sb_printf(sb, "#define CFG_SVC_COUNT %zu\n\n#endif\n", t->nsvcs);
}

static void gen_strings(
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

static void gen_service_data(struct service *s, struct strbuf *sb)
{
	size_t i;

	sb_printf(sb, "/* %s */\n", s->id);
	gen_strings(sb, s->id, "argv", s->argv);
	gen_strings(sb, s->id, "envp", s->envp);
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
	creds_gen_data(s, sb);
	sb_putc(sb, '\n');
}

static void gen_service_entry(struct service *s, struct strbuf *sb)
{
	sb_puts(sb, "\t{\n\t\t.id = ");
	sb_c_string(sb, s->id);
	sb_printf(sb, ",\n\t\t.argv = svc_%s_argv,\n", s->id);
	sb_printf(sb, "\t\t.envp = svc_%s_envp,\n", s->id);
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
	if (s->send_sighup)
		sb_puts(sb, "\t\t.send_sighup = 1,\n");

	/* -- namespaces and filesystem -- */

	/* -- credentials, capabilities, rlimits -- */
	creds_gen_entry(s, sb);

	/* -- devices and cgroup limits -- */

	/* -- end of restrictions -- */
	if (s->nafter) {
		sb_printf(sb, "\t\t.after = svc_%s_after,\n", s->id);
		sb_printf(sb, "\t\t.nafter = %zu,\n", s->nafter);
	}
	sb_puts(sb, "\t},\n");
}

static void gen_services_c(struct table *t, struct strbuf *sb)
{
	size_t k;

	sb_puts(sb, header);
	sb_puts(sb, "#include <stddef.h>\n\n#include \"service.h\"\n\n");
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
	sb_puts(sb, "\tNULL,\n};\n");
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
	sb_printf(sb, "# %zu services, in start order\n", t->nsvcs);
	for (k = 0; k < t->nsvcs; k++) {
		s = &t->svcs[t->order[k]];
		sb_printf(sb, "\n%zu %s\n", k, s->id);
		sb_puts(sb, "  argv   ");
		gen_words(sb, s->argv);
		sb_printf(sb, "\n  user    %lu:%lu", s->uid, s->gid);
		if (s->pw)
			sb_printf(sb, " (%s)", s->pw->name);
		sb_puts(sb, "\n  groups ");
		for (i = 0; i < s->ngroups; i++)
			sb_printf(sb, " %lu", s->groups[i]);
		sb_printf(sb, "\n  type    %s\n", svc_type_names[s->type]);
		sb_printf(sb, "  restart %s\n", svc_restart_names[s->restart]);
		sb_puts(sb, "  after  ");
		for (i = 0; i < s->nafter; i++)
			sb_printf(sb, " %s", t->svcs[s->after[i]].id);
		if (!s->nafter)
			sb_puts(sb, " -");
		sb_printf(sb, "\n  output  %s\n", svc_output_names[s->output]);
		sb_puts(sb, "  workdir ");
		sb_shell_word(sb, s->workdir);
		sb_printf(sb, "\n  umask   0%03o\n", s->umask);
		creds_gen_txt(t, s, sb);
		for (i = 0; i < s->nenvp; i++) {
			sb_puts(sb, i ? "          " : "  env     ");
			sb_shell_word(sb, s->envp[i]);
			sb_putc(sb, '\n');
		}
	}
	sb_printf(sb, "\n# %zu kernel modules, in load order\n", t->nmodules);
	for (k = 0; k < t->nmodules; k++)
		sb_printf(sb, "%s\n", t->modules[k]);
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
	err |= write_one(dir, "config.h", gen_config_h, t);
	err |= write_one(dir, "services.c", gen_services_c, t);
	err |= write_one(dir, "services.txt", gen_services_txt, t);
	return err ? -1 : 0;
}
