# translate.awk - one systemd unit file -> the lines of a rampart .svc file,
# or the reasons it cannot be expressed.
#
# usage: awk -v unit=exec-foo.service -v programs=FILE -v passwd=FILE \
#            -v group=FILE -f translate.awk tests/compat/options UNITFILE
#   programs: absolute paths of the programs in the image, one a line (for
#   a command that names no path, looked up as systemd does in
#   /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin);
#   passwd, group: the image's /etc/passwd and /etc/group (for %u %U %g %G
#   %h %s).
# Output, tab-separated:
#   svc      KEY = "value"             a line of the .svc file
#   missing  WHAT  DETAIL              why the unit is not expressible
# A unit with any "missing" line must not be built.
#
# systemd's rules followed here (systemd.syntax(7), systemd.service(5)):
# specifiers (%x) are resolved in every value at load time; values are
# split into words with '...' and "..." quoting and C escapes; in
# ExecStart "$$" is a literal "$" unless the command has the ":" prefix,
# and "$VAR"/"${VAR}" would be substituted at start (not expressible: PID 1
# never expands); a lone ";" word separates commands.

function missing(what, detail) {
	printf "missing\t%s\t%s\n", what, detail
	nmissing++
}

# ---------------------------------------------------------------- words

# cunescape_char(c): the character \c stands for, or "" when unknown.
function cunescape_char(c) {
	if (c == "n") return "\n"
	if (c == "t") return "\t"
	if (c == "r") return "\r"
	if (c == "\\" || c == "'" || c == "\"" || c == " ") return c
	if (c == "s") return " "
	if (c ~ /[0-7xuU]/) return ""
	# systemd keeps an escape it does not know as it is (EXTRACT_UNESCAPE_RELAX)
	return "\\" c
}

# split_words(s, w): systemd's extract_first_word(UNQUOTE|CUNESCAPE) loop;
# returns the count, or -1 (and a missing line) on an escape it does not
# know. wq[i] is 1 when word i had a quote or escape (";" literal then).
function split_words(s, w, wq, what,    n, i, c, q, cur, inword, u, quoted) {
	n = 0; q = ""; cur = ""; inword = 0; quoted = 0
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (q == "" && (c == " " || c == "\t")) {
			if (inword) { w[++n] = cur; wq[n] = quoted }
			cur = ""; inword = 0; quoted = 0
			continue
		}
		inword = 1
		if (c == "\\") {
			i++
			u = cunescape_char(substr(s, i, 1))
			if (u == "") {
				missing(what " escape", "\\" substr(s, i, 1) " not translated")
				return -1
			}
			cur = cur u; quoted = 1
			continue
		}
		if (q == "" && (c == "'" || c == "\"")) { q = c; quoted = 1; continue }
		if (q != "" && c == q) { q = ""; continue }
		cur = cur c
	}
	if (q != "") {
		missing(what, "unbalanced quote")
		return -1
	}
	if (inword) { w[++n] = cur; wq[n] = quoted }
	return n
}

# rampart's EXEC/ENVIRONMENT word: bare when safe, $'...' when it holds a
# control character (a newline: the only way into a Kconfig string), else
# '...' (lib/parse.c).
function word_out(s,    out, i, c) {
	if (s ~ /^[A-Za-z0-9_\/.:=@%+,-]+$/)
		return s
	if (s ~ /[\001-\037\177]/) {
		out = "$'"
		for (i = 1; i <= length(s); i++) {
			c = substr(s, i, 1)
			if (c == "\\" || c == "'") out = out "\\" c
			else if (c == "\n") out = out "\\n"
			else if (c == "\t") out = out "\\t"
			else if (c == "\r") out = out "\\r"
			else if (c ~ /[\001-\037\177]/) out = out sprintf("\\%03o", ord[c])
			else out = out c
		}
		return out "'"
	}
	# (no gsub: awks differ on backslashes in its replacement)
	out = "'"
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		out = out (c == "'" ? "'\\''" : c)
	}
	return out "'"
}

