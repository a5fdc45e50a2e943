/*
 * logs.c - a service's output in PID 1's memory and on the console:
 * LOG_RING (the last lines, for rampartctl log), LOG_RATE_LIMIT_BURST and
 * LOG_RATE_LIMIT_INTERVAL_MS (systemd's LogRateLimitBurst= and
 * LogRateLimitIntervalSec=), and INIT_LOG_RING_TOTAL, the cap on the
 * rings together.  PID 1's side: init/logring.c, init/log.c.
 */
#include "gen.h"

#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>

#define LOG_RING_MIN 512
#define LOG_RING_MAX 1048576ULL
#define LOG_RATE_BURST_MAX 1000000ULL
#define LOG_RATE_INTERVAL_MAX 3600000ULL /* one hour */

/* INIT_LOG_RING_SIZE: the ring of a service that does not set its own
 * (Kconfig keeps it in range). */
static unsigned long long ring_default(struct table *t)
{
	const struct sym *sym = config_get(&t->cfg, "INIT_LOG_RING_SIZE");

	return sym && sym->value[0] ? strtoull(sym->value, NULL, 10) : 4096;
}

static void apply_ring(
	struct table *t, struct service *s, const struct value *v)
{
	unsigned long long n;

	if (!v->text[0]) {
		s->log_ring = (unsigned long)ring_default(t);
		return;
	}
	if (value_uint(v, 0, LOG_RING_MAX, "ring size in bytes", &n))
		return;
	if (n && n < LOG_RING_MIN) {
		value_error(v, "%llu bytes: a ring holds at least %d (one "
			       "line of 256 bytes twice), or 0 for none",
			n, LOG_RING_MIN);
		return;
	}
	s->log_ring = (unsigned long)n;
}

static void apply_burst(
	struct table *t, struct service *s, const struct value *v)
{
	unsigned long long n;

	(void)t;
	if (value_uint(v, 0, LOG_RATE_BURST_MAX, "number of lines", &n))
		return;
	s->log_rate_burst = (unsigned long)n;
}

static void apply_interval(
	struct table *t, struct service *s, const struct value *v)
{
	unsigned long long n;

	(void)t;
	if (value_uint(v, 0, LOG_RATE_INTERVAL_MAX, "interval in ms", &n))
		return;
	s->log_rate_interval_ms = (unsigned long)n;
}

/*
 * INIT_LOG_REMOTE: "udp://A.B.C.D:PORT" or "udp://[IPV6]:PORT", checked
 * here and handed to PID 1 as numbers (config.h's CFG_LOG_REMOTE_*):
 * PID 1 resolves nothing at run time.
 */
static struct {
	int family; /* 0: none */
	unsigned char addr[16];
	unsigned int port;
} remote;

void logs_check_init(struct table *t)
{
	const struct sym *sym = config_get(&t->cfg, "INIT_LOG_REMOTE");
	char host[64], *end;
	const char *v, *p, *colon;
	unsigned long port;
	size_t n;

	if (!sym || !sym->value[0])
		return;
	v = sym->value;
	if (strncmp(v, "udp://", 6)) {
		gen_error("INIT_LOG_REMOTE=\"%s\": expected udp://ADDRESS:PORT "
			  "(the only transport)",
			v);
		return;
	}
	p = v + 6;
	if (*p == '[') {
		end = strchr(p, ']');
		colon = end && end[1] == ':' ? end + 1 : NULL;
		p++;
		n = end ? (size_t)(end - p) : 0;
	} else {
		colon = strrchr(p, ':');
		n = colon ? (size_t)(colon - p) : 0;
	}
	if (!colon || !n || n >= sizeof(host)) {
		gen_error("INIT_LOG_REMOTE=\"%s\": expected udp://ADDRESS:PORT "
			  "(an IPv6 address in brackets)",
			v);
		return;
	}
	memcpy(host, p, n);
	host[n] = '\0';
	if (p[-1] != '[' && strchr(host, ':')) {
		gen_error("INIT_LOG_REMOTE=\"%s\": an IPv6 address goes in "
			  "brackets: udp://[ADDRESS]:PORT",
			v);
		return;
	}
	if (inet_pton(AF_INET, host, remote.addr) == 1)
		remote.family = AF_INET;
	else if (inet_pton(AF_INET6, host, remote.addr) == 1)
		remote.family = AF_INET6;
	else {
		gen_error("INIT_LOG_REMOTE=\"%s\": \"%s\" is not an IPv4 or "
			  "IPv6 address (names are not resolved: PID 1 has "
			  "no resolver)",
			v, host);
		return;
	}
	port = strtoul(colon + 1, &end, 10);
	if (colon[1] < '1' || colon[1] > '9' || *end || port > 65535) {
		gen_error("INIT_LOG_REMOTE=\"%s\": port \"%s\" is not 1 to 65535",
			v, colon + 1);
		remote.family = 0;
		return;
	}
	remote.port = (unsigned int)port;
}

void logs_gen_config(struct strbuf *sb)
{
	size_t i, n = remote.family == AF_INET6 ? 16 : 4;

	sb_printf(sb, "#define CFG_LOG_REMOTE_FAMILY %d\n",
		remote.family == AF_INET6 ? 10 : remote.family ? 2 : 0);
	if (!remote.family)
		return;
	sb_puts(sb, "#define CFG_LOG_REMOTE_ADDR {");
	for (i = 0; i < n; i++)
		sb_printf(sb, "%s%u", i ? ", " : "", remote.addr[i]);
	sb_printf(sb, "}\n#define CFG_LOG_REMOTE_PORT %u\n", remote.port);
}

