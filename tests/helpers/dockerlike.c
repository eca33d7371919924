/*
 * dockerlike - run a program confined the way a default Docker container
 * is, for tests.
 *
 *	dockerlike [--print] [--] PROGRAM [ARGS...]
 *
 * No Docker engine runs on the test machines (FINDINGS.md: crun and podman
 * need cgroup tricks there), yet scif must prove its degraded path: what
 * it does when namespaces are refused.  What refuses them in a container
 * is two things, and this helper reproduces both before exec'ing PROGRAM:
 *
 *  - Docker's 14 default capabilities (no CAP_SYS_ADMIN): every other one
 *    is dropped from the bounding set, and the permitted, effective and
 *    inheritable sets keep only those of the 14 they already hold; the
 *    ambient set is emptied.
 *  - a seccomp filter like moby's profiles/seccomp/default.json for a
 *    container without CAP_SYS_ADMIN: EPERM for unshare, setns, mount and
 *    the new mount API, umount, pivot_root, clone with a CLONE_NEW* flag,
 *    keyctl, bpf, perf_event_open and the other calls listed in deny[];
 *    ENOSYS for clone3 (so that libc falls back to clone, where the flags
 *    can be seen).  Docker's profile is an allowlist; this one allows
 *    everything else, which is what matters to the calls scif makes.  Like
 *    Docker's it admits the i386 and x32 entry points on x86_64 (arm on
 *    aarch64), rather than killing them: scif's own filter must.  ptrace
 *    stays allowed, as Docker allows it on kernels >= 4.8.
 *
 * no_new_privs: runc loads the filter while it still holds CAP_SYS_ADMIN
 * and leaves no_new_privs off.  So does this helper when it holds
 * CAP_SYS_ADMIN (as root); otherwise the kernel requires no_new_privs to
 * load a filter, and it is set.  --print reports what was applied on
 * stderr.  Exit status: 125 when a step fails, 126/127 when PROGRAM cannot
 * be executed or found, as docker run does.
 */
#include <sys/prctl.h>
#include <sys/syscall.h>

#include <linux/capability.h>
#include <linux/sched.h>

#include <errno.h>
#include <seccomp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define EXIT_SETUP 125
#define EXIT_EXEC 126
#define EXIT_NOENT 127

#define CAPBIT(c) ((uint64_t)1 << (c))

struct cap_name {
	int cap;
	const char *name;
};

/* Docker's default set (moby oci/caps/defaults.go). */
static const struct cap_name docker_caps[] = {
	{ CAP_CHOWN, "CHOWN" },
	{ CAP_DAC_OVERRIDE, "DAC_OVERRIDE" },
	{ CAP_FSETID, "FSETID" },
	{ CAP_FOWNER, "FOWNER" },
	{ CAP_MKNOD, "MKNOD" },
	{ CAP_NET_RAW, "NET_RAW" },
	{ CAP_SETGID, "SETGID" },
	{ CAP_SETUID, "SETUID" },
	{ CAP_SETFCAP, "SETFCAP" },
	{ CAP_SETPCAP, "SETPCAP" },
	{ CAP_NET_BIND_SERVICE, "NET_BIND_SERVICE" },
	{ CAP_SYS_CHROOT, "SYS_CHROOT" },
	{ CAP_KILL, "KILL" },
	{ CAP_AUDIT_WRITE, "AUDIT_WRITE" },
};

#define NDOCKER_CAPS (sizeof(docker_caps) / sizeof(docker_caps[0]))

struct deny {
	const char *name;
	int err;
};

static const struct deny deny[] = {
	{ "unshare", EPERM },
	{ "setns", EPERM },
	{ "mount", EPERM },
	{ "umount", EPERM }, /* i386 only */
	{ "umount2", EPERM },
	{ "pivot_root", EPERM },
	/* The new mount API: Docker admits it only with CAP_SYS_ADMIN. */
	{ "fsopen", EPERM },
	{ "fsconfig", EPERM },
	{ "fsmount", EPERM },
	{ "fspick", EPERM },
	{ "move_mount", EPERM },
	{ "open_tree", EPERM },
	{ "mount_setattr", EPERM },
	{ "clone3", ENOSYS },
	{ "keyctl", EPERM },
	{ "add_key", EPERM },
	{ "request_key", EPERM },
	{ "bpf", EPERM },
	{ "perf_event_open", EPERM },
	{ "userfaultfd", EPERM },
	{ "kexec_load", EPERM },
	{ "kexec_file_load", EPERM },
	{ "open_by_handle_at", EPERM },
	{ "init_module", EPERM },
	{ "finit_module", EPERM },
	{ "delete_module", EPERM },
	{ "acct", EPERM },
	{ "swapon", EPERM },
	{ "swapoff", EPERM },
	{ "reboot", EPERM },
	{ "settimeofday", EPERM },
	{ "clock_settime", EPERM },
};

#define NDENY (sizeof(deny) / sizeof(deny[0]))

