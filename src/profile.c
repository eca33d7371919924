/*
 * profile.c - nsjail's configuration fields onto a struct scif_spec.
 *
 * One table names every field scif reads; a field not in it is an error
 * at its position.  Fields are applied in the order written, and those
 * that combine (the rlimits with their _type, the seccomp_string lines,
 * uidmap with gidmap) are applied once the whole file was read.
 */
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "err.h"
#include "profile.h"
#include "profile_base.h"
#include "util.h"

#define MIB (1024ull * 1024ull)

/* What the walk collects before it can be applied. */
struct walk {
	struct profile *p;
	struct scif_spec *s;
	struct scif_err *err;
	const struct pf_field *seen[64]; /* singular fields, by table index */
	const struct pf_field *rl[SCIF_LIMIT_COUNT_]; /* rlimit_* */
	const struct pf_field *rl_type[SCIF_LIMIT_COUNT_];
	const struct pf_field *seccomp[256]; /* seccomp_string lines */
	size_t nseccomp;
	const struct pf_field *policy_file;
	uint64_t uid, gid;
	int ids_set;
	uint64_t cgroup_mem;
	int check_only;
};

static int bad(const struct walk *w, const struct pf_field *f, const char *fmt,
    ...) __attribute__((format(printf, 3, 4)));

static int
bad(const struct walk *w, const struct pf_field *f, const char *fmt, ...)
{
	va_list ap;
	char msg[384];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	(void)err_at(
	    w->err, w->p->doc.file, f->vline, f->vcol, "%s: %s", f->name, msg);
	return -EINVAL;
}

/* A setter's error, moved to the field's position. */
static int
at_field(const struct walk *w, const struct pf_field *f)
{
	char msg[sizeof(w->err->msg)];

	memcpy(msg, w->err->msg, sizeof(msg));
	return bad(w, f, "%s", msg);
}

static int
want(const struct walk *w, const struct pf_field *f, enum pf_kind kind)
{
	static const char *const names[] = { "a quoted string", "a number",
		"an identifier", "a message { ... }" };

	if (f->kind == kind)
		return 0;
	return bad(w, f, "expected %s", names[kind]);
}

static int
get_bool(const struct walk *w, const struct pf_field *f, int *out)
{
	*out = 0;
	if (f->kind == PF_IDENT &&
	    (strcmp(f->str, "true") == 0 || strcmp(f->str, "True") == 0)) {
		*out = 1;
		return 0;
	}
	if (f->kind == PF_IDENT &&
	    (strcmp(f->str, "false") == 0 || strcmp(f->str, "False") == 0)) {
		*out = 0;
		return 0;
	}
	if (f->kind == PF_NUM &&
	    (strcmp(f->str, "0") == 0 || strcmp(f->str, "1") == 0)) {
		*out = f->str[0] == '1';
		return 0;
	}
	return bad(w, f, "expected true or false");
}

static int
get_u64(const struct walk *w, const struct pf_field *f, uint64_t *out)
{
	char *end;

	*out = 0;
	if (f->kind != PF_NUM || f->str[0] == '-' || f->str[0] == '+')
		return bad(w, f, "expected a number of 0 or more");
	errno = 0;
	*out = strtoull(f->str, &end, 0);
	if (errno != 0 || *end != '\0')
		return bad(w, f, "'%s' is not a whole number", f->str);
	return 0;
}

static int
get_str(const struct walk *w, const struct pf_field *f, const char **out)
{
	*out = "";
	if (want(w, f, PF_STR) < 0)
		return -EINVAL;
	*out = f->str;
	return 0;
}

/*
 * Debian's multiarch directory name for the architecture scif was built
 * for: profiles name /usr/lib/${MULTIARCH} once for x86_64 and aarch64.
 */
#if defined(__x86_64__)
#define MULTIARCH "x86_64-linux-gnu"
#elif defined(__aarch64__)
#define MULTIARCH "aarch64-linux-gnu"
#else
#define MULTIARCH NULL
#endif

/*
 * A string with "${PROFILE_DIR}" replaced by the profile's directory
 * (absolute), so that a profile can name files shipped next to it, and
 * "${MULTIARCH}" by the multiarch name.  Any other "${" is an error: a
 * mistyped variable would name a path that is never there.
 */
