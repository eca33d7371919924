/*
 * default.c - scif's default policy, for a job that names none.
 *
 * An allowlist for ordinary C programs (coreutils, sh, ImageMagick on
 * glibc 2.36), written in the policy language and compiled by the same
 * compiler as a user's policy.  The never-allowed set is KILL_PROCESS:
 * a program that reaches for io_uring or ptrace is hostile, not merely
 * unlisted.  Any other unlisted syscall fails with ENOSYS, which libc
 * and most programs treat as "not available here" and work around.
 *
 * Deliberately left out: connect, bind, listen and accept.  Landlock on
 * this kernel does not restrict connecting to a pathname unix socket, so
 * without them an AF_UNIX socket cannot reach an X server or docker.sock;
 * socketpair still works.  clone3 passes its flags in memory, where a
 * filter cannot see them, so it gets ENOSYS and glibc falls back to
 * clone, whose namespace flags are checked.
 */
#include <stddef.h>

#include "policy/policy.h"

static const char *const never_allowed[] = {
	"io_uring_setup",
	"io_uring_enter",
	"io_uring_register",
	"bpf",
	"userfaultfd",
	"perf_event_open",
	"ptrace",
	"process_vm_readv",
	"process_vm_writev",
	"pidfd_getfd",
	"keyctl",
	"add_key",
	"request_key",
	"mount",
	"umount2",
	"pivot_root",
	"fsopen",
	"fsconfig",
	"fsmount",
	"fspick",
	"move_mount",
	"open_tree",
	"mount_setattr",
	"unshare",
	"setns",
	"kexec_load",
	"kexec_file_load",
	"init_module",
	"finit_module",
	"delete_module",
	"open_by_handle_at",
	"name_to_handle_at",
	"personality",
	NULL,
};

static const char default_text[] =
    "// scif's default policy; see src/policy/default.c.\n"
    "#define NS_FLAGS (CLONE_NEWNS | CLONE_NEWCGROUP | CLONE_NEWUTS |\n"
    "    CLONE_NEWIPC | CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET)\n"
    "\n"
    "POLICY scif_never {\n"
    "  ALLOW { personality(persona) { persona == 0xffffffff } }\n"
    "  KILL_PROCESS {\n"
    "    io_uring_setup, io_uring_enter, io_uring_register, bpf,\n"
    "    userfaultfd, perf_event_open, ptrace, process_vm_readv,\n"
    "    process_vm_writev, pidfd_getfd, keyctl, add_key, request_key,\n"
    "    mount, umount2, pivot_root, fsopen, fsconfig, fsmount, fspick,\n"
    "    move_mount, open_tree, mount_setattr, unshare, setns,\n"
    "    kexec_load, kexec_file_load, init_module, finit_module,\n"
    "    delete_module, open_by_handle_at, name_to_handle_at, personality\n"
    "  }\n"
    "}\n"
    "\n"
    "POLICY scif_files {\n"
    "  ALLOW {\n"
    "    read, write, readv, writev, pread64, pwrite64, preadv, pwritev,\n"
    "    preadv2, pwritev2, open, openat, openat2, creat, close,\n"
    "    close_range, lseek, newstat, newfstat, newlstat, newfstatat,\n"
    "    statx, statfs, fstatfs, access, faccessat, faccessat2, readlink,\n"
    "    readlinkat, getdents, getdents64, getcwd, chdir, fchdir, mkdir,\n"
    "    mkdirat, rmdir, unlink, unlinkat, rename, renameat, renameat2,\n"
    "    link, linkat, symlink, symlinkat, chmod, fchmod, fchmodat, chown,\n"
    "    fchown, lchown, fchownat, umask, truncate, ftruncate, fsync,\n"
    "    fdatasync, fallocate, fadvise64, flock, utime, utimes, utimensat,\n"
    "    futimesat, sendfile, copy_file_range, splice, tee, getxattr,\n"
    "    lgetxattr, fgetxattr, listxattr, llistxattr, flistxattr, dup,\n"
    "    dup2, dup3, fcntl, ioctl, pipe, pipe2\n"
    "  }\n"
    "}\n"
    "\n"
    "POLICY scif_memory {\n"
    "  ALLOW { brk, mmap, munmap, mprotect, mremap, madvise, msync,\n"
    "    mincore, membarrier }\n"
    "}\n"
    "\n"
    "POLICY scif_signals {\n"
    "  ALLOW {\n"
    "    rt_sigaction, rt_sigprocmask, rt_sigreturn, rt_sigsuspend,\n"
    "    rt_sigpending, rt_sigtimedwait, sigaltstack, kill, tgkill, tkill,\n"
    "    pause, alarm, getitimer, setitimer, restart_syscall\n"
    "  }\n"
    "}\n"
    "\n"
    "POLICY scif_time {\n"
    "  ALLOW {\n"
    "    clock_gettime, clock_getres, clock_nanosleep, gettimeofday, time,\n"
    "    nanosleep, times, timer_create, timer_settime, timer_gettime,\n"
    "    timer_getoverrun, timer_delete, timerfd_create, timerfd_settime,\n"
    "    timerfd_gettime\n"
    "  }\n"
    "}\n"
    "\n"
    "POLICY scif_process {\n"
    "  ALLOW {\n"
    "    execve, execveat, exit, exit_group, wait4, waitid, fork, vfork,\n"
    "    set_tid_address, set_robust_list, get_robust_list, futex,\n"
    "    futex_waitv, rseq, arch_prctl, prctl, getpid, getppid, gettid,\n"
    "    getuid, geteuid, getgid, getegid, getresuid, getresgid,\n"
    "    getgroups, getpgrp, getpgid, getsid, setpgid, getrlimit,\n"
    "    setrlimit, prlimit64, getrusage, getpriority, sched_yield,\n"
    "    sched_getaffinity, sched_getparam, sched_getscheduler,\n"
    "    sched_get_priority_max, sched_get_priority_min, sysinfo,\n"
    "    newuname, getrandom, getcpu, capget\n"
    "  }\n"
    "  ALLOW { clone(flags) { (flags & NS_FLAGS) == 0 } }\n"
    "  ERRNO(EPERM) { clone }\n"
    "}\n"
    "\n"
    "POLICY scif_events {\n"
    "  ALLOW {\n"
    "    poll, ppoll, select, pselect6, epoll_create, epoll_create1,\n"
    "    epoll_ctl, epoll_wait, epoll_pwait, epoll_pwait2, eventfd,\n"
    "    eventfd2, signalfd, signalfd4\n"
    "  }\n"
    "}\n"
    "\n"
    "POLICY scif_sockets {\n"
    "  ALLOW {\n"
    "    socket(domain) { domain == AF_UNIX },\n"
    "    socketpair(domain) { domain == AF_UNIX },\n"
    "    sendto, recvfrom, sendmsg, recvmsg, sendmmsg, recvmmsg, shutdown,\n"
    "    getsockopt, setsockopt, getsockname, getpeername\n"
    "  }\n"
    "  ERRNO(EAFNOSUPPORT) { socket, socketpair }\n"
    "}\n"
    "\n"
    "USE scif_never, scif_files, scif_memory, scif_signals, scif_time,\n"
    "    scif_process, scif_events, scif_sockets\n"
    "DEFAULT ERRNO(ENOSYS)\n";

const char *const *
policy_never_allowed(void)
{
	return never_allowed;
}

const char *
policy_default_text(void)
{
	return default_text;
}

int
policy_compile_default(struct sock_fprog *out, struct scif_err *err)
{
	return policy_compile_string(
	    default_text, "<default>", out, NULL, NULL, err);
}
