/*
 * compile.c - rules to libseccomp, libseccomp to BPF.
 *
 * Kafel lets the first matching rule win, libseccomp refuses rules that
 * overlap with different actions.  So for each syscall, rule i is given
 * to libseccomp as "its condition and none of the earlier conditions of
 * another action", and rules with the default action are left out:
 * what no rule claims gets the default.
 */
#include <errno.h>
#include <seccomp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

#include "err.h"
#include "policy/policy.h"

#define MAX_USE_DEPTH 64

struct pref {
	const struct prule *rule;
};

struct pflat {
	struct pref *r;
	size_t n, cap;
};

void
pwarn(const struct pctx *c, const struct ppos *pos, const char *fmt, ...)
{
	char msg[512], full[640];
	va_list ap;

	if (c->warn == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	snprintf(full, sizeof(full), "%s:%u:%u: warning: %s", pos->file,
	    pos->line, pos->col, msg);
	c->warn(c->warn_arg, full);
}

static int
flat_add(struct pctx *c, struct pflat *f, const struct prule *r)
{
	struct pref *n;
	size_t cap;

	if (f->n == f->cap) {
		if (f->n >= POLICY_MAX_RULES)
			return err_at(c->err, r->pos.file, r->pos.line,
			    r->pos.col, "policy too large (more than %d rules)",
			    POLICY_MAX_RULES);
		cap = f->cap == 0 ? 64 : f->cap * 2;
		if ((n = realloc(f->r, cap * sizeof(*n))) == NULL)
			return err_set(
			    c->err, SCIF_E_INTERNAL, ENOMEM, "policy");
		f->r = n;
		f->cap = cap;
	}
	f->r[f->n++].rule = r;
	return 0;
}

/*
 * Rules in the order they apply.  A policy used a second time adds
 * nothing: its first copy already matches everything it would.
 */
static int
flatten(struct pctx *c, struct ppolicy *pol, struct pflat *f, int depth)
{
	struct pentry *e;
	int r;

	pol->busy = 1;
	for (e = pol->head; e != NULL; e = e->next) {
		if (e->kind == PENT_RULE) {
			if ((r = flat_add(c, f, &e->rule)) < 0)
				return r;
			continue;
		}
		if (e->use->busy)
			continue;
		if (depth >= MAX_USE_DEPTH)
			return err_at(c->err, e->use->pos.file,
			    e->use->pos.line, e->use->pos.col,
			    "USE nested too deeply (more than %d levels)",
			    MAX_USE_DEPTH);
		if ((r = flatten(c, e->use, f, depth + 1)) < 0)
			return r;
	}
	return 0;
}

static int
by_nr(const void *a, const void *b)
{
	const struct prule *x = ((const struct pref *)a)->rule;
	const struct prule *y = ((const struct pref *)b)->rule;

	if (x->nr != y->nr)
		return x->nr < y->nr ? -1 : 1;
	/* The rules of one policy sit in one array, in order. */
	return x < y ? -1 : x > y;
}

struct pgroup {
	const struct pref *r;
	size_t n;
	struct pdnf *cond;
};

static int
too_complex(struct pctx *c, const struct prule *r, int e)
{
	if (e == -E2BIG)
		return err_at(c->err, r->pos.file, r->pos.line, r->pos.col,
		    "condition for '%s' too complex (more than %d rules "
		    "after expansion)",
		    r->name, POLICY_MAX_TERMS);
	return err_set(c->err, SCIF_E_INTERNAL, -e, "policy");
}

/*
 * libseccomp takes native numbers and translates them by name to the
 * filter's arch, so a filter for another arch needs the native number
 * (or libseccomp's negative pseudo number) of the same name.
 */
static int
lib_nr(const struct pctx *c, const struct prule *r)
{
	char *name;
	int nr;

	if (c->arch == seccomp_arch_native())
		return r->nr;
	if ((name = seccomp_syscall_resolve_num_arch(c->arch, r->nr)) == NULL)
		return __NR_SCMP_ERROR;
	nr = seccomp_syscall_resolve_name(name);
	free(name);
	return nr;
}

static int
add_term_rule(struct pctx *c, scmp_filter_ctx ctx, const struct prule *at,
    uint32_t action, const struct pterm *t)
{
	struct scmp_arg_cmp cmp[POLICY_MAX_ARGS];
	unsigned n = 0;
	int i, r;

	for (i = 0; i < POLICY_MAX_ARGS; i++)
		if (t->mask[i] != 0) {
			cmp[n].arg = (unsigned)i;
			cmp[n].op = SCMP_CMP_MASKED_EQ;
			cmp[n].datum_a = t->mask[i];
			cmp[n].datum_b = t->val[i];
			n++;
		}
	if ((r = lib_nr(c, at)) == __NR_SCMP_ERROR)
		return err_at(c->err, at->pos.file, at->pos.line, at->pos.col,
		    "syscall %d has no name libseccomp knows", at->nr);
	if ((r = seccomp_rule_add_array(ctx, action, r, n, cmp)) < 0)
		return err_at(c->err, at->pos.file, at->pos.line, at->pos.col,
		    "libseccomp refused the rule for '%s': %s", at->name,
		    strerror(-r));
	return 0;
}

static void
never_init(struct pctx *c)
{
	const char *const *n;
	int nr;

	c->nnever = 0;
	for (n = policy_never_allowed(); *n != NULL; n++)
		if ((nr = seccomp_syscall_resolve_name_arch(c->arch, *n)) >=
			0 &&
		    c->nnever < POLICY_MAX_NEVER)
			c->never[c->nnever++] = nr;
	c->sock_nr = seccomp_syscall_resolve_name_arch(c->arch, "socket");
	c->pers_nr = seccomp_syscall_resolve_name_arch(c->arch, "personality");
}

/* Does the term allow only what scif's default allows as well? */
static int
term_harmless(const struct pctx *c, int nr, const struct pterm *t)
{
	uint64_t want;
	int i;

	if (nr == c->sock_nr)
		want = AF_UNIX;
	else if (nr == c->pers_nr)
		want = 0xffffffffu;
	else {
		for (i = 0; i < c->nnever; i++)
			if (c->never[i] == nr)
				return 0;
		return 1;
	}
	return (t->mask[0] & 0xffffffffu) == 0xffffffffu &&
	    (t->val[0] & 0xffffffffu) == want;
}

static void
check_never(struct pctx *c, const struct prule *at, uint32_t action,
    const struct pdnf *d)
{
	size_t i;
	int sock;

	if (action != SCMP_ACT_ALLOW && action != SCMP_ACT_LOG)
		return;
	sock = at->nr == c->sock_nr;
	for (i = 0; i < d->n; i++)
		if (!term_harmless(c, at->nr, &d->t[i])) {
			pwarn(c, &at->pos,
			    "'%s' is allowed%s, but scif's "
			    "default policy never allows it",
			    at->name,
			    sock ? " for other families than AF_UNIX" : "");
			return;
		}
}

/* The region of action a: its rules less earlier rules of others. */
static int
region(
    struct pgroup *g, size_t nuse, uint32_t a, uint32_t fall, struct pdnf *acc)
{
	struct pdnf e;
	size_t i, j;
	int r = 0;

	memset(&e, 0, sizeof(e));
	for (i = 0; i <= nuse && r == 0; i++) {
		/* Index nuse stands for "everything else", of action fall. */
		if (i == nuse ? a != fall : g->r[i].rule->action != a)
			continue;
		if ((r = pdnf_true(&e)) < 0 ||
		    (i < nuse && (r = pdnf_and(&e, &g->cond[i])) < 0))
			break;
		for (j = 0; j < i && r == 0 && e.n > 0; j++)
			if (g->r[j].rule->action != a)
				r = pdnf_and_not(&e, &g->cond[j]);
		if (r == 0)
			r = pdnf_or(acc, &e);
	}
	pdnf_free(&e);
	return r;
}

static int
emit_action(struct pctx *c, scmp_filter_ctx ctx, struct pgroup *g, size_t nuse,
    uint32_t a, uint32_t fall, const struct prule *at)
{
	static const struct pterm all;
	struct pdnf acc;
	size_t j;
	int r;

	memset(&acc, 0, sizeof(acc));
	if ((r = region(g, nuse, a, fall, &acc)) < 0) {
		pdnf_free(&acc);
		return too_complex(c, at, r);
	}
	check_never(c, at, a, &acc);
	if (pdnf_is_true(&acc))
		r = add_term_rule(c, ctx, at, a, &all);
	for (j = 0; j < acc.n && r == 0 && !pdnf_is_true(&acc); j++)
		r = add_term_rule(c, ctx, at, a, &acc.t[j]);
	pdnf_free(&acc);
	return r;
}

/* The first rule that applies to every call, or n. */
static size_t
first_unconditional(struct pctx *c, const struct pgroup *g)
{
	size_t i, j;

	for (i = 0; i < g->n && !pdnf_is_true(&g->cond[i]); i++)
		;
	for (j = i + 1; j < g->n; j++)
		if (g->r[j].rule->action != g->r[i].rule->action)
			pwarn(c, &g->r[j].rule->pos,
			    "rule for '%s' never applies: "
			    "the rule at %s:%u:%u matches first",
			    g->r[j].rule->name, g->r[i].rule->pos.file,
			    g->r[i].rule->pos.line, g->r[i].rule->pos.col);
	return i;
}

static int
emit_group(struct pctx *c, scmp_filter_ctx ctx, struct pgroup *g, uint32_t def)
{
	size_t ku, nuse, i, k;
	uint32_t fall, a;
	int r = 0;

	ku = first_unconditional(c, g);
	fall = ku < g->n ? g->r[ku].rule->action : def;
	/* Trailing rules of the fallback action change nothing. */
	for (nuse = ku; nuse > 0 && g->r[nuse - 1].rule->action == fall; nuse--)
		;
	for (i = 0; i <= nuse && r == 0; i++) {
		a = i == nuse ? fall : g->r[i].rule->action;
		for (k = 0; k < i && k < nuse && g->r[k].rule->action != a; k++)
			;
		if (a == def || (k < i && k < nuse))
			continue; /* left to the default, or done */
		r = emit_action(
		    c, ctx, g, nuse, a, fall, g->r[i < nuse ? i : ku].rule);
	}
	return r;
}

static int
cond_of(struct pctx *c, const struct prule *r, struct pdnf *d)
{
	int e;

	memset(d, 0, sizeof(*d));
	if (r->cond == NULL)
		e = pdnf_true(d);
	else
		e = pdnf_from_expr(r->cond, d);
	return e < 0 ? too_complex(c, r, e) : 0;
}

static int
compile_group(struct pctx *c, scmp_filter_ctx ctx, const struct pref *r,
    size_t n, uint32_t def)
{
	struct pgroup g;
	size_t i;
	int rc = 0;

	g.r = r;
	g.n = n;
	if ((g.cond = calloc(n, sizeof(*g.cond))) == NULL) {
		err_set(c->err, SCIF_E_INTERNAL, ENOMEM, "policy");
		return -ENOMEM;
	}
	for (i = 0; i < n && rc == 0; i++)
		rc = cond_of(c, r[i].rule, &g.cond[i]);
	if (rc == 0)
		rc = emit_group(c, ctx, &g, def);
	for (i = 0; i < n; i++)
		pdnf_free(&g.cond[i]);
	free(g.cond);
	return rc;
}

static int
new_ctx(struct pctx *c, const struct pprog *prog, scmp_filter_ctx *out)
{
	scmp_filter_ctx ctx;
	int r;

	if ((ctx = seccomp_init(prog->def_action)) == NULL)
		return err_at(c->err, prog->def_pos.file, prog->def_pos.line,
		    prog->def_pos.col,
		    "libseccomp does not take this "
		    "DEFAULT action");
	r = seccomp_attr_set(
	    ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
	if (r == 0)
		r = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0);
	/*
	 * A binary tree of syscall numbers rather than a list: a few more
	 * instructions, but when the filter is loaded the kernel runs it for
	 * every syscall number to build its cache of always-allowed calls,
	 * and a list costs each unlisted number a walk to its end.  The
	 * default policy loads in about half the time (bench/RESULTS.md).
	 */
	if (r == 0)
		r = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_OPTIMIZE, 2);
	if (r == 0 && c->arch != seccomp_arch_native()) {
		if ((r = seccomp_arch_add(ctx, c->arch)) == 0)
			r = seccomp_arch_remove(ctx, SCMP_ARCH_NATIVE);
	}
	if (r < 0) {
		seccomp_release(ctx);
		return err_set(c->err, SCIF_E_INTERNAL, -r, "libseccomp");
	}
	*out = ctx;
	return 0;
}

