/* ctlargs.c - rampartctl's command line (see ctlargs.h): a pure parser,
 * shared by the client and its unit test. */
#include "ctlargs.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Long enough for any sensible word, short enough for one line. */
#define SHOW "\"%.40s\"%s"
#define SHOW_ARG(s) (s), strlen(s) > 40 ? "..." : ""


static const struct {
	const char *name;
	int sig;
} signals[] = {
	{"HUP", SIGHUP}, {"INT", SIGINT}, {"QUIT", SIGQUIT}, {"ILL", SIGILL},
	{"TRAP", SIGTRAP}, {"ABRT", SIGABRT}, {"BUS", SIGBUS}, {"FPE", SIGFPE},
	{"KILL", SIGKILL}, {"USR1", SIGUSR1}, {"SEGV", SIGSEGV},
	{"USR2", SIGUSR2}, {"PIPE", SIGPIPE}, {"ALRM", SIGALRM},
	{"TERM", SIGTERM}, {"CHLD", SIGCHLD}, {"CONT", SIGCONT},
	{"STOP", SIGSTOP}, {"TSTP", SIGTSTP}, {"TTIN", SIGTTIN},
	{"TTOU", SIGTTOU}, {"URG", SIGURG}, {"XCPU", SIGXCPU},
	{"XFSZ", SIGXFSZ}, {"VTALRM", SIGVTALRM}, {"PROF", SIGPROF},
	{"WINCH", SIGWINCH}, {"IO", SIGIO}, {"PWR", SIGPWR}, {"SYS", SIGSYS},
};
#define NSIGNALS (sizeof(signals) / sizeof(signals[0]))

const char *ctl_signal_name(int sig)
{
	unsigned int i;

	for (i = 0; i < NSIGNALS; i++)
		if (signals[i].sig == sig)
			return signals[i].name;
	return NULL;
}

int ctl_signal_parse(const char *s)
{
	unsigned long long n;
	unsigned int i;

	/* No leading zero: "010" is not a spelling of 8 or of 10. */
	if (*s == '0')
		return -EINVAL;
	if (*s >= '1' && *s <= '9')
		return parse_uint(s, 1, CTL_SIG_MAX, &n, NULL, 0) ? -EINVAL :
								   (int)n;
	if (!strncasecmp(s, "SIG", 3))
		s += 3;
	for (i = 0; i < NSIGNALS; i++)
		if (!strcasecmp(s, signals[i].name))
			return signals[i].sig;
	return -EINVAL;
}

static unsigned int cmd_of(const char *word)
{
	unsigned int c;

	for (c = 1; c < CTL_CMD_COUNT; c++)
		if (!strcmp(word, ctl_cmds[c].name))
			return c;
	return 0;
}

int ctl_args_parse(int argc, char *const *argv, struct ctl_args *a, char *err,
	size_t errlen)
{
	char why[PARSE_ERR_MAX];
	const char *name;
	int i = 1;

	memset(a, 0, sizeof(*a));
	a->output = CTL_OUTPUT_KV;
	/* Options come before the command: a service id never starts with
	 * '-', so nothing after it needs "--". */
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
			a->help = 1;
			return 0;
		}
		if (!strcmp(argv[i], "--no-block")) {
			if (a->no_block)
				return parse_fail(err, errlen, -EINVAL,
					"--no-block given twice");
			a->no_block = 1;
			continue;
		}
		if (strcmp(argv[i], "--json"))
			return parse_fail(err, errlen, -EINVAL,
				"unknown option " SHOW, SHOW_ARG(argv[i]));
		if (a->output == CTL_OUTPUT_JSON)
			return parse_fail(err, errlen, -EINVAL, "--json given twice");
		a->output = CTL_OUTPUT_JSON;
	}
	if (i >= argc)
		return parse_fail(err, errlen, -EINVAL,
			"no command (list, status, start, stop, restart, "
			"reload, kill, poweroff, reboot, halt, log)");
	a->cmd = cmd_of(argv[i]);
	if (!a->cmd)
		return parse_fail(err, errlen, -EINVAL, "unknown command " SHOW,
			SHOW_ARG(argv[i]));
	name = ctl_cmds[a->cmd].name;
	i++;
	if (a->no_block && a->cmd != CTL_CMD_START && a->cmd != CTL_CMD_STOP &&
		a->cmd != CTL_CMD_RESTART)
		return parse_fail(err, errlen, -EINVAL,
			"%s: --no-block is for start, stop and restart", name);
	if (a->cmd == CTL_CMD_LOG && i < argc && !strcmp(argv[i], "-f")) {
		a->follow = 1;
		i++;
	}
	if (a->cmd == CTL_CMD_KILL) {
		a->sig = SIGTERM;
		if (i < argc && !strcmp(argv[i], "-s")) {
			if (i + 1 >= argc)
				return parse_fail(err, errlen, -EINVAL,
					"kill: -s needs a signal");
			a->sig = ctl_signal_parse(argv[i + 1]);
			if (a->sig < 0)
				return parse_fail(err, errlen, -EINVAL,
					"kill: unknown signal " SHOW
					" (a name such as TERM, or 1..%d)",
					SHOW_ARG(argv[i + 1]), CTL_SIG_MAX);
			i += 2;
		}
	}
	if (i < argc && argv[i][0] == '-')
		return parse_fail(err, errlen, -EINVAL, "%s: unknown option " SHOW,
			name, SHOW_ARG(argv[i]));
	if (ctl_cmds[a->cmd].takes & CTL_TAKES_SVC) {
		if (i >= argc) {
			if (a->cmd == CTL_CMD_STATUS)
				return 0; /* every service */
			return parse_fail(err, errlen, -EINVAL,
				"%s: needs a service id", name);
		}
		if (parse_svc_id(argv[i], why, sizeof(why)))
			return parse_fail(err, errlen, -EINVAL,
				"%s: bad service id " SHOW ": %s", name,
				SHOW_ARG(argv[i]), why);
		a->svc = argv[i++];
	}
	if (i < argc)
		return parse_fail(err, errlen, -EINVAL,
			"%s: unexpected argument " SHOW, name,
			SHOW_ARG(argv[i]));
	return 0;
}

