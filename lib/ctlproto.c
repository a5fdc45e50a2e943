/* ctlproto.c - rampartctl's wire protocol: building and strictly checking
 * requests (PID 1's side) and replies (the client's side). */
#include "ctlproto.h"

#include <errno.h>
#include <stdarg.h>
#include <string.h>

#include "parse.h"

/* The layout is the protocol: the same on every ABI, no hidden padding. */
_Static_assert(sizeof(struct ctl_request) == CTL_REQUEST_SIZE,
	"struct ctl_request has padding");
_Static_assert(sizeof(struct ctl_reply) == CTL_REPLY_SIZE,
	"struct ctl_reply has padding");
_Static_assert(offsetof(struct ctl_reply, uptime_ms) % 8 == 0,
	"uptime_ms is not 8-aligned on every ABI");
_Static_assert(offsetof(struct ctl_reply, id) == 64, "id moved");
_Static_assert(CTL_ID_SIZE == PARSE_SVC_ID_MAX + 1, "id size");
_Static_assert(sizeof(struct ctl_log_reply) == CTL_LOG_REPLY_SIZE,
	"struct ctl_log_reply has padding");

const struct ctl_cmd_info ctl_cmds[CTL_CMD_COUNT] = {
	[CTL_CMD_LIST] = {"list", 0},
	[CTL_CMD_STATUS] = {"status", CTL_TAKES_SVC},
	[CTL_CMD_START] = {"start", CTL_TAKES_SVC},
	[CTL_CMD_STOP] = {"stop", CTL_TAKES_SVC},
	[CTL_CMD_RESTART] = {"restart", CTL_TAKES_SVC},
	[CTL_CMD_RELOAD] = {"reload", CTL_TAKES_SVC},
	[CTL_CMD_KILL] = {"kill", CTL_TAKES_SVC | CTL_TAKES_SIG},
	[CTL_CMD_POWEROFF] = {"poweroff", 0},
	[CTL_CMD_REBOOT] = {"reboot", 0},
	[CTL_CMD_HALT] = {"halt", 0},
	[CTL_CMD_LOG] = {"log", CTL_TAKES_SVC},
};

const char *const ctl_state_names[CTL_STATE_COUNT] = {
	[CTL_STATE_WAITING] = "waiting",
	[CTL_STATE_STARTING] = "starting",
	[CTL_STATE_RUNNING] = "running",
	[CTL_STATE_STOPPING] = "stopping",
	[CTL_STATE_RESTARTING] = "restarting",
	[CTL_STATE_STOPPED] = "stopped",
};

/*
 * Write the reason into err (when there is one) and return code.  PID 1
 * calls the request parser, and PID 1 links no printf (init/util.c's
 * fmt_v says why): this knows only what the messages here use, %s %d %u
 * and %08x (always eight digits), and cuts at errlen.
 */
__attribute__((format(printf, 4, 5))) static int fail(
	char *err, size_t errlen, int code, const char *fmt, ...)
{
	char num[12], *p;
	const char *s;
	size_t o = 0;
	unsigned int u;
	va_list ap;
	int d, k;

	if (!err || !errlen)
		return code;
	va_start(ap, fmt);
	for (; *fmt; fmt++) {
		s = num;
		p = num + sizeof(num);
		*--p = '\0';
		if (*fmt != '%') {
			num[0] = *fmt;
			num[1] = '\0';
		} else if (*++fmt == 's') {
			s = va_arg(ap, const char *);
		} else if (*fmt == 'd' || *fmt == 'u') {
			d = va_arg(ap, int);
			u = *fmt == 'd' && d < 0 ? 0u - (unsigned int)d :
						   (unsigned int)d;
			do
				*--p = (char)('0' + u % 10);
			while (u /= 10);
			if (*fmt == 'd' && d < 0)
				*--p = '-';
			s = p;
		} else { /* "08x" */
			fmt += 2;
			u = va_arg(ap, unsigned int);
			for (k = 0; k < 8; k++, u >>= 4)
				*--p = "0123456789abcdef"[u & 15];
			s = p;
		}
		for (; *s && o + 1 < errlen; s++)
			err[o++] = *s;
	}
	va_end(ap);
	err[o] = '\0';
	return code;
}

