/*
 * credentials.c - rampart-gen: LOAD_CREDENTIAL and SET_CREDENTIAL,
 * systemd.exec(5)'s LoadCredential= and SetCredential=, and the
 * credential store's table PID 1 fills in stage 1 (init/credentials.c).
 *
 * LOAD_CREDENTIAL="ID ID:SOURCE ...": SOURCE (ID itself when left out)
 * is a name in the store (/etc/credstore, no '/') or an absolute path of
 * PID 1's tree.  SET_CREDENTIAL="ID:VALUE ...": the value, written where
 * no load of the same ID was.  Both land in $CREDENTIALS_DIRECTORY,
 * CRED_DIR_BASE/<service id>.  Not in the image at build time is no error
 * for a store name: the boot loader may add it (a second initramfs).
 */
#include "gen.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "parse_credential.h"

struct cred_gen {
	char *id;
	char *source;	/* store name, absolute path, or the value */
	size_t len;	/* the value's length */
	int kind;	/* enum svc_cred_kind of init/service.h */
	int fallback;	/* a load with a value of the same ID */
	size_t store;	/* index into store_names */
};

/* As in init/service.h */
enum { CRED_STORE_KIND, CRED_PATH_KIND, CRED_SET_KIND };

struct service_creds {
	struct cred_gen *load, *set;
	size_t nload, nset;
	char *dir; /* CRED_DIR_BASE/<id> */
};

/* Every store name some service loads, each once: credstore[]. */
static char **store_names;
static size_t nstore;

static struct service_creds *creds_of(struct service *s)
{
	if (!s->credsx)
		s->credsx = xcalloc(1, sizeof(*s->credsx));
	return s->credsx;
}

static int id_check(const struct value *v, const char *what, const char *s,
	size_t len)
{
	char err[PARSE_ERR_MAX];

	if (!parse_credential_id(s, len, err, sizeof(err)))
		return 0;
	value_error(v, "%s \"%.*s\": %s", what, (int)len, s, err);
	return -1;
}

static size_t store_index(const char *name)
{
	size_t i;

	for (i = 0; i < nstore; i++)
		if (!strcmp(store_names[i], name))
			return i;
	store_names = xrealloc(store_names, (nstore + 1) * sizeof(char *));
	store_names[nstore] = xstrdup(name);
	return nstore++;
}

/* LOAD_CREDENTIAL: "ID" (the store's ID), "ID:NAME", "ID:/path". */
static void apply_load(
	struct table *t, struct service *s, const struct value *v)
{
	char err[PARSE_ERR_MAX], *buf, **words;
	struct service_creds *c;
	struct cred_gen *e;
	size_t n, i, j, idlen;
	const char *w, *colon, *src;

	(void)t;
	if (!v->text[0])
		return;
	words = split_words(v, &buf, &n);
	if (!words)
		return;
	if (n > CRED_ENTRIES_MAX) {
		value_error(v, "more than %d credentials", CRED_ENTRIES_MAX);
		n = 0;
	}
	c = creds_of(s);
	c->load = xcalloc(n + 1, sizeof(*c->load));
	for (i = 0; i < n; i++) {
		w = words[i];
		colon = strchr(w, ':');
		idlen = colon ? (size_t)(colon - w) : strlen(w);
		src = colon ? colon + 1 : w;
		if (id_check(v, "credential ID", w, idlen))
			continue;
		if (src[0] == '/') {
			if (parse_path(src, err, sizeof(err))) {
				value_error(v, "\"%s\": %s", src, err);
				continue;
			}
		} else if (strchr(src, '/')) {
			value_error(v,
				"\"%s\": a relative source is a name in the "
				"credential store (%s) and holds no '/'; a "
				"file is named by its absolute path",
				src, CRED_STORE);
			continue;
		} else if (id_check(v, "credential store name", src,
				   strlen(src))) {
			continue;
		}
		for (j = 0; j < c->nload; j++)
			if (strlen(c->load[j].id) == idlen &&
				!strncmp(c->load[j].id, w, idlen))
				break;
		if (j < c->nload) {
			value_error(v, "credential ID %.*s is loaded twice",
				(int)idlen, w);
			continue;
		}
		e = &c->load[c->nload++];
		e->id = xasprintf("%.*s", (int)idlen, w);
		e->source = xstrdup(src);
		e->kind = src[0] == '/' ? CRED_PATH_KIND : CRED_STORE_KIND;
		if (e->kind == CRED_STORE_KIND)
			e->store = store_index(src);
	}
	free(words);
	free(buf);
}

