# expect.awk - which units systemd's src/test/test-execute.c runs, in its
# order, with the exit it expects, and the files it prepares for them.
#
# usage: awk -v arch=__x86_64__ -v nobody_user=nobody -v nobody_group=nogroup \
#            -f expect.awk src/test/test-execute.c
#   arch: the compiler's architecture macro of the target (__x86_64__,
#   __aarch64__, __arm__, __mips__); #if defined(...) blocks are taken for
#   it, so exec-personality-<arch>.service appears only where test-execute
#   would run it. nobody_user, nobody_group: Debian's build options
#   (-Dnobody-user=, -Dnobody-group= in debian/rules).
#
# Output, one record a line, tab-separated:
#   unit   NAME  KIND  VALUE  FUNCTION
#       KIND status: exited with VALUE (a number or an errno name);
#       KIND signal: killed by signal VALUE (a name, SIGSYS);
#       KIND result: test_service()'s service result (SERVICE_SKIP_CONDITION)
#   again  NAME  KIND  VALUE  (a later run of the same unit; one boot runs
#       each unit once, so only the first is checked)
#   dir    PATH          (mkdir_p)
#   file   PATH  TEXT    (touch: TEXT empty; write_string_file: TEXT with
#                         \n \t \\ escapes)
#   copy   SRC   DST     (copy_file)
#   error  LINE  TEXT    a test()/test_service() call or fixture this parser
#                        cannot read: the tier fails rather than guess
# Expressions are taken with can_unshare true (rampart's kernels have every
# namespace); test-execute's second pass with unshare() filtered is
# systemd's own concern. Calls are listed in the order main()'s tables run
# their functions (user_tests, then system_tests).

function err(msg) { printf "error\t%d\t%s\n", NR, msg }

# C string literal(s) on s (concatenated), unescaped to our \n \t \\ form.
function cstrings(s,    out, m, body) {
	out = ""
	while (match(s, /"([^"\\]|\\.)*"/)) {
		body = substr(s, RSTART + 1, RLENGTH - 2)
		out = out body
		s = substr(s, RSTART + RLENGTH)
	}
	return out
}

