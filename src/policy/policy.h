/*
 * policy.h - the syscall-policy compiler: Kafel text to a seccomp filter.
 *
 * The text is read by lex.c and parse.c into rules (syscall, argument
 * condition, action), conditions are turned into sums of masked
 * comparisons by dnf.c, and compile.c resolves Kafel's "first matching
 * rule wins" into disjoint libseccomp rules, so that the BPF comes from
 * libseccomp.  bpf_eval.c runs the finished program over a constructed
 * struct seccomp_data, for scif policy eval and for the tests.
 *
 * Argument comparisons follow Kafel: a comparison whose constants fit in
 * 32 bits (as an unsigned value, or sign-extended from 32 bits, like
 * AT_FDCWD) looks only at the low 32 bits of the argument, which is all
 * the kernel reads of an int; a wider constant compares all 64 bits.
 * Ordering comparisons are unsigned.  In conditions, & and | bind tighter
 * than comparisons ("t & 0xf == 1" is a mask test), ! applies to the
 * comparison or parenthesised condition after it, and a comma is an OR
 * of the lowest precedence.  Every comparison becomes masked equalities,
 * so != and ordering comparisons cost up to 32 (64) libseccomp rules;
 * a condition that expands past POLICY_MAX_TERMS, or a filter past the
 * kernel's 4096 instructions, is an error with a position.  TRAP takes
 * no value but 0, as libseccomp passes none.
 */
#ifndef SCIF_POLICY_H
#define SCIF_POLICY_H

#include <linux/filter.h> /* struct sock_fprog */
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdint.h>

#include "scif.h"

/* Receives one formatted warning ("file:line:col: warning: ..."). */
typedef void policy_warn_fn(void *arg, const char *msg);

/*
 * What to compile.  Exactly one of path and text is set; name is used in
 * messages for text (default "<string>").  arch is a libseccomp arch
 * token, 0 for the native one.
 */
struct policy_input {
	const char *path;
	const char *text;
	const char *name;
	uint32_t arch;
	policy_warn_fn *warn;
	void *warn_arg;
	int fresh; /* compile even when a prebuilt program matches */
};

/*
 * Compile to a finished BPF program for the native arch: other arches and
 * x32 numbers are KILL_PROCESS.  #include "file" is relative to the
 * including file (to the working directory for text).  On error returns a
 * negative errno, fills err (class SCIF_E_POLICY, file:line:col when the
 * text is at fault) and out is left empty.  Free out with
 * policy_prog_free().
 *
 * Unless in->fresh, a policy whose texts (the file or string and every
 * file it includes, in the order read) and arch are byte for byte those
 * of a policy compiled at build time gets that program (prebuilt.c):
 * the same output, without libseccomp's work.
 */
int policy_compile(const struct policy_input *in, struct sock_fprog *out,
    struct scif_err *err);
int policy_compile_file(const char *path, struct sock_fprog *out,
    policy_warn_fn *warn, void *warn_arg, struct scif_err *err);
int policy_compile_string(const char *text, const char *name,
    struct sock_fprog *out, policy_warn_fn *warn, void *warn_arg,
    struct scif_err *err);

/* scif's default policy (see default.c). */
int policy_compile_default(struct sock_fprog *out, struct scif_err *err);
const char *policy_default_text(void);

/*
 * Syscalls scif's default never allows (NULL-terminated).  personality
 * is in it although its query form personality(0xffffffff) is allowed;
 * socket for anything but AF_UNIX is never allowed either.
 */
const char *const *policy_never_allowed(void);

/*
 * The program compiled at build time from exactly in's texts for arch, or
 * NULL.  Reading in's files is the only work: a text that cannot be read
 * or lexed is no match, and compiling it reports the error.
 */
struct policy_prebuilt; /* see prebuilt.h */
const struct policy_prebuilt *policy_prebuilt_match(
    const struct policy_input *in, uint32_t arch);
/* That program copied into out (1), or 0 when none matches. */
int policy_prebuilt_get(const struct policy_input *in, uint32_t arch,
    struct sock_fprog *out, struct scif_err *err);

/* Write libseccomp's pseudo filter code for the policy to fd. */
int policy_dump_pfc(
    const struct policy_input *in, int fd, struct scif_err *err);

void policy_prog_free(struct sock_fprog *prog);

/*
 * Run a classic BPF program over data as the kernel would; returns the
 * SECCOMP_RET_* value.  A malformed program gives SECCOMP_RET_KILL_PROCESS.
 */
uint32_t bpf_eval(
    const struct sock_fprog *prog, const struct seccomp_data *data);

/* "ALLOW", "ERRNO(11)", "KILL_PROCESS", ... for a SECCOMP_RET_* value. */
void policy_action_str(uint32_t ret, char *buf, size_t len);

/*
 * Look a constant up by name (AF_UNIX, O_RDONLY, EPERM, ...): 0 and *val
 * set when known, -1 when not.
 */
int policy_const_lookup(const char *name, size_t len, uint64_t *val);

/* ---- compiler internals, shared by the files of src/policy/ ---- */

#define POLICY_MAX_ARGS 6
#define POLICY_MAX_INCLUDE_DEPTH 16
#define POLICY_MAX_TERMS 1024 /* per condition after expansion */
#define POLICY_MAX_RULES 65536 /* flattened rules of one policy */

