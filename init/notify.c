/* notify.c - TYPE="notify": the sd_notify(3) datagram socket, who sent a
 * message (by cgroup) and what it says. */
#define _GNU_SOURCE 1 /* struct ucred, SCM_CREDENTIALS */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

#include "init.h"

/* SYS_pidfd_open from the target's own musl headers: the number differs
 * per architecture (434 here, 4434 on MIPS o32), so no fallback. */

/*
 * One socket for every notify service, as systemd has: PID 1 tells the
 * services apart by the sender's cgroup, never by which socket or which
 * pid, so a service cannot speak for another whatever it sends.  The
 * directory is PID 1's (0755), so no service can replace the socket; the
 * socket itself is 0666, since a service of any uid must be able to send.
 * A path, not an abstract name: abstract names are per network namespace,
 * and a PRIVATE_NETWORK service must reach it too.
 */
#define NOTIFY_DIR "/run/rampart"
#define NOTIFY_PATH NOTIFY_DIR "/notify" /* scripts/gen/gen.h: the same */

/* A datagram longer than this is refused whole (systemd reads 4 KiB too);
 * at most this many are read per turn, so a flood cannot hold the loop. */
#define NOTIFY_MSG_MAX 4096
#define NOTIFY_BATCH 64
#define NOTIFY_FDS_MAX 253 /* SCM_MAX_FD: what one message can carry */

static int notify_sock = -1;

int notify_fd(void)
{
	return notify_sock;
}

/* Before the first service starts: 0 or -errno. */
int notify_open(void)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	int fd, one = 1;

	if (mkdir(NOTIFY_DIR, 0755) < 0 && errno != EEXIST)
		return -errno;
	fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	memcpy(sa.sun_path, NOTIFY_PATH, sizeof(NOTIFY_PATH));
	(void)unlink(NOTIFY_PATH);
	if (setsockopt(fd, SOL_SOCKET, SO_PASSCRED, &one, sizeof(one)) < 0 ||
		bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 ||
		chmod(NOTIFY_PATH, 0666) < 0) {
		int e = -errno;

		close(fd);
		return e;
	}
	notify_sock = fd;
	return 0;
}

/*
 * A refusal is logged once a second per sender (its service, or none), the
 * first at once: a flood must not become a flood of log lines.
 */
static long long refused_at[SVC_MAX + 1];
static unsigned int refused_quiet[SVC_MAX + 1];

static void refuse(int svc, pid_t pid, const char *why)
{
	unsigned int k = svc < 0 ? SVC_MAX : (unsigned int)svc;
	long long now = now_ms();
	char more[40] = "";

	if (refused_at[k] && now - refused_at[k] < 1000) {
		refused_quiet[k]++;
		return;
	}
	if (refused_quiet[k])
		fmt(more, sizeof(more), " (and %u more)", refused_quiet[k]);
	refused_at[k] = now;
	refused_quiet[k] = 0;
	if (svc < 0)
		log_msg(LOG_WARNING, "notify from pid %d refused: %s%s",
			(int)pid, why, more);
	else
		log_msg(LOG_WARNING, "%s: notify from pid %d refused: %s%s",
			svc_table[svc].id, (int)pid, why, more);
}

/* The pid a pidfd stands for now: -1 once it was reaped (fdinfo). */
static long pidfd_pid(int pfd)
{
	char path[40], buf[512], *p;
	long v = 0;
	int neg;

	fmt(path, sizeof(path), "/proc/self/fdinfo/%d", pfd);
	if (file_read(path, buf, sizeof(buf)) < 0)
		return -1;
	p = strstr(buf, "\nPid:");
	if (!p)
		return -1;
	for (p += 5; *p == '\t' || *p == ' '; p++)
		;
	neg = *p == '-';
	for (p += neg; *p >= '0' && *p <= '9'; p++)
		v = v * 10 + (*p - '0');
	return neg ? -v : v;
}

