/*
 * rootfs.c - INIT_ROOT, INIT_OVERLAY, INIT_OVERLAY_FALLBACK: the firmware
 * root PID 1 switches to in stage 1, checked at build time and written as
 * generated/rootfs.c (struct init_rootfs, init/service.h).
 */
#include "gen.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* What init/rootfs.c is told; NULL strings when not configured. */
static struct {
	char *source, *fstype;		 /* INIT_ROOT */
	char *ov_source, *ov_fstype;	 /* INIT_OVERLAY: device, or NULL */
	char *ov_size;			 /* INIT_OVERLAY "tmpfs SIZE" */
	char *fb_size;			 /* INIT_OVERLAY_FALLBACK, or NULL */
	const char *fail;		 /* "reboot", "poweroff", "halt" */
	int verity, verity_restart;	 /* INIT_ROOT_VERITY(_RESTART) */
} root;

/* tmpfs's size=: a number without a leading zero, then k, m, g or %. */
static int size_ok(const char *s)
{
	size_t n = strspn(s, "0123456789");

	if (n == 0 || s[0] == '0' || n > 12)
		return 0;
	return s[n] == '\0' ||
	       (strchr("kKmMgG%", s[n]) && s[n + 1] == '\0');
}

static int fstype_ok(const char *s)
{
	return *s && strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789_.") ==
			     strlen(s);
}

/* "A B" of sym into w[0], w[1]; 0 or -1 after reporting. */
static int two_words(const struct sym *sym, char *shown, char **buf,
	char ***w, const char *form)
{
	char err[PARSE_ERR_MAX];
	size_t n;

	*buf = xmalloc(strlen(sym->value) + 1);
	*w = xcalloc(parse_words_max(sym->value) + 1, sizeof(**w));
	if (parse_words(sym->value, *buf, *w, &n, err, sizeof(err))) {
		gen_error("%s: %s", shown, err);
		return -1;
	}
	if (n != 2) {
		gen_error("%s: %zu words, not %s", shown, n, form);
		return -1;
	}
	return 0;
}

/* A device path: absolute, normalised, under /dev/. */
static int device_ok(const char *shown, const char *dev)
{
	char err[PARSE_ERR_MAX];

	if (!strncmp(dev, "LABEL=", 6) || !strncmp(dev, "PARTLABEL=", 10) ||
		!strncmp(dev, "UUID=", 5) || !strncmp(dev, "PARTUUID=", 9)) {
		gen_error("%s: %s: PID 1 has no udev to find a disk by its "
			  "label or uuid: name the device (/dev/...)",
			shown, dev);
		return 0;
	}
	if (parse_path(dev, err, sizeof(err))) {
		gen_error("%s: source \"%s\": %s", shown, dev, err);
		return 0;
	}
	if (strncmp(dev, "/dev/", 5) || !dev[5]) {
		gen_error("%s: source %s is not a device under /dev/", shown,
			dev);
		return 0;
	}
	return 1;
}

static void read_root(struct table *t)
{
	const struct sym *sym = config_get(&t->cfg, "INIT_ROOT");
	char *shown, *buf = NULL, **w = NULL;

	if (!sym || (sym->quoted && !*sym->value))
		return;
	shown = sym_show(sym->name, sym->value, sym->quoted);
	/* an unquoted value: check_globals() has said so */
	if (sym->quoted && two_words(sym, shown, &buf, &w, "SOURCE FSTYPE") == 0 &&
		 device_ok(shown, w[0])) {
		if (!fstype_ok(w[1]))
			gen_error("%s: filesystem type \"%s\": only a-z, 0-9, "
				  "'_' and '.'",
				shown, w[1]);
		else if (!strcmp(w[1], "tmpfs") || !strcmp(w[1], "overlay"))
			gen_error("%s: %s cannot be a root read from %s",
				shown, w[1], w[0]);
		else {
			root.source = xstrdup(w[0]);
			root.fstype = xstrdup(w[1]);
		}
	}
	free(w);
	free(buf);
	free(shown);
}

