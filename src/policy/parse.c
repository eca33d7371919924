/*
 * parse.c - Kafel text to rules.
 *
 *	program := item* [DEFAULT action] EOF
 *	item    := POLICY name '{' body '}' | USE names | define | block
 *	body    := (USE names | define | block) [','] ...
 *	block   := action '{' [syscall (',' syscall)* [',']] '}'
 *	syscall := (name | SYSCALL '[' number ']') ['(' args ')' '{' expr '}']
 *
 * A policy is used only after it is defined, so USE cannot recurse.
 */
#include <errno.h>
#include <seccomp.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "err.h"
#include "policy/policy.h"

#define MAX_EXPR_DEPTH 200
#define MAX_EXPR_NODES 1000 /* operators in one condition */

struct pdefine {
	const char *name;
	uint64_t val;
	struct ppos pos;
	struct pdefine *next;
};

struct parser {
	struct pctx *c;
	struct plexer lx;
	struct ptoken tok;
	struct pdefine *defs;
	struct ppolicy *policies;
	const char *argn[POLICY_MAX_ARGS];
	size_t argl[POLICY_MAX_ARGS];
	int nargs;
	int edepth;
	int enodes;
	int erc; /* why new_expr() failed */
};

static int parse_expr(struct parser *p, struct pexpr **out);

static void perr_fill(struct parser *p, const struct ppos *pos, const char *fmt,
    ...) __attribute__((format(printf, 3, 4)));

/*
 * Fill the error and give -EINVAL; a macro so that the analyzer, which
 * does not follow variadic calls, sees every error path return < 0.
 */
#define PERR(...) (perr_fill(__VA_ARGS__), -EINVAL)

static void
perr_fill(struct parser *p, const struct ppos *pos, const char *fmt, ...)
{
	char msg[384];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	(void)err_at(p->c->err, pos->file, pos->line, pos->col, "%s", msg);
}

static int
nomem(struct parser *p)
{
	(void)err_set(p->c->err, SCIF_E_INTERNAL, ENOMEM, "policy");
	return -ENOMEM;
}

static int
next(struct parser *p)
{
	return plex_next(&p->lx, &p->tok);
}

static const char *const tok_names[] = {
	[TK_EOF] = "end of input",
	[TK_IDENT] = "name",
	[TK_NUM] = "number",
	[TK_STR] = "string",
	[TK_LBRACE] = "'{'",
	[TK_RBRACE] = "'}'",
	[TK_LPAREN] = "'('",
	[TK_RPAREN] = "')'",
	[TK_LBRACK] = "'['",
	[TK_RBRACK] = "']'",
	[TK_COMMA] = "','",
	[TK_EQ] = "'=='",
	[TK_NE] = "'!='",
	[TK_LT] = "'<'",
	[TK_LE] = "'<='",
	[TK_GT] = "'>'",
	[TK_GE] = "'>='",
	[TK_AMP] = "'&'",
	[TK_ANDAND] = "'&&'",
	[TK_PIPE] = "'|'",
	[TK_OROR] = "'||'",
	[TK_NOT] = "'!'",
	[TK_MINUS] = "'-'",
	[TK_DEFINE] = "#define",
};

static int
unexpected(struct parser *p, const char *want)
{
	if (p->tok.kind == TK_IDENT)
		return PERR(p, &p->tok.pos, "expected %s, found '%.*s'", want,
		    (int)(p->tok.len < 64 ? p->tok.len : 64), p->tok.text);
	return PERR(p, &p->tok.pos, "expected %s, found %s", want,
	    tok_names[p->tok.kind]);
}

static int
expect(struct parser *p, enum ptok kind, const char *want)
{
	if (p->tok.kind != kind)
		return unexpected(p, want);
	return next(p);
}

static int
is_word(const struct ptoken *t, const char *w)
{
	return t->kind == TK_IDENT && t->len == strlen(w) &&
	    memcmp(t->text, w, t->len) == 0;
}

static int
is_keyword(const struct ptoken *t)
{
	static const char *const kw[] = { "POLICY", "USE", "DEFAULT", "SYSCALL",
		NULL };
	int i;

	for (i = 0; kw[i] != NULL; i++)
		if (is_word(t, kw[i]))
			return 1;
	return 0;
}

