/*
 * startlimit.c - START_LIMIT_BURST, START_LIMIT_INTERVAL_MS and
 * START_LIMIT_ACTION: systemd's StartLimitBurst=, StartLimitIntervalSec=
 * and StartLimitAction= (systemd.unit(5)), checked here and written into
 * the service's entry; PID 1 counts the starts (init/supervise.c).
 */
#include "gen.h"

#include <string.h>

#define START_LIMIT_BURST_MAX 65535ULL
#define START_LIMIT_INTERVAL_MAX 86400000ULL /* one day */

static void apply_burst(
	struct table *t, struct service *s, const struct value *v)
{
	unsigned long long n;

	(void)t;
	if (value_uint(v, 0, START_LIMIT_BURST_MAX, "number of starts", &n))
		return;
	s->start_limit_burst = (unsigned int)n;
}

static void apply_interval(
	struct table *t, struct service *s, const struct value *v)
{
	unsigned long long n;

	(void)t;
	if (value_uint(v, 0, START_LIMIT_INTERVAL_MAX, "interval in ms", &n))
		return;
	s->start_limit_interval_ms = (unsigned long)n;
}

/* After BURST and INTERVAL (menu order): an action that can never be
 * taken is a mistake, not a default. */
static void apply_action(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	value_choice(v, svc_action_names, &s->start_limit_action);
	if (!s->start_limit_action)
		return;
	if (!s->start_limit_interval_ms || !s->start_limit_burst)
		value_error(v,
			"never taken: there is no start limit (%s_START_LIMIT_%s=0)",
			s->stem,
			s->start_limit_burst ? "INTERVAL_MS" : "BURST");
	else if (s->restart == 0) /* "no": one start only */
		value_error(v,
			"never taken: %s_RESTART=\"no\" starts the service once",
			s->stem);
}

/* clang-format off */
static const struct svc_option startlimit_options[] = {
	{
		.suffix = "START_LIMIT_BURST",
		.type = OPT_STRING,
		.prompt = "Start limit: starts allowed in the interval",
		.def = "\"5\"",
		.apply = apply_burst,
		.help =
"How many times the service may be started within\n"
"START_LIMIT_INTERVAL_MS, as StartLimitBurst= in systemd.unit(5):\n"
"0 to 65535. Every start counts, the first one and each restart\n"
"(see RESTART). The interval begins at the first start; once it\n"
"has passed, the next start begins a new one. A start beyond the\n"
"burst within the interval is not made: PID 1 logs\n"
"\"<id>: start limit hit: N starts within M ms\", the service\n"
"stays stopped for good (also for services ordered after it, it\n"
"has failed) and START_LIMIT_ACTION, then FAILURE_ACTION, are\n"
"taken. 0 means no limit, as in systemd.",
	},
	{
		.suffix = "START_LIMIT_INTERVAL_MS",
		.type = OPT_STRING,
		.prompt = "Start limit: interval (ms, 0: no limit)",
		.def = "\"0\"",
		.apply = apply_interval,
		.help =
"The interval of START_LIMIT_BURST in milliseconds, 0 to 86400000,\n"
"as StartLimitIntervalSec= in systemd.unit(5); 0 means no limit.\n"
"systemd's default is 10 s with a burst of 5; here the default is\n"
"no limit, since RESTART already spaces restarts (the delay doubles\n"
"from INIT_RESTART_DELAY_MS). Set it to stop a service that keeps\n"
"failing: with the default delays, 5 starts within 10000 ms stops\n"
"a service that fails at once after its fifth start.",
	},
	{
		.suffix = "START_LIMIT_ACTION",
		.type = OPT_STRING,
		.prompt = "Start limit: action (none, poweroff, reboot, halt)",
		.def = "\"none\"",
		.apply = apply_action,
		.help =
"What the machine does when the start limit is hit, as\n"
"StartLimitAction= in systemd.unit(5), with the actions of\n"
"SUCCESS_ACTION: none (the service stays stopped, the others go\n"
"on), or the ordered shutdown, then poweroff, reboot or halt: a\n"
"critical service that keeps failing restarts the machine. The\n"
"exit status passed on is that of the service's last instance.\n"
"An action the service can never reach is a build error: without\n"
"a limit (START_LIMIT_INTERVAL_MS or START_LIMIT_BURST 0) or with\n"
"RESTART=\"no\".",
	},
};
/* clang-format on */

const struct option_family startlimit_family = {
	"start limits", startlimit_options,
	sizeof(startlimit_options) / sizeof(startlimit_options[0]),
};

void startlimit_gen_entry(struct service *s, struct strbuf *sb)
{
	static const char *const enums[] = {"SVC_ACTION_NONE",
		"SVC_ACTION_POWEROFF", "SVC_ACTION_REBOOT", "SVC_ACTION_HALT"};

	/* Only a limit PID 1 enforces is written: systemd's "not
	 * configured" is either number 0. */
	if (!s->start_limit_burst || !s->start_limit_interval_ms)
		return;
	sb_printf(sb, "\t\t.start_limit_burst = %u,\n", s->start_limit_burst);
	sb_printf(sb, "\t\t.start_limit_interval_ms = %lu,\n",
		s->start_limit_interval_ms);
	if (s->start_limit_action)
		sb_printf(sb, "\t\t.start_limit_action = %s,\n",
			enums[s->start_limit_action]);
}

void startlimit_gen_txt(struct service *s, struct strbuf *sb)
{
	if (!s->start_limit_burst || !s->start_limit_interval_ms)
		return;
	sb_printf(sb, "  start limit %u in %lu ms, then %s\n",
		s->start_limit_burst, s->start_limit_interval_ms,
		svc_action_names[s->start_limit_action]);
}