/* C escapes in a value, as STANDARD_INPUT_TEXT's (parse_c_text: systemd's
 * \n \t \r \\ \" \' \xHH and the rest of $'...'; no NUL): the length, or -1
 * after an error. */
static long unescape(const struct value *v, const char *id, const char *in,
	char *out)
{
	char err[PARSE_ERR_MAX];
	size_t n;

	if (parse_c_text(in, out, &n, err, sizeof(err))) {
		value_error(v, "credential %s: %s", id, err);
		return -1;
	}
	out[n] = '\0';
	return (long)n;
}

/* SET_CREDENTIAL: "ID:VALUE", quoted as a word when it has blanks. */
static void apply_set(
	struct table *t, struct service *s, const struct value *v)
{
	char *buf, **words, *val;
	struct service_creds *c;
	struct cred_gen *e;
	size_t n, i, j, idlen, total = 0;
	const char *w, *colon;
	long len;

	(void)t;
	if (!v->text[0])
		return;
	words = split_words(v, &buf, &n);
	if (!words)
		return;
	if (n > CRED_ENTRIES_MAX) {
		value_error(v, "more than %d credentials", CRED_ENTRIES_MAX);
		n = 0;
	}
	c = creds_of(s);
	c->set = xcalloc(n + 1, sizeof(*c->set));
	for (i = 0; i < n; i++) {
		w = words[i];
		colon = strchr(w, ':');
		if (!colon) {
			value_error(v, "\"%s\": not ID:VALUE", w);
			continue;
		}
		idlen = (size_t)(colon - w);
		if (id_check(v, "credential ID", w, idlen))
			continue;
		for (j = 0; j < c->nset; j++)
			if (strlen(c->set[j].id) == idlen &&
				!strncmp(c->set[j].id, w, idlen))
				break;
		if (j < c->nset) {
			value_error(v, "credential ID %.*s is set twice",
				(int)idlen, w);
			continue;
		}
		e = &c->set[c->nset];
		e->id = xasprintf("%.*s", (int)idlen, w);
		val = xmalloc(strlen(colon + 1) + 1);
		len = unescape(v, e->id, colon + 1, val);
		if (len < 0) {
			free(val);
			free(e->id);
			continue;
		}
		if ((size_t)len > CRED_SIZE_MAX) {
			value_error(v,
				"credential %s: %ld bytes, more than %d",
				e->id, len, CRED_SIZE_MAX);
			free(val);
			free(e->id);
			continue;
		}
		total += idlen + (size_t)len;
		if (total > CRED_TOTAL_MAX) {
			value_error(v,
				"the values take more than %d bytes with "
				"their IDs",
				CRED_TOTAL_MAX);
			free(val);
			free(e->id);
			break;
		}
		e->source = val;
		e->len = (size_t)len;
		e->kind = CRED_SET_KIND;
		c->nset++;
	}
	free(words);
	free(buf);
}

/* clang-format off */
static const struct svc_option credentials_options[] = {
	{
		.suffix = "LOAD_CREDENTIAL",
		.type = OPT_STRING,
		.prompt = "Credentials to load (LoadCredential=)",
		.def = "\"\"",
		.apply = apply_load,
		.help =
"Space-separated credentials as systemd's LoadCredential=ID[:SOURCE]\n"
"(systemd.exec(5)), each a read-only file $CREDENTIALS_DIRECTORY/ID\n"
"(/run/credentials/<service id>) of mode 0400, owned by the\n"
"service's user and group, on a ramfs of its own (0500, ro,\n"
"nosuid, nodev, noexec) that only this service's mount namespace\n"
"has: no other service sees it, and the service cannot remount it.\n"
"\n"
"SOURCE (ID when left out) is either\n"
"- a name in the credential store, /etc/credstore: files the image\n"
"  (IMAGE_CREDSTORE) or a second initramfs the boot loader appends\n"
"  put there. PID 1 reads the names services load into its memory\n"
"  at boot, before any service runs, and removes every entry of the\n"
"  store and the store itself: no service ever finds them in the\n"
"  tree; or\n"
"- an absolute path, read at every start as root in PID 1's tree,\n"
"  as STANDARD_INPUT=file: opens it: no symbolic link on the way,\n"
"  owned by root or the service's user, one link, a regular file.\n"
"\n"
"IDs: letters, digits, '_', '.', '-', '@' (up to 64), each once.\n"
"A credential is at most 32768 bytes, all of a service's 131072.\n"
"Fail closed: one that cannot be loaded (missing without a\n"
"SET_CREDENTIAL of its ID, too large, not a plain file) refuses the\n"
"start: \"sandbox failed at credentials: <errno>\". Unlike systemd,\n"
"a store name that is missing is no exception.\n"
"\n"
"Example: \"tls-key:/etc/ssl/private/tls.key token\"",
	},
	{
		.suffix = "SET_CREDENTIAL",
		.type = OPT_STRING,
		.prompt = "Credentials given literally (SetCredential=)",
		.def = "\"\"",
		.apply = apply_set,
		.help =
"Space-separated ID:VALUE words, as systemd's SetCredential=: the\n"
"credential ID with this content, written only where no\n"
"LOAD_CREDENTIAL of the same ID loaded one (then a missing load is\n"
"no error: this is its fallback). Quote a value with blanks\n"
"('id:two words'); C escapes as in STANDARD_INPUT_TEXT (\\n \\t\n"
"\\\\ \\NNN \\xHH ..., no NUL) are applied after the quoting. At most\n"
"32768 bytes each.\n"
"\n"
"The value is compiled into /init, which every service can read:\n"
"give defaults here, never secrets (load those from the store).",
	},
};
/* clang-format on */

