/* learn.c - counting calls and writing them as a policy (see learn.h). */
#include <errno.h>
#include <ctype.h>
#include <seccomp.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "learn.h"
#include "policy/policy.h"
#include "sctext.h"

static struct learn_call *
find(struct learn *l, const char *name)
{
	struct learn_call *c;
	size_t i;

	for (i = 0; i < l->n; i++) {
		if (strcmp(l->v[i].name, name) == 0)
			return &l->v[i];
	}
	if (l->n == l->cap) {
		size_t cap = l->cap != 0 ? l->cap * 2 : 64;

		if ((c = realloc(l->v, cap * sizeof(*c))) == NULL) {
			l->oom = 1;
			return NULL;
		}
		l->v = c;
		l->cap = cap;
	}
	c = &l->v[l->n++];
	memset(c, 0, sizeof(*c));
	snprintf(c->name, sizeof(c->name), "%s", name);
	c->arg = -1;
	if (sc_argrule(name) != NULL) {
		c->arg = sc_argrule(name)->arg;
		c->argname = sc_argrule(name)->name;
	}
	return c;
}

static void
add_value(struct learn_call *c, uint32_t v)
{
	int i;

	if (c->arg < 0 || c->many)
		return;
	for (i = 0; i < c->nvals; i++) {
		if (c->vals[i] == v)
			return;
	}
	if (c->nvals == LEARN_MAX_VALUES)
		c->many = 1;
	else
		c->vals[c->nvals++] = v;
}

void
learn_init(struct learn *l)
{
	memset(l, 0, sizeof(*l));
	(void)find(l, "execve");
	(void)find(l, "exit_group");
}

void
learn_free(struct learn *l)
{
	free(l->v);
	memset(l, 0, sizeof(*l));
}

void
learn_add(void *arg, const struct scif_syscall *sc)
{
	struct learn *l = arg;
	struct learn_call *c;

	if (sc->name[0] == '\0' || sc->arch != seccomp_arch_native())
		return;
	if ((c = find(l, sc->name)) == NULL)
		return;
	c->count++;
	if (c->arg >= 0)
		add_value(c, (uint32_t)sc->args[c->arg]);
}

/* "name..., // 12 calls; flags: 0x11 0x22" (or "many"). */
static void
merge_line(struct learn *l, const char *s)
{
	char name[32], argname[32];
	struct learn_call *c;
	const char *p = s, *q;
	size_t n = 0;
	char *end;

	while (*p != '\0' &&
	    (islower((unsigned char)*p) || isdigit((unsigned char)*p) ||
		*p == '_'))
		p++;
	n = (size_t)(p - s);
	if (n == 0 || n >= sizeof(name) || (q = strstr(p, "// ")) == NULL)
		return;
	memcpy(name, s, n);
	name[n] = '\0';
	if ((c = find(l, name)) == NULL)
		return;
	c->count += strtoul(q + 3, &end, 10);
	if (c->arg < 0 || (q = strstr(end, "; ")) == NULL ||
	    sscanf(q + 2, "%31[a-z]:", argname) != 1 ||
	    (q = strchr(q, ':')) == NULL)
		return;
	for (q++; *q == ' '; q++) {
		if (strncmp(q + 1, "many", 4) == 0) {
			c->many = 1;
			return;
		}
		add_value(c, (uint32_t)strtoul(q + 1, &end, 0));
		q = end - 1;
		if (*end != ' ')
			return;
	}
}

int
learn_merge_file(struct learn *l, const char *path, struct scif_err *err)
{
	char line[1024];
	const char *s;
	FILE *f;

	if ((f = fopen(path, "re")) == NULL)
		return err_set(err, SCIF_E_USAGE, errno, "--merge %s", path);
	while (fgets(line, sizeof(line), f) != NULL) {
		unsigned runs;

		for (s = line; *s == ' ' || *s == '\t'; s++)
			;
		if (sscanf(s, "// Learned by scif learn from %u run", &runs) ==
		    1)
			l->runs += runs;
		merge_line(l, s);
	}
	fclose(f);
	return l->oom ? err_set(err, SCIF_E_SETUP, ENOMEM, "--merge") : 0;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(((const struct learn_call *)a)->name,
	    ((const struct learn_call *)b)->name);
}

/* personality's query form is harmless; the default policy allows it. */
static int
never_allowed(const struct learn_call *c)
{
	const char *const *n;

	if (strcmp(c->name, "personality") == 0 && !c->many && c->nvals == 1 &&
	    c->vals[0] == 0xffffffffu)
		return 0;
	for (n = policy_never_allowed(); *n != NULL; n++) {
		if (strcmp(*n, c->name) == 0)
			return 1;
	}
	return 0;
}

static void
write_rule(FILE *f, const struct learn_call *c)
{
	int i;

	if (c->arg < 0 || c->many || c->nvals == 0) {
		fprintf(f, "%s", c->name);
		return;
	}
	fprintf(
	    f, "%s(%s%s) { ", c->name, c->arg > 0 ? "fd, " : "", c->argname);
	for (i = 0; i < c->nvals; i++)
		fprintf(f, "%s%s == %#x", i > 0 ? " || " : "", c->argname,
		    c->vals[i]);
	fprintf(f, " }");
}

static void
write_comment(FILE *f, const struct learn_call *c)
{
	int i;

	if (c->count == 0) {
		fprintf(f, " // 0 calls seen; always needed\n");
		return;
	}
	fprintf(f, " // %lu call%s", c->count, c->count == 1 ? "" : "s");
	if (c->arg >= 0 && c->many)
		fprintf(f, "; %s: many", c->argname);
	else if (c->arg >= 0) {
		fprintf(f, "; %s:", c->argname);
		for (i = 0; i < c->nvals; i++)
			fprintf(f, " %#x", c->vals[i]);
	}
	fputc('\n', f);
}

int
learn_write(struct learn *l, FILE *f, const char *what)
{
	size_t i;

	if (l->oom)
		return -ENOMEM;
	qsort(l->v, l->n, sizeof(*l->v), by_name);
	fprintf(f,
	    "// Learned by scif learn from %u run%s of: %s\n"
	    "// Each call is followed by how often it was made in all "
	    "runs; where at\n"
	    "// most %d values of its telling argument were seen, it "
	    "is allowed for\n"
	    "// those alone.  scif learn --merge reads these comments "
	    "back.\n"
	    "POLICY learned {\n  ALLOW {\n",
	    l->runs, l->runs == 1 ? "" : "s", what, LEARN_MAX_VALUES);
	for (i = 0; i < l->n; i++) {
		if (never_allowed(&l->v[i]))
			fprintf(f,
			    "    // !!! WARNING: scif's default policy never "
			    "allows %s.  The program\n"
			    "    // !!! made it while learning; keep it only "
			    "if you know why.\n",
			    l->v[i].name);
		fputs("    ", f);
		write_rule(f, &l->v[i]);
		fputs(i + 1 < l->n ? "," : "", f);
		write_comment(f, &l->v[i]);
	}
	fputs("  }\n}\nUSE learned DEFAULT KILL_PROCESS\n", f);
	return ferror(f) ? -EIO : 0;
}
