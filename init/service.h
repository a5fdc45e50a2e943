/* service.h - the only interface between PID 1 and the generated tables. */
#ifndef RAMPART_SERVICE_H
#define RAMPART_SERVICE_H

#include <stdint.h>
#include <sys/resource.h> /* RLIMIT_*, used by the generated table */
#include <sys/types.h>

/*
 * The generator (scripts/gen/) writes $(O)/generated/services.c from .config:
 * one const struct svc per enabled service, in a valid start order (every
 * service appears after the services it is ordered after).  The generator
 * writes designated initializers, so a field added here for a new
 * restriction is zero (= "not configured") for every service until the
 * generator learns to fill it.  Nothing here is ever parsed at runtime.
 */

enum svc_type {
	SVC_TYPE_SIMPLE,	/* long-running: started once exec succeeded */
	SVC_TYPE_ONESHOT,	/* runs to completion; "started" once it exited */
};

enum svc_restart {
	SVC_RESTART_NO,
	SVC_RESTART_ON_FAILURE,	/* non-zero exit or killed by a signal */
	SVC_RESTART_ALWAYS,
};

enum svc_output {
	SVC_OUTPUT_LOG,		/* pipe to PID 1, forwarded line by line */
	SVC_OUTPUT_CONSOLE,	/* /dev/console itself (the interactive shell) */
	SVC_OUTPUT_NULL,	/* /dev/null */
};

/* -- credentials, capabilities, rlimits -- */
enum svc_cap_bounding {
	SVC_CAP_BOUNDING_UNCHANGED, /* not configured: PID 1's (all) */
	SVC_CAP_BOUNDING_LIST,	    /* exactly cap_bounding; fail closed if
				     * the kernel lacks one of them */
	SVC_CAP_BOUNDING_ALL_BUT,   /* "~list": cap_bounding has every bit but
				     * those, so newer capabilities are kept */
};

struct svc_rlimit {
	int resource;	    /* RLIMIT_* */
	uint64_t soft, hard; /* ~0 = RLIM_INFINITY, 64-bit on every target */
};

struct svc {
	const char *id;			/* [a-z][a-z0-9_]{0,30}: log tag, cgroup */
	const char *const *argv;	/* NULL-terminated, argv[0] absolute path */
	const char *const *envp;	/* NULL-terminated, the whole environment */
	const char *workdir;		/* absolute, default "/" */
	uid_t uid;
	gid_t gid;
	const gid_t *groups;		/* supplementary groups, primary gid first */
	unsigned int ngroups;
	mode_t umask;
	enum svc_type type;
	enum svc_restart restart;
	enum svc_output output;
	unsigned char send_sighup;	/* SIGHUP right after SIGTERM at stop */
	const unsigned short *after;	/* indexes into svc_table, all < own */
	unsigned int nafter;

	/* Restrictions, one block per concern; each block's fields are zero
	 * when nothing is configured. */

	/* -- namespaces and filesystem (ns.c, mount.c) -- */

	/* -- credentials, capabilities, rlimits (cred.c, caps.c, rlimit.c) -- */
	const struct svc_rlimit *rlimits; /* LIMITS, applied in this order */
	unsigned int nrlimits;
	unsigned char cap_bounding_mode;  /* enum svc_cap_bounding */
	unsigned char new_privs_allowed;  /* NO_NEW_PRIVILEGES=n (0: NNP set) */
	unsigned short securebits;	  /* SECURE_BITS, SECBIT_* mask */
	uint64_t cap_bounding;		  /* bit n: capability n kept */
	uint64_t cap_ambient;		  /* AMBIENT_CAPABILITIES */

	/* -- devices and cgroup limits (devices.c, cgroup.c) -- */

	/* -- end of restrictions -- */
};

extern const struct svc svc_table[];
extern const unsigned int svc_count;

/* Kernel modules to load in stage 1, in dependency order, NULL-terminated. */
extern const char *const init_modules[];

#endif
