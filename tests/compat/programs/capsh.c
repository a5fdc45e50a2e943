/*
 * capsh - the "--print" of libcap's capsh, for the units of systemd's
 * test-execute that read their capabilities with it (busybox has none).
 *
 * usage: capsh --print
 * Prints, as capsh does:
 *   Current: <the process's sets, as cap_to_text(3) writes them>
 *   Bounding set =<names of the bounding set, comma-separated>
 *   Ambient set =<names of the ambient set>
 *   Securebits: 0<octal>/0x<hex>
 *   uid=N euid=N (numbers only: no name lookup)
 *   gid=N
 * Any other argument: status 2 (only --print is provided).
 */
#include <stdio.h>
#include <string.h>
#include <sys/capability.h>
#include <sys/prctl.h>
#include <unistd.h>

/* print_set: " =name,name" for the capabilities test() says are set */
static void print_set(const char *label, int (*test)(cap_value_t))
{
	cap_value_t c;
	int first = 1;
	char *name;

	printf("%s =", label);
	for (c = 0; c < (cap_value_t)cap_max_bits(); c++) {
		if (test(c) != 1)
			continue;
		name = cap_to_name(c);
		printf("%s%s", first ? "" : ",", name ? name : "?");
		cap_free(name);
		first = 0;
	}
	putchar('\n');
}

static int in_bound(cap_value_t c) { return cap_get_bound(c); }
static int in_ambient(cap_value_t c) { return cap_get_ambient(c); }

int main(int argc, char **argv)
{
	cap_t caps;
	char *text;
	int bits;

	if (argc != 2 || strcmp(argv[1], "--print") != 0) {
		fputs("usage: capsh --print (the only command provided here)\n", stderr);
		return 2;
	}
	caps = cap_get_proc();
	if (!caps) {
		perror("capsh: cap_get_proc");
		return 1;
	}
	text = cap_to_text(caps, NULL);
	printf("Current: %s\n", text ? text : "?");
	cap_free(text);
	cap_free(caps);
	print_set("Bounding set", in_bound);
	print_set("Ambient set", in_ambient);
	bits = prctl(PR_GET_SECUREBITS);
	printf("Securebits: 0%o/0x%x\n", (unsigned)bits, (unsigned)bits);
	printf("uid=%u euid=%u\ngid=%u\n", (unsigned)getuid(), (unsigned)geteuid(),
	       (unsigned)getgid());
	return 0;
}
