# Makefile - rampart's user interface: configure, build, boot and test.
#
#   make qemu_x86_64_defconfig     start from a defconfig (configs/ or EXTERNAL/configs/)
#   make DEFCONFIG=path defconfig  start from a defconfig file anywhere
#   make menuconfig | nconfig | olddefconfig | savedefconfig
#   make svc-accept                keep .config after a .svc default changed under a value you set
#   make                           build init and the image
#   make run [QEMU_FWD="tcp:2222-:22"]  boot the image in QEMU on this terminal
#                                  (QEMU_NET, QEMU_FWD, QEMU_EXTRA_ARGS: README)
#   make policy [BPF=y]            print the policy compiled into $(O)/init (BPF=y: and the filters)
#   make check                     run every test tier (tests/run)
#   make bench                     run the benchmarks (bench/, docs/performance.md)
#   make clean | distclean
#
# O=dir puts every output in dir (default: output/), V=1 shows full commands,
# EXTERNAL=dir merges a vendor tree (Kconfig, services/, configs/,
# rootfs-overlay/); it is remembered in $(O)/.external.

.DEFAULT_GOAL := all
TOP := $(CURDIR)
O ?= $(TOP)/output
override O := $(abspath $(O))
RAMPART_CACHE ?= $(HOME)/.cache/rampart
export RAMPART_CACHE

ifeq ($(V),1)
Q :=
else
Q := @
MAKEFLAGS += --no-print-directory
endif

# EXTERNAL= is remembered per output folder, like Buildroot's BR2_EXTERNAL.
ifneq ($(EXTERNAL),)
override EXTERNAL := $(abspath $(EXTERNAL))
$(shell mkdir -p $(O) && echo '$(EXTERNAL)' > $(O)/.external)
else
EXTERNAL := $(shell cat $(O)/.external 2>/dev/null)
endif
export EXTERNAL

