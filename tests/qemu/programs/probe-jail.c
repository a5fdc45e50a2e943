/* probe-jail - ROOT_DIRECTORY_POPULATE from inside its filled jail, and the image's copy from outside. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

/*
 * usage: probe-jail user      as www in /srv/pop (tests/qemu/services/pop_user.svc)
 *        probe-jail attack    as root without capabilities in /srv/pop-root
 *        probe-jail check     outside, after both: the image's copy
 * One "=== T <name> PASS|FAIL ..." line per check. Errors are printed by
 * their symbolic name (strerror on mipsel gives the same text, but the
 * numbers differ: never a number).
 */

/* What the listed file holds in the image (tests/qemu/rootfs-overlay). */
static const char conf_text[] = "pop-probe original\n";
#define CONF "/etc/pop-probe/conf"

static const char *errno_name(int e)
{
	switch (e) {
	case 0: return "OK";
	case EPERM: return "EPERM";
	case ENOENT: return "ENOENT";
	case EACCES: return "EACCES";
	case EROFS: return "EROFS";
	case ETXTBSY: return "ETXTBSY";
	case EEXIST: return "EEXIST";
	case EXDEV: return "EXDEV";
	default: return strerror(e);
	}
}

static void t(const char *name, const char *want, const char *got)
{
	if (!strcmp(want, got))
		printf("=== T %s PASS\n", name);
	else
		printf("=== T %s FAIL expected %s got %s\n", name, want, got);
	fflush(stdout);
}

static const char *rc(int r)
{
	return errno_name(r < 0 ? errno : 0);
}

/* The first field of each line of an /etc file, space-separated. */
static void names(const char *path, char *out, size_t len)
{
	char line[512];
	FILE *f = fopen(path, "re");

	out[0] = '\0';
	if (!f) {
		snprintf(out, len, "(%s)", errno_name(errno));
		return;
	}
	while (fgets(line, sizeof(line), f)) {
		char *c = strchr(line, ':');

		if (!c)
			continue;
		*c = '\0';
		if (out[0])
			strncat(out, " ", len - strlen(out) - 1);
		strncat(out, line, len - strlen(out) - 1);
	}
	fclose(f);
}

static const char *content(const char *path)
{
	static char buf[128];
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return errno_name(errno);
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n < 0 ? 0 : n] = '\0';
	return buf;
}

/* ---- user: the jail holds what it should and nothing else ---- */

static const char *const allowed[] = {
	"/bin", "/bin/busybox", "/bin/true", "/dev", "/etc", "/etc/group",
	"/etc/passwd", "/etc/pop-probe", "/etc/pop-probe/conf",
	"/etc/pop-probe/sub", "/etc/pop-probe/sub/data", "/usr", "/usr/bin",
	"/usr/bin/probe-jail", NULL};
static int seen[sizeof(allowed) / sizeof(allowed[0])];
static char extra[512];

static void walk(const char *dir)
{
	DIR *d = opendir(dir[0] ? dir : "/");
	struct dirent *e;
	char path[512];
	struct stat st;
	int i;

	if (!d) {
		snprintf(extra + strlen(extra), sizeof(extra) - strlen(extra),
			" %s(%s)", dir, errno_name(errno));
		return;
	}
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		for (i = 0; allowed[i] && strcmp(allowed[i], path); i++)
			;
		if (allowed[i])
			seen[i] = 1;
		else if (strlen(extra) + strlen(path) + 2 < sizeof(extra)) {
			strcat(extra, " ");
			strcat(extra, path);
		}
		/* below /dev: PRIVATE_DEVICES's tmpfs, checked on its own */
		if (!lstat(path, &st) && S_ISDIR(st.st_mode) &&
			strcmp(path, "/dev"))
			walk(path);
	}
	closedir(d);
}

static void user(void)
{
	char buf[512], missing[512] = "";
	struct stat st;
	int i;

	t("pop-runs-in-its-filled-jail", "OK", "OK");
	walk("");
	for (i = 0; allowed[i]; i++)
		if (!seen[i])
			snprintf(missing + strlen(missing),
				sizeof(missing) - strlen(missing), " %s",
				allowed[i]);
	t("pop-jail-holds-nothing-else", "", extra);
	t("pop-jail-holds-its-closure-and-files", "", missing);
	names("/etc/passwd", buf, sizeof(buf));
	t("pop-passwd-root-and-own-user-only", "root www", buf);
	names("/etc/group", buf, sizeof(buf));
	t("pop-group-root-and-own-groups-only", "root daemon www", buf);
	t("pop-no-shell", "ENOENT", rc(stat("/bin/sh", &st)));
	t("pop-other-users-files-absent", "ENOENT",
		rc(stat("/etc/shadow", &st)));
	t("pop-listed-file-readable", conf_text, content(CONF));
	t("pop-busybox-applet-runs-from-the-jail", "OK",
		rc(access("/bin/true", X_OK)));
	i = stat("/bin/busybox", &st);
	snprintf(buf, sizeof(buf), "%s", i ? errno_name(errno) :
		st.st_nlink >= 2 ? "linked" : "a copy");
	t("pop-busybox-hard-linked-to-the-image", "linked", buf);
	t("pop-dev-null-private", "OK",
		rc(i = open("/dev/null", O_RDWR | O_CLOEXEC)));
	if (i >= 0)
		close(i);
	t("pop-dev-mem-absent", "ENOENT", rc(stat("/dev/mem", &st)));
	/* a non-root user: the image's permissions stop it first */
	t("pop-user-write-listed-file-eacces", "EACCES",
		rc(open(CONF, O_WRONLY | O_CLOEXEC)));
}

