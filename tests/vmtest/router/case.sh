# tests/vmtest/router/case.sh - the vmtest tier's router case (sourced by
# tests/vmtest/run, after tests/lib.sh; uses its $top, $out, free_ports,
# and $out/dnsq built from tests/vmtest/dns/dnsq.c).
#
# router_case TARGET: the example external tree examples/router built as a
# vendor builds it (make EXTERNAL=examples/router with its
# router_<target>_defconfig, plus one line: the admin key this test
# makes), booted once with QEMU's user network (wan, ports forwarded on
# 127.0.0.1) and a second NIC (lan) on QEMU's socket backend, whose other
# end is the host's dhcpc. Everything is checked from outside the VM, in
# that one boot:
#   DNS: a local name, a name the DHCP client gave, NXDOMAIN for an
#     unknown local name (udp forward to the guest's 53);
#   DHCP: a lease on lan, with the router and DNS options;
#   ssh: admin logs in with the test's key, the host key checked against
#     the one dropbearkey printed on the console at its first start; the
#     command reports its own uid, capabilities, NoNewPrivs, seccomp,
#     that /etc is read-only (and its private /tmp writable: the
#     control), that it is in the jail, and the guest's listening
#     sockets (/proc/net): exactly TCP 53, 2222 and UDP 53, 67;
#     root, and a key the image does not know, are refused;
#   ports: guest ports nobody should serve give nothing through their
#     forwards; the ssh port gives dropbear's banner;
#   the image: no console shell, each service started once and never
#     failed, its size, and the time to all services ready.
# shellcheck shell=bash

# router_probe PORT: what a TCP connection to 127.0.0.1:PORT gives within
# 5 s: "banner LINE" (the first line), "closed" (closed without a byte:
# through a forward, the guest refused it), "silent" (still open, no
# byte), or "refused" (nothing listens on the host).
router_probe() {
	timeout 6 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0" || { echo refused; exit; }
		l=$(timeout 5 head -c 200 <&3; echo "rc=$?")
		case $l in
		rc=0) echo closed ;;
		rc=124) echo silent ;;
		*) printf "banner %s\n" "$(printf "%s" "${l%rc=*}" | head -n 1 | tr -d "\r")" ;;
		esac' "$1" 2>/dev/null
}