void ctl_request_init(struct ctl_request *req, unsigned int cmd, uint32_t svc,
	const char *id, int32_t arg)
{
	memset(req, 0, sizeof(*req));
	req->magic = CTL_MAGIC;
	req->version = CTL_VERSION;
	req->cmd = (uint16_t)cmd;
	req->svc = svc;
	req->arg = arg;
	if (id)
		strncpy(req->id, id, CTL_ID_SIZE - 1);
}

/*
 * id holds a service id ([a-z][a-z0-9_]*, lib/parse.c's parse_svc_id)
 * and NULs to the end: 1; all NULs: 0; anything else: -1.  Its own check,
 * not parse_svc_id: PID 1 calls this, and parse.c's messages need printf.
 */
static int id_state(const char *id)
{
	size_t n = strnlen(id, CTL_ID_SIZE), i;

	if (n == CTL_ID_SIZE)
		return -1;
	for (i = n; i < CTL_ID_SIZE; i++)
		if (id[i])
			return -1;
	if (!n)
		return 0;
	if (id[0] < 'a' || id[0] > 'z')
		return -1;
	for (i = 1; i < n; i++)
		if (!(id[i] >= 'a' && id[i] <= 'z') &&
			!(id[i] >= '0' && id[i] <= '9') && id[i] != '_')
			return -1;
	return 1;
}

/* Size, magic and version: what both directions check first, in this
 * order, so that a stranger's datagram is named for what it is. */
static int check_header(const void *buf, size_t len, size_t want,
	const char *what, char *err, size_t errlen)
{
	uint32_t magic;
	uint16_t version;

	if (len != want)
		return fail(err, errlen, -EMSGSIZE, "%s of %u bytes, not %u",
			what, (unsigned int)(len > 0xffffffffu ? 0xffffffffu : len),
			(unsigned int)want);
	/* buf may be unaligned: copy, never cast. */
	memcpy(&magic, buf, sizeof(magic));
	memcpy(&version, (const char *)buf + 4, sizeof(version));
	if (magic != CTL_MAGIC)
		return fail(err, errlen, -EPROTO,
			"%s with magic 0x%08x, not 0x%08x", what,
			(unsigned int)magic, CTL_MAGIC);
	if (version != CTL_VERSION)
		return fail(err, errlen, -EPROTONOSUPPORT,
			"%s of protocol version %u, not %u", what,
			(unsigned int)version, CTL_VERSION);
	return 0;
}

int ctl_request_parse(const void *buf, size_t len, unsigned int nsvc,
	struct ctl_request *req, char *err, size_t errlen)
{
	const struct ctl_cmd_info *ci;
	int r, id;