static struct pexpr *
new_expr(struct parser *p, enum pexpr_kind kind, const struct ppos *pos)
{
	struct pexpr *e;

	if (++p->enodes > MAX_EXPR_NODES) {
		p->erc = PERR(p, pos,
		    "condition too long (more than %d "
		    "terms)",
		    MAX_EXPR_NODES);
		return NULL;
	}
	if ((e = parena_alloc(&p->c->arena, sizeof(*e))) == NULL)
		p->erc = nomem(p);
	else {
		e->kind = kind;
		e->pos = *pos;
	}
	return e;
}

static int
is_value(const struct pexpr *e)
{
	return e->kind == PE_NUM || e->kind == PE_ARG || e->kind == PE_BITAND ||
	    e->kind == PE_BITOR;
}

static int
need_bool(struct parser *p, const struct pexpr *e)
{
	if (is_value(e))
		return PERR(
		    p, &e->pos, "expected a comparison (==, !=, <, <=, >, >=)");
	return 0;
}

static int
need_value(struct parser *p, const struct pexpr *e)
{
	if (!is_value(e))
		return PERR(p, &e->pos, "expected a value, found a condition");
	return 0;
}

static const struct pdefine *
find_define(const struct parser *p, const char *name, size_t len)
{
	const struct pdefine *d;

	for (d = p->defs; d != NULL; d = d->next)
		if (strlen(d->name) == len && memcmp(d->name, name, len) == 0)
			return d;
	return NULL;
}

static int
parse_ident_value(struct parser *p, struct pexpr **out)
{
	const struct pdefine *d;
	struct ptoken t = p->tok;
	struct pexpr *e;
	int i;

	if ((e = new_expr(p, PE_NUM, &t.pos)) == NULL)
		return p->erc < 0 ? p->erc : -ENOMEM;
	for (i = 0; i < p->nargs; i++)
		if (p->argl[i] == t.len &&
		    memcmp(p->argn[i], t.text, t.len) == 0) {
			e->kind = PE_ARG;
			e->arg = i;
			*out = e;
			return next(p);
		}
	if ((d = find_define(p, t.text, t.len)) != NULL)
		e->num = d->val;
	else if (policy_const_lookup(t.text, t.len, &e->num) < 0)
		return PERR(p, &t.pos, "undefined identifier '%.*s'",
		    (int)(t.len < 64 ? t.len : 64), t.text);
	*out = e;
	return next(p);
}

static int
parse_primary(struct parser *p, struct pexpr **out)
{
	struct ppos pos = p->tok.pos;
	struct pexpr *e;
	int r;

	switch (p->tok.kind) {
	case TK_NUM:
		if ((*out = new_expr(p, PE_NUM, &pos)) == NULL)
			return p->erc < 0 ? p->erc : -ENOMEM;
		(*out)->num = p->tok.num;
		return next(p);
	case TK_IDENT:
		return parse_ident_value(p, out);
	case TK_MINUS:
		e = NULL;
		if ((r = next(p)) < 0 || (r = parse_primary(p, &e)) < 0)
			return r;
		if (e == NULL || e->kind != PE_NUM)
			return PERR(p, &pos, "'-' applies to constants only");
		e->num = -e->num;
		e->pos = pos;
		*out = e;
		return 0;
	case TK_LPAREN:
		if ((r = next(p)) < 0 || (r = parse_expr(p, out)) < 0)
			return r;
		return expect(p, TK_RPAREN, "')'");
	default:
		return unexpected(p, "a value");
	}
}

/* Fold masks so that an argument has at most one: (a & m1) & m2. */
static int
make_bitop(struct parser *p, enum pexpr_kind kind, struct pexpr *l,
    struct pexpr *r, const struct ppos *pos, struct pexpr **out)
{
	struct pexpr *t;
	int rc;

