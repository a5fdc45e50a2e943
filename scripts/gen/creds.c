/* creds.c - rampart-gen: capabilities, secure bits, supplementary groups,
 * rlimits. */
#include "gen.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Capability numbers are kernel ABI; these name what the checks mean. */
#define CAP_NUM_SYS_CHROOT 18
#define CAP_NUM_SYS_PTRACE 19
#define CAP_NUM_SYS_ADMIN 21
#define CAP_NUM_SYS_RESOURCE 24
#define SECBIT_NOROOT_BIT 1U

/* As in init/service.h */
enum { BOUNDING_UNCHANGED, BOUNDING_LIST, BOUNDING_ALL_BUT };

/*
 * libcap's name table, as its build generates it from its own copy of
 * linux/capability.h (libcap/cap_names.list.h, lines {"cap_chown",0},):
 * the names cap_from_name() knows, so the build and libcap agree.
 */
void creds_load_cap_names(struct table *t, const char *path)
{
	char *data, *line, *next, name[64];
	int n, err;

	t->cap_path = path;
	if (!path)
		return;
	err = read_file(path, &data, NULL);
	if (err)
		gen_fatal("cannot read %s: %s", path, strerror(-err));
	for (line = data; *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		else
			next = line + strlen(line);
		if (sscanf(line, "{\"%63[^\"]\",%d}", name, &n) != 2)
			continue;
		if (n < 0 || n > 63)
			gen_fatal(
				"%s: capability %s numbered %d", path, name, n);
		if ((size_t)n >= t->ncap_names) {
			t->cap_names = xrealloc(
				t->cap_names, (size_t)(n + 1) * sizeof(char *));
			while (t->ncap_names <= (size_t)n)
				t->cap_names[t->ncap_names++] = NULL;
		}
		free(t->cap_names[n]);
		/* libcap's names are "cap_chown": keep what follows cap_ */
		t->cap_names[n] =
			xstrdup(strncmp(name, "cap_", 4) ? name : name + 4);
	}
	free(data);
	if (!t->ncap_names)
		gen_fatal("%s: no capability names in it", path);
}

void creds_free(struct table *t)
{
	size_t i;

	for (i = 0; i < t->ncap_names; i++)
		free(t->cap_names[i]);
	free(t->cap_names);
	for (i = 0; i < t->nsvcs; i++) {
		free(t->svcs[i].bounding_text);
		free(t->svcs[i].ambient_text);
		free(t->svcs[i].limits_text);
		free(t->svcs[i].supp);
	}
}

static int caps_parse(struct table *t, const struct value *v, int invert_ok,
	uint64_t *mask, int *invert)
{
	char err[PARSE_ERR_MAX];

	if (!t->ncap_names) {
		value_error(v, "no capability table (rampart-gen table "
			       "--capabilities FILE)");
		return -1;
	}
	if (parse_caps(v->text, (const char *const *)t->cap_names,
		    t->ncap_names, invert_ok, mask, invert, err, sizeof(err))) {
		value_error(v, "%s", err);
		return -1;
	}
	return 0;
}

static int is_blank_only(const char *s)
{
	return s[strspn(s, " \t\n")] == '\0';
}

static void creds_apply_bounding(
	struct table *t, struct service *s, const struct value *v)
{
	uint64_t m;
	int inv;

	s->bounding_text = xstrdup(v->text);
	if (is_blank_only(v->text) || !strcmp(v->text, "all"))
		return; /* unchanged: every capability ("all" on purpose) */
	if (!strcmp(v->text, "none")) {
		s->cap_bounding_mode = BOUNDING_LIST; /* the empty set */
		return;
	}
	if (caps_parse(t, v, 1, &m, &inv))
		return;
	s->cap_bounding_mode = inv ? BOUNDING_ALL_BUT : BOUNDING_LIST;
	s->cap_bounding = inv ? ~m : m;
}

static void creds_apply_ambient(
	struct table *t, struct service *s, const struct value *v)
{
	int inv;

	s->ambient_text = xstrdup(v->text);
	if (!is_blank_only(v->text))
		caps_parse(t, v, 0, &s->cap_ambient, &inv);
}

static void creds_apply_nnp(struct table *t, struct service *s, const struct value *v)
{
	(void)t;
	s->new_privs_allowed = !strcmp(v->text, "n");
}

static void creds_apply_securebits(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];

	(void)t;
	if (parse_securebits(v->text, &s->securebits, err, sizeof(err)))
		value_error(v, "%s", err);
}

