/*
 * populate.c - ROOT_DIRECTORY_POPULATE and ROOT_DIRECTORY_FILES: a jail
 * filled at build time from the image's own files (scripts/populate).
 *
 * Two halves.  The options' checks run in `table`, like every option,
 * once the jail is filled.  `populate-plan` runs before that, in the
 * rootfs pass: it reads the few values the filling needs from .config
 * (the programs, found as EXEC_SEARCH_PATH finds them, the listed files,
 * the user and groups by name) and prints them for scripts/populate,
 * which hard-links the files into the jail.  The programs are looked up
 * in the image's /: the jail does not hold them yet, and what it will
 * hold is the image's file at the same path.
 *
 * Because the jail's files are hard links to the image's copies, a
 * service that could write them would change the image's programs for
 * everyone: a filled jail is always read-only for its service
 * (READ_ONLY_PATHS gets "/"), and READ_WRITE_PATHS, which would open
 * holes in it, is refused.
 */
#include "gen.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Paths a listed file may not be in: what the kernel or PID 1 mounts at
 * run time (the devices come from PRIVATE_DEVICES), and the user files
 * scripts/populate writes itself, holding only the service's entries. */
static const char *const not_listable[] = {
	"/dev", "/proc", "/sys", "/etc/passwd", "/etc/group", NULL};

static int within(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	return !strncmp(path, dir, n) && (path[n] == '\0' || path[n] == '/');
}

/*
 * ROOT_DIRECTORY_FILES: absolute image paths, each in the image (outside
 * the jail), none twice.  Returns the words (allocated, *n of them) or
 * NULL; problems reported on v.
 */
static char **files_check(struct table *t, const struct value *v,
	const char *root, size_t *count)
{
	char err[PARSE_ERR_MAX], *buf, **words, **out;
	size_t n = 0, i, j, k = 0;

	buf = xmalloc(strlen(v->text) + 1);
	words = xcalloc(parse_words_max(v->text), sizeof(*words));
	if (parse_words(v->text, buf, words, &n, err, sizeof(err))) {
		value_error(v, "%s", err);
		n = 0;
	}
	out = xcalloc(n + 1, sizeof(*out));
	for (i = 0; i < n; i++) {
		const char *p = words[i];
		struct image_path ip = {0};
		int ret;

		if (parse_path(p, err, sizeof(err))) {
			value_error(v, "\"%s\": %s", p, err);
			continue;
		}
		if (!strcmp(p, "/")) {
			value_error(v, "\"/\": the whole image is not a jail");
			continue;
		}
		for (j = 0; not_listable[j] && !within(p, not_listable[j]); j++)
			;
		if (not_listable[j]) {
			value_error(v,
				"%s: %s is made for the jail (devices: "
				"PRIVATE_DEVICES; /proc, /sys: mounted at start; "
				"passwd, group: the service's own entries)",
				p, not_listable[j]);
			continue;
		}
		if (root && within(p, root)) {
			value_error(v,
				"%s is inside the jail %s itself: list the "
				"image's path",
				p, root);
			continue;
		}
		for (j = 0; j < k && strcmp(out[j], p); j++)
			;
		if (j < k) {
			value_error(v, "%s is listed twice", p);
			continue;
		}
		ret = table_image_resolve(t, "", p, 0, &ip);
		image_path_free(&ip);
		if (ret) {
			value_error(v, "%s %s (%s)", p,
				ret == -ENOENT ? "is not in the image"
					       : strerror(-ret),
				t->rootfs);
			continue;
		}
		out[k++] = xstrdup(p);
	}
	free(words);
	free(buf);
	*count = k;
	return out;
}

static void apply_populate(
	struct table *t, struct service *s, const struct value *v)
{
	char **ro;
	size_t i;