	if ((rc = need_value(p, l)) < 0 || (rc = need_value(p, r)) < 0)
		return rc;
	if (l->kind == PE_NUM && r->kind == PE_NUM) {
		l->num = kind == PE_BITAND ? l->num & r->num : l->num | r->num;
		*out = l;
		return 0;
	}
	if (kind == PE_BITOR)
		return PERR(p, pos, "'|' with an argument is not supported");
	if (l->kind == PE_NUM) {
		t = l;
		l = r;
		r = t;
	}
	if (r->kind != PE_NUM)
		return PERR(p, pos, "'&' of two arguments is not supported");
	if (l->kind == PE_BITAND) {
		l->r->num &= r->num;
		*out = l;
		return 0;
	}
	if ((*out = new_expr(p, PE_BITAND, pos)) == NULL)
		return p->erc < 0 ? p->erc : -ENOMEM;
	(*out)->l = l;
	(*out)->r = r;
	return 0;
}

static int
parse_bitand(struct parser *p, struct pexpr **out)
{
	struct pexpr *r;
	struct ppos pos;
	int rc;

	if ((rc = parse_primary(p, out)) < 0)
		return rc;
	while (p->tok.kind == TK_AMP) {
		pos = p->tok.pos;
		if ((rc = next(p)) < 0 || (rc = parse_primary(p, &r)) < 0 ||
		    (rc = make_bitop(p, PE_BITAND, *out, r, &pos, out)) < 0)
			return rc;
	}
	return 0;
}

static int
parse_bitor(struct parser *p, struct pexpr **out)
{
	struct pexpr *r;
	struct ppos pos;
	int rc;

	if ((rc = parse_bitand(p, out)) < 0)
		return rc;
	while (p->tok.kind == TK_PIPE) {
		pos = p->tok.pos;
		if ((rc = next(p)) < 0 || (rc = parse_bitand(p, &r)) < 0 ||
		    (rc = make_bitop(p, PE_BITOR, *out, r, &pos, out)) < 0)
			return rc;
	}
	return 0;
}

static enum ptok
flip(enum ptok op)
{
	switch (op) {
	case TK_LT:
		return TK_GT;
	case TK_LE:
		return TK_GE;
	case TK_GT:
		return TK_LT;
	case TK_GE:
		return TK_LE;
	default:
		return op;
	}
}

/* A comparison, kept as "argument op constant" where it has one. */
static int
parse_cmp(struct parser *p, struct pexpr **out)
{
	struct pexpr *l, *r, *e;
	struct ppos pos;
	enum ptok op;
	int rc;

	if ((rc = parse_bitor(p, &l)) < 0)
		return rc;
	op = p->tok.kind;
	if (op != TK_EQ && op != TK_NE && op != TK_LT && op != TK_LE &&
	    op != TK_GT && op != TK_GE) {
		*out = l;
		return 0;
	}
	pos = p->tok.pos;
	if ((rc = next(p)) < 0 || (rc = parse_bitor(p, &r)) < 0 ||
	    (rc = need_value(p, l)) < 0 || (rc = need_value(p, r)) < 0)
		return rc;
	if (l->kind == PE_NUM && r->kind != PE_NUM) {
		e = l;
		l = r;
		r = e;
		op = flip(op);
	}
	if (r->kind != PE_NUM)
		return PERR(
		    p, &pos, "comparing two arguments is not supported");
	if (l->kind == PE_BITAND && op != TK_EQ && op != TK_NE)
		return PERR(p, &pos,
		    "only == and != apply to a masked "
		    "argument");
	if ((e = new_expr(p, PE_CMP, &l->pos)) == NULL)
		return p->erc < 0 ? p->erc : -ENOMEM;
	e->op = op;
	e->l = l;
	e->r = r;
	*out = e;
	return 0;
}

static int
parse_not(struct parser *p, struct pexpr **out)
{
	struct ppos pos = p->tok.pos;
	struct pexpr *e;
	int rc;

	if (p->tok.kind != TK_NOT)
		return parse_cmp(p, out);
	if (++p->edepth > MAX_EXPR_DEPTH)
		return PERR(p, &pos, "expression nested too deeply");
	if ((rc = next(p)) < 0 || (rc = parse_not(p, &e)) < 0 ||
	    (rc = need_bool(p, e)) < 0)
		return rc;
	p->edepth--;
	if ((*out = new_expr(p, PE_NOT, &pos)) == NULL)
		return p->erc < 0 ? p->erc : -ENOMEM;
	(*out)->l = e;
	return 0;
}