static void creds_apply_supp_groups(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX], *buf = xstrdup(v->text), *w, *save = NULL;
	const struct group *gr;
	unsigned long long n;
	unsigned long gid;
	size_t i;

	for (w = strtok_r(buf, " \t\n", &save); w;
		w = strtok_r(NULL, " \t\n", &save)) {
		if (w[strspn(w, "0123456789")] == '\0') {
			if (parse_uint(w, 0, ID_MAX, &n, err, sizeof(err))) {
				value_error(v, "gid %s %s", w, err);
				continue;
			}
			gid = (unsigned long)n;
		} else if ((gr = userdb_group_by_name(&t->users, w))) {
			gid = gr->gid;
		} else if (!strcmp(w, "root")) {
			gid = 0;
		} else {
			value_error(v, "no such group %s in %s", w,
				t->users.group_path);
			continue;
		}
		if (gid == 65535 || gid == ID_MAX) {
			value_error(v,
				"gid %lu is reserved (it means -1 to the kernel)",
				gid);
			continue;
		}
		for (i = 0; i < s->nsupp && s->supp[i] != gid; i++)
			;
		if (i < s->nsupp) {
			value_error(v, "group %s (gid %lu) is listed twice", w,
				gid);
			continue;
		}
		s->supp = xrealloc(s->supp, (s->nsupp + 1) * sizeof(*s->supp));
		s->supp[s->nsupp++] = gid;
	}
	free(buf);
}

static void creds_apply_limits(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX];

	(void)t;
	s->limits_text = xstrdup(v->text);
	if (parse_limits(v->text, s->limits, &s->nlimits, err, sizeof(err))) {
		value_error(v, "%s", err);
		s->nlimits = 0;
	}
}

static uint64_t capbit(int c)
{
	return (uint64_t)1 << c;
}

/* The name of capability c as users write it. */
static const char *cap_show(struct table *t, int c, char buf[72])
{
	size_t i;
	const char *n = (size_t)c < t->ncap_names && t->cap_names[c]
				? t->cap_names[c]
				: NULL;

	if (!n) {
		snprintf(buf, 72, "capability %d", c);
		return buf;
	}
	snprintf(buf, 72, "CAP_%s", n);
	for (i = 4; buf[i]; i++)
		if (buf[i] >= 'a' && buf[i] <= 'z')
			buf[i] = (char)(buf[i] - 'a' + 'A');
	return buf;
}

/* A non-empty string option of another concern, straight from .config. */
static const char *other_option(
	struct table *t, struct service *s, const char *suffix, char **name)
{
	const struct sym *sym;

	*name = xasprintf("%s_%s", s->stem, suffix);
	sym = config_get(&t->cfg, *name);
	if (!sym || !sym->quoted || is_blank_only(sym->value))
		return NULL;
	return sym->value;
}