	(void)t;
	s->populate = !strcmp(v->text, "y");
	if (!s->populate)
		return;
	if (!s->root_directory) {
		value_error(v, "needs %s_ROOT_DIRECTORY: the jail to fill",
			s->stem);
		return;
	}
	if (s->dynamic_user)
		value_error(v,
			"not with %s_DYNAMIC_USER: its user is made after "
			"the jail is filled",
			s->stem);
	if (s->nread_write_paths)
		value_error(v,
			"not with %s_READ_WRITE_PATHS: the jail's files are "
			"hard links to the image's, a writable one would "
			"change the image's copy (use STATE_DIRECTORY, "
			"TEMPORARY_FILE_SYSTEM or BIND_PATHS)",
			s->stem);
	if (s->ndev && !s->private_devices)
		value_error(v,
			"%s_DEVICE_ALLOW needs %s_PRIVATE_DEVICES=y: a "
			"filled jail gets its device nodes from that /dev "
			"only",
			s->stem, s->stem);
	/* The jail read-only, whatever else is set: its files are the
	 * image's (hard links), so writing one would write the image's. */
	for (i = 0; i < s->nread_only_paths; i++)
		if (!strcmp(s->read_only_paths[i], "/"))
			return;
	ro = xcalloc(s->nread_only_paths + 2, sizeof(*ro));
	for (i = 0; i < s->nread_only_paths; i++)
		ro[i + 1] = s->read_only_paths[i];
	ro[0] = xstrdup("/");
	free(s->read_only_paths);
	s->read_only_paths = ro;
	s->nread_only_paths++;
}

static void apply_files(
	struct table *t, struct service *s, const struct value *v)
{
	char **files;
	size_t n, i;

	if (!v->text[0])
		return;
	if (!s->populate) {
		value_error(v, "needs %s_ROOT_DIRECTORY_POPULATE=y", s->stem);
		return;
	}
	files = files_check(t, v, s->root_directory, &n);
	for (i = 0; i < n; i++)
		free(files[i]);
	free(files);
}

/* clang-format off */
static const struct svc_option populate_options[] = {
	{
		.suffix = "ROOT_DIRECTORY_POPULATE",
		.type = OPT_BOOL,
		.prompt = "Fill ROOT_DIRECTORY at build time",
		.def = "n",
		.apply = apply_populate,
		.help =
"Build the ROOT_DIRECTORY jail from the image itself (no other init\n"
"does this; systemd has no such option). scripts/populate puts in\n"
"it, at build time, after the post-build scripts:\n"
"- the EXEC, EXEC_CONDITION, EXEC_START_PRE and EXEC_START_POST\n"
"  programs (found in the image, EXEC_SEARCH_PATH as for EXEC) and\n"
"  their shared library closure from the ELF files (PT_INTERP,\n"
"  DT_NEEDED, RUNPATH; scripts/elf-closure), every symbolic link on\n"
"  the way (a busybox applet brings /bin/busybox and its link, and\n"
"  so every applet through busybox itself);\n"
"- ROOT_DIRECTORY_FILES;\n"
"- /etc/passwd and /etc/group with only root and the entries of\n"
"  USER, GROUP and SUPPLEMENTARY_GROUPS;\n"
"- an empty /dev with PRIVATE_DEVICES: PID 1 mounts the service's\n"
"  private /dev there at start (null, zero, full, random, urandom,\n"
"  tty). No device node is made at build time. Likewise the empty\n"
"  mount points of PRIVATE_TMP (/tmp, /var/tmp), PRIVATE_NETWORK\n"
"  (/sys), PRIVATE_PIDS (/proc) and TEMPORARY_FILE_SYSTEM; a\n"
"  BIND_PATHS target must be in the image below the jail already.\n"
"Files are hard links to the image's copies: nothing is stored\n"
"twice (the initramfs keeps hard links). So that the service cannot\n"
"write the image's copy through its link, the jail is read-only for\n"
"it (READ_ONLY_PATHS gets \"/\") and READ_WRITE_PATHS is refused.\n"
"A jail path that already holds a different file, a missing\n"
"library or listed file, DEVICE_ALLOW without PRIVATE_DEVICES and\n"
"DYNAMIC_USER are build errors.",
	},
	{
		.suffix = "ROOT_DIRECTORY_FILES",
		.type = OPT_STRING,
		.prompt = "More image files for the filled jail",
		.def = "\"\"",
		.apply = apply_files,
		.help =
"With ROOT_DIRECTORY_POPULATE: space-separated absolute paths of\n"
"the image (configuration files, data) put into the jail at the\n"
"same path, hard-linked; a directory is taken whole (its symbolic\n"
"links as links). An ELF file listed, or found in a listed\n"
"directory, brings its shared libraries. Not /dev, /proc, /sys,\n"
"/etc/passwd or /etc/group (the jail gets its own), nor a path\n"
"inside the jail. A path missing from the image is a build error.",
	},
};
/* clang-format on */