typedef int parse_fn(struct parser *, struct pexpr **);

/* One left-associative level of && , || or the comma. */
static int
parse_chain(struct parser *p, enum ptok op, enum pexpr_kind kind, parse_fn *sub,
    struct pexpr **out)
{
	struct pexpr *l, *r, *e;
	struct ppos pos;
	int rc;

	if ((rc = sub(p, &l)) < 0)
		return rc;
	while (p->tok.kind == op) {
		pos = p->tok.pos;
		if ((rc = need_bool(p, l)) < 0 || (rc = next(p)) < 0 ||
		    (rc = sub(p, &r)) < 0 || (rc = need_bool(p, r)) < 0)
			return rc;
		if ((e = new_expr(p, kind, &pos)) == NULL)
			return p->erc < 0 ? p->erc : -ENOMEM;
		e->l = l;
		e->r = r;
		l = e;
	}
	*out = l;
	return 0;
}

static int
parse_land(struct parser *p, struct pexpr **out)
{
	return parse_chain(p, TK_ANDAND, PE_LAND, parse_not, out);
}

static int
parse_lor(struct parser *p, struct pexpr **out)
{
	return parse_chain(p, TK_OROR, PE_LOR, parse_land, out);
}

static int
parse_expr(struct parser *p, struct pexpr **out)
{
	struct ppos pos = p->tok.pos;
	int rc;

	if (++p->edepth > MAX_EXPR_DEPTH)
		return PERR(p, &pos, "expression nested too deeply");
	rc = parse_chain(p, TK_COMMA, PE_LOR, parse_lor, out);
	p->edepth--;
	return rc;
}

/* A constant: a number, a defined or well-known name, or '(' ... ')'. */
static int
parse_const(struct parser *p, uint64_t *val, const char *what)
{
	struct ppos pos = p->tok.pos;
	struct pexpr *e;
	int rc, saved = p->nargs;

	p->nargs = 0;
	p->enodes = 0;
	rc = parse_bitor(p, &e);
	p->nargs = saved;
	if (rc < 0)
		return rc;
	if (e->kind != PE_NUM)
		return PERR(p, &pos, "%s must be a constant", what);
	*val = e->num;
	return 0;
}

static int
parse_define(struct parser *p)
{
	const struct pdefine *old;
	struct pdefine *d;
	struct ptoken name;
	int rc;

	if ((rc = next(p)) < 0)
		return rc;
	name = p->tok;
	if (name.kind != TK_IDENT || is_keyword(&name))
		return unexpected(p, "a name after #define");
	if ((old = find_define(p, name.text, name.len)) != NULL)
		return PERR(p, &name.pos,
		    "'%s' redefined (first defined at "
		    "%s:%u:%u)",
		    old->name, old->pos.file, old->pos.line, old->pos.col);
	if ((d = parena_alloc(&p->c->arena, sizeof(*d))) == NULL ||
	    (d->name = parena_strndup(&p->c->arena, name.text, name.len)) ==
		NULL)
		return nomem(p);
	d->pos = name.pos;
	if ((rc = next(p)) < 0 ||
	    (rc = parse_const(p, &d->val, "a #define value")) < 0)
		return rc;
	d->next = p->defs;
	p->defs = d;
	return 0;
}

struct pactname {
	const char *name;
	uint32_t action;
	uint32_t max; /* of the (n) it takes */
	int arg; /* 0: no (n), 1: (n) needed, 2: (n) optional */
};

static const struct pactname actions[] = {
	{ "ALLOW", SCMP_ACT_ALLOW, 0, 0 },
	{ "KILL", SCMP_ACT_KILL_THREAD, 0, 0 },
	{ "KILL_THREAD", SCMP_ACT_KILL_THREAD, 0, 0 },
	{ "DENY", SCMP_ACT_KILL_THREAD, 0, 0 },
	{ "KILL_PROCESS", SCMP_ACT_KILL_PROCESS, 0, 0 },
	{ "LOG", SCMP_ACT_LOG, 0, 0 },
	{ "USER_NOTIF", SCMP_ACT_NOTIFY, 0, 0 },
	{ "ERRNO", SCMP_ACT_ERRNO(0), 4095, 1 },
	/* libseccomp passes no value with a trap: only TRAP(0). */
	{ "TRAP", SCMP_ACT_TRAP, 0, 2 },
	{ "TRACE", SCMP_ACT_TRACE(0), 0xffff, 1 },
};

