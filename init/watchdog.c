/*
 * watchdog.c - the hardware watchdog (INIT_WATCHDOG): opened in stage 1
 * after the modules, petted from the one loop on CLOCK_MONOTONIC, through
 * the orderly shutdown, up to reboot(2).  If PID 1's loop stops, nobody
 * pets it and the board resets: the one failure PID 1 cannot report
 * itself.  The device is never closed or disarmed (no magic 'V'): a
 * halted board is reset once the timeout has passed.
 */
#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include <linux/watchdog.h>

#include "init.h"

#if CFG_INIT_WATCHDOG

static int wd_fd = -1;
static long long next_pet = -1;

#if CFG_INIT_WATCHDOG_TEST_WEDGE
#ifndef RAMPART_TEST_HOOKS
#error "INIT_WATCHDOG_TEST_WEDGE: a test hook, built only for tests/qemu (Makefile)"
#endif
/* Test hook (tests/qemu only, see the Makefile): once this file exists,
 * PID 1's loop stops as if it hung, and the watchdog must reset the
 * board.  /run is PID 1's tmpfs: a new boot starts without it. */
#define WEDGE_FILE "/run/rampart-test-wedge"
static void test_wedge_check(void)
{
	struct timespec ts = {3600, 0};

	if (access(WEDGE_FILE, F_OK) != 0)
		return;
	log_msg(LOG_ERR, "watchdog: TEST HOOK: %s exists, PID 1's loop stops",
		WEDGE_FILE);
	for (;;)
		nanosleep(&ts, NULL);
}
#else
static void test_wedge_check(void)
{
}
#endif

/* The driver may still be probing (a module just loaded, a PCI bus
 * being scanned): wait for the node, bounded, as for INIT_MOUNTS. */
static int wd_open(void)
{
	struct timespec ts = {0, 20 * 1000000L};
	long long end = now_ms() + CFG_INIT_WATCHDOG_WAIT_MS;
	int fd;

	for (;;) {
		fd = open(CFG_INIT_WATCHDOG_DEVICE, O_WRONLY | O_CLOEXEC);
		if (fd >= 0 || (errno != ENOENT && errno != ENODEV &&
				       errno != ENXIO) ||
			now_ms() >= end)
			return fd < 0 ? -errno : fd;
		nanosleep(&ts, NULL);
	}
}

void watchdog_open(void)
{
	int fd, timeout = CFG_INIT_WATCHDOG_TIMEOUT_S, status = 0;
	struct watchdog_info info;

	fd = wd_open();
	if (fd < 0) {
		log_msg(LOG_ERR, "watchdog: %s: %s", CFG_INIT_WATCHDOG_DEVICE,
			strerror(-fd));
		return;
	}
	wd_fd = fd;
	memset(&info, 0, sizeof(info));
	if (ioctl(fd, WDIOC_GETSUPPORT, &info) < 0)
		info.identity[0] = '\0';
	info.identity[sizeof(info.identity) - 1] = '\0';
	if (ioctl(fd, WDIOC_SETTIMEOUT, &timeout) < 0)
		log_msg(LOG_ERR, "watchdog: set timeout %ds: %s",
			CFG_INIT_WATCHDOG_TIMEOUT_S, strerror(errno));
	if (ioctl(fd, WDIOC_GETTIMEOUT, &timeout) < 0)
		timeout = -1;
	if (ioctl(fd, WDIOC_GETBOOTSTATUS, &status) < 0)
		status = 0;
	(void)!ioctl(fd, WDIOC_KEEPALIVE, 0);
	next_pet = now_ms() + CFG_INIT_WATCHDOG_PET_MS;
	log_msg(LOG_NOTICE,
		"watchdog: %s (%s), timeout %ds, petted every %dms",
		CFG_INIT_WATCHDOG_DEVICE,
		info.identity[0] ? (const char *)info.identity : "?", timeout,
		CFG_INIT_WATCHDOG_PET_MS);
	if (timeout > 0 && (long long)timeout * 1000 <= CFG_INIT_WATCHDOG_PET_MS)
		log_msg(LOG_ERR,
			"watchdog: the device's timeout %ds is not above the "
			"pet interval %dms",
			timeout, CFG_INIT_WATCHDOG_PET_MS);
	/* WDIOF_CARDRESET: the last reset came from this watchdog. */
	log_msg(status & WDIOF_CARDRESET ? LOG_WARNING : LOG_INFO,
		"watchdog: last reset %s (boot status 0x%x)",
		status & WDIOF_CARDRESET ? "by the watchdog" :
					   "not by the watchdog",
		(unsigned int)status);
}

/* From the loop, every turn: pets when due; returns the next deadline. */
long long watchdog_pet(long long now)
{
	if (wd_fd < 0)
		return -1;
	if (now >= next_pet) {
		test_wedge_check();
		(void)!ioctl(wd_fd, WDIOC_KEEPALIVE, 0);
		next_pet = now + CFG_INIT_WATCHDOG_PET_MS;
	}
	return next_pet;
}

/* Before the final syncs and unmounts, and right before reboot(2): a
 * pet each, so each gets a whole timeout (a hang there still resets). */
void watchdog_final(void)
{
	if (wd_fd >= 0)
		(void)!ioctl(wd_fd, WDIOC_KEEPALIVE, 0);
}

#else /* !CFG_INIT_WATCHDOG */

void watchdog_open(void)
{
}

long long watchdog_pet(long long now)
{
	(void)now;
	return -1;
}

void watchdog_final(void)
{
}

#endif
