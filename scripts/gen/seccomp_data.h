/* seccomp_data.h - name tables for the system-call filter options: systemd's call groups, errno, address families, namespaces. */
#ifndef RAMPART_GEN_SECCOMP_DATA_H
#define RAMPART_GEN_SECCOMP_DATA_H

/*
 * Plain data, no libseccomp and no gen.h: the generator resolves names to
 * numbers per target with libseccomp itself; these tables only say which
 * names exist and what systemd means by them.
 */

/*
 * One systemd system-call group ("@basic-io"...).  members is NULL-terminated
 * and holds call names or other "@group" names, exactly as systemd lists
 * them; calls unknown to a target's libseccomp are to be skipped by the
 * caller, as systemd does.  See seccomp_data.c for the systemd commit.
 */
struct syscall_group {
	const char *name;		/* "@basic-io" */
	const char *help;		/* systemd's one-line description */
	const char *const *members;	/* NULL-terminated */
};

extern const struct syscall_group syscall_groups[];
extern const unsigned int syscall_ngroups;

/* NULL if name is not a known group (name includes the '@'). */
const struct syscall_group *syscall_group_find(const char *name);

/*
 * errno names and numbers of asm-generic (x86, x86_64, arm, aarch64).
 * errno_by_name: -1 if unknown.  errno_name: canonical name (never an
 * alias such as EWOULDBLOCK), NULL if unknown.  errno_name_at: every name,
 * aliases included, for "did you mean"; NULL past the end.
 * errno_use_target: the target's number for each name (indexed like
 * errno_name_at, -1 where the target lacks it), from its headers (abi.c);
 * NULL goes back to asm-generic's.
 */
void errno_use_target(const int *nums);
int errno_by_name(const char *name);
const char *errno_name(int e);
const char *errno_name_at(unsigned int i);

/*
 * AF_* names (arch-independent numbers), aliases AF_LOCAL, AF_FILE and
 * AF_ROUTE included.  af_by_name: -1 if unknown.  af_name: canonical name,
 * NULL if unknown.  af_name_at: every name, NULL past the end.
 */
int af_by_name(const char *name);
const char *af_name(int af);
const char *af_name_at(unsigned int i);

/*
 * Namespace type names as RestrictNamespaces= spells them ("cgroup", "ipc",
 * "mnt", "net", "pid", "time", "user", "uts") to their CLONE_NEW* flag.
 * ns_flag_by_name: 0 if unknown.  ns_name_at: NULL past the end.
 * NS_FLAGS_ALL is every flag of the table ORed.
 */
unsigned long ns_flag_by_name(const char *name);
const char *ns_name_at(unsigned int i);
unsigned long ns_flag_at(unsigned int i);
#define NS_FLAGS_ALL 0x7e020080UL

#endif
