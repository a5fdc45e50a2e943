/* logremote.c - INIT_LOG_REMOTE: every log line also as an RFC 5424
 * syslog datagram over UDP, never waited for. */
#include <errno.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "init.h"

#if CFG_LOG_REMOTE_FAMILY

/*
 * One non-blocking UDP socket in PID 1's network namespace, made in stage
 * 1 (socket() needs no network); each line one sendto().  Nothing is
 * queued in PID 1: a line that cannot go now (no route or address yet, a
 * full socket buffer) is counted, and the count is logged at most once a
 * minute, with the last error.  The address is numbers from the build
 * (scripts/gen/logs.c): PID 1 resolves no name.
 *
 * "<PRI>1 - HOST APP PROCID - - MSG": version 1, no timestamp (the
 * receiver stamps it; PID 1 may run before the clock is set), the image's
 * hostname, APP "rampart" for PID 1's lines or the service's id, the pid,
 * no MSGID, no structured data; MSG is the line escaped as on the console.
 */
#define FACILITY_DAEMON 3
#define REPORT_MS 60000

static int fd = -1;
static bool opened; /* lines before stage 1 made the socket do not count */
static unsigned long unsent, reported;
static int last_err;
static long long last_report = -REPORT_MS;
static bool reporting;

void logremote_open(void)
{
	opened = true;
	fd = socket(CFG_LOG_REMOTE_FAMILY, SOCK_DGRAM | SOCK_NONBLOCK |
			SOCK_CLOEXEC, 0);
	if (fd < 0)
		last_err = errno; /* every line is counted */
}

static void report(void)
{
	long long now = now_ms();

	if (unsent == reported || now - last_report < REPORT_MS || reporting)
		return;
	reporting = true; /* this line goes out (or not) too */
	last_report = now;
	log_msg(LOG_WARNING,
		"remote log: %lu lines not sent so far (last: %s)", unsent,
		strerror(last_err));
	reported = unsent;
	reporting = false;
}

void logremote_send(int level, const char *app, int pid, const char *text,
	size_t n)
{
	static const unsigned char addr[] = CFG_LOG_REMOTE_ADDR;
	static char dgram[64 + 64 + 32 + LOG_LINE_MAX + 256];
	union {
		struct sockaddr_in v4;
		struct sockaddr_in6 v6;
	} sa;
	socklen_t salen;
	size_t k;

	if (!opened)
		return;
	memset(&sa, 0, sizeof(sa));
	if (CFG_LOG_REMOTE_FAMILY == AF_INET6) {
		sa.v6.sin6_family = AF_INET6;
		sa.v6.sin6_port = htons(CFG_LOG_REMOTE_PORT);
		memcpy(&sa.v6.sin6_addr, addr, 16);
		salen = sizeof(sa.v6);
	} else {
		sa.v4.sin_family = AF_INET;
		sa.v4.sin_port = htons(CFG_LOG_REMOTE_PORT);
		memcpy(&sa.v4.sin_addr, addr, 4);
		salen = sizeof(sa.v4);
	}
	k = fmt(dgram, 160, "<%d>1 - %s %s %d - - ", FACILITY_DAEMON * 8 + level,
		CFG_INIT_HOSTNAME[0] ? CFG_INIT_HOSTNAME : "-", app, pid);
	if (k > 159)
		k = 159;
	if (n > sizeof(dgram) - k)
		n = sizeof(dgram) - k;
	memcpy(dgram + k, text, n);
	if (fd < 0 || sendto(fd, dgram, k + n, MSG_DONTWAIT | MSG_NOSIGNAL,
			      (struct sockaddr *)&sa, salen) < 0) {
		if (fd >= 0)
			last_err = errno;
		unsent++;
	}
	report();
}

#else

void logremote_open(void)
{
}

void logremote_send(int level, const char *app, int pid, const char *text,
	size_t n)
{
	(void)level;
	(void)app;
	(void)pid;
	(void)text;
	(void)n;
}

#endif
