/*
 * ready.c - rampart-gen: readiness, systemd's names: TIMEOUT_START_MS
 * (TimeoutStartSec=) for a TYPE="notify" or "oneshot" service, WATCHDOG_SEC
 * (WatchdogSec=) for a notify one, and the NOTIFY_SOCKET, WATCHDOG_USEC a
 * notify service is given (init/notify.c is PID 1's side).
 *
 * This family comes after the service's own options and the namespaces
 * in menu order, so TYPE and ROOT_DIRECTORY are known here.
 */
#include "gen.h"

#include <stdlib.h>
#include <string.h>

/* The longest start timeout: a day. */
#define TIMEOUT_START_MAX 86400000ULL

static void apply_timeout_start(
	struct table *t, struct service *s, const struct value *v)
{
	unsigned long long n;

	(void)t;
	if (value_uint(v, 0, TIMEOUT_START_MAX, "milliseconds", &n))
		return;
	if (n && s->type == SVC_GEN_TYPE_SIMPLE) {
		value_error(v,
			"a simple service is started once it was executed: "
			"there is no start to time out (set %s_TYPE to "
			"\"notify\" or \"oneshot\", or leave this 0)",
			s->stem);
		return;
	}
	s->timeout_start_ms = (unsigned long)n;
}

/* The longest per-service watchdog: an hour. */
#define WATCHDOG_SEC_MAX 3600ULL

static void apply_watchdog_sec(
	struct table *t, struct service *s, const struct value *v)
{
	unsigned long long n;

	(void)t;
	if (value_uint(v, 0, WATCHDOG_SEC_MAX, "seconds", &n))
		return;
	if (n && s->type != SVC_GEN_TYPE_NOTIFY) {
		value_error(v,
			"only a TYPE=\"notify\" service can send WATCHDOG=1 "
			"(set %s_TYPE to \"notify\", or leave this 0)",
			s->stem);
		return;
	}
	s->watchdog_sec = (unsigned long)n;
}

static void apply_ready_fd(
	struct table *t, struct service *s, const struct value *v)
{
	unsigned long long n;

	(void)t;
	if (value_uint(v, 3, 255, "file descriptor", &n))
		return;
	if (s->type != SVC_GEN_TYPE_NOTIFY_FD) {
		if (n != 3)
			value_error(v,
				"only a TYPE=\"notify-fd\" service is given a "
				"readiness fd (set %s_TYPE to \"notify-fd\", or "
				"leave this 3)",
				s->stem);
		return;
	}
	s->ready_fd = (unsigned int)n;
}

/* clang-format off */
static const struct svc_option ready_options[] = {
	{
		.suffix = "TIMEOUT_START_MS",
		.type = OPT_STRING,
		.prompt = "Start timeout (ms, 0: none)",
		.def = "\"0\"",
		.apply = apply_timeout_start,
		.help =
"How long the start may take, in milliseconds, as TimeoutStartSec=\n"
"in systemd.service(5): for TYPE=\"notify\" until the service sent\n"
"READY=1, for TYPE=\"oneshot\" until it exited. 0 (the default):\n"
"no limit; at most 86400000 (a day). A simple service has no start\n"
"to wait for: a non-zero value there is a build error.\n"
"\n"
"When the time is up PID 1 logs \"<id>: start timed out after N ms\"\n"
"and kills the service's whole cgroup (SIGKILL); the instance has\n"
"then failed, so RESTART and FAILURE_ACTION apply, and services\n"
"ordered after it (AFTER) start. A notify service may push its own\n"
"limit further with EXTEND_TIMEOUT_USEC= (sd_notify(3)).",
	},
	{
		.suffix = "WATCHDOG_SEC",
		.type = OPT_STRING,
		.prompt = "Watchdog timeout (s, 0: none)",
		.def = "\"0\"",
		.apply = apply_watchdog_sec,
		.help =
"The service's own watchdog, in whole seconds, as WatchdogSec= in\n"
"systemd.service(5); only for TYPE=\"notify\". 0 (the default):\n"
"none; at most 3600. Once the service is ready (READY=1) it must\n"
"send WATCHDOG=1 at least this often; the program learns the limit\n"
"from $WATCHDOG_USEC and $WATCHDOG_PID (its own pid), as\n"
"sd_watchdog_enabled(3) reads them, and should ping at half of it.\n"
"\n"
"When a ping is late, or the service sends WATCHDOG=trigger, PID 1\n"
"logs \"<id>: watchdog timeout\" and sends SIGABRT to every process\n"
"of the service (systemd's WatchdogSignal=), then SIGKILL after\n"
"INIT_SHUTDOWN_TIMEOUT_MS if it is still there. The instance has\n"
"failed, however it ends: RESTART and FAILURE_ACTION apply.",
	},
	{
		.suffix = "READY_FD",
		.type = OPT_STRING,
		.prompt = "Readiness file descriptor (notify-fd)",
		.def = "\"3\"",
		.apply = apply_ready_fd,
		.help =
"For TYPE=\"notify-fd\": the number of the file descriptor the\n"
"program inherits, 3 to 255, as s6's notification-fd file (and\n"
"dinit's pipefd:N); the program writes a newline to it once it is\n"
"ready (typically `echo >&3`, or the daemon's own option for it).\n"
"PID 1 then closes its end: a later write gets EPIPE (SIGPIPE), so\n"
"close it after the newline. A pipe needs no socket and no path,\n"
"so it works in every namespace and inside ROOT_DIRECTORY. Closed\n"
"without a newline, the service never becomes ready (see\n"
"TIMEOUT_START_MS). A LIMITS NOFILE at or below the number stops\n"
"the start (sandbox step ready-fd). Must stay 3 for other types.",
	},
};
/* clang-format on */