static int
expand_one(const struct walk *w, const struct pf_field *f, const char *at,
    const char **name, const char **value)
{
	static const char *const names[] = { "${PROFILE_DIR}", "${MULTIARCH}" };
	const char *values[] = { w->p->dir, MULTIARCH };
	size_t i;

	for (i = 0; i < 2; i++) {
		if (strncmp(at, names[i], strlen(names[i])) != 0)
			continue;
		if (values[i] == NULL)
			return bad(w, f, "%s: not known on this architecture",
			    names[i]);
		*name = names[i];
		*value = values[i];
		return 0;
	}
	return bad(w, f,
	    "'%.*s': only ${PROFILE_DIR} and ${MULTIARCH} are expanded",
	    (int)strcspn(at, "}") + 1, at);
}

static int
get_path(const struct walk *w, const struct pf_field *f, const char **out)
{
	const char *s, *hit, *name = "", *value = "";
	size_t n;
	char *buf;

	*out = "";
	if (get_str(w, f, &s) < 0)
		return -EINVAL;
	/* Each variable is shorter than PATH_MAX: a bound, not a count. */
	for (n = strlen(s) + 1, hit = s; (hit = strstr(hit, "${")) != NULL;
	     hit += 2)
		n += PATH_MAX;
	if (n == strlen(s) + 1) {
		*out = s;
		return 0;
	}
	buf = parena_alloc(&w->p->doc.arena, n);
	if (buf == NULL)
		return err_set(w->err, SCIF_E_INTERNAL, ENOMEM, "profile");
	*out = buf;
	while ((hit = strstr(s, "${")) != NULL) {
		if (expand_one(w, f, hit, &name, &value) < 0)
			return -EINVAL;
		memcpy(buf, s, (size_t)(hit - s));
		buf += hit - s;
		memcpy(buf, value, strlen(value));
		buf += strlen(value);
		s = hit + strlen(name);
	}
	memcpy(buf, s, strlen(s) + 1);
	return 0;
}

/* A true boolean, or an error saying scif has no such mode. */
static int
must_be(
    const struct walk *w, const struct pf_field *f, int value, const char *why)
{
	int b;

	if (get_bool(w, f, &b) < 0)
		return -EINVAL;
	if (b != value)
		return bad(w, f, "%s", why);
	return 0;
}

/* ---- the mount message ---- */

struct mount_req {
	const char *src, *dst, *fstype, *options;
	int is_bind, rw, is_dir, mandatory, noexec, is_symlink;
	int has_bind;
	const struct pf_field *at;
};

static int
mount_field(const struct walk *w, const struct pf_field *f, struct mount_req *m)
{
	int b;

	if (strcmp(f->name, "src") == 0)
		return get_path(w, f, &m->src);
	if (strcmp(f->name, "dst") == 0)
		return get_path(w, f, &m->dst);
	if (strcmp(f->name, "fstype") == 0)
		return get_str(w, f, &m->fstype);
	if (strcmp(f->name, "options") == 0)
		return get_str(w, f, &m->options);
	if (strcmp(f->name, "is_bind") == 0) {
		m->has_bind = 1;
		return get_bool(w, f, &m->is_bind);
	}
	if (strcmp(f->name, "rw") == 0)
		return get_bool(w, f, &m->rw);
	if (strcmp(f->name, "is_dir") == 0)
		return get_bool(w, f, &m->is_dir);
	if (strcmp(f->name, "mandatory") == 0)
		return get_bool(w, f, &m->mandatory);
	if (strcmp(f->name, "noexec") == 0)
		return get_bool(w, f, &m->noexec);
	if (strcmp(f->name, "is_symlink") == 0)
		return get_bool(w, f, &m->is_symlink);
	/* scif's binds are always nosuid and nodev; asking is harmless. */
	if (strcmp(f->name, "nosuid") == 0 || strcmp(f->name, "nodev") == 0)
		return get_bool(w, f, &b);
	return err_at(w->err, w->p->doc.file, f->line, f->col,
	    "mount: field '%s' is not supported by scif", f->name);
}

/* A bind: the same path in the job's view, Landlock's rule without a
 * mount namespace. */
