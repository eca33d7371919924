/* trace_filter.c - a policy's denying returns turned into SECCOMP_RET_TRACE (see trace.h). */
#include <linux/sched.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <stddef.h>

#include "notify.h"
#include "trace.h"

/* Where the prologue's returns, and the policy, start. */
enum { P_ALLOW = 8, P_KILL, P_TRACE, P_LEN };

/* The low 32 bits of clone's first argument (its flags). */
static uint32_t
flags_offset(void)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return offsetof(struct seccomp_data, args[0]);
#else
	return offsetof(struct seccomp_data, args[0]) + 4;
#endif
}

static void
jump(struct sock_filter *f, int at, uint32_t k, int to_true, int to_false)
{
	f[at] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, k,
	    (unsigned char)(to_true - at - 1),
	    (unsigned char)(to_false - at - 1));
}

/*
 * Native calls only (a foreign arch goes to the policy, which kills it):
 * exit_group is allowed (as in notify_filter.c), and clone with
 * CLONE_UNTRACED kills, so that no process of the job leaves the tracer
 * that way.  clone3's flags are behind a pointer, which a filter cannot
 * read: a process made by clone3(CLONE_UNTRACED) runs untraced, and then
 * every call that the policy denies fails with ENOSYS, the kernel's
 * answer to SECCOMP_RET_TRACE without a tracer, unless a tracer of the
 * job's own attaches to it: resumed unchanged, a SECCOMP_RET_TRACE call
 * runs.  So ptrace always goes to our tracer, which never lets it run
 * (trace.c), whatever the policy says.
 */
static void
prologue(struct sock_filter *f)
{
	f[0] = (struct sock_filter)BPF_STMT(
	    BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch));
	jump(f, 1, seccomp_arch_native(), 2, P_LEN);
	f[2] = (struct sock_filter)BPF_STMT(
	    BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
	jump(f, 3, (uint32_t)seccomp_syscall_resolve_name("exit_group"),
	    P_ALLOW, 4);
	jump(
	    f, 4, (uint32_t)seccomp_syscall_resolve_name("ptrace"), P_TRACE, 5);
	jump(f, 5, (uint32_t)seccomp_syscall_resolve_name("clone"), 6, P_LEN);
	f[6] = (struct sock_filter)BPF_STMT(
	    BPF_LD | BPF_W | BPF_ABS, flags_offset());
	f[7] = (struct sock_filter)BPF_JUMP(
	    BPF_JMP | BPF_JSET | BPF_K, CLONE_UNTRACED, P_KILL - 8, P_LEN - 8);
	f[P_ALLOW] =
	    (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	f[P_KILL] = (struct sock_filter)BPF_STMT(
	    BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS);
	f[P_TRACE] =
	    (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE);
}

int
trace_filter(const struct sock_fprog *policy, struct sock_fprog *out,
    struct scif_err *err)
{
	static const struct notify_prologue pro = { prologue, P_LEN,
		SECCOMP_RET_TRACE, "tracing" };

	return notify_wrap(policy, SCIF_SECCOMP_ENFORCE, &pro, out, err);
}
