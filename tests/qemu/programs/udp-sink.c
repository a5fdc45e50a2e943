/* udp-sink - the remote-log probe's receiver: every datagram to 127.0.0.1:PORT as one line of FILE. */
#define _GNU_SOURCE 1
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/*
 * usage: udp-sink PORT FILE READYFILE
 * Binds 127.0.0.1:PORT (the loopback must be up), creates READYFILE, then
 * appends each datagram received, with a '\n', to FILE (a NUL or newline
 * inside is written as \x00 or \n, so one datagram stays one line), until
 * killed.
 */
int main(int argc, char **argv)
{
	struct sockaddr_in sa = {.sin_family = AF_INET};
	char buf[2048], out[4 * 2048 + 2];
	int fd, ofd;
	ssize_t n, i;
	size_t k;

	if (argc != 4) {
		fputs("usage: udp-sink PORT FILE READYFILE\n", stderr);
		return 2;
	}
	sa.sin_port = htons((unsigned short)atoi(argv[1]));
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		fprintf(stderr, "udp-sink: bind: %s\n", strerror(errno));
		return 1;
	}
	ofd = open(argv[2], O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
	if (ofd < 0 || close(open(argv[3], O_WRONLY | O_CREAT | O_CLOEXEC,
			       0644)) < 0) {
		fprintf(stderr, "udp-sink: %s\n", strerror(errno));
		return 1;
	}
	for (;;) {
		n = recv(fd, buf, sizeof(buf), 0);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "udp-sink: recv: %s\n", strerror(errno));
			return 1;
		}
		for (i = 0, k = 0; i < n; i++) {
			if (buf[i] == '\0' || buf[i] == '\n') {
				memcpy(out + k, buf[i] ? "\\n" : "\\x00",
					buf[i] ? 2 : 4);
				k += buf[i] ? 2 : 4;
			} else {
				out[k++] = buf[i];
			}
		}
		out[k++] = '\n';
		if (write(ofd, out, k) != (ssize_t)k)
			return 1;
	}
}