static int
build(struct pctx *c, const struct policy_input *in, scmp_filter_ctx *out)
{
	struct pprog prog;
	struct pflat f;
	scmp_filter_ctx ctx = NULL;
	size_t i, j;
	int r;

	memset(&f, 0, sizeof(f));
	never_init(c);
	if ((r = policy_parse(c, in, &prog)) < 0)
		return r;
	if ((r = flatten(c, &prog.top, &f, 0)) < 0 ||
	    (r = new_ctx(c, &prog, &ctx)) < 0)
		goto out;
	if (f.n > 0)
		qsort(f.r, f.n, sizeof(f.r[0]), by_nr);
	for (i = 0; i < f.n && r == 0; i = j) {
		for (j = i + 1; j < f.n && f.r[j].rule->nr == f.r[i].rule->nr;
		     j++)
			;
		r = compile_group(c, ctx, f.r + i, j - i, prog.def_action);
	}
out:
	free(f.r);
	if (r < 0 && ctx != NULL)
		seccomp_release(ctx);
	else
		*out = ctx;
	return r;
}

static int
read_prog(
    int fd, const char *name, struct sock_fprog *out, struct scif_err *err)
{
	struct sock_filter *buf;
	off_t size;
	ssize_t got;

	if ((size = lseek(fd, 0, SEEK_END)) < 0)
		return err_set(err, SCIF_E_INTERNAL, errno, "policy export");
	if (size == 0 || size % (off_t)sizeof(*buf) != 0 ||
	    size / (off_t)sizeof(*buf) > BPF_MAXINSNS)
		return err_at(err, name, 1, 1,
		    "the policy compiles to %lld "
		    "BPF instructions, more than the kernel's %d: use fewer "
		    "!= and ! in rules that precede rules of other actions",
		    (long long)(size / (off_t)sizeof(*buf)), BPF_MAXINSNS);
	if ((buf = malloc((size_t)size)) == NULL)
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "policy");
	if ((got = pread(fd, buf, (size_t)size, 0)) != size) {
		free(buf);
		return err_set(err, SCIF_E_INTERNAL, got < 0 ? errno : EIO,
		    "policy export");
	}
	out->len = (unsigned short)(size / (off_t)sizeof(*buf));
	out->filter = buf;
	return 0;
}