void creds_finish(struct table *t, struct service *s)
{
	char *bsym = xasprintf("%s_CAPABILITY_BOUNDING_SET", s->stem);
	char *asym = xasprintf("%s_AMBIENT_CAPABILITIES", s->stem);
	char *lsym = xasprintf("%s_LIMITS", s->stem), *other;
	struct value bv = {bsym, s->bounding_text ? s->bounding_text : "", 1};
	struct value av = {asym, s->ambient_text ? s->ambient_text : "", 1};
	struct value lv = {lsym, s->limits_text ? s->limits_text : "", 1};
	struct value rootdir = {NULL, NULL, 1};
	const struct value *capv;
	uint64_t eff, configured;
	char cb[72];
	size_t i;
	int c, root;

	/* The group list: primary gid first, then the others once each. */
	for (i = 0; i < s->nsupp; i++) {
		if (s->supp[i] == s->gid)
			continue;
		s->groups = xrealloc(
			s->groups, (s->ngroups + 1) * sizeof(*s->groups));
		s->groups[s->ngroups++] = s->supp[i];
	}

	/* Ambient needs the capability in the bounding set (inheritable). */
	if (s->cap_bounding_mode != BOUNDING_UNCHANGED)
		for (c = 0; c < 64; c++)
			if ((s->cap_ambient & capbit(c)) &&
				!(s->cap_bounding & capbit(c)))
				value_error(&av,
					"%s is not in %s, so it cannot be ambient",
					cap_show(t, c, cb), bsym);

	/*
	 * What the service holds after execve: root (without noroot) gets
	 * its bounding set, anyone else its ambient capabilities.  Only
	 * capabilities configured here are warned about (a root service
	 * with an unrestricted bounding set holds everything anyway).
	 */
	root = s->uid == 0 && !(s->securebits & SECBIT_NOROOT_BIT);
	eff = s->cap_ambient;
	configured = s->cap_ambient;
	capv = &av;
	if (root && s->cap_bounding_mode != BOUNDING_UNCHANGED) {
		eff |= s->cap_bounding;
		configured |= s->cap_bounding;
		capv = &bv;
	} else if (root) {
		eff = ~(uint64_t)0;
	}
	for (i = 0; i < s->nlimits; i++) {
		if (strcmp(parse_rlimit_names[s->limits[i].which], "NPROC"))
			continue;
		if (s->uid == 0)
			value_warning(
				&lv, "NPROC does not limit a root service (the "
				     "kernel exempts uid 0)");
		else if (eff & (capbit(CAP_NUM_SYS_RESOURCE) |
				       capbit(CAP_NUM_SYS_ADMIN)))
			value_warning(&lv,
				"NPROC does not limit a service that keeps %s (see %s)",
				cap_show(t,
					eff & capbit(CAP_NUM_SYS_RESOURCE)
						? CAP_NUM_SYS_RESOURCE
						: CAP_NUM_SYS_ADMIN,
					cb),
				capv->sym);
	}
	if (other_option(t, s, "READ_ONLY_PATHS", &other) &&
		(configured & capbit(CAP_NUM_SYS_ADMIN)))
		value_warning(capv,
			"keeps CAP_SYS_ADMIN, with which the service can make %s writable again",
			other);
	free(other);
	if (s->protect_cgroups && (configured & capbit(CAP_NUM_SYS_ADMIN)))
		value_warning(capv,
			"keeps CAP_SYS_ADMIN, with which the service can make the cgroup hierarchies writable again (%s_PROTECT_CONTROL_GROUPS)",
			s->stem);
	if (s->protect_cgroups && (configured & capbit(CAP_NUM_SYS_PTRACE)))
		value_warning(capv,
			"keeps CAP_SYS_PTRACE, with which the service can reach PID 1's writable cgroup hierarchies through /proc/1/root (%s_PROTECT_CONTROL_GROUPS)",
			s->stem);
	/* chroot() cannot be escaped only without CAP_SYS_CHROOT and
	 * CAP_SYS_ADMIN (see docs/architecture.md, "Root directory"). */
	other = xasprintf("%s_ROOT_DIRECTORY", s->stem);
	rootdir.sym = other;
	rootdir.text = s->root_directory; /* set only when valid */
	if (rootdir.text && root &&
		s->cap_bounding_mode == BOUNDING_UNCHANGED)
		value_warning(&rootdir,
			"runs as root: it can leave the root directory unless CAP_SYS_CHROOT and CAP_SYS_ADMIN are out of its bounding set");
	else if (rootdir.text && (configured & (capbit(CAP_NUM_SYS_CHROOT) |
						       capbit(CAP_NUM_SYS_ADMIN))))
		value_warning(capv,
			"keeps %s, with which the service can escape %s",
			cap_show(t,
				configured & capbit(CAP_NUM_SYS_CHROOT)
					? CAP_NUM_SYS_CHROOT
					: CAP_NUM_SYS_ADMIN,
				cb),
			other);
	free(other);
	free(bsym);
	free(asym);
	free(lsym);
}

void creds_gen_data(struct service *s, struct strbuf *sb)
{
	size_t i;

	if (!s->nlimits)
		return;
	sb_printf(sb, "static const struct svc_rlimit svc_%s_rlimits[] = {\n",
		s->id);
	for (i = 0; i < s->nlimits; i++)
		sb_printf(sb, "\t{ RLIMIT_%s, %lluULL, %lluULL },\n",
			parse_rlimit_names[s->limits[i].which],
			(unsigned long long)s->limits[i].soft,
			(unsigned long long)s->limits[i].hard);
	sb_puts(sb, "};\n");
}

static const char *const bounding_enums[] = {
	"SVC_CAP_BOUNDING_UNCHANGED",
	"SVC_CAP_BOUNDING_LIST",
	"SVC_CAP_BOUNDING_ALL_BUT",
};

