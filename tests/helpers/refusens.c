/*
 * refusens - run a program on a host that refuses one namespace only, as
 * a host with user.max_net_namespaces = 0 refuses net namespaces.
 *
 *	refusens net|ipc|uts|cgroup|mount_setattr PROGRAM [ARGS...]
 *
 * scif first clones its child into every namespace at once (as root, all
 * but the net namespace, which it makes beside the child); a refusal of
 * any makes it fall back to creating them one by one, keeping those the
 * host allows.  This helper makes both testable: a seccomp filter
 * (libseccomp, everything else allowed) fails clone and unshare with the
 * namespace's flag with ENOSPC, and clone3 with ENOSYS (its flags are in
 * memory, where a filter cannot see them, so libc falls back to clone).
 * As root it loads the filter without no_new_privs, as a container
 * runtime does; otherwise the kernel requires it.  "mount_setattr" plays
 * a kernel before 5.12 instead: mount_setattr alone fails, with ENOSYS.
 * Exit status: 125 when a step fails, 126/127 when PROGRAM cannot be
 * executed or found.
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
	fprintf(stderr, "refusens: %s: %s\n", what, strerror(e));
	return EXIT_SETUP;
}

static const struct {
	const char *name;
	unsigned long flag;
} known[] = {
	{ "net", CLONE_NEWNET },
	{ "ipc", CLONE_NEWIPC },
	{ "uts", CLONE_NEWUTS },
	{ "cgroup", CLONE_NEWCGROUP },
};

/* The rules for a refused namespace (flag), or for a kernel without
 * mount_setattr (flag 0). */
static int
add_rules(scmp_filter_ctx ctx, unsigned long flag)
{
	struct scmp_arg_cmp ns = SCMP_A0(SCMP_CMP_MASKED_EQ, flag, flag);
	int rc;

	if (flag == 0)
		return seccomp_rule_add(
		    ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(mount_setattr), 0);
	rc = seccomp_rule_add(
	    ctx, SCMP_ACT_ERRNO(ENOSPC), SCMP_SYS(clone), 1, ns);
	if (rc == 0)
		rc = seccomp_rule_add(
		    ctx, SCMP_ACT_ERRNO(ENOSPC), SCMP_SYS(unshare), 1, ns);
	if (rc == 0)
		rc = seccomp_rule_add(
		    ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0);
	return rc;
}

static int
load(unsigned long flag)
{
	scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
	int rc;

	if (ctx == NULL)
		return -ENOMEM;
	rc = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0);
	if (rc == 0)
		rc = add_rules(ctx, flag);
	if (rc == 0)
		rc = seccomp_load(ctx);
	seccomp_release(ctx);
	return rc;
}

int
main(int argc, char *argv[])
{
	unsigned long flag = 0;
	int rc, known_name = 0;
	size_t i;

	for (i = 0; argc > 2 && i < sizeof(known) / sizeof(known[0]); i++) {
		if (strcmp(argv[1], known[i].name) == 0) {
			flag = known[i].flag;
			known_name = 1;
		}
	}
	if (argc > 2 && strcmp(argv[1], "mount_setattr") == 0)
		known_name = 1;
	if (!known_name) {
		fputs(
		    "usage: refusens net|ipc|uts|cgroup|mount_setattr PROGRAM "
		    "[ARGS...]\n",
		    stderr);
		return EXIT_SETUP;
	}
	if (geteuid() != 0 && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		return fail("PR_SET_NO_NEW_PRIVS", errno);
	if ((rc = load(flag)) < 0)
		return fail("seccomp", -rc);
	execvp(argv[2], argv + 2);
	rc = errno;
	fail(argv[2], rc);
	return rc == ENOENT ? 127 : 126;
}
