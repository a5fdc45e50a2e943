/* stdio.c - STANDARD_INPUT, _OUTPUT, _ERROR: the child's fds 0, 1 and 2. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "init.h"

/*
 * Runs in the forked child, after setsid and before the namespaces, as
 * root: systemd opens StandardInput=file:, StandardOutput=file: (and
 * append:, truncate:) there too, so a path names a file of PID 1's tree
 * (not of ROOT_DIRECTORY) and the service may get a file it could not
 * open itself.  Because that open is root's, every file is opened as the
 * hostile-neighbour design asks (docs/security.md): openat2() with
 * RESOLVE_NO_SYMLINKS, so a symlink another service planted anywhere on
 * the way fails the start (ELOOP) instead of redirecting root's write;
 * then the object is checked: one owned by neither root nor the
 * service's user (a file or FIFO another service made there to read this
 * one's output) is refused (EPERM), and so is a regular file with a
 * second link (a hard link planted to another file: EMLINK); only regular
 * files, character devices and FIFOs are taken.  O_NONBLOCK keeps a FIFO without a peer
 * from hanging the start (a writer gets ENXIO).  truncate: empties the
 * file only after those checks.
 */

#include "kapi.h"

/* The step each fd's file is opened at: the table's rows, in fd order. */
static const int stdio_steps[3] = {
	STEP_STANDARD_INPUT,
	STEP_STANDARD_OUTPUT,
	STEP_STANDARD_ERROR,
};

static int file_kind(int kind)
{
	return kind == SVC_STDIO_FILE || kind == SVC_STDIO_APPEND ||
	       kind == SVC_STDIO_TRUNCATE;
}

/* One STANDARD_* file (or a LOAD_CREDENTIAL path, credentials.c): an fd
 * (close-on-exec, blocking), or -errno. */
int stdio_file_open(const struct svc *svc, const char *path, int flags,
	int truncate)
{
	struct r_open_how how = {
		.flags = (uint64_t)(flags | O_NOCTTY | O_CLOEXEC | O_NONBLOCK),
		.mode = (flags & O_CREAT) ? (0666 & ~svc->umask) : 0,
		.resolve = R_RESOLVE_NO_SYMLINKS | R_RESOLVE_NO_MAGICLINKS,
	};
	struct stat st;
	int fd, err;

	fd = (int)syscall(SYS_openat2, AT_FDCWD, path, &how, sizeof(how));
	if (fd < 0)
		return -errno;
	if (fstat(fd, &st) < 0)
		goto fail_errno;
	if (st.st_uid != 0 && st.st_uid != svc->uid) {
		err = EPERM; /* another user's file, or FIFO */
		goto fail;
	}
	if (S_ISREG(st.st_mode)) {
		if (st.st_nlink != 1) {
			err = EMLINK;
			goto fail;
		}
	} else if (S_ISDIR(st.st_mode)) {
		err = EISDIR;
		goto fail;
	} else if (!S_ISCHR(st.st_mode) && !S_ISFIFO(st.st_mode)) {
		err = ENXIO;
		goto fail;
	}
	if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) < 0)
		goto fail_errno;
	if (truncate && S_ISREG(st.st_mode) && ftruncate(fd, 0) < 0)
		goto fail_errno;
	return fd;
fail_errno:
	err = errno;
fail:
	close(fd);
	return -err;
}

#ifndef MFD_CLOEXEC
#define MFD_CLOEXEC 0x0001u
#endif
#ifndef MFD_ALLOW_SEALING
#define MFD_ALLOW_SEALING 0x0002u
#endif
#ifndef F_ADD_SEALS
#define F_ADD_SEALS 1033
#define F_SEAL_SEAL 0x0001
#define F_SEAL_SHRINK 0x0002
#define F_SEAL_GROW 0x0004
#define F_SEAL_WRITE 0x0008
#endif

/*
 * STANDARD_INPUT="data": the bytes in a memory file of their own, made
 * afresh at each start and sealed before the service gets it, so that
 * nothing it does (write, ftruncate, a writable reopen through
 * /proc/self/fd/0, mmap) changes what it or its next start reads.
 */
