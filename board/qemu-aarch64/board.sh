# board.sh - QEMU aarch64 (virt machine): sourced by the Makefile and scripts/qemu-run.
# shellcheck shell=bash disable=SC2034 # variables only, read by the sourcer

# The architecture name used by rampart (mkheaders) and Debian's name for
# it (fetch-deb --arch: the kernel, busybox-static and musl-dev come from
# the arm64 archive, unpacked, never installed).
BOARD_ARCH=aarch64
DEB_ARCH=arm64

# Debian's cross gcc (gcc-aarch64-linux-gnu), made a musl compiler by
# scripts/mkmusl-cross with the arm64 musl-dev package.
CROSS_COMPILE=aarch64-linux-gnu-
# The linker's default 64 KiB segment alignment pads every static binary
# (132 KB instead of 87 KB for init); the Debian kernel uses 4 KiB pages.
TARGET_CFLAGS="-Wl,-z,max-page-size=4096"

# Debian's kernel meta package (resolved by fetch-deb to
# linux-image-<abi>-arm64).
KERNEL_PKG=linux-image-arm64
# boot/vmlinuz-<abi>-arm64 is an uncompressed arm64 Image: QEMU boots it
# as is.
KERNEL_BOOT=vmlinuz

QEMU=qemu-system-aarch64
# -M virt: the generic virtual board (PL011 UART, PCIe, generated DTB).
# -cpu cortex-a57: measured 1.5 s to power-off; -cpu max is 3.8x slower
# under TCG (pointer authentication and friends are emulated).
# -m 256M -nographic -no-reboot -nic none -device i6300esb: as on x86_64
# (the watchdog is a PCI device, and Debian's arm64 kernel has its driver).
QEMU_ARGS="-M virt -cpu cortex-a57 -m 256M -nographic -no-reboot -nic none -device i6300esb"
# The virt board's PL011 UART.
CONSOLE=ttyAMA0
# panic=-1: reboot at once on panic, which -no-reboot turns into an exit.
CMDLINE="console=ttyAMA0 panic=-1"
# Boots about as fast as x86_64 with cortex-a57; margin for slower hosts.
TIMEOUT_SCALE=1.5

# QEMU_NET=user or QEMU_FWD (make run, scripts/qemu-run, scripts/vmtest):
# the NIC QEMU adds (-nic user,model=...), and the kernel modules the
# guest needs to drive it, for INIT_MODULES (scripts/vmtest adds them
# itself). virtio-net on one of the virt board's virtio-mmio transports
# (described in its device tree): no PCI probe; Debian's kernel has
# virtio_mmio and virtio_net as modules. The interface is eth0.
QEMU_NIC_MODEL=virtio-net-device
QEMU_NIC_MODULES="virtio_mmio virtio_net"

# INIT_EXIT_STATUS (test images only): QEMU's exit status carries the
# exit status of the service that shut the VM down, through Arm
# semihosting SYS_EXIT from PID 1 (userspace=on: PID 1 runs at EL0/PL0).
# Semihosting also gives the guest the host's files: never in a product.
QEMU_EXIT_ARGS="-semihosting-config enable=on,target=native,userspace=on"
# How scripts/vmtest reads the status back from QEMU's exit status.
QEMU_EXIT_DECODE=semihosting

# Debian packages the host needs for this board: QEMU, the cross compiler
# and the cross kernel UAPI headers (not linux-libc-dev:arm64, which would
# remove build-essential), and the tools of the image scripts.
HOST_PACKAGES="qemu-system-arm gcc-aarch64-linux-gnu linux-libc-dev-arm64-cross gcc make cpio xz-utils dpkg-dev busybox-static"