VERSION := $(shell git -C $(TOP) describe --always --dirty 2>/dev/null || echo unknown)
HOSTCC := gcc
HOST_CFLAGS := -std=gnu11 -O2 -Wall -Wextra -Werror
GEN := $(O)/host/rampart-gen
KCONFIG_DIR := $(O)/kconfig
KCONFIG_ENV := RAMPART_KCONFIG_DIR=$(KCONFIG_DIR) KCONFIG_CONFIG=$(O)/.config
SVC_FILES := $(sort $(wildcard services/*.svc)) \
	$(if $(EXTERNAL),$(sort $(wildcard $(EXTERNAL)/services/*.svc)))
EXTERNAL_KCONFIG := $(if $(EXTERNAL),$(wildcard $(EXTERNAL)/Kconfig))

# Packages every build needs on the host; the board adds its own.
HOST_PACKAGES := gcc make musl-tools kconfig-frontends cpio gzip xz-utils \
	dpkg-dev busybox-static linux-libc-dev libseccomp-dev binutils fakeroot

# The board comes from the configuration; board.sh is turned into make
# variables once per output folder.
-include $(O)/.config
BOARD := $(patsubst "%",%,$(CONFIG_TARGET_BOARD))
ifneq ($(BOARD),)
BOARD_DIR := $(TOP)/board/$(BOARD)
$(O)/board.mk: $(BOARD_DIR)/board.sh $(O)/.config
	$(Q)mkdir -p $(@D)
	$(Q)( . $(BOARD_DIR)/board.sh; \
	  for v in BOARD_ARCH DEB_ARCH CROSS_COMPILE TARGET_CFLAGS KERNEL_PKG \
	           KERNEL_BOOT QEMU HOST_PACKAGES; do \
	    eval "printf '%s := %s\n' $$v \"\$$$$v\""; done ) > $@.tmp
	$(Q)mv $@.tmp $@
-include $(O)/board.mk
endif
HOST_PACKAGES += $(if $(CONFIG_IMAGE_SQUASHFS),squashfs-tools) \
	$(if $(CONFIG_INIT_ROOT_VERITY),cryptsetup-bin)

# Target toolchain: musl-gcc natively, a musl wrapper around the cross gcc
# otherwise (scripts/mkmusl-cross).
ifeq ($(CROSS_COMPILE),)
TARGET_CC := musl-gcc
TARGET_STRIP := strip
TARGET_OBJCOPY := objcopy
TARGET_AR := ar
TARGET_RANLIB := ranlib
else
TARGET_CC := $(O)/toolchain/musl/bin/musl-gcc
TARGET_STRIP := $(CROSS_COMPILE)strip
TARGET_OBJCOPY := $(CROSS_COMPILE)objcopy
TARGET_AR := $(CROSS_COMPILE)ar
TARGET_RANLIB := $(CROSS_COMPILE)ranlib
endif
LIBCAP := $(O)/toolchain/libcap/libcap.a
INIT_CFLAGS := -std=gnu11 -static -Os -Wall -Wextra -Werror \
	-ffunction-sections -fdata-sections -Wl,--gc-sections \
	-fno-asynchronous-unwind-tables -Wl,--build-id=none -Wl,-z,noseparate-code \
	-DRAMPART_VERSION='"$(VERSION)"' \
	-Iinit -Ilib -I$(O)/generated -I$(O)/toolchain/libcap/include \
	-idirafter $(O)/toolchain/include $(TARGET_CFLAGS)
# Test hooks (init/watchdog.c's INIT_WATCHDOG_TEST_WEDGE, init/testhook.c's
# INIT_TEST_FAIL_STEPS) exist only in PID 1 built for the QEMU test tree:
# those symbols are declared in tests/qemu/Kconfig, and init refuses to
# build with them otherwise.
INIT_CFLAGS += $(if $(filter $(TOP)/tests/qemu,$(EXTERNAL)),-DRAMPART_TEST_HOOKS=1)
INIT_SRCS := $(sort $(wildcard init/*.c lib/*.c))

# programs/*.c of the tree (the image's own helpers, e.g. listen-ready for
# httpd's readiness) and of an external tree (small static helpers or test
# probes): each built with the target toolchain (libcap available) into
# /usr/bin. An external tree's programs/<path>/<name>.c goes to
# /<path>/<name> instead: how a program gets inside a ROOT_DIRECTORY tree
# (programs/srv/jail/usr/bin/app.c).
PROGRAMS := $(sort $(wildcard $(TOP)/programs/*.c)) \
	$(if $(EXTERNAL),$(sort $(wildcard $(EXTERNAL)/programs/*.c)))
PROGRAMS_AT := $(if $(EXTERNAL),$(sort $(patsubst $(EXTERNAL)/programs/%,%, \
	$(shell find $(EXTERNAL)/programs -mindepth 2 -name '*.c' 2>/dev/null))))
PROGRAM_CFLAGS := -std=gnu11 -static -Os -Wall -Wextra -Werror \
	-I$(O)/toolchain/libcap/include -idirafter $(O)/toolchain/include \
	$(TARGET_CFLAGS)
define build_program
	@echo "  CC      $(notdir $(1:.c=)) ($(BOARD_ARCH))"
	$(Q)mkdir -p $(O)/rootfs/usr/bin
	$(Q)$(TARGET_CC) $(PROGRAM_CFLAGS) -o $(O)/rootfs/usr/bin/$(notdir $(1:.c=)) $(1) $(LIBCAP)
	$(Q)$(TARGET_STRIP) $(O)/rootfs/usr/bin/$(notdir $(1:.c=))

endef
define build_program_at
	@echo "  CC      /$(1:.c=) ($(BOARD_ARCH))"
	$(Q)mkdir -p $(dir $(O)/rootfs/$(1))
	$(Q)$(TARGET_CC) $(PROGRAM_CFLAGS) -o $(O)/rootfs/$(1:.c=) $(EXTERNAL)/programs/$(1) $(LIBCAP)
	$(Q)$(TARGET_STRIP) $(O)/rootfs/$(1:.c=)

endef
INIT_HDRS := $(wildcard init/*.h lib/*.h)

# IMAGE_PACKAGES: scripts/image-packages makes $(PKGS_DIR)/root in the
# prepare pass (none when the list is empty); stage-rootfs copies it first.
PKGS_DIR := $(O)/packages

# IMAGE_POST_BUILD_SCRIPT (Buildroot's BR2_ROOTFS_POST_BUILD_SCRIPT): each
# script, a path from the external tree or else from this one, runs on
# the staged tree before the generator reads it.
ext_path = $(if $(filter /%,$(1)),$(1),$(if $(and $(EXTERNAL),$(wildcard $(EXTERNAL)/$(1))),$(EXTERNAL)/$(1),$(TOP)/$(1)))
POST_BUILD_SCRIPTS = $(foreach s,$(subst ",,$(CONFIG_IMAGE_POST_BUILD_SCRIPT)),$(call ext_path,$(s)))
# IMAGE_USERS_TABLES, IMAGE_PERMISSIONS_TABLES (Buildroot's makeusers and
# makedevs formats): users merged before the post-build scripts, owners
# and modes after them; mkinitramfs puts the owners in the archive.
USERS_TABLES = $(foreach s,$(subst ",,$(CONFIG_IMAGE_USERS_TABLES)),$(call ext_path,$(s)))
PERMS_TABLES = $(foreach s,$(subst ",,$(CONFIG_IMAGE_PERMISSIONS_TABLES)),$(call ext_path,$(s)))
# IMAGE_POST_IMAGE_SCRIPT (BR2_ROOTFS_POST_IMAGE_SCRIPT): the same, after
# the images are written, with the images folder as $1.
POST_IMAGE_SCRIPTS = $(foreach s,$(subst ",,$(CONFIG_IMAGE_POST_IMAGE_SCRIPT)),$(call ext_path,$(s)))
# run_hook OPTION,SCRIPT,ARG: one script of a hook option, Buildroot's
# environment given, its failure a build error naming it.
define run_hook
	@echo "  HOOK    $(2)"
	$(Q)test -f $(2) && test -x $(2) || { echo "make: error: $(1): $(2) is not an executable file" >&2; exit 1; }
	$(Q)mkdir -p $(IMAGES) && cd $(TOP) && env TARGET_DIR=$(O)/rootfs BINARIES_DIR=$(IMAGES) \
		BR2_CONFIG=$(O)/.config RAMPART_CONFIG=$(O)/.config RAMPART_TOP=$(TOP) \
		EXTERNAL=$(EXTERNAL) RAMPART_DEB_ARCH=$(DEB_ARCH) \
		RAMPART_MULTIARCH=$$(dpkg-architecture -a $(DEB_ARCH) -qDEB_HOST_MULTIARCH 2>/dev/null) \
		$(2) $(3) || { echo "make: error: $(1): $(2) failed (status $$?)" >&2; exit 1; }

endef

OVERLAYS := $(TOP)/rootfs-overlay $(wildcard $(BOARD_DIR)/rootfs-overlay) \
	$(if $(EXTERNAL),$(wildcard $(EXTERNAL)/rootfs-overlay))
# The unpacked target packages (kernel and its modules, busybox, musl,
# libcap's source): one tree per Debian architecture, shared by every
# output folder (the test tiers build a dozen images per target), beside
# the downloads. fetch-deb unpacks under its per-architecture lock, into a
# temporary folder renamed into place; the builds only read it.
TARGET_DIR = $(RAMPART_CACHE)/target/$(DEB_ARCH)
KERNEL_DIR = $(TARGET_DIR)/$(shell cat $(TARGET_DIR)/$(KERNEL_PKG).resolved 2>/dev/null)
BUSYBOX_BIN := $(TARGET_DIR)/busybox-static/bin/busybox
IMAGES := $(O)/images

.PHONY: all deps build prepare rootfs image run boot check bench clean distclean svc-accept \
	menuconfig nconfig olddefconfig savedefconfig defconfig help policy FORCE

all: build

help:
	@sed -n '3,17p' Makefile | sed 's/^# \{0,1\}//'

deps:
	$(Q)$(TOP)/scripts/install-deps $(HOST_PACKAGES)

# ---------------------------------------------------------------- Kconfig

$(GEN): $(wildcard scripts/gen/*.c scripts/gen/*.h lib/*.c lib/*.h)
	@echo "  HOSTCC  $(notdir $@)"
	$(Q)mkdir -p $(@D)
	$(Q)$(HOSTCC) $(HOST_CFLAGS) -Ilib -o $@ $(filter %.c,$^) -lseccomp

# The expanded service menus are regenerated whenever a .svc file or the set
# of files changes (the list is part of the stamp).
$(KCONFIG_DIR)/services.in: $(GEN) $(SVC_FILES) $(EXTERNAL_KCONFIG) FORCE
	$(Q)mkdir -p $(@D)
	$(Q){ $(GEN) kconfig $(SVC_FILES) && \
	  $(if $(EXTERNAL_KCONFIG),printf 'source "%s"\n' '$(EXTERNAL_KCONFIG)',true); } > $@.tmp
	$(Q)if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; fi

# The .svc defaults .config was last made or reconciled with: a .svc file
# edited later changes the values nobody set, and stops the build for the
# ones someone did (scripts/svc-defaults; `make svc-accept` takes .config
# as it is then).
SVC_SNAPSHOT = $(O)/.svc-defaults
SVC_RECORD = $(TOP)/scripts/svc-defaults record $(KCONFIG_DIR)/services.in $(SVC_SNAPSHOT)

KCONF = $(KCONFIG_ENV) kconfig-conf
# kconfig-conf reading a file written by hand: a value it would not take as
# written (a bool other than y or n, a number with a leading zero, ...) is
# an error and leaves $(O)/.config as it was (scripts/gen/kconf).
# $(KCONF_CHECKED) INPUT KCONFIG-CONF-OPTION Kconfig
KCONF_CHECKED = $(KCONFIG_ENV) $(TOP)/scripts/gen/kconf $(GEN) $(O)/.config

%_defconfig: deps $(KCONFIG_DIR)/services.in FORCE
	$(Q)f=$(if $(EXTERNAL),$$(ls $(EXTERNAL)/configs/$@ 2>/dev/null)); \
	  f=$${f:-configs/$@}; \
	  test -f "$$f" || { echo "make: error: no defconfig $@ in configs/$(if $(EXTERNAL), or $(EXTERNAL)/configs/)" >&2; exit 1; }; \
	  $(KCONF_CHECKED) "$$f" --defconfig="$$f" Kconfig && echo "  CONFIG  $(O)/.config from $$f"
	$(Q)$(SVC_RECORD)

defconfig: deps $(KCONFIG_DIR)/services.in
	$(Q)test -n "$(DEFCONFIG)" || { echo "make: error: give the file: make DEFCONFIG=path/to/defconfig defconfig" >&2; exit 1; }
	$(Q)cat $(DEFCONFIG) > $(O)/defconfig.merged
	$(Q)$(KCONF_CHECKED) $(DEFCONFIG) --defconfig=$(O)/defconfig.merged Kconfig && echo "  CONFIG  $(O)/.config from $(DEFCONFIG)"
	$(Q)$(SVC_RECORD)

# The editors and savedefconfig would load a bad value as its default and
# save that: a .config is checked first.
CHECK_DOT_CONFIG = test ! -f $(O)/.config || \
	$(KCONF_CHECKED) $(O)/.config --olddefconfig Kconfig

menuconfig: deps $(KCONFIG_DIR)/services.in
	$(Q)$(CHECK_DOT_CONFIG)
	$(Q)$(KCONFIG_ENV) kconfig-mconf Kconfig

nconfig: deps $(KCONFIG_DIR)/services.in
	$(Q)$(CHECK_DOT_CONFIG)
	$(Q)$(KCONFIG_ENV) kconfig-nconf Kconfig

olddefconfig: deps $(KCONFIG_DIR)/services.in
	$(Q)$(KCONF_CHECKED) $(O)/.config --olddefconfig Kconfig

# After a stop for a .svc default that changed under a value someone set:
# .config as it is now is what is wanted.
svc-accept: $(KCONFIG_DIR)/services.in
	$(Q)$(SVC_RECORD)
	@echo "  SVC     $(SVC_SNAPSHOT): .config's values accepted against the .svc files as they are"

savedefconfig: deps $(KCONFIG_DIR)/services.in
	$(Q)$(CHECK_DOT_CONFIG)
	$(Q)$(KCONF) --savedefconfig=$(O)/defconfig Kconfig >/dev/null
	@echo "  SAVE    $(O)/defconfig"

# ---------------------------------------------------------------- build
# Three passes, each a sub-make, so that every pass sees the files the
# previous one wrote: prepare (packages, toolchain), rootfs (stage, generate,
# compile init), image (cpio, kernel).

# Without a configuration, the default one is used (the quick start).
DEFAULT_DEFCONFIG := qemu_x86_64_defconfig

build: deps
	$(Q)$(MAKE) $(KCONFIG_DIR)/services.in
	$(Q)test -f $(O)/.config || { \
	  echo "  CONFIG  none in $(O) yet: using configs/$(DEFAULT_DEFCONFIG)"; \
	  $(MAKE) $(DEFAULT_DEFCONFIG); }
	$(Q)$(TOP)/scripts/svc-defaults apply $(KCONFIG_DIR)/services.in $(O)/.config $(SVC_SNAPSHOT)
	$(Q)$(KCONF_CHECKED) $(O)/.config --olddefconfig Kconfig
	$(Q)$(SVC_RECORD)
	$(Q)$(MAKE) prepare
	$(Q)$(MAKE) rootfs
	$(Q)$(MAKE) image

prepare: $(O)/board.mk
	$(Q)$(TOP)/scripts/install-deps $(HOST_PACKAGES)
	$(Q)$(TOP)/scripts/fetch-deb --arch $(DEB_ARCH) --dest $(TARGET_DIR) \
		$(KERNEL_PKG) busybox-static $(if $(CROSS_COMPILE),musl-dev)
	$(Q)$(TOP)/scripts/fetch-deb --source libcap2 --dest $(TARGET_DIR)/src
	$(Q)$(TOP)/scripts/image-packages --arch $(DEB_ARCH) --out $(PKGS_DIR) --config $(O)/.config
	$(Q)$(TOP)/scripts/mkheaders --arch $(BOARD_ARCH) --out $(O)/toolchain
	$(Q)$(if $(CROSS_COMPILE),$(TOP)/scripts/mkmusl-cross --musl $(TARGET_DIR)/musl-dev \
		--cross $(CROSS_COMPILE) --out $(O)/toolchain/musl,true)
	$(Q)$(TOP)/scripts/build-libcap --src $(TARGET_DIR)/src/libcap2 \
		--cc "$(TARGET_CC)" --cflags "$(TARGET_CFLAGS)" --ar $(TARGET_AR) \
		--ranlib $(TARGET_RANLIB) --out $(O)/toolchain/libcap

rootfs: $(O)/board.mk $(GEN)
	$(Q)$(TOP)/scripts/stage-rootfs --out $(O)/rootfs \
		$(if $(wildcard $(PKGS_DIR)/root),--packages $(PKGS_DIR)/root) \
		$(foreach d,$(OVERLAYS),--overlay $(d)) \
		$(if $(CONFIG_IMAGE_BUSYBOX),--busybox $(BUSYBOX_BIN)) \
		--kernel-dir $(KERNEL_DIR) --modules "$(subst ",,$(CONFIG_INIT_MODULES))" \
		--modules-list $(O)/generated/modules.list
	$(Q)$(foreach p,$(PROGRAMS),$(call build_program,$(p)))
	$(Q)$(foreach p,$(PROGRAMS_AT),$(call build_program_at,$(p)))
	$(Q)$(TOP)/scripts/image-users --root $(O)/rootfs --users $(USERS_TABLES)
	$(Q)$(foreach s,$(POST_BUILD_SCRIPTS),$(call run_hook,IMAGE_POST_BUILD_SCRIPT,$(s),$(O)/rootfs))
	$(Q)$(if $(subst ",,$(CONFIG_IMAGE_CREDSTORE)),$(TOP)/scripts/image-credstore --root $(O)/rootfs \
		$(call ext_path,$(subst ",,$(CONFIG_IMAGE_CREDSTORE))))
	$(Q)$(TOP)/scripts/image-users --root $(O)/rootfs --owners $(O)/rootfs.owners \
		$(foreach t,$(PERMS_TABLES),--perms $(t))
	@# ROOT_DIRECTORY_POPULATE: the jails filled from the finished tree,
	@# hard-linked (scripts/populate), before the generator checks them.
	$(Q)$(TOP)/scripts/populate --gen $(GEN) --config $(O)/.config --root $(O)/rootfs \
		--multiarch $$(dpkg-architecture -a $(DEB_ARCH) -qDEB_HOST_MULTIARCH 2>/dev/null)
	@# The target's errno and O_* numbers, from its own headers: the
	@# generator runs on the host, whose numbers may differ (mipsel).
	$(Q)$(GEN) abi-source > $(O)/toolchain/abi.c
	$(Q)$(TARGET_CC) -std=gnu11 -idirafter $(O)/toolchain/include \
		-S -o $(O)/toolchain/abi.s $(O)/toolchain/abi.c
	@echo "  GEN     $(O)/generated"
	$(Q)$(GEN) table --config $(O)/.config --rootfs $(O)/rootfs \
		--modules $(O)/generated/modules.list --out $(O)/generated \
		--capabilities $(O)/toolchain/libcap/cap_names.list.h \
		--abi $(O)/toolchain/abi.s \
		$(if $(wildcard $(KERNEL_DIR)/boot/config-*),--kernel-config $(firstword $(wildcard $(KERNEL_DIR)/boot/config-*)))
	@# DYNAMIC_USER: the users the generator made, into the image (the
	@# tree was staged afresh above, so they are added once; a new file,
	@# never written through a link into a source tree).
	$(Q)for f in passwd group; do \
	  if [ -s $(O)/generated/dynamic-users.$$f ]; then \
	    mkdir -p $(O)/rootfs/etc && \
	    cat $$( [ -e $(O)/rootfs/etc/$$f ] && echo $(O)/rootfs/etc/$$f) \
	      $(O)/generated/dynamic-users.$$f > $(O)/rootfs/etc/$$f.new && \
	    chmod 0644 $(O)/rootfs/etc/$$f.new && \
	    mv $(O)/rootfs/etc/$$f.new $(O)/rootfs/etc/$$f || exit 1; \
	  fi; done
	@# The image's /init has no INIT_ROOT_VERITY root hash: the image
	@# pass links the initramfs's with it (scripts/mkverity).
	$(Q)$(TOP)/scripts/mkverity --none $(O)/generated/verity.c
	$(Q)$(MAKE) $(O)/init
	$(Q)install -m 0755 $(O)/init $(O)/rootfs/init
	$(Q)$(if $(filter y,$(CONFIG_INIT_CONTROL)), \
	  $(MAKE) $(O)/rampartctl && \
	  install -D -m 0755 $(O)/rampartctl $(O)/rootfs/usr/bin/rampartctl, \
	  rm -f $(O)/rootfs/usr/bin/rampartctl)

$(O)/init: $(INIT_SRCS) $(INIT_HDRS) $(O)/generated/services.c \
		$(O)/generated/config.h $(O)/generated/test_faults.c $(O)/generated/rootfs.c $(O)/generated/verity.c $(LIBCAP)
	@echo "  CC      init ($(BOARD_ARCH))"
	$(Q)$(TARGET_CC) $(INIT_CFLAGS) -o $@.unstripped $(INIT_SRCS) \
		$(O)/generated/services.c $(O)/generated/test_faults.c $(O)/generated/rootfs.c \
		$(O)/generated/verity.c $(LIBCAP)
	$(Q)$(TARGET_STRIP) -o $@ $@.unstripped
	@# The readable policy rides along in a section that is never loaded:
	@# scripts/policy prints it from any built init.
	$(Q)$(TARGET_OBJCOPY) --add-section .rampart_policy=$(O)/generated/services.txt \
		--set-section-flags .rampart_policy=noload,readonly $@
	@echo "  INIT    $@ ($$(stat -c %s $@) bytes stripped)"

# INIT_CONTROL's client: a program of its own, with stdio (PID 1 has none).
CTL_SRCS := ctl/rampartctl.c lib/ctlproto.c lib/ctlargs.c lib/parse.c
$(O)/rampartctl: $(CTL_SRCS) $(wildcard lib/*.h)
	@echo "  CC      rampartctl ($(BOARD_ARCH))"
	$(Q)$(TARGET_CC) -std=gnu11 -static -Os -Wall -Wextra -Werror \
		-ffunction-sections -fdata-sections -Wl,--gc-sections \
		-fno-asynchronous-unwind-tables -Wl,--build-id=none \
		-Ilib -idirafter $(O)/toolchain/include $(TARGET_CFLAGS) \
		-o $@ $(CTL_SRCS)
	$(Q)$(TARGET_STRIP) $@
	@echo "  CTL     $@ ($$(stat -c %s $@) bytes stripped)"

# INIT_ROOT: the initramfs holds only what stage 1 needs to reach the
# root (/init, the kernel modules); the whole tree is in the squashfs.
INITRAMFS_TREE = $(if $(subst ",,$(CONFIG_INIT_ROOT)),$(O)/initramfs-root,$(O)/rootfs)

image: $(O)/board.mk
	$(Q)mkdir -p $(IMAGES)
	$(Q)$(if $(CONFIG_IMAGE_SQUASHFS),$(TOP)/scripts/mksquashfs \
		$(if $(wildcard $(O)/rootfs.owners),--owners $(O)/rootfs.owners) \
		$(if $(subst ",,$(CONFIG_INIT_ROOT)),--without etc/credstore) \
		--comp $(subst ",,$(CONFIG_IMAGE_SQUASHFS_COMPRESSION)) \
		$(O)/rootfs $(IMAGES)/rootfs.squashfs,rm -f $(IMAGES)/rootfs.squashfs)
	@# INIT_ROOT_VERITY: the hash tree after the squashfs, its root hash
	@# into the initramfs's /init (linked again).
	$(Q)$(if $(CONFIG_INIT_ROOT_VERITY),$(TOP)/scripts/mkverity $(IMAGES)/rootfs.squashfs \
		$(O)/generated/verity.c $(IMAGES)/rootfs.roothash && $(MAKE) $(O)/init,rm -f $(IMAGES)/rootfs.roothash)
	$(Q)$(if $(subst ",,$(CONFIG_INIT_ROOT)),rm -rf $(O)/initramfs-root && \
	  mkdir -p $(O)/initramfs-root/dev $(O)/initramfs-root/proc $(O)/initramfs-root/sys $(O)/initramfs-root/run && \
	  cp -a $(O)/init $(O)/initramfs-root/init && chmod 0755 $(O)/initramfs-root/init && \
	  { [ ! -d $(O)/rootfs/lib/modules ] || { mkdir -p $(O)/initramfs-root/lib && \
	    cp -a $(O)/rootfs/lib/modules $(O)/initramfs-root/lib/; }; } && \
	  { [ ! -d $(O)/rootfs/etc/credstore ] || { mkdir -p $(O)/initramfs-root/etc && \
	    cp -a $(O)/rootfs/etc/credstore $(O)/initramfs-root/etc/; }; },true)
	$(Q)$(TOP)/scripts/mkinitramfs \
		$(if $(and $(wildcard $(O)/rootfs.owners),$(filter $(O)/rootfs,$(INITRAMFS_TREE))),--owners $(O)/rootfs.owners) \
		--list $(IMAGES)/initramfs.list $(INITRAMFS_TREE) $(IMAGES)/initramfs.cpio.gz
	@# The kernel as QEMU boots it, made once in the shared package tree
	@# (extract-vmlinux writes a temporary file and renames it) and
	@# linked, not copied, into the image folder where it can be.
	$(Q)k=$(KERNEL_DIR)/boot/vmlinuz-*; \
	  if [ "$(KERNEL_BOOT)" = vmlinux ]; then \
	    $(TOP)/scripts/extract-vmlinux $$k $(KERNEL_DIR)/boot/rampart-vmlinux && \
	    k=$(KERNEL_DIR)/boot/rampart-vmlinux; \
	  fi && \
	  { ln -f $$k $(IMAGES)/kernel 2>/dev/null || cp $$k $(IMAGES)/kernel; }
	$(Q)$(foreach s,$(POST_IMAGE_SCRIPTS),$(call run_hook,IMAGE_POST_IMAGE_SCRIPT,$(s),$(IMAGES)))

# ---------------------------------------------------------------- run, test

run: build
	$(Q)$(MAKE) boot

# Boot what is built, without rebuilding (a sub-make of run, so that a
# configuration made by this very invocation is read).
boot:
	$(Q)$(TOP)/scripts/qemu-run --board $(BOARD_DIR) --kernel $(IMAGES)/kernel \
		--initrd $(IMAGES)/initramfs.cpio.gz \
		--append "$(patsubst "%",%,$(CONFIG_TARGET_CMDLINE_EXTRA))" \
		$(if $(CONFIG_INIT_EXIT_STATUS),--exit-device)

# The policy a built init carries (scripts/policy works on any init file).
policy:
	$(Q)test -f $(O)/init || { echo "make: error: no $(O)/init: run make first" >&2; exit 1; }
	$(Q)$(TOP)/scripts/policy $(if $(filter y,$(BPF)),--bpf $(O)/generated/seccomp.txt) $(O)/init

check: deps
	$(Q)$(TOP)/tests/run --out $(O)/tests

# Figures, no pass/fail (docs/performance.md). make bench: every
# bench/ script in one run, each with its output folder below
# $(O)/bench, its table appended to $(O)/bench/results.md; then bench/aims
# judges issue 22's aims from this run's spawn and latency figures. No
# terminal needed (stdin is /dev/null). BENCH_FLAGS_<name> (a dash as _)
# adds arguments to one script, e.g. BENCH_FLAGS_scaling='--breakdown 0'
# for a shorter run; they are written above its table. A script that
# fails stops with its reason; the rest still run; make fails at the end.
BENCHES := spawn latency size memory scaling boot-time readiness
bench: deps
	$(Q)mkdir -p $(O)/bench && : > $(O)/bench/results.md
	$(Q)failed=; i=0; n=$(words $(BENCHES) aims); \
	one() { \
	  b=$$1; shift; i=$$((i + 1)); \
	  echo "bench: ---- $$b ($$i of $$n) $$(date -u +%H:%M:%S) UTC, load average $$(cut -d' ' -f1-3 /proc/loadavg)$${1:+, flags: $$*}" >&2; \
	  $(TOP)/bench/$$b --out $(O)/bench/$$b "$$@" > $(O)/bench/$$b.md < /dev/null || failed="$$failed $$b"; \
	  { echo; echo "## $$b"; [ $$# -eq 0 ] || echo "(bench/$$b $$*)"; cat $(O)/bench/$$b.md; } | tee -a $(O)/bench/results.md; \
	}; \
	$(foreach b,$(BENCHES) aims,one $(b) $(BENCH_FLAGS_$(subst -,_,$(b)));) \
	echo "bench: ---- done $$(date -u +%H:%M:%S) UTC, load average $$(cut -d' ' -f1-3 /proc/loadavg); tables in $(O)/bench/results.md" >&2; \
	[ -z "$$failed" ] || { echo "bench: failed:$$failed (their errors above; no figure of theirs counts)" >&2; exit 1; }

clean:
	$(Q)rm -rf $(O)/host $(O)/kconfig $(O)/generated $(O)/rootfs $(O)/images \
		$(O)/init $(O)/init.unstripped $(O)/board.mk $(O)/tests \
		$(O)/packages $(O)/rootfs.owners $(O)/image-users.homes $(O)/initramfs-root

distclean:
	$(Q)rm -rf $(O)

FORCE:
