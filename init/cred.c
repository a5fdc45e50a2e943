/* cred.c - the service's identity: supplementary groups, gid, uid, verified. */
#define _GNU_SOURCE 1 /* setresuid, setresgid, getresuid, getresgid */
#include <errno.h>
#include <grp.h>
#include <unistd.h>

#include "init.h"

/*
 * Groups and gid need CAP_SETGID, which the uid change takes away:
 * supplementary groups (the primary gid among them), then gid, then uid.
 * Then everything is read back: a kernel that silently did less (a
 * security module, a user namespace without a mapping) must not leave the
 * service running as someone else.  *step names the step that failed.
 */
int cred_apply(const struct svc *svc, int *step)
{
	gid_t list[64], rg, eg, sg;
	uid_t ru, eu, su;
	int n, j;
	unsigned int i;

	int e;

	/* test_fault(): the test tree's hook, 0 in every other build */
	*step = STEP_SETGROUPS;
	if ((e = test_fault(svc, *step)) < 0)
		return e;
	if (setgroups(svc->ngroups, svc->groups) < 0)
		return -errno;
	*step = STEP_SETGID;
	if ((e = test_fault(svc, *step)) < 0)
		return e;
	if (setresgid(svc->gid, svc->gid, svc->gid) < 0)
		return -errno;
	*step = STEP_SETUID;
	if ((e = test_fault(svc, *step)) < 0)
		return e;
	if (setresuid(svc->uid, svc->uid, svc->uid) < 0)
		return -errno;

	*step = STEP_SETGROUPS;
	n = getgroups(0, NULL);
	if (n != (int)svc->ngroups)
		return -EPERM;
	/* The kernel sorts the list: compare as sets (no duplicates, the
	 * generator makes sure). */
	if (svc->ngroups <= sizeof(list) / sizeof(list[0])) {
		if (getgroups(n, list) != n)
			return -EPERM;
		for (i = 0; i < svc->ngroups; i++) {
			for (j = 0; j < n && list[j] != svc->groups[i]; j++)
				;
			if (j == n)
				return -EPERM;
		}
	}
	*step = STEP_SETGID;
	if (getresgid(&rg, &eg, &sg) < 0 || rg != svc->gid || eg != svc->gid ||
		sg != svc->gid)
		return -EPERM;
	*step = STEP_SETUID;
	if (getresuid(&ru, &eu, &su) < 0 || ru != svc->uid || eu != svc->uid ||
		su != svc->uid)
		return -EPERM;
	return 0;
}