void creds_gen_entry(struct service *s, struct strbuf *sb)
{
	if (s->nlimits) {
		sb_printf(sb, "\t\t.rlimits = svc_%s_rlimits,\n", s->id);
		sb_printf(sb, "\t\t.nrlimits = %zu,\n", s->nlimits);
	}
	if (s->cap_bounding_mode) {
		sb_printf(sb, "\t\t.cap_bounding_mode = %s,\n",
			bounding_enums[s->cap_bounding_mode]);
		sb_printf(sb, "\t\t.cap_bounding = 0x%016llxULL,\n",
			(unsigned long long)s->cap_bounding);
	}
	if (s->cap_ambient)
		sb_printf(sb, "\t\t.cap_ambient = 0x%016llxULL,\n",
			(unsigned long long)s->cap_ambient);
	if (s->new_privs_allowed)
		sb_puts(sb, "\t\t.new_privs_allowed = 1,\n");
	if (s->securebits)
		sb_printf(sb, "\t\t.securebits = 0x%02x,\n", s->securebits);
}

static void caps_txt(struct table *t, struct strbuf *sb, uint64_t m)
{
	char cb[72];
	int c;

	for (c = 0; c < 64; c++)
		if (m & capbit(c))
			sb_printf(sb, " %s", cap_show(t, c, cb));
}

void creds_gen_txt(struct table *t, struct service *s, struct strbuf *sb)
{
	size_t i;

	if (s->cap_bounding_mode == BOUNDING_LIST) {
		sb_puts(sb, "  capbnd ");
		if (!s->cap_bounding)
			sb_puts(sb, " none");
		caps_txt(t, sb, s->cap_bounding);
		sb_putc(sb, '\n');
	} else if (s->cap_bounding_mode == BOUNDING_ALL_BUT) {
		sb_puts(sb, "  capbnd  all but");
		caps_txt(t, sb, ~s->cap_bounding);
		sb_putc(sb, '\n');
	}
	if (s->cap_ambient) {
		sb_puts(sb, "  capamb ");
		caps_txt(t, sb, s->cap_ambient);
		sb_putc(sb, '\n');
	}
	if (s->securebits) {
		sb_puts(sb, "  secbits");
		for (i = 0; parse_securebit_names[i]; i++)
			if (s->securebits & (1U << i))
				sb_printf(sb, " %s", parse_securebit_names[i]);
		sb_putc(sb, '\n');
	}
	if (s->new_privs_allowed)
		sb_puts(sb, "  nnp     n (new privileges allowed)\n");
	for (i = 0; i < s->nlimits; i++) {
		sb_printf(sb, "%s%s=", i ? "          " : "  limits  ",
			parse_rlimit_names[s->limits[i].which]);
		if (s->limits[i].soft == PARSE_RLIMIT_INFINITY)
			sb_puts(sb, "infinity");
		else
			sb_printf(sb, "%llu",
				(unsigned long long)s->limits[i].soft);
		if (s->limits[i].hard == PARSE_RLIMIT_INFINITY)
			sb_puts(sb, ":infinity\n");
		else
			sb_printf(sb, ":%llu\n",
				(unsigned long long)s->limits[i].hard);
	}
}

