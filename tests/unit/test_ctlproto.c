/*
 * test_ctlproto.c - rampartctl's wire protocol (lib/ctlproto.c): a table
 * of good and bad requests and replies, each with the exact result, errno
 * and message the strict parsers must give.
 *
 * Each expectation is "ok" or "<ERRNO>: <message>".
 */
#include "check.h"
#include "ctlproto.h"

#include <errno.h>
#include <stdint.h>

static const char *errname(int ret)
{
	switch (ret) {
	case 0:
		return "ok";
	case -EINVAL:
		return "EINVAL";
	case -EMSGSIZE:
		return "EMSGSIZE";
	case -EPROTO:
		return "EPROTO";
	case -EPROTONOSUPPORT:
		return "EPROTONOSUPPORT";
	case -EOPNOTSUPP:
		return "EOPNOTSUPP";
	case -ENOENT:
		return "ENOENT";
	default:
		return "unexpected errno";
	}
}

static void result(char *got, size_t size, int r, const char *err)
{
	if (r)
		snprintf(got, size, "%s: %s", errname(r), err);
	else
		snprintf(got, size, "ok");
}

/* ---- requests ---- */

#define NSVC 3 /* the PID 1 of this test has services 0, 1 and 2 */

struct req_case {
	const char *name;
	uint16_t cmd;
	uint32_t svc;
	int32_t arg;
	int tweak;	 /* which field to spoil, below */
	size_t len;	 /* 0: CTL_REQUEST_SIZE */
	const char *want;
	const char *id;	 /* the service by id */
};

enum {
	T_NONE, T_MAGIC, T_VERSION, T_RESERVED0, T_RESERVED1, T_ID_FULL,
	T_ID_PAD
};

