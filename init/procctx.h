/* procctx.h - the process context of a service (procctx.c): SIGPIPE,
 * OOM score, nice, CPU affinity, I/O scheduling, as systemd.exec(5) sets
 * them. */
#ifndef RAMPART_PROCCTX_H
#define RAMPART_PROCCTX_H

#include "service.h"

/* Each returns 0 (also when the option is not set: nothing to do) or
 * -errno; called in the forked child, async-signal-safe. */
int procctx_sigpipe_apply(const struct svc *svc);
int procctx_oom_score_adjust_apply(const struct svc *svc);
int procctx_nice_apply(const struct svc *svc);
int procctx_cpu_affinity_apply(const struct svc *svc);
int procctx_io_scheduling_apply(const struct svc *svc);
int procctx_personality_apply(const struct svc *svc);

#endif