/* Everything a compilation allocates, freed at once. */
struct parena {
	struct parena_chunk *head;
	size_t used;
};

void *parena_alloc(struct parena *a, size_t size);
char *parena_strndup(struct parena *a, const char *s, size_t len);
void parena_free(struct parena *a);

struct ppos {
	const char *file;
	unsigned line, col;
};

enum ptok {
	TK_EOF = 0,
	TK_IDENT,
	TK_NUM,
	TK_STR,
	TK_LBRACE,
	TK_RBRACE,
	TK_LPAREN,
	TK_RPAREN,
	TK_LBRACK,
	TK_RBRACK,
	TK_COMMA,
	TK_EQ,
	TK_NE,
	TK_LT,
	TK_LE,
	TK_GT,
	TK_GE,
	TK_AMP,
	TK_ANDAND,
	TK_PIPE,
	TK_OROR,
	TK_NOT,
	TK_MINUS,
	TK_DEFINE
};

struct ptoken {
	enum ptok kind;
	const char *text; /* identifier or string body, not terminated */
	size_t len;
	uint64_t num;
	struct ppos pos;
};

struct psrc {
	const char *name;
	const char *text;
	size_t len, off;
	unsigned line, col;
	char *dir;
	uint64_t dev, ino; /* of a file, for #include cycles */
};

/* A text the lexer read, in a list in reading order. */
struct ptext {
	const char *text;
	size_t len;
	struct ptext *next;
};

struct plexer {
	struct parena *arena;
	struct scif_err *err;
	struct psrc src[POLICY_MAX_INCLUDE_DEPTH];
	int depth;
	/* Every text read: the tokens are a function of these alone. */
	struct ptext *texts, **texts_tail;
};

int plex_init(struct plexer *lx, struct parena *a, const char *path,
    const char *text, const char *name, struct scif_err *err);
/* The next token, #include already followed; negative errno on error. */
int plex_next(struct plexer *lx, struct ptoken *tok);
/*
 * Lex in to its end, following every #include; *out gets the texts read,
 * in order, in arena a.  Negative errno (err filled) when lexing fails.
 */
int plex_texts(const struct policy_input *in, struct parena *a,
    const struct ptext **out, struct scif_err *err);

/* Argument expressions as parsed. */
enum pexpr_kind {
	PE_NUM,
	PE_ARG,
	PE_BITAND,
	PE_BITOR,
	PE_CMP,
	PE_LAND,
	PE_LOR,
	PE_NOT
};

struct pexpr {
	enum pexpr_kind kind;
	enum ptok op; /* PE_CMP: TK_EQ ... TK_GE */
	uint64_t num;
	int arg;
	struct pexpr *l, *r;
	struct ppos pos;
};

/* A conjunction of masked comparisons: (args[i] & mask[i]) == val[i]. */
struct pterm {
	uint64_t mask[POLICY_MAX_ARGS];
	uint64_t val[POLICY_MAX_ARGS];
};

/* A disjunction of terms; no terms is false, an empty term is true. */
struct pdnf {
	struct pterm *t;
	size_t n, cap;
};

void pdnf_free(struct pdnf *d);
int pdnf_true(struct pdnf *d);
int pdnf_is_true(const struct pdnf *d);
int pdnf_or(struct pdnf *d, const struct pdnf *e);
int pdnf_and(struct pdnf *d, const struct pdnf *e);
int pdnf_not(struct pdnf *d);
int pdnf_and_not(struct pdnf *d, const struct pdnf *c);
/* Condition of an expression; -E2BIG when it expands past the limit. */
int pdnf_from_expr(const struct pexpr *e, struct pdnf *out);

struct prule {
	int nr; /* syscall number on the target arch */
	const char *name; /* as written */
	uint32_t action; /* SCMP_ACT_* */
	struct pexpr *cond; /* NULL: every call */
	struct ppos pos;
};

enum pentry_kind { PENT_RULE, PENT_USE };

struct pentry {
	enum pentry_kind kind;
	struct prule rule;
	struct ppolicy *use;
	struct pentry *next;
};

struct ppolicy {
	const char *name;
	struct ppos pos;
	struct pentry *head, **tail;
	int busy; /* its body is being read */
	struct ppolicy *next;
};

/* A parsed policy file: the top-level policy and its default. */
struct pprog {
	struct ppolicy top;
	uint32_t def_action;
	struct ppos def_pos;
};

#define POLICY_MAX_NEVER 64

struct pctx {
	struct parena arena;
	uint32_t arch;
	int never[POLICY_MAX_NEVER]; /* numbers of policy_never_allowed() */
	int nnever, sock_nr, pers_nr;
	policy_warn_fn *warn;
	void *warn_arg;
	struct scif_err *err;
};

void pwarn(const struct pctx *c, const struct ppos *pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

int policy_parse(
    struct pctx *c, const struct policy_input *in, struct pprog *prog);

/*
 * A syscall name on arch: its number (>= 0), or -ENOENT when it exists
 * only on other arches (a warning is due), or -EINVAL when unknown; then
 * hint gets "; did you mean ...?" or "".
 */
int psys_resolve(uint32_t arch, const char *name, char *hint, size_t len);

#endif /* SCIF_POLICY_H */