static int data_open(const struct svc_stdio *st)
{
	unsigned int done = 0;
	ssize_t n;
	int fd, err;

	fd = (int)syscall(SYS_memfd_create, "stdin-data",
		MFD_CLOEXEC | MFD_ALLOW_SEALING);
	if (fd < 0)
		return -errno;
	while (done < st->data_len) {
		n = write(fd, st->data + done, st->data_len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			goto fail_errno;
		done += (unsigned int)n;
	}
	if (fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_SHRINK |
					   F_SEAL_GROW | F_SEAL_SEAL) < 0 ||
		lseek(fd, 0, SEEK_SET) < 0)
		goto fail_errno;
	return fd;
fail_errno:
	err = errno ? errno : EIO;
	close(fd);
	return -err;
}

/* The same file:PATH (the kind that shares one open file, as systemd). */
static int same_file(const struct svc_stdio *st, int a, int b)
{
	return st->kind[a] == st->kind[b] && file_kind(st->kind[a]) &&
	       !strcmp(st->path[a], st->path[b]);
}

int stdio_apply(const struct svc *svc, int out_fd, int *step)
{
	const struct svc_stdio *st = svc->stdio;
	int fd[3] = {-1, -1, -1};
	int k, r, flags;

	for (k = 0; k < 3; k++) {
		*step = stdio_steps[k];
		r = test_fault(svc, stdio_steps[k]);
		if (r < 0)
			return r;
		switch (st->kind[k]) {
		case SVC_STDIO_NULL:
			/* PID 1's own, opened in stage 1: a /dev/null a
			 * root service replaced is never looked up */
			fd[k] = dev_null_fd;
			break;
		case SVC_STDIO_INHERIT:
			/* stdout: stdin's unless that is null; stderr:
			 * stdout's (systemd.exec(5)) */
			fd[k] = k == 1 && st->kind[0] == SVC_STDIO_NULL ?
					dev_null_fd :
					fd[k - 1];
			break;
		case SVC_STDIO_TTY:
		case SVC_STDIO_TTY_FAIL:
			if (console_rw_fd < 0)
				return -EBADF;
			/* stdin: the controlling tty too (a session leader
			 * since setsid); tty-force takes it from another
			 * session (arg 1, we are still privileged),
			 * tty-fail is refused (EPERM) */
			if (k == 0 &&
				ioctl(console_rw_fd, TIOCSCTTY,
					st->kind[k] == SVC_STDIO_TTY) < 0)
				return -errno;
			fd[k] = console_rw_fd;
			break;
		case SVC_STDIO_LOG:
			fd[k] = out_fd;
			break;
		case SVC_STDIO_DATA:
			fd[k] = data_open(st);
			if (fd[k] < 0)
				return fd[k];
			break;
		default: /* file:, append:, truncate: */
			if (k == 0) {
				flags = same_file(st, 0, 1) ||
							same_file(st, 0, 2) ?
						O_RDWR :
						O_RDONLY;
				fd[0] = stdio_file_open(svc, st->path[0], flags, 0);
			} else if (same_file(st, 0, k)) {
				fd[k] = fd[0];
			} else if (k == 2 && same_file(st, 1, 2)) {
				fd[k] = fd[1];
			} else {
				flags = O_WRONLY | O_CREAT;
				if (st->kind[k] == SVC_STDIO_APPEND)
					flags |= O_APPEND;
				fd[k] = stdio_file_open(svc, st->path[k], flags,
					st->kind[k] == SVC_STDIO_TRUNCATE);
			}
			if (fd[k] < 0)
				return fd[k];
		}
		if (fd[k] < 0)
			return -EBADF;
	}
	/* Then fds 0-2 at once; the files' own fds are close-on-exec. */
	*step = STEP_STDIO;
	r = test_fault(svc, STEP_STDIO);
	if (r < 0)
		return r;
	for (k = 0; k < 3; k++)
		if (dup2(fd[k], k) < 0)
			return -errno;
	return 0;
}
