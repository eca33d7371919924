/*
 * dnf.c - conditions as sums of masked comparisons.
 *
 * libseccomp's rules are conjunctions of comparisons, one rule per
 * alternative, so a condition becomes an OR of terms, and every
 * comparison becomes masked equalities: x < v is "x agrees with v above
 * some set bit of v and has 0 there"; x != v is "x differs from v in some
 * bit".  Keeping one (mask, value) pair per argument makes AND a merge, a
 * contradiction easy to see and a term that another implies easy to drop.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "policy/policy.h"

void
pdnf_free(struct pdnf *d)
{
	free(d->t);
	memset(d, 0, sizeof(*d));
}

static int
reserve(struct pdnf *d)
{
	struct pterm *t;
	size_t cap;

	if (d->n < d->cap)
		return 0;
	if (d->n >= POLICY_MAX_TERMS)
		return -E2BIG;
	cap = d->cap == 0 ? 8 : d->cap * 2;
	if ((t = realloc(d->t, cap * sizeof(*t))) == NULL)
		return -ENOMEM;
	d->t = t;
	d->cap = cap;
	return 0;
}

/* Does every x in a satisfy b? */
static int
implies(const struct pterm *a, const struct pterm *b)
{
	int i;

	for (i = 0; i < POLICY_MAX_ARGS; i++)
		if ((b->mask[i] & ~a->mask[i]) != 0 ||
		    (a->val[i] & b->mask[i]) != b->val[i])
			return 0;
	return 1;
}

static int
add_term(struct pdnf *d, const struct pterm *t)
{
	size_t i, k;
	int r;

	for (i = 0; i < d->n; i++)
		if (implies(t, &d->t[i]))
			return 0;
	for (i = 0, k = 0; i < d->n; i++)
		if (!implies(&d->t[i], t))
			d->t[k++] = d->t[i];
	d->n = k;
	if ((r = reserve(d)) < 0)
		return r;
	d->t[d->n++] = *t;
	return 0;
}

int
pdnf_true(struct pdnf *d)
{
	struct pterm t;

	memset(&t, 0, sizeof(t));
	d->n = 0;
	return add_term(d, &t);
}

int
pdnf_is_true(const struct pdnf *d)
{
	static const struct pterm empty;
	size_t i;

	for (i = 0; i < d->n; i++)
		if (memcmp(&d->t[i], &empty, sizeof(empty)) == 0)
			return 1;
	return 0;
}

int
pdnf_or(struct pdnf *d, const struct pdnf *e)
{
	size_t i;
	int r;

	for (i = 0; i < e->n; i++)
		if ((r = add_term(d, &e->t[i])) < 0)
			return r;
	return 0;
}

/* a AND b into out; 0 when they contradict. */
static int
merge(const struct pterm *a, const struct pterm *b, struct pterm *out)
{
	int i;

	for (i = 0; i < POLICY_MAX_ARGS; i++) {
		if (((a->val[i] ^ b->val[i]) & a->mask[i] & b->mask[i]) != 0)
			return 0;
		out->mask[i] = a->mask[i] | b->mask[i];
		out->val[i] = a->val[i] | b->val[i];
	}
	return 1;
}

int
pdnf_and(struct pdnf *d, const struct pdnf *e)
{
	struct pdnf res;
	struct pterm t;
	size_t i, j;
	int r;

	memset(&res, 0, sizeof(res));
	for (i = 0; i < d->n; i++)
		for (j = 0; j < e->n; j++)
			if (merge(&d->t[i], &e->t[j], &t) &&
			    (r = add_term(&res, &t)) < 0) {
				pdnf_free(&res);
				return r;
			}
	pdnf_free(d);
	*d = res;
	return 0;
}

/* NOT of one term: some masked bit differs. */
static int
not_term(const struct pterm *t, struct pdnf *out)
{
	struct pterm b;
	uint64_t bit;
	int i, k, r;

	out->n = 0;
	for (i = 0; i < POLICY_MAX_ARGS; i++)
		for (k = 0; k < 64; k++) {
			bit = (uint64_t)1 << k;
			if ((t->mask[i] & bit) == 0)
				continue;
			memset(&b, 0, sizeof(b));
			b.mask[i] = bit;
			b.val[i] = ~t->val[i] & bit;
			if ((r = add_term(out, &b)) < 0)
				return r;
		}
	return 0;
}

int
pdnf_not(struct pdnf *d)
{
	struct pdnf res, nt;
	size_t i;
	int r;

	memset(&res, 0, sizeof(res));
	memset(&nt, 0, sizeof(nt));
	if ((r = pdnf_true(&res)) < 0)
		goto out;
	for (i = 0; i < d->n && res.n > 0; i++)
		if ((r = not_term(&d->t[i], &nt)) < 0 ||
		    (r = pdnf_and(&res, &nt)) < 0)
			goto out;
	pdnf_free(d);
	*d = res;
	memset(&res, 0, sizeof(res));
out:
	pdnf_free(&res);
	pdnf_free(&nt);
	return r;
}

