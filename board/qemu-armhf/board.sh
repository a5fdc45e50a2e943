# board.sh - QEMU armhf (32-bit ARMv7, virt machine): sourced by the Makefile and scripts/qemu-run.
# shellcheck shell=bash disable=SC2034 # variables only, read by the sourcer

# The architecture name used by rampart (mkheaders) and Debian's name for
# it (fetch-deb --arch: the kernel, busybox-static and musl-dev come from
# the armhf archive, unpacked, never installed).
BOARD_ARCH=armhf
DEB_ARCH=armhf

# Debian's cross gcc (gcc-arm-linux-gnueabihf: ARMv7-A, Thumb-2, VFPv3-D16,
# hard float), made a musl compiler by scripts/mkmusl-cross with the armhf
# musl-dev package (musleabihf: the same ABI).
CROSS_COMPILE=arm-linux-gnueabihf-
# The compiler's defaults already match the armhf ABI.
TARGET_CFLAGS=

# Debian's multiplatform ARMv7 kernel (resolved by fetch-deb to
# linux-image-<abi>-armmp).
KERNEL_PKG=linux-image-armmp
# boot/vmlinuz-<abi>-armmp is a zImage: QEMU boots it as is.
KERNEL_BOOT=vmlinuz

QEMU=qemu-system-arm
# -M virt,highmem=off: the generic virtual board; without highmem=off the
# PCIe window lies above 4 GiB, out of reach of the 32-bit kernel, and PCI
# devices (virtio-net) fail to probe.
# -cpu cortex-a15: an ARMv7-A core with virtualisation extensions, which
# the armmp kernel supports.
# -m 256M -nographic -no-reboot -nic none: as on x86_64.
QEMU_ARGS="-M virt,highmem=off -cpu cortex-a15 -m 256M -nographic -no-reboot -nic none"
# The virt board's PL011 UART.
CONSOLE=ttyAMA0
# panic=-1: reboot at once on panic, which -no-reboot turns into an exit.
CMDLINE="console=ttyAMA0 panic=-1"
# Measured 3.6 s to power-off against 2.0 s for x86_64.
TIMEOUT_SCALE=2

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
# and the cross kernel UAPI headers (not linux-libc-dev:armhf), and the
# tools of the image scripts.
HOST_PACKAGES="qemu-system-arm gcc-arm-linux-gnueabihf linux-libc-dev-armhf-cross gcc make cpio xz-utils dpkg-dev busybox-static"
