/* dnsq.c - the vmtest tier's DNS client on the host: one A query over
 * UDP to 127.0.0.1:PORT, and what came back.
 *
 * usage: dnsq PORT NAME
 * Prints "rcode N" and one "a A.B.C.D" line per address of the answer
 * section (in its order); exit 0 on an answer with the query's id, 1 when
 * none came within 2 s, 2 on bad usage or a malformed answer. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* skip_name: the offset after the (maybe compressed) name at off. */
static int skip_name(const unsigned char *m, int len, int off)
{
	while (off < len) {
		if (m[off] == 0)
			return off + 1;
		if ((m[off] & 0xc0) == 0xc0)
			return off + 2;
		off += m[off] + 1;
	}
	return -1;
}

int main(int argc, char **argv)
{
	unsigned char q[512], r[1500];
	int n = 0, fd, len, port, off, i, an;
	unsigned id;
	struct sockaddr_in sa;
	struct pollfd pfd;
	char *name, *dot;

	if (argc != 3 || (port = atoi(argv[1])) <= 0 || port > 65535 || strlen(argv[2]) > 200) {
		fprintf(stderr, "usage: dnsq PORT NAME\n");
		return 2;
	}
	srand((unsigned)time(NULL) ^ (unsigned)getpid());
	id = (unsigned)rand() & 0xffff;
	memset(q, 0, 12);
	q[0] = id >> 8;
	q[1] = id & 0xff;
	q[2] = 0x01; /* RD */
	q[5] = 1;    /* QDCOUNT */
	n = 12;
	for (name = argv[2]; *name; name = dot + (*dot != 0)) {
		dot = strchr(name, '.');
		if (!dot)
			dot = name + strlen(name);
		if (dot == name || dot - name > 63) {
			fprintf(stderr, "dnsq: bad name %s\n", argv[2]);
			return 2;
		}
		q[n++] = (unsigned char)(dot - name);
		memcpy(q + n, name, (size_t)(dot - name));
		n += (int)(dot - name);
	}
	q[n++] = 0;
	q[n++] = 0, q[n++] = 1; /* A */
	q[n++] = 0, q[n++] = 1; /* IN */

	fd = socket(AF_INET, SOCK_DGRAM, 0);
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	sa.sin_port = htons((unsigned short)port);
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0 ||
	    send(fd, q, (size_t)n, 0) != n) {
		perror("dnsq: send");
		return 1;
	}
	pfd.fd = fd;
	pfd.events = POLLIN;
	for (;;) {
		if (poll(&pfd, 1, 2000) != 1)
			return 1;
		len = (int)recv(fd, r, sizeof r, 0);
		if (len < 0)
			return 1; /* e.g. ECONNREFUSED: nobody on the port */
		if (len >= 12 && ((unsigned)r[0] << 8 | r[1]) == id && (r[2] & 0x80))
			break;
	}
	printf("rcode %d\n", r[3] & 0x0f);
	an = r[6] << 8 | r[7];
	off = 12;
	for (i = 0; i < (r[4] << 8 | r[5]); i++) { /* the question(s) */
		off = skip_name(r, len, off);
		if (off < 0)
			return 2;
		off += 4;
	}
	for (i = 0; i < an; i++) {
		int type, rdlen;

		off = skip_name(r, len, off);
		if (off < 0 || off + 10 > len)
			return 2;
		type = r[off] << 8 | r[off + 1];
		rdlen = r[off + 8] << 8 | r[off + 9];
		off += 10;
		if (off + rdlen > len)
			return 2;
		if (type == 1 && rdlen == 4)
			printf("a %d.%d.%d.%d\n", r[off], r[off + 1], r[off + 2], r[off + 3]);
		off += rdlen;
	}
	return 0;
}
