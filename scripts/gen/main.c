/* main.c - rampart-gen: turns services and .config into PID 1's tables. */
#include "gen.h"

#include <stdio.h>
#include <string.h>

static const char usage[] =
	"usage: rampart-gen kconfig [-o FILE] FILE.svc...\n"
	"       rampart-gen table --config FILE --rootfs DIR --modules FILE --out DIR\n"
	"       rampart-gen check-config --input FILE --config FILE\n"
	"       rampart-gen abi-source\n"
	"       rampart-gen populate-plan --config FILE --rootfs DIR\n"
	"\n"
	"kconfig       expand .svc files into Kconfig entries, on stdout or\n"
	"              into FILE (rewritten only when its content changes)\n"
	"table         check .config and write config.h, services.c and\n"
	"              services.txt into DIR (see docs/architecture.md)\n"
	"check-config  check that kconfig-conf took every value of the\n"
	"              hand-written --input (a .config or defconfig) as\n"
	"              written, in the --config it wrote from it\n"
	"populate-plan print what scripts/populate puts into each\n"
	"              ROOT_DIRECTORY_POPULATE jail, one tab-separated\n"
	"              line each (jail, prog, file, user, group, dir)\n"
	"abi-source    print the C file whose assembly (the target compiler's\n"
	"              -S output) gives table --abi the target's errno and\n"
	"              O_* numbers\n"
	"\n"
	"Exit status: 0 done, 1 a value is wrong (one error line each),\n"
	"2 bad usage.\n";

int main(int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "kconfig"))
		return cmd_kconfig(argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "table"))
		return cmd_table(argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "abi-source"))
		return cmd_abi_source(argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "populate-plan"))
		return cmd_populate_plan(argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "check-config"))
		return cmd_check_config(argc - 1, argv + 1);
	if (argc >= 2 &&
		(!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
		fputs(usage, stdout);
		return 0;
	}
	fputs(usage, stderr);
	return 2;
}
