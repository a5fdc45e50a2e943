/* ctlproto.h - rampartctl's wire protocol: fixed-size requests to PID 1 and
 * its replies, over the SOCK_SEQPACKET socket CTL_SOCKET_PATH. */
#ifndef RAMPART_CTLPROTO_H
#define RAMPART_CTLPROTO_H

#include <stddef.h>
#include <stdint.h>

/*
 * One request, one reply, each exactly one datagram of a fixed size: a
 * SOCK_SEQPACKET message is read whole or not at all, so PID 1 never
 * keeps a half-read request between turns of its loop.  Both ends are on
 * the same machine and are built together: integers are in the host's
 * byte order, and every field sits at its natural alignment with the gaps
 * spelled out as reserved fields, so the layout is the same on every
 * target ABI (the static asserts of ctlproto.c prove it) and a reserved
 * byte that is not zero is an error, never a silent extension.
 *
 * A request names its service either by index in PID 1's table (how the
 * client walks every service: list, status) or by id (one request for
 * "status httpd"), never both; the client never needs the table.
 */
#define CTL_SOCKET_DIR "/run/rampart"
#define CTL_SOCKET_PATH CTL_SOCKET_DIR "/control"

#define CTL_MAGIC 0x6c746372u /* "rctl" read as a little-endian word */
#define CTL_VERSION 1
#define CTL_SVC_NONE 0xffffffffu /* a command about no service */
#define CTL_SIG_MAX 64		 /* Linux's highest signal (_NSIG - 1) */
#define CTL_ID_SIZE 32		 /* PARSE_SVC_ID_MAX + 1 */
#define CTL_UNKNOWN UINT64_MAX	 /* a counter PID 1 could not read */

enum ctl_cmd {
	CTL_CMD_LIST = 1, /* how many services: the reply's count */
	CTL_CMD_STATUS,	  /* one service's state */
	CTL_CMD_START,
	CTL_CMD_STOP,
	CTL_CMD_RESTART,
	CTL_CMD_RELOAD,
	CTL_CMD_KILL, /* arg: the signal */
	CTL_CMD_POWEROFF,
	CTL_CMD_REBOOT,
	CTL_CMD_HALT,
	CTL_CMD_LOG, /* seq: the first line wanted; a ctl_log_reply */
	CTL_CMD_COUNT
};

/* What a command carries: a service or none, a signal or nothing. */
#define CTL_TAKES_SVC 1
#define CTL_TAKES_SIG 2
struct ctl_cmd_info {
	const char *name; /* as rampartctl spells it; NULL for no command */
	unsigned int takes;
};
extern const struct ctl_cmd_info ctl_cmds[CTL_CMD_COUNT];

enum ctl_state {
	CTL_STATE_WAITING, /* not started yet: waits for its After= services */
	CTL_STATE_STARTING, /* forked, exec not confirmed */
	CTL_STATE_RUNNING,
	CTL_STATE_STOPPING, /* main process gone, cgroup draining */
	CTL_STATE_RESTARTING, /* ended, starts again after a delay */
	CTL_STATE_STOPPED,    /* ended for good */
	CTL_STATE_COUNT
};
extern const char *const ctl_state_names[CTL_STATE_COUNT];

/* How the last instance ended (the reply's exit_kind). */
enum ctl_exit {
	CTL_EXIT_NONE,	 /* no instance has ended yet */
	CTL_EXIT_STATUS, /* exit_value is its exit status */
	CTL_EXIT_SIGNAL, /* exit_value is the signal that killed it */
	CTL_EXIT_COUNT
};

/*
 * What a good reply to START, STOP or RESTART promises (its job field):
 * CTL_JOB_NONE, nothing happens (already running, already stopped); else
 * a start is due (the reply's starts grows when PID 1 makes it) or the
 * instance is being stopped (the state becomes stopped).  The client
 * waits by asking STATUS; PID 1 never waits for anything.
 */
enum ctl_job { CTL_JOB_NONE, CTL_JOB_PENDING };

struct ctl_request {
	uint32_t magic;	  /* CTL_MAGIC */
	uint16_t version; /* CTL_VERSION */
	uint16_t cmd;	  /* enum ctl_cmd */
	uint32_t svc;	  /* index in PID 1's table, or CTL_SVC_NONE */
	int32_t arg;	  /* KILL: the signal, 1 to CTL_SIG_MAX; else 0 */
	uint32_t seq;	  /* LOG: the first line wanted, 0 the oldest
			   * kept; else 0 */
	uint32_t reserved; /* 0 */
	char id[CTL_ID_SIZE]; /* the service by id (svc CTL_SVC_NONE), or
			       * all NULs; NUL-padded */
};
#define CTL_REQUEST_SIZE 56