static void read_overlay(struct table *t)
{
	const struct sym *sym = config_get(&t->cfg, "INIT_OVERLAY");
	char *shown, *buf = NULL, **w = NULL;

	if (!sym || (sym->quoted && !*sym->value))
		return;
	shown = sym_show(sym->name, sym->value, sym->quoted);
	if (!sym->quoted)
		; /* check_globals() has said so */
	else if (!root.source)
		gen_error("%s: an overlay needs INIT_ROOT", shown);
	else if (two_words(sym, shown, &buf, &w,
			 "DEVICE FSTYPE or tmpfs SIZE") == 0) {
		if (!strcmp(w[0], "tmpfs")) {
			if (size_ok(w[1]))
				root.ov_size = xstrdup(w[1]);
			else
				gen_error("%s: size \"%s\": not a number with "
					  "k, m, g or %% (tmpfs's size=)",
					shown, w[1]);
		} else if (device_ok(shown, w[0])) {
			if (!fstype_ok(w[1]))
				gen_error("%s: filesystem type \"%s\": only "
					  "a-z, 0-9, '_' and '.'",
					shown, w[1]);
			else if (!strcmp(w[1], "squashfs") ||
				 !strcmp(w[1], "overlay"))
				gen_error("%s: %s cannot be a writable layer",
					shown, w[1]);
			else if (!strcmp(w[0], root.source))
				gen_error("%s: %s is INIT_ROOT's device", shown,
					w[0]);
			else {
				root.ov_source = xstrdup(w[0]);
				root.ov_fstype = xstrdup(w[1]);
			}
		}
	}
	free(w);
	free(buf);
	free(shown);
}

static void read_fallback(struct table *t)
{
	const struct sym *sym = config_get(&t->cfg, "INIT_OVERLAY_FALLBACK");
	char *shown, *buf = NULL, **w = NULL;

	/* Only a disk overlay can fail to be there. */
	if (!sym || !root.ov_source || (sym->quoted && !*sym->value))
		return;
	shown = sym_show(sym->name, sym->value, sym->quoted);
	if (sym->quoted &&
		two_words(sym, shown, &buf, &w, "tmpfs SIZE or \"\"") == 0) {
		if (strcmp(w[0], "tmpfs"))
			gen_error("%s: \"%s\": the only fallback is tmpfs "
				  "(or \"\": refuse to boot)",
				shown, w[0]);
		else if (!size_ok(w[1]))
			gen_error("%s: size \"%s\": not a number with k, m, "
				  "g or %% (tmpfs's size=)",
				shown, w[1]);
		else
			root.fb_size = xstrdup(w[1]);
	}
	free(w);
	free(buf);
	free(shown);
}

void rootfs_read(struct table *t)
{
	const struct sym *s;

	read_root(t);
	read_overlay(t);
	read_fallback(t);
	root.fail = "reboot";
	s = config_get(&t->cfg, "INIT_ROOT_FAIL_POWEROFF");
	if (s && !strcmp(s->value, "y"))
		root.fail = "poweroff";
	s = config_get(&t->cfg, "INIT_ROOT_FAIL_HALT");
	if (s && !strcmp(s->value, "y"))
		root.fail = "halt";
	s = config_get(&t->cfg, "INIT_ROOT_VERITY");
	root.verity = root.source && s && !strcmp(s->value, "y");
	s = config_get(&t->cfg, "INIT_ROOT_VERITY_RESTART");
	root.verity_restart = root.verity && s && !strcmp(s->value, "y");
}

/*
 * What the firmware root needs from the kernel, and where it comes from:
 * a filesystem type (or overlay, dm-verity) is either built into the
 * target's kernel, a module that INIT_MODULES must load (stage 1 loads
 * nothing else), or missing. The kernel package the build unpacks has
 * its config (boot/config-*), so the build can tell, instead of a boot
 * that ends with "root: failed at mount: No such device".  Filesystem
 * types not in this table are not checked.
 */
static const struct {
	const char *what, *kconfig, *module;
} kernel_needs[] = {
	{"squashfs", "SQUASHFS", "squashfs"},
	{"erofs", "EROFS_FS", "erofs"},
	{"cramfs", "CRAMFS", "cramfs"},
	{"ext4", "EXT4_FS", "ext4"},
	{"ext3", "EXT4_FS", "ext4"}, /* EXT4_USE_FOR_EXT2 in Debian's */
	{"ext2", "EXT4_FS", "ext4"},
	{"f2fs", "F2FS_FS", "f2fs"},
	{"jffs2", "JFFS2_FS", "jffs2"},
	{"ubifs", "UBIFS_FS", "ubifs"},
	{"btrfs", "BTRFS_FS", "btrfs"},
	{"xfs", "XFS_FS", "xfs"},
	{"vfat", "VFAT_FS", "vfat"},
	{"overlay", "OVERLAY_FS", "overlay"},
	{"dm-verity", "DM_VERITY", "dm_verity"},
	{"device-mapper", "BLK_DEV_DM", "dm_mod"},
};

/* name's value in a kernel config ("y", "m"), or NULL: not set. */
static const char *kconfig_value(const char *data, const char *name)
{
	size_t n = strlen(name);
	const char *p;

	for (p = data; (p = strstr(p, "CONFIG_")); p += 7)
		if ((p == data || p[-1] == '\n') && !strncmp(p + 7, name, n) &&
			p[7 + n] == '=')
			return p[8 + n] == 'y' ? "y"
			       : p[8 + n] == 'm' ? "m"
						: NULL;
	return NULL;
}