/* Append to buf at *o; *o counts what did not fit too (then >= size). */
__attribute__((format(printf, 4, 5))) static void put(
	char *buf, size_t size, size_t *o, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (*o >= size)
		return;
	va_start(ap, fmt);
	n = vsnprintf(buf + *o, size - *o, fmt, ap);
	va_end(ap);
	*o += n < 0 ? size : (size_t)n;
}

/* A counter PID 1 may not know: a number, or "-" / null. */
static void put_counter(char *buf, size_t size, size_t *o, int json,
	const char *key, uint64_t v)
{
	if (v == CTL_UNKNOWN)
		put(buf, size, o, json ? ",\"%s\":null" : " %s=-", key);
	else
		put(buf, size, o, json ? ",\"%s\":%llu" : " %s=%llu", key,
			(unsigned long long)v);
}

int ctl_format_status(const struct ctl_reply *rep, int output, int brief,
	char *buf, size_t size)
{
	int json = output == CTL_OUTPUT_JSON;
	const char *state = rep->state < CTL_STATE_COUNT ?
				    ctl_state_names[rep->state] : "unknown";
	char exit[32];
	size_t o = 0;

	/* The id is a checked service id (ctl_reply_parse): no quoting. */
	put(buf, size, &o, json ? "{\"id\":\"%.31s\",\"state\":\"%s\"" :
				     "id=%.31s state=%s",
		rep->id, state);
	if (!brief)
		put(buf, size, &o, json ? ",\"ready\":%s" : " ready=%s",
			rep->ready ? (json ? "true" : "yes") :
				     (json ? "false" : "no"));
	put(buf, size, &o, json ? ",\"pid\":%d" : " pid=%d",
		(int)rep->main_pid);
	if (!brief) {
		if (rep->exit_kind == CTL_EXIT_STATUS)
			snprintf(exit, sizeof(exit), "status:%d",
				(int)rep->exit_value);
		else if (rep->exit_kind == CTL_EXIT_SIGNAL)
			snprintf(exit, sizeof(exit), "signal:%d",
				(int)rep->exit_value);
		else
			snprintf(exit, sizeof(exit), "none");
		put(buf, size, &o,
			json ? ",\"uptime_ms\":%llu,\"restarts\":%u,"
			       "\"last_exit\":\"%s\"" :
			       " uptime_ms=%llu restarts=%u last_exit=%s",
			(unsigned long long)rep->uptime_ms,
			(unsigned int)rep->restarts, exit);
		put_counter(buf, size, &o, json, "memory_current",
			rep->memory_current);
		put_counter(buf, size, &o, json, "pids_current",
			rep->pids_current);
	}
	put(buf, size, &o, json ? "}\n" : "\n");
	if (o >= size)
		return -ENOSPC;
	return (int)o;
}
