/*
 * policy_cmd.c - scif policy check|dump|eval: look at a syscall policy
 * without running anything under it.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <linux/audit.h>
#include <seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "err.h"
#include "policy/policy.h"

#define STRING_NAME "<string>"

static const char usage_text[] =
    "usage: scif policy check FILE | --policy-string TEXT\n"
    "       scif policy dump FILE | --policy-string TEXT\n"
    "       scif policy eval [--arch x86_64|x32|i386|aarch64]\n"
    "                        FILE | --policy-string TEXT SYSCALL [ARG...]\n";

struct pcmd {
	const char *sub;
	const char *text;
	const char *arch;
	char **pos;
	int npos;
};

static int
usage(const char *why)
{
	if (why != NULL)
		fprintf(stderr, "scif: policy: %s\n", why);
	fputs(usage_text, stderr);
	return SCIF_EXIT_USAGE;
}

static void
print_warning(void *arg, const char *msg)
{
	(void)arg;
	fprintf(stderr, "%s\n", msg);
}

/* Line n of the text (1-based) into buf, without its newline. */
static int
nth_line(FILE *f, const char *text, unsigned n, char *buf, size_t len)
{
	size_t k = 0;
	unsigned line = 1;
	int c;

	for (;;) {
		c = f != NULL ? getc(f) : (*text != '\0' ? *text++ : EOF);
		if (c == EOF || (c == '\n' && line == n))
			break;
		if (c == '\n')
			line++;
		else if (line == n && k + 1 < len)
			buf[k++] = (char)c;
	}
	buf[k] = '\0';
	return line == n ? 0 : -1;
}

/* The offending line and a caret under the column. */
static void
show_position(const struct scif_err *err, const char *text)
{
	char line[1024];
	unsigned i;
	FILE *f = NULL;
	int r;

	if (err->line == 0)
		return;
	if (text == NULL || strcmp(err->file, STRING_NAME) != 0) {
		if ((f = fopen(err->file, "re")) == NULL)
			return;
		text = "";
	}
	r = nth_line(f, text, err->line, line, sizeof(line));
	if (f != NULL)
		fclose(f);
	if (r < 0)
		return;
	fprintf(stderr, "%s\n", line);
	for (i = 1; i < err->col && i - 1 < strlen(line); i++)
		fputc(line[i - 1] == '\t' ? '\t' : ' ', stderr);
	fputs("^\n", stderr);
}

static int
fail(const struct scif_err *err, const char *text)
{
	if (err->line > 0) {
		fprintf(stderr, "%s\n", err->msg);
		show_position(err, text);
	} else
		fprintf(stderr, "scif: policy: %s\n", err->msg);
	return scif_err_exit_status(err);
}

static void
input_of(const struct pcmd *pc, struct policy_input *in)
{
	memset(in, 0, sizeof(*in));
	if (pc->text != NULL) {
		in->text = pc->text;
		in->name = STRING_NAME;
	} else
		in->path = pc->pos[0];
	in->warn = print_warning;
}

static int
do_check(const struct pcmd *pc)
{
	struct policy_input in;
	struct sock_fprog prog;
	struct scif_err err;

	input_of(pc, &in);
	if (policy_compile(&in, &prog, &err) < 0)
		return fail(&err, pc->text);
	policy_prog_free(&prog);
	return 0;
}

static int
do_dump(const struct pcmd *pc)
{
	struct policy_input in;
	struct scif_err err;

	input_of(pc, &in);
	fflush(stdout);
	if (policy_dump_pfc(&in, STDOUT_FILENO, &err) < 0)
		return fail(&err, pc->text);
	return 0;
}

struct pevarch {
	const char *name;
	uint32_t token; /* libseccomp's, for syscall numbers */
	uint32_t audit; /* what the kernel puts in seccomp_data */
	uint32_t nr_bits; /* ORed into a numeric syscall */
};

static const struct pevarch eval_arches[] = {
	{ "x86_64", SCMP_ARCH_X86_64, AUDIT_ARCH_X86_64, 0 },
	{ "x32", SCMP_ARCH_X32, AUDIT_ARCH_X86_64, 0x40000000u },
	{ "i386", SCMP_ARCH_X86, AUDIT_ARCH_I386, 0 },
	{ "aarch64", SCMP_ARCH_AARCH64, AUDIT_ARCH_AARCH64, 0 },
};

