/* filter.c - loading the syscall filter; compilation is src/policy/'s. */
#include <errno.h>
#include <linux/netlink.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "err.h"
#include "filter.h"
#include "policy/default_bpf.h"
#include "policy/policy.h"

/* Allowed, or only logged: the call is made. */
int
filter_lets_call(const struct sock_fprog *prog, int nr, const uint64_t args[6])
{
	struct seccomp_data d;
	uint32_t action;

	memset(&d, 0, sizeof(d));
	d.arch = seccomp_arch_native();
	d.nr = nr;
	memcpy(d.args, args, sizeof(d.args));
	action = bpf_eval(prog, &d) & SECCOMP_RET_ACTION_FULL;
	return action == SECCOMP_RET_ALLOW || action == SECCOMP_RET_LOG;
}

/*
 * The filter is loaded before execve, so a policy that refuses execve can
 * never start the program: the child could not even report it.  Ask the
 * compiled filter itself, natively, as the kernel will.
 */
static int
allows_execve(const struct sock_fprog *prog, struct scif_err *err)
{
	static const uint64_t none[6];

	if (filter_lets_call(
		prog, seccomp_syscall_resolve_name("execve"), none))
		return 0;
	return err_set(err, SCIF_E_POLICY, 0,
	    "the policy does not allow execve, which starts the program");
}

int
filter_allows_netlink(const struct sock_fprog *prog)
{
	static const int types[] = { SOCK_RAW, SOCK_DGRAM };
	static const int flags[] = { 0, SOCK_CLOEXEC, SOCK_NONBLOCK,
		SOCK_CLOEXEC | SOCK_NONBLOCK };
	static const int protos[] = { NETLINK_ROUTE, NETLINK_SOCK_DIAG };
	int nr = seccomp_syscall_resolve_name("socket");
	uint64_t args[6] = { AF_NETLINK, 0, 0, 0, 0, 0 };
	size_t t, f, p;

	for (t = 0; t < sizeof(types) / sizeof(types[0]); t++) {
		for (f = 0; f < sizeof(flags) / sizeof(flags[0]); f++) {
			for (p = 0; p < sizeof(protos) / sizeof(protos[0]);
			     p++) {
				args[1] = (uint64_t)(types[t] | flags[f]);
				args[2] = (uint64_t)protos[p];
				if (filter_lets_call(prog, nr, args))
					return 1;
			}
		}
	}
	return 0;
}

int
filter_plan(const struct scif_spec *spec, struct sock_fprog *out, int *owned,
    struct scif_err *err)
{
	*owned = 0;
	if (spec->policy.len != 0) {
		*out = spec->policy;
		return allows_execve(out, err);
	}
	/* Compiled at build time (see tools/gen_default_bpf.c). */
	out->filter = (struct sock_filter *)policy_default_bpf;
	out->len = policy_default_bpf_len;
	(void)err;
	return 0;
}

int
filter_apply(const struct sock_fprog *prog, struct scif_err *err)
{
	/* The child is single-threaded: no TSYNC needed.  Speculation
	 * mitigations stay on (no SPEC_ALLOW). */
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, prog) < 0)
		return err_layer(err, "seccomp", errno,
		    "loading the filter (%u instructions)", prog->len);
	return 0;
}