static int
ctx_init(struct pctx *c, const struct policy_input *in, struct scif_err *err)
{
	memset(c, 0, sizeof(*c));
	c->arch = in->arch != 0 ? in->arch : seccomp_arch_native();
	c->warn = in->warn;
	c->warn_arg = in->warn_arg;
	c->err = err;
	err_clear(err);
	if ((in->path == NULL) == (in->text == NULL))
		return err_set(err, SCIF_E_USAGE, EINVAL, "policy input");
	return 0;
}

int
policy_compile(
    const struct policy_input *in, struct sock_fprog *out, struct scif_err *err)
{
	scmp_filter_ctx ctx = NULL;
	struct pctx c;
	int fd, r;

	memset(out, 0, sizeof(*out));
	if ((r = ctx_init(&c, in, err)) < 0)
		return r;
	if (!in->fresh && (r = policy_prebuilt_get(in, c.arch, out, err)) != 0)
		return r < 0 ? r : 0;
	r = build(&c, in, &ctx);
	parena_free(&c.arena);
	if (r < 0)
		return r;
	if ((fd = memfd_create("scif-policy", MFD_CLOEXEC)) == -1)
		r = err_set(err, SCIF_E_INTERNAL, errno, "memfd_create");
	else if ((r = seccomp_export_bpf(ctx, fd)) < 0)
		r = err_set(err, SCIF_E_INTERNAL, -r, "seccomp_export_bpf");
	else
		r = read_prog(fd,
		    in->path != NULL       ? in->path
			: in->name != NULL ? in->name
					   : "<string>",
		    out, err);
	if (fd != -1)
		close(fd);
	seccomp_release(ctx);
	return r;
}

