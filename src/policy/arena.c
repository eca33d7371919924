/* arena.c - one allocation pool per compilation, freed in one call. */
#include <stdlib.h>
#include <string.h>

#include "policy/policy.h"

struct parena_chunk {
	struct parena_chunk *next;
	size_t size, used;
	max_align_t data[];
};

#define CHUNK_MIN 16384

void *
parena_alloc(struct parena *a, size_t size)
{
	struct parena_chunk *c = a->head;
	size_t need, csize;
	void *p;

	size = (size + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
	if (c == NULL || c->size - c->used < size) {
		need = size > CHUNK_MIN ? size : CHUNK_MIN;
		csize = sizeof(*c) + need;
		if ((c = malloc(csize)) == NULL)
			return NULL;
		c->size = need;
		c->used = 0;
		c->next = a->head;
		a->head = c;
	}
	p = (char *)c->data + c->used;
	c->used += size;
	a->used += size;
	memset(p, 0, size);
	return p;
}

char *
parena_strndup(struct parena *a, const char *s, size_t len)
{
	char *p;

	if ((p = parena_alloc(a, len + 1)) == NULL)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void
parena_free(struct parena *a)
{
	struct parena_chunk *c, *next;

	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	a->head = NULL;
	a->used = 0;
}
