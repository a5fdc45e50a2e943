/* client.c - poweroff, reboot, halt: ask PID 1, and wait for its answer. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "init.h"

/*
 * The image's /sbin/poweroff, reboot and halt are links to /init.  They
 * send the busybox signals (shutdown.c), but, unlike busybox's applets,
 * stay alive until PID 1 has answered: PID 1 obeys only a sender it can
 * trace to a service allowed to shut down (request.c), and a sender
 * already reaped by its shell cannot be traced.  The signal is sent again
 * every RESEND_MS: a signal of the same number already pending at PID 1
 * (someone else's) swallows ours.
 */
static const struct {
	const char *name;
	int signo;
} commands[] = {
	{"poweroff", SIGUSR2},
	{"reboot", SIGTERM},
	{"halt", SIGUSR1},
};

#define ANSWER_MS 10000
#define RESEND_MS 1000

const char *client_name(const char *argv0)
{
	const char *base = strrchr(argv0, '/');
	unsigned int i;

	base = base ? base + 1 : argv0;
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (!strcmp(base, commands[i].name))
			return commands[i].name;
	return NULL;
}

static int say(const char *name, const char *what, int status)
{
	char line[200];
	size_t n = fmt(line, sizeof(line), "%s: %s\n", name, what);

	(void)!write(2, line, n < sizeof(line) ? n : sizeof(line) - 1);
	return status;
}

static int usage(const char *name, const char *why)
{
	char line[160];

	if (why)
		say(name, why, 2);
	fmt(line, sizeof(line),
		"usage: %s [-d SECONDS]: asks PID 1 (rampart) to %s; "
		"exit 0 once it agreed",
		name, name);
	return say(name, line, 2);
}

/* The busybox options: -d is kept, those that would bypass PID 1 or
 * that mean nothing here are refused, saying why. */
static int options(const char *name, int argc, char **argv, unsigned *delay)
{
	char *end;
	int c;

	while ((c = getopt(argc, argv, "d:fnwh")) != -1) {
		switch (c) {
		case 'd':
			errno = 0;
			*delay = (unsigned)strtoul(optarg, &end, 10);
			if (errno || end == optarg || *end || *optarg == '-')
				return usage(name, "-d takes whole seconds");
			break;
		case 'f':
			return usage(name, "-f is not supported: the machine "
					   "goes down through PID 1, which "
					   "stops the services first");
		case 'n':
			return usage(name, "-n is not supported: PID 1 "
					   "always syncs the filesystems");
		case 'w':
			return usage(name, "-w is not supported: there is no "
					   "wtmp");
		case 'h':
			usage(name, NULL);
			exit(0);
		default:
			return usage(name, "unknown option");
		}
	}
	if (optind != argc)
		return usage(name, "no arguments are taken");
	return 0;
}

int client_main(const char *name, int argc, char **argv)
{
	struct timespec ts;
	long long now, end, next = 0, wait;
	unsigned int delay = 0, i;
	int signo = 0, r;
	siginfo_t si;
	sigset_t set;

	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (!strcmp(name, commands[i].name))
			signo = commands[i].signo;
	r = options(name, argc, argv, &delay);
	if (r)
		return r;
	if (getpid() == 1)
		return say(name,
			"this is PID 1 of its PID namespace: there is "
			"no init here to ask",
			1);
	/* Blocked before the request: the answer waits in the queue. */
	sigemptyset(&set);
	sigaddset(&set, REQUEST_ANSWER_SIGNAL);
	sigprocmask(SIG_BLOCK, &set, NULL);
	while (delay)
		delay = sleep(delay);

	end = now_ms() + ANSWER_MS;
	for (;;) {
		now = now_ms();
		if (now >= end)
			return say(name, "no answer from PID 1 in 10 s", 1);
		if (now >= next) {
			if (kill(1, signo) < 0) {
				char why[96];

				fmt(why, sizeof(why), "cannot signal PID 1: %s",
					strerror(errno));
				return say(name, why, 1);
			}
			next = now + RESEND_MS;
		}
		wait = (next < end ? next : end) - now;
		ts.tv_sec = wait / 1000;
		ts.tv_nsec = (wait % 1000) * 1000000;
		if (sigtimedwait(&set, &si, &ts) != REQUEST_ANSWER_SIGNAL)
			continue;
		/* Only PID 1's answer counts, not a stray SIGURG. */
		if (si.si_code != SI_QUEUE || si.si_pid != 1)
			continue;
		if (si.si_value.sival_int == REQUEST_OBEYED)
			return 0;
		return say(name,
			"refused by PID 1: this service may not shut "
			"the machine down (MAY_SHUTDOWN)",
			1);
	}
}
