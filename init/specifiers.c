/*
 * specifiers.c - the specifiers of EXEC, EXEC_CONDITION, EXEC_START_PRE
 * and EXEC_START_POST that only exist at run time, with systemd.unit(5)'s
 * meanings: %b the boot id (32 hex digits), %v the kernel release, %H the
 * host name.  The generator split the words at build time into literal
 * parts and markers (SPECIFIER_MARK + letter); nothing is parsed here
 * beyond the marker.
 * The boot id is read once in stage 1; uname(2) at each start, since the
 * host name can change.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "init.h"
#include "specifiers.h"

static char boot_id[33];   /* without the dashes, as systemd's %b */
static int boot_id_err = ENOENT;

void specifiers_boot_init(void)
{
	char buf[64];
	ssize_t n;
	size_t i, k = 0;
	int fd;

	fd = open("/proc/sys/kernel/random/boot_id", O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		boot_id_err = errno;
		return;
	}
	n = read(fd, buf, sizeof(buf) - 1);
	boot_id_err = n < 0 ? errno : 0;
	close(fd);
	for (i = 0; n > 0 && i < (size_t)n && k < 32; i++)
		if ((buf[i] >= '0' && buf[i] <= '9') ||
			(buf[i] >= 'a' && buf[i] <= 'f'))
			boot_id[k++] = buf[i];
		else if (buf[i] != '-' && buf[i] != '\n')
			break;
	boot_id[k] = '\0';
	if (!boot_id_err && k != 32)
		boot_id_err = EINVAL; /* not the kernel's uuid: no guess */
}

/* Static: the child's own copy of PID 1's memory, written only there. */
#define SPEC_BUF 16384
#define SPEC_ARGS 256
static char spec_buf[SPEC_BUF];
static const char *spec_argv[SPEC_ARGS];

int specifiers_expand(const struct svc *svc, const char *const **argv)
{
	const char *const *a = *argv;
	struct utsname u;
	size_t o = 0, n;
	unsigned int i;

	if (!svc->specifiers)
		return 0;
	if (uname(&u) < 0)
		return -errno;
	for (i = 0; a[i]; i++) {
		const char *w = a[i], *val;

		if (i + 1 >= SPEC_ARGS)
			return -E2BIG;
		if (!strchr(w, SPECIFIER_MARK)) {
			spec_argv[i] = w;
			continue;
		}
		spec_argv[i] = spec_buf + o;
		for (; *w; w++) {
			if (*w != SPECIFIER_MARK) {
				if (o + 1 >= SPEC_BUF)
					return -E2BIG;
				spec_buf[o++] = *w;
				continue;
			}
			switch (*++w) {
			case 'b':
				if (boot_id_err)
					return -boot_id_err;
				val = boot_id;
				break;
			case 'v':
				val = u.release;
				break;
			case 'H':
				val = u.nodename;
				break;
			default:
				return -EINVAL; /* the generator writes no other */
			}
			n = strlen(val);
			if (o + n + 1 >= SPEC_BUF)
				return -E2BIG;
			memcpy(spec_buf + o, val, n);
			o += n;
		}
		spec_buf[o++] = '\0';
	}
	spec_argv[i] = NULL;
	*argv = spec_argv;
	return 0;
}