int
policy_dump_pfc(const struct policy_input *in, int fd, struct scif_err *err)
{
	scmp_filter_ctx ctx = NULL;
	struct pctx c;
	int r;

	if ((r = ctx_init(&c, in, err)) < 0)
		return r;
	r = build(&c, in, &ctx);
	parena_free(&c.arena);
	if (r < 0)
		return r;
	if ((r = seccomp_export_pfc(ctx, fd)) < 0)
		r = err_set(err, SCIF_E_INTERNAL, -r, "seccomp_export_pfc");
	seccomp_release(ctx);
	return r;
}

int
policy_compile_file(const char *path, struct sock_fprog *out,
    policy_warn_fn *warn, void *warn_arg, struct scif_err *err)
{
	struct policy_input in;

	memset(&in, 0, sizeof(in));
	in.path = path;
	in.warn = warn;
	in.warn_arg = warn_arg;
	return policy_compile(&in, out, err);
}

int
policy_compile_string(const char *text, const char *name,
    struct sock_fprog *out, policy_warn_fn *warn, void *warn_arg,
    struct scif_err *err)
{
	struct policy_input in;

	memset(&in, 0, sizeof(in));
	in.text = text;
	in.name = name;
	in.warn = warn;
	in.warn_arg = warn_arg;
	return policy_compile(&in, out, err);
}

void
policy_prog_free(struct sock_fprog *prog)
{
	if (prog == NULL)
		return;
	free(prog->filter);
	prog->filter = NULL;
	prog->len = 0;
}
