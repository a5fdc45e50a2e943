# board.sh - QEMU mipsel (32-bit little-endian MIPS, Malta board): sourced by the Makefile and scripts/qemu-run.
# shellcheck shell=bash disable=SC2034 # variables only, read by the sourcer

# The architecture name used by rampart (mkheaders) and Debian's name for
# it (fetch-deb --arch: the kernel, busybox-static and musl-dev come from
# the mipsel archive, unpacked, never installed).
BOARD_ARCH=mipsel
DEB_ARCH=mipsel

# Debian's cross gcc (gcc-mipsel-linux-gnu: o32 ABI, MIPS32r2, hard
# float), made a musl compiler by scripts/mkmusl-cross with the mipsel
# musl-dev package (mipsel-linux-musl: the same ABI).
CROSS_COMPILE=mipsel-linux-gnu-
# The MIPS linker aligns segments to 64 KiB by default, which pads every
# static binary; the Malta kernel uses 4 KiB pages.
TARGET_CFLAGS="-Wl,-z,max-page-size=4096"

# Debian's Malta kernel for 4Kc-class cores (resolved by fetch-deb to
# linux-image-<abi>-4kc-malta). Its config has CGROUP_BPF, BPF_SYSCALL,
# SECCOMP_FILTER, DEVTMPFS and the PIIX4 power-off QEMU's Malta emulates.
KERNEL_PKG=linux-image-4kc-malta
# boot/vmlinuz-<abi>-4kc-malta is an ELF image: QEMU's Malta loader
# boots it as is.
KERNEL_BOOT=vmlinuz

QEMU=qemu-system-mipsel
# -M malta: MIPS's own evaluation board (24Kf core by default, PCI,
# PIIX4 south bridge with a 16550 UART), the one Debian's kernel is
# built for. -m 256M -nographic -no-reboot -nic none: as on x86_64 (-nic
# none also removes Malta's on-board pcnet card). No watchdog device:
# Debian's Malta kernel has no i6300esb driver, and its watchdog drivers
# (pcwd_pci, wdt_pci, softdog) are for cards QEMU does not emulate or are
# not hardware: tests/qemu/run builds no watchdog image here.
QEMU_ARGS="-M malta -m 256M -nographic -no-reboot -nic none"
# The PIIX4's first UART.
CONSOLE=ttyS0
# panic=-1: reboot at once on panic, which -no-reboot turns into an exit.
CMDLINE="console=ttyS0 panic=-1"
TIMEOUT_SCALE=3

# QEMU_NET=user or QEMU_FWD (make run, scripts/qemu-run, scripts/vmtest):
# the NIC QEMU adds (-device MODEL with a user-mode -netdev), and the
# kernel modules the guest needs to drive it, for INIT_MODULES
# (scripts/vmtest adds them itself). An AMD PCnet card, the kind Malta
# has on board (which -nic none removes), as a PCI device: Debian's
# Malta kernel has pcnet32 as a module. The interface is eth0.
QEMU_NIC_MODEL=pcnet
QEMU_NIC_MODULES="pcnet32"

# INIT_EXIT_STATUS (test images only): Malta has no isa-debug-exit and no
# Arm semihosting; the "rampart: exit status N" console line is the
# status (see README, "Test VMs"): scripts/vmtest boots without an exit
# device where QEMU_EXIT_ARGS is empty and reads the line.
QEMU_EXIT_ARGS=
QEMU_EXIT_DECODE=

# Debian packages the host needs for this board: QEMU, the cross compiler
# and the cross kernel UAPI headers (not linux-libc-dev:mipsel), and the
# tools of the image scripts.
HOST_PACKAGES="qemu-system-mips gcc-mipsel-linux-gnu linux-libc-dev-mipsel-cross gcc make cpio xz-utils dpkg-dev busybox-static"
