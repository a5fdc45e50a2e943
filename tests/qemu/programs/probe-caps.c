/* probe-caps - checks capabilities, identity, no_new_privs and rlimits from inside a service. */
#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/*
 * usage: probe-caps MODE [ARG...], one "=== T <name> PASS|FAIL ..." line
 * per check.  Every check compares with what the service is configured
 * with (tests/qemu/services/caps_*.svc), so it fails without the
 * restriction.  Modes:
 *   caps BND EFF INH AMB   the masks, hex, or "all" / "all-but:N"
 *                          (CapPrm is compared with EFF: rampart sets
 *                          both alike, and execve keeps them so)
 *                          (computed from the running kernel's
 *                          cap_last_cap); then the cross-checks named by
 *                          the further words: chown-ok chown-eperm
 *                          bind80-ok bind80-eacces mount-eperm nnp1 nnp0
 *   id UID GID GROUPS      Uid/Gid all four fields, Groups line, setuid(0)
 *   suid EXPECTED_EUID     exec /usr/bin/probe-suid, compare its euid
 *   rlimits NAME=s:h ...   getrlimit of each; raising NOFILE's hard ->
 *                          EPERM; EMFILE at the NOFILE-th fd
 *   fsize                  a write under FSIZE=0 is killed by SIGXFSZ
 *   nproc                  fork under NPROC=1 fails with EAGAIN
 */
static const char *prefix = "";

static void t_result(const char *name, int ok, const char *want,
	const char *got)
{
	if (ok)
		printf("=== T %s%s PASS\n", prefix, name);
	else
		printf("=== T %s%s FAIL expected %s got %s\n", prefix, name,
			want, got);
	fflush(stdout);
}

static void t_str(const char *name, const char *want, const char *got)
{
	t_result(name, !strcmp(want, got), want, got);
}

static const char *errname(int e)
{
	switch (e) {
	case 0: return "OK";
	case EPERM: return "EPERM";
	case EACCES: return "EACCES";
	case EAGAIN: return "EAGAIN";
	case EMFILE: return "EMFILE";
	case EINVAL: return "EINVAL";
	case ENOENT: return "ENOENT";
	default: return strerror(e);
	}
}

/* The value of a "Key:\t..." line of /proc/self/status. */
static void status_field(const char *key, char *out, size_t len)
{
	char line[512];
	size_t kl = strlen(key);
	FILE *f = fopen("/proc/self/status", "r");

	out[0] = '\0';
	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		if (!strncmp(line, key, kl) && line[kl] == ':') {
			char *v = line + kl + 1;

			v += strspn(v, " \t");
			v[strcspn(v, "\n")] = '\0';
			/* collapse tabs to single spaces */
			for (char *p = v; *p; p++)
				if (*p == '\t')
					*p = ' ';
			snprintf(out, len, "%s", v);
			while (len && *out && out[strlen(out) - 1] == ' ')
				out[strlen(out) - 1] = '\0';
			break;
		}
	}
	fclose(f);
}

static uint64_t kernel_full(void)
{
	char buf[16] = "";
	int fd = open("/proc/sys/kernel/cap_last_cap", O_RDONLY), last;

	if (fd < 0 || read(fd, buf, sizeof(buf) - 1) <= 0)
		return 0;
	close(fd);
	last = atoi(buf);
	return last >= 63 ? ~(uint64_t)0 : ((uint64_t)1 << (last + 1)) - 1;
}

static uint64_t mask_arg(const char *s)
{
	if (!strcmp(s, "all"))
		return kernel_full();
	if (!strncmp(s, "all-but:", 8))
		return kernel_full() & ~((uint64_t)1 << atoi(s + 8));
	return strtoull(s, NULL, 16);
}

static void check_mask(const char *name, const char *field, const char *arg)
{
	char got[64], want[64];

	snprintf(want, sizeof(want), "%016llx",
		(unsigned long long)mask_arg(arg));
	status_field(field, got, sizeof(got));
	t_str(name, want, got);
}

static int try_chown(void)
{
	char path[64];
	int fd, r;

	snprintf(path, sizeof(path), "/tmp/probe-chown-%d", (int)getpid());
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (fd < 0)
		return errno;
	close(fd);
	/* To a uid and gid not ours: needs CAP_CHOWN. */
	r = chown(path, 4321, 4321) < 0 ? errno : 0;
	unlink(path);
	return r;
}

static int try_bind80(void)
{
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(80)};
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), r;

	if (fd < 0)
		return errno;
	a.sin_addr.s_addr = htonl(INADDR_ANY);
	r = bind(fd, (struct sockaddr *)&a, sizeof(a)) < 0 ? errno : 0;
	close(fd);
	return r;
}