static int
mount_bind(const struct walk *w, const struct mount_req *m)
{
	enum scif_access a = SCIF_ACCESS_RO;
	const char *src = m->src != NULL ? m->src : m->dst;
	struct stat st;

	if (src == NULL)
		return bad(w, m->at, "a mount needs src or dst");
	if (m->dst != NULL && strcmp(src, m->dst) != 0)
		return bad(w, m->at,
		    "src '%s' and dst '%s' differ: scif shows a path at "
		    "its own place only",
		    src, m->dst);
	if (stat(src, &st) < 0) {
		if (!m->mandatory)
			return 0;
		return bad(w, m->at,
		    "%s: %s (say mandatory: false if it "
		    "may be missing)",
		    src, strerror(errno));
	}
	if (S_ISCHR(st.st_mode))
		a = SCIF_ACCESS_DEV;
	else if (m->rw)
		a = SCIF_ACCESS_RW;
	else if (m->noexec)
		a = SCIF_ACCESS_RO_NOEXEC;
	if (scif_spec_add_path(w->s, src, a, w->err) < 0)
		return at_field(w, m->at);
	return 0;
}

/*
 * A link dst -> src in the job's mount namespace, as nsjail makes it.  The
 * host must have dst too (mandatory), since without a mount namespace the
 * job resolves the host's own link: both views then agree.
 */
static int
mount_symlink(const struct walk *w, const struct mount_req *m)
{
	struct stat st;

	if (m->src == NULL || m->dst == NULL || m->src[0] == '\0')
		return bad(w, m->at,
		    "a symbolic link needs src (its target) "
		    "and dst");
	if (lstat(m->dst, &st) < 0) {
		if (!m->mandatory)
			return 0;
		return bad(w, m->at,
		    "%s: %s on this host (say mandatory: false if it may "
		    "be missing)",
		    m->dst, strerror(errno));
	}
	if (scif_spec_add_symlink(w->s, m->src, m->dst, w->err) < 0)
		return at_field(w, m->at);
	return 0;
}

static int
do_mount(struct walk *w, const struct pf_field *f)
{
	struct mount_req m = { .mandatory = 1, .at = f };
	const struct pf_field *g;

	if (want(w, f, PF_MSG) < 0)
		return -EINVAL;
	for (g = f->sub; g != NULL; g = g->next) {
		if (mount_field(w, g, &m) < 0)
			return -EINVAL;
	}
	if (m.options != NULL && m.options[0] != '\0')
		return bad(w, f, "options '%s': scif takes no mount options",
		    m.options);
	if (m.dst == NULL && m.src == NULL)
		return bad(w, f, "needs a dst");
	if (m.is_symlink)
		return mount_symlink(w, &m);
	if ((m.dst != NULL && m.dst[0] != '/') ||
	    (m.src != NULL && m.src[0] != '/'))
		return bad(w, f, "paths must be absolute");
	if (m.is_bind || (m.src != NULL && !m.has_bind && m.fstype == NULL))
		return mount_bind(w, &m);
	if (m.fstype != NULL && strcmp(m.fstype, "tmpfs") == 0) {
		if (m.dst == NULL)
			return bad(w, f, "a tmpfs needs a dst");
		if (scif_spec_add_tmpfs(w->s, m.dst, w->err) < 0)
			return at_field(w, f);
		return 0;
	}
	if (m.fstype != NULL && strcmp(m.fstype, "proc") == 0)
		return scif_spec_set_proc(w->s, 1, w->err);
	return bad(w, f, "fstype '%s': scif mounts binds, tmpfs and proc only",
	    m.fstype != NULL ? m.fstype : "");
}

/* ---- uidmap, gidmap ---- */

static int
do_idmap(struct walk *w, const struct pf_field *f)
{
	const char *inside = "", *outside = NULL;
	const struct pf_field *g;
	uint64_t id, count = 1;
	int b = 0;

	if (want(w, f, PF_MSG) < 0)
		return -EINVAL;
	for (g = f->sub; g != NULL; g = g->next) {
		if (strcmp(g->name, "inside_id") == 0) {
			if (get_str(w, g, &inside) < 0)
				return -EINVAL;
		} else if (strcmp(g->name, "outside_id") == 0) {
			if (get_str(w, g, &outside) < 0)
				return -EINVAL;
		} else if (strcmp(g->name, "count") == 0) {
			if (get_u64(w, g, &count) < 0)
				return -EINVAL;
		} else if (strcmp(g->name, "use_newidmap") == 0) {
			if (get_bool(w, g, &b) < 0)
				return -EINVAL;
		} else
			return err_at(w->err, w->p->doc.file, g->line, g->col,
			    "%s: field '%s' is not supported by scif", f->name,
			    g->name);
	}
	if (count != 1 || b)
		return bad(w, f,
		    "scif maps exactly one id (count: 1, no "
		    "use_newidmap)");
	if (outside == NULL || outside[0] == '\0' ||
	    (inside[0] != '\0' && strcmp(inside, outside) != 0))
		return bad(w, f,
		    "give outside_id, the id the job runs as; "
		    "inside_id, if given, must be the same");
	{
		struct pf_field tmp = *f;

		tmp.kind = PF_NUM;
		tmp.str = outside;
		if (get_u64(w, &tmp, &id) < 0)
			return -EINVAL;
	}
	if (id == 0 || id >= (uid_t)-1)
		return bad(w, f, "id %s: not 0, and below 4294967295", outside);
	if (f->name[0] == 'u')
		w->uid = id;
	else
		w->gid = id;
	w->ids_set = 1;
	return 0;
}

