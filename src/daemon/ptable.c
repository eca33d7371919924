/* ptable.c - the daemon's table of loaded profiles. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/ptable.h"
#include "err.h"

static int
add_one(
    struct ptable *t, const char *dir, const char *file, struct scif_err *err)
{
	char path[PATH_MAX], name[PROTO_MAX_NAME + 1];
	struct pt_entry *e, *ne;
	size_t n = strlen(file) - strlen(PROFILE_SUFFIX);

	if (n >= sizeof(name))
		return 0; /* a name no request can carry */
	memcpy(name, file, n);
	name[n] = '\0';
	if (ptable_find(t, name) != NULL)
		return 0;
	if (snprintf(path, sizeof(path), "%s/%s", dir, file) >=
	    (int)sizeof(path))
		return err_set(err, SCIF_E_USAGE, ENAMETOOLONG, "%s", dir);
	if ((ne = realloc(t->e, (t->n + 1) * sizeof(*ne))) == NULL)
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "profiles");
	t->e = ne;
	e = &t->e[t->n];
	memset(e, 0, sizeof(*e));
	memcpy(e->name, name, n + 1);
	if (profile_load(path, &e->prof, err) < 0)
		return -1;
	if ((e->spec = scif_spec_new()) == NULL) {
		profile_free(e->prof);
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "profiles");
	}
	if (profile_apply(e->prof, e->spec, err) < 0) {
		profile_free(e->prof);
		scif_spec_free(e->spec);
		return -1;
	}
	t->n++;
	return 0;
}

int
ptable_load(struct ptable *t, const char *const *dirs, struct scif_err *err)
{
	struct dirent **list;
	size_t i;
	int n, j, r = 0;

	memset(t, 0, sizeof(*t));
	for (i = 0; dirs[i] != NULL && r == 0; i++) {
		if ((n = profile_scandir(dirs[i], &list)) < 0)
			continue; /* a directory that does not exist */
		for (j = 0; j < n; j++) {
			if (r == 0)
				r = add_one(t, dirs[i], list[j]->d_name, err);
			free(list[j]);
		}
		free(list);
	}
	if (r < 0)
		ptable_free(t);
	return r;
}

struct pt_entry *
ptable_find(const struct ptable *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->n; i++) {
		if (strcmp(t->e[i].name, name) == 0)
			return &t->e[i];
	}
	return NULL;
}

void
ptable_free(struct ptable *t)
{
	size_t i;

	for (i = 0; i < t->n; i++) {
		profile_free(t->e[i].prof);
		scif_spec_free(t->e[i].spec);
	}
	free(t->e);
	t->e = NULL;
	t->n = 0;
}