/*
 * The service whose cgroup holds pid (request.c's svc_of_pid), checked
 * against a pidfd taken first: if the process was reaped while its cgroup
 * was read, the number may already name another process, and the answer
 * is -ESRCH.  A zombie still counts (the kernel keeps its cgroup).  The
 * one gap is request.c's: a sender reaped and its pid reused before the
 * pidfd was taken, which takes going round pid_max in that moment.
 */
int notify_svc_of_pid(pid_t pid, int *svc)
{
	int pfd, r;

	*svc = -1;
	pfd = (int)syscall(SYS_pidfd_open, pid, 0);
	if (pfd < 0)
		return -errno;
	fcntl(pfd, F_SETFD, FD_CLOEXEC);
	r = svc_of_pid(pid, svc);
	if (r == 0 && pidfd_pid(pfd) != (long)pid)
		r = -ESRCH;
	close(pfd);
	return r;
}

static long long parse_ull(const char *s, const char *end, bool *ok)
{
	unsigned long long v = 0;

	*ok = s < end && end - s <= 19;
	for (; *ok && s < end; s++) {
		if (*s < '0' || *s > '9')
			*ok = false;
		else
			v = v * 10 + (unsigned)(*s - '0');
	}
	return (long long)v;
}

/* A value as a log line may hold it: printable ASCII, at most 120. */
static void printable(char *out, size_t size, const char *s, const char *end)
{
	size_t n = 0;

	for (; s < end && n + 1 < size && n < 120; s++)
		out[n++] = (*s >= 0x20 && *s < 0x7f) ? *s : '?';
	out[n] = '\0';
}

/* STATUS= is logged once a second per service, the first at once: a
 * service that changes it in a loop must not fill the log. */
static long long status_at[SVC_MAX];
static unsigned int status_quiet[SVC_MAX];

static void status_log(unsigned int i, const char *text)
{
	long long now = now_ms();
	char more[40] = "";

	if (status_at[i] && now - status_at[i] < 1000) {
		status_quiet[i]++;
		return;
	}
	if (status_quiet[i])
		fmt(more, sizeof(more), " (%u not logged)", status_quiet[i]);
	status_at[i] = now;
	status_quiet[i] = 0;
	log_msg(LOG_INFO, "%s: status: %s%s", svc_table[i].id, text, more);
}

static bool is_key(const char *line, const char *end, const char *key)
{
	size_t n = strlen(key);

	return (size_t)(end - line) >= n && !memcmp(line, key, n);
}

/* One line of a message from service i ("KEY=VALUE"); unknown keys are
 * ignored, as sd_notify(3) asks. */
static void notify_line(unsigned int i, pid_t sender, const char *l,
	const char *end)
{
	const char *id = svc_table[i].id;
	char text[128];
	long long v;
	bool ok;

	if (end - l == 7 && is_key(l, end, "READY=1")) {
		svc_notify_ready(i);
	} else if (end - l == 10 && is_key(l, end, "WATCHDOG=1")) {
		svc_notify_watchdog(i, false);
	} else if (end - l == 16 && is_key(l, end, "WATCHDOG=trigger")) {
		svc_notify_watchdog(i, true);
	} else if (is_key(l, end, "STATUS=")) {
		printable(text, sizeof(text), l + 7, end);
		status_log(i, text);
	} else if (end - l == 10 && is_key(l, end, "STOPPING=1")) {
		log_msg(LOG_INFO, "%s: stopping", id);
	} else if (end - l == 11 && is_key(l, end, "RELOADING=1")) {
		log_msg(LOG_INFO, "%s: reloading", id);
	} else if (is_key(l, end, "ERRNO=")) {
		v = parse_ull(l + 6, end, &ok);
		if (ok && v < 4096)
			log_msg(LOG_INFO, "%s: errno %lld (%s)", id, v,
				strerror((int)v));
	} else if (is_key(l, end, "EXTEND_TIMEOUT_USEC=")) {
		v = parse_ull(l + 20, end, &ok);
		if (ok)
			svc_notify_extend(i, v / 1000);
	} else if (is_key(l, end, "MAINPID=")) {
		int owner;

		v = parse_ull(l + 8, end, &ok);
		if (!ok || v < 2 || v > 0x7fffffff) {
			refuse((int)i, sender, "MAINPID= is not a pid");
			return;
		}
		if (notify_svc_of_pid((pid_t)v, &owner) < 0 ||
			owner != (int)i) {
			fmt(text, sizeof(text),
				"MAINPID=%lld is not a process of %s", v, id);
			refuse((int)i, sender, text);
			return;
		}
		svc_notify_main_pid(i, (pid_t)v);
	}
}

