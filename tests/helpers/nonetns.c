/*
 * nonetns - run a program on a host that refuses one namespace only: the
 * net namespace, as a host with user.max_net_namespaces = 0 does.
 *
 *	nonetns PROGRAM [ARGS...]
 *
 * scif first clones its child into every namespace at once; a refusal of
 * any makes it fall back to creating them one by one, keeping those the
 * host allows.  This helper makes that fallback testable: a seccomp
 * filter (libseccomp, everything else allowed) fails clone and unshare
 * with CLONE_NEWNET with ENOSPC, and clone3 with ENOSYS (its flags are in
 * memory, where a filter cannot see them, so libc falls back to clone).
 * As root it loads the filter without no_new_privs, as a container
 * runtime does; otherwise the kernel requires it.  Exit status: 125 when
 * a step fails, 126/127 when PROGRAM cannot be executed or found.
 */
#include <errno.h>
#include <sched.h>
#include <seccomp.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

#define EXIT_SETUP 125

static int
fail(const char *what, int e)
{
	fprintf(stderr, "nonetns: %s: %s\n", what, strerror(e));
	return EXIT_SETUP;
}

static int
load(void)
{
	struct scmp_arg_cmp net =
	    SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_NEWNET, CLONE_NEWNET);
	scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
	int rc;

	if (ctx == NULL)
		return -ENOMEM;
	rc = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0);
	if (rc == 0)
		rc = seccomp_rule_add(
		    ctx, SCMP_ACT_ERRNO(ENOSPC), SCMP_SYS(clone), 1, net);
	if (rc == 0)
		rc = seccomp_rule_add(
		    ctx, SCMP_ACT_ERRNO(ENOSPC), SCMP_SYS(unshare), 1, net);
	if (rc == 0)
		rc = seccomp_rule_add(
		    ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0);
	if (rc == 0)
		rc = seccomp_load(ctx);
	seccomp_release(ctx);
	return rc;
}

int
main(int argc, char *argv[])
{
	int rc;

	if (argc < 2) {
		fputs("usage: nonetns PROGRAM [ARGS...]\n", stderr);
		return EXIT_SETUP;
	}
	if (geteuid() != 0 && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		return fail("PR_SET_NO_NEW_PRIVS", errno);
	if ((rc = load()) < 0)
		return fail("seccomp", -rc);
	execvp(argv[1], argv + 1);
	rc = errno;
	fail(argv[1], rc);
	return rc == ENOENT ? 127 : 126;
}