/* ---- attack: root without capabilities owns the hard-linked file ---- */

static void attack(void)
{
	struct timeval tv[2] = {{1, 0}, {1, 0}};
	char buf[64];
	struct stat st;
	int fd;

	/* the target is the image's copy itself, and its owner is root:
	 * only the read-only jail stands between the service and it */
	fd = stat(CONF, &st);
	snprintf(buf, sizeof(buf), "%s",
		fd ? errno_name(errno) :
		st.st_nlink >= 2 && st.st_uid == 0 && (st.st_mode & 0200) ?
			"linked root-owned owner-writable" : "other");
	t("pop-attack-target-is-the-image-copy", "linked root-owned owner-writable", buf);
	/* control: the same writes work where the service may write */
	fd = open("/var/lib/pop-root/x", O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
	t("pop-attack-control-state-dir-writable", "OK", rc(fd));
	if (fd >= 0)
		close(fd);
	t("pop-attack-control-chmod-own-file", "OK",
		rc(chmod("/var/lib/pop-root/x", 0640)));
	t("pop-attack-write-erofs", "EROFS",
		rc(open(CONF, O_WRONLY | O_CLOEXEC)));
	t("pop-attack-append-erofs", "EROFS",
		rc(open(CONF, O_WRONLY | O_APPEND | O_CLOEXEC)));
	t("pop-attack-truncate-erofs", "EROFS", rc(truncate(CONF, 0)));
	t("pop-attack-chmod-erofs", "EROFS", rc(chmod(CONF, 0666)));
	t("pop-attack-chown-erofs", "EROFS", rc(chown(CONF, 0, 0)));
	t("pop-attack-utimes-erofs", "EROFS", rc(utimes(CONF, tv)));
	t("pop-attack-unlink-erofs", "EROFS", rc(unlink(CONF)));
	t("pop-attack-rename-erofs", "EROFS",
		rc(rename(CONF, "/etc/pop-probe/moved")));
	t("pop-attack-link-erofs", "EROFS",
		rc(link(CONF, "/etc/pop-probe/second")));
	/* a second name in the writable state directory would reach the
	 * same inode through a writable mount: link(2) across mounts is
	 * refused */
	t("pop-attack-link-into-writable-dir-exdev", "EXDEV",
		rc(link(CONF, "/var/lib/pop-root/conf")));
	t("pop-attack-rename-into-writable-dir-refused", "EXDEV",
		rc(rename(CONF, "/var/lib/pop-root/conf")));
	t("pop-attack-replace-erofs", "EROFS",
		rc(open("/etc/pop-probe/new", O_WRONLY | O_CREAT | O_CLOEXEC,
			0644)));
	t("pop-attack-remount-rw-eperm", "EPERM",
		rc(mount(NULL, "/", NULL, MS_REMOUNT | MS_BIND, NULL)));
	t("pop-attack-umount-eperm", "EPERM", rc(umount2("/", MNT_DETACH)));
	t("pop-attack-listed-file-unchanged", conf_text, content(CONF));
}

/* ---- check: from outside, the image's copy after the attack ---- */

static void check(void)
{
	char buf[64];
	struct stat st;
	int r = stat(CONF, &st);

	t("pop-image-copy-unchanged-after-attack", conf_text, content(CONF));
	snprintf(buf, sizeof(buf), "%s",
		r ? errno_name(errno) :
		st.st_nlink == 3 && (st.st_mode & 07777) == 0644 ? "3 links 0644" :
								   "other");
	t("pop-image-copy-shared-by-both-jails", "3 links 0644", buf);
}

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "user"))
		user();
	else if (argc == 2 && !strcmp(argv[1], "attack"))
		attack();
	else if (argc == 2 && !strcmp(argv[1], "check"))
		check();
	else {
		fprintf(stderr, "usage: probe-jail user|attack|check\n");
		return 2;
	}
	return 0;
}