router_case() {
	local t=$1 o log hs hd hm hq pid i t0 got ans kh lease addr probe p want nic
	local -a closed
	o=$out/$t-router
	log=$o/console.log
	step "$t: the router example (examples/router): DNS, DHCP, ssh and ports, from outside the VM"
	"$top/scripts/install-deps" openssh-client >"$out/router-deps.log" 2>&1 ||
		fail "router-host-ssh-client" "openssh-client installed" "$(tail -n 2 "$out/router-deps.log")"
	if [ ! -x "$out/dhcpc" ]; then
		gcc -O2 -Wall -Wextra -Werror -o "$out/dhcpc" "$top/tests/vmtest/router/dhcpc.c" 2>"$out/dhcpc.log" ||
			fail "router-dhcp-client-builds" "dhcpc built" "$(head -n 3 "$out/dhcpc.log")"
	fi
	rm -rf "$o"
	mkdir -p "$o"
	ssh-keygen -q -t ed25519 -N '' -C "router-test-$t" -f "$o/admin_key" &&
		ssh-keygen -q -t ed25519 -N '' -C stranger -f "$o/stranger_key" ||
		{ fail "$t-router-test-keys" "two keys" "ssh-keygen failed"; return; }
	{ cat "$top/examples/router/configs/router_${t}_defconfig"
	  echo "CONFIG_ROUTER_ADMIN_AUTHORIZED_KEYS=\"$o/admin_key.pub\""; } >"$o/test_defconfig"
	if ! make -C "$top" O="$o" EXTERNAL="$top/examples/router" DEFCONFIG="$o/test_defconfig" defconfig >"$o/build.log" 2>&1 ||
		! make -C "$top" O="$o" build >>"$o/build.log" 2>&1; then
		fail "$t-router-builds" "an image" "a build error (see $o/build.log): $(grep -m1 -E 'error' "$o/build.log")"
		return
	fi
	pass "$t-router-builds"
	# The production configuration: no console shell, the exposure
	# ceilings of the .svc files in force.
	expect_eq "$t-router-no-console-shell" "" "$(grep -E '^CONFIG_SVC_SHELL=y' "$o/.config")"
	expect_eq "$t-router-exposure-ceilings" "SVC_DNS 2.0,SVC_NET 2.2,SVC_SSH 1.7" \
		"$(sed -n 's/^CONFIG_\(SVC_[A-Z]*\)_MAX_EXPOSURE="\(.*\)"$/\1 \2/p' "$o/.config" | sort | paste -sd,)"
	grep -E '^  EXPOSE ' "$o/build.log" | sed "s/^ */$t-router: /"
	echo "$t-router: image $(stat -c %s "$o/images/initramfs.cpio.gz") bytes (initramfs.cpio.gz), init $(stat -c %s "$o/init") bytes"

	read -r hs hd hm hq <<<"$(free_ports 4 | tr '\n' ' ')"
	mapfile -t closed < <(free_ports 20 | grep -vxE "$hs|$hd|$hm|$hq" | head -n 6)
	# guest ports nobody serves: telnet, ssh's usual 22, http(s), 8080, dns over tls
	local guest_closed=(23 22 80 443 8080 853) fwd="tcp:$hs-:2222 udp:$hd-:53"
	for i in "${!guest_closed[@]}"; do fwd+=" tcp:${closed[$i]}-:${guest_closed[$i]}"; done
	nic=$(. "$top/board/qemu-$t/board.sh"; echo "$QEMU_NIC_MODEL")
	t0=$(date +%s.%N)
	QEMU_FWD="$fwd" QEMU_EXTRA_ARGS="-netdev socket,id=lan,udp=127.0.0.1:$hm,localaddr=127.0.0.1:$hq -device $nic,netdev=lan,mac=52:54:00:00:1a:01" \
		setsid "$top/scripts/qemu-run" --board "$top/board/qemu-$t" \
		--kernel "$o/images/kernel" --initrd "$o/images/initramfs.cpio.gz" \
		--append "$(sed -n 's/^CONFIG_TARGET_CMDLINE_EXTRA="\(.*\)"$/\1/p' "$o/.config")" \
		--timeout 300 --log "$log" >/dev/null 2>&1 </dev/null &
	pid=$!
	# DNS first: the guest is up once it answers.
	ans=''
	while kill -0 "$pid" 2>/dev/null; do
		ans=$("$out/dnsq" "$hd" router.lan) && break
		sleep 0.5
	done
	echo "$t-router: first DNS answer on the host $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s after QEMU started"
	expect_eq "$t-router-dns-local-name" "rcode 0,a 192.168.50.1" "$(echo "$ans" | paste -sd,)"
	expect_eq "$t-router-dns-unknown-local-name-nxdomain" "rcode 3" "$("$out/dnsq" "$hd" nosuch.lan | paste -sd,)"

	# DHCP on lan: a lease for the host's client, which gave its name.
	lease=$(timeout 90 "$out/dhcpc" "$hm" "$hq" 52:54:00:00:1a:99 60 lanclient 2>&1)
	expect_eq "$t-router-dhcp-lease" "router 192.168.50.1,dns 192.168.50.1,mask 255.255.255.0,lease 43200" \
		"$(echo "$lease" | grep -E '^(router|dns|mask|lease) ' | paste -sd,)"
	addr=$(echo "$lease" | sed -n 's/^ack //p')
	case $addr in
	192.168.50.1[0-9][0-9]) pass "$t-router-dhcp-address-in-range" ;;
	*) fail "$t-router-dhcp-address-in-range" "192.168.50.100-199" "${addr:-no ack: $lease}" ;;
	esac
	expect_eq "$t-router-dhcp-offer-is-ack" "$(echo "$lease" | sed -n 's/^offer //p')" "$addr"
	expect_eq "$t-router-dns-name-of-dhcp-client" "rcode 0,a ${addr:-none}" \
		"$("$out/dnsq" "$hd" lanclient.lan | paste -sd,)"

	# ssh: the host key is the one made in the guest at the first start
	for i in $(seq 60); do
		kh=$(tr -d '\r' <"$log" | sed -n 's/^ssh\[[0-9]*\]: \(ssh-ed25519 [A-Za-z0-9+\/=]*\) admin@router$/\1/p' | head -n 1)
		[ -n "$kh" ] && break
		sleep 0.5
	done
	echo "[127.0.0.1]:$hs $kh" >"$o/known_hosts"
	# and dropbear answers (the key is made before it starts)
	for i in $(seq 60); do
		case $(router_probe "$hs") in "banner SSH-2.0-dropbear"*) break ;; esac
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.5
	done
	ssh=(ssh -F /dev/null -p "$hs" -o BatchMode=yes -o ConnectTimeout=20 -o StrictHostKeyChecking=yes
		-o UserKnownHostsFile="$o/known_hosts" -o GlobalKnownHostsFile=/dev/null -o IdentitiesOnly=yes)
	# The command: its own restrictions, from sh builtins (the jail has
	# busybox sh and nothing else to run).
	got=$(timeout 60 "${ssh[@]}" -i "$o/admin_key" admin@127.0.0.1 '
		while read -r k v; do
			case $k in Uid:|Gid:|CapInh:|CapPrm:|CapEff:|CapBnd:|CapAmb:|NoNewPrivs:|Seccomp:) echo "$k $v" ;; esac
		done </proc/$$/status
		(: >/etc/probe) 2>&1
		echo "etc-write $?"
		(: >/tmp/probe) 2>&1
		echo "tmp-write $?"
		echo "root" /*
		for f in /proc/net/tcp /proc/net/tcp6 /proc/net/udp /proc/net/udp6; do
			while read -r sl local rem st rest; do
				case $f,$st in */tcp*,0A | */udp*,07) echo "listen ${f#/proc/net/} $((0x${local##*:}))" ;; esac
			done <$f
		done' 2>"$o/ssh.err" | tr '\t' ' ' | tr -s ' ')
	printf '%s\n' "$got" >"$o/ssh.out"
	expect_eq "$t-router-ssh-login-uid" "Uid: 1000 1000 1000 1000" "$(echo "$got" | grep '^Uid:')"
	expect_eq "$t-router-ssh-login-gid" "Gid: 1000 1000 1000 1000" "$(echo "$got" | grep '^Gid:')"
	for k in CapInh CapPrm CapEff CapBnd CapAmb; do
		expect_eq "$t-router-ssh-login-$k-0" "$k: 0000000000000000" "$(echo "$got" | grep "^$k:")"
	done
	expect_eq "$t-router-ssh-login-no-new-privs" "NoNewPrivs: 1" "$(echo "$got" | grep '^NoNewPrivs:')"
	expect_eq "$t-router-ssh-login-seccomp-filter" "Seccomp: 2" "$(echo "$got" | grep '^Seccomp:')"
	expect_eq "$t-router-ssh-login-etc-read-only" "sh: can't create /etc/probe: Read-only file system,etc-write 1" \
		"$(echo "$got" | grep -E '/etc/probe|^etc-write' | paste -sd,)"
	expect_eq "$t-router-ssh-login-tmp-writable" "tmp-write 0" "$(echo "$got" | grep -E '/tmp/probe|^tmp-write' | paste -sd,)"
	expect_eq "$t-router-ssh-login-in-jail" "root /bin /dev /etc /home /lib /proc /run /sys /tmp /usr /var" \
		"$(echo "$got" | grep '^root ' | sed 's| /lib64||')"
	expect_eq "$t-router-only-expected-ports-listen" "tcp 2222,tcp 53,udp 53,udp 67" \
		"$(echo "$got" | sed -n 's/^listen \(tcp\|udp\)6\? /\1 /p' | sort -u | paste -sd,)"
	"${ssh[@]}" -i "$o/admin_key" root@127.0.0.1 true >"$o/ssh-root.log" 2>&1
	expect_eq "$t-router-ssh-root-refused" 255 "$?"
	"${ssh[@]}" -i "$o/stranger_key" admin@127.0.0.1 true >"$o/ssh-stranger.log" 2>&1
	expect_eq "$t-router-ssh-unknown-key-refused" 255 "$?"
	"${ssh[@]}" -o PubkeyAuthentication=no -o PasswordAuthentication=yes -o KbdInteractiveAuthentication=no \
		admin@127.0.0.1 true >"$o/ssh-password.log" 2>&1 </dev/null
	expect_eq "$t-router-ssh-no-password-login" 255 "$?"
	check_line "$t-router-ssh-password-not-offered" "Permission denied \(publickey\)" "$o/ssh-password.log"

	# Ports from outside: the ssh forward gives dropbear's banner, the
	# forwards to ports nobody serves close without a byte.
	probe=$(router_probe "$hs")
	case $probe in "banner SSH-2.0-dropbear"*) pass "$t-router-port-2222-ssh-banner" ;;
	*) fail "$t-router-port-2222-ssh-banner" "banner SSH-2.0-dropbear..." "$probe" ;; esac
	for i in "${!guest_closed[@]}"; do
		p=${guest_closed[$i]}
		expect_eq "$t-router-port-$p-closed" closed "$(router_probe "${closed[$i]}")"
	done

	kill -TERM "$pid" 2>/dev/null # qemu-run ends its QEMU
	wait "$pid" 2>/dev/null
	# The console: each service started once, nothing failed, the boot's figure.
	for p in net dns ssh; do
		expect_eq "$t-router-$p-started-once" 1 "$(tr -d '\r' <"$log" | grep -cE "^rampart: $p: started pid")"
	done
	expect_eq "$t-router-net-done" 1 "$(tr -d '\r' <"$log" | grep -cx 'rampart: net: exited status 0')"
	expect_eq "$t-router-nothing-failed" "" \
		"$(tr -d '\r' <"$log" | grep -E '^rampart: [a-z]+: (sandbox failed|exited status [1-9]|killed|start limit)' | head -n 3)"
	want=$(tr -d '\r' <"$log" | grep -oE '^rampart: all services ready in [0-9]+ ms \([0-9]+ ms since kernel start\)')
	[ -n "$want" ] && pass "$t-router-all-services-ready" || fail "$t-router-all-services-ready" "the ready line" "none"
	echo "$t-router: ${want#rampart: }"
	check_line "$t-router-dnsmasq-logged-the-lease" "dns\[[0-9]+\]: .*DHCPACK\(lan\) ${addr//./\\.} 52:54:00:00:1a:99 lanclient" "$log"
	check_line "$t-router-dropbear-logged-the-login" "ssh\[[0-9]+\]: .*Pubkey auth succeeded for 'admin'" "$log"
	[ "$t" = x86_64 ] || return 0
	# The defconfig as shipped names no key: the build stops saying so
	# (an image nobody can log in to); the post-build script alone
	# refuses a file without a key too.
	step "$t: the router example without an admin key does not build"
	: >"$o/empty.pub"
	echo "CONFIG_ROUTER_ADMIN_AUTHORIZED_KEYS=\"$o/empty.pub\"" >"$o/emptykey.config"
	TARGET_DIR=$o/rootfs RAMPART_CONFIG=$o/emptykey.config "$top/examples/router/post-build" "$o/rootfs" >"$o/emptykey.log" 2>&1
	expect_eq "$t-router-keyless-file-refused" 1 "$?"
	check_line "$t-router-keyless-file-named" "^post-build: ROUTER_ADMIN_AUTHORIZED_KEYS=\"$o/empty.pub\": no public key in it" "$o/emptykey.log"
	make -C "$top" O="$o" EXTERNAL="$top/examples/router" "router_${t}_defconfig" build >"$o/nokey.log" 2>&1
	expect_eq "$t-router-no-key-build-fails" 2 "$?"
	check_line "$t-router-no-key-named" '^post-build: ROUTER_ADMIN_AUTHORIZED_KEYS is empty: ' "$o/nokey.log"
	check_line "$t-router-no-key-make-names-the-hook" '^make: error: IMAGE_POST_BUILD_SCRIPT: .*/examples/router/post-build failed \(status 1\)$' "$o/nokey.log"
}
