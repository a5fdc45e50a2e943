/* seccomp.c - the child's last step: the service's system-call filters. */
#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "init.h"

/* The generator writes struct svc_bpf; the kernel reads sock_filter. */
_Static_assert(sizeof(struct svc_bpf) == sizeof(struct sock_filter),
	"svc_bpf is not laid out as sock_filter");
_Static_assert(offsetof(struct svc_bpf, jt) ==
			       offsetof(struct sock_filter, jt) &&
		       offsetof(struct svc_bpf, k) ==
			       offsetof(struct sock_filter, k),
	"svc_bpf is not laid out as sock_filter");

#ifndef PR_SET_MDWE
#define PR_SET_MDWE 65
#define PR_MDWE_REFUSE_EXEC_GAIN 1
#endif

/*
 * In the child, after no_new_privs and the uid change, before execve:
 * async-signal-safe, no allocation.  MEMORY_DENY_WRITE_EXECUTE also sets
 * the kernel's own MDWE where it exists (6.3): it covers what the kernel
 * maps itself (an ELF segment both writable and executable), which no
 * filter sees; older kernels say EINVAL and the filter alone applies.
 * Every filter is installed, in order; one refused is the step's failure
 * and the service does not start.  0 or -errno.
 */
int seccomp_apply(const struct svc *svc)
{
	struct sock_fprog prog;
	unsigned int i;

	if (svc->mdwe && prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0L, 0L,
				 0L) < 0 && errno != EINVAL)
		return -errno;
	for (i = 0; i < svc->nseccomp; i++) {
		prog.len = svc->seccomp[i].len;
		prog.filter = (struct sock_filter *)(uintptr_t)
				      svc->seccomp[i].insns;
		if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0U, &prog) < 0)
			return -errno;
	}
	return 0;
}
