/*
 * execcmds.c - EXEC_CONDITION, EXEC_START_PRE and EXEC_START_POST:
 * systemd's ExecCondition=, ExecStartPre= and ExecStartPost=
 * (systemd.service(5)).  Commands PID 1 runs one after the other, each to
 * its end and each in the service's whole sandbox, before the main process
 * or (EXEC_START_POST) once it has started (init/supervise.c).  Checked
 * here like EXEC: absolute programs, in the image where the service sees
 * them, not replaceable by its user.
 * Also CONDITION_KERNEL_VERSION (ConditionKernelVersion=, systemd.unit(5)):
 * split here into operator and version, tested by PID 1 against
 * uname(2)'s release before each start (lib/kversion.c).
 */
#include "gen.h"
#include "kversion.h"

#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXECCMDS_MAX 16 /* commands of one option */

enum cmd_kind { CMD_CONDITION, CMD_PRE, CMD_POST };

/* Split v into commands at words that are a lone unquoted ";" (systemd's
 * old separator, still the only one a single Kconfig string can carry). */
static void apply_cmds(struct service *s, const struct value *v,
	enum cmd_kind kind)
{
	char **words, *buf, err[PARSE_ERR_MAX];
	unsigned char *sep;
	int condition = kind == CMD_CONDITION;
	struct pre_cmd **list = kind == CMD_POST ? &s->post : &s->pre;
	size_t *nlist = kind == CMD_POST ? &s->npost : &s->npre;
	size_t n, i, start, k, first = *nlist;

	buf = xmalloc(strlen(v->text) + 1);
	words = xcalloc(parse_words_max(v->text), sizeof(*words));
	sep = xcalloc(parse_words_max(v->text), 1);
	if (parse_commands(v->text, buf, words, sep, &n, err, sizeof(err))) {
		value_error(v, "%s", err);
		n = 0;
	}
	for (start = 0; start < n;) {
		struct pre_cmd *c;
		const char *prog;

		for (i = start; i < n && !sep[i]; i++)
			;
		if (i == start) {
			value_error(v, "an empty command (a lone ; "
				       "separates commands)");
			break;
		}
		if (i == n - 1)
			value_error(v, "a lone ; at the end: a command must "
				       "follow it");
		if (*nlist - first >= EXECCMDS_MAX) {
			value_error(v, "more than %d commands", EXECCMDS_MAX);
			break;
		}
		*list = xrealloc(*list, (*nlist + 1) * sizeof(**list));
		c = &(*list)[(*nlist)++];
		memset(c, 0, sizeof(*c));
		c->condition = condition;
		c->sym = xstrdup(v->sym);
		c->text = xstrdup(v->text);
		c->argv = xcalloc(i - start + 1, sizeof(*c->argv));
		for (k = start; k < i; k++) {
			c->argv[k - start] =
				spec_word(v, s, words[k], k == start);
			if (!c->argv[k - start]) {
				c->argv[k - start] = xstrdup(words[k]);
				c->bad = 1;
			}
		}
		prog = c->argv[0];
		if (prog[0] == '-') {
			if (condition)
				value_error(v, "\"%s\": the - prefix is for "
					       "EXEC_START_PRE and "
					       "EXEC_START_POST only",
					prog);
			c->ignore_failure = 1;
			memmove(c->argv[0], prog + 1, strlen(prog));
		} else if (strchr("@:+!|", prog[0])) {
			value_error(v,
				"\"%s\": prefix '%c' is not supported: every "
				"command runs in the service's sandbox, as "
				"configured",
				prog, prog[0]);
			c->bad = 1;
		}
		/* a name without '/': EXEC_SEARCH_PATH finds it, as EXEC's
		 * (execcmds_finish) */
		if (!c->bad && strchr(c->argv[0], '/') &&
			parse_path(c->argv[0], err, sizeof(err))) {
			value_error(v, "program \"%s\": %s", c->argv[0], err);
			c->bad = 1;
		}
		start = i + 1;
	}
	free(sep);
	free(words);
	free(buf);
}

/* EXEC_CONDITION comes first in the menu: its commands run first. */
static void apply_condition(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	apply_cmds(s, v, CMD_CONDITION);
}

static void apply_start_pre(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	apply_cmds(s, v, CMD_PRE);
}

static void apply_start_post(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	apply_cmds(s, v, CMD_POST);
}

/*
 * ConditionKernelVersion=: words, each an operator (kversion.h: < <= ==
 * <> >= > = != $= !$=) and a version, or a shell pattern alone; every one
 * must hold.  As systemd, blanks around the operator are allowed inside a
 * word (" >= 2.0"), and the first expression may be two words (>= 2.0).
 */
/* Words as systemd's extract_first_word(EXTRACT_UNQUOTE) splits this
 * condition: blanks separate, '...' and "..." keep them (no escapes, no
 * shell: < > $ are the operators' own characters).  The count, or -1
 * (reported) on an unbalanced quote. */