/* clone flags Docker refuses without CAP_SYS_ADMIN (its mask 0x7E020000). */
static const uint64_t clone_ns_flags[] = {
	CLONE_NEWNS,
	CLONE_NEWUTS,
	CLONE_NEWIPC,
	CLONE_NEWUSER,
	CLONE_NEWPID,
	CLONE_NEWNET,
	CLONE_NEWCGROUP,
};

#define NCLONE_NS (sizeof(clone_ns_flags) / sizeof(clone_ns_flags[0]))

struct caps {
	uint64_t eff, perm, inh;
};

/* What was done, for --print. */
struct report {
	int admin; /* held CAP_SYS_ADMIN at start */
	int nnp; /* set no_new_privs */
	int bounding_dropped; /* number of caps dropped from the bounding
				 * set, -1 when it could not be touched */
	struct caps after;
	unsigned rules;
};

static void __attribute__((noreturn, format(printf, 2, 3)))
die(int e, const char *fmt, ...)
{
	va_list ap;

	fputs("dockerlike: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	if (e != 0)
		fprintf(stderr, ": %s", strerror(e));
	fputc('\n', stderr);
	exit(EXIT_SETUP);
}

static uint64_t
docker_mask(void)
{
	uint64_t m = 0;
	size_t i;

	for (i = 0; i < NDOCKER_CAPS; i++)
		m |= CAPBIT(docker_caps[i].cap);
	return m;
}

static void
caps_get(struct caps *c)
{
	struct __user_cap_header_struct hdr;
	struct __user_cap_data_struct d[_LINUX_CAPABILITY_U32S_3];

	memset(&hdr, 0, sizeof(hdr));
	memset(d, 0, sizeof(d));
	hdr.version = _LINUX_CAPABILITY_VERSION_3;
	if (syscall(SYS_capget, &hdr, d) == -1)
		die(errno, "capget");
	c->eff = d[0].effective | (uint64_t)d[1].effective << 32;
	c->perm = d[0].permitted | (uint64_t)d[1].permitted << 32;
	c->inh = d[0].inheritable | (uint64_t)d[1].inheritable << 32;
}

static void
caps_set(const struct caps *c)
{
	struct __user_cap_header_struct hdr;
	struct __user_cap_data_struct d[_LINUX_CAPABILITY_U32S_3];

	memset(&hdr, 0, sizeof(hdr));
	hdr.version = _LINUX_CAPABILITY_VERSION_3;
	d[0].effective = (uint32_t)c->eff;
	d[1].effective = (uint32_t)(c->eff >> 32);
	d[0].permitted = (uint32_t)c->perm;
	d[1].permitted = (uint32_t)(c->perm >> 32);
	d[0].inheritable = (uint32_t)c->inh;
	d[1].inheritable = (uint32_t)(c->inh >> 32);
	if (syscall(SYS_capset, &hdr, d) == -1)
		die(errno, "capset");
}

/*
 * Drop from the bounding set every capability not in keep.  That needs
 * CAP_SETPCAP; without it (not root) the set is left alone and -1
 * returned: no_new_privs is then set, which keeps execve from gaining
 * anything the bounding set would have limited.
 */
static int
drop_bounding(uint64_t keep, int have_setpcap)
{
	int cap, n = 0, r;

	if (!have_setpcap)
		return -1;
	for (cap = 0; cap < 64; cap++) {
		r = prctl(PR_CAPBSET_READ, cap, 0, 0, 0);
		if (r == -1 && errno == EINVAL)
			break; /* past the kernel's last capability */
		if (r == -1)
			die(errno, "PR_CAPBSET_READ %d", cap);
		if (r == 0 || (keep & CAPBIT(cap)) != 0)
			continue;
		if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) == -1)
			die(errno, "PR_CAPBSET_DROP %d", cap);
		n++;
	}
	return n;
}

static void
drop_caps(struct report *rep)
{
	struct caps c;
	uint64_t keep = docker_mask();

	caps_get(&c);
	rep->bounding_dropped =
	    drop_bounding(keep, (c.eff & CAPBIT(CAP_SETPCAP)) != 0);
	/* Docker starts its process with no ambient capabilities. */
	if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) == -1)
		die(errno, "clearing the ambient set");
	c.eff &= keep;
	c.perm &= keep;
	c.inh &= keep;
	caps_set(&c);
	caps_get(&rep->after);
}

static void
add_rule(scmp_filter_ctx ctx, int err, int nr, unsigned nargs,
    const struct scmp_arg_cmp *arg, const char *name)
{
	int rc;

	rc = seccomp_rule_add_array(
	    ctx, SCMP_ACT_ERRNO((uint32_t)err), nr, nargs, arg);
	if (rc < 0)
		die(-rc, "seccomp rule for %s", name);
}

