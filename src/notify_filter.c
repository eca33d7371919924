/* notify_filter.c - a policy's denying returns turned into user notifications. */
#include <errno.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <seccomp.h>
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "err.h"
#include "notify.h"
#include "policy/policy.h"

#define BPF_MAX_INSNS 4096

/* In front of every notifying filter: exit_group, native, is allowed.
 * A filter cannot keep a program from ending (it can crash), and the
 * program's process must be able to end before exec (notify_exec.c)
 * without a call that would wait for the supervisor. */
#define PROLOGUE_LEN 5

/*
 * The DEFAULT action: the verdict for a native syscall number that no
 * policy can name, the highest one libseccomp does not know.
 */
uint32_t
notify_default_action(const struct sock_fprog *policy)
{
	struct seccomp_data d;
	int nr;

	memset(&d, 0, sizeof(d));
	d.arch = seccomp_arch_native();
	for (nr = 1023; nr > 0; nr--) {
		char *name = seccomp_syscall_resolve_num_arch(d.arch, nr);

		if (name == NULL)
			break;
		free(name);
	}
	d.nr = nr;
	return bpf_eval(policy, &d);
}

int
notify_rewritten(uint32_t k, enum scif_seccomp_mode mode, uint32_t def)
{
	uint32_t act = k & SECCOMP_RET_ACTION_FULL;

	switch (mode) {
	case SCIF_SECCOMP_AUDIT:
		return act != SECCOMP_RET_ALLOW;
	case SCIF_SECCOMP_LEARN:
		return act == SECCOMP_RET_LOG;
	case SCIF_SECCOMP_ENFORCE:
		return act == SECCOMP_RET_KILL_PROCESS ||
		    act == SECCOMP_RET_KILL_THREAD || act == SECCOMP_RET_LOG ||
		    (k == def && act == SECCOMP_RET_ERRNO);
	default:
		return 0;
	}
}

static void
prologue(struct sock_filter *f)
{
	f[0] = (struct sock_filter)BPF_STMT(
	    BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch));
	f[1] = (struct sock_filter)BPF_JUMP(
	    BPF_JMP | BPF_JEQ | BPF_K, seccomp_arch_native(), 0, 3);
	f[2] = (struct sock_filter)BPF_STMT(
	    BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
	f[3] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K,
	    (uint32_t)seccomp_syscall_resolve_name("exit_group"), 0, 1);
	f[4] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
}

int
notify_wrap(const struct sock_fprog *policy, enum scif_seccomp_mode mode,
    const struct notify_prologue *pro, struct sock_fprog *out,
    struct scif_err *err)
{
	uint32_t def = notify_default_action(policy);
	struct sock_filter *f;
	size_t i, n = (size_t)policy->len + pro->len;

	out->len = 0;
	out->filter = NULL;
	if (n > BPF_MAX_INSNS)
		return err_set(err, SCIF_E_POLICY, E2BIG,
		    "the policy leaves no room for %s", pro->what);
	if ((f = calloc(n, sizeof(*f))) == NULL)
		return err_set(
		    err, SCIF_E_SETUP, ENOMEM, "%s filter", pro->what);
	pro->write(f);
	memcpy(f + pro->len, policy->filter,
	    policy->len * sizeof(*policy->filter));
	for (i = pro->len; i < n; i++) {
		if (f[i].code == (BPF_RET | BPF_K) &&
		    notify_rewritten(f[i].k, mode, def))
			f[i].k = pro->ret;
	}
	out->filter = f;
	out->len = (unsigned short)n;
	return 0;
}

int
notify_filter(const struct sock_fprog *policy, enum scif_seccomp_mode mode,
    struct sock_fprog *out, struct scif_err *err)
{
	static const struct notify_prologue pro = { prologue, PROLOGUE_LEN,
		SECCOMP_RET_USER_NOTIF, "user notification" };

	return notify_wrap(policy, mode, &pro, out, err);
}

int
notify_learn_policy(struct sock_fprog *out, struct scif_err *err)
{
	return policy_compile_string("POLICY learn { ALLOW { execve } }\n"
				     "USE learn DEFAULT LOG\n",
	    "<learn>", out, NULL, NULL, err);
}

/*
 * A listener is refused (EBUSY) under an ancestor's filter that has one.
 * Only a process already filtered can be under one: then ask a child
 * (suspended meanwhile), which loads an allow-all filter with a listener.
 */
int
notify_listener_ok(void)
{
	struct sock_filter allow = BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	struct sock_fprog prog = { 1, &allow };
	pid_t pid, r;
	int st;

	if (notify_sizes_ok() < 0)
		return -1;
	if (prctl(PR_GET_SECCOMP, 0, 0, 0, 0) != SECCOMP_MODE_FILTER)
		return 0;
	pid = (pid_t)syscall(
	    SYS_clone, CLONE_VFORK | SIGCHLD, NULL, NULL, NULL, NULL);
	if (pid < 0)
		return -1;
	if (pid == 0) {
		if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 ||
		    syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
			SECCOMP_FILTER_FLAG_NEW_LISTENER, &prog) < 0)
			_exit(1);
		_exit(0);
	}
	do {
		r = waitpid(pid, &st, __WALL);
	} while (r < 0 && errno == EINTR);
	return r == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : -1;
}

static int
need_notif(enum scif_seccomp_mode mode, struct scif_err *err)
{
	if (notify_listener_ok() == 0)
		return 0;
	return err_layer(err, "seccomp", ENOSYS,
	    "%s needs seccomp user notification, which this kernel does "
	    "not offer or an ancestor's listener holds",
	    mode == SCIF_SECCOMP_AUDIT ? "--audit" : "learning");
}

int
notify_plan(enum scif_seccomp_mode mode, struct sock_fprog *filter, int *owned,
    struct sock_fprog *notifying, struct scif_err *err)
{
	struct sock_fprog learn;

	notifying->len = 0;
	notifying->filter = NULL;
	switch (mode) {
	case SCIF_SECCOMP_PLAIN:
		return 0;
	case SCIF_SECCOMP_ENFORCE:
		/* Without it, or without room: the caller traces. */
		if (notify_listener_ok() < 0 ||
		    notify_filter(filter, mode, notifying, NULL) < 0)
			notifying->len = 0;
		return 0;
	case SCIF_SECCOMP_LEARN:
		if (need_notif(mode, err) < 0 ||
		    notify_learn_policy(&learn, err) < 0)
			return -1;
		if (*owned)
			policy_prog_free(filter);
		*filter = learn;
		*owned = 1;
		return notify_filter(filter, mode, notifying, err);
	case SCIF_SECCOMP_AUDIT:
		if (need_notif(mode, err) < 0)
			return -1;
		return notify_filter(filter, mode, notifying, err);
	}
	return err_set(err, SCIF_E_USAGE, EINVAL, "bad seccomp mode %d", mode);
}
