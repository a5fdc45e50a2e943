/* logring.c - per-service log rings (SVC_<ID>_LOG_RING): the last output
 * lines of each service in PID 1's static memory, for rampartctl log. */
#include <string.h>

#include "ctlproto.h"
#include "init.h"

/*
 * A ring is the service's static buffer (services.c) of records, each a
 * 2-byte length and the line's escaped text (as on the console, without
 * its "<id>[<pid>]: " and '\n'), wrapping around the end.  A new line
 * pushes out the oldest until it fits.  Lines are numbered from 1 in the
 * order written (a uint32_t: after 4 billion lines of one service the
 * numbers wrap and a follower may see lines twice).
 */
static struct ring {
	unsigned int head; /* where the next record goes */
	unsigned int tail; /* the oldest record */
	unsigned int used; /* bytes in records */
	uint32_t first;	   /* the oldest record's number */
	uint32_t next;	   /* the next line's number */
} rings[SVC_MAX];

static void ring_put(const struct svc *s, unsigned int off, const void *p,
	unsigned int n)
{
	unsigned int k = s->log_ring_size - off < n ? s->log_ring_size - off : n;

	memcpy(s->log_ring + off, p, k);
	memcpy(s->log_ring, (const char *)p + k, n - k);
}

static void ring_get(const struct svc *s, unsigned int off, void *p,
	unsigned int n)
{
	unsigned int k = s->log_ring_size - off < n ? s->log_ring_size - off : n;

	memcpy(p, s->log_ring + off, k);
	memcpy((char *)p + k, s->log_ring, n - k);
}

static unsigned int rec_len(const struct svc *s, unsigned int off)
{
	uint16_t len;

	ring_get(s, off, &len, sizeof(len));
	return len;
}

void logring_add(unsigned int i, const char *text, size_t n)
{
	const struct svc *s = &svc_table[i];
	struct ring *r = &rings[i];
	unsigned int size = s->log_ring_size, need, old;
	uint16_t len;

	if (!size)
		return;
	if (!r->next)
		r->first = r->next = 1;
	if (n > size - 2)
		n = size - 2; /* gen keeps rings >= 512: cannot happen */
	need = 2 + (unsigned int)n;
	while (size - r->used < need) {
		old = 2 + rec_len(s, r->tail);
		r->tail = (r->tail + old) % size;
		r->used -= old;
		r->first++;
	}
	len = (uint16_t)n;
	ring_put(s, r->head, &len, sizeof(len));
	ring_put(s, (r->head + 2) % size, text, (unsigned int)n);
	r->head = (r->head + need) % size;
	r->used += need;
	r->next++;
}

void logring_read(unsigned int i, uint32_t seq, struct ctl_log_reply *rep)
{
	const struct svc *s = &svc_table[i];
	const struct ring *r = &rings[i];
	unsigned int off = r->tail, left = r->used, len;
	uint32_t cur = r->first;

	if (!r->next) { /* nothing written yet */
		rep->first_seq = rep->next_seq = seq ? seq : 1;
		return;
	}
	if (!seq || seq < r->first) {
		rep->lost = seq ? r->first - seq : 0;
		seq = r->first;
	}
	if (seq > r->next)
		seq = r->next; /* a number not given yet: from the next one */
	for (; cur < seq && left; cur++) { /* skip to seq */
		len = 2 + rec_len(s, off);
		off = (off + len) % s->log_ring_size;
		left -= len;
	}
	rep->first_seq = cur;
	for (; left; cur++) {
		len = rec_len(s, off);
		if (rep->len + len + 1 > CTL_LOG_TEXT)
			break;
		ring_get(s, (off + 2) % s->log_ring_size, rep->text + rep->len,
			len);
		rep->len += len;
		rep->text[rep->len++] = '\n';
		off = (off + 2 + len) % s->log_ring_size;
		left -= 2 + len;
	}
	rep->next_seq = cur;
}

/* Stage 2, before any service: every ring resident now, so that PID 1's
 * memory is settled at boot and a service's first lines never grow it. */
void logring_init(void)
{
	unsigned int i;

	for (i = 0; i < svc_count; i++)
		if (svc_table[i].log_ring_size)
			memset(svc_table[i].log_ring, 0,
				svc_table[i].log_ring_size);
}
