/* violations.c - scif run's lines about the calls its policy denies. */
#include <linux/seccomp.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "err.h"
#include "policy/policy.h"
#include "sctext.h"

/* "imagemagick" for .../imagemagick.policy; "default" without one. */
static void
policy_name(const char *path, char *buf, size_t len)
{
	const char *base, *dot;
	size_t n;

	if (path == NULL) {
		snprintf(buf, len, "default");
		return;
	}
	base = strrchr(path, '/') != NULL ? strrchr(path, '/') + 1 : path;
	dot = strrchr(base, '.');
	n = dot != NULL && strcmp(dot, ".policy") == 0 ? (size_t)(dot - base)
						       : strlen(base);
	snprintf(buf, len, "%.*s", (int)n, base);
}

/* Once per call and narrowing argument value: an ERRNO default may be
 * hit in a loop. */
static int
seen(struct violations *v, const struct scif_syscall *c)
{
	const struct sc_argrule *r = sc_argrule(c->name);
	uint64_t key = ((uint64_t)(uint32_t)c->nr << 32) ^
	    (r != NULL ? c->args[r->arg] & 0xffffffffu : 0) ^ c->arch;
	unsigned i;

	for (i = 0; i < v->nseen; i++) {
		if (v->seen[i] == key)
			return 1;
	}
	if (v->nseen < VIOLATIONS_SEEN)
		v->seen[v->nseen++] = key;
	return 0;
}

static int
kills(uint32_t action)
{
	action &= SECCOMP_RET_ACTION_FULL;
	return action != SECCOMP_RET_ERRNO && action != SECCOMP_RET_LOG;
}

static void
print_call(void *arg, const struct scif_syscall *c)
{
	struct violations *v = arg;
	const char *tag = v->mode == SCIF_SECCOMP_AUDIT ? "audit" : "seccomp";
	char what[512], act[32], rule[256];

	/* An answered call (ERRNO, LOG) is in the report, not on stderr:
	 * a default of ERRNO(ENOSYS) is met by many ordinary programs. */
	if (c->enforced && !kills(c->action))
		return;
	if (seen(v, c))
		return;
	sc_describe(c, what, sizeof(what));
	policy_action_str(c->action, act, sizeof(act));
	sc_allow_rule(c, rule, sizeof(rule));
	fprintf(stderr, "scif: %s: %s: %s by policy %s (%s%s)\n", tag, what,
	    !c->enforced ? "would be denied"
		: (c->action & SECCOMP_RET_ACTION_FULL) == SECCOMP_RET_LOG
		? "logged"
		: "denied",
	    v->policy, c->is_default ? "DEFAULT " : "", act);
	fprintf(stderr, "scif: %s: to allow it, add to the policy: %s\n", tag,
	    rule);
}

int
violations_init(struct violations *v, struct scif_spec *s,
    const struct run_opts *o, struct scif_err *err)
{
	memset(v, 0, sizeof(*v));
	v->mode = o->sc_mode;
	policy_name(o->policy_name, v->policy, sizeof(v->policy));
	return scif_spec_set_seccomp_mode(s, o->sc_mode, print_call, v, err);
}