	r = check_header(buf, len, CTL_REQUEST_SIZE, "request", err, errlen);
	if (r)
		return r;
	memcpy(req, buf, sizeof(*req));
	if (req->cmd == 0 || req->cmd >= CTL_CMD_COUNT)
		return fail(err, errlen, -EOPNOTSUPP, "unknown command %u",
			(unsigned int)req->cmd);
	ci = &ctl_cmds[req->cmd];
	if (req->reserved)
		return fail(err, errlen, -EINVAL, "%s: reserved field not 0",
			ci->name);
	if (req->seq && req->cmd != CTL_CMD_LOG)
		return fail(err, errlen, -EINVAL, "%s takes no line number",
			ci->name);
	id = id_state(req->id);
	if (id < 0)
		return fail(err, errlen, -EINVAL,
			"%s: id is not a service id padded with NULs",
			ci->name);
	if (!(ci->takes & CTL_TAKES_SVC) && (req->svc != CTL_SVC_NONE || id))
		return fail(err, errlen, -EINVAL, "%s takes no service",
			ci->name);
	if ((ci->takes & CTL_TAKES_SVC) && req->svc == CTL_SVC_NONE && !id)
		return fail(err, errlen, -EINVAL, "%s needs a service",
			ci->name);
	if (req->svc != CTL_SVC_NONE && id)
		return fail(err, errlen, -EINVAL,
			"%s: a service by index and by id", ci->name);
	if ((ci->takes & CTL_TAKES_SVC) && !id && req->svc >= nsvc)
		return fail(err, errlen, -ENOENT,
			"%s: no service %u (there are %u)", ci->name,
			(unsigned int)req->svc, nsvc);
	if ((ci->takes & CTL_TAKES_SIG) &&
		(req->arg < 1 || req->arg > CTL_SIG_MAX))
		return fail(err, errlen, -EINVAL,
			"%s: signal %d not in 1..%d", ci->name, (int)req->arg,
			CTL_SIG_MAX);
	if (!(ci->takes & CTL_TAKES_SIG) && req->arg)
		return fail(err, errlen, -EINVAL, "%s takes no argument",
			ci->name);
	return 0;
}

void ctl_reply_init(struct ctl_reply *rep, const struct ctl_request *req,
	uint32_t count)
{
	memset(rep, 0, sizeof(*rep));
	rep->magic = CTL_MAGIC;
	rep->version = CTL_VERSION;
	rep->cmd = req->cmd;
	rep->svc = req->svc;
	rep->count = count;
}

/* id: a valid service id, then NULs to the end; or (want == 0) all NULs. */
static int check_id(const char *id, int want, char *err, size_t errlen)
{
	char why[PARSE_ERR_MAX];
	size_t n = strnlen(id, CTL_ID_SIZE), i;

	if (n == CTL_ID_SIZE)
		return fail(err, errlen, -EPROTO, "reply id not terminated");
	for (i = n; i < CTL_ID_SIZE; i++)
		if (id[i])
			return fail(err, errlen, -EPROTO,
				"reply id not padded with NULs");
	if (!want)
		return n ? fail(err, errlen, -EPROTO, "reply has an id") : 0;
	if (parse_svc_id(id, why, sizeof(why)))
		return fail(err, errlen, -EPROTO, "reply id: %s", why);
	return 0;
}

int ctl_reply_parse(const void *buf, size_t len, const struct ctl_request *req,
	struct ctl_reply *rep, char *err, size_t errlen)
{
	static const struct ctl_reply zero;
	const struct ctl_cmd_info *ci;
	int r, ok;