const struct option_family populate_family = {
	"filled root directory", populate_options,
	sizeof(populate_options) / sizeof(populate_options[0]),
};

/* ---- populate-plan: what scripts/populate puts into each jail ---- */

/* The service's symbol SVC_<ID>_<suffix>, as a value; NULL when absent. */
static int sym_value(struct table *t, const char *stem, const char *suffix,
	struct value *v, char **name)
{
	const struct sym *sym;

	*name = xasprintf("%s_%s", stem, suffix);
	sym = config_get(&t->cfg, *name);
	v->sym = *name;
	v->text = sym ? sym->value : "";
	v->quoted = sym ? sym->quoted : 1;
	return sym != NULL;
}

/* A program named without '/': the first executable regular file on
 * EXEC_SEARCH_PATH in the image, or NULL (reported). */
static char *plan_search(struct table *t, const char *stem,
	const struct value *v, const char *name)
{
	struct value sp;
	char *spname, *dirs, *d, *save = NULL, *found = NULL;

	sym_value(t, stem, "EXEC_SEARCH_PATH", &sp, &spname);
	dirs = xstrdup(sp.text);
	for (d = strtok_r(dirs, ":", &save); d && !found;
		d = strtok_r(NULL, ":", &save)) {
		struct image_path ip = {0};
		char *cand = !strcmp(d, "/") ? xasprintf("/%s", name)
					     : xasprintf("%s/%s", d, name);

		if (!table_image_resolve(t, "", cand, 0, &ip) &&
			(ip.mode & 0170000) == 0100000 && (ip.mode & 0111))
			found = cand;
		else
			free(cand);
		image_path_free(&ip);
	}
	if (!found)
		value_error(v,
			"program \"%s\" is in none of %s_EXEC_SEARCH_PATH's "
			"directories in the image (%s)",
			name, stem, t->rootfs);
	free(dirs);
	free(spname);
	return found;
}

static void plan_prog(struct table *t, const char *stem, const char *id,
	const struct value *v, const char *prog)
{
	char *found = NULL;

	if (!strchr(prog, '/')) {
		found = plan_search(t, stem, v, prog);
		if (!found)
			return;
		prog = found;
	}
	printf("prog\t%s\t%s\n", id, prog);
	free(found);
}

/* EXEC, or a ';'-separated EXEC_CONDITION / EXEC_START_PRE / _POST list. */
static void plan_cmds(struct table *t, const char *stem, const char *id,
	const char *suffix, int list)
{
	char err[PARSE_ERR_MAX], **words, *buf, *name;
	unsigned char *sep;
	struct value v;
	size_t n = 0, i;
	int first = 1;

	sym_value(t, stem, suffix, &v, &name);
	buf = xmalloc(strlen(v.text) + 1);
	words = xcalloc(parse_words_max(v.text) + 1, sizeof(*words));
	sep = xcalloc(parse_words_max(v.text) + 1, 1);
	if (parse_commands(v.text, buf, words, sep, &n, err, sizeof(err))) {
		value_error(&v, "%s", err);
		n = 0;
	}
	for (i = 0; i < n; i++) {
		const char *p = words[i];

		if (sep[i]) {
			first = 1;
			continue;
		}
		if (!first)
			continue;
		first = 0;
		if (list && p[0] == '-')
			p++;
		if (!p[0])
			continue; /* table reports it */
		plan_prog(t, stem, id, &v, p);
		if (!list)
			break;
	}
	free(sep);
	free(words);
	free(buf);
	free(name);
}

static const struct group *group_by_gid(struct table *t, unsigned long gid)
{
	size_t i;

	for (i = 0; i < t->users.ngroups; i++)
		if (t->users.groups[i].gid == gid)
			return &t->users.groups[i];
	return NULL;
}

