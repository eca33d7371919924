/*
 * test_policy_rand.c - random policies against a reference: rules with
 * random conditions and actions for one syscall, compiled, then every
 * argument pair of a grid run through the BPF and through a direct
 * first-match evaluation of the same rules.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/policy.h"

enum { N_CMP, N_MASK, N_AND, N_OR, N_NOT };

struct node {
	int kind, op, arg;
	uint32_t val, mask;
	const struct node *l, *r;
};

struct gen {
	struct node pool[64];
	int used;
	char text[4096];
	size_t len;
	unsigned seed;
};

static const char *const ops[] = { "==", "!=", "<", "<=", ">", ">=" };
static const uint32_t consts[] = { 0, 1, 2, 3, 5, 0xffffffff };
static const uint32_t masks[] = { 1, 3, 0xf, 0x80000001 };

static unsigned
rnd(struct gen *g, unsigned n)
{
	return (unsigned)rand_r(&g->seed) % n;
}

static void
emit(struct gen *g, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	g->len += (size_t)vsnprintf(
	    g->text + g->len, sizeof(g->text) - g->len, fmt, ap);
	va_end(ap);
	assert_true(g->len < sizeof(g->text));
}

static const struct node *
gen_expr(struct gen *g, int depth)
{
	struct node *n = &g->pool[g->used++];
	unsigned k = depth > 0 ? rnd(g, 5) : rnd(g, 2);

	n->kind = (int)k;
	n->arg = (int)rnd(g, 2);
	n->val = consts[rnd(g, 6)];
	switch (k) {
	case N_CMP:
		n->op = (int)rnd(g, 6);
		emit(g, "%s %s %#x", n->arg ? "b" : "a", ops[n->op], n->val);
		break;
	case N_MASK:
		n->op = (int)rnd(g, 2);
		n->mask = masks[rnd(g, 4)];
		emit(g, "(%s & %#x) %s %#x", n->arg ? "b" : "a", n->mask,
		    ops[n->op], n->val);
		break;
	case N_NOT:
		emit(g, "!(");
		n->l = gen_expr(g, depth - 1);
		emit(g, ")");
		break;
	default:
		emit(g, "(");
		n->l = gen_expr(g, depth - 1);
		emit(g, k == N_AND ? " && " : rnd(g, 2) ? " || " : ", ");
		n->r = gen_expr(g, depth - 1);
		emit(g, ")");
		break;
	}
	return n;
}

static int
eval_node(const struct node *n, const __u64 *args)
{
	uint32_t x = (uint32_t)args[n->arg];

	switch (n->kind) {
	case N_MASK:
		x &= n->mask;
		return n->op == 0 ? x == n->val : x != n->val;
	case N_CMP:
		switch (n->op) {
		case 0:
			return x == n->val;
		case 1:
			return x != n->val;
		case 2:
			return x < n->val;
		case 3:
			return x <= n->val;
		case 4:
			return x > n->val;
		default:
			return x >= n->val;
		}
	case N_AND:
		return eval_node(n->l, args) && eval_node(n->r, args);
	case N_OR:
		return eval_node(n->l, args) || eval_node(n->r, args);
	default:
		return !eval_node(n->l, args);
	}
}

static const char *const actnames[] = { "ALLOW", "ERRNO(1)", "ERRNO(2)",
	"KILL_PROCESS", "ERRNO(9)" };
static const uint32_t actvals[] = { SECCOMP_RET_ALLOW, SECCOMP_RET_ERRNO | 1,
	SECCOMP_RET_ERRNO | 2, SECCOMP_RET_KILL_PROCESS,
	SECCOMP_RET_ERRNO | 9 };

static const uint64_t grid[] = { 0, 1, 2, 3, 4, 5, 0xf, 0x80000000, 0xfffffffe,
	0xffffffff, 0x100000001, 0xffffffff00000003 };

static void
test_random_policies(void **state)
{
	const struct node *cond[4];
	struct sock_fprog p;
	struct scif_err err;
	struct seccomp_data d;
	struct gen g;
	int act[4], nrules, def, i, iter, skipped = 0;
	size_t x, y;
	uint32_t want;

	(void)state;
	memset(&g, 0, sizeof(g));
	g.seed = 12345;
	for (iter = 0; iter < 400; iter++) {
		g.used = 0;
		g.len = 0;
		nrules = 1 + (int)rnd(&g, 4);
		for (i = 0; i < nrules; i++) {
			act[i] = (int)rnd(&g, 5);
			emit(&g, "%s { write", actnames[act[i]]);
			cond[i] = NULL;
			if (rnd(&g, 5) != 0) {
				emit(&g, "(a, b) { ");
				cond[i] = gen_expr(&g, 3);
				emit(&g, " }");
			}
			emit(&g, " }\n");
		}
		def = rnd(&g, 2) ? 4 : 0;
		emit(&g, "DEFAULT %s\n", actnames[def]);
		if (policy_compile_string(g.text, NULL, &p, NULL, NULL, &err) <
		    0) {
			if (strstr(err.msg, "too complex") == NULL &&
			    strstr(err.msg, "BPF instructions") == NULL)
				fail_msg("%s\n%s", g.text, err.msg);
			skipped++;
			continue;
		}
		memset(&d, 0, sizeof(d));
		d.arch = seccomp_arch_native();
		d.nr = seccomp_syscall_resolve_name("write");
		for (x = 0; x < sizeof(grid) / sizeof(grid[0]); x++)
			for (y = 0; y < sizeof(grid) / sizeof(grid[0]); y++) {
				d.args[0] = grid[x];
				d.args[1] = grid[y];
				want = actvals[def];
				for (i = 0; i < nrules; i++)
					if (cond[i] == NULL ||
					    eval_node(cond[i], d.args)) {
						want = actvals[act[i]];
						break;
					}
				if (bpf_eval(&p, &d) != want)
					fail_msg("%sa=%#llx b=%#llx: got %#x, "
						 "want %#x",
					    g.text, (unsigned long long)grid[x],
					    (unsigned long long)grid[y],
					    bpf_eval(&p, &d), want);
			}
		policy_prog_free(&p);
	}
	/* The expansion limit may refuse a few, not most. */
	assert_true(skipped < 40);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random_policies),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
