/* dhcpc.c - the router case's DHCP client on the host: a machine on the
 * router's LAN NIC, which is QEMU's "-netdev socket,udp=" backend (each
 * Ethernet frame one UDP datagram between QEMU and this program on
 * 127.0.0.1), with no network stack of its own: it writes the frames.
 *
 * usage: dhcpc MYPORT QEMUPORT MAC SECONDS [HOSTNAME]
 * Binds 127.0.0.1:MYPORT (QEMU's udp=), sends to 127.0.0.1:QEMUPORT (its
 * localaddr=). DHCPDISCOVER from MAC (broadcast, every second until an
 * offer), then DHCPREQUEST for the offered address (with HOSTNAME as
 * option 12, which dnsmasq puts in its DNS), until DHCPACK.
 * Prints "offer A.B.C.D", then for the ACK "ack A.B.C.D", "server S",
 * "router R", "dns D", "mask M", "lease SECONDS" (what it carried).
 * Exit 0 on an ACK, 1 when none came within SECONDS, 3 on a NAK, 2 on bad
 * usage or a socket error. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define ETH 14
#define IPH 20
#define UDPH 8
#define BOOTP 240 /* the fixed part and the magic cookie */

static unsigned char mac[6];
static unsigned xid;
static int fd;
static struct sockaddr_in qemu;
static const char *hostname;

static unsigned short csum(const unsigned char *p, int n)
{
	unsigned long s = 0;
	int i;

	for (i = 0; i + 1 < n; i += 2)
		s += (unsigned)p[i] << 8 | p[i + 1];
	if (n & 1)
		s += (unsigned)p[n - 1] << 8;
	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	return (unsigned short)~s;
}

/* send_dhcp: a broadcast frame carrying a DHCP message of TYPE (1
 * discover, 3 request), with the requested address and server id for a
 * request. */
static void send_dhcp(int type, const unsigned char *req, const unsigned char *sid)
{
	unsigned char f[ETH + IPH + UDPH + BOOTP + 128];
	unsigned char *ip = f + ETH, *udp = ip + IPH, *b = udp + UDPH, *o = b + BOOTP;
	unsigned short c;
	int len;

	memset(f, 0, sizeof f);
	memset(f, 0xff, 6); /* to everyone */
	memcpy(f + 6, mac, 6);
	f[12] = 0x08;
	b[0] = 1; /* BOOTREQUEST */
	b[1] = 1; /* Ethernet */
	b[2] = 6;
	b[4] = xid >> 24, b[5] = xid >> 16, b[6] = xid >> 8, b[7] = xid;
	memcpy(b + 28, mac, 6); /* chaddr; flags 0: no broadcast asked */
	b[236] = 99, b[237] = 130, b[238] = 83, b[239] = 99;
	*o++ = 53, *o++ = 1, *o++ = (unsigned char)type;
	*o++ = 61, *o++ = 7, *o++ = 1; /* client id: the MAC */
	memcpy(o, mac, 6), o += 6;
	if (req) {
		*o++ = 50, *o++ = 4, memcpy(o, req, 4), o += 4;
		*o++ = 54, *o++ = 4, memcpy(o, sid, 4), o += 4;
		if (hostname) {
			*o++ = 12, *o++ = (unsigned char)strlen(hostname);
			memcpy(o, hostname, strlen(hostname)), o += strlen(hostname);
		}
	}
	*o++ = 55, *o++ = 3, *o++ = 1, *o++ = 3, *o++ = 6; /* mask, router, dns */
	*o++ = 255;
	len = (int)(o - udp);
	udp[1] = 68, udp[3] = 67; /* 68 -> 67 */
	udp[4] = len >> 8, udp[5] = len & 0xff; /* checksum 0: none */
	ip[0] = 0x45;
	ip[2] = (len + IPH) >> 8, ip[3] = (len + IPH) & 0xff;
	ip[8] = 64, ip[9] = 17;
	memset(ip + 16, 0xff, 4); /* 0.0.0.0 -> 255.255.255.255 */
	c = csum(ip, IPH);
	ip[10] = c >> 8, ip[11] = c & 0xff;
	if (sendto(fd, f, (size_t)(ETH + IPH + len), 0, (struct sockaddr *)&qemu, sizeof qemu) < 0) {
		perror("dhcpc: sendto");
		exit(2);
	}
}

/* opt: the value of option CODE in the message's options, its length in
 * *n; NULL when absent. */
static const unsigned char *opt(const unsigned char *b, int len, int code, int *n)
{
	int i = BOOTP;

	while (i < len && b[i] != 255) {
		if (b[i] == 0) {
			i++;
			continue;
		}
		if (i + 1 >= len || i + 2 + b[i + 1] > len)
			return NULL;
		if (b[i] == code) {
			*n = b[i + 1];
			return b + i + 2;
		}
		i += 2 + b[i + 1];
	}
	return NULL;
}