# A Kconfig string value: "..." with \ and " escaped.
function kstr(s,    out, i, c) {
	out = "\""
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		out = out (c == "\\" || c == "\"" ? "\\" c : c)
	}
	return out "\""
}

# ---------------------------------------------------------------- standard input

# cunescape_text(s, what): StandardInputText='s C escapes resolved as
# systemd's cunescape() does (\xHH, \NNN with three octal digits, the
# characters of cunescape_char); "" and a missing line when it cannot be.
function cunescape_text(s, what,    out, i, c, u, h, n, k) {
	out = ""
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (c != "\\") { out = out c; continue }
		c = substr(s, ++i, 1)
		n = -1
		if (c == "x" && substr(s, i + 1, 2) ~ /^[0-9a-fA-F][0-9a-fA-F]$/) {
			h = tolower(substr(s, i + 1, 2)); i += 2
			n = index("0123456789abcdef", substr(h, 1, 1)) * 16 - 16 + index("0123456789abcdef", substr(h, 2, 1)) - 1
		} else if (c ~ /[0-3]/ && substr(s, i + 1, 2) ~ /^[0-7][0-7]$/) {
			n = 0
			for (k = 0; k < 3; k++) n = n * 8 + substr(s, i + k, 1)
			i += 2
		} else {
			u = cunescape_char(c)
			if (u == "") { missing(what " escape", "\\" c " not translated"); return "" }
			out = out u
			continue
		}
		if (n <= 0) { missing(what " escape", "a NUL byte"); return "" }
		out = out sprintf("%c", n)
	}
	return out
}

# b64_decode(s, what): the bytes of base64 s (white space ignored); a
# missing line on a NUL byte (an awk string cannot carry it).
function b64_decode(s, what,    out, i, c, d, acc, bits, b) {
	out = ""; acc = 0; bits = 0
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (c ~ /[ \t=]/) continue
		d = index(B64, c) - 1
		if (d < 0) { missing(what, "'" c "' is not base64"); return "" }
		acc = acc * 64 + d; bits += 6
		if (bits >= 8) {
			bits -= 8
			b = int(acc / 2 ^ bits); acc -= b * 2 ^ bits
			if (b == 0) { missing(what, "a NUL byte"); return "" }
			out = out sprintf("%c", b)
		}
	}
	return out
}

# b64_encode(s): s in base64, for STANDARD_INPUT_DATA.
function b64_encode(s,    out, i, n, a, b, c) {
	out = ""; n = length(s)
	for (i = 1; i <= n; i += 3) {
		a = ord[substr(s, i, 1)]
		b = (i + 1 <= n) ? ord[substr(s, i + 1, 1)] : 0
		c = (i + 2 <= n) ? ord[substr(s, i + 2, 1)] : 0
		out = out substr(B64, int(a / 4) + 1, 1) substr(B64, (a % 4) * 16 + int(b / 16) + 1, 1)
		out = out ((i + 1 <= n) ? substr(B64, (b % 16) * 4 + int(c / 64) + 1, 1) : "=")
		out = out ((i + 2 <= n) ? substr(B64, c % 64 + 1, 1) : "=")
	}
	return out
}

# ---------------------------------------------------------------- specifiers

function unit_unescape(s) {
	gsub(/-/, "/", s)
	return s
}

# Fields of the image's passwd/group files: pw_name[uid], ...
function load_ids(    line, f) {
	while ((getline line < passwd) > 0) {
		split(line, f, ":")
		pw_uid[f[1]] = f[3]; pw_gid[f[1]] = f[4]; pw_home[f[1]] = f[6]
		pw_shell[f[1]] = f[7]; pw_byuid[f[3]] = f[1]
	}
	close(passwd)
	while ((getline line < group) > 0) {
		split(line, f, ":")
		gr_gid[f[1]] = f[3]; gr_bygid[f[3]] = f[1]
	}
	close(group)
}