/* ---- rlimits ---- */

static const struct {
	const char *name;
	enum scif_limit lim;
	int resource;
	uint64_t unit;
} rlimits[] = {
	{ "rlimit_as", SCIF_LIMIT_AS, RLIMIT_AS, MIB },
	{ "rlimit_cpu", SCIF_LIMIT_CPU, RLIMIT_CPU, 1 },
	{ "rlimit_fsize", SCIF_LIMIT_FSIZE, RLIMIT_FSIZE, MIB },
	{ "rlimit_nofile", SCIF_LIMIT_NOFILE, RLIMIT_NOFILE, 1 },
	{ "rlimit_nproc", SCIF_LIMIT_NPROC, RLIMIT_NPROC, 1 },
	{ "rlimit_stack", SCIF_LIMIT_STACK, RLIMIT_STACK, MIB },
};

#define NRLIMITS (sizeof(rlimits) / sizeof(rlimits[0]))

static int
rlimit_field(struct walk *w, const struct pf_field *f)
{
	size_t i, n;

	for (i = 0; i < NRLIMITS; i++) {
		n = strlen(rlimits[i].name);
		if (strncmp(f->name, rlimits[i].name, n) != 0)
			continue;
		if (f->name[n] == '\0') {
			if (w->rl[rlimits[i].lim] != NULL)
				return bad(w, f, "given twice");
			w->rl[rlimits[i].lim] = f;
			return 1;
		}
		if (strcmp(f->name + n, "_type") == 0) {
			if (w->rl_type[rlimits[i].lim] != NULL)
				return bad(w, f, "given twice");
			w->rl_type[rlimits[i].lim] = f;
			return 1;
		}
	}
	return 0;
}

static int
apply_rlimit(struct walk *w, size_t i)
{
	const struct pf_field *v = w->rl[rlimits[i].lim],
			      *t = w->rl_type[rlimits[i].lim];
	struct rlimit cur;
	uint64_t x;

	if (t != NULL && want(w, t, PF_IDENT) < 0)
		return -EINVAL;
	if (t == NULL || strcmp(t->str, "VALUE") == 0) {
		if (v == NULL)
			return 0;
		if (get_u64(w, v, &x) < 0)
			return -EINVAL;
		if (x > UINT64_MAX / rlimits[i].unit)
			return bad(w, v, "too large");
		if (scif_spec_set_limit(
			w->s, rlimits[i].lim, x * rlimits[i].unit, w->err) < 0)
			return at_field(w, v);
		return 0;
	}
	if (strcmp(t->str, "INF") == 0)
		return 0; /* the caller's own limit stays */
	if (strcmp(t->str, "SOFT") != 0 && strcmp(t->str, "HARD") != 0)
		return bad(
		    w, t, "'%s' is not VALUE, SOFT, HARD or INF", t->str);
	if (getrlimit(rlimits[i].resource, &cur) < 0)
		return err_set(w->err, SCIF_E_SETUP, errno, "getrlimit");
	x = t->str[0] == 'S' ? cur.rlim_cur : cur.rlim_max;
	if (x == RLIM_INFINITY || x == 0)
		return 0;
	if (scif_spec_set_limit(w->s, rlimits[i].lim, x, w->err) < 0)
		return at_field(w, t);
	return 0;
}

/* ---- the syscall policy ---- */

