/*
 * syscall-numbers - the system-call numbers the filters are compiled with
 * (libseccomp's table for the target architecture) against the target's
 * own headers, on the build host.
 *
 * usage: syscall-numbers ARCH < LIST
 *   ARCH: libseccomp's name of the target (x86_64, aarch64, arm, mipsel);
 *   LIST: "NAME NUMBER" lines, the SYS_NAME macros of the target's
 *   <sys/syscall.h>. Prints "NAME NUMBER LIBSECCOMP" for every name whose
 *   number libseccomp gives otherwise: another number, "pseudo" (a call
 *   libseccomp knows only through a multiplexer such as socketcall(), so
 *   no rule of a filter sees the real call) or "unknown" (a number
 *   libseccomp has no name for, which no filter can name; a name it does
 *   not know for a number it knows by another name, such as musl's
 *   clock_gettime32, is an alias, not printed). Exit status 2 on bad input.
 */
#include <seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	char name[128];
	long nr;
	uint32_t arch;
	char *known;
	int got;

	if (argc != 2 || !(arch = seccomp_arch_resolve_name(argv[1]))) {
		fprintf(stderr, "usage: syscall-numbers x86_64|aarch64|arm|mipsel < LIST\n");
		return 2;
	}
	while (scanf("%127s %ld", name, &nr) == 2) {
		got = seccomp_syscall_resolve_name_arch(arch, name);
		if (got == __NR_SCMP_ERROR) {
			known = seccomp_syscall_resolve_num_arch(arch, (int)nr);
			if (!known)
				printf("%s %ld unknown\n", name, nr);
			free(known);
		}
		else if (got < 0)
			printf("%s %ld pseudo\n", name, nr);
		else if (got != nr)
			printf("%s %ld %d\n", name, nr, got);
	}
	return ferror(stdin) ? 2 : 0;
}