# The user and group the unit runs as (system manager: root unless set).
function resolve_ids(    u, g) {
	u = (lastval["User"] != "") ? lastval["User"] : "root"
	if (u ~ /^[0-9]+$/) u = (u in pw_byuid) ? pw_byuid[u] : u
	sp_u = u
	sp_U = (u in pw_uid) ? pw_uid[u] : ""
	sp_h = (u in pw_home) ? pw_home[u] : ""
	sp_s = (u in pw_shell) ? pw_shell[u] : ""
	g = lastval["Group"]
	if (g == "") g = (sp_U != "" && pw_gid[u] in gr_bygid) ? gr_bygid[pw_gid[u]] : ""
	if (g ~ /^[0-9]+$/) g = (g in gr_bygid) ? gr_bygid[g] : g
	sp_g = g
	sp_G = (g in gr_gid) ? gr_gid[g] : ""
}

# spec(s, what): s with its specifiers resolved; sets specfail on one
# that only exists at run time. With spec_exec set (a command), %b %v %H
# stay for rampart's EXEC to fill in at start, %d for rampart-gen to write
# out (CRED_DIR_BASE/<id>), and % is written %%.
function spec(s, what,    out, i, c, v, name, prefix, inst, at) {
	name = unit
	sub(/\.service$/, "", name)
	prefix = name; inst = ""
	at = index(name, "@")
	if (at) { prefix = substr(name, 1, at - 1); inst = substr(name, at + 1) }
	out = ""
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (c != "%") { out = out c; continue }
		c = substr(s, ++i, 1)
		v = "\001"
		# in a command, rampart's EXEC takes %b %v %H itself (filled in
		# by PID 1 at each start) and a literal % as %%
		if (spec_exec && c == "%") v = "%%"
		else if (spec_exec && (c == "b" || c == "v" || c == "H" || c == "d")) v = "%" c
		else if (c == "%") v = "%"
		else if (c == "n") v = unit
		else if (c == "N") v = name
		else if (c == "p") v = prefix
		else if (c == "P") v = unit_unescape(prefix)
		else if (c == "i") v = inst
		else if (c == "I") v = unit_unescape(inst)
		else if (c == "j") { v = prefix; sub(/.*-/, "", v) }
		else if (c == "J") { v = prefix; sub(/.*-/, "", v); v = unit_unescape(v) }
		else if (c == "f") v = "/" (inst != "" ? unit_unescape(inst) : unit_unescape(prefix))
		else if (c == "t") v = "/run"
		else if (c == "S") v = "/var/lib"
		else if (c == "C") v = "/var/cache"
		else if (c == "L") v = "/var/log"
		else if (c == "E") v = "/etc"
		else if (c == "T") v = "/tmp"
		else if (c == "V") v = "/var/tmp"
		else if (c == "u" && sp_u != "") v = sp_u
		else if (c == "U" && sp_U != "") v = sp_U
		else if (c == "g" && sp_g != "") v = sp_g
		else if (c == "G" && sp_G != "") v = sp_G
		else if (c == "h" && sp_h != "") v = sp_h
		# systemd resolves %d in every unit, credentials or not
		else if (c == "d" && credsdir != "") v = credsdir
		else if (c == "s" && sp_s != "") v = sp_s
		if (v == "\001") {
			if (index("bHvmolwWaABMqyY", c))
				missing("specifier %" c, "a value known only at run time, in " what)
			else
				missing("specifier %" c, "not translated, in " what)
			specfail = 1
			return ""
		}
		out = out v
	}
	return out
}

# ---------------------------------------------------------------- paths

# simplify(p): systemd's path_simplify: no "//", no "." component, no
# trailing "/" ("/" stays).
function simplify(p,    n, a, i, out, abs) {
	abs = (substr(p, 1, 1) == "/")
	n = split(p, a, "/")
	out = ""
	for (i = 1; i <= n; i++) {
		if (a[i] == "" || a[i] == ".") continue
		out = out (out == "" ? "" : "/") a[i]
	}
	return abs ? "/" out : out
}