static void print_addr(const char *what, const unsigned char *a)
{
	printf("%s %d.%d.%d.%d\n", what, a[0], a[1], a[2], a[3]);
}

/* wait_reply: a DHCP reply of TYPE (2 offer, 5 ack; 6 nak also ends
 * it) for our xid and MAC before DEADLINE; its BOOTP part in *b. */
static int wait_reply(int type, time_t deadline, const unsigned char **b, int *blen)
{
	static unsigned char f[2048];
	struct pollfd p = {.fd = fd, .events = POLLIN};
	const unsigned char *m, *t;
	int n, tl, ihl;

	while (time(NULL) < deadline) {
		if (poll(&p, 1, 1000) != 1)
			return -1; /* a second without an answer: send again */
		n = (int)recv(fd, f, sizeof f, 0);
		if (n < ETH + IPH + UDPH + BOOTP || f[12] != 0x08 || f[13] != 0 || f[ETH + 9] != 17)
			continue;
		ihl = (f[ETH] & 15) * 4;
		if (n < ETH + ihl + UDPH + BOOTP || f[ETH + ihl + 3] != 68)
			continue;
		m = f + ETH + ihl + UDPH;
		*blen = n - (ETH + ihl + UDPH);
		if (m[0] != 2 || ((unsigned)m[4] << 24 | m[5] << 16 | m[6] << 8 | m[7]) != xid ||
		    memcmp(m + 28, mac, 6))
			continue;
		t = opt(m, *blen, 53, &tl);
		if (!t || tl != 1)
			continue;
		if (t[0] == 6)
			return 6;
		if (t[0] == type) {
			*b = m;
			return type;
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct sockaddr_in me;
	const unsigned char *b, *v, *sid;
	unsigned char offered[4], server[4];
	unsigned m[6];
	int blen, n, r, i;
	time_t deadline;

	if (argc < 5 || argc > 6 || (argc == 6 && (strlen(argv[5]) < 1 || strlen(argv[5]) > 32)) || sscanf(argv[3], "%x:%x:%x:%x:%x:%x", &m[0], &m[1], &m[2], &m[3], &m[4], &m[5]) != 6 ||
	    atoi(argv[1]) <= 0 || atoi(argv[2]) <= 0 || atoi(argv[4]) <= 0) {
		fprintf(stderr, "usage: dhcpc MYPORT QEMUPORT MAC SECONDS [HOSTNAME]\n");
		return 2;
	}
	hostname = argc == 6 ? argv[5] : NULL;
	for (i = 0; i < 6; i++)
		mac[i] = (unsigned char)m[i];
	deadline = time(NULL) + atoi(argv[4]);
	srand((unsigned)time(NULL) ^ (unsigned)getpid());
	xid = (unsigned)rand() << 16 ^ (unsigned)rand();
	fd = socket(AF_INET, SOCK_DGRAM, 0);
	memset(&me, 0, sizeof me);
	me.sin_family = AF_INET;
	me.sin_port = htons((unsigned short)atoi(argv[1]));
	me.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	qemu = me;
	qemu.sin_port = htons((unsigned short)atoi(argv[2]));
	if (fd < 0 || bind(fd, (struct sockaddr *)&me, sizeof me) < 0) {
		perror("dhcpc: bind");
		return 2;
	}
	do {
		send_dhcp(1, NULL, NULL);
		r = wait_reply(2, deadline, &b, &blen);
	} while (r < 0);
	if (r != 2)
		return 1;
	sid = opt(b, blen, 54, &n);
	if (!sid || n != 4) {
		fprintf(stderr, "dhcpc: an offer without a server id\n");
		return 1;
	}
	memcpy(offered, b + 16, 4);
	memcpy(server, sid, 4);
	print_addr("offer", offered);
	do {
		send_dhcp(3, offered, server);
		r = wait_reply(5, deadline, &b, &blen);
	} while (r < 0);
	if (r == 6) {
		printf("nak\n");
		return 3;
	}
	if (r != 5)
		return 1;
	print_addr("ack", b + 16);
	if ((v = opt(b, blen, 54, &n)) && n == 4)
		print_addr("server", v);
	if ((v = opt(b, blen, 3, &n)) && n >= 4)
		print_addr("router", v);
	if ((v = opt(b, blen, 6, &n)) && n >= 4)
		print_addr("dns", v);
	if ((v = opt(b, blen, 1, &n)) && n == 4)
		print_addr("mask", v);
	if ((v = opt(b, blen, 51, &n)) && n == 4)
		printf("lease %u\n", (unsigned)v[0] << 24 | v[1] << 16 | v[2] << 8 | v[3]);
	return 0;
}
