/*
 * fault-ctl - floods PID 1's control socket (/run/rampart/control, the
 * protocol of lib/ctlproto.h: a 56-byte request, a 96-byte reply) with
 * ROUNDS rounds of what a broken or hostile client does:
 *   a good STATUS request, its reply read (the path that answers);
 *   a datagram one byte short, then one with a wrong magic: PID 1 must
 *   drop the connection (EOF) rather than answer or wait;
 *   a client that sends requests and never reads the replies: PID 1 must
 *   drop it once a reply does not fit, never block on it;
 *   a client that dies mid-request (sends, closes at once);
 *   8 connections held at once, twice PID 1's 4: the oldest give way.
 * Then one good request must still be answered.
 *
 * usage: fault-ctl ROUNDS
 * Exit status 0 if PID 1 behaved so in every round, else 1 with the first
 * thing that went otherwise on stderr.  Every wait is bounded (10 s).
 */
#define _GNU_SOURCE 1
#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#define REQ_SIZE 56
#define REP_SIZE 96
#define MAGIC 0x6c746372u
#define CMD_STATUS 2
#define WAIT_MS 10000
#define HELD 8

static int round_no;

static int bad(const char *what)
{
	fprintf(stderr, "fault-ctl: round %d: %s (errno %s)\n", round_no, what,
		strerror(errno));
	return -1;
}

static int conn(int nonblock)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	int fd = socket(AF_UNIX,
		SOCK_SEQPACKET | SOCK_CLOEXEC | (nonblock ? SOCK_NONBLOCK : 0), 0);

	strcpy(sa.sun_path, "/run/rampart/control");
	if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		bad("connect");
		if (fd >= 0)
			close(fd);
		return -1;
	}
	return fd;
}

/* A STATUS request for service 0, as rampartctl builds it. */
static void request(unsigned char *buf, uint32_t magic)
{
	uint32_t svc = 0;
	uint16_t version = 1, cmd = CMD_STATUS;

	memset(buf, 0, REQ_SIZE);
	memcpy(buf, &magic, 4);
	memcpy(buf + 4, &version, 2);
	memcpy(buf + 6, &cmd, 2);
	memcpy(buf + 8, &svc, 4);
}

/* The next datagram within WAIT_MS: its length, 0 at EOF, -1 else. */
static long next(int fd, unsigned char *buf, size_t size)
{
	struct pollfd p = {.fd = fd, .events = POLLIN};
	long n;

	if (poll(&p, 1, WAIT_MS) != 1) {
		errno = ETIMEDOUT;
		return -1;
	}
	n = recv(fd, buf, size, MSG_DONTWAIT);
	if (n < 0 && errno == ECONNRESET)
		return 0;
	return n;
}

static int good(void)
{
	unsigned char req[REQ_SIZE], rep[REP_SIZE + 8];
	uint32_t magic;
	int32_t status;
	int fd = conn(0);
	long n;

	if (fd < 0)
		return -1;
	request(req, MAGIC);
	if (send(fd, req, sizeof(req), MSG_NOSIGNAL) != REQ_SIZE) {
		close(fd);
		return bad("send a good request");
	}
	n = next(fd, rep, sizeof(rep));
	close(fd);
	if (n != REP_SIZE)
		return bad("a good request not answered with 96 bytes");
	memcpy(&magic, rep, 4);
	memcpy(&status, rep + 8, 4);
	if (magic != MAGIC || status != 0)
		return bad("a good request answered with a refusal");
	return 0;
}

/* A datagram PID 1 must refuse by dropping the connection. */
static int garbage(size_t len, uint32_t magic)
{
	unsigned char req[REQ_SIZE + 1], rep[REP_SIZE];
	int fd = conn(0);
	long n;

	if (fd < 0)
		return -1;
	request(req, magic);
	req[REQ_SIZE] = 0xff;
	if (send(fd, req, len, MSG_NOSIGNAL) != (ssize_t)len) {
		close(fd);
		return bad("send garbage");
	}
	n = next(fd, rep, sizeof(rep));
	close(fd);
	return n == 0 ? 0 : bad("garbage not answered by a dropped connection");
}

/* Requests, never a reply read: PID 1 must drop the client. */
static int deaf(void)
{
	unsigned char req[REQ_SIZE];
	struct pollfd p;
	int fd = conn(1), k;

	if (fd < 0)
		return -1;
	request(req, MAGIC);
	for (k = 0; k < 5000; k++) {
		if (send(fd, req, sizeof(req), MSG_NOSIGNAL) == REQ_SIZE)
			continue;
		if (errno == EPIPE || errno == ECONNRESET) {
			close(fd);
			return 0; /* dropped */
		}
		if (errno != EAGAIN) {
			close(fd);
			return bad("send to PID 1");
		}
		p.fd = fd;
		p.events = POLLOUT;
		if (poll(&p, 1, WAIT_MS) != 1) {
			close(fd);
			errno = ETIMEDOUT;
			return bad("PID 1 neither read nor dropped a deaf client");
		}
	}
	close(fd);
	errno = 0;
	return bad("a client that never reads was not dropped after 5000 requests");
}

static int dies(void)
{
	unsigned char req[REQ_SIZE];
	int fd = conn(0);

	if (fd < 0)
		return -1;
	request(req, MAGIC);
	(void)send(fd, req, sizeof(req), MSG_NOSIGNAL);
	close(fd);
	return 0;
}

static int held(void)
{
	int fds[HELD], k, r = 0;

	for (k = 0; k < HELD; k++)
		fds[k] = conn(0);
	for (k = 0; k < HELD; k++) {
		if (fds[k] < 0)
			r = -1;
		else
			close(fds[k]);
	}
	return r;
}

int main(int argc, char **argv)
{
	int rounds = argc == 2 ? atoi(argv[1]) : 0;

	if (rounds <= 0) {
		fputs("usage: fault-ctl ROUNDS\n", stderr);
		return 2;
	}
	for (round_no = 1; round_no <= rounds; round_no++)
		if (good() || garbage(REQ_SIZE - 1, MAGIC) ||
			garbage(REQ_SIZE, MAGIC + 1) ||
			garbage(REQ_SIZE + 1, MAGIC) || deaf() || dies() ||
			held())
			return 1;
	return good() ? 1 : 0;
}