static int kversion_words(const struct value *v, char *buf, char **words)
{
	const char *p = v->text;
	char q = 0, *o = buf;
	int n = 0, in = 0;

	for (; *p; p++) {
		if (!q && (*p == ' ' || *p == '\t')) {
			if (in) {
				*o++ = '\0';
				in = 0;
			}
			continue;
		}
		if (!in) {
			words[n++] = o;
			in = 1;
		}
		if (!q && (*p == '\'' || *p == '"'))
			q = *p;
		else if (q && *p == q)
			q = 0;
		else
			*o++ = *p;
	}
	*o = '\0';
	if (q) {
		value_error(v, "unbalanced %c quote", q);
		return -1;
	}
	return n;
}

static void apply_kernel_version(
	struct table *t, struct service *s, const struct value *v)
{
	char **words, *buf;
	int i, n;
	size_t len;
	int op;

	(void)t;
	if (!*v->text)
		return;
	buf = xmalloc(strlen(v->text) + 1);
	words = xcalloc(strlen(v->text) + 1, sizeof(*words));
	n = kversion_words(v, buf, words);
	if (n > 0)
		s->kversion = xcalloc((size_t)n, sizeof(*s->kversion));
	for (i = 0; i < n; i++) {
		const char *w = words[i];
		char *val;

		w += strspn(w, " \t");
		op = kversion_op_parse(&w);
		if (op < 0)
			op = KV_FNMATCH;
		w += strspn(w, " \t");
		if (!*w && i == 0 && n > 1) /* systemd: ">= 2.0" unquoted */
			w = words[++i];
		if (!*w) {
			value_error(v,
				"\"%s\": an operator without a version "
				"(write it in one word: >=5.10, or '>= 5.10')",
				words[i]);
			break;
		}
		val = xstrdup(w);
		len = strlen(val);
		while (len && (val[len - 1] == ' ' || val[len - 1] == '\t'))
			val[--len] = '\0';
		if (strspn(val, "<>=!$") || strpbrk(val, " \t")) {
			value_error(v,
				"\"%s\": not one version or pattern after "
				"the operator %s",
				words[i], kversion_op_names[op]);
			free(val);
			break;
		}
		if ((op == KV_FNMATCH || op == KV_FNMATCH_NOT) &&
			fnmatch(val, "", 0) != 0 &&
			fnmatch(val, "", 0) != FNM_NOMATCH) {
			value_error(v, "\"%s\": not a shell pattern", val);
			free(val);
			break;
		}
		s->kversion[s->nkversion].op = op;
		s->kversion[s->nkversion].value = val;
		s->nkversion++;
	}
	free(words);
	free(buf);
}

static void finish_cmds(
	struct table *t, struct service *s, struct pre_cmd *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		struct value v = {
			.sym = list[i].sym, .text = list[i].text, .quoted = 1};

		if (list[i].bad)
			continue;
		if (!strchr(list[i].argv[0], '/')) {
			/* found on EXEC_SEARCH_PATH: exec'd by that path,
			 * which argv[0] then holds */
			char *found = stdio_search(t, s, &v, list[i].argv[0]);

			if (!found)
				continue;
			free(list[i].argv[0]);
			list[i].argv[0] = found;
		}
		options_check_program(t, s, &v, list[i].argv[0]);
	}
}

/* Once ROOT_DIRECTORY, the user, the groups and TYPE are known. */
void execcmds_finish(struct table *t, struct service *s)
{
	/* PID 1 fills in every word holding the marker byte of a service
	 * with run-time specifiers: a byte of its own would be read as one */
	if (s->specifiers && s->literal_mark)
		gen_error("%s: a byte \\001 in EXEC, EXEC_CONDITION, "
			  "EXEC_START_PRE or EXEC_START_POST of a service with "
			  "run-time specifiers (%%b %%v %%H): PID 1 would read "
			  "it as their marker",
			s->stem);
	finish_cmds(t, s, s->pre, s->npre);
	finish_cmds(t, s, s->post, s->npost);
	/* A oneshot has no "started" moment while its main process runs:
	 * systemd runs ExecStartPost= after it exited, which rampart does
	 * not (the instance is over then). */
	if (s->npost && s->type == SVC_GEN_TYPE_ONESHOT) {
		struct value v = {.sym = s->post[0].sym,
			.text = s->post[0].text, .quoted = 1};

		value_error(&v, "TYPE=\"oneshot\": commands after the start "
				"need a long-running main process (simple, "
				"notify, notify-fd); run them at the end of "
				"EXEC, or in a service AFTER this one");
	}
}