/* The seccomp_string lines joined; a policy error points into them. */
static int
apply_seccomp(struct walk *w)
{
	const struct pf_field *f;
	const char *text;

	text = pf_join_lines(&w->p->doc, w->seccomp, w->nseccomp);
	if (text == NULL)
		return err_set(w->err, SCIF_E_INTERNAL, ENOMEM, "profile");
	if (scif_spec_set_policy_string(w->s, text, NULL, NULL, w->err) == 0)
		return 0;
	if (w->err->line == 0 || w->err->line > w->nseccomp)
		return at_field(w, w->seccomp[0]);
	/* "<string>:L:C: msg" -> the L-th line's position, C into it. */
	f = w->seccomp[w->err->line - 1];
	{
		const char *msg = strstr(w->err->msg, ": ");
		char copy[sizeof(w->err->msg)];
		unsigned col = f->vcol + w->err->col;

		snprintf(copy, sizeof(copy), "%s",
		    msg != NULL ? msg + 2 : w->err->msg);
		return err_at(w->err, w->p->doc.file, f->vline, col,
		    "seccomp_string: %s", copy);
	}
}

static int
apply_policy_file(struct walk *w)
{
	const struct pf_field *f = w->policy_file;
	char path[PATH_MAX];
	const char *s;

	if (get_path(w, f, &s) < 0)
		return -EINVAL;
	if (s[0] == '/')
		snprintf(path, sizeof(path), "%s", s);
	else if (snprintf(path, sizeof(path), "%s/%s", w->p->dir, s) >=
	    (int)sizeof(path))
		return bad(w, f, "path too long");
	if (access(path, R_OK) < 0)
		return bad(w, f, "%s: %s", path, strerror(errno));
	/* Errors keep the policy file's own position. */
	return scif_spec_set_policy_file(w->s, path, NULL, NULL, w->err);
}

/* ---- top-level fields ---- */

static int
do_env(struct walk *w, const struct pf_field *f)
{
	const char *eq, *kv;
	char name[256];
	size_t n;

	if (get_path(w, f, &kv) < 0)
		return -EINVAL;
	if ((eq = strchr(kv, '=')) == NULL) {
		if (scif_spec_keep_env(w->s, kv, w->err) < 0)
			return at_field(w, f);
		return 0;
	}
	n = (size_t)(eq - kv);
	if (n == 0 || n >= sizeof(name))
		return bad(w, f, "expected NAME=VALUE or NAME");
	memcpy(name, kv, n);
	name[n] = '\0';
	if (scif_spec_set_env(w->s, name, eq + 1, w->err) < 0)
		return at_field(w, f);
	return 0;
}

static int
do_keep_env(struct walk *w, const struct pf_field *f)
{
	char name[256];
	size_t i, n;
	int b;

	if (get_bool(w, f, &b) < 0)
		return -EINVAL;
	for (i = 0; b && environ[i] != NULL; i++) {
		n = strcspn(environ[i], "=");
		if (n == 0 || n >= sizeof(name) || environ[i][n] != '=')
			continue;
		memcpy(name, environ[i], n);
		name[n] = '\0';
		if (scif_spec_set_env(w->s, name, environ[i] + n + 1, w->err) <
		    0)
			return at_field(w, f);
	}
	return 0;
}

static int
do_exec_bin(struct walk *w, const struct pf_field *f)
{
	const struct pf_field *g;
	const char *path = NULL;
	int fd = 0;

	if (want(w, f, PF_MSG) < 0)
		return -EINVAL;
	for (g = f->sub; g != NULL; g = g->next) {
		if (strcmp(g->name, "path") == 0) {
			if (get_str(w, g, &path) < 0)
				return -EINVAL;
		} else if (strcmp(g->name, "exec_fd") == 0) {
			if (get_bool(w, g, &fd) < 0)
				return -EINVAL;
		} else
			return err_at(w->err, w->p->doc.file, g->line, g->col,
			    "exec_bin: field '%s' is not supported by scif "
			    "(the arguments come from the command line)",
			    g->name);
	}
	if (path == NULL || path[0] != '/')
		return bad(w, f, "needs an absolute path");
	if (w->p->nprograms == PROFILE_MAX_LIST)
		return bad(w, f, "too many programs");
	w->p->programs[w->p->nprograms++] = path;
	/* The binary must be executable in the job's view, whatever the
	 * mounts: nsjail runs it through a descriptor, scif shows it. */
	if (fd && scif_spec_add_path(w->s, path, SCIF_ACCESS_RO, w->err) < 0)
		return at_field(w, f);
	return 0;
}

