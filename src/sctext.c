/* sctext.c - a system call as text (see sctext.h). */
#include <seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sctext.h"

static const struct sc_argrule argrules[] = {
	{ "socket", 0, "domain" },
	{ "socketpair", 0, "domain" },
	{ "clone", 0, "flags" },
	{ "ioctl", 1, "request" },
	{ "prctl", 0, "option" },
	{ "personality", 0, "persona" },
};

const struct sc_argrule *
sc_argrule(const char *syscall)
{
	size_t i;

	for (i = 0; i < sizeof(argrules) / sizeof(argrules[0]); i++) {
		if (strcmp(argrules[i].syscall, syscall) == 0)
			return &argrules[i];
	}
	return NULL;
}

/* libseccomp's architecture names; their numbers come from libseccomp. */
static const char *const arch_names[] = { "x86_64", "x86", "x32", "aarch64",
	"arm", "riscv64", "ppc64le", "ppc64", "ppc", "s390x", "s390", "mips",
	"mipsel", "mips64", "mipsel64", "loongarch64" };

const char *
sc_arch_name(uint32_t arch)
{
	size_t i;

	for (i = 0; i < sizeof(arch_names) / sizeof(arch_names[0]); i++) {
		if (seccomp_arch_resolve_name(arch_names[i]) == arch)
			return arch_names[i];
	}
	return "unknown";
}

void
sc_name(uint32_t arch, int nr, char *buf, size_t len)
{
	char *name = seccomp_syscall_resolve_num_arch(arch, nr);

	snprintf(buf, len, "%s", name != NULL ? name : "");
	free(name);
}

static int
put_arg(char *buf, size_t len, uint64_t v)
{
	if (v < 65536)
		return snprintf(buf, len, "%llu", (unsigned long long)v);
	return snprintf(buf, len, "%#llx", (unsigned long long)v);
}

void
sc_describe(const struct scif_syscall *c, char *buf, size_t len)
{
	char a[3][24];
	int i;

	for (i = 0; i < 3; i++)
		(void)put_arg(a[i], sizeof(a[i]), c->args[i]);
	snprintf(buf, len, "%s[%d] called %s(%s, %s, %s, ...) (%s #%d)",
	    c->comm[0] != '\0' ? c->comm : "?", (int)c->pid,
	    c->name[0] != '\0' ? c->name : "?", a[0], a[1], a[2],
	    sc_arch_name(c->arch), c->nr);
}

void
sc_allow_rule(const struct scif_syscall *c, char *buf, size_t len)
{
	const struct sc_argrule *r = sc_argrule(c->name);
	char v[24];

	if (c->name[0] == '\0') {
		snprintf(buf, len, "(no name for #%d on %s)", c->nr,
		    sc_arch_name(c->arch));
		return;
	}
	if (r == NULL) {
		snprintf(buf, len, "ALLOW { %s }", c->name);
		return;
	}
	(void)put_arg(v, sizeof(v), c->args[r->arg] & 0xffffffffu);
	snprintf(buf, len, "ALLOW { %s(%s%s) { %s == %s } }", c->name,
	    r->arg > 0 ? "fd, " : "", r->name, r->name, v);
}
