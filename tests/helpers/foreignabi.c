/*
 * foreignabi - make a syscall through an ABI other than the native one,
 * as an exploit that wants to slip past a filter would.
 *
 *   foreignabi int80   getpid through the i386 entry point (int $0x80)
 *   foreignabi x32     getpid with the x32 bit (0x40000000) set
 *   foreignabi native  getpid, natively
 *
 * Prints the raw return value; exits 0.  Exits 77 where the ABI does not
 * exist (not x86_64).  Syscall numbers come from libseccomp's tables.
 */
#include <seccomp.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#if defined(__x86_64__)

#define X32_BIT 0x40000000L

static long
via_int80(long nr)
{
	long ret;

	__asm__ volatile("int $0x80" : "=a"(ret) : "a"(nr) : "memory");
	return ret;
}

static long
via_syscall(long nr)
{
	long ret;

	__asm__ volatile("syscall"
			 : "=a"(ret)
			 : "a"(nr)
			 : "rcx", "r11", "memory");
	return ret;
}

int
main(int argc, char **argv)
{
	long nr64 =
	    seccomp_syscall_resolve_name_arch(SCMP_ARCH_X86_64, "getpid");
	long nr32 = seccomp_syscall_resolve_name_arch(SCMP_ARCH_X86, "getpid");
	long r;

	if (argc < 2)
		return 64;
	if (strcmp(argv[1], "int80") == 0)
		r = via_int80(nr32);
	else if (strcmp(argv[1], "x32") == 0)
		r = via_syscall(X32_BIT | nr64);
	else if (strcmp(argv[1], "native") == 0)
		r = via_syscall(nr64);
	else
		return 64;
	printf("%s returned %ld\n", argv[1], r);
	return 0;
}
#else
int
main(void)
{
	puts("foreign ABIs are only tested on x86_64");
	return 77;
}
#endif
