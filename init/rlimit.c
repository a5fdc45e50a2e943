/* rlimit.c - the service's resource limits, set in the child while still
 * privileged. */
#include <errno.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "init.h"

/*
 * The kernel's struct rlimit64: two 64-bit values on every target, so
 * armhf gets the same limits as x86_64 (musl's rlim_t is 64-bit too, but
 * the raw prlimit64 call states it and is async-signal-safe, which
 * setrlimit(), going through musl's __synccall, need not be).
 */
struct rlimit64 {
	uint64_t cur;
	uint64_t max;
};

/*
 * Before the uid change: raising a hard limit needs CAP_SYS_RESOURCE,
 * which the service loses.  Each limit is read back: fail closed if the
 * kernel holds anything else than what was configured.
 */
int rlimit_apply(const struct svc *svc)
{
	struct rlimit64 rl, got;
	unsigned int i;

	for (i = 0; i < svc->nrlimits; i++) {
		const struct svc_rlimit *l = &svc->rlimits[i];

		rl.cur = l->soft;
		rl.max = l->hard;
		if (syscall(SYS_prlimit64, 0, l->resource, &rl, NULL) < 0)
			return -errno;
		if (syscall(SYS_prlimit64, 0, l->resource, NULL, &got) < 0)
			return -errno;
		/* A 32-bit kernel (armhf) holds an unsigned long: it turns
		 * a value of 2^32-1 or more into infinity, a weaker limit
		 * than configured. */
		if (got.cur != rl.cur || got.max != rl.max)
			return -ERANGE;
	}
	return 0;
}