/* One datagram: its sender's service, then its lines. */
static void notify_message(const char *buf, size_t len, pid_t pid)
{
	const char *p = buf, *end = buf + len, *nl;
	int i, r;

	r = notify_svc_of_pid(pid, &i);
	if (r < 0) {
		refuse(-1, pid, r == -ESRCH ? "the sender is gone, it cannot "
					      "be traced" : strerror(-r));
		return;
	}
	if (i < 0) {
		refuse(-1, pid, "in no service's cgroup");
		return;
	}
	if (svc_table[i].type != SVC_TYPE_NOTIFY) {
		refuse(i, pid, "not a TYPE=notify service");
		return;
	}
	if (memchr(buf, '\0', len)) {
		refuse(i, pid, "not text");
		return;
	}
	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			nl = end;
		notify_line((unsigned int)i, pid, p, nl);
		p = nl + 1;
	}
}

/*
 * Read what is there, at most NOTIFY_BATCH datagrams; never blocks.  Every
 * file descriptor a message carries is closed at once (PID 1 keeps none:
 * systemd's FDSTORE= is not supported); those that did not fit the buffer
 * the kernel closes itself (MSG_CTRUNC).  That is also sd_notify_barrier(3):
 * BARRIER=1 carries a pipe's write end, and its close tells the sender that
 * every message it sent before was handled (while it was alive to trace).
 */
void notify_read(void)
{
	static char buf[NOTIFY_MSG_MAX];
	static union {
		struct cmsghdr align;
		char buf[CMSG_SPACE(sizeof(struct ucred)) +
			 CMSG_SPACE(sizeof(int) * NOTIFY_FDS_MAX)];
	} ctl;
	struct iovec iov = {.iov_base = buf, .iov_len = sizeof(buf)};
	struct msghdr mh;
	struct cmsghdr *c;
	struct ucred cred;
	bool have_cred;
	unsigned int k;
	ssize_t n;

	for (k = 0; notify_sock >= 0 && k < NOTIFY_BATCH; k++) {
		memset(&mh, 0, sizeof(mh));
		mh.msg_iov = &iov;
		mh.msg_iovlen = 1;
		mh.msg_control = ctl.buf;
		mh.msg_controllen = sizeof(ctl.buf);
		n = recvmsg(notify_sock, &mh,
			MSG_DONTWAIT | MSG_TRUNC | MSG_CMSG_CLOEXEC);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return; /* EAGAIN: nothing left */
		}
		have_cred = false;
		for (c = CMSG_FIRSTHDR(&mh); c; c = CMSG_NXTHDR(&mh, c)) {
			if (c->cmsg_level != SOL_SOCKET)
				continue;
			if (c->cmsg_type == SCM_RIGHTS) {
				int *fds = (int *)CMSG_DATA(c);
				size_t m = (c->cmsg_len - CMSG_LEN(0)) /
					   sizeof(int), j;

				for (j = 0; j < m; j++)
					close(fds[j]);
			} else if (c->cmsg_type == SCM_CREDENTIALS &&
				   c->cmsg_len == CMSG_LEN(sizeof(cred))) {
				memcpy(&cred, CMSG_DATA(c), sizeof(cred));
				have_cred = true;
			}
		}
		if (!have_cred || cred.pid <= 0) {
			refuse(-1, 0, "no sender credentials");
			continue;
		}
		if ((size_t)n > sizeof(buf) || (mh.msg_flags & MSG_TRUNC)) {
			int i;

			if (notify_svc_of_pid(cred.pid, &i) < 0)
				i = -1;
			refuse(i, cred.pid, "longer than 4096 bytes");
			continue;
		}
		notify_message(buf, (size_t)n, cred.pid);
	}
}