static void free_cmds(struct pre_cmd **list, size_t *n)
{
	size_t i;
	char **a;

	for (i = 0; i < *n; i++) {
		for (a = (*list)[i].argv; *a; a++)
			free(*a);
		free((*list)[i].argv);
		free((*list)[i].sym);
		free((*list)[i].text);
	}
	free(*list);
	*list = NULL;
	*n = 0;
}

void execcmds_free(struct service *s)
{
	size_t i;

	free_cmds(&s->pre, &s->npre);
	free_cmds(&s->post, &s->npost);
	for (i = 0; i < s->nkversion; i++)
		free(s->kversion[i].value);
	free(s->kversion);
	s->kversion = NULL;
	s->nkversion = 0;
}

static void gen_post_data(struct service *s, struct strbuf *sb)
{
	size_t i;
	char what[32];

	for (i = 0; i < s->npost; i++) {
		snprintf(what, sizeof(what), "post%zu", i);
		gen_strings(sb, s->id, what, s->post[i].argv);
	}
	sb_printf(sb, "static const struct svc_cmd svc_%s_post[] = {\n", s->id);
	for (i = 0; i < s->npost; i++)
		sb_printf(sb, "\t{ .argv = svc_%s_post%zu%s },\n", s->id, i,
			s->post[i].ignore_failure ? ", .ignore_failure = 1" : "");
	sb_puts(sb, "};\n");
}

void execcmds_gen_data(struct service *s, struct strbuf *sb)
{
	size_t i;
	char what[32];

	if (s->npost)
		gen_post_data(s, sb);
	if (s->nkversion) {
		sb_printf(sb,
			"static const struct svc_kversion svc_%s_kversion[] = {\n",
			s->id);
		for (i = 0; i < s->nkversion; i++) {
			sb_printf(sb, "\t{ %d /* %s */, ", s->kversion[i].op,
				kversion_op_names[s->kversion[i].op]);
			sb_c_string(sb, s->kversion[i].value);
			sb_puts(sb, " },\n");
		}
		sb_puts(sb, "};\n");
	}
	if (!s->npre)
		return;
	for (i = 0; i < s->npre; i++) {
		snprintf(what, sizeof(what), "pre%zu", i);
		gen_strings(sb, s->id, what, s->pre[i].argv);
	}
	sb_printf(sb, "static const struct svc_cmd svc_%s_pre[] = {\n", s->id);
	for (i = 0; i < s->npre; i++)
		sb_printf(sb, "\t{ .argv = svc_%s_pre%zu%s%s },\n", s->id, i,
			s->pre[i].condition ? ", .condition = 1" : "",
			s->pre[i].ignore_failure ? ", .ignore_failure = 1" : "");
	sb_puts(sb, "};\n");
}

void execcmds_gen_entry(struct service *s, struct strbuf *sb)
{
	if (s->npost) {
		sb_printf(sb, "\t\t.post = svc_%s_post,\n", s->id);
		sb_printf(sb, "\t\t.npost = %zu,\n", s->npost);
	}
	if (s->specifiers)
		sb_puts(sb, "\t\t.specifiers = 1, /* %b %v %H: filled in at "
			    "each start */\n");
	if (s->nkversion)
		sb_printf(sb,
			"\t\t.kernel_version = svc_%s_kversion,\n"
			"\t\t.nkernel_version = %zu,\n",
			s->id, s->nkversion);
	if (!s->npre)
		return;
	sb_printf(sb, "\t\t.pre = svc_%s_pre,\n", s->id);
	sb_printf(sb, "\t\t.npre = %zu,\n", s->npre);
}

void execcmds_gen_txt(struct service *s, struct strbuf *sb)
{
	size_t i;
	char **a;

	for (i = 0; i < s->nkversion; i++)
		sb_printf(sb, "  kernel  %s %s\n",
			kversion_op_names[s->kversion[i].op],
			s->kversion[i].value);
	for (i = 0; i < s->npre; i++) {
		sb_puts(sb, s->pre[i].condition ? "  condition" : "  start-pre");
		sb_puts(sb, s->pre[i].ignore_failure ? " -" : " ");
		for (a = s->pre[i].argv; *a; a++) {
			if (a != s->pre[i].argv)
				sb_putc(sb, ' ');
			sb_shell_word(sb, *a);
		}
		sb_putc(sb, '\n');
	}
}

/* After the argv line, which has no newline yet. */
void execcmds_gen_txt_post(struct service *s, struct strbuf *sb)
{
	size_t i;
	char **a;

	for (i = 0; i < s->npost; i++) {
		sb_puts(sb, "\n  start-post");
		sb_puts(sb, s->post[i].ignore_failure ? " -" : " ");
		for (a = s->post[i].argv; *a; a++) {
			if (a != s->post[i].argv)
				sb_putc(sb, ' ');
			sb_shell_word(sb, *a);
		}
	}
}

