/* dirs-jail - STATE_DIRECTORY of a ROOT_DIRECTORY service, checked from inside the root (no shell there). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void check(const char *name, int ok, const char *want, const char *got)
{
	if (ok)
		printf("=== T %s PASS\n", name);
	else
		printf("=== T %s FAIL expected %s got %s\n", name, want, got);
}

int main(void)
{
	const char *env = getenv("STATE_DIRECTORY");
	char got[64];
	struct stat st;
	int fd, e;

	check("dirs-root-env-as-seen-inside", env && !strcmp(env, "/var/lib/dj"),
		"/var/lib/dj", env ? env : "(unset)");
	if (stat("/var/lib/dj", &st) < 0)
		snprintf(got, sizeof(got), "%s", strerror(errno));
	else
		snprintf(got, sizeof(got), "%u:%u %o", (unsigned)st.st_uid,
			(unsigned)st.st_gid, (unsigned)(st.st_mode & 07777));
	check("dirs-root-owner-mode", !strcmp(got, "65534:65534 700"),
		"65534:65534 700", got);
	fd = open("/var/lib/dj/f", O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
	e = fd < 0 ? errno : 0;
	check("dirs-root-writable-hole", fd >= 0, "OK", strerror(e));
	fd = open("/var/lib/not-dj", O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
	e = fd < 0 ? errno : 0;
	check("dirs-root-ro-control", e == EROFS, "EROFS", e ? strerror(e) : "OK");
	fflush(stdout);
	return 0;
}