/* After every service: no ring or limit without OUTPUT="log", and the
 * rings together within INIT_LOG_RING_TOTAL. */
void logs_check_total(struct table *t)
{
	const struct sym *sym = config_get(&t->cfg, "INIT_LOG_RING_TOTAL");
	unsigned long long cap = 262144, sum = 0;
	size_t i;

	if (sym && sym->value[0])
		cap = strtoull(sym->value, NULL, 10);
	for (i = 0; i < t->nsvcs; i++) {
		struct service *s = &t->svcs[i];

		/* Only OUTPUT="log" passes through PID 1: a console or null
		 * service has no lines to keep or limit. */
		if (strcmp(svc_output_names[s->output], "log")) {
			s->log_ring = 0;
			s->log_rate_burst = 0;
		}
		sum += s->log_ring;
	}
	if (sum > cap)
		gen_error("INIT_LOG_RING_TOTAL=%llu: the services' LOG_RING "
			  "add up to %llu bytes: raise it or give services "
			  "smaller rings",
			cap, sum);
}

/* clang-format off */
static const struct svc_option logs_options[] = {
	{
		.suffix = "LOG_RING",
		.type = OPT_STRING,
		.prompt = "Log ring: bytes of the last output lines kept",
		.def = "\"\"",
		.apply = apply_ring,
		.help =
"How many bytes of the service's last output lines PID 1 keeps in\n"
"its own static memory, for \"rampartctl log ID\" (and -f to follow):\n"
"empty for INIT_LOG_RING_SIZE, 0 for none, else 512 to 1048576.\n"
"Each line costs its escaped text (as on the console, at most 256\n"
"bytes) and 2 bytes; the oldest lines give way. Lines the rate\n"
"limit suppressed are not kept. The rings of all services together\n"
"are capped by INIT_LOG_RING_TOTAL (a build error names the sum).\n"
"PID 1 touches every ring at boot, so their memory is part of its\n"
"settled footprint and never grows later. Only a service with\n"
"OUTPUT=\"log\" has a ring and a rate limit: other output does not\n"
"pass through PID 1.",
	},
	{
		.suffix = "LOG_RATE_LIMIT_BURST",
		.type = OPT_STRING,
		.prompt = "Log rate limit: lines allowed in the interval",
		.def = "\"1000\"",
		.apply = apply_burst,
		.help =
"How many output lines of this service reach the console, the\n"
"kernel log and its log ring within LOG_RATE_LIMIT_INTERVAL_MS, as\n"
"LogRateLimitBurst= in systemd.exec(5); 0 (or an interval of 0)\n"
"turns the limit off. Lines beyond it are dropped, and when the\n"
"next interval begins (or the instance ends) PID 1 logs\n"
"\"<id>: N lines suppressed (more than BURST in INTERVAL ms)\", so a\n"
"chatty service cannot drown the others on a serial console.\n"
"Default: 1000 lines in 10000 ms (journald's 10000 in 30 s would\n"
"not protect a 115200-baud line).",
	},
	{
		.suffix = "LOG_RATE_LIMIT_INTERVAL_MS",
		.type = OPT_STRING,
		.prompt = "Log rate limit: interval (ms, 0: no limit)",
		.def = "\"10000\"",
		.apply = apply_interval,
		.help =
"The interval of LOG_RATE_LIMIT_BURST in milliseconds, 0 to\n"
"3600000, as LogRateLimitIntervalSec= in systemd.exec(5); 0 turns\n"
"the limit off. The interval begins with the first line after the\n"
"previous one ended (fixed windows, as journald's).",
	},
};
/* clang-format on */

const struct option_family logs_family = {
	"logs", logs_options,
	sizeof(logs_options) / sizeof(logs_options[0]),
};

void logs_gen_data(struct service *s, struct strbuf *sb)
{
	if (s->log_ring)
		sb_printf(sb, "static char svc_%s_log_ring[%lu];\n", s->id,
			s->log_ring);
}

void logs_gen_entry(struct service *s, struct strbuf *sb)
{
	if (s->log_ring) {
		sb_printf(sb, "\t\t.log_ring = svc_%s_log_ring,\n", s->id);
		sb_printf(sb, "\t\t.log_ring_size = %lu,\n", s->log_ring);
	}
	if (s->log_rate_burst && s->log_rate_interval_ms) {
		sb_printf(sb, "\t\t.log_rate_burst = %lu,\n", s->log_rate_burst);
		sb_printf(sb, "\t\t.log_rate_interval_ms = %lu,\n",
			s->log_rate_interval_ms);
	}
}

void logs_gen_txt(struct service *s, struct strbuf *sb)
{
	if (s->log_ring)
		sb_printf(sb, "  log     ring %lu bytes\n", s->log_ring);
	if (s->log_rate_burst && s->log_rate_interval_ms)
		sb_printf(sb, "  log     at most %lu lines in %lu ms\n",
			s->log_rate_burst, s->log_rate_interval_ms);
}
