/*
 * gen_prebuilt_bpf PROFILE.cfg... - compile the policy of each profile
 * (its seccomp_policy_file, or its seccomp_string lines joined as
 * profile.c joins them) at build time, and write the table of
 * src/policy/prebuilt.h as C with every text the compiler read.  A
 * profile run then loads its program without libseccomp's work, which
 * costs more than the rest of a launch without namespaces.
 *
 * A policy that does not compile, or compiles with a warning, is left
 * out (noted on stderr): at run time it is compiled, and warns, as
 * before.  What is in the table is matched by its texts alone, so a
 * profile read here differently from profile.c costs a miss, never a
 * wrong program.
 */
#include <errno.h>
#include <seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/policy.h"
#include "policy/prebuilt.h"
#include "profile_parse.h"

#define MAX_ENTRIES 64
#define MAX_TEXTS 256
#define MAX_LINES 256

struct entry {
	const char *origin;
	int is_file;
	size_t text[MAX_TEXTS]; /* indexes into the distinct texts */
	size_t ntexts;
	struct sock_fprog prog;
};

/* Everything written out; texts shared by several policies once. */
struct gen {
	struct parena arena;
	struct policy_text texts[MAX_TEXTS];
	size_t ntexts;
	struct entry e[MAX_ENTRIES];
	size_t n;
};

/* Left out; the build goes on.  Returns 0. */
static int
note(const char *origin, const char *why)
{
	fprintf(
	    stderr, "gen_prebuilt_bpf: %s: not prebuilt: %s\n", origin, why);
	return 0;
}

static void
count_warning(void *arg, const char *msg)
{
	(void)msg;
	(*(int *)arg)++;
}

static size_t
text_index(struct gen *g, const struct ptext *t)
{
	size_t i;

	for (i = 0; i < g->ntexts; i++)
		if (g->texts[i].len == t->len &&
		    memcmp(g->texts[i].text, t->text, t->len) == 0)
			return i;
	if (g->ntexts == MAX_TEXTS)
		return MAX_TEXTS;
	g->texts[i].text = t->text;
	g->texts[i].len = t->len;
	g->ntexts++;
	return i;
}

static int
same_entry(const struct entry *a, const struct entry *b)
{
	return a->ntexts == b->ntexts &&
	    memcmp(a->text, b->text, a->ntexts * sizeof(a->text[0])) == 0;
}

/* Index e's texts among the distinct ones; 0, or -1 if there are too many. */
static int
index_texts(struct gen *g, struct entry *e, const struct ptext *t)
{
	for (; t != NULL; t = t->next) {
		if (e->ntexts == MAX_TEXTS ||
		    (e->text[e->ntexts] = text_index(g, t)) == MAX_TEXTS)
			return -1;
		e->ntexts++;
	}
	return 0;
}

/* Compile one input fresh and keep it, with its texts, if it is clean. */
static int
add(struct gen *g, const struct policy_input *in, const char *origin,
    int is_file)
{
	struct entry *e = &g->e[g->n];
	const struct ptext *t;
	struct scif_err err;
	struct policy_input fresh = *in;
	size_t i, ntexts = g->ntexts;
	int warnings = 0;

	if (g->n == MAX_ENTRIES)
		return note(origin, "too many policies");
	memset(e, 0, sizeof(*e));
	if (plex_texts(in, &g->arena, &t, &err) < 0)
		return note(origin, err.msg);
	fresh.fresh = 1;
	fresh.warn = count_warning;
	fresh.warn_arg = &warnings;
	if (policy_compile(&fresh, &e->prog, &err) < 0)
		return note(origin, err.msg);
	if (warnings > 0 || index_texts(g, e, t) < 0) {
		/* No text of it is written: an unused one would not build. */
		g->ntexts = ntexts;
		policy_prog_free(&e->prog);
		return note(origin,
		    warnings > 0 ? "it compiles with warnings"
				 : "too many texts");
	}
	for (i = 0; i < g->n; i++)
		if (same_entry(&g->e[i], e)) {
			policy_prog_free(&e->prog);
			return 0;
		}
	e->origin = origin;
	e->is_file = is_file;
	g->n++;
	return 0;
}