static const struct pactname *
find_action(const struct ptoken *t)
{
	size_t i;

	for (i = 0; i < sizeof(actions) / sizeof(actions[0]); i++)
		if (is_word(t, actions[i].name))
			return &actions[i];
	return NULL;
}

static int
parse_action(struct parser *p, uint32_t *action)
{
	const struct pactname *a;
	struct ptoken t = p->tok;
	uint64_t v;
	int rc;

	if (t.kind != TK_IDENT)
		return unexpected(p, "an action");
	if ((a = find_action(&t)) == NULL)
		return PERR(p, &t.pos, "unknown action '%.*s'",
		    (int)(t.len < 64 ? t.len : 64), t.text);
	if ((rc = next(p)) < 0)
		return rc;
	*action = a->action;
	if (a->arg == 0 || (a->arg == 2 && p->tok.kind != TK_LPAREN))
		return 0;
	if ((rc = expect(p, TK_LPAREN, "'(' after the action")) < 0)
		return rc;
	t = p->tok;
	if ((rc = parse_const(p, &v, "the action's value")) < 0)
		return rc;
	if (v > a->max)
		return PERR(
		    p, &t.pos, "%s value out of range (0-%u)", a->name, a->max);
	*action |= (uint32_t)v;
	return expect(p, TK_RPAREN, "')'");
}

static int
parse_args(struct parser *p, const struct ptoken *sys)
{
	int i, rc;

	p->nargs = 0;
	if ((rc = next(p)) < 0)
		return rc;
	while (p->tok.kind != TK_RPAREN) {
		if (p->tok.kind != TK_IDENT || is_keyword(&p->tok))
			return unexpected(p, "an argument name");
		if (p->nargs == POLICY_MAX_ARGS)
			return PERR(p, &p->tok.pos,
			    "argument index %d out of "
			    "range: '%.*s' has at most %d arguments",
			    p->nargs + 1, (int)(sys->len < 64 ? sys->len : 64),
			    sys->text, POLICY_MAX_ARGS);
		for (i = 0; i < p->nargs; i++)
			if (p->argl[i] == p->tok.len &&
			    memcmp(p->argn[i], p->tok.text, p->tok.len) == 0)
				return PERR(p, &p->tok.pos,
				    "argument '%.*s' named twice",
				    (int)p->tok.len, p->tok.text);
		p->argn[p->nargs] = p->tok.text;
		p->argl[p->nargs++] = p->tok.len;
		if ((rc = next(p)) < 0)
			return rc;
		if (p->tok.kind == TK_COMMA) {
			if ((rc = next(p)) < 0)
				return rc;
		} else if (p->tok.kind != TK_RPAREN)
			return unexpected(p, "',' or ')'");
	}
	return next(p);
}

static int
parse_cond(struct parser *p, const struct ptoken *sys, struct pexpr **cond)
{
	int rc;

	*cond = NULL;
	if (p->tok.kind != TK_LPAREN)
		return 0;
	p->enodes = 0;
	if ((rc = parse_args(p, sys)) < 0 ||
	    (rc = expect(p, TK_LBRACE, "'{' and a condition")) < 0 ||
	    (rc = parse_expr(p, cond)) < 0 || (rc = need_bool(p, *cond)) < 0)
		return rc;
	p->nargs = 0;
	return expect(p, TK_RBRACE, "'}' after the condition");
}

static int
add_rule(struct parser *p, struct ppolicy *pol, const struct prule *r)
{
	struct pentry *e = parena_alloc(&p->c->arena, sizeof(*e));

	if (e == NULL)
		return nomem(p);
	e->kind = PENT_RULE;
	e->rule = *r;
	*pol->tail = e;
	pol->tail = &e->next;
	return 0;
}

