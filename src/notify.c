/* notify.c - the supervisor's side of user notification (see notify.h). */
#include <errno.h>
#include <fcntl.h>
#include <linux/seccomp.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "notify.h"
#include "policy/policy.h"
#include "sctext.h"
#include "spec.h"

/* Room for the kernel's structures, which may be larger than ours. */
#define NOTIF_BUF 512

int
notify_sizes_ok(void)
{
	struct seccomp_notif_sizes sz;

	if (syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sz) < 0)
		return -1;
	return sz.seccomp_notif <= NOTIF_BUF &&
		sz.seccomp_notif_resp <= NOTIF_BUF
	    ? 0
	    : -1;
}

/* A small /proc file of pid, without its trailing newline. */
static void
proc_read(pid_t pid, const char *what, char *buf, size_t len)
{
	char path[64];
	ssize_t n;
	int fd;

	buf[0] = '\0';
	snprintf(path, sizeof(path), "/proc/%d/%s", (int)pid, what);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return;
	n = read(fd, buf, len - 1);
	(void)close(fd);
	if (n <= 0)
		n = 0;
	buf[n] = '\0';
	buf[strcspn(buf, "\n")] = '\0';
}

static void
proc_exe(pid_t pid, char *buf, size_t len)
{
	char path[64];
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%d/exe", (int)pid);
	n = readlink(path, buf, len - 1);
	buf[n > 0 ? n : 0] = '\0';
}

/*
 * The call as the filter saw it.  Its action comes from the original
 * policy run over the same seccomp_data: numbers only, no pointer is
 * followed.  Who made it comes from /proc, to be trusted only once the
 * notification is found still valid (or while a tracer holds it stopped).
 */
static void
describe(const struct notify *n, pid_t pid, const struct seccomp_data *d,
    struct scif_syscall *c)
{
	int i;

	memset(c, 0, sizeof(*c));
	c->nr = d->nr;
	c->arch = d->arch;
	c->pid = pid;
	for (i = 0; i < 6; i++)
		c->args[i] = d->args[i];
	sc_name(c->arch, c->nr, c->name, sizeof(c->name));
	if (n->mode == SCIF_SECCOMP_LEARN) {
		c->action = SECCOMP_RET_ALLOW;
		return;
	}
	c->action = bpf_eval(n->policy, d);
	c->is_default = c->action == n->def_action;
	c->enforced = n->mode == SCIF_SECCOMP_ENFORCE;
	proc_read(c->pid, "comm", c->comm, sizeof(c->comm));
	proc_exe(c->pid, c->exe, sizeof(c->exe));
}

static int
kills(uint32_t action)
{
	action &= SECCOMP_RET_ACTION_FULL;
	return action != SECCOMP_RET_ALLOW && action != SECCOMP_RET_LOG &&
	    action != SECCOMP_RET_ERRNO;
}

/* Kept once per architecture, number and action, up to the bound. */
static void
record_distinct(struct notify *n, const struct scif_syscall *c)
{
	unsigned i;

	for (i = 0; i < n->ndistinct; i++) {
		if (n->distinct[i].arch == c->arch &&
		    n->distinct[i].nr == c->nr &&
		    n->distinct[i].action == c->action) {
			n->distinct_count[i]++;
			return;
		}
	}
	if (n->ndistinct == SCIF_DISTINCT_MAX)
		return;
	n->distinct[n->ndistinct] = *c;
	n->distinct_count[n->ndistinct++] = 1;
}

static void
record(struct notify *n, const struct scif_syscall *c, int fatal)
{
	if (n->mode != SCIF_SECCOMP_LEARN)
		record_distinct(n, c);
	n->count++;
	if (n->count == 1 || (fatal && !n->fatal))
		n->first = *c;
	if (fatal)
		n->fatal = 1;
	if (n->fn != NULL)
		n->fn(n->arg, c);
}

/* ERRNO(n) fails the call; LOG, audit and learn let it through. */
static int
answer(const struct notify *n, uint64_t id, uint32_t action)
{
	union {
		struct seccomp_notif_resp r;
		char buf[NOTIF_BUF];
	} u;

	memset(&u, 0, sizeof(u));
	u.r.id = id;
	if (n->mode == SCIF_SECCOMP_ENFORCE &&
	    (action & SECCOMP_RET_ACTION_FULL) == SECCOMP_RET_ERRNO)
		u.r.error = -(int)(action & SECCOMP_RET_DATA);
	else
		u.r.flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE;
	if (ioctl(n->fd, SECCOMP_IOCTL_NOTIF_SEND, &u.r) < 0 && errno != ENOENT)
		return -errno;
	return 0;
}

int
notify_handle(struct notify *n)
{
	union {
		struct seccomp_notif r;
		char buf[NOTIF_BUF];
	} u;
	struct scif_syscall c;
	int fatal;

	memset(&u, 0, sizeof(u));
	if (ioctl(n->fd, SECCOMP_IOCTL_NOTIF_RECV, &u.r) < 0)
		return errno == EINTR || errno == ENOENT ? 0 : -errno;
	describe(n, (pid_t)u.r.pid, &u.r.data, &c);
	/* The caller may have died and its pid been reused since. */
	if (ioctl(n->fd, SECCOMP_IOCTL_NOTIF_ID_VALID, &u.r.id) < 0)
		return 0;
	fatal = n->mode == SCIF_SECCOMP_ENFORCE && kills(c.action);
	record(n, &c, fatal);
	if (fatal)
		return NOTIFY_KILL;
	return answer(n, u.r.id, c.action);
}

int
notify_judge(
    struct notify *n, pid_t pid, const struct seccomp_data *d, uint32_t *action)
{
	struct scif_syscall c;
	int fatal;

	describe(n, pid, d, &c);
	*action = c.action;
	fatal = n->mode == SCIF_SECCOMP_ENFORCE && kills(c.action);
	record(n, &c, fatal);
	return fatal ? NOTIFY_KILL : 0;
}

void
notify_init(struct notify *n, const struct scif_spec *spec,
    const struct sock_fprog *judge)
{
	memset(n, 0, sizeof(*n));
	n->fd = -1;
	n->mode = spec->sc_mode;
	n->fn = spec->sc_fn;
	n->arg = spec->sc_arg;
	if (n->mode != SCIF_SECCOMP_LEARN) {
		n->policy = judge;
		n->def_action = notify_default_action(judge);
	}
}