/* The profile's policy: a file beside it, or its seccomp_string lines. */
static int
add_profile(struct gen *g, const char *cfg, struct pf_doc *doc)
{
	const struct pf_field *lines[MAX_LINES], *file = NULL, *f;
	struct policy_input in;
	const char *slash;
	char *path;
	size_t n = 0;

	for (f = doc->head; f != NULL; f = f->next) {
		if (f->kind != PF_STR)
			continue;
		if (strcmp(f->name, "seccomp_policy_file") == 0)
			file = f;
		else if (strcmp(f->name, "seccomp_string") == 0) {
			if (n == MAX_LINES)
				return note(cfg, "too many lines");
			lines[n++] = f;
		}
	}
	memset(&in, 0, sizeof(in));
	if (n > 0) {
		if ((in.text = pf_join_lines(doc, lines, n)) == NULL)
			return -ENOMEM;
		in.name = "<string>";
		return add(g, &in, cfg, 0);
	}
	if (file == NULL)
		return 0;
	if (strstr(file->str, "${") != NULL)
		return note(cfg, "a variable in seccomp_policy_file");
	slash = strrchr(cfg, '/');
	if ((path = parena_alloc(&g->arena, strlen(cfg) + file->len + 2)) ==
	    NULL)
		return -ENOMEM;
	if (file->str[0] == '/' || slash == NULL)
		strcpy(path, file->str);
	else
		sprintf(path, "%.*s/%s", (int)(slash - cfg), cfg, file->str);
	in.path = path;
	return add(g, &in, path, 1);
}

/* s as the inside of a C string literal; wrap: a new line after each \n. */
static void
print_c_string(const char *s, size_t len, int wrap)
{
	size_t i;
	int c;

	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c == '\n')
			printf(wrap && i + 1 < len ? "\\n\"\n    \"" : "\\n");
		else if (c == '\t')
			printf("\\t");
		else if (c == '"' || c == '\\' || c == '?')
			printf("\\%c", c); /* ? for trigraphs */
		else if (c >= 0x20 && c < 0x7f)
			putchar(c);
		else
			printf("\\%03o", c);
	}
}

static void
print_entry(const struct gen *g, size_t i)
{
	const struct entry *e = &g->e[i];
	size_t j;

	printf("static const struct sock_filter bpf%zu[] = {\n", i);
	for (j = 0; j < e->prog.len; j++)
		printf("\t{ 0x%04x, %u, %u, 0x%08x },\n",
		    e->prog.filter[j].code, e->prog.filter[j].jt,
		    e->prog.filter[j].jf, e->prog.filter[j].k);
	printf("};\n\nstatic const struct policy_text texts%zu[] = {\n", i);
	for (j = 0; j < e->ntexts; j++)
		printf("\t{ text%zu, %zu },\n", e->text[j],
		    g->texts[e->text[j]].len);
	printf("};\n\n");
}

static void
print(const struct gen *g)
{
	size_t i;

	printf("/* Generated by tools/gen_prebuilt_bpf.c; do not edit. */\n");
	printf("#include <stddef.h>\n\n#include \"policy/prebuilt.h\"\n\n");
	for (i = 0; i < g->ntexts; i++) {
		printf("static const char text%zu[] =\n    \"", i);
		print_c_string(g->texts[i].text, g->texts[i].len, 1);
		printf("\";\n\n");
	}
	for (i = 0; i < g->n; i++)
		print_entry(g, i);
	if (g->n == 0) {
		printf(
		    "const struct policy_prebuilt_table policy_prebuilt_table "
		    "= { NULL, 0 };\n");
		return;
	}
	printf("static const struct policy_prebuilt v[] = {\n");
	for (i = 0; i < g->n; i++) {
		printf("\t{ \"");
		print_c_string(g->e[i].origin, strlen(g->e[i].origin), 0);
		printf("\", %d, 0x%08xu, texts%zu, %zu, bpf%zu, %u },\n",
		    g->e[i].is_file, seccomp_arch_native(), i, g->e[i].ntexts,
		    i, g->e[i].prog.len);
	}
	printf("};\n\nconst struct policy_prebuilt_table policy_prebuilt_table "
	       "= { v, %zu };\n",
	    g->n);
}

static void
free_all(struct gen *g, struct pf_doc *docs, int ndocs)
{
	size_t i;
	int j;

	for (i = 0; i < g->n; i++)
		policy_prog_free(&g->e[i].prog);
	for (j = 0; j < ndocs; j++)
		pf_free(&docs[j]);
	parena_free(&g->arena);
}

int
main(int argc, char **argv)
{
	static struct gen g;
	struct pf_doc docs[MAX_ENTRIES];
	struct scif_err err;
	int i, r = 0;

	if (argc - 1 > MAX_ENTRIES) {
		fprintf(stderr, "gen_prebuilt_bpf: too many profiles\n");
		return 1;
	}
	for (i = 1; i < argc && r == 0; i++) {
		/* Freed in every case, and kept until printed: texts in it. */
		if (pf_parse_file(&docs[i - 1], argv[i], &err) < 0)
			note(argv[i], err.msg);
		else
			r = add_profile(&g, argv[i], &docs[i - 1]);
	}
	if (r == 0)
		print(&g);
	free_all(&g, docs, i - 1);
	if (r < 0) {
		fprintf(stderr, "gen_prebuilt_bpf: %s\n", strerror(-r));
		return 1;
	}
	return ferror(stdout) ? 1 : 0;
}