#define NONE CTL_SVC_NONE
static const struct req_case req_cases[] = {
	{"list", CTL_CMD_LIST, NONE, 0, T_NONE, 0, "ok", NULL},
	{"status of service 0", CTL_CMD_STATUS, 0, 0, T_NONE, 0, "ok", NULL},
	{"status of the last service", CTL_CMD_STATUS, 2, 0, T_NONE, 0, "ok", NULL},
	{"start", CTL_CMD_START, 1, 0, T_NONE, 0, "ok", NULL},
	{"stop", CTL_CMD_STOP, 1, 0, T_NONE, 0, "ok", NULL},
	{"restart", CTL_CMD_RESTART, 1, 0, T_NONE, 0, "ok", NULL},
	{"reload", CTL_CMD_RELOAD, 1, 0, T_NONE, 0, "ok", NULL},
	{"kill -s 1", CTL_CMD_KILL, 1, 1, T_NONE, 0, "ok", NULL},
	{"kill -s 64", CTL_CMD_KILL, 1, 64, T_NONE, 0, "ok", NULL},
	{"poweroff", CTL_CMD_POWEROFF, NONE, 0, T_NONE, 0, "ok", NULL},
	{"reboot", CTL_CMD_REBOOT, NONE, 0, T_NONE, 0, "ok", NULL},
	{"halt", CTL_CMD_HALT, NONE, 0, T_NONE, 0, "ok", NULL},
	{"status by id", CTL_CMD_STATUS, NONE, 0, T_NONE, 0, "ok", "httpd"},
	{"status by an id of 31 characters", CTL_CMD_STATUS, NONE, 0, T_NONE,
		0, "ok", "a234567890123456789012345678901"},
	{"kill by id", CTL_CMD_KILL, NONE, 9, T_NONE, 0, "ok", "ntp_2"},
	{"status by an id PID 1 may not have", CTL_CMD_STATUS, NONE, 0,
		T_NONE, 0, "ok", "nosuch"},

	{"empty datagram", CTL_CMD_LIST, NONE, 0, T_NONE, 1,
		"EMSGSIZE: request of 1 bytes, not 56", NULL},
	{"one byte short", CTL_CMD_LIST, NONE, 0, T_NONE, 55,
		"EMSGSIZE: request of 55 bytes, not 56", NULL},
	{"trailing garbage", CTL_CMD_LIST, NONE, 0, T_NONE, 57,
		"EMSGSIZE: request of 57 bytes, not 56", NULL},
	{"the version 0 size of 24 bytes", CTL_CMD_LIST, NONE, 0, T_NONE, 24,
		"EMSGSIZE: request of 24 bytes, not 56", NULL},
	{"a reply sent as a request", CTL_CMD_LIST, NONE, 0, T_NONE, 96,
		"EMSGSIZE: request of 96 bytes, not 56", NULL},
	{"wrong magic", CTL_CMD_LIST, NONE, 0, T_MAGIC, 0,
		"EPROTO: request with magic 0x6c746373, not 0x6c746372", NULL},
	{"version 2", CTL_CMD_LIST, NONE, 0, T_VERSION, 0,
		"EPROTONOSUPPORT: request of protocol version 2, not 1", NULL},
	{"command 0", 0, NONE, 0, T_NONE, 0, "EOPNOTSUPP: unknown command 0", NULL},
	{"command past the last", CTL_CMD_COUNT, NONE, 0, T_NONE, 0,
		"EOPNOTSUPP: unknown command 12", NULL},
	{"command 65535", 65535, NONE, 0, T_NONE, 0,
		"EOPNOTSUPP: unknown command 65535", NULL},
	{"a line number to status", CTL_CMD_STATUS, 0, 0, T_RESERVED0, 0,
		"EINVAL: status takes no line number", NULL},
	{"reserved set", CTL_CMD_STATUS, 0, 0, T_RESERVED1, 0,
		"EINVAL: status: reserved field not 0", NULL},
	{"a line number to log", CTL_CMD_LOG, 0, 0, T_RESERVED0, 0, "ok",
		NULL},
	{"list with a service", CTL_CMD_LIST, 0, 0, T_NONE, 0,
		"EINVAL: list takes no service", NULL},
	{"poweroff with a service", CTL_CMD_POWEROFF, 1, 0, T_NONE, 0,
		"EINVAL: poweroff takes no service", NULL},
	{"status without a service", CTL_CMD_STATUS, NONE, 0, T_NONE, 0,
		"EINVAL: status needs a service", NULL},
	{"kill without a service", CTL_CMD_KILL, NONE, 9, T_NONE, 0,
		"EINVAL: kill needs a service", NULL},
	{"status of service 3 of 3", CTL_CMD_STATUS, 3, 0, T_NONE, 0,
		"ENOENT: status: no service 3 (there are 3)", NULL},
	{"stop of service 0xfffffffe", CTL_CMD_STOP, 0xfffffffe, 0, T_NONE, 0,
		"ENOENT: stop: no service 4294967294 (there are 3)", NULL},
	{"kill -s 0", CTL_CMD_KILL, 1, 0, T_NONE, 0,
		"EINVAL: kill: signal 0 not in 1..64", NULL},
	{"kill -s 65", CTL_CMD_KILL, 1, 65, T_NONE, 0,
		"EINVAL: kill: signal 65 not in 1..64", NULL},
	{"kill -s -9", CTL_CMD_KILL, 1, -9, T_NONE, 0,
		"EINVAL: kill: signal -9 not in 1..64", NULL},
	{"stop with an argument", CTL_CMD_STOP, 1, 15, T_NONE, 0,
		"EINVAL: stop takes no argument", NULL},
	{"list with an argument", CTL_CMD_LIST, NONE, 1, T_NONE, 0,
		"EINVAL: list takes no argument", NULL},
	{"status by index and id", CTL_CMD_STATUS, 1, 0, T_NONE, 0,
		"EINVAL: status: a service by index and by id", "httpd"},
	{"list with an id", CTL_CMD_LIST, NONE, 0, T_NONE, 0,
		"EINVAL: list takes no service", "httpd"},
	{"status by an id with a capital", CTL_CMD_STATUS, NONE, 0, T_NONE, 0,
		"EINVAL: status: id is not a service id padded with NULs",
		"Httpd"},
	{"status by an id with a slash", CTL_CMD_STATUS, NONE, 0, T_NONE, 0,
		"EINVAL: status: id is not a service id padded with NULs",
		"a/b"},
	{"status by an id starting with a digit", CTL_CMD_STATUS, NONE, 0,
		T_NONE, 0,
		"EINVAL: status: id is not a service id padded with NULs", "1a"},
	{"status by an id without its NUL", CTL_CMD_STATUS, NONE, 0,
		T_ID_FULL, 0,
		"EINVAL: status: id is not a service id padded with NULs", NULL},
	{"status by an id with garbage after its NUL", CTL_CMD_STATUS, NONE,
		0, T_ID_PAD, 0,
		"EINVAL: status: id is not a service id padded with NULs",
		"httpd"},
	{"stop by index with garbage in id", CTL_CMD_STOP, 1, 0, T_ID_PAD, 0,
		"EINVAL: stop: id is not a service id padded with NULs", NULL},
};