static int
parse_sysnum(struct parser *p, struct prule *r)
{
	struct ptoken t;
	int rc;

	if ((rc = next(p)) < 0 ||
	    (rc = expect(p, TK_LBRACK, "'[' after SYSCALL")) < 0)
		return rc;
	t = p->tok;
	if ((rc = expect(p, TK_NUM, "a syscall number")) < 0)
		return rc;
	if (t.num > 0xffff)
		return PERR(p, &t.pos, "syscall number out of range (0-65535)");
	r->nr = (int)t.num;
	r->name = "SYSCALL[]";
	return expect(p, TK_RBRACK, "']'");
}

static int
parse_syscall(struct parser *p, struct ppolicy *pol, uint32_t action)
{
	struct ptoken t = p->tok;
	struct prule r;
	char hint[256];
	int rc, skip = 0;

	memset(&r, 0, sizeof(r));
	r.pos = t.pos;
	r.action = action;
	if (t.kind != TK_IDENT || is_keyword(&t)) {
		if (!is_word(&t, "SYSCALL"))
			return unexpected(p, "a syscall name");
		if ((rc = parse_sysnum(p, &r)) < 0)
			return rc;
	} else {
		if ((r.name = parena_strndup(&p->c->arena, t.text, t.len)) ==
		    NULL)
			return nomem(p);
		r.nr = psys_resolve(p->c->arch, r.name, hint, sizeof(hint));
		if (r.nr == -EINVAL)
			return PERR(
			    p, &t.pos, "unknown syscall '%s'%s", r.name, hint);
		if (r.nr == -ENOENT) {
			pwarn(p->c, &t.pos,
			    "syscall '%s' does not exist on "
			    "this architecture; rule ignored",
			    r.name);
			skip = 1;
		}
		if ((rc = next(p)) < 0)
			return rc;
	}
	if ((rc = parse_cond(p, &t, &r.cond)) < 0)
		return rc;
	return skip ? 0 : add_rule(p, pol, &r);
}

static int
parse_block(struct parser *p, struct ppolicy *pol)
{
	struct ppos open;
	uint32_t action = 0;
	int rc;

	if (p->tok.kind == TK_RBRACE)
		return PERR(p, &p->tok.pos,
		    "unbalanced braces: '}' without "
		    "'{'");
	if ((rc = parse_action(p, &action)) < 0)
		return rc;
	open = p->tok.pos;
	if ((rc = expect(p, TK_LBRACE, "'{' after the action")) < 0)
		return rc;
	while (p->tok.kind != TK_RBRACE) {
		if (p->tok.kind == TK_EOF || is_word(&p->tok, "DEFAULT") ||
		    is_word(&p->tok, "POLICY") || is_word(&p->tok, "USE") ||
		    find_action(&p->tok) != NULL)
			return PERR(p, &open,
			    "unbalanced braces: '{' is "
			    "never closed");
		if ((rc = parse_syscall(p, pol, action)) < 0)
			return rc;
		if (p->tok.kind == TK_COMMA) {
			if ((rc = next(p)) < 0)
				return rc;
		} else if (p->tok.kind != TK_RBRACE && p->tok.kind != TK_EOF &&
		    !is_keyword(&p->tok) && find_action(&p->tok) == NULL)
			return unexpected(p, "',' or '}'");
	}
	return next(p);
}

static struct ppolicy *
find_policy(const struct parser *p, const struct ptoken *t)
{
	struct ppolicy *pol;

	for (pol = p->policies; pol != NULL; pol = pol->next)
		if (strlen(pol->name) == t->len &&
		    memcmp(pol->name, t->text, t->len) == 0)
			return pol;
	return NULL;
}

