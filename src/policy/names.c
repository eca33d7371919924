/*
 * names.c - syscall names, through libseccomp's tables only: Kafel's
 * historical aliases, names that exist on other arches, and suggestions
 * for a misspelt name.
 */
#include <errno.h>
#include <seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/policy.h"

struct palias {
	const char *name;
	const char *to[3];
};

/* Kafel's names for the syscalls the kernel calls new*. */
static const struct palias aliases[] = {
	{ "newstat", { "stat", NULL } },
	{ "newfstat", { "fstat", NULL } },
	{ "newlstat", { "lstat", NULL } },
	{ "newfstatat", { "newfstatat", "fstatat64", NULL } },
	{ "newuname", { "uname", NULL } },
};

#define NALIASES (sizeof(aliases) / sizeof(aliases[0]))
#define MAX_NR_SCAN 1024
#define NSUGGEST 3

static const struct palias *
find_alias(const char *name)
{
	size_t i;

	for (i = 0; i < NALIASES; i++)
		if (strcmp(aliases[i].name, name) == 0)
			return &aliases[i];
	return NULL;
}

/* Levenshtein distance, giving up (returning cap) past cap. */
static unsigned
distance(const char *a, const char *b, unsigned cap)
{
	unsigned row[64], prev, tmp, best, i, j, la, lb, v;

	la = (unsigned)strlen(a);
	lb = (unsigned)strlen(b);
	if (la >= 64 || lb >= 64)
		return cap;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		best = i;
		for (j = 1; j <= lb; j++) {
			tmp = row[j];
			v = prev + (a[i - 1] != b[j - 1]);
			if (row[j] + 1 < v)
				v = row[j] + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			row[j] = v;
			prev = tmp;
			if (v < best)
				best = v;
		}
		if (best >= cap)
			return cap;
	}
	return row[lb] < cap ? row[lb] : cap;
}

struct psuggest {
	char name[NSUGGEST][64];
	unsigned dist[NSUGGEST];
	unsigned cap;
};

static void
consider(struct psuggest *s, const char *want, const char *name)
{
	unsigned d = distance(want, name, s->cap), i, k;

	if (d >= s->cap || strlen(name) >= sizeof(s->name[0]))
		return;
	for (i = 0; i < NSUGGEST; i++) {
		if (s->name[i][0] != '\0' && strcmp(s->name[i], name) == 0)
			return;
		if (s->name[i][0] == '\0' || d < s->dist[i])
			break;
	}
	if (i == NSUGGEST)
		return;
	for (k = NSUGGEST - 1; k > i; k--) {
		s->dist[k] = s->dist[k - 1];
		memcpy(s->name[k], s->name[k - 1], sizeof(s->name[k]));
	}
	s->dist[i] = d;
	snprintf(s->name[i], sizeof(s->name[i]), "%s", name);
}

static void
suggest(uint32_t arch, const char *want, char *hint, size_t len)
{
	struct psuggest s;
	size_t i, off;
	char *name;
	int nr, n;

	memset(&s, 0, sizeof(s));
	s.cap = strlen(want) / 3 + 2;
	for (nr = 0; nr < MAX_NR_SCAN; nr++) {
		if ((name = seccomp_syscall_resolve_num_arch(arch, nr)) == NULL)
			continue;
		consider(&s, want, name);
		free(name);
	}
	for (i = 0; i < NALIASES; i++)
		consider(&s, want, aliases[i].name);
	hint[0] = '\0';
	for (i = 0, off = 0; i < NSUGGEST && s.name[i][0] != '\0'; i++) {
		n = snprintf(hint + off, len - off, "%s'%s'",
		    i == 0 ? "; did you mean " : ", ", s.name[i]);
		if (n < 0 || (size_t)n >= len - off)
			return;
		off += (size_t)n;
	}
	if (off > 0 && off + 1 < len)
		snprintf(hint + off, len - off, "?");
}

/* Other arches scif can be built for, for "exists elsewhere" warnings. */
static const uint32_t other_arches[] = {
	SCMP_ARCH_X86_64,
	SCMP_ARCH_X86,
	SCMP_ARCH_X32,
	SCMP_ARCH_AARCH64,
	SCMP_ARCH_ARM,
	SCMP_ARCH_RISCV64,
	SCMP_ARCH_PPC64LE,
	SCMP_ARCH_S390X,
};

int
psys_resolve(uint32_t arch, const char *name, char *hint, size_t len)
{
	const struct palias *al;
	size_t i;
	int nr;

	hint[0] = '\0';
	nr = seccomp_syscall_resolve_name_arch(arch, name);
	if (nr >= 0)
		return nr;
	if ((al = find_alias(name)) != NULL) {
		for (i = 0; al->to[i] != NULL; i++)
			if ((nr = seccomp_syscall_resolve_name_arch(
				 arch, al->to[i])) >= 0)
				return nr;
		return -ENOENT;
	}
	/* libseccomp gives a known name absent here a pseudo number. */
	if (nr != __NR_SCMP_ERROR)
		return -ENOENT;
	for (i = 0; i < sizeof(other_arches) / sizeof(other_arches[0]); i++)
		if (seccomp_syscall_resolve_name_arch(other_arches[i], name) >=
		    0)
			return -ENOENT;
	suggest(arch, name, hint, len);
	return -EINVAL;
}
