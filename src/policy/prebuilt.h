/*
 * prebuilt.h - the shipped profiles' policies, compiled at build time.
 *
 * tools/gen_prebuilt_bpf.c compiles the policy of each profiles/NAME.cfg
 * that compiles without a warning and writes this table as C, with every
 * text the compiler read.  A compilation whose texts are the same bytes,
 * for the same arch, would produce the same program: libseccomp's output
 * depends on nothing else the compiler is given.  The texts are compared
 * whole (no hash: no collision to argue about), and a unit test checks
 * that each program equals a fresh compilation.
 */
#ifndef SCIF_POLICY_PREBUILT_H
#define SCIF_POLICY_PREBUILT_H

#include <linux/filter.h>
#include <stddef.h>
#include <stdint.h>

struct policy_text {
	const char *text;
	size_t len;
};

struct policy_prebuilt {
	const char *origin; /* the file (or profile) it came from */
	int is_file; /* origin is the policy file, else a profile's string */
	uint32_t arch; /* libseccomp's token */
	const struct policy_text *texts; /* in the order the lexer read them */
	size_t ntexts;
	const struct sock_filter *bpf;
	unsigned short len;
};

struct policy_prebuilt_table {
	const struct policy_prebuilt *v;
	size_t n;
};

/*
 * Generated into the build directory; the generator itself links
 * tools/prebuilt_none.c, an empty table, and so compiles everything.
 */
extern const struct policy_prebuilt_table policy_prebuilt_table;

#endif
