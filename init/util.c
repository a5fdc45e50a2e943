/* util.c - small helpers shared by PID 1: clocks, files, formatting. */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "init.h"

long long clock_ms(int clock)
{
	struct timespec ts;

	if (clock_gettime(clock, &ts) < 0)
		return 0;
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/*
 * Make the pages of [p, p + len) resident now: a write to each page of
 * PID 1's own state (a read would map the shared zero page, which the
 * first real write replaces), a read of each page of its code.
 */
static void touch(volatile char *c, bool write)
{
	if (write)
		*c = *c;
	else
		(void)*c;
}

void prefault(void *p, size_t len, bool write)
{
	size_t i;

	/* One byte in every 4 KiB and the last one: every page, whatever
	 * the alignment (larger pages are only touched more than needed). */
	for (i = 0; i < len; i += 4096)
		touch((char *)p + i, write);
	if (len)
		touch((char *)p + len - 1, write);
}

/* The ELF header of init itself (GNU ld defines it when the headers are
 * loaded, as they are: the first PT_LOAD starts at offset 0). */
extern const char __ehdr_start[];
#if UINTPTR_MAX > 0xffffffffu
typedef Elf64_Ehdr ehdr_t;
typedef Elf64_Phdr phdr_t;
#else
typedef Elf32_Ehdr ehdr_t;
typedef Elf32_Phdr phdr_t;
#endif

/* A stack reserve touched once, from stage 1: PID 1's deepest path (a
 * log line inside a cgroup teardown inside the main loop) needs far less,
 * see `-fstack-usage`; only shutdown's unmount list goes deeper, and it
 * runs once. */
#define STACK_RESERVE (16 * 1024)

static __attribute__((noinline)) void stack_reserve(void)
{
	char pad[STACK_RESERVE];

	prefault(pad, sizeof(pad), true);
	__asm__ volatile("" : : "r"(pad) : "memory");
}

/*
 * PID 1's footprint is settled in stage 1: all of its code and data
 * segments (the file-backed parts) and a stack reserve are made resident
 * now, and its runtime buffers by their owners (the console queue).  So
 * PID 1's Rss after boot is a baseline that running services, restarts
 * and a slow console do not move: any growth there is a leak (the fault
 * tier checks it exactly), and memory pressure later cannot make PID 1
 * wait for a page of its own code.  Left alone: buffers used only in a
 * service's child (after fork) or at shutdown, which cost PID 1 nothing,
 * and the device-list buffers (devices.c), which the first start of a
 * service with a device list touches as far as its program needs (43 KiB
 * in all, the verifier log only on a failed load); settling them would
 * cost every image with a device list that much.
 */
void footprint_settle(void)
{
	const ehdr_t *eh = (const void *)__ehdr_start;
	const phdr_t *ph = (const void *)(__ehdr_start + eh->e_phoff);
	uintptr_t bias = 0;
	unsigned int i;

	stack_reserve();
	for (i = 0; i < eh->e_phnum; i++)
		if (ph[i].p_type == PT_LOAD && ph[i].p_offset == 0)
			bias = (uintptr_t)__ehdr_start - ph[i].p_vaddr;
	for (i = 0; i < eh->e_phnum; i++)
		if (ph[i].p_type == PT_LOAD)
			prefault((void *)(bias + ph[i].p_vaddr), ph[i].p_filesz,
				false);
}

/* Every deadline is on CLOCK_MONOTONIC: setting the clock moves none. */
long long now_ms(void)
{
	return clock_ms(CLOCK_MONOTONIC);
}

/*
 * Every signal's disposition to SIG_DFL (async-signal-safe: the sandbox
 * uses it too).  A raw rt_sigaction with an all-zero struct is SIG_DFL, no
 * flags, empty mask on every architecture; musl's sigaction() refuses its
 * internal signals 32-34, which must be reset as well.  0 or -errno.
 */
int signals_default(void)
{
	static const unsigned long long dfl[8]; /* > any k_sigaction */
	int sig;

	for (sig = 1; sig < _NSIG; sig++) {
		if (sig == SIGKILL || sig == SIGSTOP)
			continue;
		if (syscall(SYS_rt_sigaction, sig, dfl, NULL, _NSIG / 8) < 0)
			return -errno;
	}
	return 0;
}

/*
 * Read a small (proc, sys, cgroup) file into buf, NUL-terminated; what does
 * not fit is left out.  Returns the length or -errno.
 */
int file_read(const char *path, char *buf, size_t size)
{
	size_t len = 0;
	ssize_t n;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	while (len + 1 < size) {
		n = read(fd, buf + len, size - 1 - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			n = -errno;
			close(fd);
			return n;
		}
		if (n == 0)
			break;
		len += n;
	}
	buf[len] = '\0';
	close(fd);
	return len;
}

/* Write s in one write(2), as kernel interface files expect; 0 or -errno. */
int file_write(const char *path, const char *s)
{
	size_t len = strlen(s);
	ssize_t n;
	int fd, ret = 0;

	fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = write(fd, s, len);
	if (n < 0)
		ret = -errno;
	else if ((size_t)n != len)
		ret = -EIO;
	close(fd);
	return ret;
}

/*
 * The vsnprintf subset PID 1 uses: %s %c %d %u %x, each with l or ll, and
 * %%; no width or precision.  musl's printf would bring floating point
 * formatting along: about 10 KiB, a fifth of PID 1.  Like snprintf it
 * returns the length the whole output would have (never an error).
 */
size_t fmt_v(char *buf, size_t size, const char *f, va_list ap)
{
	char digits[24];
	unsigned long long v;
	const char *s;
	size_t n = 0;
	unsigned int base;
	int lng, k;

#define PUT(c)                                                                 \
	do {                                                                   \
		if (n + 1 < size)                                              \
			buf[n] = (c);                                          \
		n++;                                                           \
	} while (0)
	for (; *f; f++) {
		if (*f != '%') {
			PUT(*f);
			continue;
		}
		for (lng = 0; f[1] == 'l'; f++)
			lng++;
		switch (*++f) {
		case 's':
			for (s = va_arg(ap, const char *); s && *s; s++)
				PUT(*s);
			break;
		case 'c':
			PUT((char)va_arg(ap, int));
			break;
		case 'd':
		case 'u':
		case 'x':
			/* %d is read as signed, so that it sign-extends */
			if (*f == 'd' && lng >= 2)
				v = va_arg(ap, long long);
			else if (*f == 'd' && lng)
				v = va_arg(ap, long);
			else if (*f == 'd')
				v = va_arg(ap, int);
			else if (lng >= 2)
				v = va_arg(ap, unsigned long long);
			else if (lng)
				v = va_arg(ap, unsigned long);
			else
				v = va_arg(ap, unsigned int);
			if (*f == 'd' && (long long)v < 0) {
				PUT('-');
				v = -v;
			}
			base = *f == 'x' ? 16 : 10;
			k = 0;
			do {
				digits[k++] = "0123456789abcdef"[v % base];
				v /= base;
			} while (v);
			while (k)
				PUT(digits[--k]);
			break;
		case '\0':
			f--; /* a lone '%' at the end */
			break;
		default:
			PUT(*f);
			break;
		}
	}
#undef PUT
	if (size)
		buf[n < size ? n : size - 1] = '\0';
	return n;
}

size_t fmt(char *buf, size_t size, const char *f, ...)
{
	va_list ap;
	size_t n;

	va_start(ap, f);
	n = fmt_v(buf, size, f, ap);
	va_end(ap);
	return n;
}