static const struct group *group_find(struct table *t, const char *word)
{
	unsigned long long n;

	if (!parse_uint(word, 0, ID_MAX, &n, NULL, 0))
		return group_by_gid(t, (unsigned long)n);
	return userdb_group_by_name(&t->users, word);
}

/* The passwd and group entries the jail keeps besides root's. */
static void plan_users(struct table *t, const char *stem, const char *id)
{
	char err[PARSE_ERR_MAX], **words, *buf, *name;
	const struct user *pw;
	const struct group *gr;
	unsigned long long n;
	struct value v;
	size_t nw = 0, i;

	if (!sym_value(t, stem, "USER", &v, &name))
		v.text = "root";
	pw = userdb_user_by_name(&t->users, v.text);
	if (!pw && !parse_uint(v.text, 0, ID_MAX, &n, NULL, 0))
		pw = userdb_user_by_uid(&t->users, (unsigned long)n);
	if (pw) {
		printf("user\t%s\t%s\n", id, pw->name);
		gr = group_by_gid(t, pw->gid);
		if (gr)
			printf("group\t%s\t%s\n", id, gr->name);
	}
	free(name);
	if (sym_value(t, stem, "GROUP", &v, &name) && v.text[0]) {
		gr = group_find(t, v.text);
		if (gr)
			printf("group\t%s\t%s\n", id, gr->name);
	}
	free(name);
	sym_value(t, stem, "SUPPLEMENTARY_GROUPS", &v, &name);
	buf = xmalloc(strlen(v.text) + 1);
	words = xcalloc(parse_words_max(v.text) + 1, sizeof(*words));
	if (parse_words(v.text, buf, words, &nw, err, sizeof(err)))
		nw = 0; /* table reports it */
	for (i = 0; i < nw; i++) {
		gr = group_find(t, words[i]);
		if (gr)
			printf("group\t%s\t%s\n", id, gr->name);
	}
	free(words);
	free(buf);
	free(name);
}

/* Is SVC_<ID>_<suffix> y? */
static int sym_yes(struct table *t, const char *stem, const char *suffix)
{
	struct value v;
	char *name;
	int yes = sym_value(t, stem, suffix, &v, &name) && !v.quoted &&
		  !strcmp(v.text, "y");

	free(name);
	return yes;
}

/*
 * The empty directories PID 1 mounts over at start: the private /dev,
 * /tmp and /var/tmp, /sys of a private network, /proc of a private PID
 * namespace, all four and /run for MOUNT_API_VFS="yes", each
 * TEMPORARY_FILE_SYSTEM path.  A read-only jail cannot
 * get them later, and a missing /tmp or /dev would refuse the start or
 * leave the service without its devices.
 */
static void plan_mount_points(struct table *t, const char *stem,
	const char *id)
{
	char err[PARSE_ERR_MAX], **words, *buf, *name;
	struct value v;
	size_t n = 0, i;

	int api;

	/* MOUNT_API_VFS="yes": /proc, /sys, /dev and /run, all four */
	sym_value(t, stem, "MOUNT_API_VFS", &v, &name);
	api = !strcmp(v.text, "yes");
	free(name);
	if (api || sym_yes(t, stem, "PRIVATE_DEVICES"))
		printf("dir\t%s\t/dev 0755\n", id);
	if (sym_yes(t, stem, "PRIVATE_TMP"))
		printf("dir\t%s\t/tmp 1777\ndir\t%s\t/var/tmp 1777\n", id, id);
	if (api || sym_yes(t, stem, "PRIVATE_NETWORK"))
		printf("dir\t%s\t/sys 0555\n", id);
	if (api || sym_yes(t, stem, "PRIVATE_PIDS"))
		printf("dir\t%s\t/proc 0555\n", id);
	if (api)
		printf("dir\t%s\t/run 0755\n", id);
	sym_value(t, stem, "TEMPORARY_FILE_SYSTEM", &v, &name);
	buf = xmalloc(strlen(v.text) + 1);
	words = xcalloc(parse_words_max(v.text) + 1, sizeof(*words));
	if (parse_words(v.text, buf, words, &n, err, sizeof(err)))
		n = 0; /* table reports it */
	for (i = 0; i < n; i++) {
		char *colon = strchr(words[i], ':');

		if (colon)
			*colon = '\0';
		if (!parse_path(words[i], err, sizeof(err)) &&
			strcmp(words[i], "/"))
			printf("dir\t%s\t%s 0755\n", id, words[i]);
	}
	free(words);
	free(buf);
	free(name);
}