static void test_requests(void)
{
	unsigned char buf[128];
	struct ctl_request req, out;
	char err[160], got[256], name[256];
	unsigned int i;
	int r;

	for (i = 0; i < sizeof(req_cases) / sizeof(req_cases[0]); i++) {
		const struct req_case *c = &req_cases[i];
		size_t len = c->len ? c->len : CTL_REQUEST_SIZE;

		ctl_request_init(&req, c->cmd, c->svc, c->id, c->arg);
		switch (c->tweak) {
		case T_ID_FULL:
			memset(req.id, 'a', CTL_ID_SIZE);
			break;
		case T_ID_PAD:
			req.id[CTL_ID_SIZE - 1] = 'x';
			break;
		case T_MAGIC:
			req.magic++;
			break;
		case T_VERSION:
			req.version++;
			break;
		case T_RESERVED0:
			req.seq = 1;
			break;
		case T_RESERVED1:
			req.reserved = 0x80000000u;
			break;
		}
		memset(buf, 0xa5, sizeof(buf));
		memcpy(buf, &req, sizeof(req));
		err[0] = '\0';
		r = ctl_request_parse(buf, len, NSVC, &out,
			err, sizeof(err));
		result(got, sizeof(got), r, err);
		snprintf(name, sizeof(name), "request: %s -> %s", c->name,
			c->want);
		check_str(name, c->want, got);
		if (!r)
			check(!memcmp(&out, &req, sizeof(req)),
				"request: parsed copy equals the datagram",
				"equal", "different");
	}

	/* The same good request at an odd address. */
	ctl_request_init(&req, CTL_CMD_KILL, 2, NULL, 15);
	memcpy(buf + 1, &req, sizeof(req));
	r = ctl_request_parse(buf + 1, sizeof(req), NSVC, &out, err,
		sizeof(err));
	result(got, sizeof(got), r, err);
	check_str("request: kill at an unaligned address -> ok", "ok", got);

	/* A PID 1 without services refuses every service index. */
	ctl_request_init(&req, CTL_CMD_STATUS, 0, NULL, 0);
	r = ctl_request_parse(&req, sizeof(req), 0, &out, err, sizeof(err));
	result(got, sizeof(got), r, err);
	check_str("request: status 0 with no services -> ENOENT",
		"ENOENT: status: no service 0 (there are 0)", got);

	/* A short err is cut, and still terminated. */
	r = ctl_request_parse(&req, 3, NSVC, &out, err, 9);
	check_str("request: err of 9 bytes holds the first 8", "request ", err);

	/* err may be NULL: the errno alone. */
	r = ctl_request_parse(&req, 3, NSVC, &out, NULL, 0);
	check_str("request: NULL err still returns the errno", "EMSGSIZE",
		errname(r));
}

/* ---- replies ---- */

struct rep_case {
	const char *name;
	int tweak;
	size_t len;
	const char *want;
};

enum {
	R_NONE, R_MAGIC, R_VERSION, R_CMD, R_SVC, R_STATUS_POS, R_STATUS_BIG,
	R_RESERVED0, R_RESERVED1, R_ID_UNTERMINATED, R_ID_GARBAGE_PAD,
	R_ID_BAD, R_ID_EMPTY, R_STATE, R_READY, R_EXIT_KIND, R_EXIT_VALUE,
	R_PID, R_COUNT, R_REFUSED, R_REFUSED_WITH_ID, R_REFUSED_WITH_STATE,
};

