/* prebuilt.c - finding a policy among those compiled at build time. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "policy/policy.h"
#include "policy/prebuilt.h"

static int
same_texts(const struct policy_prebuilt *pb, const struct ptext *t)
{
	size_t i;

	for (i = 0; i < pb->ntexts; i++, t = t->next)
		if (t == NULL || t->len != pb->texts[i].len ||
		    memcmp(t->text, pb->texts[i].text, t->len) != 0)
			return 0;
	return t == NULL;
}

const struct policy_prebuilt *
policy_prebuilt_match(const struct policy_input *in, uint32_t arch)
{
	const struct policy_prebuilt_table *tab = &policy_prebuilt_table;
	const struct ptext *texts;
	struct parena a = { NULL, 0 };
	struct scif_err err;
	size_t i = tab->n;

	if (tab->v == NULL)
		return NULL;
	/* Lexing reads every file the compiler would, and no more. */
	if (plex_texts(in, &a, &texts, &err) == 0)
		for (i = 0; i < tab->n; i++)
			if (tab->v[i].arch == arch &&
			    same_texts(&tab->v[i], texts))
				break;
	parena_free(&a);
	return i < tab->n ? &tab->v[i] : NULL;
}

int
policy_prebuilt_get(const struct policy_input *in, uint32_t arch,
    struct sock_fprog *out, struct scif_err *err)
{
	const struct policy_prebuilt *pb = policy_prebuilt_match(in, arch);
	struct sock_filter *copy;

	if (pb == NULL)
		return 0;
	/* The caller owns and frees the program, as a compiled one. */
	if ((copy = malloc(pb->len * sizeof(*copy))) == NULL)
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "policy");
	memcpy(copy, pb->bpf, pb->len * sizeof(*copy));
	out->filter = copy;
	out->len = pb->len;
	return 1;
}
