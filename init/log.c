/* log.c - one log vocabulary: console and /dev/kmsg, never waiting. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdarg.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "init.h"

/*
 * Until log_open() runs, messages are only queued (only stage 1's mount
 * errors can be logged that early): fd 2 as it came is a blocking
 * description PID 1 may share with others, and a write to it could wait.
 */
static int console_fd = -1;
static int kmsg_fd = -1;
static unsigned long console_dropped;
/* The console's cursor is not at the start of a line (a line went out in
 * part): the exit line then begins with a newline of its own. */
static bool console_midline;
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
	logremote_open();
	log_console_flush(); /* what stage 1 queued */
}

/* One non-blocking write to the console, noting where the cursor is. */
static ssize_t console_put(const char *p, size_t n)
{
	ssize_t k = write(console_fd, p, n);

	if (k > 0)
		console_midline = p[k - 1] != '\n';
	return k;
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

	if (console_fd < 0)
		return; /* stage 1: kept for log_open() */
	for (;;) {
		while (pend_len) {
			n = console_put(pend, pend_len);
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

/* Write the queue as the console takes it, until END (CLOCK_MONOTONIC). */
static void drain_until(long long end)
{
	struct pollfd p = {.fd = console_fd, .events = POLLOUT};
	long long left;

	log_console_flush();
	while (pend_len && console_fd >= 0 && (left = end - now_ms()) > 0) {
		if (poll(&p, 1, (int)left) < 0 && errno != EINTR)
			break;
		log_console_flush();
	}
}

/* At the very end (shutdown): wait for the console, at most MS ms. */
void log_console_drain(int ms)
{
	drain_until(now_ms() + ms);
}

/*
 * Until the console has sent what it was given, or END: TIOCOUTQ counts
 * what the tty's buffer still holds, TIOCSERGETLSR (a UART) whether the
 * transmitter itself is empty.  Not tcdrain(), which waits without a
 * bound: a console whose output is stopped (^S) never empties.  A console
 * that is no UART (a pty, a file) answers ENOTTY: nothing to wait for.
 */
static void console_wait_sent(long long end)
{
	int queued, lsr;

	while (console_fd >= 0) {
		if (ioctl(console_fd, TIOCOUTQ, &queued) < 0)
			queued = 0;
		if (ioctl(console_fd, TIOCSERGETLSR, &lsr) < 0)
			lsr = TIOCSER_TEMT;
		if (queued <= 0 && (lsr & TIOCSER_TEMT))
			return;
		if (now_ms() >= end)
			return;
		poll(NULL, 0, 10);
	}
}

/*
 * The last line PID 1 writes (a service's exit status before the power
 * goes): after what is queued, and out of the UART if the console moves
 * at all within MS ms; never longer.  If the queue has no room left for
 * it, the queue is given up: a runner reads its result from this line.
 */
void log_console_last(const char *line, size_t len, int ms)
{
	long long end = now_ms() + ms;

	log_console_flush();
	if (len + 1 > sizeof(pend) - pend_len)
		pend_len = 0;
	/* Nothing comes after it, not even the count of dropped lines. */
	console_dropped = 0;
	/* A cut line on the terminal (the queue ends with whole lines). */
	if (!pend_len && console_midline)
		pend_add("\n", 1);
	pend_add(line, len);
	drain_until(end);
	console_wait_sent(end);
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
	if (console_fd < 0) {
		pend_add(line, len);
		return;
	}
	n = console_put(line, len);
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

/*
 * Control bytes are shown, never sent: 0x00-0x1f but tab, and 0x7f, as
 * \xNN, a backslash as \\ (so that the escaping is unambiguous).  A service
 * can then neither start a line of its own on the terminal (CR, a
 * forged "rampart: " line) nor send it escape sequences, and neither can
 * a name a service chose (a mount point, a cgroup) in one of PID 1's
 * lines.  Bytes >= 0x80 pass: UTF-8 text stays readable.
 */
static size_t escape_len(unsigned char c)
{
	if (c == '\\')
		return 2;
	if ((c < 0x20 && c != '\t') || c == 0x7f)
		return 4;
	return 1;
}

/* Writes escape_len(c) bytes at d. */
static void escape_put(char *d, unsigned char c)
{
	static const char hex[] = "0123456789abcdef";

	switch (escape_len(c)) {
	case 1:
		d[0] = (char)c;
		break;
	case 2:
		d[0] = d[1] = '\\';
		break;
	default:
		d[0] = '\\';
		d[1] = 'x';
		d[2] = hex[c >> 4];
		d[3] = hex[c & 15];
	}
}

void log_msg(int level, const char *f, ...)
{
	static char msg[480], line[512];
	int saved = errno; /* callers may log and then look at errno */
	size_t len, n, i, k;
	va_list ap;

	va_start(ap, f);
	n = fmt_v(msg, sizeof(msg), f, ap);
	va_end(ap);
	if (n > sizeof(msg) - 1)
		n = sizeof(msg) - 1;
	/* a message too long for the line is cut, never lost */
	memcpy(line, "rampart: ", 9);
	len = 9;
	for (i = 0; i < n; i++) {
		k = escape_len((unsigned char)msg[i]);
		if (len + k > sizeof(line) - 1)
			break;
		escape_put(line + len, (unsigned char)msg[i]);
		len += k;
	}
	line[len++] = '\n';

	if (level <= CFG_INIT_CONSOLE_LOG_LEVEL)
		console_write(line, len);
	kmsg_write(level, line, len);
	logremote_send(level, "rampart", 1, line + 9, len - 10);
	errno = saved;
}

/*
 * Service output: "<id>[<pid>]: <line>".  It always reaches the console
 * (INIT_CONSOLE_LOG_LEVEL filters PID 1's own messages only) and, like
 * every line, /dev/kmsg at LOG_INFO.
 */
static void suppressed_report(struct log_line *ll, const char *id)
{
	const struct svc *svc = &svc_table[ll->svc];

	if (!ll->suppressed)
		return;
	log_msg(LOG_WARNING, "%s: %lu lines suppressed (more than %u in %u ms)",
		id, ll->suppressed, svc->log_rate_burst,
		svc->log_rate_interval_ms);
	ll->suppressed = 0;
}

/*
 * LOG_RATE_LIMIT_BURST lines per LOG_RATE_LIMIT_INTERVAL_MS (fixed
 * windows, as journald's): may this line go out?  What is dropped is
 * counted and reported when the next window begins or the output ends.
 */
static bool rate_allows(struct log_line *ll, const char *id)
{
	const struct svc *svc = &svc_table[ll->svc];
	long long now;

	if (!svc->log_rate_burst)
		return true;
	now = now_ms();
	if (ll->win_start < 0 ||
		now - ll->win_start >= (long long)svc->log_rate_interval_ms) {
		suppressed_report(ll, id);
		ll->win_start = now;
		ll->win_lines = 0;
	}
	if (ll->win_lines >= svc->log_rate_burst) {
		ll->suppressed++;
		return false;
	}
	ll->win_lines++;
	return true;
}

static void output_emit(struct log_line *ll, const char *id, pid_t pid,
	const char *s, size_t n)
{
	static char line[64 + LOG_LINE_MAX + 1];
	size_t k;

	if (!rate_allows(ll, id))
		return;
	logring_add(ll->svc, s, n);

	k = fmt(line, 64, "%s[%d]: ", id, (int)pid);
	if (k > 63)
		k = 63; /* ids are short: cannot happen */
	if (n > LOG_LINE_MAX)
		n = LOG_LINE_MAX;
	memcpy(line + k, s, n);
	line[k + n] = '\n';
	console_write(line, k + n + 1);
	kmsg_write(LOG_INFO, line, k + n + 1);
	logremote_send(LOG_INFO, id, (int)pid, s, n);
}

/*
 * Split what a service wrote into lines, escaped as they are collected.  A
 * line whose escaped form is longer than the buffer is cut there (never
 * inside an escape) and continued as the next line, so memory stays
 * bounded: LOG_LINE_MAX bytes of text, a quarter of that in control bytes.
 */
void log_output(struct log_line *ll, const char *id, pid_t pid,
	const char *data, size_t n)
{
	unsigned char c;
	size_t i, k;

	for (i = 0; i < n; i++) {
		c = (unsigned char)data[i];
		if (c == '\n') {
			output_emit(ll, id, pid, ll->buf, ll->len);
			ll->len = 0;
			continue;
		}
		k = escape_len(c);
		if (ll->len + k > sizeof(ll->buf)) {
			output_emit(ll, id, pid, ll->buf, ll->len);
			ll->len = 0;
		}
		escape_put(ll->buf + ll->len, c);
		ll->len += k;
	}
}

/* The pipe closed: a last line without '\n' is still a line. */
void log_output_flush(struct log_line *ll, const char *id, pid_t pid)
{
	if (ll->len)
		output_emit(ll, id, pid, ll->buf, ll->len);
	ll->len = 0;
	suppressed_report(ll, id);
}