const struct option_family credentials_family = {
	"credentials",
	credentials_options,
	sizeof(credentials_options) / sizeof(credentials_options[0]),
};

/* Is path equal to or below dir? */
static int path_within(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	if (!strcmp(dir, "/"))
		return 1;
	return !strncmp(path, dir, n) && (path[n] == '\0' || path[n] == '/');
}

int credentials_any(const struct service *s)
{
	return s->credsx && (s->credsx->nload || s->credsx->nset);
}

/*
 * After every option: the directory, the fallbacks, and the options that
 * would hide or cover it (the credentials are mounted after them: a bind
 * or a tmpfs over /run would leave no directory to mount on, a hidden
 * path stays hidden).
 */
void credentials_finish(struct table *t, struct service *s)
{
	struct service_creds *c = s->credsx;
	const char *p, *what;
	size_t i, j, k;

	(void)t;
	if ((!c || (!c->nload && !c->nset)) && s->spec_creds) {
		/* systemd resolves %d in every unit; nothing is mounted there */
		struct value v = {.sym = s->spec_creds,
			.text = s->spec_creds_text, .quoted = 1};

		value_warning(&v, "%%d names %s/%s, where nothing is "
				  "mounted: %s has no LOAD_CREDENTIAL or "
				  "SET_CREDENTIAL",
			CRED_DIR_BASE, s->id, s->stem);
	}
	if (!c || (!c->nload && !c->nset))
		return;
	c->dir = xasprintf("%s/%s", CRED_DIR_BASE, s->id);
	for (i = 0; i < c->nload; i++)
		for (j = 0; j < c->nset; j++)
			if (!strcmp(c->load[i].id, c->set[j].id))
				c->load[i].fallback = 1;
	for (i = 0; i < s->ninaccessible_paths; i++) {
		p = s->inaccessible_paths[i];
		p += *p == '-';
		if (path_within(c->dir, p))
			gen_error("%s_LOAD_CREDENTIAL: %s, the credentials "
				  "directory, is hidden by %s_INACCESSIBLE_PATHS "
				  "(%s)",
				s->stem, c->dir, s->stem, p);
	}
	p = paths_covering(s, c->dir, &what);
	if (p)
		gen_error("%s_LOAD_CREDENTIAL: %s, the credentials directory, "
			  "is covered by %s_%s (%s)",
			s->stem, c->dir, s->stem, what, p);
	for (k = 0; s->dirs && k < DIR_TYPES; k++)
		for (i = 0; s->dirs->paths[k] && i < s->dirs->n[k]; i++)
			if (path_within(s->dirs->paths[k][i], CRED_DIR_BASE) ||
				path_within(CRED_DIR_BASE, s->dirs->paths[k][i]))
				gen_error("%s: service directory %s and the "
					  "credentials under %s overlap",
					s->stem, s->dirs->paths[k][i],
					CRED_DIR_BASE);
}

void credentials_env(
	struct service *s, void (*set)(struct service *, const char *))
{
	char *e;

	if (!s->credsx || !s->credsx->dir)
		return;
	e = xasprintf("CREDENTIALS_DIRECTORY=%s", s->credsx->dir);
	set(s, e);
	free(e);
}

