/* caps.c - capability bounding set, secure bits, process capabilities,
 * no_new_privs. */
#include <errno.h>
#include <linux/capability.h>
#include <stdint.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "init.h"

/*
 * Raw capset(2)/capget(2) and prctl(2) rather than libcap's cap_t: a cap_t
 * comes from cap_init(), which mallocs, and malloc is not
 * async-signal-safe between fork and execve.  Building one cap_t per
 * service in PID 1 before the fork would cost heap in PID 1 for what is
 * two 64-bit masks here.  libcap stays the source of the capability
 * *names* (rampart-gen reads the table libcap's build generates from its
 * own linux/capability.h), so names and numbers agree with it.
 */

#define SECBIT_NOROOT_BIT (1U << 0)
#define SECBIT_KEEP_CAPS_BIT (1U << 4)

static uint64_t bit(int cap)
{
	return (uint64_t)1 << cap;
}

/*
 * The running kernel's last capability: PID 1 read it at boot; if that
 * failed, ask the bounding set (EINVAL above the last one).  A static
 * binary must not trust the CAP_LAST_CAP of the headers it was built with.
 */
static int last_cap(void)
{
	int c;

	if (cap_last_cap >= 0)
		return cap_last_cap;
	for (c = 0; c < 64; c++)
		if (prctl(PR_CAPBSET_READ, c, 0, 0, 0) < 0)
			break;
	return c - 1;
}

static uint64_t kernel_mask(void)
{
	int last = last_cap();

	return last >= 63 ? ~(uint64_t)0 : bit(last + 1) - 1;
}

/*
 * First of the capability steps, while we still hold CAP_SETPCAP: drop
 * every capability not kept, up to the kernel's last one.  A listed
 * capability the kernel does not know cannot be granted as configured:
 * fail closed.  "All but" lists keep what they do not name, including
 * capabilities newer than libcap's table.
 */
int caps_bounding_apply(const struct svc *svc)
{
	uint64_t keep = svc->cap_bounding, kmask = kernel_mask();
	int c, last = last_cap();
	long r;

	if ((svc->cap_ambient & ~kmask) ||
		(svc->cap_bounding_mode == SVC_CAP_BOUNDING_LIST &&
			(keep & ~kmask)))
		return -EINVAL;
	if (svc->cap_bounding_mode == SVC_CAP_BOUNDING_UNCHANGED)
		return 0;
	for (c = 0; c <= last; c++)
		if (!(keep & bit(c)) && prctl(PR_CAPBSET_DROP, c, 0, 0, 0) < 0)
			return -errno;
	for (c = 0; c <= last; c++) {
		r = prctl(PR_CAPBSET_READ, c, 0, 0, 0);
		if (r < 0)
			return -errno;
		if (r && !(keep & bit(c)))
			return -EPERM; /* still there though dropped */
		/* A listed one that PID 1 itself no longer had: the
		 * service would get less than configured. */
		if (!r && (keep & bit(c)) &&
			svc->cap_bounding_mode == SVC_CAP_BOUNDING_LIST)
			return -EPERM;
	}
	return 0;
}

/*
 * Before the uid change, so noroot and no-setuid-fixup govern it.  A
 * non-root service with ambient capabilities needs them to survive
 * setresuid: SECBIT_KEEP_CAPS for that moment (execve clears it again).
 */
int caps_securebits_apply(const struct svc *svc)
{
	unsigned int bits = svc->securebits;
	int got;

	if (svc->cap_ambient && svc->uid != 0)
		bits |= SECBIT_KEEP_CAPS_BIT;
	if (!bits)
		return 0;
	if (prctl(PR_SET_SECUREBITS, bits, 0, 0, 0) < 0)
		return -errno;
	got = prctl(PR_GET_SECUREBITS, 0, 0, 0, 0);
	if (got < 0)
		return -errno;
	return (unsigned int)got == bits ? 0 : -EPERM;
}

static int caps_get(uint64_t *perm, uint64_t *eff, uint64_t *inh)
{
	struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
	struct __user_cap_data_struct d[2];

	if (syscall(SYS_capget, &h, d) < 0)
		return -errno;
	*perm = d[0].permitted | (uint64_t)d[1].permitted << 32;
	*eff = d[0].effective | (uint64_t)d[1].effective << 32;
	*inh = d[0].inheritable | (uint64_t)d[1].inheritable << 32;
	return 0;
}

static int caps_set(uint64_t perm, uint64_t eff, uint64_t inh)
{
	struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
	struct __user_cap_data_struct d[2] = {
		{(uint32_t)eff, (uint32_t)perm, (uint32_t)inh},
		{(uint32_t)(eff >> 32), (uint32_t)(perm >> 32),
			(uint32_t)(inh >> 32)},
	};

	return syscall(SYS_capset, &h, d) < 0 ? -errno : 0;
}

/*
 * After the uid change: the sets the service execs with.  For root
 * (without noroot) execve gives the whole bounding set anyway, so keep
 * what is left of it; for anyone else exactly the ambient capabilities,
 * which also go into inheritable (the kernel requires it for ambient).
 * Then raise the ambient ones and read everything back.
 */
int caps_apply(const struct svc *svc)
{
	uint64_t perm, eff, inh, want, amb = svc->cap_ambient;
	int c, last = last_cap(), r;
	long is;

	r = caps_get(&perm, &eff, &inh);
	if (r < 0)
		return r;
	want = amb;
	if (svc->uid == 0 && !(svc->securebits & SECBIT_NOROOT_BIT)) {
		want = perm;
		if (svc->cap_bounding_mode != SVC_CAP_BOUNDING_UNCHANGED)
			want &= svc->cap_bounding;
	}
	if ((amb & ~perm) && svc->uid != 0)
		return -EPERM; /* not kept across setresuid */
	r = caps_set(want, want, amb);
	if (r < 0)
		return r;
	if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) < 0 && amb)
		return -errno;
	for (c = 0; c <= last; c++)
		if ((amb & bit(c)) &&
			prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, c, 0, 0) <
				0)
			return -errno;

	r = caps_get(&perm, &eff, &inh);
	if (r < 0)
		return r;
	if (perm != want || eff != want || inh != amb)
		return -EPERM;
	for (c = 0; amb && c <= last; c++) {
		is = prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, c, 0, 0);
		if (is < 0)
			return -errno;
		if (!is != !(amb & bit(c)))
			return -EPERM;
	}
	return 0;
}

/*
 * Last of the privilege steps: from here on execve (of this service and
 * of everything it runs) cannot gain privileges through setuid bits or
 * file capabilities.
 */
int caps_no_new_privs_apply(const struct svc *svc)
{
	if (svc->new_privs_allowed)
		return 0;
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		return -errno;
	return prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) == 1 ? 0 : -EPERM;
}
