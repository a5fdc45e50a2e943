/* log.c - one log vocabulary: console and /dev/kmsg, never waiting. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

#include "init.h"

/*
 * Until log_open() runs, messages go to fd 2 as it came (only stage 1's
 * mount errors can be logged that early).
 */
static int console_fd = 2;
static int kmsg_fd = -1;
static unsigned long console_dropped;
/* What the console could not take yet: written when it can (POLLOUT in the
 * main loop), dropped, and counted, only past this much. */
static char pend[8192];
static size_t pend_len;

/*
 * The console fd is a private, non-blocking open file description of what
 * fd 2 is: PID 1 must never wait for a slow serial line, and O_NONBLOCK on
 * a private description leaves fds 0-2 (and whoever shares them) blocking.
 * On a machine fd 2 is the kernel's /dev/console; in a PID namespace test it
 * is whatever the caller redirected it to, which is what the test reads.
 * O_APPEND, for when fd 2 is a file that others write to as well.
 * Stage 1 has made sure fd 2 is open (the console, else /dev/null).
 */
void log_open(void)
{
	int fd;

	fd = open("/proc/self/fd/2",
		O_WRONLY | O_NOCTTY | O_NONBLOCK | O_APPEND | O_CLOEXEC);
	if (fd < 0)
		fd = open("/dev/console",
			O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		/* Last resort: shares fd 2's description, which only PID 1
		 * uses (services never inherit fds 0-2). */
		fd = fcntl(2, F_DUPFD_CLOEXEC, 3);
		if (fd >= 0)
			fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
	}
	if (fd >= 0)
		console_fd = fd;
	/* Resident now, not the first time the console falls behind: PID 1's
	 * memory is settled in stage 1 (footprint_settle). */
	prefault(pend, sizeof(pend), true);

	if (CFG_INIT_LOG_KMSG)
		kmsg_fd = open("/dev/kmsg", O_WRONLY | O_NONBLOCK | O_CLOEXEC);
}

static void pend_add(const char *line, size_t len)
{
	if (len > sizeof(pend) - pend_len) {
		console_dropped++;
		return;
	}
	memcpy(pend + pend_len, line, len);
	pend_len += len;
}

/* Write what is pending, as far as the console takes it without waiting;
 * once all is out, say how many lines were dropped, if any. */
void log_console_flush(void)
{
	char note[64];
	ssize_t n;
	size_t k;

	for (;;) {
		while (pend_len) {
			n = write(console_fd, pend, pend_len);
			if (n < 0 && (errno == EAGAIN || errno == EINTR))
				return; /* the main loop polls for POLLOUT */
			if (n <= 0) {
				/* A broken console: give the queue up
				 * rather than poll it forever. */
				console_dropped++;
				pend_len = 0;
				return;
			}
			memmove(pend, pend + n, pend_len - (size_t)n);
			pend_len -= (size_t)n;
		}
		if (!console_dropped)
			return;
		k = fmt(note, sizeof(note),
			"rampart: console dropped %lu lines\n",
			console_dropped);
		if (k >= sizeof(note))
			k = sizeof(note) - 1;
		console_dropped = 0;
		pend_add(note, k);
	}
}

/* At the very end (shutdown): wait for the console, at most MS ms. */
void log_console_drain(int ms)
{
	long long end = now_ms() + ms, left;
	struct pollfd p = {.fd = console_fd, .events = POLLOUT};

	while (pend_len && (left = end - now_ms()) > 0) {
		if (poll(&p, 1, (int)left) <= 0)
			break;
		log_console_flush();
	}
}

/* The console fd while something waits for it, else -1. */
int log_console_pending(void)
{
	return pend_len ? console_fd : -1;
}

/* Write a line now, or queue it (whole, or the part the console did not
 * take): never wait, never retry in a loop; drop only when the queue is
 * full. */
static void console_write(const char *line, size_t len)
{
	ssize_t n;

	log_console_flush();
	if (pend_len) {
		pend_add(line, len);
		return;
	}
	n = write(console_fd, line, len);
	if (n == (ssize_t)len)
		return;
	if (n < 0)
		n = 0;
	pend_add(line + n, len - (size_t)n);
}

/* /dev/kmsg takes one record per write; "<level>" sets its priority. */
static void kmsg_write(int level, const char *line, size_t len)
{
	static char rec[3 + 640]; /* longer than any line we make */
	size_t k;

	if (kmsg_fd < 0)
		return;
	rec[0] = '<';
	rec[1] = '0' + level;
	rec[2] = '>';
	k = len < sizeof(rec) - 3 ? len : sizeof(rec) - 3;
	memcpy(rec + 3, line, k);
	(void)!write(kmsg_fd, rec, k + 3); /* rate-limited: may drop */
}

void log_msg(int level, const char *f, ...)
{
	static char line[512];
	int saved = errno; /* callers may log and then look at errno */
	size_t len, n;
	va_list ap;

	memcpy(line, "rampart: ", 9);
	va_start(ap, f);
	n = fmt_v(line + 9, sizeof(line) - 10, f, ap);
	va_end(ap);
	/* a message too long for the buffer is cut, never lost */
	len = 9 + (n < sizeof(line) - 10 ? n : sizeof(line) - 11);
	line[len++] = '\n';

	if (level <= CFG_INIT_CONSOLE_LOG_LEVEL)
		console_write(line, len);
	kmsg_write(level, line, len);
	errno = saved;
}

/*
 * Service output: "<id>[<pid>]: <line>".  It always reaches the console
 * (INIT_CONSOLE_LOG_LEVEL filters PID 1's own messages only) and, like
 * every line, /dev/kmsg at LOG_INFO.
 */
static void output_emit(const char *id, pid_t pid, const char *s, size_t n)
{
	static char line[64 + LOG_LINE_MAX + 1];
	size_t k;

	k = fmt(line, 64, "%s[%d]: ", id, (int)pid);
	if (k > 63)
		k = 63; /* ids are short: cannot happen */
	if (n > LOG_LINE_MAX)
		n = LOG_LINE_MAX;
	memcpy(line + k, s, n);
	line[k + n] = '\n';
	console_write(line, k + n + 1);
	kmsg_write(LOG_INFO, line, k + n + 1);
}

/*
 * Split what a service wrote into lines.  A line longer than the buffer is
 * cut there and continued as the next line, so memory stays bounded.
 */
void log_output(struct log_line *ll, const char *id, pid_t pid,
	const char *data, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (data[i] == '\n') {
			output_emit(id, pid, ll->buf, ll->len);
			ll->len = 0;
			continue;
		}
		if (ll->len == sizeof(ll->buf)) {
			output_emit(id, pid, ll->buf, ll->len);
			ll->len = 0;
		}
		ll->buf[ll->len++] = data[i];
	}
}

/* The pipe closed: a last line without '\n' is still a line. */
void log_output_flush(struct log_line *ll, const char *id, pid_t pid)
{
	if (ll->len)
		output_emit(id, pid, ll->buf, ll->len);
	ll->len = 0;
}