# The #if stack: each level is taken (1) or not (0); done: a branch of
# this level was taken already.
function cond_value(c) {
	if (c ~ /defined\(/)
		return index(c, "defined(" arch ")") > 0
	if (c ~ /BIG_ENDIAN/)
		return 0 # every target of rampart is little-endian
	return 1 # HAVE_SECCOMP and the like: systemd as Debian builds it
}
function active(    i) {
	for (i = 1; i <= depth; i++)
		if (!taken[i])
			return 0
	return 1
}

# expr_kind(e, code): "KIND\tVALUE" for an expected status expression.
function expected(e, code,    v) {
	gsub(/^[ \t]+|[ \t]+$/, "", e)
	if (e ~ /^can_unshare \? /) {
		e = substr(e, 15)
		sub(/ :.*/, "", e)
	}
	if (code == "CLD_KILLED") {
		if (e ~ /^SIG[A-Z0-9]+$/)
			return "signal\t" e
		return ""
	}
	if (code != "CLD_EXITED")
		return ""
	if (e ~ /^[0-9]+$/)
		return "status\t" e
	if (e ~ /^errno_from_name\("E[A-Z0-9]+"\)$/) {
		v = e
		sub(/^errno_from_name\("/, "", v)
		sub(/"\)$/, "", v)
		return "status\t" v
	}
	# systemd's own exit codes (src/basic/exit-status.h)
	if (e == "EXIT_FAILURE")
		return "status\t1"
	if (e == "EXIT_EXEC")
		return "status\t203"
	return ""
}

function add(fn, rec, name,    k) {
	if (name in seen) {
		if (seen[name] != rec)
			recs[fn, ++nrec[fn]] = "again\t" name "\t" rec
		return
	}
	seen[name] = rec
	recs[fn, ++nrec[fn]] = "unit\t" name "\t" rec "\t" fn
}

BEGIN { depth = 0; fn = ""; instr = "" }

/^#[ \t]*if/ {
	c = $0
	sub(/^#[ \t]*if(def)?[ \t]*/, "", c)
	depth++
	taken[depth] = cond_value(c)
	done[depth] = taken[depth]
	next
}
/^#[ \t]*elif/ {
	c = $0
	sub(/^#[ \t]*elif[ \t]*/, "", c)
	if (done[depth])
		taken[depth] = 0
	else
		done[depth] = taken[depth] = cond_value(c)
	next
}
/^#[ \t]*else/ { taken[depth] = !done[depth]; done[depth] = 1; next }
/^#[ \t]*endif/ { depth--; next }

/^static void test_[a-z0-9_]+\(Manager \*m\)/ {
	fn = $0
	sub(/^static void /, "", fn)
	sub(/\(.*/, "", fn)
	next
}

# static const char NAME[] = "..." "..." ;  (a fixture's text)
instr != "" {
	strtext[instr] = strtext[instr] cstrings($0)
	if ($0 ~ /;[ \t]*$/)
		instr = ""
	next
}
/static const char [a-z_]+\[\] =/ {
	instr = $0
	sub(/.*static const char /, "", instr)
	sub(/\[.*/, "", instr)
	strtext[instr] = ""
	next
}

!active() { next }

/^[ \t]+test(_service)?\(m, / {
	line = $0
	sub(/^.*test(_service)?\(m, /, "", line)
	sub(/\);[ \t]*$/, "", line)
	# the unit's name: "a" or "a" NOBODY_USER_NAME "b"
	name = line
	if (match(name, /^"[^"]*"( NOBODY_(USER|GROUP)_NAME "[^"]*")?/)) {
		name = substr(name, 1, RLENGTH)
		line = substr(line, RLENGTH + 1)
		gsub(/NOBODY_USER_NAME/, "\"" nobody_user "\"", name)
		gsub(/NOBODY_GROUP_NAME/, "\"" nobody_group "\"", name)
		name = cstrings(name)
	} else {
		err("unit name not understood: " $0)
		next
	}
	sub(/^, /, "", line)
	if ($0 ~ /test_service\(m, /) {
		if (line !~ /^SERVICE_[A-Z_]+$/) {
			err("service result not understood: " $0)
			next
		}
		add(fn, "result\t" line, name)
		next
	}
	code = line
	sub(/.*, /, "", code)
	e = line
	sub(/, [A-Z_]+$/, "", e)
	r = expected(e, code)
	if (r == "") {
		err("expected status not understood: " $0)
		next
	}
	add(fn, r, name)
	next
}

/mkdir_p\("/ { recs[fn, ++nrec[fn]] = "dir\t" cstrings(substr($0, index($0, "mkdir_p(") + 8)); next }
/[^_]touch\("/ {
	s = substr($0, index($0, "touch(") + 6)
	sub(/\).*/, "", s)
	recs[fn, ++nrec[fn]] = "file\t" cstrings(s) "\t"
	next
}
/write_string_file\("/ {
	s = substr($0, index($0, "write_string_file(") + 18)
	split(s, a, ",")
	v = a[2]
	gsub(/[ \t]/, "", v)
	if (!(v in strtext)) {
		err("write_string_file of an unknown text: " $0)
		next
	}
	recs[fn, ++nrec[fn]] = "file\t" cstrings(a[1]) "\t" strtext[v]
	next
}
/copy_file\("/ {
	s = substr($0, index($0, "copy_file(") + 10)
	split(s, a, ",")
	recs[fn, ++nrec[fn]] = "copy\t" cstrings(a[1]) "\t" cstrings(a[2])
	next
}

/entry\(test_[a-z0-9_]+\)/ {
	e = $0
	sub(/.*entry\(/, "", e)
	sub(/\).*/, "", e)
	order[++norder] = e
	next
}

END {
	for (i = 1; i <= norder; i++)
		for (j = 1; j <= nrec[order[i]]; j++)
			print recs[order[i], j]
	if (norder == 0)
		err("no entry() table found")
}