/* clang-format off */
static const struct svc_option execcmds_options[] = {
	{
		.suffix = "CONDITION_KERNEL_VERSION",
		.type = OPT_STRING,
		.prompt = "Start only on these kernel versions",
		.def = "\"\"",
		.apply = apply_kernel_version,
		.help =
"As ConditionKernelVersion= in systemd.unit(5): PID 1 compares the\n"
"running kernel's release (uname -r) with each expression before\n"
"each start, and starts the service only when all of them hold.\n"
"An expression is an operator and a version, compared as systemd\n"
"orders versions (< <= == <> >= >; = and != compare the strings),\n"
"or a shell pattern (\"6.1.*\", or with $= / !$=, fnmatch(3));\n"
"several are separated by spaces, quoted if they hold one\n"
"(\">=5.10 <6.13\", '>= 5.10' '6.*'). Not met: the service is not\n"
"started and the log says which expression failed; that is neither\n"
"a failure nor a success (no restart, no SUCCESS_ACTION or\n"
"FAILURE_ACTION), and later services go on, as with EXEC_CONDITION.\n"
"Empty: no condition. The split is done at build time; a lone\n"
"operator or a malformed pattern is a build error. systemd's !\n"
"and | prefixes (negation, triggering) are not taken.",
	},
	{
		.suffix = "EXEC_CONDITION",
		.type = OPT_STRING,
		.prompt = "Conditions checked before each start",
		.def = "\"\"",
		.apply = apply_condition,
		.help =
"Commands run before each start, as ExecCondition= in\n"
"systemd.service(5), one after the other, each to its end and each\n"
"in the service's whole sandbox (user, namespaces, filters: all\n"
"of it), with EXEC's syntax (a name without / is found on\n"
"EXEC_SEARCH_PATH at build time, as EXEC's, and argv[0] holds the\n"
"path found); commands are separated by a word that is a lone ;\n"
"(so no argument can be a lone ;). A command that\n"
"exits 0 lets the next one run; one that exits 1 to 254 skips the\n"
"start: the service is not started, which is neither a failure nor\n"
"a success (no restart, no SUCCESS_ACTION or FAILURE_ACTION), and\n"
"later services go on. Exit 255 or a signal fails the start (RESTART\n"
"and FAILURE_ACTION apply). No prefixes (- @ : + !).",
	},
	{
		.suffix = "EXEC_START_PRE",
		.type = OPT_STRING,
		.prompt = "Commands run before the main process",
		.def = "\"\"",
		.apply = apply_start_pre,
		.help =
"Commands run after the conditions and before EXEC at each start,\n"
"as ExecStartPre= in systemd.service(5): one after the other, each\n"
"to its end, each in the service's whole sandbox, separated by a\n"
"lone ; as in EXEC_CONDITION. One that does not exit 0 fails the\n"
"start, unless its program is prefixed with - (-/bin/false): then\n"
"its end is logged and the next command runs. What a command left\n"
"running is killed before the next one runs. Each command gets a\n"
"fresh set of namespaces (a PRIVATE_TMP of its own): files for the\n"
"main process belong in RUNTIME_DIRECTORY or STATE_DIRECTORY, which\n"
"stay. TIMEOUT_START_MS covers these commands too. Other prefixes\n"
"(@ : + !) are refused: nothing runs with more privileges than the\n"
"service's configuration gives it.",
	},
	{
		.suffix = "EXEC_START_POST",
		.type = OPT_STRING,
		.prompt = "Commands run once the main process has started",
		.def = "\"\"",
		.apply = apply_start_post,
		.help =
"Commands run once EXEC has started, as ExecStartPost= in\n"
"systemd.service(5): for TYPE=\"simple\" right after its exec\n"
"succeeded, for \"notify\" and \"notify-fd\" once it reported ready\n"
"(not for \"oneshot\": a build error). One after the other, each to\n"
"its end, beside the running main process, each in the service's\n"
"whole sandbox (its user, credentials, filters; namespaces of its\n"
"own, as for EXEC_START_PRE) and in its cgroup; separated by a lone\n"
"; as in EXEC_CONDITION. Services AFTER this one start only when the\n"
"last command has ended. One that does not exit 0 (or cannot be\n"
"started) fails the service: the main process is stopped as a stop\n"
"would (SIGTERM, SIGKILL after INIT_SHUTDOWN_TIMEOUT_MS) and RESTART\n"
"and FAILURE_ACTION apply, unless its program is prefixed with -\n"
"(-/bin/false): then its end is logged and the next command runs.\n"
"A command still running when the main process ends is killed with\n"
"the rest of the cgroup. TIMEOUT_START_MS covers these commands too.\n"
"Other prefixes (@ : + !) are refused.",
	},
};
/* clang-format on */

const struct option_family execcmds_family = {
	"execcmds", execcmds_options,
	sizeof(execcmds_options) / sizeof(execcmds_options[0]),
};
