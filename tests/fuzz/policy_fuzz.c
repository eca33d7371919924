/*
 * policy_fuzz.c - libFuzzer target for the policy compiler.  Besides the
 * sanitizers, it checks what must hold for every filter that compiles:
 * another arch and x32 numbers are killed, and a bad program never gets
 * out of bpf_eval as anything but an action.
 */
#include <linux/audit.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "policy/policy.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_invariants(const struct sock_fprog *prog)
{
	struct seccomp_data d;
	int nr;

	for (nr = 0; nr < 512; nr += 7) {
		memset(&d, 0, sizeof(d));
		d.nr = nr;
		d.arch = AUDIT_ARCH_I386;
		if (bpf_eval(prog, &d) != SECCOMP_RET_KILL_PROCESS)
			abort();
#if defined(__x86_64__)
		d.arch = AUDIT_ARCH_X86_64;
		d.nr = nr | 0x40000000;
		if (bpf_eval(prog, &d) != SECCOMP_RET_KILL_PROCESS)
			abort();
		d.nr = nr;
		d.args[0] = (uint64_t)nr * 0x9e3779b97f4a7c15u;
		(void)bpf_eval(prog, &d);
#endif
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sock_fprog prog;
	struct scif_err err;
	char *text;

	if (size > 65536)
		return 0;
	if ((text = malloc(size + 1)) == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	if (policy_compile_string(text, "<fuzz>", &prog, NULL, NULL, &err) ==
	    0) {
		check_invariants(&prog);
		policy_prog_free(&prog);
	} else if (err.cls == SCIF_E_POLICY && err.line == 0)
		abort(); /* text errors must carry a position */
	free(text);
	return 0;
}