static int
parse_use(struct parser *p, struct ppolicy *pol)
{
	struct pentry *e;
	struct ppolicy *used;
	int rc;

	do {
		if ((rc = next(p)) < 0)
			return rc;
		/* "USE a, ALLOW { ... }": the comma ends the list. */
		if (p->tok.kind == TK_DEFINE || find_action(&p->tok) != NULL ||
		    is_word(&p->tok, "USE"))
			return 0;
		if (p->tok.kind != TK_IDENT || is_keyword(&p->tok))
			return unexpected(p, "a policy name after USE");
		if ((used = find_policy(p, &p->tok)) == NULL)
			return PERR(p, &p->tok.pos, "undefined policy '%.*s'",
			    (int)(p->tok.len < 64 ? p->tok.len : 64),
			    p->tok.text);
		if (used->busy)
			return PERR(p, &p->tok.pos, "policy '%s' uses itself",
			    used->name);
		if ((e = parena_alloc(&p->c->arena, sizeof(*e))) == NULL)
			return nomem(p);
		e->kind = PENT_USE;
		e->use = used;
		*pol->tail = e;
		pol->tail = &e->next;
		if ((rc = next(p)) < 0)
			return rc;
	} while (p->tok.kind == TK_COMMA);
	return 0;
}

/* One USE, #define or action block. */
static int
parse_stmt(struct parser *p, struct ppolicy *pol)
{
	if (p->tok.kind == TK_DEFINE)
		return parse_define(p);
	if (is_word(&p->tok, "USE"))
		return parse_use(p, pol);
	return parse_block(p, pol);
}

static int
parse_policy(struct parser *p)
{
	struct ppolicy *pol;
	struct ppos open;
	int rc;

	if ((rc = next(p)) < 0)
		return rc;
	if (p->tok.kind != TK_IDENT || is_keyword(&p->tok))
		return unexpected(p, "a policy name");
	if ((pol = find_policy(p, &p->tok)) != NULL)
		return PERR(p, &p->tok.pos,
		    "policy '%s' already defined at "
		    "%s:%u:%u",
		    pol->name, pol->pos.file, pol->pos.line, pol->pos.col);
	if ((pol = parena_alloc(&p->c->arena, sizeof(*pol))) == NULL ||
	    (pol->name = parena_strndup(
		 &p->c->arena, p->tok.text, p->tok.len)) == NULL)
		return nomem(p);
	pol->pos = p->tok.pos;
	pol->tail = &pol->head;
	pol->busy = 1;
	pol->next = p->policies;
	p->policies = pol;
	if ((rc = next(p)) < 0)
		return rc;
	open = p->tok.pos;
	if ((rc = expect(p, TK_LBRACE, "'{' after the policy name")) < 0)
		return rc;
	while (p->tok.kind != TK_RBRACE) {
		if (p->tok.kind == TK_EOF)
			return PERR(p, &open,
			    "unbalanced braces: '{' of "
			    "policy '%s' is never closed",
			    pol->name);
		if ((rc = parse_stmt(p, pol)) < 0)
			return rc;
		if (p->tok.kind == TK_COMMA && (rc = next(p)) < 0)
			return rc;
	}
	pol->busy = 0;
	return next(p);
}

static int
parse_program(struct parser *p, struct pprog *prog)
{
	int rc;

	prog->top.name = "<top>";
	prog->top.tail = &prog->top.head;
	prog->def_action = SCMP_ACT_KILL_THREAD;
	if ((rc = next(p)) < 0)
		return rc;
	while (p->tok.kind != TK_EOF && !is_word(&p->tok, "DEFAULT")) {
		if (is_word(&p->tok, "POLICY"))
			rc = parse_policy(p);
		else
			rc = parse_stmt(p, &prog->top);
		if (rc < 0)
			return rc;
		if (p->tok.kind == TK_COMMA && (rc = next(p)) < 0)
			return rc;
	}
	if (p->tok.kind == TK_EOF)
		return 0;
	prog->def_pos = p->tok.pos;
	if ((rc = next(p)) < 0 || (rc = parse_action(p, &prog->def_action)) < 0)
		return rc;
	if (p->tok.kind != TK_EOF)
		return unexpected(p, "end of policy after the DEFAULT action");
	return 0;
}

int
policy_parse(struct pctx *c, const struct policy_input *in, struct pprog *prog)
{
	struct parser p;
	int rc;

	memset(&p, 0, sizeof(p));
	memset(prog, 0, sizeof(*prog));
	p.c = c;
	if ((rc = plex_init(
		 &p.lx, &c->arena, in->path, in->text, in->name, c->err)) < 0)
		return rc;
	return parse_program(&p, prog);
}
