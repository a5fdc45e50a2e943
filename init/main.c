/* main.c - PID 1: sequences the three stages, nothing else (and, named
 * poweroff, reboot or halt, is the command that asks PID 1: client.c). */
#include <string.h>
#include <sys/reboot.h>
#include <unistd.h>

#include "init.h"

int main(int argc, char **argv)
{
	static const char not_pid1[] = "rampart: must run as PID 1 (it is "
				       "the init of a machine or PID "
				       "namespace)\n";
	const char *cmd = argc > 0 ? client_name(argv[0]) : NULL;
	int r;

	if (cmd)
		return client_main(cmd, argc, argv);

	/* The only exit: before PID 1 has taken anything over. */
	if (getpid() != 1) {
		(void)!write(2, not_pid1, sizeof(not_pid1) - 1);
		return 1;
	}

	early_setup();	 /* stage 1: cannot fail */
	r = supervise(); /* stage 2 and 3: returns only on error */

	/* PID 1 never exits (the kernel would panic). */
	log_msg(LOG_ERR, "fatal: supervision failed: %s, %s", strerror(-r),
		CFG_INIT_FATAL_REBOOT ? "rebooting" : "freezing");
	sync();
	if (CFG_INIT_FATAL_REBOOT)
		system_reboot(RB_AUTOBOOT);
	freeze();
}
