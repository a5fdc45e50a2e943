/*
 * test_ctlargs.c - rampartctl's command line (lib/ctlargs.c) against a
 * table of good and bad command lines, with the exact parse or error text.
 *
 * A command line is written as its words joined by single spaces (no
 * word here holds a space; "<empty>" stands for an empty word).  Each
 * expectation is "ok: cmd=... svc=... sig=... output=..." or
 * "EINVAL: <message>".
 */
#include "check.h"
#include "ctlargs.h"

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>

struct tcase {
	const char *line;
	const char *want;
};

static const struct tcase cases[] = {
	/* every command, in its good forms */
	{"list", "ok: cmd=list svc=- sig=0 output=kv"},
	{"--json list", "ok: cmd=list svc=- sig=0 output=json"},
	{"status", "ok: cmd=status svc=- sig=0 output=kv"},
	{"status httpd", "ok: cmd=status svc=httpd sig=0 output=kv"},
	{"--json status ntp_2", "ok: cmd=status svc=ntp_2 sig=0 output=json"},
	{"start httpd", "ok: cmd=start svc=httpd sig=0 output=kv"},
	{"stop httpd", "ok: cmd=stop svc=httpd sig=0 output=kv"},
	{"restart httpd", "ok: cmd=restart svc=httpd sig=0 output=kv"},
	{"reload httpd", "ok: cmd=reload svc=httpd sig=0 output=kv"},
	{"kill httpd", "ok: cmd=kill svc=httpd sig=15 output=kv"},
	{"kill -s HUP httpd", "ok: cmd=kill svc=httpd sig=1 output=kv"},
	{"kill -s SIGKILL httpd", "ok: cmd=kill svc=httpd sig=9 output=kv"},
	{"kill -s sigusr1 httpd", "ok: cmd=kill svc=httpd sig=10 output=kv"},
	{"kill -s term httpd", "ok: cmd=kill svc=httpd sig=15 output=kv"},
	{"kill -s 9 httpd", "ok: cmd=kill svc=httpd sig=9 output=kv"},
	{"kill -s 64 httpd", "ok: cmd=kill svc=httpd sig=64 output=kv"},
	{"poweroff", "ok: cmd=poweroff svc=- sig=0 output=kv"},
	{"reboot", "ok: cmd=reboot svc=- sig=0 output=kv"},
	{"halt", "ok: cmd=halt svc=- sig=0 output=kv"},
	{"-h", "ok: help"},
	{"--help", "ok: help"},
	{"--json --help", "ok: help"},
	{"--json -h stop", "ok: help"},

	/* options */
	{"", "EINVAL: no command (list, status, start, stop, restart, reload, "
	     "kill, poweroff, reboot, halt, log)"},
	{"--json", "EINVAL: no command (list, status, start, stop, restart, "
		   "reload, kill, poweroff, reboot, halt, log)"},
	{"--json --json list", "EINVAL: --json given twice"},
	{"--JSON list", "EINVAL: unknown option \"--JSON\""},
	{"-j list", "EINVAL: unknown option \"-j\""},
	{"- list", "EINVAL: unknown option \"-\""},
	{"list --json", "EINVAL: list: unknown option \"--json\""},
	{"status --json httpd", "EINVAL: status: unknown option \"--json\""},

	/* log */
	{"log httpd", "ok: cmd=log svc=httpd sig=0 output=kv"},
	{"log -f httpd", "ok: cmd=log svc=httpd sig=0 output=kv follow"},
	{"log", "EINVAL: log: needs a service id"},
	{"log -f", "EINVAL: log: needs a service id"},
	{"log -x httpd", "EINVAL: log: unknown option \"-x\""},
	{"log -f -f httpd", "EINVAL: log: unknown option \"-f\""},
	{"log httpd -f", "EINVAL: log: unexpected argument \"-f\""},
	{"status -f httpd", "EINVAL: status: unknown option \"-f\""},

	/* --no-block: where it means something */
	{"--no-block restart httpd",
		"ok: cmd=restart svc=httpd sig=0 output=kv no-block"},
	{"--json --no-block stop httpd",
		"ok: cmd=stop svc=httpd sig=0 output=json no-block"},
	{"--no-block --json start httpd",
		"ok: cmd=start svc=httpd sig=0 output=json no-block"},
	{"--no-block --no-block start httpd",
		"EINVAL: --no-block given twice"},
	{"--no-block status httpd",
		"EINVAL: status: --no-block is for start, stop and restart"},
	{"--no-block kill httpd",
		"EINVAL: kill: --no-block is for start, stop and restart"},
	{"restart --no-block httpd",
		"EINVAL: restart: unknown option \"--no-block\""},

	/* commands */
	{"lst", "EINVAL: unknown command \"lst\""},
	{"Status", "EINVAL: unknown command \"Status\""},
	{"<empty>", "EINVAL: unknown command \"\""},
	{"status-httpd", "EINVAL: unknown command \"status-httpd\""},
	{"kill-all", "EINVAL: unknown command \"kill-all\""},
	{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
		"EINVAL: unknown command "
		"\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"..."},

	/* arguments */
	{"list httpd", "EINVAL: list: unexpected argument \"httpd\""},
	{"status httpd ntp", "EINVAL: status: unexpected argument \"ntp\""},
	{"start", "EINVAL: start: needs a service id"},
	{"stop", "EINVAL: stop: needs a service id"},
	{"restart", "EINVAL: restart: needs a service id"},
	{"reload", "EINVAL: reload: needs a service id"},
	{"kill", "EINVAL: kill: needs a service id"},
	{"stop httpd httpd", "EINVAL: stop: unexpected argument \"httpd\""},
	{"poweroff now", "EINVAL: poweroff: unexpected argument \"now\""},
	{"reboot -f", "EINVAL: reboot: unknown option \"-f\""},
	{"halt -s", "EINVAL: halt: unknown option \"-s\""},

	/* service ids: what parse_svc_id refuses, named */
	{"stop Httpd", "EINVAL: stop: bad service id \"Httpd\": service id "
		       "must start with a letter a-z"},
	{"stop http-d", "EINVAL: stop: bad service id \"http-d\": invalid "
			"character '-' in service id (allowed: a-z 0-9 _)"},
	{"stop ../httpd", "EINVAL: stop: bad service id \"../httpd\": service "
			  "id must start with a letter a-z"},
	{"status <empty>",
		"EINVAL: status: bad service id \"\": empty service id"},
	{"status a2345678901234567890123456789012",
		"EINVAL: status: bad service id "
		"\"a2345678901234567890123456789012\": service id longer "
		"than 31 characters"},

	/* kill's signal */
	{"kill -s", "EINVAL: kill: -s needs a signal"},
	{"kill -s TERM", "EINVAL: kill: needs a service id"},
	{"kill -s 0 httpd", "EINVAL: kill: unknown signal \"0\" (a name such "
			    "as TERM, or 1..64)"},
	{"kill -s 65 httpd", "EINVAL: kill: unknown signal \"65\" (a name "
			     "such as TERM, or 1..64)"},
	{"kill -s 09 httpd", "EINVAL: kill: unknown signal \"09\" (a name "
			     "such as TERM, or 1..64)"},
	{"kill -s -9 httpd", "EINVAL: kill: unknown signal \"-9\" (a name "
			     "such as TERM, or 1..64)"},
	{"kill -s 9x httpd", "EINVAL: kill: unknown signal \"9x\" (a name "
			     "such as TERM, or 1..64)"},
	{"kill -s SIG httpd", "EINVAL: kill: unknown signal \"SIG\" (a name "
			      "such as TERM, or 1..64)"},
	{"kill -s SIGSIGTERM httpd", "EINVAL: kill: unknown signal "
				     "\"SIGSIGTERM\" (a name such as TERM, "
				     "or 1..64)"},
	{"kill -s <empty> httpd", "EINVAL: kill: unknown signal \"\" (a name "
				  "such as TERM, or 1..64)"},
	{"kill -9 httpd", "EINVAL: kill: unknown option \"-9\""},
	{"kill -s TERM -s KILL httpd", "EINVAL: kill: unknown option \"-s\""},
	{"kill httpd -s TERM", "EINVAL: kill: unexpected argument \"-s\""},
	{"stop -s TERM httpd", "EINVAL: stop: unknown option \"-s\""},
};

/* The output lines, exact: scripts read them. */
static void test_format(void)
{
	struct ctl_request req;
	struct ctl_reply rep;
	char buf[CTL_FORMAT_MAX];
	int n;

	ctl_request_init(&req, CTL_CMD_STATUS, 1, NULL, 0);
	ctl_reply_init(&rep, &req, 3);
	strcpy(rep.id, "httpd");
	rep.state = CTL_STATE_RUNNING;
	rep.ready = 1;
	rep.main_pid = 42;
	rep.uptime_ms = 1200;
	rep.restarts = 2;
	rep.exit_kind = CTL_EXIT_SIGNAL;
	rep.exit_value = 9;
	rep.memory_current = CTL_UNKNOWN;
	rep.pids_current = 3;
	ctl_format_status(&rep, CTL_OUTPUT_KV, 0, buf, sizeof(buf));
	check_str("format: status, key=value",
		"id=httpd state=running ready=yes pid=42 uptime_ms=1200 "
		"restarts=2 last_exit=signal:9 memory_current=- pids_current=3\n",
		buf);
	ctl_format_status(&rep, CTL_OUTPUT_JSON, 0, buf, sizeof(buf));
	check_str("format: status, JSON",
		"{\"id\":\"httpd\",\"state\":\"running\",\"ready\":true,"
		"\"pid\":42,\"uptime_ms\":1200,\"restarts\":2,"
		"\"last_exit\":\"signal:9\",\"memory_current\":null,"
		"\"pids_current\":3}\n",
		buf);
	ctl_format_status(&rep, CTL_OUTPUT_KV, 1, buf, sizeof(buf));
	check_str("format: list, key=value", "id=httpd state=running pid=42\n",
		buf);
	ctl_format_status(&rep, CTL_OUTPUT_JSON, 1, buf, sizeof(buf));
	check_str("format: list, JSON",
		"{\"id\":\"httpd\",\"state\":\"running\",\"pid\":42}\n", buf);

	rep.state = CTL_STATE_STOPPED;
	rep.ready = 0;
	rep.main_pid = 0;
	rep.uptime_ms = 0;
	rep.exit_kind = CTL_EXIT_STATUS;
	rep.exit_value = 1;
	rep.memory_current = 4096;
	rep.pids_current = CTL_UNKNOWN;
	ctl_format_status(&rep, CTL_OUTPUT_KV, 0, buf, sizeof(buf));
	check_str("format: stopped, exit status 1, key=value",
		"id=httpd state=stopped ready=no pid=0 uptime_ms=0 restarts=2 "
		"last_exit=status:1 memory_current=4096 pids_current=-\n",
		buf);
	ctl_format_status(&rep, CTL_OUTPUT_JSON, 0, buf, sizeof(buf));
	check_str("format: stopped, exit status 1, JSON",
		"{\"id\":\"httpd\",\"state\":\"stopped\",\"ready\":false,"
		"\"pid\":0,\"uptime_ms\":0,\"restarts\":2,"
		"\"last_exit\":\"status:1\",\"memory_current\":4096,"
		"\"pids_current\":null}\n",
		buf);
	rep.exit_kind = CTL_EXIT_NONE;
	rep.exit_value = 0;
	ctl_format_status(&rep, CTL_OUTPUT_KV, 0, buf, sizeof(buf));
	check(strstr(buf, " last_exit=none ") != NULL,
		"format: no exit yet is last_exit=none", "last_exit=none", buf);

	/* The longest line fits CTL_FORMAT_MAX; a short buffer is refused. */
	memset(rep.id, 'a', CTL_ID_SIZE - 1);
	rep.state = CTL_STATE_RESTARTING;
	rep.ready = 0;
	rep.main_pid = -2147483647 - 1;
	rep.uptime_ms = UINT64_MAX - 1;
	rep.restarts = UINT32_MAX;
	rep.exit_kind = CTL_EXIT_STATUS;
	rep.exit_value = -2147483647 - 1;
	rep.memory_current = UINT64_MAX - 1;
	rep.pids_current = UINT64_MAX - 1;
	n = ctl_format_status(&rep, CTL_OUTPUT_JSON, 0, buf, sizeof(buf));
	check(n > 0 && (size_t)n < sizeof(buf),
		"format: the longest JSON line fits CTL_FORMAT_MAX", "fits",
		"-ENOSPC");
	n = ctl_format_status(&rep, CTL_OUTPUT_KV, 0, buf, 40);
	check(n == -ENOSPC, "format: 40 bytes is -ENOSPC", "-ENOSPC",
		n < 0 ? "another error" : "a line");
}

static const char *cmd_name(unsigned int c)
{
	return c && c < CTL_CMD_COUNT ? ctl_cmds[c].name : "?";
}

int main(void)
{
	char line[256], got[512], err[PARSE_ERR_MAX], name[700], show[300];
	char *argv[16], *w;
	struct ctl_args a;
	unsigned int i;
	int argc, r;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		snprintf(line, sizeof(line), "%s", cases[i].line);
		argc = 0;
		argv[argc++] = "rampartctl";
		for (w = strtok(line, " "); w && argc < 15;
			w = strtok(NULL, " "))
			argv[argc++] = strcmp(w, "<empty>") ? w : "";
		argv[argc] = NULL;
		err[0] = '\0';
		r = ctl_args_parse(argc, argv, &a, err, sizeof(err));
		if (r == -EINVAL)
			snprintf(got, sizeof(got), "EINVAL: %s", err);
		else if (r)
			snprintf(got, sizeof(got), "errno %d: %s", -r, err);
		else if (a.help)
			snprintf(got, sizeof(got), "ok: help");
		else
			snprintf(got, sizeof(got),
				"ok: cmd=%s svc=%s sig=%d output=%s%s%s",
				cmd_name(a.cmd), a.svc ? a.svc : "-", a.sig,
				a.output == CTL_OUTPUT_JSON ? "json" : "kv",
				a.no_block ? " no-block" : "",
				a.follow ? " follow" : "");
		snprintf(name, sizeof(name), "rampartctl %s -> %s",
			check_show(cases[i].line, show, sizeof(show)),
			cases[i].want);
		check_str(name, cases[i].want, got);
	}

	/* Signal names both ways, for what the client prints. */
	check_str("signal name of SIGTERM", "TERM", ctl_signal_name(SIGTERM));
	check(ctl_signal_name(40) == NULL, "signal name of 40 is none", "NULL",
		"a name");
	for (i = 1, r = 0; i <= CTL_SIG_MAX; i++) {
		const char *n = ctl_signal_name((int)i);

		if (n && ctl_signal_parse(n) != (int)i)
			r++;
	}
	check(!r, "every named signal parses back to its number", "0 misses",
		"a miss");
	test_format();
	return check_done("ctlargs");
}