static int
do_list(struct walk *w, const struct pf_field *f, const char **v, size_t *n)
{
	if (want(w, f, PF_STR) < 0)
		return -EINVAL;
	if (*n == PROFILE_MAX_LIST)
		return bad(w, f, "at most %d", PROFILE_MAX_LIST);
	if (f->str[0] == '\0')
		return bad(w, f, "empty");
	v[(*n)++] = f->str;
	return 0;
}

static int
do_namespaces(struct walk *w, const struct pf_field *f)
{
	enum scif_ns_mode m;

	if (f->kind != PF_STR && f->kind != PF_IDENT)
		return bad(w, f, "expected \"auto\", \"off\" or \"require\"");
	if (strcmp(f->str, "auto") == 0)
		m = SCIF_NS_AUTO;
	else if (strcmp(f->str, "off") == 0)
		m = SCIF_NS_OFF;
	else if (strcmp(f->str, "require") == 0)
		m = SCIF_NS_REQUIRE;
	else
		return bad(w, f, "expected \"auto\", \"off\" or \"require\"");
	return scif_spec_set_namespaces(w->s, m, w->err);
}

static int
do_require(struct walk *w, const struct pf_field *f)
{
	char buf[256], *tok, *save = NULL;
	int l;

	if (want(w, f, PF_STR) < 0)
		return -EINVAL;
	if (snprintf(buf, sizeof(buf), "%s", f->str) >= (int)sizeof(buf))
		return bad(w, f, "too long");
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	     tok = strtok_r(NULL, ",", &save)) {
		if ((l = scif_layer_from_name(tok)) < 0)
			return bad(w, f, "unknown layer '%s'", tok);
		if (scif_spec_require(w->s, (enum scif_layer)l, w->err) < 0)
			return at_field(w, f);
	}
	return 0;
}

/* Fields that take one value; each may be given once. */
enum fid {
	F_NAME,
	F_DESCRIPTION,
	F_MODE,
	F_HOSTNAME,
	F_CWD,
	F_TIME_LIMIT,
	F_KEEP_ENV,
	F_ENVAR,
	F_CLONE,
	F_CLONE_NEWNET,
	F_UIDMAP,
	F_GIDMAP,
	F_MOUNT,
	F_MOUNT_PROC,
	F_SECCOMP_STRING,
	F_SECCOMP_POLICY_FILE,
	F_CGROUP_MEM_MAX,
	F_CGROUP_PIDS_MAX,
	F_EXEC_BIN,
	/* scif's own */
	F_PROGRAM,
	F_JOB_DIR,
	F_JOB_DIR_ENV,
	F_DEFAULT_PATHS,
	F_NAMESPACES,
	F_REQUIRE,
};

static const struct {
	const char *name;
	enum fid id;
	int repeated;
} fields[] = {
	{ "name", F_NAME, 0 },
	{ "description", F_DESCRIPTION, 1 },
	{ "mode", F_MODE, 0 },
	{ "hostname", F_HOSTNAME, 0 },
	{ "cwd", F_CWD, 0 },
	{ "time_limit", F_TIME_LIMIT, 0 },
	{ "keep_env", F_KEEP_ENV, 0 },
	{ "envar", F_ENVAR, 1 },
	{ "clone_newnet", F_CLONE_NEWNET, 0 },
	{ "clone_newuser", F_CLONE, 0 },
	{ "clone_newns", F_CLONE, 0 },
	{ "clone_newpid", F_CLONE, 0 },
	{ "clone_newipc", F_CLONE, 0 },
	{ "clone_newuts", F_CLONE, 0 },
	{ "clone_newcgroup", F_CLONE, 0 },
	{ "uidmap", F_UIDMAP, 0 },
	{ "gidmap", F_GIDMAP, 0 },
	{ "mount", F_MOUNT, 1 },
	{ "mount_proc", F_MOUNT_PROC, 0 },
	{ "seccomp_string", F_SECCOMP_STRING, 1 },
	{ "seccomp_policy_file", F_SECCOMP_POLICY_FILE, 0 },
	{ "cgroup_mem_max", F_CGROUP_MEM_MAX, 0 },
	{ "cgroup_pids_max", F_CGROUP_PIDS_MAX, 0 },
	{ "exec_bin", F_EXEC_BIN, 0 },
	{ "program", F_PROGRAM, 1 },
	{ "job_dir", F_JOB_DIR, 0 },
	{ "job_dir_env", F_JOB_DIR_ENV, 1 },
	{ "default_paths", F_DEFAULT_PATHS, 0 },
	{ "namespaces", F_NAMESPACES, 0 },
	{ "require", F_REQUIRE, 0 },
};

