/*
 * sandbox_steps.h - the steps of a service's start, in the order they run.
 * Shared by PID 1 (init/sandbox.c names every failure by them) and
 * rampart-gen (scripts/gen/testhooks.c checks INIT_TEST_FAIL_STEPS
 * against them): one list, so the two never disagree.
 */
#ifndef RAMPART_SANDBOX_STEPS_H
#define RAMPART_SANDBOX_STEPS_H

/*
 * One entry per step, in the order they run; the name is what the log line
 * "sandbox failed at <step>" shows.  SPAWN and CGROUP are the parent's part.
 * A new restriction adds its step here, in its place in the sequence.
 */
#define SANDBOX_STEPS(X)                                                       \
	X(SPAWN, "spawn")                                                      \
	X(CGROUP, "cgroup")                                                    \
	/* -- devices and cgroup limits: PID 1's side -- */                    \
	X(TASKS_MAX, "tasks-max")                                              \
	X(MEMORY_MAX, "memory-max")                                            \
	X(CPU_QUOTA, "cpu-quota")                                              \
	X(DEVICES, "devices")                                                  \
	X(SIGNALS, "signals")                                                  \
	X(IGNORE_SIGPIPE, "ignore-sigpipe")                                    \
	X(SETSID, "setsid")                                                    \
	X(SPECIFIERS, "specifiers")                                            \
	/* -- standard I/O: STANDARD_* files opened, then fds 0-2 set -- */   \
	X(STANDARD_INPUT, "standard-input")                                    \
	X(STANDARD_OUTPUT, "standard-output")                                  \
	X(STANDARD_ERROR, "standard-error")                                    \
	X(STDIO, "stdio")                                                      \
	/* -- process context: still privileged, systemd's order -- */        \
	X(OOM_SCORE_ADJUST, "oom-score-adjust")                                \
	X(NICE, "nice")                                                        \
	X(CPU_AFFINITY, "cpu-affinity")                                        \
	X(IO_SCHEDULING, "io-scheduling")                                      \
	X(PERSONALITY, "personality")                                          \
	/* -- service directories: the child, before the namespaces -- */     \
	X(RUNTIME_DIRECTORY, "runtime-directory")                              \
	X(STATE_DIRECTORY, "state-directory")                                  \
	X(CACHE_DIRECTORY, "cache-directory")                                  \
	X(LOGS_DIRECTORY, "logs-directory")                                    \
	X(CONFIGURATION_DIRECTORY, "configuration-directory")                  \
	/* -- credentials: read, and a detached read-only ramfs filled -- */  \
	X(CREDENTIALS, "credentials")                                          \
	/* -- namespaces and filesystem -- */                                  \
	X(NAMESPACES, "namespaces")                                            \
	X(PROPAGATION, "propagation")                                          \
	/* -- mounts: the order is mount.c's mount_steps[] -- */              \
	X(ROOT_PREPARE, "root-directory")                                      \
	X(PROC, "proc")                                                        \
	X(SYSFS, "sysfs")                                                      \
	X(PRIVATE_DEVICES, "private-devices")                                  \
	X(API_DEV, "api-vfs-dev")                                              \
	X(API_RUN, "api-vfs-run")                                              \
	X(PROTECT_SYSTEM, "protect-system")                                    \
	X(PROTECT_HOME, "protect-home")                                        \
	X(READ_ONLY_PATHS, "read-only-paths")                                  \
	X(READ_WRITE_PATHS, "read-write-paths")                                \
	X(DIRECTORIES_WRITABLE, "service-directories-writable")                \
	X(PROTECT_CGROUPS, "protect-control-groups")                           \
	X(PRIVATE_TMP, "private-tmp")                                          \
	X(BIND_PATHS, "bind-paths")                                            \
	X(TEMPORARY_FILE_SYSTEM, "temporary-file-system")                      \
	X(NO_EXEC_PATHS, "no-exec-paths")                                      \
	X(EXEC_PATHS, "exec-paths")                                            \
	/* -- the kernel protections' rows -- */                               \
	X(PROTECT_KERNEL_TUNABLES, "protect-kernel-tunables")                  \
	X(PROTECT_KERNEL_MODULES, "protect-kernel-modules")                    \
	X(PROTECT_KERNEL_LOGS, "protect-kernel-logs")                          \
	X(PROTECT_HOSTNAME, "protect-hostname")                                \
	X(CREDENTIALS_MOUNT, "credentials-mount")                              \
	X(INACCESSIBLE_PATHS, "inaccessible-paths")                            \
	X(ROOT_DIRECTORY, "root-directory")                                    \
	X(PRIVATE_NETWORK, "private-network")                                  \
	X(HOSTNAME, "hostname")                                                \
	/* -- rlimits, capabilities -- */                                      \
	X(RLIMITS, "rlimits")                                                  \
	X(CAP_BOUNDING, "capability-bounding-set")                             \
	X(SECUREBITS, "securebits")                                            \
	X(SETGROUPS, "setgroups")                                              \
	X(SETGID, "setgid")                                                    \
	X(SETUID, "setuid")                                                    \
	X(CAPABILITIES, "capabilities")                                        \
	X(NO_NEW_PRIVS, "no-new-privileges")                                   \
	X(UMASK, "umask")                                                      \
	X(CHDIR, "chdir")                                                      \
	X(READY_FD, "ready-fd")                                                \
	X(CLOSE_FDS, "close-fds")                                              \
	/* -- system-call filters -- */                                       \
	X(SECCOMP, "seccomp")                                                  \
	X(EXEC, "exec")

#define SANDBOX_STEP_ENUM(id, name) STEP_##id,
enum sandbox_step { SANDBOX_STEPS(SANDBOX_STEP_ENUM) STEP_COUNT };
#undef SANDBOX_STEP_ENUM

#endif