# find_program(name): its absolute path in the image, or "".
function find_program(name,    n, d, i) {
	n = split("/usr/local/sbin /usr/local/bin /usr/sbin /usr/bin /sbin /bin", d, " ")
	for (i = 1; i <= n; i++)
		if ((d[i] "/" name) in image_prog)
			return d[i] "/" name
	return ""
}

# ---------------------------------------------------------------- kinds

function bool_of(v, key) {
	v = tolower(v)
	if (v ~ /^(1|yes|y|true|t|on)$/) return "y"
	if (v ~ /^(0|no|n|false|f|off)$/) return "n"
	missing(key, "not a boolean: " v)
	return ""
}

# ExecStart= lines -> commands (cmd[1..ncmd], each a string of EXEC words);
# add_pre() borrows it for ExecCondition= and ExecStartPre= (exec_opt names
# the option, exec_dash lets the - prefix through into exec_pfx).
function add_exec(v,    pfx, c, n, w, wq, i, word, prog, cur, k) {
	if (exec_opt == "") exec_opt = "ExecStart"
	if (exec_opt == "ExecStart") has_exec = 1
	if (v == "") { ncmd = 0; return }
	pfx = ""
	while (substr(v, 1, 1) ~ /[-@:+!|]/) {
		pfx = pfx substr(v, 1, 1)
		v = substr(v, 2)
	}
	exec_pfx = ""
	if (exec_dash && (pfx == "-" || pfx == "-:" || pfx == ":-")) { exec_pfx = "-"; sub(/-/, "", pfx) }
	if (pfx != "" && pfx != ":")
		missing(exec_opt "=" pfx, "command prefix " pfx " (" \
			(pfx ~ /\+/ ? "run without the sandbox" : pfx ~ /!/ ? "run with privileges" : \
			 pfx ~ /-/ ? "failure ignored" : pfx ~ /@/ ? "argv[0] given" : "") ")")
	n = split_words(v, w, wq, exec_opt)
	if (n < 0) return
	cur = ""; k = 0
	for (i = 1; i <= n + 1; i++) {
		if (i == n + 1 || (w[i] == ";" && !wq[i])) {
			if (k) cmd[++ncmd] = cur
			cur = ""; k = 0
			continue
		}
		word = w[i]
		if (pfx != ":") {
			# "$$" is "$"; ${NAME} anywhere and $NAME as a whole word are
			# substituted at start; $x inside a word stays as it is
			gsub(/\$\$/, "\001", word)
			# $CREDENTIALS_DIRECTORY: fixed at build time in rampart
			# (CRED_DIR_BASE/<id>), what systemd would substitute
			if (has_creds && credsdir != "")
				word = subst_var(word, "CREDENTIALS_DIRECTORY", credsdir)
			if (word ~ /\$\{/ || word ~ /^\$[^\001]/)
				missing(exec_opt " $VAR", "environment variable substituted at start")
			gsub(/\001/, "$", word)
		}
		if (k == 0 && substr(word, 1, 1) != "/") {
			prog = find_program(word)
			if (prog == "") {
				missing("program " word, "not in the image (command named without a path)")
				return
			}
			word = prog
		}
		if (k == 0 && !(word in image_prog))
			missing("program " word, "not in the image")
		cur = cur (k++ ? " " : "") word_out(word)
	}
}

# subst_var(word, name, value): ${name} anywhere, $name as the whole word,
# replaced by value (index/substr: awks differ on gsub's backslashes).
function subst_var(word, name, value,    pat, i, out) {
	if (word == "$" name) return value
	pat = "${" name "}"
	out = ""
	while ((i = index(word, pat)) > 0) {
		out = out substr(word, 1, i - 1) value
		word = substr(word, i + length(pat))
	}
	return out word
}

# SetCredential=ID:VALUE -> SET_CREDENTIAL: one word per ID, the last
# assignment of an ID wins (as systemd's map), "" resets; the value kept
# raw (its C escapes are unescaped by rampart as by systemd).
function add_credset(v,    c, id, i, s) {
	if (v == "") { delete cred_val; delete cred_at; cred_n = 0; return }
	c = index(v, ":")
	if (!c) { missing("SetCredential=" v, "not ID:VALUE"); return }
	id = substr(v, 1, c - 1)
	if (!(id in cred_val)) cred_at[++cred_n] = id
	cred_val[id] = substr(v, c + 1)
}

# ExecCondition=, ExecStartPre= -> EXEC_CONDITION, EXEC_START_PRE: every
# assignment's command, in order, joined by a lone ; ("" resets).
function add_pre(key, opt, v,    i, nsave, save, c) {
	if (v == "") { delete pre_val[key]; return }
	nsave = ncmd
	for (i = 1; i <= ncmd; i++) save[i] = cmd[i]
	ncmd = 0; exec_opt = opt; exec_dash = (opt == "ExecStartPre")
	add_exec(v)
	for (i = 1; i <= ncmd; i++) {
		c = (i == 1 ? exec_pfx : "") cmd[i]
		# not "a[k] = (k in a) ? ...": awk may create a[k] first
		if (key in pre_val) c = pre_val[key] " ; " c
		pre_val[key] = c
	}
	exec_opt = ""; exec_dash = 0; exec_pfx = ""
	ncmd = nsave
	for (i = 1; i <= nsave; i++) cmd[i] = save[i]
}

# Environment=: a later value of a variable replaces the earlier one, as
# systemd merges them (rampart takes each variable once).
function add_env(v,    n, w, wq, i, nm) {
	if (v == "") { delete env_at; delete env_w; env_n = 0; envs = ""; return }
	n = split_words(v, w, wq, "Environment")
	for (i = 1; i <= n; i++) {
		if (w[i] !~ /^[A-Za-z_][A-Za-z0-9_]*=/) {
			missing("Environment", "not VAR=value: " w[i])
			continue
		}
		nm = substr(w[i], 1, index(w[i], "=") - 1)
		if (!(nm in env_at)) env_at[nm] = ++env_n
		env_w[env_at[nm]] = w[i]
	}
	envs = ""
	for (i = 1; i <= env_n; i++)
		if (i in env_w) envs = envs (envs == "" ? "" : " ") word_out(env_w[i])
}

# capability sets: cset[key] "" (unset), "+ names" or "~ names"
function add_caps(key, v,    inv, n, w, i, cur, mode, a) {
	if (v == "") { cset[key] = "+"; return }
	inv = (substr(v, 1, 1) == "~")
	if (inv) v = substr(v, 2)
	n = split(v, w, /[ \t]+/)
	cur = cset[key]
	mode = substr(cur, 1, 1)
	if (mode == "" && inv) { cset[key] = "~ " v; return }
	if (mode == "" || (mode == "+" && !inv) || (mode == "~" && inv)) {
		if (mode == "") cur = "+"
		for (i = 1; i <= n; i++)
			if (w[i] != "" && index(cur " ", " " toupper(w[i]) " ") == 0)
				cur = cur " " toupper(w[i])
		cset[key] = cur
		return
	}
	missing(key, "a list merged with an inverted one: not translated")
}

function add_cpus(v,    n, w, i, a, b, c) {
	if (v == "") { delete cpu; cpuset = 0; return }
	cpuset = 1
	gsub(/,/, " ", v)
	n = split(v, w, /[ \t]+/)
	for (i = 1; i <= n; i++) {
		if (w[i] == "") continue
		if (w[i] ~ /^[0-9]+$/) { cpu[w[i] + 0] = 1; continue }
		if (w[i] ~ /^[0-9]+-[0-9]+$/) {
			split(w[i], a, "-")
			for (c = a[1] + 0; c <= a[2] + 0; c++) cpu[c] = 1
			continue
		}
		missing("CPUAffinity", "not translated: " w[i])
	}
}

# SystemCallFilter=: sc_mode "" | "allow" | "deny"; sc[name] = ":ERRNO" or ""
function add_syscalls(v,    inv, n, w, i, nm, act) {
	if (v == "") { sc_mode = ""; delete sc; return }
	inv = (substr(v, 1, 1) == "~")
	if (inv) v = substr(v, 2)
	if (sc_mode == "") sc_mode = inv ? "deny" : "allow"
	n = split(v, w, /[ \t]+/)
	for (i = 1; i <= n; i++) {
		if (w[i] == "") continue
		nm = w[i]; act = ""
		if (index(nm, ":")) { act = substr(nm, index(nm, ":")); nm = substr(nm, 1, index(nm, ":") - 1) }
		if ((sc_mode == "allow") == !inv) {
			if (sc_mode == "allow" && act != "") {
				missing("SystemCallFilter", "an action on an allowed call: " w[i])
				continue
			}
			sc[nm] = act
			if (!(nm in sc_order)) sc_order[nm] = ++sc_n
		} else if (nm in sc) {
			delete sc[nm]
		} else if (sc_mode == "allow" && substr(nm, 1, 1) != "@") {
			# taking a call out of an allowed group needs the group's list
			missing("SystemCallFilter", "~" w[i] " after an allow-list (a call out of a group)")
		}
	}
}

function add_namespaces(v,    inv, n, w, i, flags, bad, all) {
	all = "cgroup ipc net mnt pid user uts"
	if (v == "") { ns_set = 0; return }
	if (tolower(v) ~ /^(1|yes|y|true|t|on)$/) { ns_set = 1; delete ns; return }
	if (tolower(v) ~ /^(0|no|n|false|f|off)$/) {
		# every type allowed, and later lists merge into that
		ns_set = 1; delete ns
		n = split(all, w, " ")
		for (i = 1; i <= n; i++) ns[w[i]] = 1
		return
	}
	inv = (substr(v, 1, 1) == "~")
	if (inv) v = substr(v, 2)
	n = split(v, w, /[ \t]+/)
	delete flags
	for (i = 1; i <= n; i++) {
		if (w[i] == "") continue
		if (index(" " all " ", " " w[i] " ") == 0) bad = 1
		flags[w[i]] = 1
	}
	# systemd ignores the whole assignment when a name is unknown
	if (bad) return
	n = split(all, w, " ")
	if (!ns_set) {
		ns_set = 1; delete ns
		for (i = 1; i <= n; i++)
			if ((w[i] in flags) != inv) ns[w[i]] = 1
		return
	}
	for (i = 1; i <= n; i++) {
		if (inv && (w[i] in flags)) delete ns[w[i]]
		if (!inv && (w[i] in flags)) ns[w[i]] = 1
	}
}

# ConditionKernelVersion=: every assignment's expressions, all of which must
# hold (systemd ANDs the assignments of a condition), as CONDITION_KERNEL_VERSION
# words; an operator alone as the first word of an assignment takes the
# next word (systemd's old spelling); "" resets. systemd's ! and |
# prefixes (negation, triggering) are not taken by rampart.
function add_kversion(v,    n, w, wq, i, x) {
	if (v == "") { kversion = ""; return }
	if (v ~ /^[!|]/ && v !~ /^!\$?=/) {
		missing("ConditionKernelVersion=" substr(v, 1, 1), "condition prefix " substr(v, 1, 1) " (negation or triggering)")
		return
	}
	n = split_words(v, w, wq, "ConditionKernelVersion")
	for (i = 1; i <= n; i++) {
		# a kernel release holds no blank: none is kept
		x = w[i]
		gsub(/[ \t]+/, "", x)
		if (i == 1 && n > 1 && x ~ /^(!?\$=|<>|<=|>=|<|>|==|=|!=)$/) x = x w[++i]
		if (x ~ /["']/) { missing("ConditionKernelVersion", "a quote inside an expression: " x); return }
		kversion = kversion (kversion == "" ? "" : " ") x
	}
}

# ---------------------------------------------------------------- input

BEGIN {
	for (i = 1; i < 256; i++) ord[sprintf("%c", i)] = i
	B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
}

FNR == NR {
	if ($0 ~ /^[ \t]*(#|$)/) next
	okey[$1] = $2; okind[$1] = $3
	next
}

{
	line = $0
	sub(/^[ \t]+/, "", line)
	sub(/[ \t\r]+$/, "", line)
	if (cont != "") {
		# systemd (conf-parser.c): a comment line inside is skipped;
		# the backslash became a space and the next line is joined as
		# it is, its leading blanks kept
		if (line ~ /^[#;]/) next
		raw = $0
		sub(/[\r]+$/, "", raw)
		line = cont raw
		sub(/[ \t]+$/, "", line)
		cont = ""
	}
	if (line == "" || line ~ /^[#;]/) next
	if (line ~ /\\$/) { cont = substr(line, 1, length(line) - 1) " "; next }
	if (line ~ /^\[/) { section = line; next }
	eq = index(line, "=")
	if (!eq) { missing("syntax", "line without '=': " line); next }
	k = substr(line, 1, eq - 1); v = substr(line, eq + 1)
	sub(/[ \t]+$/, "", k); sub(/^[ \t]+/, "", v)
	keys[++nkeys] = k; vals[nkeys] = v
	lastval[k] = v
}

END {
	load_ids()
	while ((getline p < programs) > 0) image_prog[p] = 1
	close(programs)
	resolve_ids()
	for (i = 1; i <= nkeys; i++)
		if (keys[i] == "LoadCredential" || keys[i] == "SetCredential")
			has_creds = 1
	for (i = 1; i <= nkeys; i++) {
		k = keys[i]
		if (!(k in okind)) {
			if (!(k in told)) missing(k, "no such option in rampart")
			told[k] = 1
			continue
		}
		kind = okind[k]; key = okey[k]
		if (kind == "exec") has_exec = 1
		specfail = 0
		spec_exec = (kind == "exec" || kind == "execpre")
		v = spec(vals[i], k)
		if (specfail) continue
		if (kind == "ignore") continue
		if (kind == "type") {
			if (v != "oneshot" && v != "simple" && v != "exec" && v != "")
				missing("Type=" v, "only units that run to their end are run here")
			continue
		}
		if (kind == "exec") { add_exec(v); continue }
		if (kind == "execpre") { add_pre(key, k, v); continue }
		if (kind == "execpost") {
			if (v != "")
				missing(k, "after a oneshot's end (rampart: EXEC_START_POST beside a running main process only)")
			continue
		}
		if (kind == "string") { val[key] = v; continue }
		if (kind == "bool") { isbool[key] = 1; val[key] = (v == "") ? "" : bool_of(v, k); continue }
		if (kind == "yesno") { val[key] = (v == "") ? "" : (bool_of(v, k) == "y" ? "yes" : "no"); continue }
		if (kind == "protect") {
			lv = tolower(v)
			val[key] = (lv ~ /^(1|yes|true|on)$/) ? "yes" : (lv ~ /^(0|no|false|off)$/) ? "no" : v
			continue
		}
		if (kind == "path") { val[key] = (v == "") ? "" : simplify(v); continue }
		if (kind == "list" || kind == "dirlist" || kind == "set") {
			if (v == "") { val[key] = ""; continue }
			n = split(v, w, /[ \t]+/)
			for (j = 1; j <= n; j++) {
				if (w[j] == "") continue
				if (kind == "dirlist") w[j] = simplify(w[j])
				if (kind == "set" && index(" " val[key] " ", " " w[j] " ")) continue
				val[key] = val[key] (val[key] == "" ? "" : " ") w[j]
			}
			continue
		}
		if (kind == "stdin-text" || kind == "stdin-data") {
			# one byte stream in the order of the assignments, as
			# systemd appends them; "" empties it
			if (v == "") stdin_bytes = ""
			else if (kind == "stdin-text") stdin_bytes = stdin_bytes cunescape_text(v, k) "\n"
			else stdin_bytes = stdin_bytes b64_decode(v, k)
			continue
		}
		if (kind == "env") { add_env(v); val[key] = envs; continue }
		if (kind == "caps") { add_caps(key, v); continue }
		if (kind == "cpus") { add_cpus(v); continue }
		if (kind == "syscalls") { add_syscalls(v); continue }
		if (kind == "namespaces") { add_namespaces(v); continue }
		if (kind == "credset") { add_credset(v); continue }
		if (kind == "kversion") { add_kversion(v); continue }
		if (kind ~ /^limit:/) {
			lim[substr(kind, 7)] = v
			continue
		}
		missing(k, "unknown kind " kind " in tests/compat/options")
	}

	if (!has_exec)
		missing("ExecStart", "none in the unit")
	else if (ncmd == 0 && !nmissing)
		missing("ExecStart", "every command reset")
	else if (ncmd == 1)
		val["EXEC"] = cmd[1]
	else {
		# rampart runs one program: the oneshot's commands in turn,
		# through compat-seq (tests/compat/programs/compat-seq.c)
		e = "/usr/bin/compat-seq"
		for (i = 1; i <= ncmd; i++)
			e = e " " cmd[i] (i < ncmd ? " ';'" : "")
		val["EXEC"] = e
	}
	for (key in cset) {
		m = substr(cset[key], 1, 1)
		s = substr(cset[key], 3)
		if (m == "~") s = "~" s
		else if (s == "") s = (key == "CAPABILITY_BOUNDING_SET") ? "none" : ""
		val[key] = s
	}
	if (cpuset) {
		s = ""
		for (c = 0; c < 8192; c++) if (c in cpu) s = s (s == "" ? "" : " ") c
		val["CPU_AFFINITY"] = s
	}
	if (sc_mode != "") {
		s = ""
		for (c = 1; c <= sc_n; c++)
			for (nm in sc_order)
				if (sc_order[nm] == c && (nm in sc))
					s = s (s == "" ? "" : " ") nm sc[nm]
		if (sc_mode == "deny" && s != "") s = "~" s
		val["SYSTEM_CALL_FILTER"] = s
	}
	if (ns_set) {
		s = ""; nall = 0
		n = split("cgroup ipc net mnt pid user uts", w, " ")
		for (j = 1; j <= n; j++) if (w[j] in ns) { s = s (s == "" ? "" : " ") w[j]; nall++ }
		# every type allowed: no restriction at all
		if (nall != n)
			val["RESTRICT_NAMESPACES"] = (s == "") ? "none" : s
	}
	if (stdin_bytes != "") val["STANDARD_INPUT_DATA"] = b64_encode(stdin_bytes)
	if (kversion != "") val["CONDITION_KERNEL_VERSION"] = kversion
	# MountAPIVFS= defaults to yes with RootDirectory= in systemd; rampart's
	# own default is otherwise, so it is written out
	if (val["ROOT_DIRECTORY"] != "" && val["MOUNT_API_VFS"] == "") val["MOUNT_API_VFS"] = "yes"
	for (key in pre_val) val[key] = pre_val[key]
	s = ""
	for (c = 1; c <= cred_n; c++)
		if (cred_at[c] in cred_val)
			s = s (s == "" ? "" : " ") word_out(cred_at[c] ":" cred_val[cred_at[c]])
	if (s != "") val["SET_CREDENTIAL"] = s
	s = ""
	for (l in lim) if (lim[l] != "") s = s (s == "" ? "" : " ") l "=" lim[l]
	if (s != "") val["LIMITS"] = s

	if (nmissing) exit 0
	print "svc\tTYPE = \"oneshot\""
	for (key in val)
		if (val[key] != "" && key != "TYPE")
			printf "svc\t%s = %s\n", key, (key in isbool) ? val[key] : kstr(val[key])
}