static void plan_service(struct table *t, const char *stem)
{
	char err[PARSE_ERR_MAX], *name, *id, **files;
	struct value v;
	size_t n, i;

	id = xstrdup(stem + 4);
	for (i = 0; id[i]; i++)
		if (id[i] >= 'A' && id[i] <= 'Z')
			id[i] = (char)(id[i] - 'A' + 'a');
	if (!sym_value(t, stem, "ROOT_DIRECTORY", &v, &name) || !v.text[0] ||
		parse_path(v.text, err, sizeof(err)) || !strcmp(v.text, "/")) {
		struct value p = {0};
		char *pname;

		sym_value(t, stem, "ROOT_DIRECTORY_POPULATE", &p, &pname);
		value_error(&p, "needs %s_ROOT_DIRECTORY: the jail to fill",
			stem);
		free(pname);
		free(name);
		free(id);
		return;
	}
	printf("jail\t%s\t%s\n", id, v.text);
	plan_cmds(t, stem, id, "EXEC", 0);
	plan_cmds(t, stem, id, "EXEC_CONDITION", 1);
	plan_cmds(t, stem, id, "EXEC_START_PRE", 1);
	plan_cmds(t, stem, id, "EXEC_START_POST", 1);
	{
		struct value f;
		char *fname;

		sym_value(t, stem, "ROOT_DIRECTORY_FILES", &f, &fname);
		files = files_check(t, &f, v.text, &n);
		for (i = 0; i < n; i++) {
			printf("file\t%s\t%s\n", id, files[i]);
			free(files[i]);
		}
		free(files);
		free(fname);
	}
	plan_users(t, stem, id);
	plan_mount_points(t, stem, id);
	free(name);
	free(id);
}

int cmd_populate_plan(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"config", required_argument, NULL, 'c'},
		{"rootfs", required_argument, NULL, 'r'},
		{NULL, 0, NULL, 0},
	};
	const char *config = NULL;
	struct table t = {0};
	struct stat st;
	size_t i;
	int c, ret;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'c':
			config = optarg;
			break;
		case 'r':
			t.rootfs = optarg;
			break;
		default:
			goto usage;
		}
	}
	if (!config || !t.rootfs || optind != argc)
		goto usage;
	if (stat(t.rootfs, &st) || !S_ISDIR(st.st_mode))
		gen_fatal("--rootfs %s: not a directory", t.rootfs);
	ret = config_read(&t.cfg, config, 0);
	if (ret)
		gen_fatal("cannot read %s: %s", config, strerror(-ret));
	userdb_load(&t.users, t.rootfs);
	/* SVC_<ID>_ROOT_DIRECTORY_POPULATE=y of an enabled service */
	for (i = 0; i < t.cfg.nsyms; i++) {
		const struct sym *sym = &t.cfg.syms[i], *svc;
		size_t len = strlen(sym->name);
		const size_t sl = sizeof("_ROOT_DIRECTORY_POPULATE") - 1;
		char *stem;

		if (strncmp(sym->name, "SVC_", 4) || len <= 4 + sl ||
			strcmp(sym->name + len - sl, "_ROOT_DIRECTORY_POPULATE") ||
			sym->quoted || strcmp(sym->value, "y"))
			continue;
		stem = xstrdup(sym->name);
		stem[len - sl] = '\0';
		svc = config_get(&t.cfg, stem);
		if (svc && !svc->quoted && !strcmp(svc->value, "y"))
			plan_service(&t, stem);
		free(stem);
	}
	userdb_free(&t.users);
	config_free(&t.cfg);
	return gen_errors ? 1 : 0;
usage:
	fprintf(stderr,
		"usage: rampart-gen populate-plan --config FILE --rootfs DIR\n");
	return 2;
}