static const struct rep_case rep_cases[] = {
	{"a full status", R_NONE, 0, "ok"},
	{"a refusal", R_REFUSED, 0, "ok"},
	{"one byte short", R_NONE, 95, "EMSGSIZE: reply of 95 bytes, not 96"},
	{"trailing garbage", R_NONE, 97, "EMSGSIZE: reply of 97 bytes, not 96"},
	{"wrong magic", R_MAGIC, 0,
		"EPROTO: reply with magic 0x6c746373, not 0x6c746372"},
	{"version 2", R_VERSION, 0,
		"EPROTONOSUPPORT: reply of protocol version 2, not 1"},
	{"to another command", R_CMD, 0,
		"EPROTO: reply to command 3 service 1, not 2 service 1"},
	{"about another service", R_SVC, 0,
		"EPROTO: reply to command 2 service 0, not 2 service 1"},
	{"a positive status", R_STATUS_POS, 0, "EPROTO: reply status 1"},
	{"status -4096", R_STATUS_BIG, 0, "EPROTO: reply status -4096"},
	{"a status reply with a job", R_RESERVED0, 0,
		"EPROTO: status reply with job 1"},
	{"a job of 2", R_RESERVED1, 0, "EPROTO: status reply with job 2"},
	{"id not terminated", R_ID_UNTERMINATED, 0,
		"EPROTO: reply id not terminated"},
	{"id padded with garbage", R_ID_GARBAGE_PAD, 0,
		"EPROTO: reply id not padded with NULs"},
	{"id with a slash", R_ID_BAD, 0,
		"EPROTO: reply id: invalid character '/' in service id (allowed: a-z 0-9 _)"},
	{"an empty id", R_ID_EMPTY, 0, "EPROTO: reply id: empty service id"},
	{"state past the last", R_STATE, 0, "EPROTO: reply state 6"},
	{"ready 2", R_READY, 0, "EPROTO: reply ready 2"},
	{"exit kind 3", R_EXIT_KIND, 0, "EPROTO: reply exit kind 3"},
	{"an exit value without an exit", R_EXIT_VALUE, 0,
		"EPROTO: reply exit value 1 without an exit"},
	{"a negative main pid", R_PID, 0, "EPROTO: reply main pid -1"},
	{"service 1 of 1", R_COUNT, 0, "EPROTO: reply about service 1 of 1"},
	{"a refusal with an id", R_REFUSED_WITH_ID, 0,
		"EPROTO: reply has an id"},
	{"a refusal with status fields", R_REFUSED_WITH_STATE, 0,
		"EPROTO: status reply with status fields"},
};

