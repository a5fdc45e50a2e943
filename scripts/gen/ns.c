/*
 * ns.c - checks of the namespace and filesystem options (PRIVATE_*,
 * READ_ONLY_PATHS, INACCESSIBLE_PATHS, ROOT_DIRECTORY, HOSTNAME).
 *
 * The options are applied in table order, and ns_options[] lists
 * ROOT_DIRECTORY before the path lists and PRIVATE_UTS before HOSTNAME,
 * so each check here can rely on the options it depends on being known.
 */
#include "gen.h"
#include "parse_credential.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static int is_yes(const struct value *v)
{
	return !strcmp(v->text, "y");
}

static void apply_private_network(
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
static void apply_private_tmp(
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

static void apply_private_pids(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	s->private_pids = is_yes(v);
}

static void apply_private_ipc(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	s->private_ipc = is_yes(v);
}

static void apply_private_uts(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	s->private_uts = is_yes(v);
}

static void apply_private_mounts(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	s->private_mounts = is_yes(v);
}

static void apply_protect_cgroups(
	struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	s->protect_cgroups = is_yes(v);
}

static void apply_private_tmp_size(
	struct table *t, struct service *s, const struct value *v)
{
	unsigned long long n;

	(void)t;
	if (value_uint(v, 16, 1048576, "size in KiB", &n))
		return;
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
/* A fixed path of systemd's lists (PROTECT_SYSTEM's /usr, PROTECT_KERNEL_
 * MODULES's /lib/modules ...), met as a symlink in the image: PID 1
 * resolves it without following one (one met at run time was planted, and
 * fails the service), so this one would fail the service at every start. */
void ns_fixed_path_check(struct table *t, struct service *s,
	const struct value *v, const char *path)
{
	const char *root = s->root_directory ? s->root_directory : "";
	struct image_path ip = {0};

	if (table_image_resolve(t, root, path, IMAGE_NO_SYMLINKS, &ip) ==
			-ELOOP &&
		ip.link)
		value_error(v,
			"%s is a symlink in the image (-> %s): PID 1 resolves "
			"%s without following symlinks, so the service could "
			"never start",
			ip.link, ip.target, path);
	image_path_free(&ip);
}

int ns_symlink_error(struct table *t, const struct value *v,
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

static void apply_root_directory(
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
	if (ns_symlink_error(t, v, "", v->text, NULL))
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
	/* Whether root can leave it: creds_finish, which knows the
	 * bounding set. */
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
 * boot.  root_ok: / itself may be listed (READ_ONLY_PATHS, the lists of
 * paths.c, which judge it themselves).
 */
char **ns_path_list(struct table *t, struct service *s,
	const struct value *v, size_t *count, int root_ok)
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
		if (!strcmp(p, "/") && !root_ok) {
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
		if (ns_symlink_error(t, v, root, p, words[i]))
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

static void apply_read_only_paths(
	struct table *t, struct service *s, const struct value *v)
{
	s->read_only_paths =
		ns_path_list(t, s, v, &s->nread_only_paths, 1);
}

static void apply_inaccessible_paths(
	struct table *t, struct service *s, const struct value *v)
{
	size_t i, j;

	s->inaccessible_paths =
		ns_path_list(t, s, v, &s->ninaccessible_paths, 0);
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

static void apply_hostname(struct table *t, struct service *s, const struct value *v)
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

/* MOUNT_API_VFS: "", "yes", "no" (enum svc_mount_api_vfs, service.h) */
static const char *const api_vfs_names[] = {"", "yes", "no", NULL};

static void apply_mount_api_vfs(
	struct table *t, struct service *s, const struct value *v)
{
	int i;

	(void)t;
	for (i = 0; api_vfs_names[i]; i++)
		if (!strcmp(v->text, api_vfs_names[i]))
			break;
	if (!api_vfs_names[i]) {
		value_error(v, "must be \"yes\", \"no\" or empty "
			       "(rampart's default)");
		return;
	}
	s->mount_api_vfs = i;
}

/* Is path /run or below it? */
static int below_run(const char *path)
{
	return !strncmp(path, "/run", 4) && (path[4] == '\0' || path[4] == '/');
}

/*
 * After every option.  MOUNT_API_VFS acts inside a ROOT_DIRECTORY only
 * (as in systemd: elsewhere the four are mounted already).  "no" with an
 * option for which systemd mounts them anyway is a contradiction: refused.
 * "yes" puts a fresh tmpfs on the root's /run before the path steps, which
 * would hide what PID 1 made there before the namespaces (a
 * RUNTIME_DIRECTORY, the credentials' mount point): refused too.
 */
void ns_api_vfs_finish(struct table *t, struct service *s)
{
	char *sym = xasprintf("%s_MOUNT_API_VFS", s->stem);
	struct value v = {.sym = sym,
		.text = (char *)api_vfs_names[s->mount_api_vfs], .quoted = 1};
	size_t k, i;

	(void)t;
	if (s->mount_api_vfs && !s->root_directory)
		value_warning(&v, "no effect without %s_ROOT_DIRECTORY (as in "
				  "systemd): the service sees PID 1's /sys, "
				  "/dev and /run, and a /proc as its "
				  "namespaces decide",
			s->stem);
	if (s->mount_api_vfs == 2 && s->root_directory) {
		static const char *const implied[] = {"PROTECT_PROC",
			"PROC_SUBSET", "PROTECT_KERNEL_TUNABLES",
			"PROTECT_CONTROL_GROUPS"};
		const int on[] = {s->protect_proc != 0, s->proc_subset != 0,
			s->protect_kernel_tunables, s->protect_cgroups};

		for (i = 0; i < sizeof(on) / sizeof(on[0]); i++)
			if (on[i])
				value_error(&v,
					"%s_%s needs /proc and /sys in the root "
					"(systemd mounts them for it anyway): "
					"leave this empty or say \"yes\"",
					s->stem, implied[i]);
	}
	if (s->mount_api_vfs == 1 && s->root_directory) {
		if (credentials_any(s))
			value_error(&v,
				"the fresh /run would hide the credentials' "
				"mount point %s/%s: leave LOAD_CREDENTIAL and "
				"SET_CREDENTIAL out, or this",
				CRED_DIR_BASE, s->id);
		for (k = 0; s->dirs && k < DIR_TYPES; k++)
			for (i = 0; i < s->dirs->n[k]; i++)
				if (s->dirs->paths[k] &&
					below_run(s->dirs->paths[k][i]))
					value_error(&v,
						"the fresh /run would hide "
						"the service directory %s, "
						"made before it is mounted",
						s->dirs->paths[k][i]);
	}
	free(sym);
}

/* clang-format off */
static const struct svc_option ns_options[] = {
	{
		.suffix = "ROOT_DIRECTORY",
		.type = OPT_STRING,
		.prompt = "Root directory (empty: the image's /)",
		.def = "\"\"",
		.apply = apply_root_directory,
		.help =
"The directory the service sees as /, as RootDirectory= in\n"
"systemd.exec(5): an absolute path of a directory in the image.\n"
"EXEC, WORKING_DIRECTORY, READ_ONLY_PATHS and INACCESSIBLE_PATHS\n"
"are then paths inside it, and the program must be in it too.\n"
"Implies a private mount namespace.\n"
"\n"
"PID 1 runs from the initramfs, where pivot_root(2) is refused, so\n"
"the directory is bind-mounted, moved over / (MS_MOVE) and\n"
"chroot()ed into, as switch_root does. A process with\n"
"CAP_SYS_CHROOT or CAP_SYS_ADMIN can leave such a root: run the\n"
"service as a non-root user, or remove both capabilities from its\n"
"bounding set (the build warns about a root service). No fd of\n"
"PID 1 survives exec. What is mounted on /proc, /sys, /dev and /run\n"
"inside: see MOUNT_API_VFS (by default a /proc showing only the\n"
"service's own processes, if the tree has /proc).\n"
"If the directory is missing at start, the service does not start.",
	},
	{
		.suffix = "MOUNT_API_VFS",
		.type = OPT_STRING,
		.prompt = "/proc, /sys, /dev, /run in the root (yes, no)",
		.def = "\"\"",
		.apply = apply_mount_api_vfs,
		.help =
"As MountAPIVFS= in systemd.exec(5), for a ROOT_DIRECTORY (without\n"
"one it has no effect, as in systemd; the build warns).\n"
"\"yes\": inside the root, a /proc of the service's own PID\n"
"namespace, PID 1's /sys and /dev bound in (submounts included;\n"
"PRIVATE_NETWORK gives its fresh sysfs, PRIVATE_DEVICES its private\n"
"/dev instead), and a fresh tmpfs on /run (mode 0755, nosuid, nodev,\n"
"4 MiB). The four mount points must be in the tree (a missing one\n"
"fails the start; ROOT_DIRECTORY_POPULATE makes them). What PID 1\n"
"keeps below /run for the service (a RUNTIME_DIRECTORY, the\n"
"credentials) would be hidden: a build error.\n"
"\"no\": nothing is mounted there, not even the /proc of the\n"
"service's PID namespace or PRIVATE_NETWORK's sysfs (PRIVATE_DEVICES\n"
"still gives its /dev). With PROTECT_PROC, PROC_SUBSET,\n"
"PROTECT_KERNEL_TUNABLES or PROTECT_CONTROL_GROUPS, which systemd\n"
"mounts them for anyway, a build error.\n"
"Empty (the default): rampart's own, not systemd's (which is \"yes\"\n"
"with RootDirectory=): a /proc of the service's PID namespace if the\n"
"tree has /proc, PRIVATE_NETWORK's sysfs if it has /sys,\n"
"PRIVATE_DEVICES' /dev; nothing of PID 1's is bound in unless asked.",
	},
	{
		.suffix = "PRIVATE_NETWORK",
		.type = OPT_BOOL,
		.prompt = "Private network (only a loopback interface)",
		.def = "n",
		.apply = apply_private_network,
		.help =
"As PrivateNetwork= in systemd.exec(5): the service gets a network\n"
"namespace of its own whose only interface is lo, brought up at\n"
"start. It cannot reach any network, nor listeners of other\n"
"services on 127.0.0.1. A fresh sysfs is mounted on /sys, so the\n"
"machine's interfaces do not show in /sys/class/net either; that\n"
"sysfs hides the cgroup2 mount below /sys/fs/cgroup. Implies a\n"
"private mount namespace.",
	},
	{
		.suffix = "PRIVATE_TMP",
		.type = OPT_BOOL,
		.prompt = "Private /tmp and /var/tmp",
		.def = "n",
		.apply = apply_private_tmp,
		.help =
"As PrivateTmp= in systemd.exec(5): an empty tmpfs of its own on\n"
"/tmp (and on /var/tmp if the image has it), mode 1777, nosuid,\n"
"nodev, limited to PRIVATE_TMP_SIZE KiB each. Nothing in the\n"
"machine's /tmp is visible and nothing the service writes there is\n"
"visible to others; it is freed when the service's last process\n"
"ends. Implies a private mount namespace.",
	},
	{
		.suffix = "PRIVATE_TMP_SIZE",
		.type = OPT_STRING,
		.prompt = "Private /tmp size limit (KiB)",
		.def = "\"1024\"",
		.apply = apply_private_tmp_size,
		.help =
"The size limit of each private tmpfs of PRIVATE_TMP, in KiB, 16\n"
"to 1048576. The memory is only used as files are written; a\n"
"write beyond the limit fails with ENOSPC. Ignored without\n"
"PRIVATE_TMP.",
	},
	{
		.suffix = "READ_ONLY_PATHS",
		.type = OPT_STRING,
		.prompt = "Read-only paths",
		.def = "\"\"",
		.apply = apply_read_only_paths,
		.help =
"Space-separated absolute paths the service can read but not\n"
"change, as ReadOnlyPaths= in systemd.exec(5), even as root: each\n"
"is bind-mounted onto itself and made read-only with\n"
"mount_setattr(AT_RECURSIVE) (Linux 5.12), so the mounts below it\n"
"are read-only as well. Writes fail with EROFS. If the kernel\n"
"cannot do it recursively, the service does not start.\n"
"\n"
"A path must be in the image, else the build fails; write it\n"
"with a leading - (\"-/data\") if it may be missing at run time.\n"
"A path without - that is missing at start stops the service from\n"
"starting. \"/\" makes the whole tree read-only, /proc, /sys and\n"
"/dev included (PROTECT_SYSTEM=strict leaves those three).\n"
"Implies a private mount namespace.\n"
"\n"
"Example: \"/etc /usr -/data\"",
	},
	{
		.suffix = "INACCESSIBLE_PATHS",
		.type = OPT_STRING,
		.prompt = "Inaccessible paths",
		.def = "\"\"",
		.apply = apply_inaccessible_paths,
		.help =
"Space-separated absolute paths hidden from the service, as\n"
"InaccessiblePaths= in systemd.exec(5): an empty node of the same\n"
"type (directory, file, device, socket, fifo) with mode 000 is\n"
"mounted over each, read-only, so neither the path nor any alias\n"
"(/proc/self/root/...) reaches what was there. A non-root service\n"
"gets EACCES; root sees an empty directory or an empty file.\n"
"\n"
"The - prefix and the check in the image are as for\n"
"READ_ONLY_PATHS. A path may not also be read-only, nor hide a\n"
"read-only path. Implies a private mount namespace.",
	},
	{
		.suffix = "PRIVATE_PIDS",
		.type = OPT_BOOL,
		.prompt = "Private process ids (own PID namespace)",
		.def = "n",
		.apply = apply_private_pids,
		.help =
"As PrivatePIDs= in systemd.exec(5): the service is process 1 of\n"
"a PID namespace of its own and sees only its own processes; a\n"
"fresh /proc matching it is mounted. PID 1 (rampart) still\n"
"supervises it by its outer pid and cgroup.\n"
"\n"
"Caveats of being a process 1: when it exits, the kernel kills\n"
"every process it left; it must reap its orphans; and it gets\n"
"only the signals it has a handler for, so a program without a\n"
"SIGTERM handler is killed with SIGKILL after\n"
"INIT_SHUTDOWN_TIMEOUT_MS. Implies a private mount namespace.",
	},
	{
		.suffix = "PRIVATE_IPC",
		.type = OPT_BOOL,
		.prompt = "Private System V IPC and POSIX message queues",
		.def = "n",
		.apply = apply_private_ipc,
		.help =
"As PrivateIPC= in systemd.exec(5): an IPC namespace of its own,\n"
"so System V shared memory, semaphores and message queues and\n"
"POSIX message queues are not shared with other services.",
	},
	{
		.suffix = "PRIVATE_UTS",
		.type = OPT_BOOL,
		.prompt = "Private hostname (own UTS namespace)",
		.def = "n",
		.apply = apply_private_uts,
		.help =
"As ProtectHostname= in systemd.exec(5): a UTS namespace of its\n"
"own, so a hostname the service sets stays its own. Its hostname\n"
"starts as the machine's, or as HOSTNAME when set.",
	},
	{
		.suffix = "PRIVATE_MOUNTS",
		.type = OPT_BOOL,
		.prompt = "Private mount namespace",
		.def = "n",
		.apply = apply_private_mounts,
		.help =
"As PrivateMounts= in systemd.exec(5): the service runs in a mount\n"
"namespace of its own, so what it mounts or unmounts (with\n"
"CAP_SYS_ADMIN) stays its own and never reaches PID 1 or another\n"
"service. Like every option that gives a service its own mounts, it\n"
"also gives it a PID namespace and a /proc of its own, so it cannot\n"
"reach a peer's mounts through /proc/PID/root.\n"
"\n"
"One difference from systemd, deliberate: propagation is private\n"
"both ways (systemd makes it a slave, so the host's later mounts\n"
"reach the unit). PID 1 mounts nothing for services after they\n"
"started, and a service's view must not change under it.",
	},
	{
		.suffix = "PROTECT_CONTROL_GROUPS",
		.type = OPT_BOOL,
		.prompt = "Read-only cgroup hierarchies",
		.def = "n",
		.apply = apply_protect_cgroups,
		.help =
"As ProtectControlGroups= in systemd.exec(5): /sys/fs/cgroup (and\n"
"/run/cgroup/devices under INIT_CGROUP_V1_DEVICES) is read-only\n"
"for the service, submounts included. Implies a private mount\n"
"namespace.\n"
"\n"
"Turn it on for every service that runs as root and has a limit\n"
"kept in its cgroup (TASKS_MAX, MEMORY_MAX, CPU_QUOTA, a device\n"
"list): the cgroup files belong to root, so without it such a\n"
"service can raise its own limits, or write its pid into another\n"
"cgroup and leave its limits, its device filter and the kill at\n"
"its stop behind. The build warns about that combination (an\n"
"error under INIT_POLICY_STRICT). A non-root service cannot write\n"
"the cgroup files anyway.\n"
"\n"
"Caveats: a service that keeps CAP_SYS_ADMIN can remount them\n"
"writable, and one that keeps CAP_SYS_PTRACE (or every\n"
"capability) can reach PID 1's view through /proc/1/root; the\n"
"build warns about both. Inside ROOT_DIRECTORY the hierarchies\n"
"are protected if the tree has them; missing there, they are not\n"
"reachable. Off by default: a private mount namespace also means\n"
"that what a root service mounts is seen by nobody else.",
	},
	{
		.suffix = "HOSTNAME",
		.type = OPT_STRING,
		.prompt = "Hostname (needs PRIVATE_UTS)",
		.def = "\"\"",
		.apply = apply_hostname,
		.help =
"The hostname the service sees, set in its own UTS namespace\n"
"before it starts; empty: the machine's. Needs PRIVATE_UTS (the\n"
"build fails otherwise). 1 to 64 letters, digits, '-' and '.', as\n"
"INIT_HOSTNAME.",
	},
};
/* clang-format on */

const struct option_family ns_family = {
	"namespaces and filesystem", ns_options,
	sizeof(ns_options) / sizeof(ns_options[0]),
};
