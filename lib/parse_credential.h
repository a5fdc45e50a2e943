/* parse_credential.h - LOAD_CREDENTIAL and SET_CREDENTIAL: limits and the
 * credential ID rule, shared by rampart-gen (host) and PID 1 (target). */
#ifndef RAMPART_PARSE_CREDENTIAL_H
#define RAMPART_PARSE_CREDENTIAL_H

#include <stddef.h>

/*
 * Where a service's credentials appear (systemd's /run/credentials/<unit>),
 * and what the store PID 1 empties in stage 1 holds (systemd's
 * /etc/credstore).
 */
#define CRED_DIR_BASE "/run/credentials"
#define CRED_STORE "/etc/credstore"

/* One credential at most this many bytes (systemd: 1 MiB; an appliance's
 * keys and tokens are small, and PID 1 keeps the store's in memory). */
#define CRED_SIZE_MAX 32768
/* Every credential of one service together (its ramfs), as systemd's
 * CREDENTIALS_TOTAL_SIZE_MAX counts them: ID length + data length. */
#define CRED_TOTAL_MAX 131072
/* Entries of LOAD_CREDENTIAL, of SET_CREDENTIAL, per service. */
#define CRED_ENTRIES_MAX 32
/* A credential ID (a file name in $CREDENTIALS_DIRECTORY). */
#define CRED_ID_MAX 64

/*
 * A credential ID, which is also a credential store name: 1 to CRED_ID_MAX
 * characters of [A-Za-z0-9_.@-], not "." or "..": a plain file name,
 * stricter than systemd's "any valid file name" so that no ID needs
 * quoting in a shell or a log line.  0, or -EINVAL / -ENAMETOOLONG with
 * the reason in err.
 */
int parse_credential_id(const char *s, size_t len, char *err, size_t errlen);

#endif
