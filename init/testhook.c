/*
 * testhook.c - INIT_TEST_FAIL_STEPS (tests/qemu/Kconfig): a named step of a
 * named service fails with a given errno, as if its call had failed, so
 * the QEMU tier proves that every step fails closed.  Compiled only into
 * the test tree's init (RAMPART_TEST_HOOKS, see the Makefile); the
 * generated test_faults.c refuses to build without it.
 */
#ifdef RAMPART_TEST_HOOKS
#include <string.h>

#include "init.h"

/* Also in the forked child, between fork and exec: pure comparisons. */
int test_fault(const struct svc *svc, int step)
{
	const struct test_fault *f;
	size_t n = strlen(svc->id);

	/* "ID" fails the step in every command of ID, "ID+post" only in
	 * its EXEC_START_POST commands (spawn_joining) */
	for (f = test_faults; f->svc; f++)
		if (!strncmp(f->svc, svc->id, n) &&
			(f->svc[n] == '\0' ||
				(spawn_joining && !strcmp(f->svc + n, "+post"))) &&
			!strcmp(f->step, sandbox_step_name[step]))
			return -f->err;
	return 0;
}

void test_faults_announce(void)
{
	const struct test_fault *f;

	for (f = test_faults; f->svc; f++)
		log_msg(LOG_WARNING,
			"TEST HOOK: %s: step %s will fail with %s", f->svc,
			f->step, strerror(f->err));
	if (CFG_INIT_TEST_NO_CLONE3)
		log_msg(LOG_WARNING, "TEST HOOK: clone3 off: services are "
				     "forked and placed through cgroup.procs");
}
#endif