static void test_replies(void)
{
	struct ctl_request req;
	struct ctl_reply rep, out;
	char err[160], got[256], name[256];
	unsigned char buf[128];
	unsigned int i;
	int r;

	ctl_request_init(&req, CTL_CMD_STATUS, 1, NULL, 0);
	for (i = 0; i < sizeof(rep_cases) / sizeof(rep_cases[0]); i++) {
		const struct rep_case *c = &rep_cases[i];
		size_t len = c->len ? c->len : CTL_REPLY_SIZE;

		ctl_reply_init(&rep, &req, 3);
		strcpy(rep.id, "httpd");
		rep.state = CTL_STATE_RUNNING;
		rep.ready = 1;
		rep.main_pid = 42;
		rep.exit_kind = CTL_EXIT_SIGNAL;
		rep.exit_value = 9;
		rep.restarts = 2;
		rep.starts = 3;
		rep.uptime_ms = 1234;
		rep.memory_current = CTL_UNKNOWN;
		rep.pids_current = 3;
		switch (c->tweak) {
		case R_MAGIC: rep.magic++; break;
		case R_VERSION: rep.version++; break;
		case R_CMD: rep.cmd = CTL_CMD_START; break;
		case R_SVC: rep.svc = 0; break;
		case R_STATUS_POS: rep.status = 1; break;
		case R_STATUS_BIG: rep.status = -4096; break;
		case R_RESERVED0: rep.job = CTL_JOB_PENDING; break;
		case R_RESERVED1: rep.job = 2; break;
		case R_ID_UNTERMINATED: memset(rep.id, 'a', CTL_ID_SIZE); break;
		case R_ID_GARBAGE_PAD: rep.id[CTL_ID_SIZE - 1] = 'x'; break;
		case R_ID_BAD: strncpy(rep.id, "a/x", CTL_ID_SIZE); break;
		case R_ID_EMPTY: memset(rep.id, 0, CTL_ID_SIZE); break;
		case R_STATE: rep.state = CTL_STATE_COUNT; break;
		case R_READY: rep.ready = 2; break;
		case R_EXIT_KIND: rep.exit_kind = CTL_EXIT_COUNT; break;
		case R_EXIT_VALUE:
			rep.exit_kind = CTL_EXIT_NONE;
			rep.exit_value = 1;
			break;
		case R_PID: rep.main_pid = -1; break;
		case R_COUNT: rep.count = 1; break;
		case R_REFUSED:
		case R_REFUSED_WITH_ID:
		case R_REFUSED_WITH_STATE:
			ctl_reply_init(&rep, &req, 3);
			rep.status = -EPERM;
			if (c->tweak == R_REFUSED_WITH_ID)
				strcpy(rep.id, "httpd");
			if (c->tweak == R_REFUSED_WITH_STATE)
				rep.restarts = 1;
			break;
		}
		memset(buf, 0x5a, sizeof(buf));
		memcpy(buf + 1, &rep, sizeof(rep)); /* unaligned on purpose */
		err[0] = '\0';
		r = ctl_reply_parse(buf + 1, len, &req, &out, err, sizeof(err));
		result(got, sizeof(got), r, err);
		snprintf(name, sizeof(name), "reply: %s -> %s", c->name,
			c->want);
		check_str(name, c->want, got);
	}

	/* Replies without status fields, for each kind of command. */
	ctl_request_init(&req, CTL_CMD_LIST, CTL_SVC_NONE, NULL, 0);
	ctl_reply_init(&rep, &req, 7);
	r = ctl_reply_parse(&rep, sizeof(rep), &req, &out, err, sizeof(err));
	result(got, sizeof(got), r, err);
	check_str("reply: list with count 7 -> ok", "ok", got);
	check(out.count == 7, "reply: list's count survives", "7", "other");
	strcpy(rep.id, "httpd");
	r = ctl_reply_parse(&rep, sizeof(rep), &req, &out, err, sizeof(err));
	result(got, sizeof(got), r, err);
	check_str("reply: list with an id -> EPROTO", "EPROTO: reply has an id",
		got);

	/* A request by id: the reply names the index it resolved to. */
	ctl_request_init(&req, CTL_CMD_STATUS, CTL_SVC_NONE, "httpd", 0);
	ctl_reply_init(&rep, &req, 3);
	rep.svc = 2;
	strcpy(rep.id, "httpd");
	r = ctl_reply_parse(&rep, sizeof(rep), &req, &out, err, sizeof(err));
	result(got, sizeof(got), r, err);
	check_str("reply: status by id, resolved to 2 -> ok", "ok", got);
	memset(rep.id, 0, sizeof(rep.id));
	strcpy(rep.id, "ntpd");
	r = ctl_reply_parse(&rep, sizeof(rep), &req, &out, err, sizeof(err));
	result(got, sizeof(got), r, err);
	check_str("reply: status by id, about another id -> EPROTO",
		"EPROTO: reply to command 2 service 2, not 2 service 4294967295",
		got);
	ctl_reply_init(&rep, &req, 3);
	rep.status = -ENOENT;
	r = ctl_reply_parse(&rep, sizeof(rep), &req, &out, err, sizeof(err));
	result(got, sizeof(got), r, err);
	check_str("reply: status by id refused with ENOENT -> ok", "ok", got);
	rep.svc = 1;
	r = ctl_reply_parse(&rep, sizeof(rep), &req, &out, err, sizeof(err));
	result(got, sizeof(got), r, err);
	check_str("reply: a refusal by id naming an index -> EPROTO",
		"EPROTO: reply to command 2 service 1, not 2 service 4294967295",
		got);

	ctl_request_init(&req, CTL_CMD_STOP, 2, NULL, 0);
	ctl_reply_init(&rep, &req, 3);
	strcpy(rep.id, "ntpd");
	r = ctl_reply_parse(&rep, sizeof(rep), &req, &out, err, sizeof(err));
	result(got, sizeof(got), r, err);
	check_str("reply: stop with its id -> ok", "ok", got);
	rep.state = CTL_STATE_STOPPING;
	rep.job = CTL_JOB_PENDING;
	rep.starts = 4;
	r = ctl_reply_parse(&rep, sizeof(rep), &req, &out, err, sizeof(err));
	result(got, sizeof(got), r, err);
	check_str("reply: stop with a state and a job -> ok", "ok", got);
	check(out.job == CTL_JOB_PENDING && out.starts == 4,
		"reply: stop's job and starts survive", "1 4", "other");

	/* Commands about a service but without a state: reload, kill. */
	ctl_request_init(&req, CTL_CMD_RELOAD, 2, NULL, 0);
	ctl_reply_init(&rep, &req, 3);
	strcpy(rep.id, "ntpd");
	rep.state = CTL_STATE_RUNNING;
	r = ctl_reply_parse(&rep, sizeof(rep), &req, &out, err, sizeof(err));
	result(got, sizeof(got), r, err);
	check_str("reply: reload with a state -> ok", "ok", got);
	rep.job = CTL_JOB_PENDING;
	r = ctl_reply_parse(&rep, sizeof(rep), &req, &out, err, sizeof(err));
	result(got, sizeof(got), r, err);
	check_str("reply: reload with a job -> EPROTO",
		"EPROTO: reload reply with job 1", got);

	/* Commands about no service carry no state. */
	ctl_request_init(&req, CTL_CMD_POWEROFF, CTL_SVC_NONE, NULL, 0);
	ctl_reply_init(&rep, &req, 3);
	r = ctl_reply_parse(&rep, sizeof(rep), &req, &out, err, sizeof(err));
	result(got, sizeof(got), r, err);
	check_str("reply: poweroff -> ok", "ok", got);
	rep.starts = 1;
	r = ctl_reply_parse(&rep, sizeof(rep), &req, &out, err, sizeof(err));
	result(got, sizeof(got), r, err);
	check_str("reply: poweroff with starts -> EPROTO",
		"EPROTO: poweroff reply with status fields", got);
}

