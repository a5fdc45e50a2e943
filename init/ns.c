/* ns.c - a service's namespaces: unshare, the PID namespace, lo, hostname. */
#define _GNU_SOURCE 1 /* unshare, setns, CLONE_* */
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <sched.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include "init.h"

/*
 * Everything but ns_pid_enter/ns_pid_leave runs in the service's child
 * between fork and execve: plain syscalls only.  Each returns 0 or -errno.
 */

/* Does the service need a mount namespace of its own? */
bool ns_wants_mounts(const struct svc *svc)
{
	return svc->private_network || svc->private_tmp ||
	       svc->private_pids || svc->root_directory ||
	       svc->read_only_paths || svc->inaccessible_paths ||
	       svc->protect_cgroups || svc->protect_system ||
	       svc->protect_home || svc->read_write_paths ||
	       svc->no_exec_paths || svc->exec_paths || svc->nbinds ||
	       svc->ntmpfs || svc->protect_kernel_tunables ||
	       svc->protect_kernel_modules || svc->protect_kernel_logs ||
	       svc->protect_hostname || svc->protect_proc || svc->proc_subset ||
	       svc->private_devices || svc->private_mounts ||
	       svc->ncreds; /* credentials: a mount of its own */
}

/*
 * A PID namespace of its own for every service with a mount namespace:
 * PRIVATE_PIDS, or implied by any filesystem or cgroup protection.  In the
 * host's PID namespace a service could name a peer of the same uid in
 * /proc and walk through /proc/PID/root, cwd or fd into the peer's view
 * of the filesystem, where none of its own read-only, inaccessible or
 * cgroup protections apply (the kernel asks for no capability when the
 * uids match and the peer holds no capability the walker lacks).  With
 * its own PID namespace and /proc (mount.c), no peer can be named.
 */
bool ns_wants_pid(const struct svc *svc)
{
	return ns_wants_mounts(svc);
}

/*
 * Every namespace but the PID one in one unshare(): the network, IPC and
 * UTS namespaces are new and empty, the mount namespace a copy of PID 1's
 * (made private right after, see mount_propagation_private).
 */
int ns_unshare(const struct svc *svc)
{
	int flags = 0;

	if (ns_wants_mounts(svc))
		flags |= CLONE_NEWNS;
	if (svc->private_network)
		flags |= CLONE_NEWNET;
	if (svc->private_ipc)
		flags |= CLONE_NEWIPC;
	if (svc->private_uts)
		flags |= CLONE_NEWUTS;
	if (flags && unshare(flags) < 0)
		return -errno;
	return 0;
}

/*
 * unshare(CLONE_NEWPID) moves only the caller's future children, so PID 1
 * itself creates the namespace right before the clone (spawn.c) and steps
 * back into its own right after: the child is process 1 of the new
 * namespace and still PID 1's child with an ordinary (outer) pid, so
 * reaping, cgroup placement and signals work unchanged.  *fd receives
 * PID 1's own namespace.
 */
int ns_pid_enter(int *fd)
{
	/* PID 1's own namespace never changes: opened at the first such
	 * start and kept (close-on-exec), not looked up at every start. */
	static int own = -1;

	*fd = -1;
	if (own < 0)
		own = openat(AT_FDCWD, "/proc/self/ns/pid", O_RDONLY | O_CLOEXEC);
	if (own < 0)
		return -errno;
	if (unshare(CLONE_NEWPID) < 0)
		return -errno;
	*fd = own;
	return 0;
}

/* Back to PID 1's own namespace for its later children (fd stays open). */
int ns_pid_leave(int fd)
{
	return setns(fd, CLONE_NEWPID) < 0 ? -errno : 0;
}

/* A new network namespace has lo, down: bring it up (no netlink needed). */
int ns_loopback_up(void)
{
	struct ifreq ifr;
	int fd, r = 0;

	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	memset(&ifr, 0, sizeof(ifr));
	memcpy(ifr.ifr_name, "lo", 3);
	if (ioctl(fd, SIOCGIFFLAGS, &ifr) < 0) {
		r = -errno;
	} else {
		ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
		if (ioctl(fd, SIOCSIFFLAGS, &ifr) < 0)
			r = -errno;
	}
	close(fd);
	return r;
}

int ns_hostname(const char *name)
{
	if (sethostname(name, strlen(name)) < 0)
		return -errno;
	return 0;
}
