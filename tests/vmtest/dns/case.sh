# tests/vmtest/dns/case.sh - the vmtest tier's DNS case (sourced by
# tests/vmtest/run, after tests/lib.sh; uses its $top, $out, $vmtest,
# free_ports and http_get, and $out/dnsq built from dnsq.c).
#
# dns_case TARGET: an image of its own with IMAGE_PACKAGES="dnsmasq-base"
# (the libraries found by the ELF walk), dnsmasq as a service (dns.svc)
# in a ROOT_DIRECTORY that post-build (IMAGE_POST_BUILD_SCRIPT) makes
# from the image's files with elf-closure, as its own user with
# CAP_NET_BIND_SERVICE only; vmcase serves a page meanwhile (eth0 up).
# From the host, through QEMU_FWD's udp forward on 127.0.0.1: the
# answer for a local name and for an address rule, NXDOMAIN for an
# unknown local name; dnsmasq's own log names each query. Then the same
# build again gives the same image bytes.
# shellcheck shell=bash
dns_case() {
	local t=$1 o=$out/$1-dns log=$out/$1-dns.log hp hd pid got ans status sum1 sum2
	local token="vmdns-$t-$RANDOM$RANDOM"
	read -r hp hd <<<"$(free_ports 2 | tr '\n' ' ')"
	step "$t: Debian's dnsmasq (IMAGE_PACKAGES) in a jail, asked from the host through a udp forward"
	QEMU_FWD="tcp:$hp-:80 udp:$hd-:53" "$vmtest" --target "$t" --out "$o" --timeout 240 \
		--append "vmcase=serve:80:$token" --service "$top/tests/vmtest/dns/dns.svc" \
		--config 'CONFIG_IMAGE_PACKAGES="dnsmasq-base"' \
		--config "CONFIG_IMAGE_USERS_TABLES=\"$top/tests/vmtest/dns/users.table\"" \
		--config "CONFIG_IMAGE_PERMISSIONS_TABLES=\"$top/tests/vmtest/dns/perms.table\"" \
		--config "CONFIG_IMAGE_POST_BUILD_SCRIPT=\"$top/tests/vmtest/dns/post-build\"" \
		--config "CONFIG_IMAGE_POST_IMAGE_SCRIPT=\"$top/tests/vmtest/dns/post-image\"" \
		--file "$top/tests/vmtest/vmcase:/usr/bin/vmcase" -- /usr/bin/vmcase >"$log" 2>&1 &
	pid=$!
	got=''
	while kill -0 "$pid" 2>/dev/null; do
		got=$(http_get 127.0.0.1 "$hp" /token.txt)
		[ "$got" != "$token" ] || break
		sleep 0.5
	done
	expect_eq "$t-dns-guest-up" "$token" "$got"
	if [ "$got" = "$token" ]; then
		# dnsmasq may start after eth0 is up: a few tries.
		ans=''
		for _ in $(seq 40); do
			ans=$("$out/dnsq" "$hd" router.lan) && break
			sleep 0.5
		done
		expect_eq "$t-dns-answer-local-name-from-host" "rcode 0,a 10.0.2.15" "$(echo "$ans" | paste -sd,)"
		expect_eq "$t-dns-answer-address-rule" "rcode 0,a 192.0.2.53" \
			"$("$out/dnsq" "$hd" probe.lan | paste -sd,)"
		expect_eq "$t-dns-unknown-local-name-nxdomain" "rcode 3" \
			"$("$out/dnsq" "$hd" nosuch.lan | paste -sd,)"
		http_get 127.0.0.1 "$hp" /done >/dev/null
	fi
	wait "$pid"
	status=$?
	expect_eq "$t-dns-command-status" 0 "$status"
	if [ ! -f "$o/images/initramfs.cpio.gz" ]; then
		fail "$t-dns-image-builds" "an image" "none (see $o/build.log)"
		return
	fi
	# IMAGE_POST_IMAGE_SCRIPT ran after the images were complete: its
	# checksums are those of the files that booted
	expect_eq "$t-post-image-checksums" "initramfs.cpio.gz: OK,kernel: OK" \
		"$(cd "$o/images" && sha256sum -c SHA256SUMS 2>&1 | paste -sd,)"
	# dnsmasq's log (its stderr, forwarded by PID 1): the queries reached
	# it, in the guest, from QEMU's host address.
	check_line "$t-dns-dnsmasq-logged-the-query" "dns\[[0-9]+\]: .*query\[A\] router\.lan from 10\.0\.2\.2" "$o/console.log"
	check_line "$t-dns-started" "^rampart: dns: started pid" "$o/console.log"
	if grep -qE '^rampart: dns: (sandbox failed|exited|killed)' "$o/console.log"; then
		fail "$t-dns-ran-once-jailed" "no failed start, no exit" "$(grep -E '^rampart: dns: ' "$o/console.log" | head -n 3)"
	else
		pass "$t-dns-ran-once-jailed"
	fi
	# The build: libraries only from the ELF walk, links relative, the
	# jail's loader link working inside it.
	check_line "$t-dns-manifest-dnsmasq-whole" "^dnsmasq-base	.*	whole$" "$o/packages/manifest"
	check_line "$t-dns-manifest-libsystemd-via-libdbus" "^libsystemd0	.*	libs: " "$o/packages/manifest"
	expect_eq "$t-dns-no-absolute-link-in-packages" "" \
		"$(cd "$o/packages/root" && find . -type l -lname '/*' | head -n 3)"
	expect_eq "$t-dns-jail-closure-complete" "" \
		"$("$top/scripts/elf-closure" --root "$o/rootfs/srv/dns" \
			--multiarch "$(dpkg-architecture -a "$(sed -n 's/^DEB_ARCH := //p' "$o/board.mk")" -qDEB_HOST_MULTIARCH 2>/dev/null)" \
			/usr/sbin/dnsmasq 2>&1 | grep -v '^found' | head -n 3)"
	expect_eq "$t-dns-no-docs" "" "$(cd "$o/rootfs" && ls -d usr/share/doc usr/share/man usr/share/locale 2>/dev/null)"
	# The jail: its own passwd (the service's user only), its files hard
	# links to the image's (stored once).
	expect_eq "$t-dns-jail-passwd-own-user-only" "dnsmasq" "$(cut -d: -f1 "$o/rootfs/srv/dns/etc/passwd" | paste -sd,)"
	expect_eq "$t-dns-jail-hard-links" "$(stat -c %i "$o/rootfs/usr/sbin/dnsmasq")" "$(stat -c %i "$o/rootfs/srv/dns/usr/sbin/dnsmasq")"
	# The users table merged (the tree's users kept), and the owner of the
	# config in the archive (dnsmasq reads it only through its group).
	expect_eq "$t-dns-users-table-merged" "root:x:0:0:root:/root:/bin/sh,dnsmasq:x:101:101:DNS server:/:/bin/false" \
		"$(grep -E '^(root|dnsmasq):' "$o/rootfs/etc/passwd" | paste -sd,)"
	expect_eq "$t-dns-config-owner-in-image" "-rw-r----- 0 101" \
		"$(gzip -dc "$o/images/initramfs.cpio.gz" | cpio -itv --numeric-uid-gid --quiet 2>/dev/null |
			awk '$NF == "srv/dns/etc/dnsmasq.conf" { print $1, $3, $4 }')"
	expect_eq "$t-dns-other-files-root" "0 0" \
		"$(gzip -dc "$o/images/initramfs.cpio.gz" | cpio -itv --numeric-uid-gid --quiet 2>/dev/null |
			awk '$NF == "srv/dns/etc/passwd" { print $3, $4 }')"
	# Reproducible: the packages, the tree and the image again from
	# scratch give the same bytes.
	sum1=$(sha256sum <"$o/images/initramfs.cpio.gz")
	rm -rf "$o/packages" "$o/rootfs" "$o/images"
	if make -C "$top" O="$o" build >"$o/rebuild.log" 2>&1; then
		sum2=$(sha256sum <"$o/images/initramfs.cpio.gz")
		expect_eq "$t-dns-two-builds-same-bytes" "$sum1" "$sum2"
	else
		fail "$t-dns-two-builds-same-bytes" "a second build" "a failure (see $o/rebuild.log)"
	fi
}

