/*
 * ns.c - checks of the namespace and filesystem options (PRIVATE_*,
 * READ_ONLY_PATHS, INACCESSIBLE_PATHS, ROOT_DIRECTORY, HOSTNAME).
 *
 * The options are applied in table order, and svc_options[] lists
 * ROOT_DIRECTORY before the path lists and PRIVATE_UTS before HOSTNAME,
 * so each check here can rely on the options it depends on being known.
 */
#include "gen.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static int is_yes(const struct value *v)
{
	return !strcmp(v->text, "y");
}

void apply_private_network(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	s->private_network = is_yes(v);
}

/*
 * PID 1 mounts the private /tmp and /var/tmp on what it resolves without
 * following a symbolic link: a link there in the image (/var/tmp -> /tmp
 * is common) would fail the service at every start.
 */
void apply_private_tmp(
	struct table *t, struct service *s, const struct value *v)
{
	static const char *const dirs[] = {"/tmp", "/var/tmp"};
	const char *root = s->root_directory ? s->root_directory : "";
	struct image_path ip = {0};
	size_t i;

	s->private_tmp = is_yes(v);
	for (i = 0; s->private_tmp && i < 2; i++) {
		if (table_image_resolve(t, root, dirs[i], IMAGE_NO_SYMLINKS,
			    &ip) == -ELOOP &&
			ip.link) {
			value_error(v,
				"%s is a symlink in the image (-> %s): the private %s needs a directory there",
				ip.link, ip.target, dirs[i]);
		}
		image_path_free(&ip);
	}
}

void apply_private_pids(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	s->private_pids = is_yes(v);
}

void apply_private_ipc(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	s->private_ipc = is_yes(v);
}

void apply_private_uts(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	s->private_uts = is_yes(v);
}

void apply_protect_cgroups(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	s->protect_cgroups = is_yes(v);
}

void apply_private_tmp_size(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];
	unsigned long long n;

	(void)t;
	if (parse_uint(v->text, 16, 1048576, &n, err, sizeof(err))) {
		value_error(v, "size in KiB: %s", err);
		return;
	}
	s->private_tmp_kib = (unsigned long)n;
}

/*
 * PID 1 resolves every path option without following a symbolic link
 * (openat2 RESOLVE_NO_SYMLINKS, inside the service's root): a link in the
 * image would fail the service at every start, so it fails the build
 * instead, naming the link. Below a filesystem mounted at run time
 * (/proc, /sys, /dev, /run, /tmp, INIT_MOUNTS) the image says nothing,
 * and a component the image lacks cannot be checked either: both pass.
 * word: the list entry for messages, NULL for a single-path option.
 */
static int symlink_error(struct table *t, const struct value *v,
	const char *root, const char *path, const char *word)
{
	struct image_path ip = {0};
	char *checked = xstrdup(path);
	size_t n = mounts_runtime_prefix(t, root, path);
	int ret;

	if (n)
		checked[n] = '\0';
	ret = table_image_resolve(t, root, checked, IMAGE_NO_SYMLINKS, &ip);
	free(checked);
	if (ret != -ELOOP || !ip.link)
		ret = 0;
	else if (word)
		value_error(v,
			"\"%s\": %s is a symlink in the image (-> %s): name the real path",
			word, ip.link, ip.target);
	else
		value_error(v,
			"%s is a symlink in the image (-> %s): name the real path",
			ip.link, ip.target);
	image_path_free(&ip);
	return ret;
}

void apply_root_directory(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];
	unsigned int mode;
	int ret;

	if (!v->text[0])
		return;
	if (parse_path(v->text, err, sizeof(err))) {
		value_error(v, "%s", err);
		return;
	}
	if (!strcmp(v->text, "/")) {
		value_error(v, "/ is the root already (leave it empty)");
		return;
	}
	if (symlink_error(t, v, "", v->text, NULL))
		return;
	ret = table_image_stat(t, v->text, &mode);
	if (ret == -ENOENT) {
		value_error(v, "%s is not in the image (%s)", v->text,
			t->rootfs);
		return;
	} else if (ret) {
		value_error(v, "%s in the image (%s): %s", v->text, t->rootfs,
			strerror(-ret));
		return;
	} else if ((mode & 0170000) != 0040000) {
		value_error(v, "%s is not a directory in the image", v->text);
		return;
	}
	s->root_directory = xstrdup(v->text);
	/* chroot() cannot be escaped only without CAP_SYS_CHROOT and
	 * CAP_SYS_ADMIN (see docs/architecture.md, "Root directory"). */
	if (s->user_ok && s->uid == 0)
		value_warning(v,
			"runs as root: it can leave the root directory unless CAP_SYS_CHROOT and CAP_SYS_ADMIN are out of its bounding set");
}