/* clang-format off */
static const struct svc_option creds_options[] = {
	{
		.suffix = "SUPPLEMENTARY_GROUPS",
		.type = OPT_STRING,
		.prompt = "Supplementary groups",
		.def = "\"\"",
		.apply = creds_apply_supp_groups,
		.help =
"More groups for the process, as SupplementaryGroups= in\n"
"systemd.exec(5): space-separated names from the image's\n"
"/etc/group or numbers, resolved at build time. The group list is\n"
"the primary group (GROUP) followed by these; membership listed in\n"
"/etc/group is not applied otherwise. 65535 and 4294967295 are\n"
"refused, a group listed twice is an error.\n"
"\n"
"Example: \"audio video\"",
	},
	{
		.suffix = "CAPABILITY_BOUNDING_SET",
		.type = OPT_STRING,
		.prompt = "Capability bounding set",
		.def = "\"\"",
		.apply = creds_apply_bounding,
		.help =
"The capabilities the service and everything it runs can ever hold,\n"
"as CapabilityBoundingSet= in systemd.exec(5) and capabilities(7):\n"
"space-separated names (CAP_CHOWN CAP_NET_BIND_SERVICE ...; any\n"
"case). With a leading '~' the set is every capability but those\n"
"listed, newer capabilities than this build knows included.\n"
"  \"\"       not configured: unchanged (every capability); a root\n"
"           service left so is a build warning\n"
"  \"all\"    every capability, on purpose (no warning)\n"
"  \"none\"   the empty set\n"
"The names are checked at build time against libcap's table; a\n"
"misspelt one fails the build with a suggestion. A listed\n"
"capability the running kernel does not know makes the service\n"
"fail to start (sandbox failed at capability-bounding-set).\n"
"\n"
"A root service holds exactly this set after it starts; a non-root\n"
"one holds only its AMBIENT_CAPABILITIES.\n"
"\n"
"Examples: \"CAP_NET_BIND_SERVICE\", \"~CAP_SYS_ADMIN CAP_SYS_MODULE\"",
	},
	{
		.suffix = "AMBIENT_CAPABILITIES",
		.type = OPT_STRING,
		.prompt = "Ambient capabilities",
		.def = "\"\"",
		.apply = creds_apply_ambient,
		.help =
"Capabilities a non-root service keeps, as AmbientCapabilities=\n"
"in systemd.exec(5): space-separated names, no '~'. They are\n"
"kept across the change to USER and survive execve, so a daemon\n"
"running as its own user can, for instance, bind port 80 with\n"
"CAP_NET_BIND_SERVICE alone. They must be in the bounding set.\n"
"\n"
"Example: \"CAP_NET_BIND_SERVICE\"",
	},
	{
		.suffix = "NO_NEW_PRIVILEGES",
		.type = OPT_BOOL,
		.prompt = "No new privileges",
		.def = "y",
		.apply = creds_apply_nnp,
		.help =
"As NoNewPrivileges= in systemd.exec(5): set PR_SET_NO_NEW_PRIVS\n"
"last before the program runs, so neither it nor anything it runs\n"
"gains privileges from setuid/setgid bits or file capabilities.\n"
"On by default; turn it off only for a service that must run\n"
"setuid programs (su, ping from a non-root user, ...).",
	},
	{
		.suffix = "SECURE_BITS",
		.type = OPT_STRING,
		.prompt = "Secure bits",
		.def = "\"\"",
		.apply = creds_apply_securebits,
		.help =
"As SecureBits= in systemd.exec(5), see capabilities(7):\n"
"space-separated names among noroot, noroot-locked,\n"
"no-setuid-fixup, no-setuid-fixup-locked, keep-caps,\n"
"keep-caps-locked. noroot: uid 0 gets no capabilities for free on\n"
"execve; no-setuid-fixup: uid changes leave capabilities alone;\n"
"keep-caps: keep permitted capabilities across a change away from\n"
"uid 0 (cleared again by execve). -locked: the bit cannot be\n"
"changed any more by the service.",
	},
	{
		.suffix = "LIMITS",
		.type = OPT_STRING,
		.prompt = "Resource limits (NAME=soft[:hard] ...)",
		.def = "\"\"",
		.apply = creds_apply_limits,
		.help =
"Resource limits, as the Limit*= options of systemd.exec(5) and\n"
"setrlimit(2): space-separated NAME=soft[:hard] words, NAME one of\n"
"CPU FSIZE DATA STACK CORE RSS NOFILE AS NPROC MEMLOCK LOCKS\n"
"SIGPENDING MSGQUEUE NICE RTPRIO RTTIME. A value is a plain\n"
"number in the kernel's unit (bytes; seconds for CPU;\n"
"microseconds for RTTIME; 20 - nice for NICE) or infinity; soft\n"
"alone sets both. Soft above hard, an unknown name, a name set\n"
"twice or a number that does not fit 64 bits fail the build.\n"
"Set while the service is still root; a hard limit the kernel\n"
"refuses (NOFILE above fs.nr_open) keeps it from starting, and so\n"
"does a value of 4294967295 or more on a 32-bit kernel (armhf),\n"
"which would store it as infinity.\n"
"\n"
"NPROC counts the processes of the service's uid, and the kernel\n"
"does not apply it to root or to a process with CAP_SYS_RESOURCE\n"
"or CAP_SYS_ADMIN: the build warns then.\n"
"\n"
"Example: \"NOFILE=1024:4096 CORE=0 NPROC=64\"",
	},
};
/* clang-format on */

const struct option_family creds_family = {
	"credentials, capabilities, rlimits", creds_options,
	sizeof(creds_options) / sizeof(creds_options[0]),
};
