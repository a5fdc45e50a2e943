/*
 * watchdog.c - the INIT_WATCHDOG_* values kconfig's types and ranges
 * cannot check (init/watchdog.c uses them).
 */
#include "gen.h"

#include <stdlib.h>
#include <string.h>

static int number(const struct table *t, const char *name,
	unsigned long long *n)
{
	const struct sym *sym = config_get(&t->cfg, name);

	return sym && !sym->quoted &&
	       !parse_uint(sym->value, 0, ~0ULL, n, NULL, 0);
}

void watchdog_check(struct table *t)
{
	const struct sym *on = config_get(&t->cfg, "INIT_WATCHDOG");
	const struct sym *dev, *mounts;
	char err[PARSE_ERR_MAX], *shown;
	unsigned long long timeout, pet, wait;

	if (!on || config_bool(on) != 1)
		return;
	dev = config_get(&t->cfg, "INIT_WATCHDOG_DEVICE");
	if (dev && dev->quoted) {
		shown = sym_show(dev->name, dev->value, 1);
		if (parse_path(dev->value, err, sizeof(err)))
			gen_error("%s: %s", shown, err);
		else if (strncmp(dev->value, "/dev/", 5) || !dev->value[5])
			gen_error("%s: not a device node under /dev", shown);
		free(shown);
	}
	if (number(t, "INIT_WATCHDOG_TIMEOUT_S", &timeout) &&
		number(t, "INIT_WATCHDOG_PET_MS", &pet) &&
		pet >= timeout * 1000)
		gen_error("INIT_WATCHDOG_PET_MS=%llu: not below "
			  "INIT_WATCHDOG_TIMEOUT_S=%llu (%llu ms): the board "
			  "would reset between two pets",
			pet, timeout, timeout * 1000);
	/* Stage 1 pets nothing between opening it (after the modules) and
	 * the loop: the mounts' wait for their devices must fit. */
	mounts = config_get(&t->cfg, "INIT_MOUNTS");
	if (mounts && mounts->quoted && mounts->value[0] &&
		number(t, "INIT_WATCHDOG_TIMEOUT_S", &timeout) &&
		number(t, "INIT_MOUNT_WAIT_MS", &wait) && timeout * 1000 <= wait)
		gen_error("INIT_WATCHDOG_TIMEOUT_S=%llu: not above "
			  "INIT_MOUNT_WAIT_MS=%llu: stage 1 may wait that long "
			  "for INIT_MOUNTS' devices before PID 1 pets the watchdog",
			timeout, wait);
}