#define NFIELDS (sizeof(fields) / sizeof(fields[0]))

static int
one_field(struct walk *w, const struct pf_field *f, enum fid id)
{
	uint64_t x;
	int b;

	switch (id) {
	case F_NAME:
		if (get_str(w, f, &w->p->name) < 0)
			return -EINVAL;
		return 0;
	case F_DESCRIPTION:
		return want(w, f, PF_STR);
	case F_MODE:
		if (want(w, f, PF_IDENT) < 0)
			return -EINVAL;
		if (strcmp(f->str, "ONCE") != 0)
			return bad(w, f, "scif runs a job once: only ONCE");
		return 0;
	case F_HOSTNAME:
		if (want(w, f, PF_STR) < 0)
			return -EINVAL;
		if (scif_spec_set_hostname(w->s, f->str, w->err) < 0)
			return at_field(w, f);
		return 0;
	case F_CWD:
		if (want(w, f, PF_STR) < 0)
			return -EINVAL;
		if (scif_spec_set_cwd(w->s, f->str, w->err) < 0)
			return at_field(w, f);
		return 0;
	case F_TIME_LIMIT:
		if (get_u64(w, f, &x) < 0)
			return -EINVAL;
		if (x > UINT64_MAX / 1000)
			return bad(w, f, "too large");
		return scif_spec_set_time(w->s, x * 1000, w->err);
	case F_KEEP_ENV:
		return do_keep_env(w, f);
	case F_ENVAR:
		return do_env(w, f);
	case F_CLONE:
		return must_be(w, f, 1,
		    "scif cannot leave out one namespace (namespaces: "
		    "\"off\" leaves out all)");
	case F_CLONE_NEWNET:
		if (get_bool(w, f, &b) < 0)
			return -EINVAL;
		return scif_spec_set_network(w->s, !b, w->err);
	case F_UIDMAP:
	case F_GIDMAP:
		return do_idmap(w, f);
	case F_MOUNT:
		return do_mount(w, f);
	case F_MOUNT_PROC:
		if (get_bool(w, f, &b) < 0)
			return -EINVAL;
		return scif_spec_set_proc(w->s, b, w->err);
	case F_SECCOMP_STRING:
		if (want(w, f, PF_STR) < 0)
			return -EINVAL;
		if (w->nseccomp == sizeof(w->seccomp) / sizeof(w->seccomp[0]))
			return bad(w, f, "too many lines");
		w->seccomp[w->nseccomp++] = f;
		return 0;
	case F_SECCOMP_POLICY_FILE:
		if (want(w, f, PF_STR) < 0)
			return -EINVAL;
		w->policy_file = f;
		return 0;
	case F_CGROUP_MEM_MAX:
		/* No cgroup layer yet: bounded as address space instead. */
		if (get_u64(w, f, &x) < 0)
			return -EINVAL;
		w->cgroup_mem = x;
		return 0;
	case F_CGROUP_PIDS_MAX:
		if (get_u64(w, f, &x) < 0)
			return -EINVAL;
		if (x != 0 &&
		    scif_spec_set_limit(w->s, SCIF_LIMIT_NPROC, x, w->err) < 0)
			return at_field(w, f);
		return 0;
	case F_EXEC_BIN:
		return do_exec_bin(w, f);
	case F_PROGRAM:
		return do_list(w, f, w->p->programs, &w->p->nprograms);
	case F_JOB_DIR:
		return get_bool(w, f, &w->p->job_dir);
	case F_JOB_DIR_ENV:
		if (do_list(w, f, w->p->job_env, &w->p->njob_env) < 0)
			return -EINVAL;
		if (!env_name_ok(f->str))
			return bad(w, f, "'%s' is not a variable name", f->str);
		return 0;
	case F_DEFAULT_PATHS:
		if (get_bool(w, f, &b) < 0)
			return -EINVAL;
		return scif_spec_set_default_paths(w->s, b, w->err);
	case F_NAMESPACES:
		return do_namespaces(w, f);
	case F_REQUIRE:
		return do_require(w, f);
	}
	return bad(w, f, "internal: unhandled field");
}

