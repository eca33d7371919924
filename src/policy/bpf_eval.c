/*
 * bpf_eval.c - classic BPF over a struct seccomp_data, as the kernel runs
 * a seccomp filter.  Used to check compiled filters without loading them.
 */
#include <stdio.h>
#include <string.h>

#include "policy/policy.h"

struct bpf_vm {
	uint32_t a, x;
	uint32_t mem[BPF_MEMWORDS];
};

static int
load_abs(const struct seccomp_data *d, uint32_t k, uint32_t *out)
{
	/* The kernel accepts only aligned 32-bit loads inside the data. */
	if (k % 4 != 0 || k > sizeof(*d) - 4)
		return -1;
	memcpy(out, (const char *)d + k, 4);
	return 0;
}

static int
alu(struct bpf_vm *vm, uint16_t code, uint32_t k)
{
	uint32_t v = BPF_SRC(code) == BPF_X ? vm->x : k;

	switch (BPF_OP(code)) {
	case BPF_ADD:
		vm->a += v;
		break;
	case BPF_SUB:
		vm->a -= v;
		break;
	case BPF_MUL:
		vm->a *= v;
		break;
	case BPF_DIV:
		if (v == 0)
			return -1;
		vm->a /= v;
		break;
	case BPF_MOD:
		if (v == 0)
			return -1;
		vm->a %= v;
		break;
	case BPF_OR:
		vm->a |= v;
		break;
	case BPF_AND:
		vm->a &= v;
		break;
	case BPF_XOR:
		vm->a ^= v;
		break;
	case BPF_LSH:
		vm->a = v < 32 ? vm->a << v : 0;
		break;
	case BPF_RSH:
		vm->a = v < 32 ? vm->a >> v : 0;
		break;
	case BPF_NEG:
		vm->a = -vm->a;
		break;
	default:
		return -1;
	}
	return 0;
}

/* Offset of the next instruction after a jump, or -1 for a bad one. */
static long
jump(const struct bpf_vm *vm, const struct sock_filter *f)
{
	uint32_t v = BPF_SRC(f->code) == BPF_X ? vm->x : f->k;
	int taken;

	switch (BPF_OP(f->code)) {
	case BPF_JA:
		return (long)f->k;
	case BPF_JEQ:
		taken = vm->a == v;
		break;
	case BPF_JGT:
		taken = vm->a > v;
		break;
	case BPF_JGE:
		taken = vm->a >= v;
		break;
	case BPF_JSET:
		taken = (vm->a & v) != 0;
		break;
	default:
		return -1;
	}
	return taken ? f->jt : f->jf;
}

/* One instruction that is not a return or a jump; -1 when invalid. */
static int
step(struct bpf_vm *vm, const struct sock_filter *f,
    const struct seccomp_data *d)
{
	switch (BPF_CLASS(f->code)) {
	case BPF_LD:
		if (f->code == (BPF_LD | BPF_W | BPF_ABS))
			return load_abs(d, f->k, &vm->a);
		if (f->code == (BPF_LD | BPF_W | BPF_LEN))
			vm->a = sizeof(*d);
		else if (f->code == (BPF_LD | BPF_IMM))
			vm->a = f->k;
		else if (f->code == (BPF_LD | BPF_MEM) && f->k < BPF_MEMWORDS)
			vm->a = vm->mem[f->k];
		else
			return -1;
		return 0;
	case BPF_LDX:
		if (f->code == (BPF_LDX | BPF_W | BPF_LEN))
			vm->x = sizeof(*d);
		else if (f->code == (BPF_LDX | BPF_IMM))
			vm->x = f->k;
		else if (f->code == (BPF_LDX | BPF_MEM) && f->k < BPF_MEMWORDS)
			vm->x = vm->mem[f->k];
		else
			return -1;
		return 0;
	case BPF_ST:
	case BPF_STX:
		if (f->k >= BPF_MEMWORDS)
			return -1;
		vm->mem[f->k] = BPF_CLASS(f->code) == BPF_ST ? vm->a : vm->x;
		return 0;
	case BPF_ALU:
		return alu(vm, f->code, f->k);
	case BPF_MISC:
		if (BPF_MISCOP(f->code) == BPF_TAX)
			vm->x = vm->a;
		else
			vm->a = vm->x;
		return 0;
	default:
		return -1;
	}
}

uint32_t
bpf_eval(const struct sock_fprog *prog, const struct seccomp_data *data)
{
	const struct sock_filter *f;
	struct bpf_vm vm;
	size_t pc = 0;
	long off;

	memset(&vm, 0, sizeof(vm));
	while (prog != NULL && prog->filter != NULL && pc < prog->len) {
		f = &prog->filter[pc++];
		if (BPF_CLASS(f->code) == BPF_RET) {
			if (BPF_RVAL(f->code) == BPF_K)
				return f->k;
			if (BPF_RVAL(f->code) == BPF_A)
				return vm.a;
			break;
		}
		if (BPF_CLASS(f->code) == BPF_JMP) {
			/* Jumps go forward only, so this ends. */
			if ((off = jump(&vm, f)) < 0 ||
			    (size_t)off >= prog->len - pc)
				break;
			pc += (size_t)off;
			continue;
		}
		if (step(&vm, f, data) < 0)
			break;
	}
	return SECCOMP_RET_KILL_PROCESS;
}

void
policy_action_str(uint32_t ret, char *buf, size_t len)
{
	uint32_t data = ret & SECCOMP_RET_DATA;

	switch (ret & SECCOMP_RET_ACTION_FULL) {
	case SECCOMP_RET_KILL_PROCESS:
		snprintf(buf, len, "KILL_PROCESS");
		break;
	case SECCOMP_RET_KILL_THREAD:
		snprintf(buf, len, "KILL");
		break;
	case SECCOMP_RET_TRAP:
		snprintf(buf, len, "TRAP(%u)", data);
		break;
	case SECCOMP_RET_ERRNO:
		snprintf(buf, len, "ERRNO(%u)", data);
		break;
	case SECCOMP_RET_USER_NOTIF:
		snprintf(buf, len, "USER_NOTIF");
		break;
	case SECCOMP_RET_TRACE:
		snprintf(buf, len, "TRACE(%u)", data);
		break;
	case SECCOMP_RET_LOG:
		snprintf(buf, len, "LOG");
		break;
	case SECCOMP_RET_ALLOW:
		snprintf(buf, len, "ALLOW");
		break;
	default:
		snprintf(buf, len, "UNKNOWN(0x%08x)", ret);
		break;
	}
}
