# board.sh - QEMU x86_64 (PC, PVH boot): sourced by the Makefile and scripts/qemu-run.
# shellcheck shell=bash disable=SC2034 # variables only, read by the sourcer

# The architecture name used by rampart (mkheaders, mkmusl-cross) and
# Debian's name for it (fetch-deb --arch).
BOARD_ARCH=x86_64
DEB_ARCH=amd64

# Empty: the host is x86_64, Debian's native musl-gcc (musl-tools) is the
# target compiler; no cross toolchain.
CROSS_COMPILE=
# Nothing special: the default 4 KiB pages and the x86-64 baseline ISA.
TARGET_CFLAGS=

# Debian's kernel meta package; fetch-deb resolves it to
# linux-image-<abi>-amd64 (written to <dest>/linux-image-amd64.resolved).
KERNEL_PKG=linux-image-amd64
# What QEMU boots: the uncompressed ELF pulled out of the bzImage
# (extract-vmlinux). QEMU boots an ELF kernel through its PVH note, which
# skips the kernel's own xz decompression: 2.0 s to power-off instead of
# 5.0 s with the bzImage under TCG.
KERNEL_BOOT=vmlinux

QEMU=qemu-system-x86_64
# -M pc: the plain PC, fastest to boot under TCG (q35 probes more).
# -cpu max: every CPU feature TCG emulates, so the kernel takes its fast paths.
# -m 256M: ample for an initramfs system with a few services.
# -display none -vga none -serial mon:stdio: -nographic's serial console on
# stdio (Ctrl-A X quits, Ctrl-A C the monitor), but without a graphics
# card, so SeaBIOS does not copy its banner and a terminal reset (ESC c)
# onto the serial line: the console starts with the kernel's own output.
# -no-reboot: a reboot or panic (panic=-1) ends QEMU instead of looping.
# -nic none: no default network card; QEMU_NET=user or QEMU_FWD adds one
# (QEMU_NIC_MODEL below), and a test adds what it needs.
# -device i6300esb: a PCI hardware watchdog (driver i6300esb, a module of
# Debian's kernel) for INIT_WATCHDOG; idle until its driver opens it.
QEMU_ARGS="-M pc -cpu max -m 256M -display none -vga none -serial mon:stdio -no-reboot -nic none -device i6300esb"
# The first serial port, where -nographic puts stdio.
CONSOLE=ttyS0
# panic=-1: reboot at once on panic, which -no-reboot turns into an exit.
CMDLINE="console=ttyS0 panic=-1"
# Boot time relative to x86_64 (test timeouts are multiplied by it).
TIMEOUT_SCALE=1

# QEMU_NET=user or QEMU_FWD (make run, scripts/qemu-run, scripts/vmtest):
# the NIC QEMU adds (-nic user,model=...), and the kernel modules the
# guest needs to drive it, for INIT_MODULES (scripts/vmtest adds them
# itself). Debian's kernel has the virtio PCI transport and virtio-net
# as modules; the interface is eth0 (no udev renames it).
QEMU_NIC_MODEL=virtio-net-pci
QEMU_NIC_MODULES="virtio_pci virtio_net"

# INIT_EXIT_STATUS (test images only): QEMU's exit status carries the
# exit status of the service that shut the VM down. PID 1 writes it to
# I/O port 0xf4; QEMU then exits with ((status << 1) | 1) & 255, so the
# low 7 bits survive (scripts/vmtest decodes it, and takes the full
# value from the "rampart: exit status N" console line).
QEMU_EXIT_ARGS="-device isa-debug-exit,iobase=0xf4,iosize=0x01"
# How scripts/vmtest reads the status back from QEMU's exit status.
QEMU_EXIT_DECODE=debug-exit

# Debian packages the host needs for this board: QEMU, the native musl
# compiler, kernel UAPI headers, and the tools of the image scripts.
HOST_PACKAGES="qemu-system-x86 musl-tools linux-libc-dev gcc make cpio xz-utils dpkg-dev busybox-static"