const struct option_family ready_family = {
	"readiness",
	ready_options,
	sizeof(ready_options) / sizeof(ready_options[0]),
};

/*
 * After every option: a notify service is told where to send, as systemd
 * does, after ENVIRONMENT so the configured words cannot redirect it; the
 * socket lives in PID 1's /run, which a ROOT_DIRECTORY service does not
 * see (such a service cannot become ready: refused at build time).
 */
void ready_finish(struct table *t, struct service *s,
	void (*set)(struct service *, const char *))
{
	char *sym;
	size_t i;

	(void)t;
	if (s->type != SVC_GEN_TYPE_NOTIFY)
		return;
	if (s->root_directory) {
		sym = xasprintf("%s_TYPE", s->stem);
		gen_error("%s=\"notify\": the notification socket %s is not "
			  "inside %s_ROOT_DIRECTORY=\"%s\", so the service "
			  "could never report ready",
			sym, READY_NOTIFY_SOCKET, s->stem, s->root_directory);
		free(sym);
		return;
	}
	for (i = 0; i < s->nenv_words; i++)
		if (!strncmp(s->env_words[i], "NOTIFY_SOCKET=", 14))
			gen_error("%s_ENVIRONMENT: NOTIFY_SOCKET is set by PID 1 "
				  "for a TYPE=\"notify\" service",
				s->stem);
	set(s, "NOTIFY_SOCKET=" READY_NOTIFY_SOCKET);
	if (s->watchdog_sec) {
		/* $WATCHDOG_PID is the pid, known only in the child (init/
		 * sandbox.c adds it) */
		char *e = xasprintf("WATCHDOG_USEC=%lu000000", s->watchdog_sec);

		set(s, e);
		free(e);
	}
}

void ready_gen_entry(struct service *s, struct strbuf *sb)
{
	if (s->timeout_start_ms)
		sb_printf(sb, "\t\t.timeout_start_ms = %lu,\n",
			s->timeout_start_ms);
	if (s->watchdog_sec)
		sb_printf(sb, "\t\t.watchdog_sec = %lu,\n", s->watchdog_sec);
	if (s->ready_fd)
		sb_printf(sb, "\t\t.ready_fd = %u,\n", s->ready_fd);
}

void ready_gen_txt(struct service *s, struct strbuf *sb)
{
	if (s->timeout_start_ms)
		sb_printf(sb, "  start timeout %lu ms\n", s->timeout_start_ms);
	if (s->watchdog_sec)
		sb_printf(sb, "  watchdog %lu s\n", s->watchdog_sec);
	if (s->ready_fd)
		sb_printf(sb, "  ready fd %u\n", s->ready_fd);
}
