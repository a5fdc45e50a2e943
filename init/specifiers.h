/* specifiers.h - the run-time specifiers of EXEC (specifiers.c): %b, %v,
 * %H, as systemd.unit(5) resolves them, filled in at each start. */
#ifndef RAMPART_SPECIFIERS_H
#define RAMPART_SPECIFIERS_H

#include "service.h"

/* A specifier in a generated word: this byte, then its letter
 * (scripts/gen/options.c writes them; "%%" is already a plain '%'). */
#define SPECIFIER_MARK '\001'

/* Stage 1: the boot id, read once (it does not change until reboot). */
void specifiers_boot_init(void);

/* In the forked child, before the namespaces (systemd's manager resolves
 * them, not the service): *argv with every marked word filled in, in
 * static memory (the child's copy); 0 or -errno. */
int specifiers_expand(const struct svc *svc, const char *const **argv);

#endif
