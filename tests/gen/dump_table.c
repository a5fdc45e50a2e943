/*
 * dump_table.c - prints a generated table as PID 1 sees it once compiled,
 * byte for byte, so the golden dumps prove that every C string literal the
 * generator wrote (quotes, backslashes, control and non-ASCII bytes)
 * compiles back to the exact value in .config.
 */
#include <stdio.h>

#include "config.h"
#include "service.h"

static void dump_strings(const char *what, const char *const *list)
{
	unsigned int i;

	for (i = 0; list[i]; i++)
		printf("  %s[%u]=%s\n", what, i, list[i]);
}

int main(void)
{
	const struct svc *s;
	unsigned int i, k;

	printf("CFG_SVC_COUNT=%d svc_count=%u\n", CFG_SVC_COUNT, svc_count);
#ifdef CFG_INIT_HOSTNAME
	printf("CFG_INIT_HOSTNAME=%s\n", CFG_INIT_HOSTNAME);
#endif
	for (i = 0; i < svc_count; i++) {
		s = &svc_table[i];
		printf("svc[%u] id=%s\n", i, s->id);
		dump_strings("argv", s->argv);
		dump_strings("envp", s->envp);
		printf("  workdir=%s uid=%u gid=%u groups=", s->workdir,
			(unsigned int)s->uid, (unsigned int)s->gid);
		for (k = 0; k < s->ngroups; k++)
			printf("%s%u", k ? "," : "",
				(unsigned int)s->groups[k]);
		printf(" umask=%04o type=%d restart=%d output=%d after=",
			(unsigned int)s->umask, (int)s->type, (int)s->restart,
			(int)s->output);
		for (k = 0; k < s->nafter; k++) {
			printf("%s%u", k ? "," : "", s->after[k]);
			if (s->after[k] >= i)
				printf("(NOT BEFORE ITSELF)");
		}
		printf("\n");
		if (s->start_limit_burst) /* only when set: goldens stay */
			printf("  start_limit burst=%u interval_ms=%u action=%d\n",
				(unsigned int)s->start_limit_burst,
				s->start_limit_interval_ms,
				(int)s->start_limit_action);
		/* STANDARD_*, EXEC_SEARCH_PATH, PASS_ENVIRONMENT: when set */
		if (s->exec_path)
			printf("  exec_path=%s\n", s->exec_path);
		if (s->pass_env)
			dump_strings("pass_env", s->pass_env);
		for (k = 0; s->stdio && k < 3; k++)
			printf("  stdio[%u] kind=%d path=%s\n", k,
				(int)s->stdio->kind[k],
				s->stdio->path[k] ? s->stdio->path[k] : "-");
	}
	for (i = 0; init_modules[i]; i++)
		printf("module[%u]=%s\n", i, init_modules[i]);
	return 0;
}
