/* users.c - the image's etc/passwd and etc/group, read at build time. */
#include "gen.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>


/* Split line at ':' into at most max fields; returns the field count. */
static size_t split_fields(char *line, char **fields, size_t max)
{
	size_t n = 0;

	fields[n++] = line;
	for (; *line && n < max; line++) {
		if (*line == ':') {
			*line = '\0';
			fields[n++] = line + 1;
		}
	}
	return strchr(fields[n - 1], ':') ? max + 1 : n;
}

static int parse_id(const char *s, unsigned long *id)
{
	unsigned long long v;

	if (parse_uint(s, 0, ID_MAX, &v, NULL, 0))
		return -1;
	*id = (unsigned long)v;
	return 0;
}

/*
 * Call fn for each line of path split into exactly nfields fields.  A
 * missing file is an empty database: the names then simply do not resolve,
 * and the error names the file.
 */
static void each_entry(const char *path, size_t nfields,
	void (*fn)(struct userdb *, char **), struct userdb *db)
{
	char *data, *line, *next, *fields[8];
	unsigned int lineno = 0;
	int err;

	err = read_file(path, &data, NULL);
	if (err) {
		if (err != -ENOENT)
			gen_error("cannot read %s: %s", path, strerror(-err));
		return;
	}
	for (next = data; (line = line_next(&next));) {
		lineno++;
		if (!line[0] || line[0] == '#')
			continue;
		if (split_fields(line, fields, nfields) != nfields) {
			gen_warning(
				"%s:%u: not %zu ':'-separated fields, line ignored",
				path, lineno, nfields);
			continue;
		}
		fn(db, fields);
	}
	free(data);
}

static void add_user(struct userdb *db, char **f)
{
	struct user u;

	if (!f[0][0] || parse_id(f[2], &u.uid) || parse_id(f[3], &u.gid))
		return;
	u.name = xstrdup(f[0]);
	u.home = xstrdup(f[5]);
	u.shell = xstrdup(f[6]);
	db->users = xrealloc(db->users, (db->nusers + 1) * sizeof(u));
	db->users[db->nusers++] = u;
}

static void add_group(struct userdb *db, char **f)
{
	struct group g;

	if (!f[0][0] || parse_id(f[2], &g.gid))
		return;
	g.name = xstrdup(f[0]);
	db->groups = xrealloc(db->groups, (db->ngroups + 1) * sizeof(g));
	db->groups[db->ngroups++] = g;
}

void userdb_load(struct userdb *db, const char *rootfs)
{
	memset(db, 0, sizeof(*db));
	db->passwd_path = xasprintf("%s/etc/passwd", rootfs);
	db->group_path = xasprintf("%s/etc/group", rootfs);
	each_entry(db->passwd_path, 7, add_user, db);
	each_entry(db->group_path, 4, add_group, db);
}

/* The first entry wins, as with getpwnam(3) on a files database. */
const struct user *userdb_user_by_name(
	const struct userdb *db, const char *name)
{
	size_t i;

	for (i = 0; i < db->nusers; i++)
		if (!strcmp(db->users[i].name, name))
			return &db->users[i];
	return NULL;
}

const struct user *userdb_user_by_uid(
	const struct userdb *db, unsigned long uid)
{
	size_t i;

	for (i = 0; i < db->nusers; i++)
		if (db->users[i].uid == uid)
			return &db->users[i];
	return NULL;
}

const struct group *userdb_group_by_name(
	const struct userdb *db, const char *name)
{
	size_t i;

	for (i = 0; i < db->ngroups; i++)
		if (!strcmp(db->groups[i].name, name))
			return &db->groups[i];
	return NULL;
}

void userdb_free(struct userdb *db)
{
	size_t i;

	for (i = 0; i < db->nusers; i++) {
		free(db->users[i].name);
		free(db->users[i].home);
		free(db->users[i].shell);
	}
	for (i = 0; i < db->ngroups; i++)
		free(db->groups[i].name);
	free(db->users);
	free(db->groups);
	free(db->passwd_path);
	free(db->group_path);
	memset(db, 0, sizeof(*db));
}