# dns_build_errors TARGET: in the DNS case's folder, builds that must
# stop, naming what is wrong: a post-build script that fails, one that is
# no executable file, a package the archive does not have.
dns_build_errors() {
	local t=$1 o=$out/$1-dns log
	step "$t: IMAGE_POST_BUILD_SCRIPT and IMAGE_PACKAGES errors stop the build"
	log=$out/$t-dns-hook-fails.log
	"$vmtest" --target "$t" --out "$o" --config 'CONFIG_IMAGE_POST_BUILD_SCRIPT="/bin/false"' \
		-- /bin/true >"$log" 2>&1
	expect_eq "$t-post-build-fails-status" 125 "$?"
	check_line "$t-post-build-fails-named" '^make: error: IMAGE_POST_BUILD_SCRIPT: /bin/false failed \(status 1\)$' "$o/build.log"
	log=$out/$t-dns-hook-not-exec.log
	"$vmtest" --target "$t" --out "$o" \
		--config "CONFIG_IMAGE_POST_BUILD_SCRIPT=\"$top/tests/vmtest/dns/dns.svc\"" \
		-- /bin/true >"$log" 2>&1
	expect_eq "$t-post-build-not-executable-status" 125 "$?"
	check_line "$t-post-build-not-executable-named" "^make: error: IMAGE_POST_BUILD_SCRIPT: $top/tests/vmtest/dns/dns.svc is not an executable file\$" "$o/build.log"
	log=$out/$t-dns-post-image-fails.log
	"$vmtest" --target "$t" --out "$o" --config 'CONFIG_IMAGE_POST_IMAGE_SCRIPT="/bin/false"' \
		-- /bin/true >"$log" 2>&1
	expect_eq "$t-post-image-fails-status" 125 "$?"
	check_line "$t-post-image-fails-named" '^make: error: IMAGE_POST_IMAGE_SCRIPT: /bin/false failed \(status 1\)$' "$o/build.log"
	log=$out/$t-dns-no-package.log
	"$vmtest" --target "$t" --out "$o" --config 'CONFIG_IMAGE_PACKAGES="dnsmasq-base rampart-no-such-package"' \
		-- /bin/true >"$log" 2>&1
	expect_eq "$t-package-unknown-status" 125 "$?"
	check_line "$t-package-unknown-named" "^image-packages: error: IMAGE_PACKAGES=\"dnsmasq-base rampart-no-such-package\": no package 'rampart-no-such-package' for " "$o/build.log"
}
