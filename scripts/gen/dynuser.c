/*
 * dynuser.c - DYNAMIC_USER: systemd's DynamicUser= (systemd.exec(5)), made
 * at build time.  systemd picks a transient uid when the unit starts;
 * rampart picks one per service when the image is built, from
 * INIT_DYNAMIC_USER_RANGE, never one the image's passwd or group has nor
 * one another service got, and writes the user and its group for the
 * image (generated/dynamic-users.passwd, .group, appended to the image's
 * files by the Makefile).  So the uid is the same at every boot (a state
 * directory keeps its owner) and no other service ever runs as it.
 *
 * As in systemd, USER naming a user the image has makes that user the
 * service's (only the implied settings apply), and the implied settings
 * cannot be turned off: dynuser_imply() sets them in the configuration
 * before any option is read, so every check and the exposure see them.
 */
#include "gen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DYN_RANGE_DEFAULT "61184-65519" /* systemd's */
#define DYN_NAME_MAX 31

static struct user *dyn_users[65536]; /* allocated ones, in .config order */
static const char *dyn_owner[65536];  /* ... and their services' stems */
static size_t ndyn;

/* DYNAMIC_USER="y"? Read before the options are applied. */
static int dyn_on(struct table *t, const struct service *s)
{
	char *name = xasprintf("%s_DYNAMIC_USER", s->stem);
	const struct sym *sym = config_get(&t->cfg, name);

	free(name);
	return sym && config_bool(sym) == 1;
}

/*
 * systemd's implied settings: PrivateTmp=, NoNewPrivileges=,
 * RestrictSUIDSGID=, ProtectSystem=strict, ProtectHome=read-only (or
 * stronger), and RemoveIPC=, which rampart has not: PRIVATE_IPC stands in
 * (the service's IPC objects die with its own namespace).
 */
void dynuser_imply(struct table *t, struct service *s)
{
	static const char *const bools[] = {"PRIVATE_TMP",
		"NO_NEW_PRIVILEGES", "RESTRICT_SUID_SGID", "PRIVATE_IPC"};
	const struct sym *home;
	char *name;
	size_t i;

	if (!dyn_on(t, s))
		return;
	s->dynamic_user = 1;
	for (i = 0; i < sizeof(bools) / sizeof(bools[0]); i++) {
		name = xasprintf("%s_%s", s->stem, bools[i]);
		config_override(&t->cfg, name, "y", 0);
		free(name);
	}
	name = xasprintf("%s_PROTECT_SYSTEM", s->stem);
	config_override(&t->cfg, name, "strict", 1);
	free(name);
	name = xasprintf("%s_PROTECT_HOME", s->stem);
	home = config_get(&t->cfg, name);
	if (!home || (strcmp(home->value, "yes") && strcmp(home->value, "tmpfs")))
		config_override(&t->cfg, name, "read-only", 1);
	free(name);
}

/* INIT_DYNAMIC_USER_RANGE: "MIN-MAX", checked once. */
static int dyn_range(struct table *t, unsigned long *lo, unsigned long *hi)
{
	static int done, ok;
	static unsigned long min, max;
	const struct sym *sym = config_get(&t->cfg, "INIT_DYNAMIC_USER_RANGE");
	const char *v = sym ? sym->value : DYN_RANGE_DEFAULT;
	char *end;

	if (!done) {
		done = 1;
		min = strtoul(v, &end, 10);
		if (end != v && *end == '-' && end[1] >= '0' && end[1] <= '9')
			max = strtoul(end + 1, &end, 10);
		if (*end || !min || max < min || max >= 4294967295UL)
			gen_error("INIT_DYNAMIC_USER_RANGE=\"%s\": expected "
				  "MIN-MAX, 1 <= MIN <= MAX < 4294967295",
				v);
		else
			ok = 1;
	}
	*lo = min;
	*hi = max;
	return ok;
}

static int id_taken(struct table *t, unsigned long id)
{
	size_t i;

	if (id == 65535 || id == 4294967295UL)
		return 1; /* -1 to the kernel */
	if (userdb_user_by_uid(&t->users, id))
		return 1;
	for (i = 0; i < t->users.ngroups; i++)
		if (t->users.groups[i].gid == id)
			return 1;
	for (i = 0; i < ndyn; i++)
		if (dyn_users[i]->uid == id)
			return 1;
	return 0;
}

