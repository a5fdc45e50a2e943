/*
 * control.c - who may use rampartctl (INIT_CONTROL) on this image:
 * INIT_CONTROL_GROUP (may read status), SVC_<ID>_MAY_CONTROL (the
 * service's processes may use the control socket at all) and
 * SVC_<ID>_CONTROL (users and groups who may start, stop, restart,
 * reload and kill the service).  Names are resolved here, in the image's
 * passwd and group; PID 1 compares numbers (init/control.c).
 */
#include "gen.h"

#include <stdlib.h>
#include <string.h>

#define CONTROL_GRANTS_MAX 16 /* SVC_<ID>_CONTROL entries */

static long control_gid = -1; /* INIT_CONTROL_GROUP's gid, -1: none */

static int control_on(struct table *t)
{
	const struct sym *sym = config_get(&t->cfg, "INIT_CONTROL");

	return sym && !strcmp(sym->value, "y");
}

void control_check_init(struct table *t)
{
	const struct sym *sym = config_get(&t->cfg, "INIT_CONTROL_GROUP");
	const struct group *gr;

	if (!sym || !sym->value[0])
		return;
	gr = userdb_group_by_name(&t->users, sym->value);
	if (!gr) {
		gen_error("INIT_CONTROL_GROUP=\"%s\": no such group in %s",
			sym->value, t->users.group_path);
		return;
	}
	if (!gr->gid) {
		gen_error("INIT_CONTROL_GROUP=\"%s\": gid 0: root may read "
			  "the status anyway; name the group of the users "
			  "who may",
			sym->value);
		return;
	}
	control_gid = (long)gr->gid;
}

void control_gen_config(struct strbuf *sb)
{
	sb_printf(sb, "#define CFG_INIT_CONTROL_GID (%ld)\n", control_gid);
}

static void apply_may_control(
	struct table *t, struct service *s, const struct value *v)
{
	s->may_control = !strcmp(v->text, "y");
	if (s->may_control && !control_on(t))
		value_warning(v, "has no effect: INIT_CONTROL is off");
}

/* "USER @GROUP ...": each a name in the image or a number. */
static void apply_control(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX], *buf = NULL, **w;
	unsigned long long n;
	const struct user *pw;
	const struct group *gr;
	size_t i, k, nw;

	w = split_words(v, &buf, &nw);
	if (!w)
		return;
	if (nw && !control_on(t))
		value_warning(v, "has no effect: INIT_CONTROL is off");
	if (nw > CONTROL_GRANTS_MAX) {
		value_error(v, "%zu entries, at most %d", nw,
			CONTROL_GRANTS_MAX);
		goto out;
	}
	s->control = xcalloc(nw ? nw : 1, sizeof(*s->control));
	for (i = 0; i < nw; i++) {
		const char *name = w[i];
		struct svc_grant_gen *g = &s->control[s->ncontrol];

		g->group = name[0] == '@';
		if (g->group)
			name++;
		if (!name[0]) {
			value_error(v, "\"@\" without a group name");
			continue;
		}
		if (name[strspn(name, "0123456789")] == '\0') {
			if (parse_uint(name, 0, ID_MAX - 1, &n, err,
				    sizeof(err))) {
				value_error(v, "%s %s: %s",
					g->group ? "gid" : "uid", name, err);
				continue;
			}
			g->id = (unsigned long)n;
		} else if (g->group &&
			   (gr = userdb_group_by_name(&t->users, name))) {
			g->id = gr->gid;
		} else if (!g->group &&
			   (pw = userdb_user_by_name(&t->users, name))) {
			g->id = pw->uid;
		} else {
			value_error(v, "no such %s %s in %s",
				g->group ? "group" : "user", name,
				g->group ? t->users.group_path :
					   t->users.passwd_path);
			continue;
		}
		if (g->id == 0) {
			value_error(v, "%s: %s", w[i],
				g->group ? "gid 0 is root's group: only root "
					   "is sure to be in it" :
					   "uid 0 is root, who may anyway");
			continue;
		}
		for (k = 0; k < s->ncontrol; k++)
			if (s->control[k].id == g->id &&
				s->control[k].group == g->group)
				break;
		if (k < s->ncontrol) {
			value_error(v, "%s is listed twice", w[i]);
			continue;
		}
		s->ncontrol++;
	}
out:
	free(w);
	free(buf);
}

/* clang-format off */
static const struct svc_option control_options[] = {
	{
		.suffix = "MAY_CONTROL",
		.type = OPT_BOOL,
		.prompt = "May use rampartctl (the control socket)",
		.def = "n",
		.apply = apply_may_control,
		.help =
"Whether a process of this service may talk to PID 1 over the\n"
"control socket (INIT_CONTROL) at all. PID 1 finds a client's\n"
"service from its cgroup when it connects; a client of a service\n"
"without this option is refused every command (EPERM), whatever\n"
"its user, and the refusal is logged: a root service without\n"
"capabilities cannot stop its neighbours. With it, the client's\n"
"user decides: root may do everything (the shutdown commands only\n"
"if MAY_SHUTDOWN is set too), others what INIT_CONTROL_GROUP and\n"
"the services' CONTROL options grant. Set it for the console shell\n"
"and for a service that manages others (a web UI restarting the\n"
"DHCP server).",
	},
	{
		.suffix = "CONTROL",
		.type = OPT_STRING,
		.prompt = "Who may start, stop, restart, reload, kill it",
		.def = "\"\"",
		.apply = apply_control,
		.help =
"Space-separated users and groups (a group with a leading @) of\n"
"the image, or numeric ids, who may start, stop, restart, reload\n"
"and kill this service with rampartctl, besides root; at most 16.\n"
"A client matches by its uid, or by its primary or one of its\n"
"supplementary groups (the first 64: SO_PEERGROUPS). A client\n"
"inside a service also needs that service's MAY_CONTROL. Names\n"
"are resolved at build time: an unknown one is a build error.\n"
"\n"
"Example: \"webui @operators\"",
	},
};
/* clang-format on */

const struct option_family control_family = {
	"runtime control", control_options,
	sizeof(control_options) / sizeof(control_options[0]),
};

void control_gen_data(struct service *s, struct strbuf *sb)
{
	size_t i;

	if (!s->ncontrol)
		return;
	sb_printf(sb, "static const struct svc_grant svc_%s_control[] = {",
		s->id);
	for (i = 0; i < s->ncontrol; i++)
		sb_printf(sb, "%s{%lu, %d}", i ? ", " : " ", s->control[i].id,
			s->control[i].group);
	sb_puts(sb, " };\n");
}

void control_gen_entry(struct service *s, struct strbuf *sb)
{
	if (s->may_control)
		sb_puts(sb, "\t\t.may_control = 1,\n");
	if (s->ncontrol) {
		sb_printf(sb, "\t\t.control = svc_%s_control,\n", s->id);
		sb_printf(sb, "\t\t.ncontrol = %zu,\n", s->ncontrol);
	}
}

void control_gen_txt(struct service *s, struct strbuf *sb)
{
	size_t i;

	if (s->may_control)
		sb_puts(sb, "  may use rampartctl\n");
	if (!s->ncontrol)
		return;
	sb_puts(sb, "  control");
	for (i = 0; i < s->ncontrol; i++)
		sb_printf(sb, " %s%lu", s->control[i].group ? "gid " : "uid ",
			s->control[i].id);
	sb_putc(sb, '\n');
}
