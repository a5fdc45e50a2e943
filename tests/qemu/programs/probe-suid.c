/* probe-suid - installed setuid root by caps_setup: prints the euid it runs with. */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	printf("euid=%d\n", (int)geteuid());
	return 0;
}