static int name_ok(const char *n)
{
	size_t i;

	if (!n[0] || strlen(n) > DYN_NAME_MAX ||
		!((n[0] >= 'a' && n[0] <= 'z') || n[0] == '_'))
		return 0;
	for (i = 1; n[i]; i++)
		if (!((n[i] >= 'a' && n[i] <= 'z') || (n[i] >= '0' && n[i] <= '9') ||
			    n[i] == '_' || n[i] == '-'))
			return 0;
	return 1;
}

/*
 * USER with DYNAMIC_USER=y, when the image has no such user ("root", the
 * default, means the service's id): a user of its own.  The first uid
 * tried comes from the name (FNV-1a), so adding a service moves no other
 * service's uid unless the two collide; the next free one is taken.
 * Returns the entry, or NULL after an error on v.
 */
const struct user *dynuser_alloc(
	struct table *t, struct service *s, const struct value *v)
{
	const char *name = strcmp(v->text, "root") ? v->text : s->id;
	unsigned long lo, hi, span, id, k, h = 2166136261UL;
	struct user *u;
	size_t i;

	if (!name_ok(name)) {
		value_error(v, "DYNAMIC_USER: \"%s\" is no user name for "
			       "the image (a-z or _, then a-z 0-9 _ -, at "
			       "most %d)", name, DYN_NAME_MAX);
		return NULL;
	}
	for (i = 0; i < ndyn; i++)
		if (!strcmp(dyn_users[i]->name, name)) {
			value_error(v, "DYNAMIC_USER: user %s is %s's "
				       "already: a dynamic user is never shared",
				name, dyn_owner[i]);
			return NULL;
		}
	if (!dyn_range(t, &lo, &hi))
		return NULL;
	for (i = 0; name[i]; i++)
		h = ((h ^ (unsigned char)name[i]) * 16777619UL) & 0xffffffffUL;
	span = hi - lo + 1;
	for (k = 0; k < span; k++) {
		id = lo + (h + k) % span;
		if (!id_taken(t, id))
			break;
	}
	if (k == span || ndyn == sizeof(dyn_users) / sizeof(dyn_users[0])) {
		value_error(v, "DYNAMIC_USER: no free uid left in "
			       "INIT_DYNAMIC_USER_RANGE %lu-%lu", lo, hi);
		return NULL;
	}
	u = xcalloc(1, sizeof(*u));
	u->name = xstrdup(name);
	u->uid = u->gid = id;
	u->home = xstrdup("/");
	u->shell = xstrdup("/bin/false");
	dyn_owner[ndyn] = s->stem;
	dyn_users[ndyn++] = u;
	return u;
}

int dynuser_is(const struct user *pw)
{
	size_t i;

	for (i = 0; i < ndyn; i++)
		if (dyn_users[i] == pw)
			return 1;
	return 0;
}

/* generated/dynamic-users.passwd and .group: lines for the image. */
int dynuser_write(const char *dir)
{
	struct strbuf pw = {0}, gr = {0};
	size_t i;
	int err;

	for (i = 0; i < ndyn; i++) {
		sb_printf(&pw, "%s:x:%lu:%lu:dynamic user:%s:%s\n",
			dyn_users[i]->name, dyn_users[i]->uid, dyn_users[i]->gid,
			dyn_users[i]->home, dyn_users[i]->shell);
		sb_printf(&gr, "%s:x:%lu:\n", dyn_users[i]->name,
			dyn_users[i]->gid);
	}
	err = write_file_if_changed(dir, "dynamic-users.passwd", pw.s ? pw.s : "", pw.len);
	if (!err)
		err = write_file_if_changed(
			dir, "dynamic-users.group", gr.s ? gr.s : "", gr.len);
	if (err)
		gen_error("cannot write %s/dynamic-users.*: %s", dir,
			strerror(-err));
	sb_free(&pw);
	sb_free(&gr);
	return err;
}

void dynuser_free(void)
{
	size_t i;

	for (i = 0; i < ndyn; i++) {
		free(dyn_users[i]->name);
		free(dyn_users[i]->home);
		free(dyn_users[i]->shell);
		free(dyn_users[i]);
	}
	ndyn = 0;
}

void dynuser_apply(struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	(void)s;
	(void)v; /* read by dynuser_imply() before every other option */
}
