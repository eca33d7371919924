/* identity.c - uid/gid drop and capabilities, in the order the kernel needs. */
#include <errno.h>
#include <grp.h>
#include <linux/capability.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "err.h"
#include "identity.h"

static int
caps_get(struct __user_cap_data_struct data[2])
{
	struct __user_cap_header_struct hdr = {
		.version = _LINUX_CAPABILITY_VERSION_3, .pid = 0
	};

	memset(data, 0, 2 * sizeof(*data));
	return (int)syscall(SYS_capget, &hdr, data);
}

int
identity_has_cap(int cap)
{
	struct __user_cap_data_struct d[2];

	if (caps_get(d) < 0)
		return 0;
	return (d[CAP_TO_INDEX(cap)].effective & CAP_TO_MASK(cap)) != 0;
}

int
identity_plan_init(
    struct identity_plan *p, const struct scif_spec *spec, struct scif_err *err)
{
	memset(p, 0, sizeof(*p));
	p->drop_bnd = identity_has_cap(CAP_SETPCAP);
	if (geteuid() == 0) {
		if (spec->uid == 0 || spec->gid == 0)
			return err_layer(err, "identity", 0,
			    "refusing to run the job as uid or gid 0");
		p->switch_ids = 1;
		p->uid = spec->uid;
		p->gid = spec->gid;
		return 0;
	}
	if (spec->ids_set && (spec->uid != getuid() || spec->gid != getgid()))
		return err_layer(err, "identity", EPERM,
		    "switching to %u:%u needs root", (unsigned)spec->uid,
		    (unsigned)spec->gid);
	p->uid = getuid();
	p->gid = getgid();
	return 0;
}

static int
drop_bounding(struct scif_err *err)
{
	int cap;

	/*
	 * The kernel refuses to drop a capability past its last one with
	 * EINVAL, and for no other reason (without CAP_SETPCAP it says
	 * EPERM): that ends the loop, without a PR_CAPBSET_READ for each.
	 * Capability 0 always exists.
	 */
	for (cap = 0; prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) == 0; cap++)
		;
	if (errno != EINVAL || cap == 0)
		return err_layer(err, "identity", errno,
		    "drop capability %d from the bounding set", cap);
	return 0;
}

static int
switch_ids(const struct identity_plan *p, struct scif_err *err)
{
	uid_t r, e, s;
	gid_t rg, eg, sg;

	if (setgroups(0, NULL) < 0)
		return err_layer(err, "identity", errno, "setgroups");
	if (setresgid(p->gid, p->gid, p->gid) < 0)
		return err_layer(
		    err, "identity", errno, "setresgid(%u)", (unsigned)p->gid);
	if (setresuid(p->uid, p->uid, p->uid) < 0)
		return err_layer(
		    err, "identity", errno, "setresuid(%u)", (unsigned)p->uid);
	if (getresuid(&r, &e, &s) < 0 || getresgid(&rg, &eg, &sg) < 0)
		return err_layer(err, "identity", errno, "getresuid");
	if (r != p->uid || e != p->uid || s != p->uid || rg != p->gid ||
	    eg != p->gid || sg != p->gid || getgroups(0, NULL) != 0)
		return err_layer(err, "identity", EPERM, "ids did not change");
	return 0;
}

static int
clear_caps(struct scif_err *err)
{
	struct __user_cap_header_struct hdr = {
		.version = _LINUX_CAPABILITY_VERSION_3, .pid = 0
	};
	struct __user_cap_data_struct d[2];

	memset(d, 0, sizeof(d));
	if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) < 0)
		return err_layer(err, "identity", errno, "clear ambient set");
	if (syscall(SYS_capset, &hdr, d) < 0)
		return err_layer(err, "identity", errno, "capset");
	if (caps_get(d) < 0)
		return err_layer(err, "identity", errno, "capget");
	if (d[0].effective | d[0].permitted | d[0].inheritable |
	    d[1].effective | d[1].permitted | d[1].inheritable)
		return err_layer(
		    err, "identity", EPERM, "capabilities remain after capset");
	return 0;
}

int
identity_apply(const struct identity_plan *p, struct scif_err *err)
{
	/* Dropping from the bounding set needs CAP_SETPCAP: before setuid.
	 * Decided here, not in the plan: in a new user namespace the child
	 * holds it although the supervisor does not. */
	if ((p->drop_bnd || identity_has_cap(CAP_SETPCAP)) &&
	    drop_bounding(err) < 0)
		return -1;
	if (p->switch_ids && switch_ids(p, err) < 0)
		return -1;
	return clear_caps(err);
}

int
nnp_apply(struct scif_err *err)
{
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		return err_layer(
		    err, "no_new_privs", errno, "PR_SET_NO_NEW_PRIVS");
	if (prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) != 1)
		return err_layer(err, "no_new_privs", EPERM, "not set");
	return 0;
}