/* Is path equal to or below dir? */
static int path_within(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	if (!strcmp(dir, "/"))
		return 1;
	return !strncmp(path, dir, n) && (path[n] == '\0' || path[n] == '/');
}

/*
 * A space-separated path list; "-" before a path means it may be missing.
 * Every path is checked in the image (inside ROOT_DIRECTORY, where the
 * service will see it), so a typo or a symlink fails the build, not the
 * boot.
 */
static char **apply_paths(struct table *t, struct service *s,
	const struct value *v, size_t *count)
{
	const char *root = s->root_directory ? s->root_directory : "";
	char err[PARSE_ERR_MAX], *buf, **words, **out, *img;
	struct image_path ip = {0};
	size_t n, i, j, k = 0;
	const char *p;
	int ret;

	buf = xmalloc(strlen(v->text) + 1);
	words = xcalloc(parse_words_max(v->text), sizeof(*words));
	if (parse_words(v->text, buf, words, &n, err, sizeof(err))) {
		value_error(v, "%s", err);
		n = 0;
	}
	out = xcalloc(n + 1, sizeof(*out));
	for (i = 0; i < n; i++) {
		p = words[i][0] == '-' ? words[i] + 1 : words[i];
		if (parse_path(p, err, sizeof(err))) {
			value_error(v, "\"%s\": %s", words[i], err);
			continue;
		}
		if (!strcmp(p, "/")) {
			value_error(v,
				"\"%s\": / itself is not supported, list the directories below it",
				words[i]);
			continue;
		}
		for (j = 0; j < k; j++) {
			const char *q = out[j][0] == '-' ? out[j] + 1 : out[j];

			if (!strcmp(p, q))
				break;
		}
		if (j < k) {
			value_error(v, "%s is listed twice", p);
			continue;
		}
		out[k++] = xstrdup(words[i]);
		if (symlink_error(t, v, root, p, words[i]))
			continue;
		img = xasprintf("%s%s", root, p);
		ret = table_image_resolve(t, root, p, 0, &ip);
		image_path_free(&ip);
		if (ret && !(ret == -ENOENT && words[i][0] == '-')) {
			if (ret == -ENOENT)
				value_error(v,
					"%s is not in the image (%s); write -%s if it may be missing",
					img, t->rootfs, p);
			else
				value_error(v, "%s in the image (%s): %s", img,
					t->rootfs, strerror(-ret));
		}
		free(img);
	}
	free(words);
	free(buf);
	*count = k;
	return out;
}

void apply_read_only_paths(
	struct table *t, struct service *s, const struct value *v)
{
	s->read_only_paths = apply_paths(t, s, v, &s->nread_only_paths);
}

void apply_inaccessible_paths(
	struct table *t, struct service *s, const struct value *v)
{
	size_t i, j;

	s->inaccessible_paths = apply_paths(t, s, v, &s->ninaccessible_paths);
	/* Read-only paths are applied first: one that an inaccessible
	 * path hides, or that hides one, is a contradiction. */
	for (i = 0; i < s->ninaccessible_paths; i++) {
		const char *p = s->inaccessible_paths[i];

		p += *p == '-';
		for (j = 0; j < s->nread_only_paths; j++) {
			const char *q = s->read_only_paths[j];

			q += *q == '-';
			if (!strcmp(p, q))
				value_error(v,
					"%s is also in %s_READ_ONLY_PATHS",
					p, s->stem);
			else if (path_within(q, p))
				value_error(v,
					"%s hides %s of %s_READ_ONLY_PATHS", p,
					q, s->stem);
		}
	}
}

void apply_hostname(struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];

	(void)t;
	if (!v->text[0])
		return;
	if (!s->private_uts) {
		value_error(v, "needs %s_PRIVATE_UTS=y", s->stem);
		return;
	}
	if (parse_hostname(v->text, err, sizeof(err))) {
		value_error(v, "%s", err);
		return;
	}
	s->hostname = xstrdup(v->text);
}

void ns_free(struct service *s)
{
	size_t i;

	for (i = 0; i < s->nread_only_paths; i++)
		free(s->read_only_paths[i]);
	free(s->read_only_paths);
	for (i = 0; i < s->ninaccessible_paths; i++)
		free(s->inaccessible_paths[i]);
	free(s->inaccessible_paths);
	free(s->root_directory);
	free(s->hostname);
}