static int
walk_field(struct walk *w, const struct pf_field *f)
{
	size_t i;
	int r;

	if ((r = rlimit_field(w, f)) != 0)
		return r < 0 ? r : 0;
	for (i = 0; i < NFIELDS; i++) {
		if (strcmp(f->name, fields[i].name) != 0)
			continue;
		if (!fields[i].repeated) {
			if (w->seen[i] != NULL)
				return err_at(w->err, w->p->doc.file, f->line,
				    f->col, "%s: given twice (line %u)",
				    f->name, w->seen[i]->line);
			w->seen[i] = f;
		}
		return one_field(w, f, fields[i].id);
	}
	return err_at(w->err, w->p->doc.file, f->line, f->col,
	    "field '%s' is not supported by scif (see scif(5))", f->name);
}

static int
walk_end(struct walk *w)
{
	uint64_t as;
	size_t i;

	for (i = 0; i < NRLIMITS; i++) {
		if (apply_rlimit(w, i) < 0)
			return -EINVAL;
	}
	if (w->cgroup_mem != 0) {
		as = w->s->lim[SCIF_LIMIT_AS].set
		    ? w->s->lim[SCIF_LIMIT_AS].value
		    : UINT64_MAX;
		if (w->cgroup_mem < as &&
		    scif_spec_set_limit(
			w->s, SCIF_LIMIT_AS, w->cgroup_mem, w->err) < 0)
			return -EINVAL;
	}
	if (w->ids_set &&
	    scif_spec_set_ids(w->s, w->uid != 0 ? (uid_t)w->uid : 65534,
		w->gid != 0 ? (gid_t)w->gid : 65534, w->err) < 0)
		return -EINVAL;
	if (w->nseccomp != 0 && w->policy_file != NULL)
		return bad(w, w->policy_file,
		    "give seccomp_string or seccomp_policy_file, not both");
	if (w->nseccomp != 0)
		return apply_seccomp(w);
	if (w->policy_file != NULL)
		return apply_policy_file(w);
	return 0;
}

static int
walk(struct profile *p, struct scif_spec *s, struct scif_err *err)
{
	const struct pf_field *f;
	struct scif_err local;
	struct walk *w;
	int r = 0;

	if (err == NULL)
		err = &local; /* the setters' messages are moved, so kept */
	/* The walk is large (positions of every line): not on the stack. */
	if ((w = calloc(1, sizeof(*w))) == NULL)
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "profile");
	w->p = p;
	w->s = s;
	w->err = err;
	p->nprograms = 0;
	p->njob_env = 0;
	p->job_dir = 0;
	for (f = p->doc.head; r == 0 && f != NULL; f = f->next)
		r = walk_field(w, f);
	if (r == 0)
		r = walk_end(w);
	free(w);
	return r < 0 ? r : 0;
}

int
profile_load(const char *path, struct profile **out, struct scif_err *err)
{
	struct profile *p;
	char *copy;
	int r;

	*out = NULL;
	if ((p = calloc(1, sizeof(*p))) == NULL)
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "profile");
	if ((p->path = strdup(path)) == NULL || (copy = strdup(path)) == NULL) {
		profile_free(p);
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "profile");
	}
	/* Absolute, for ${PROFILE_DIR}: the job may run elsewhere. */
	p->dir = realpath(dirname(copy), NULL);
	free(copy);
	if (p->dir == NULL) {
		profile_free(p);
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "profile");
	}
	if ((r = pf_parse_file(&p->doc, path, err)) < 0) {
		profile_free(p);
		return r;
	}
	*out = p;
	return 0;
}

int
profile_apply(struct profile *p, struct scif_spec *spec, struct scif_err *err)
{
	if (walk(p, spec, err) < 0)
		return -EINVAL;
	profile_base_free(p->base);
	if ((p->base = profile_base_take(spec)) == NULL)
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "profile");
	return 0;
}

int
profile_validate(struct profile *p, struct scif_err *err)
{
	struct scif_spec *s;
	int r;

	if ((s = scif_spec_new()) == NULL)
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "profile");
	r = walk(p, s, err);
	scif_spec_free(s);
	return r;
}

void
profile_free(struct profile *p)
{
	if (p == NULL)
		return;
	pf_free(&p->doc);
	profile_base_free(p->base);
	free(p->path);
	free(p->dir);
	free(p);
}
