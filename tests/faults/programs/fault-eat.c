/* fault-eat - takes memory 1 MiB at a time, touching every page, until the OOM killer ends it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	unsigned long mib = 0;
	char *p;

	for (;;) {
		p = malloc(1 << 20);
		if (!p) {
			/* without overcommit the kernel may say no first */
			printf("eat: malloc failed after %lu MiB\n", mib);
			fflush(stdout);
			pause();
		}
		memset(p, 0x5a, 1 << 20);
		if (++mib % 32 == 0) {
			printf("eat: %lu MiB\n", mib);
			fflush(stdout);
		}
	}
}
