/* vmexit.c - a service's exit status out of a test VM: console line, QEMU exit device. */
#define _GNU_SOURCE 1
#include <errno.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#if defined(__x86_64__) || defined(__i386__)
#include <sys/io.h>
#endif

#include "init.h"

/*
 * How long the exit line may take: a 115200 baud UART empties its 4 KiB
 * buffer in 0.4 s.  A console whose output is stopped (^S) costs this
 * much at the end of the shutdown, and the line: PID 1 never waits for
 * the console without a bound, FAILURE_ACTION=reboot's recovery included.
 */
#define EXIT_LINE_MS 3000

/*
 * The last line PID 1 writes, on every target and machine, after the
 * queued log and out of the UART before the power goes (log.c): a runner
 * reads its result from it.
 */
void vm_exit_line(int status)
{
	char line[48];
	size_t n = fmt(line, sizeof(line), "rampart: exit status %d\n", status);

	log_console_last(line, n, EXIT_LINE_MS);
}

/* Only a real machine's init, never PID 1 of a container or of the
 * namespace test tier: the initial PID namespace has a fixed inode. */
static bool in_initial_pid_ns(void)
{
	char buf[32];
	ssize_t n = readlink("/proc/self/ns/pid", buf, sizeof(buf) - 1);

	if (n < 0)
		return false;
	buf[n] = '\0';
	return !strcmp(buf, "pid:[4026531836]"); /* PROC_PID_INIT_INO */
}

/* The trap itself; returns if there is no device to take it. */
static void vm_exit_trap(int status)
{
#if defined(__x86_64__) || defined(__i386__)
	/* QEMU -device isa-debug-exit,iobase=0xf4,iosize=1: QEMU exits
	 * with (value << 1) | 1. Without the device the write is lost. */
	if (ioperm(0xf4, 1, 1) == 0)
		outb((unsigned char)status, 0xf4);
#elif defined(__aarch64__)
	/* Arm semihosting SYS_EXIT (0x18): on A64 x1 points to {reason,
	 * subcode}; ADP_Stopped_ApplicationExit (0x20026) makes QEMU exit
	 * with subcode. The trap is "hlt #0xf000". */
	unsigned long block[2] = {0x20026, (unsigned long)status};
	register unsigned long x0 __asm__("x0") = 0x18;
	register unsigned long *x1 __asm__("x1") = block;

	__asm__ volatile("hlt #0xf000"
			 : "+r"(x0)
			 : "r"(x1)
			 : "memory");
#elif defined(__arm__)
	/* A32/T32: SYS_EXIT_EXTENDED (0x20) takes the same block as A64's
	 * SYS_EXIT (the 32-bit SYS_EXIT cannot carry a status). The trap
	 * is HLT 0xf000 (A32) or HLT 0x3c (T32), emitted as raw opcodes:
	 * QEMU takes them on ARMv7 too, where gas does not know HLT. */
	unsigned long block[2] = {0x20026, (unsigned long)status};
	register unsigned long r0 __asm__("r0") = 0x20;
	register unsigned long *r1 __asm__("r1") = block;

#ifdef __thumb__
	__asm__ volatile(".inst.n 0xbabc" : "+r"(r0) : "r"(r1) : "memory");
#else
	__asm__ volatile(".inst 0xe10f0070" : "+r"(r0) : "r"(r1) : "memory");
#endif
#else
	(void)status;
#endif
}

/*
 * INIT_EXIT_STATUS: end QEMU with the status, from a child: without
 * semihosting the Arm trap is an undefined instruction (SIGILL), which
 * kills only that child. Returns when QEMU did not end.
 */
void vm_exit(int status)
{
	pid_t pid;

	if (!CFG_INIT_EXIT_STATUS || !in_initial_pid_ns())
		return;
	pid = fork();
	if (pid == 0) {
		vm_exit_trap(status);
		_exit(0);
	}
	if (pid > 0)
		while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
			;
}