/* ---- log replies ---- */

static void log_case(const char *name, const struct ctl_log_reply *rep,
	size_t len, const struct ctl_request *req, const char *want)
{
	static struct ctl_log_reply out;
	char err[160], got[256], full[256];
	int r;

	err[0] = '\0';
	r = ctl_log_reply_parse(rep, len, req, &out, err, sizeof(err));
	result(got, sizeof(got), r, err);
	snprintf(full, sizeof(full), "log reply: %s -> %s", name, want);
	check_str(full, want, got);
}

static void test_log_replies(void)
{
	static struct ctl_log_reply rep;
	struct ctl_request req;

	ctl_request_init(&req, CTL_CMD_LOG, 1, NULL, 0);
	req.seq = 5;
#define FRESH()                                                         \
	do {                                                            \
		memset(&rep, 0, sizeof(rep));                          \
		ctl_reply_init(&rep.head, &req, 3);                    \
		strcpy(rep.head.id, "httpd");                          \
		rep.head.state = CTL_STATE_RUNNING;                    \
		rep.first_seq = 5;                                     \
		rep.next_seq = 7;                                      \
		memcpy(rep.text, "one\ntwo\n", 8);                     \
		rep.len = 8;                                           \
	} while (0)
	FRESH();
	log_case("two lines", &rep, sizeof(rep), &req, "ok");
	log_case("the size of a status reply", &rep, CTL_REPLY_SIZE, &req,
		"EMSGSIZE: log reply of 96 bytes, not 1136");
	FRESH();
	rep.len = CTL_LOG_TEXT + 1;
	log_case("len past the text", &rep, sizeof(rep), &req,
		"EPROTO: log reply of 1025 bytes");
	FRESH();
	rep.next_seq = 4;
	log_case("next before first", &rep, sizeof(rep), &req,
		"EPROTO: log reply lines 5 to 4");
	FRESH();
	rep.text[1] = '\0';
	log_case("a NUL in the text", &rep, sizeof(rep), &req,
		"EPROTO: log text with a NUL");
	FRESH();
	rep.text[100] = 'x';
	log_case("garbage after the text", &rep, sizeof(rep), &req,
		"EPROTO: log text not padded with NULs");
	FRESH();
	rep.len = 6;
	rep.text[6] = rep.text[7] = '\0';
	log_case("a cut line", &rep, sizeof(rep), &req,
		"EPROTO: log text ends mid-line");
	FRESH();
	rep.next_seq = 5;
	log_case("text for no line", &rep, sizeof(rep), &req,
		"EPROTO: log reply of 8 bytes for 0 lines");
	FRESH();
	memset(rep.text, 0, sizeof(rep.text));
	rep.len = 0;
	rep.next_seq = 5;
	log_case("nothing new", &rep, sizeof(rep), &req, "ok");
	memset(&rep, 0, sizeof(rep));
	ctl_reply_init(&rep.head, &req, 3);
	rep.head.status = -EPERM;
	log_case("a refusal", &rep, sizeof(rep), &req, "ok");
	rep.lost = 1;
	log_case("a refusal with lines", &rep, sizeof(rep), &req,
		"EPROTO: refused log reply with lines");
#undef FRESH
}

/* The names the client prints and PID 1 logs: every entry filled. */
static void test_names(void)
{
	unsigned int i, named = 0;

	for (i = 1; i < CTL_CMD_COUNT; i++)
		named += ctl_cmds[i].name != NULL;
	check(named == CTL_CMD_COUNT - 1 && !ctl_cmds[0].name,
		"names: every command has a name, 0 has none", "all", "gaps");
	for (i = 0, named = 0; i < CTL_STATE_COUNT; i++)
		named += ctl_state_names[i] != NULL;
	check(named == CTL_STATE_COUNT, "names: every state has a name", "all",
		"gaps");
}

int main(void)
{
	test_requests();
	test_log_replies();
	test_replies();
	test_names();
	return check_done("ctlproto");
}