/*
 * d AND NOT c, negating for each term of d only the terms of c that
 * meet it: most earlier rules of a syscall test other values, and their
 * full negation would multiply the terms for nothing.
 */
int
pdnf_and_not(struct pdnf *d, const struct pdnf *c)
{
	struct pdnf res, sub;
	struct pterm t;
	size_t i, j;
	int r = 0;

	memset(&res, 0, sizeof(res));
	memset(&sub, 0, sizeof(sub));
	for (i = 0; i < d->n && r == 0; i++) {
		sub.n = 0;
		for (j = 0; j < c->n && r == 0; j++)
			if (merge(&d->t[i], &c->t[j], &t))
				r = add_term(&sub, &c->t[j]);
		if (r < 0)
			break;
		if (sub.n == 0) {
			r = add_term(&res, &d->t[i]);
			continue;
		}
		if ((r = pdnf_not(&sub)) < 0)
			break;
		for (j = 0; j < sub.n && r == 0; j++)
			if (merge(&d->t[i], &sub.t[j], &t))
				r = add_term(&res, &t);
	}
	pdnf_free(&sub);
	if (r < 0) {
		pdnf_free(&res);
		return r;
	}
	pdnf_free(d);
	*d = res;
	return 0;
}

/* Kafel compares only the low 32 bits unless the constant needs more. */
static int
fits32(uint64_t v)
{
	return (v >> 32) == 0 || (v >> 31) == 0x1ffffffffu;
}

static uint64_t
bits_from(int b)
{
	return b >= 64 ? 0 : ~(((uint64_t)1 << b) - 1);
}

/* arg < v (below 0) or arg > v (below 1), on the bits of full. */
static int
order(int arg, uint64_t v, uint64_t full, int greater, struct pdnf *out)
{
	struct pterm t;
	uint64_t bit;
	int b, r;

	for (b = 0; b < 64; b++) {
		bit = (uint64_t)1 << b;
		if ((full & bit) == 0 || ((v & bit) != 0) == greater)
			continue;
		memset(&t, 0, sizeof(t));
		t.mask[arg] = full & bits_from(b);
		t.val[arg] =
		    (v & full & bits_from(b + 1)) | (greater ? bit : 0);
		if ((r = add_term(out, &t)) < 0)
			return r;
	}
	return 0;
}

static int
const_cmp(enum ptok op, uint64_t a, uint64_t b)
{
	switch (op) {
	case TK_EQ:
		return a == b;
	case TK_NE:
		return a != b;
	case TK_LT:
		return a < b;
	case TK_LE:
		return a <= b;
	case TK_GT:
		return a > b;
	default:
		return a >= b;
	}
}

static int
from_cmp(const struct pexpr *e, struct pdnf *out)
{
	const struct pexpr *l = e->l;
	uint64_t v = e->r->num, m = ~(uint64_t)0, full;
	struct pterm t;
	int arg, r;

	out->n = 0;
	if (l->kind == PE_NUM)
		return const_cmp(e->op, l->num, v) ? pdnf_true(out) : 0;
	if (l->kind == PE_BITAND) {
		m = l->r->num;
		arg = l->l->arg;
	} else
		arg = l->arg;
	full = fits32(v) && (l->kind != PE_BITAND || fits32(m)) ? 0xffffffffu
								: ~(uint64_t)0;
	m &= full;
	v &= full;
	switch (e->op) {
	case TK_EQ:
	case TK_NE:
		if ((v & ~m) == 0) {
			memset(&t, 0, sizeof(t));
			t.mask[arg] = m;
			t.val[arg] = v;
			if ((r = add_term(out, &t)) < 0)
				return r;
		}
		return e->op == TK_NE ? pdnf_not(out) : 0;
	case TK_LT:
		return order(arg, v, full, 0, out);
	case TK_LE:
		return v == full ? pdnf_true(out)
				 : order(arg, v + 1, full, 0, out);
	case TK_GT:
		return order(arg, v, full, 1, out);
	default:
		return v == 0 ? pdnf_true(out)
			      : order(arg, v - 1, full, 1, out);
	}
}

int
pdnf_from_expr(const struct pexpr *e, struct pdnf *out)
{
	struct pdnf rhs;
	int r;

	memset(out, 0, sizeof(*out));
	switch (e->kind) {
	case PE_CMP:
		r = from_cmp(e, out);
		break;
	case PE_NOT:
		if ((r = pdnf_from_expr(e->l, out)) == 0)
			r = pdnf_not(out);
		break;
	case PE_LAND:
	case PE_LOR:
		if ((r = pdnf_from_expr(e->l, out)) < 0)
			break;
		if ((r = pdnf_from_expr(e->r, &rhs)) == 0)
			r = e->kind == PE_LAND ? pdnf_and(out, &rhs)
					       : pdnf_or(out, &rhs);
		pdnf_free(&rhs);
		break;
	default:
		r = -EINVAL; /* the parser lets no bare value through */
		break;
	}
	if (r < 0)
		pdnf_free(out);
	return r;
}
