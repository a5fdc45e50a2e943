/*
 * test_logring.c - PID 1's log rings (init/logring.c) against a table of
 * three services with rings of 512 bytes, 4096 bytes and none: what a ring
 * keeps, what a reader asking from a line number gets, what it is told it
 * lost, and how a reply is filled.
 */
#include "check.h"

#include <stdio.h>
#include <string.h>

#include "../../init/logring.c"

static char ring_a[512], ring_b[4096];
const struct svc svc_table[3] = {
	{.id = "a", .log_ring = ring_a, .log_ring_size = sizeof(ring_a)},
	{.id = "b", .log_ring = ring_b, .log_ring_size = sizeof(ring_b)},
	{.id = "c"},
};
const unsigned int svc_count = 3;

static struct ctl_log_reply rep;

static void read_from(unsigned int svc, uint32_t seq)
{
	memset(&rep, 0, sizeof(rep));
	logring_read(svc, seq, &rep);
}

/* "first-next lost len: <first line>|<last line>" */
static const char *summary(void)
{
	static char s[600];
	char first[300] = "", last[300] = "";
	const char *p = rep.text, *nl, *prev = NULL;

	if (rep.len) {
		nl = memchr(p, '\n', rep.len);
		snprintf(first, sizeof(first), "%.*s", (int)(nl - p), p);
		for (p = rep.text; p < rep.text + rep.len; p = nl + 1) {
			nl = memchr(p, '\n', rep.text + rep.len - p);
			prev = p;
		}
		nl = memchr(prev, '\n', rep.text + rep.len - prev);
		snprintf(last, sizeof(last), "%.*s", (int)(nl - prev), prev);
	}
	snprintf(s, sizeof(s), "%u-%u lost %u len %u: %s|%s",
		(unsigned int)rep.first_seq, (unsigned int)rep.next_seq,
		(unsigned int)rep.lost, (unsigned int)rep.len, first, last);
	return s;
}

int main(void)
{
	char line[300];
	int i;

	logring_init();
	read_from(0, 0);
	check_str("an empty ring: nothing, from line 1", "1-1 lost 0 len 0: |",
		summary());

	/* 40 lines of 31 bytes (33 in the ring): 512 bytes keep 15 */
	for (i = 1; i <= 40; i++) {
		snprintf(line, sizeof(line), "chatty line %02d xxxxxxxxxxxxxxxx",
			i);
		logring_add(0, line, strlen(line));
	}
	read_from(0, 0);
	check_str("512 bytes keep the last 15 of 40 lines of 31",
		"26-41 lost 0 len 480: chatty line 26 xxxxxxxxxxxxxxxx|"
		"chatty line 40 xxxxxxxxxxxxxxxx",
		summary());
	read_from(0, 30);
	check_str("from line 30", "30-41 lost 0 len 352: "
		"chatty line 30 xxxxxxxxxxxxxxxx|chatty line 40 xxxxxxxxxxxxxxxx",
		summary());
	read_from(0, 20);
	check_str("from line 20, overwritten: told 6 lost",
		"26-41 lost 6 len 480: chatty line 26 xxxxxxxxxxxxxxxx|"
		"chatty line 40 xxxxxxxxxxxxxxxx",
		summary());
	read_from(0, 41);
	check_str("from the next line: nothing new", "41-41 lost 0 len 0: |",
		summary());
	read_from(0, 1000);
	check_str("from a number not given yet: from the next",
		"41-41 lost 0 len 0: |", summary());

	/* a reply holds whole lines only: 256-byte lines, 3 of 1024 */
	memset(line, 'y', 256);
	for (i = 0; i < 10; i++) {
		line[0] = (char)('0' + i);
		logring_add(1, line, 256);
	}
	read_from(1, 0);
	check(rep.first_seq == 1 && rep.next_seq == 4 && rep.len == 771,
		"a reply of 1024 bytes holds 3 lines of 257", "1-4 len 771",
		summary());
	read_from(1, rep.next_seq);
	check(rep.first_seq == 4 && rep.next_seq == 7 && rep.text[0] == '3',
		"the next reply goes on from line 4", "4-7 from '3'",
		summary());

	/* a ring that wraps many times stays consistent */
	for (i = 0; i < 5000; i++) {
		snprintf(line, sizeof(line), "wrap %d %.*s", i, i % 200,
			"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
			"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
			"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
			"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz");
		logring_add(0, line, strlen(line));
	}
	read_from(0, 0);
	check(rep.next_seq == 5041 && strstr(summary(), "|wrap 4999 zzz"),
		"after 5000 more lines of every length: the newest last",
		"next 5041, the last line \"wrap 4999 ...\"", summary());

	/* no ring: nothing kept, nothing read */
	logring_add(2, "x", 1);
	read_from(2, 0);
	check_str("a service without a ring", "1-1 lost 0 len 0: |", summary());
	return check_done("logring");
}
