/* ctlargs.h - rampartctl's command line, parsed without side effects so
 * that a unit test can hold every accepted and refused form. */
#ifndef RAMPART_CTLARGS_H
#define RAMPART_CTLARGS_H

#include <stddef.h>

#include "ctlproto.h"
#include "parse.h"

/*
 *   rampartctl [--json] list
 *   rampartctl [--json] status [ID]
 *   rampartctl [--json] [--no-block] start|stop|restart ID
 *   rampartctl [--json] reload ID
 *   rampartctl [--json] kill [-s SIG] ID
 *   rampartctl [--json] poweroff|reboot|halt
 *   rampartctl log [-f] ID
 *   rampartctl -h|--help
 *
 * Output is key=value lines by default (readable, and stable for scripts:
 * one record a line, keys never renamed), or one JSON object a line with
 * --json.  SIG is a name with or without "SIG" (TERM, SIGHUP, any case)
 * or a number 1 to CTL_SIG_MAX; kill's default is TERM.  start, stop and
 * restart wait until the service has started (is ready) or stopped,
 * unless --no-block.
 */
enum ctl_output { CTL_OUTPUT_KV, CTL_OUTPUT_JSON };

struct ctl_args {
	unsigned int cmd;    /* enum ctl_cmd; 0 with help set */
	int help;	     /* -h or --help: print the usage, nothing else */
	int output;	     /* enum ctl_output */
	int no_block;	     /* --no-block: do not wait for the start/stop */
	const char *svc;     /* the ID (an argv string), or NULL: none/all */
	int sig;	     /* kill's signal, else 0 */
	int follow;	     /* log -f */
};

/*
 * ctl_args_parse - argv[1..argc-1] (argv[0] is the program) into *a: 0,
 * or -EINVAL and one line in err[errlen] saying what is wrong (lower case,
 * no period, the offending word quoted as given).
 */
int ctl_args_parse(int argc, char *const *argv, struct ctl_args *a, char *err,
	size_t errlen);

/* ctl_signal_parse - a signal name or number as kill -s takes it: the
 * number, or -EINVAL. */
int ctl_signal_parse(const char *s);

/* ctl_signal_name - "TERM" for SIGTERM, NULL for a number without a name. */
const char *ctl_signal_name(int sig);

/*
 * ctl_format_status - one service of a STATUS reply as one line (with
 * '\n') in buf[size], in the output form chosen; brief: only id, state and
 * pid (list).  key=value:
 *   id=httpd state=running ready=yes pid=42 uptime_ms=1200 restarts=0
 *   last_exit=none|status:N|signal:N memory_current=N|- pids_current=N|-
 * JSON: the same keys, numbers as numbers, ready as true/false, an unknown
 * counter as null.  Returns the length, or -ENOSPC when size is too small
 * (CTL_FORMAT_MAX always fits).
 */
#define CTL_FORMAT_MAX 320
int ctl_format_status(const struct ctl_reply *rep, int output, int brief,
	char *buf, size_t size);

#endif
