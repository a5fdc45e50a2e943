/* parse_cred.h - parsers of the credential options: capabilities, secure bits,
 * rlimits. */
#ifndef RAMPART_PARSE_CRED_H
#define RAMPART_PARSE_CRED_H

#include <stddef.h>
#include <stdint.h>

#include "parse.h" /* PARSE_ERR_MAX: every message here fits it */

/*
 * Same contract as parse.h: 0 or a negative errno, one lower-case line in
 * err (may be NULL), nothing allocated.  Masks are 64-bit on every target
 * (bit n = capability n), as the kernel's capset v3 and /proc/PID/status.
 */

/*
 * parse_caps - a blank-separated list of capability names, optionally
 * prefixed by '~' (all but these; *invert receives 1).  names[n] is the
 * name of capability n without "cap_", lower case (libcap's table), NULL
 * for a gap; a word is CAP_<NAME> in any case.  An unknown word's error
 * suggests the closest name.  allow_invert 0 refuses '~'.
 */
int parse_caps(const char *s, const char *const *names, size_t nnames,
	int allow_invert, uint64_t *mask, int *invert, char *err,
	size_t errlen);

/* The secure bits by name, bit n = SECBIT n (linux/securebits.h). */
extern const char *const parse_securebit_names[];
int parse_securebits(
	const char *s, unsigned int *bits, char *err, size_t errlen);

/*
 * Resource limits: blank-separated NAME=soft[:hard] words, NAME one of
 * parse_rlimit_names (systemd's Limit*= without "Limit"), a value a
 * decimal number or "infinity"; soft alone sets both.  out[] receives
 * one entry per word, in the order given; it must hold PARSE_RLIMIT_COUNT.
 */
#define PARSE_RLIMIT_COUNT 16
#define PARSE_RLIMIT_INFINITY (~(uint64_t)0)
extern const char *const parse_rlimit_names[PARSE_RLIMIT_COUNT + 1];
struct parse_rlimit {
	unsigned int which; /* index into parse_rlimit_names */
	uint64_t soft, hard;
};
int parse_limits(const char *s, struct parse_rlimit *out, size_t *n, char *err,
	size_t errlen);

#endif