/* Whether the modules list loads module (its file name, '-' and '_'
 * alike, with .ko and any compression suffix). */
static int modules_have(const struct table *t, const char *module)
{
	const char *b;
	size_t i, k, n = strlen(module);

	for (i = 0; i < t->nmodules; i++) {
		b = strrchr(t->modules[i], '/');
		b = b ? b + 1 : t->modules[i];
		for (k = 0; k < n && b[k]; k++)
			if (b[k] != module[k] &&
				!(strchr("-_", b[k]) && strchr("-_", module[k])))
				break;
		if (k == n && !strncmp(b + n, ".ko", 3))
			return 1;
	}
	return 0;
}

/* One need of sym (shown) from the kernel: built in, a listed module,
 * or a build error naming the symbol, the value and what is missing. */
static void kernel_need(const struct table *t, const char *kpath,
	const char *kdata, const char *shown, const char *what)
{
	const char *v;
	size_t i;

	for (i = 0; i < sizeof(kernel_needs) / sizeof(kernel_needs[0]) &&
		    strcmp(kernel_needs[i].what, what);
		i++)
		;
	if (i == sizeof(kernel_needs) / sizeof(kernel_needs[0]))
		return;
	v = kconfig_value(kdata, kernel_needs[i].kconfig);
	if (!v)
		gen_error("%s: the kernel has no %s (CONFIG_%s is not set in "
			  "%s)",
			shown, what, kernel_needs[i].kconfig, kpath);
	else if (*v == 'm' && !modules_have(t, kernel_needs[i].module))
		gen_error("%s: %s is a module of the kernel (CONFIG_%s=m in "
			  "%s), not in INIT_MODULES: add %s",
			shown, what, kernel_needs[i].kconfig, kpath,
			kernel_needs[i].module);
}

static char *shown_of(const struct table *t, const char *name)
{
	const struct sym *sym = config_get(&t->cfg, name);

	return sym ? sym_show(sym->name, sym->value, sym->quoted) : NULL;
}

void rootfs_check_kernel(const struct table *t, const char *kpath)
{
	char *kdata, *shown;
	int ret;

	if (!root.source || !kpath)
		return;
	ret = read_file(kpath, &kdata, NULL);
	if (ret) {
		gen_error("cannot read the kernel config %s: %s", kpath,
			strerror(-ret));
		return;
	}
	shown = shown_of(t, "INIT_ROOT");
	kernel_need(t, kpath, kdata, shown, root.fstype);
	free(shown);
	if (root.verity) {
		shown = shown_of(t, "INIT_ROOT_VERITY");
		kernel_need(t, kpath, kdata, shown, "dm-verity");
		kernel_need(t, kpath, kdata, shown, "device-mapper");
		free(shown);
	}
	if (root.ov_source || root.ov_size) {
		shown = shown_of(t, "INIT_OVERLAY");
		kernel_need(t, kpath, kdata, shown, "overlay");
		if (root.ov_fstype)
			kernel_need(t, kpath, kdata, shown, root.ov_fstype);
		free(shown);
	}
	free(kdata);
}

static void field(struct strbuf *sb, const char *name, const char *v)
{
	if (!v)
		return;
	sb_printf(sb, "\t.%s = ", name);
	sb_c_string(sb, v);
	sb_puts(sb, ",\n");
}

int rootfs_write(const char *dir)
{
	struct strbuf sb = {0};
	int err;

	sb_puts(&sb, "/* generated from .config, do not edit */\n"
		     "/* INIT_ROOT, INIT_OVERLAY, INIT_OVERLAY_FALLBACK */\n"
		     "#include \"service.h\"\n\n"
		     "const struct init_rootfs init_rootfs = {\n");
	field(&sb, "source", root.source);
	field(&sb, "fstype", root.fstype);
	field(&sb, "overlay_source", root.ov_source);
	field(&sb, "overlay_fstype", root.ov_fstype);
	field(&sb, "overlay_size", root.ov_size);
	field(&sb, "fallback_size", root.fb_size);
	if (root.verity)
		sb_printf(&sb, "\t.verity = %s,\n",
			root.verity_restart ? "INIT_ROOT_VERITY_RESTART"
					    : "INIT_ROOT_VERITY_EIO");
	sb_printf(&sb, "\t.fail = INIT_ROOT_FAIL_%s,\n};\n",
		!strcmp(root.fail, "reboot")     ? "REBOOT"
		: !strcmp(root.fail, "poweroff") ? "POWEROFF"
						 : "HALT");
	err = write_file_if_changed(dir, "rootfs.c", sb.s, sb.len);
	if (err)
		gen_error("cannot write %s/rootfs.c: %s", dir, strerror(-err));
	sb_free(&sb);
	return err;
}