static int try_mount(void)
{
	/* On /tmp, which exists: a missing mount point would say ENOENT. */
	return mount("none", "/tmp", "tmpfs", 0, "size=16k") < 0 ? errno : 0;
}

static int mode_caps(int argc, char **argv)
{
	char got[32];
	int i;

	if (argc < 6)
		return 2;
	check_mask("capbnd", "CapBnd", argv[2]);
	check_mask("capeff", "CapEff", argv[3]);
	check_mask("capprm", "CapPrm", argv[3]);
	check_mask("capinh", "CapInh", argv[4]);
	check_mask("capamb", "CapAmb", argv[5]);
	for (i = 6; i < argc; i++) {
		const char *c = argv[i];

		if (!strcmp(c, "chown-ok"))
			t_str(c, "OK", errname(try_chown()));
		else if (!strcmp(c, "chown-eperm"))
			t_str(c, "EPERM", errname(try_chown()));
		else if (!strcmp(c, "bind80-ok"))
			t_str(c, "OK", errname(try_bind80()));
		else if (!strcmp(c, "bind80-eacces"))
			t_str(c, "EACCES", errname(try_bind80()));
		else if (!strcmp(c, "mount-eperm"))
			t_str(c, "EPERM", errname(try_mount()));
		else if (!strcmp(c, "nnp1") || !strcmp(c, "nnp0")) {
			status_field("NoNewPrivs", got, sizeof(got));
			t_str(c, c + 3, got);
		} else {
			t_result(c, 0, "a known check", c);
		}
	}
	return 0;
}

static int mode_id(int argc, char **argv)
{
	char got[256], want[256];

	if (argc != 5)
		return 2;
	snprintf(want, sizeof(want), "%s %s %s %s", argv[2], argv[2], argv[2],
		argv[2]);
	status_field("Uid", got, sizeof(got));
	t_str("uid-all-four", want, got);
	snprintf(want, sizeof(want), "%s %s %s %s", argv[3], argv[3], argv[3],
		argv[3]);
	status_field("Gid", got, sizeof(got));
	t_str("gid-all-four", want, got);
	status_field("Groups", got, sizeof(got));
	t_str("groups-exact", argv[4], got);
	t_str("setuid0-eperm", "EPERM", errname(setuid(0) < 0 ? errno : 0));
	return 0;
}

static int mode_suid(int argc, char **argv)
{
	char want[64], got[64] = "";
	int p[2], n, st;
	pid_t pid;

	if (argc != 3 || pipe(p) < 0)
		return 2;
	pid = fork();
	if (pid == 0) {
		dup2(p[1], 1);
		execl("/usr/bin/probe-suid", "probe-suid", (char *)NULL);
		_exit(127);
	}
	close(p[1]);
	n = (int)read(p[0], got, sizeof(got) - 1);
	got[n > 0 ? n : 0] = '\0';
	got[strcspn(got, "\n")] = '\0';
	waitpid(pid, &st, 0);
	snprintf(want, sizeof(want), "euid=%s", argv[2]);
	t_str("suid-euid", want, got);
	return 0;
}

static const struct {
	const char *name;
	int res;
} rl_names[] = {
	{"CPU", RLIMIT_CPU}, {"FSIZE", RLIMIT_FSIZE}, {"DATA", RLIMIT_DATA},
	{"STACK", RLIMIT_STACK}, {"CORE", RLIMIT_CORE}, {"RSS", RLIMIT_RSS},
	{"NOFILE", RLIMIT_NOFILE}, {"AS", RLIMIT_AS},
	{"NPROC", RLIMIT_NPROC}, {"MEMLOCK", RLIMIT_MEMLOCK},
	{"LOCKS", RLIMIT_LOCKS}, {"SIGPENDING", RLIMIT_SIGPENDING},
	{"MSGQUEUE", RLIMIT_MSGQUEUE}, {"NICE", RLIMIT_NICE},
	{"RTPRIO", RLIMIT_RTPRIO}, {"RTTIME", RLIMIT_RTTIME},
};

/* The limits the kernel holds, read by the raw prlimit64 call as PID 1
 * sets them: on MIPS o32 musl's getrlimit() reports every value of
 * 2^31-1 or more as infinity (that ABI's old RLIM_INFINITY), though the
 * kernel holds and enforces the number (only 2^31-1 itself is infinity
 * there, and PID 1 refuses to start a service with it). */
struct k_rlimit64 {
	uint64_t cur;
	uint64_t max;
};
#define K_RLIM64_INFINITY (~(uint64_t)0)

static int kernel_getrlimit(int res, struct k_rlimit64 *rl)
{
	return (int)syscall(SYS_prlimit64, 0, res, NULL, rl);
}