static unsigned
add_rules(scmp_filter_ctx ctx)
{
	struct scmp_arg_cmp arg;
	unsigned n = 0;
	size_t i;
	int nr;

	for (i = 0; i < NDENY; i++) {
		nr = seccomp_syscall_resolve_name(deny[i].name);
		if (nr == __NR_SCMP_ERROR)
			continue; /* unknown to this libseccomp */
		add_rule(ctx, deny[i].err, nr, 0, NULL, deny[i].name);
		n++;
	}
	/* One rule per flag: "flags & FLAG == FLAG" for each CLONE_NEW*.
	 * Flags are argument 0 on x86_64, i386, x32, aarch64 and arm. */
	for (i = 0; i < NCLONE_NS; i++) {
		arg = SCMP_A0(
		    SCMP_CMP_MASKED_EQ, clone_ns_flags[i], clone_ns_flags[i]);
		add_rule(ctx, EPERM, SCMP_SYS(clone), 1, &arg, "clone");
		n++;
	}
	return n;
}

static void
add_arches(scmp_filter_ctx ctx)
{
#if defined(__x86_64__)
	static const uint32_t extra[] = { SCMP_ARCH_X86, SCMP_ARCH_X32 };
#elif defined(__aarch64__)
	static const uint32_t extra[] = { SCMP_ARCH_ARM };
#else
	static const uint32_t extra[] = { SCMP_ARCH_NATIVE };
#endif
	size_t i;
	int rc;

	for (i = 0; i < sizeof(extra) / sizeof(extra[0]); i++) {
		rc = seccomp_arch_add(ctx, extra[i]);
		if (rc < 0 && rc != -EEXIST)
			die(-rc, "seccomp_arch_add %#x", extra[i]);
	}
}

static unsigned
load_filter(void)
{
	scmp_filter_ctx ctx;
	unsigned n;
	int rc;

	ctx = seccomp_init(SCMP_ACT_ALLOW);
	if (ctx == NULL)
		die(ENOMEM, "seccomp_init");
	/* no_new_privs is ours to decide (see the top), not libseccomp's. */
	rc = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0);
	if (rc < 0)
		die(-rc, "seccomp_attr_set NNP");
	add_arches(ctx);
	n = add_rules(ctx);
	rc = seccomp_load(ctx);
	if (rc < 0)
		die(-rc, "seccomp_load");
	seccomp_release(ctx);
	return n;
}

static void
print_caps(const char *what, uint64_t set)
{
	size_t i;

	fprintf(stderr, "dockerlike:   %-11s", what);
	for (i = 0; i < NDOCKER_CAPS; i++)
		if ((set & CAPBIT(docker_caps[i].cap)) != 0)
			fprintf(stderr, " %s", docker_caps[i].name);
	if ((set & ~docker_mask()) != 0)
		fprintf(stderr, " (and others: %#llx)",
		    (unsigned long long)(set & ~docker_mask()));
	fputc('\n', stderr);
}

static void
print_report(const struct report *rep)
{
	size_t i;

	fprintf(stderr,
	    "dockerlike: CAP_SYS_ADMIN at start: %s; filter "
	    "loaded %s no_new_privs\n",
	    rep->admin ? "yes" : "no", rep->nnp ? "after setting" : "without");
	if (rep->bounding_dropped < 0)
		fprintf(stderr,
		    "dockerlike: bounding set untouched (no "
		    "CAP_SETPCAP; no_new_privs stands in)\n");
	else
		fprintf(stderr,
		    "dockerlike: bounding set: %d dropped, "
		    "Docker's %zu kept\n",
		    rep->bounding_dropped, NDOCKER_CAPS);
	fprintf(stderr, "dockerlike: capabilities now:\n");
	print_caps("effective", rep->after.eff);
	print_caps("permitted", rep->after.perm);
	print_caps("inheritable", rep->after.inh);
	fprintf(stderr,
	    "dockerlike: seccomp: %u rules, default allow, "
	    "foreign arches admitted; refused:",
	    rep->rules);
	for (i = 0; i < NDENY; i++)
		fprintf(stderr, " %s(%s)", deny[i].name,
		    deny[i].err == ENOSYS ? "ENOSYS" : "EPERM");
	fprintf(stderr, " clone(CLONE_NEW*)(EPERM)\n");
}

static void
usage(void)
{
	fprintf(stderr,
	    "usage: dockerlike [--print] [--] PROGRAM "
	    "[ARGS...]\n");
	exit(EXIT_SETUP);
}

int
main(int argc, char *argv[])
{
	struct report rep;
	struct caps c;
	int i, print = 0;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		if (strcmp(argv[i], "--print") == 0)
			print = 1;
		else
			usage();
	}
	if (i >= argc && !print)
		usage();
	memset(&rep, 0, sizeof(rep));
	caps_get(&c);
	rep.admin = (c.eff & CAPBIT(CAP_SYS_ADMIN)) != 0;
	/* As runc: with CAP_SYS_ADMIN, load first, before dropping it. */
	if (rep.admin)
		rep.rules = load_filter();
	drop_caps(&rep);
	if (!rep.admin) {
		if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == -1)
			die(errno, "PR_SET_NO_NEW_PRIVS");
		rep.nnp = 1;
		rep.rules = load_filter();
	}
	if (print)
		print_report(&rep);
	if (i >= argc)
		return 0;
	execvp(argv[i], argv + i);
	fprintf(stderr, "dockerlike: %s: %s\n", argv[i], strerror(errno));
	return errno == ENOENT ? EXIT_NOENT : EXIT_EXEC;
}
