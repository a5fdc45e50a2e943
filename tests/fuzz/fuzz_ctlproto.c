/* fuzz_ctlproto.c - libFuzzer target for rampartctl's wire protocol
 * (lib/ctlproto.c): PID 1's request parser and the client's reply parser. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ctlproto.h"
#include "parse.h"

/*
 * Input: one selector byte (low bit: request or reply; the rest: how many
 * services PID 1 has), then the datagram.  For a reply, the request it
 * answers is the first good request a small table gives for the selector.
 * Beyond "no crash, no overflow" (ASan/UBSan) each parser keeps its
 * contract: a failure has a message, a success is a message whose every
 * field is in range, so PID 1 and the client may index tables with it.
 */

static char err[160];

static void check_err(int r)
{
	if (r && (!err[0] || !memchr(err, '\0', sizeof(err))))
		abort();
	if (r > 0)
		abort();
}

static void fuzz_request(const uint8_t *d, size_t n, unsigned int nsvc)
{
	struct ctl_request req;
	int r;

	r = ctl_request_parse(d, n, nsvc, &req, err, sizeof(err));
	check_err(r);
	if (r)
		return;
	if (n != CTL_REQUEST_SIZE || req.magic != CTL_MAGIC ||
		req.version != CTL_VERSION || req.cmd == 0 ||
		req.cmd >= CTL_CMD_COUNT || req.reserved ||
		(req.seq && req.cmd != CTL_CMD_LOG))
		abort();
	if (!memchr(req.id, '\0', sizeof(req.id)))
		abort();
	if (ctl_cmds[req.cmd].takes & CTL_TAKES_SVC ?
			(req.id[0] ? req.svc != CTL_SVC_NONE ||
					     parse_svc_id(req.id, NULL, 0) :
				     req.svc >= nsvc) :
			req.svc != CTL_SVC_NONE || req.id[0])
		abort();
	if (ctl_cmds[req.cmd].takes & CTL_TAKES_SIG ?
			req.arg < 1 || req.arg > CTL_SIG_MAX :
			req.arg != 0)
		abort();
}

static void fuzz_reply(const uint8_t *d, size_t n, unsigned int sel)
{
	struct ctl_request req;
	struct ctl_reply rep;
	unsigned int cmd = 1 + sel % (CTL_CMD_COUNT - 1);
	int r;

	/* sel / 64 odd: the service by id "httpd" */
	int by_id = (ctl_cmds[cmd].takes & CTL_TAKES_SVC) && (sel / 64) % 2;

	ctl_request_init(&req, cmd,
		(ctl_cmds[cmd].takes & CTL_TAKES_SVC) && !by_id ? sel % 4 :
								  CTL_SVC_NONE,
		by_id ? "httpd" : NULL,
		ctl_cmds[cmd].takes & CTL_TAKES_SIG ? 15 : 0);
	r = ctl_reply_parse(d, n, &req, &rep, err, sizeof(err));
	check_err(r);
	if (r)
		return;
	/* by id, a good reply names the index and the same id */
	if (rep.svc != req.svc &&
		(!by_id || rep.status || strcmp(rep.id, req.id) ||
			rep.svc >= rep.count))
		abort();
	if (rep.cmd != req.cmd || rep.status > 0 ||
		rep.status < -4095 || rep.state >= CTL_STATE_COUNT ||
		rep.exit_kind >= CTL_EXIT_COUNT || rep.ready > 1 ||
		!memchr(rep.id, '\0', sizeof(rep.id)))
		abort();
	if (rep.id[0] && parse_svc_id(rep.id, NULL, 0))
		abort();
}

/* A LOG reply: whole lines within its text, NULs after. */
static void fuzz_log_reply(const uint8_t *d, size_t n)
{
	static struct ctl_log_reply rep;
	struct ctl_request req;
	int r;

	ctl_request_init(&req, CTL_CMD_LOG, 1, NULL, 0);
	r = ctl_log_reply_parse(d, n, &req, &rep, err, sizeof(err));
	check_err(r);
	if (r || rep.head.status)
		return;
	if (rep.len > CTL_LOG_TEXT || rep.next_seq < rep.first_seq ||
		memchr(rep.text, '\0', rep.len) ||
		(rep.len && rep.text[rep.len - 1] != '\n'))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t *copy;

	if (size < 1)
		return 0;
	/* An exact-size heap copy: ASan sees any read past the datagram. */
	copy = malloc(size - 1 ? size - 1 : 1);
	memcpy(copy, data + 1, size - 1);
	err[0] = '\0';
	if ((data[0] & 3) == 3)
		fuzz_log_reply(copy, size - 1);
	else if (data[0] & 1)
		fuzz_reply(copy, size - 1, data[0] >> 1);
	else
		fuzz_request(copy, size - 1, data[0] >> 1);
	free(copy);
	return 0;
}
