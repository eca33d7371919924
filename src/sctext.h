/* sctext.h - a system call as text: names from libseccomp, arguments, the rule that would allow it. */
#ifndef SCIF_SCTEXT_H
#define SCIF_SCTEXT_H

#include <stddef.h>
#include <stdint.h>

#include "scif.h"

/*
 * The calls whose allowing is worth narrowing by one argument (learn
 * writes such rules, a violation's advice too): which argument, and its
 * name in the rule.
 */
struct sc_argrule {
	const char *syscall;
	int arg;
	const char *name;
};

/* The rule for a syscall name, or NULL when it takes none. */
const struct sc_argrule *sc_argrule(const char *syscall);

/* "x86_64", "x86", "x32", ... for an AUDIT_ARCH_* value, via libseccomp. */
const char *sc_arch_name(uint32_t arch);

/* The syscall's name on arch, from libseccomp, or "" when unknown. */
void sc_name(uint32_t arch, int nr, char *buf, size_t len);

/* "convert[1234] called socket(2, 1, 0, ...) (x86_64 #41)" */
void sc_describe(const struct scif_syscall *c, char *buf, size_t len);

/* What to add to a policy: "ALLOW { socket(domain) { domain == 2 } }". */
void sc_allow_rule(const struct scif_syscall *c, char *buf, size_t len);

#endif
