/* kversion.h - systemd's ConditionKernelVersion= expressions: an operator
 * and a version, or a shell pattern; shared by rampart-gen (which splits
 * them at build time) and PID 1 (which tests them against uname(2)'s
 * release at each start). */
#ifndef RAMPART_KVERSION_H
#define RAMPART_KVERSION_H

/* systemd's operators for this condition (compare-operator.c with
 * COMPARE_ALLOW_FNMATCH | COMPARE_EQUAL_BY_STRING). */
enum kversion_op {
	KV_FNMATCH,	/* "$=", or no operator: a shell pattern (fnmatch) */
	KV_FNMATCH_NOT,	/* "!$=" */
	KV_LT,		/* "<" */
	KV_LE,		/* "<=" */
	KV_EQ,		/* "==": equal as versions */
	KV_NE,		/* "<>": unequal as versions */
	KV_GE,		/* ">=" */
	KV_GT,		/* ">" */
	KV_STREQ,	/* "=": equal as strings */
	KV_STRNE,	/* "!=": unequal as strings */
	KV_OP_COUNT,
};

extern const char *const kversion_op_names[KV_OP_COUNT];

/* The operator *s starts with, *s moved past it; -1 (and *s unchanged)
 * when there is none. */
int kversion_op_parse(const char **s);

/* a against b as systemd's strverscmp_improved() orders versions
 * (the UAPI version format: '~' older, '-' release, '^' patch, '.'
 * point, numeric segments newer than alphabetic ones): <0, 0, >0. */
int kversion_compare(const char *a, const char *b);

/* Does release satisfy "op value"?  1, 0, or -EINVAL (a pattern fnmatch
 * cannot read). */
int kversion_test(int op, const char *release, const char *value);

#endif