	r = check_header(buf, len, CTL_REPLY_SIZE, "reply", err, errlen);
	if (r)
		return r;
	memcpy(rep, buf, sizeof(*rep));
	/* By id, a good reply says which index that is; a refusal does not. */
	if (rep->cmd != req->cmd ||
		(rep->svc != req->svc &&
			!(req->id[0] && !rep->status &&
				!strncmp(rep->id, req->id, CTL_ID_SIZE))))
		return fail(err, errlen, -EPROTO,
			"reply to command %u service %u, not %u service %u",
			(unsigned int)rep->cmd, (unsigned int)rep->svc,
			(unsigned int)req->cmd, (unsigned int)req->svc);
	if (rep->cmd == 0 || rep->cmd >= CTL_CMD_COUNT)
		return fail(err, errlen, -EPROTO, "reply to unknown command %u",
			(unsigned int)rep->cmd);
	ci = &ctl_cmds[rep->cmd];
	if (rep->status > 0 || rep->status < -4095)
		return fail(err, errlen, -EPROTO, "reply status %d",
			(int)rep->status);
	ok = rep->status == 0;
	if (ok && (ci->takes & CTL_TAKES_SVC) && rep->svc >= rep->count)
		return fail(err, errlen, -EPROTO,
			"reply about service %u of %u",
			(unsigned int)rep->svc, (unsigned int)rep->count);
	r = check_id(rep->id, ok && (ci->takes & CTL_TAKES_SVC), err, errlen);
	if (r)
		return r;
	if (!ok || !(ci->takes & CTL_TAKES_SVC)) {
		/* Nothing but the header, the status, count and id. */
		if (memcmp(&rep->state, &zero.state,
			    offsetof(struct ctl_reply, id) -
				    offsetof(struct ctl_reply, state)))
			return fail(err, errlen, -EPROTO,
				"%s reply with status fields", ci->name);
		return 0;
	}
	if (rep->job > CTL_JOB_PENDING ||
		(rep->job && rep->cmd != CTL_CMD_START &&
			rep->cmd != CTL_CMD_STOP && rep->cmd != CTL_CMD_RESTART))
		return fail(err, errlen, -EPROTO, "%s reply with job %u",
			ci->name, (unsigned int)rep->job);
	if (rep->state >= CTL_STATE_COUNT)
		return fail(err, errlen, -EPROTO, "reply state %u",
			(unsigned int)rep->state);
	if (rep->ready > 1)
		return fail(err, errlen, -EPROTO, "reply ready %u",
			(unsigned int)rep->ready);
	if (rep->exit_kind >= CTL_EXIT_COUNT)
		return fail(err, errlen, -EPROTO, "reply exit kind %u",
			(unsigned int)rep->exit_kind);
	if (rep->exit_kind == CTL_EXIT_NONE && rep->exit_value)
		return fail(err, errlen, -EPROTO,
			"reply exit value %d without an exit",
			(int)rep->exit_value);
	if (rep->main_pid < 0)
		return fail(err, errlen, -EPROTO, "reply main pid %d",
			(int)rep->main_pid);
	return 0;
}

int ctl_log_reply_parse(const void *buf, size_t len,
	const struct ctl_request *req, struct ctl_log_reply *rep, char *err,
	size_t errlen)
{
	size_t i;
	int r;

	r = check_header(buf, len, CTL_LOG_REPLY_SIZE, "log reply", err,
		errlen);
	if (r)
		return r;
	r = ctl_reply_parse(buf, CTL_REPLY_SIZE, req, &rep->head, err, errlen);
	if (r)
		return r;
	memcpy(rep, buf, sizeof(*rep));
	if (rep->head.status) {
		/* a refusal: nothing but the head */
		for (i = CTL_REPLY_SIZE; i < CTL_LOG_REPLY_SIZE; i++)
			if (((const unsigned char *)buf)[i])
				return fail(err, errlen, -EPROTO,
					"refused log reply with lines");
		return 0;
	}
	if (rep->len > CTL_LOG_TEXT)
		return fail(err, errlen, -EPROTO, "log reply of %u bytes",
			(unsigned int)rep->len);
	if (rep->next_seq < rep->first_seq)
		return fail(err, errlen, -EPROTO,
			"log reply lines %u to %u", (unsigned int)rep->first_seq,
			(unsigned int)rep->next_seq);
	if (memchr(rep->text, '\0', rep->len))
		return fail(err, errlen, -EPROTO, "log text with a NUL");
	for (i = rep->len; i < CTL_LOG_TEXT; i++)
		if (rep->text[i])
			return fail(err, errlen, -EPROTO,
				"log text not padded with NULs");
	if (rep->len && rep->text[rep->len - 1] != '\n')
		return fail(err, errlen, -EPROTO, "log text ends mid-line");
	if ((rep->len == 0) != (rep->next_seq == rep->first_seq))
		return fail(err, errlen, -EPROTO,
			"log reply of %u bytes for %u lines",
			(unsigned int)rep->len,
			(unsigned int)(rep->next_seq - rep->first_seq));
	return 0;
}