static int
find_arch(const char *name, struct pevarch *out)
{
	size_t i;

	if (name == NULL) {
		out->name = "native";
		out->token = out->audit = seccomp_arch_native();
		out->nr_bits = 0;
		return 0;
	}
	for (i = 0; i < sizeof(eval_arches) / sizeof(eval_arches[0]); i++)
		if (strcmp(eval_arches[i].name, name) == 0) {
			*out = eval_arches[i];
			return 0;
		}
	return -1;
}

static int
parse_number(const char *s, uint64_t *v)
{
	char *end;

	if (policy_const_lookup(s, strlen(s), v) == 0)
		return 0;
	errno = 0;
	if (s[0] == '-')
		*v = (uint64_t)strtoll(s, &end, 0);
	else
		*v = strtoull(s, &end, 0);
	return errno != 0 || end == s || *end != '\0' ? -1 : 0;
}

static int
eval_nr(const struct pevarch *a, const char *name, int *nr)
{
	char hint[256], msg[400];
	uint64_t v;

	if (isdigit((unsigned char)name[0])) {
		if (parse_number(name, &v) < 0 || v > 0xffff)
			return usage("bad syscall number");
		*nr = (int)(v | a->nr_bits);
		return 0;
	}
	if ((*nr = psys_resolve(a->token, name, hint, sizeof(hint))) >= 0)
		return 0;
	snprintf(msg, sizeof(msg), "syscall '%s' %s%s", name,
	    *nr == -ENOENT ? "does not exist on this arch" : "is unknown",
	    hint);
	return usage(msg);
}

static int
do_eval(const struct pcmd *pc)
{
	struct pevarch arch, *a = &arch;
	struct policy_input in;
	struct seccomp_data d;
	struct sock_fprog prog;
	struct scif_err err;
	char act[64];
	uint64_t v;
	int first = pc->text != NULL ? 0 : 1, i, r;

	if (pc->npos <= first)
		return usage("eval needs a SYSCALL");
	if (pc->npos - first - 1 > POLICY_MAX_ARGS)
		return usage("a syscall has at most 6 arguments");
	if (find_arch(pc->arch, &arch) < 0)
		return usage("unknown --arch (x86_64, x32, i386, aarch64)");
	memset(&d, 0, sizeof(d));
	d.arch = a->audit;
	if ((r = eval_nr(a, pc->pos[first], &d.nr)) != 0)
		return r;
	for (i = first + 1; i < pc->npos; i++)
		if (parse_number(pc->pos[i], &v) < 0)
			return usage("bad argument value");
		else
			d.args[i - first - 1] = v;
	input_of(pc, &in);
	if (policy_compile(&in, &prog, &err) < 0)
		return fail(&err, pc->text);
	policy_action_str(bpf_eval(&prog, &d), act, sizeof(act));
	policy_prog_free(&prog);
	printf("%s\n", act);
	return 0;
}

static int
parse_args(int argc, char **argv, struct pcmd *pc)
{
	static const struct option opts[] = {
		{ "policy-string", required_argument, NULL, 's' },
		{ "arch", required_argument, NULL, 'a' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		if (c == 's')
			pc->text = optarg;
		else if (c == 'a' && strcmp(pc->sub, "eval") == 0)
			pc->arch = optarg;
		else if (c == 'h') {
			fputs(usage_text, stdout);
			return 0;
		} else
			return usage("unknown option or missing value");
	}
	pc->pos = argv + optind;
	pc->npos = argc - optind;
	if (pc->text == NULL && pc->npos < 1)
		return usage("a FILE or --policy-string is needed");
	return -1;
}

int
cmd_policy(int argc, char **argv)
{
	struct pcmd pc;
	int r;

	memset(&pc, 0, sizeof(pc));
	if (argc < 2)
		return usage(NULL);
	pc.sub = argv[1];
	if (strcmp(pc.sub, "-h") == 0 || strcmp(pc.sub, "--help") == 0) {
		fputs(usage_text, stdout);
		return 0;
	}
	if (strcmp(pc.sub, "check") != 0 && strcmp(pc.sub, "dump") != 0 &&
	    strcmp(pc.sub, "eval") != 0)
		return usage("unknown subcommand");
	if ((r = parse_args(argc - 1, argv + 1, &pc)) >= 0)
		return r;
	if (strcmp(pc.sub, "eval") == 0)
		return do_eval(&pc);
	if (pc.npos > (pc.text != NULL ? 0 : 1))
		return usage("too many arguments");
	return strcmp(pc.sub, "check") == 0 ? do_check(&pc) : do_dump(&pc);
}