static void gen_one(struct strbuf *sb, const struct cred_gen *e)
{
	static const char *const kinds[] = {
		"SVC_CRED_STORE", "SVC_CRED_PATH", "SVC_CRED_SET"};

	sb_puts(sb, "\t{ .id = ");
	sb_c_string(sb, e->id);
	sb_puts(sb, ", .source = ");
	sb_c_string(sb, e->source);
	sb_printf(sb, ", .kind = %s", kinds[e->kind]);
	if (e->kind == CRED_SET_KIND)
		sb_printf(sb, ", .len = %zu", e->len);
	if (e->kind == CRED_STORE_KIND)
		sb_printf(sb, ", .store = %zu", e->store);
	if (e->fallback)
		sb_puts(sb, ", .fallback = 1");
	sb_puts(sb, " },\n");
}

/* services.c: the loads in their order, then the values. */
void credentials_gen_data(struct service *s, struct strbuf *sb)
{
	struct service_creds *c = s->credsx;
	size_t i;

	if (!c || !c->dir)
		return;
	sb_printf(sb, "static const struct svc_cred svc_%s_creds[] = {\n",
		s->id);
	for (i = 0; i < c->nload; i++)
		gen_one(sb, &c->load[i]);
	for (i = 0; i < c->nset; i++)
		gen_one(sb, &c->set[i]);
	sb_puts(sb, "};\n");
}

void credentials_gen_entry(struct service *s, struct strbuf *sb)
{
	struct service_creds *c = s->credsx;

	if (!c || !c->dir)
		return;
	sb_printf(sb, "\t\t.creds = svc_%s_creds,\n", s->id);
	sb_printf(sb, "\t\t.ncreds = %zu,\n", c->nload + c->nset);
	sb_puts(sb, "\t\t.creds_dir = ");
	sb_c_string(sb, c->dir);
	sb_puts(sb, ",\n");
}

/* services.txt: where each comes from; a value by its length only. */
void credentials_gen_txt(struct service *s, struct strbuf *sb)
{
	struct service_creds *c = s->credsx;
	size_t i;

	if (!c || !c->dir)
		return;
	sb_puts(sb, "  creds   ");
	sb_shell_word(sb, c->dir);
	sb_puts(sb, " (ramfs, ro, 0500; files 0400)\n");
	for (i = 0; i < c->nload; i++) {
		sb_printf(sb, "  cred    %s <- %s%s%s\n", c->load[i].id,
			c->load[i].kind == CRED_STORE_KIND ? CRED_STORE "/" :
							     "",
			c->load[i].source,
			c->load[i].fallback ? " (else the value)" : "");
	}
	for (i = 0; i < c->nset; i++)
		sb_printf(sb, "  cred    %s = %zu bytes\n", c->set[i].id,
			c->set[i].len);
}

/* The store's table: every name loaded, a slot of CRED_SIZE_MAX each in
 * PID 1's bss (no page is used unless a credential is there).  Nothing
 * when no service loads from the store: init/credentials.c's weak empty
 * table stands. */
void credentials_gen_store(struct strbuf *sb)
{
	size_t i;

	if (!nstore)
		return;
	sb_printf(sb,
		"/* LOAD_CREDENTIAL: the credential store's names PID 1 "
		"loads (%s) */\n",
		CRED_STORE);
	sb_puts(sb, "struct credstore_item credstore[] = {\n");
	for (i = 0; i < nstore; i++) {
		sb_puts(sb, "\t{ .name = ");
		sb_c_string(sb, store_names[i]);
		sb_puts(sb, " },\n");
	}
	sb_printf(sb, "};\n\nconst unsigned int credstore_count = %zu;\n",
		nstore);
	sb_printf(sb, "char credstore_arena[%zu];\n\n",
		nstore * CRED_SIZE_MAX);
}

void credentials_free(struct service *s)
{
	struct service_creds *c = s->credsx;
	size_t i;

	if (!c)
		return;
	for (i = 0; i < c->nload; i++) {
		free(c->load[i].id);
		free(c->load[i].source);
	}
	for (i = 0; i < c->nset; i++) {
		free(c->set[i].id);
		free(c->set[i].source);
	}
	free(c->load);
	free(c->set);
	free(c->dir);
	free(c);
	s->credsx = NULL;
	for (i = 0; i < nstore; i++)
		free(store_names[i]);
	free(store_names);
	store_names = NULL;
	nstore = 0;
}