static void show_lim(char *buf, size_t len, uint64_t s, uint64_t h)
{
	char a[24], b[24];

	if (s == K_RLIM64_INFINITY)
		snprintf(a, sizeof(a), "infinity");
	else
		snprintf(a, sizeof(a), "%llu", (unsigned long long)s);
	if (h == K_RLIM64_INFINITY)
		snprintf(b, sizeof(b), "infinity");
	else
		snprintf(b, sizeof(b), "%llu", (unsigned long long)h);
	snprintf(buf, len, "%s:%s", a, b);
}

static int mode_rlimits(int argc, char **argv)
{
	struct rlimit rl;
	struct k_rlimit64 krl;
	char name[64], got[64];
	unsigned long long nofile = 0;
	int i, k, fd, last = -1, e = 0;

	/* rlim_t must be 64-bit on every target (armhf!). */
	t_str("rlim-t-64-bit", "8", sizeof(rlim_t) == 8 ? "8" : "not 8");
	for (i = 2; i < argc; i++) {
		char *eq = strchr(argv[i], '=');

		if (!eq)
			return 2;
		for (k = 0; k < 16; k++)
			if (strlen(rl_names[k].name) == (size_t)(eq - argv[i]) &&
				!strncmp(argv[i], rl_names[k].name,
					(size_t)(eq - argv[i])))
				break;
		if (k == 16)
			return 2;
		snprintf(name, sizeof(name), "rlimit-%s", rl_names[k].name);
		if (kernel_getrlimit(rl_names[k].res, &krl) < 0)
			snprintf(got, sizeof(got), "%s", errname(errno));
		else
			show_lim(got, sizeof(got), krl.cur, krl.max);
		t_str(name, eq + 1, got);
		if (rl_names[k].res == RLIMIT_NOFILE)
			nofile = strtoull(eq + 1, NULL, 10);
	}
	/* Raising a hard limit needs CAP_SYS_RESOURCE, which is gone. */
	getrlimit(RLIMIT_NOFILE, &rl);
	rl.rlim_max += 1;
	t_str("rlimit-raise-hard-eperm", "EPERM",
		errname(setrlimit(RLIMIT_NOFILE, &rl) < 0 ? errno : 0));
	/* NOFILE=n: fds 0..n-1 open, the n-th open fails with EMFILE. */
	for (;;) {
		fd = open("/dev/null", O_RDONLY);
		if (fd < 0) {
			e = errno;
			break;
		}
		last = fd;
		if (fd > 100000)
			break;
	}
	snprintf(got, sizeof(got), "%s after fd %d", errname(e), last);
	snprintf(name, sizeof(name), "EMFILE after fd %llu", nofile - 1);
	t_str("rlimit-nofile-emfile-at-nth-fd", name, got);
	return 0;
}

static int mode_fsize(void)
{
	char path[64], got[64];
	int st = 0;
	pid_t pid;

	snprintf(path, sizeof(path), "/tmp/probe-fsize-%d", (int)getpid());
	pid = fork();
	if (pid == 0) {
		int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

		if (fd < 0)
			_exit(3);
		(void)!write(fd, "x", 1);
		_exit(0);
	}
	waitpid(pid, &st, 0);
	unlink(path);
	if (WIFSIGNALED(st))
		snprintf(got, sizeof(got), "signal %d", WTERMSIG(st));
	else
		snprintf(got, sizeof(got), "exit %d", WEXITSTATUS(st));
	snprintf(path, sizeof(path), "signal %d", SIGXFSZ);
	t_str("rlimit-fsize-zero-sigxfsz", path, got);
	return 0;
}

static int mode_nproc(void)
{
	pid_t pid = fork();
	int e = pid < 0 ? errno : 0;

	if (pid == 0)
		_exit(0);
	if (pid > 0)
		waitpid(pid, NULL, 0);
	t_str("rlimit-nproc-one-fork-eagain", "EAGAIN", errname(e));
	return 0;
}

int main(int argc, char **argv)
{
	int r = 2;

	if (getenv("PROBE_PREFIX"))
		prefix = getenv("PROBE_PREFIX");
	if (argc >= 2 && !strcmp(argv[1], "caps"))
		r = mode_caps(argc, argv);
	else if (argc >= 2 && !strcmp(argv[1], "id"))
		r = mode_id(argc, argv);
	else if (argc >= 2 && !strcmp(argv[1], "suid"))
		r = mode_suid(argc, argv);
	else if (argc >= 2 && !strcmp(argv[1], "rlimits"))
		r = mode_rlimits(argc, argv);
	else if (argc >= 2 && !strcmp(argv[1], "fsize"))
		r = mode_fsize();
	else if (argc >= 2 && !strcmp(argv[1], "nproc"))
		r = mode_nproc();
	if (r == 2)
		fprintf(stderr, "probe-caps: bad usage\n");
	return r;
}