struct ctl_reply {
	uint32_t magic;	  /* CTL_MAGIC */
	uint16_t version; /* CTL_VERSION */
	uint16_t cmd;	  /* the request's */
	int32_t status;	  /* 0, or the -errno the request was refused with */
	uint32_t svc;	  /* the request's; by id: the index it names */
	uint32_t count;	  /* how many services PID 1 has (every reply) */
	/* -- a service's state: in every good reply to a command about a
	 * service (after the command took effect); 0 otherwise -- */
	uint8_t state;	   /* enum ctl_state */
	uint8_t ready;	   /* 1: the instance is ready (TYPE's meaning) */
	uint8_t exit_kind; /* enum ctl_exit: how the last instance ended */
	uint8_t job;	   /* START, STOP, RESTART: 1 when the command set
			    * something going that the client may wait
			    * for (see enum ctl_job); 0 otherwise */
	int32_t main_pid;  /* 0: none */
	int32_t exit_value; /* status or signal, as exit_kind says */
	uint32_t restarts;  /* automatic restarts since boot */
	uint32_t starts;    /* start attempts since boot (each start, by
			     * PID 1 or asked for, whether it failed or
			     * not): a client waiting for a start it asked
			     * for waits for this to grow */
	uint64_t uptime_ms; /* since the instance started; 0 if none runs */
	uint64_t memory_current; /* the cgroup's, or CTL_UNKNOWN */
	uint64_t pids_current;	 /* the cgroup's, or CTL_UNKNOWN */
	char id[CTL_ID_SIZE];	 /* the service's id, NUL-padded */
};
#define CTL_REPLY_SIZE 96

/*
 * The reply to LOG: a ctl_reply (the service's state, as STATUS's) and
 * the service's log lines (SVC_<ID>_LOG_RING) numbered first_seq to
 * next_seq - 1, as text, each line ended by '\n', as many whole lines as
 * fit; lost: lines the ring had overwritten before first_seq that the
 * request asked for.  next_seq == first_seq: nothing new.  The client
 * asks again from next_seq to follow.  Lines are numbered from 1.
 */
#define CTL_LOG_TEXT 1024
struct ctl_log_reply {
	struct ctl_reply head;
	uint32_t first_seq;
	uint32_t next_seq;
	uint32_t lost;
	uint32_t len; /* bytes of text; the rest is NULs */
	char text[CTL_LOG_TEXT];
};
#define CTL_LOG_REPLY_SIZE (CTL_REPLY_SIZE + 16 + CTL_LOG_TEXT)

/* The reply to a LOG request: the same checks on head as ctl_reply_parse,
 * and len <= CTL_LOG_TEXT, text NUL-free up to len and NULs after it,
 * whole lines, first_seq <= next_seq. */
int ctl_log_reply_parse(const void *buf, size_t len,
	const struct ctl_request *req, struct ctl_log_reply *rep, char *err,
	size_t errlen);

/* A request filled in for cmd (magic, version, zeros); id NULL or a
 * service id (then svc is CTL_SVC_NONE). */
void ctl_request_init(struct ctl_request *req, unsigned int cmd, uint32_t svc,
	const char *id, int32_t arg);

/*
 * ctl_request_parse - check one received datagram of len bytes as a
 * request to a PID 1 with nsvc services, and copy it to *req.  Every
 * field is checked; 0, or:
 *   -EMSGSIZE         len is not CTL_REQUEST_SIZE
 *   -EPROTO           the magic is wrong (not a rampartctl request)
 *   -EPROTONOSUPPORT  another protocol version
 *   -EOPNOTSUPP       an unknown command
 *   -EINVAL           a reserved field not 0, a service given to a command
 *                     that takes none, missing, or given both by index and
 *                     by id, an id that is not a service id padded with
 *                     NULs, a signal out of range or an argument to a
 *                     command that takes none
 *   -ENOENT           a service index >= nsvc (an id is looked up by the
 *                     caller)
 * and one line in err[errlen] saying why (lower case, no period).  No
 * allocation, no stdio but vsnprintf: PID 1 calls it.
 */
int ctl_request_parse(const void *buf, size_t len, unsigned int nsvc,
	struct ctl_request *req, char *err, size_t errlen);

/* A reply to req with status 0, count and every STATUS field 0. */
void ctl_reply_init(struct ctl_reply *rep, const struct ctl_request *req,
	uint32_t count);

/*
 * ctl_reply_parse - the client's side: check one received datagram as the
 * reply to req and copy it to *rep.  The same errors as above for size,
 * magic, version and reserved fields, and -EPROTO for a reply to another
 * command or service (by id: a reply with another id), a status that is not 0 or -1..-4095, an id that is
 * not a valid service id padded with NULs, an unknown state or exit_kind.
 * A reply with a non-zero status is returned as parsed (0): the caller
 * reads rep->status.
 */
int ctl_reply_parse(const void *buf, size_t len, const struct ctl_request *req,
	struct ctl_reply *rep, char *err, size_t errlen);

#endif
