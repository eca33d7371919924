/*
 * check_cmd.c - "scif check": print what check_probe_all() found, as a
 * table (one line per probe: name, result, detail) or as one JSON object.
 */
#include <linux/seccomp.h>

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "check.h"
#include "cli.h"
#include "scif.h"

#ifndef SCIF_VERSION
#define SCIF_VERSION "unknown"
#endif

static void
usage(FILE *f)
{
	fputs("usage: scif check [--json]\n"
	      "Probe which confinement layers this host or container allows.\n"
	      "  --json      print one JSON object instead of a table\n"
	      "  -h, --help  print this help and exit\n",
	    f);
}

static const char *
yesno(int b)
{
	return b ? "yes" : "no";
}

static void
row(const char *name, const char *result, const char *detail)
{
	printf("%-22s %-16s %s\n", name, result, detail);
}

/* A row for a yes/no probe: detail when it worked, the reason if not. */
static void
probe_row(const char *name, const struct check_probe *p, const char *detail)
{
	char why[160];

	check_probe_why(p, why, sizeof(why));
	row(name, yesno(p->ok), p->ok ? detail : why);
}

static void
print_host(const struct check_result *r)
{
	char val[32], detail[192];

	snprintf(detail, sizeof(detail), "%s, %s", r->machine, r->version);
	row("kernel", r->release, detail);
	snprintf(val, sizeof(val), "%u", (unsigned)r->euid);
	if (r->cap_err != 0)
		snprintf(detail, sizeof(detail), "uid %u, %s; capget: %s",
		    (unsigned)r->uid, r->euid == 0 ? "root" : "not root",
		    strerror(r->cap_err));
	else
		snprintf(detail, sizeof(detail), "uid %u, %s, CAP_SYS_ADMIN %s",
		    (unsigned)r->uid, r->euid == 0 ? "root" : "not root",
		    r->cap_sys_admin ? "effective" : "absent");
	row("euid", val, detail);
}

static const char *
violations_value(const struct check_result *r)
{
	return strcmp(check_violations(r), "unnamed") == 0 ? "unnamed"
							   : "named";
}

static const char *
violations_detail(const struct check_result *r)
{
	const char *how = check_violations(r);

	if (strcmp(how, "user_notif") == 0)
		return "by user notification: the supervisor names each "
		       "denied call";
	if (strcmp(how, "ptrace") == 0)
		return "by ptrace (RET_TRACE), as user notification is "
		       "unavailable: the supervisor traces the job";
	return "no user notification, no ptrace: a denied call kills or "
	       "fails unnamed";
}

static void
print_seccomp(const struct check_result *r)
{
	probe_row("no_new_privs", &r->nnp,
	    r->nnp_set ? "settable; already set on this process"
		       : "settable (tried in a child)");
	probe_row("seccomp", &r->seccomp,
	    r->seccomp_mode == SECCOMP_MODE_FILTER
		? "filter loaded in a child; this process is already filtered"
		: "allow-all filter loaded in a child");
	probe_row(
	    "seccomp.user_notif", &r->notif, "listener fd obtained in a child");
	probe_row(
	    "seccomp.act.kill_proc", &r->act_kill_process, "action available");
	probe_row("seccomp.act.log", &r->act_log, "action available");
	probe_row(
	    "seccomp.act.user_notif", &r->act_user_notif, "action available");
	probe_row("seccomp.ptrace", &r->trace,
	    "a child seized, RET_TRACE available (the fallback)");
	row("seccomp.violations", violations_value(r), violations_detail(r));
}

static void
print_landlock(const struct check_result *r)
{
	char val[16], detail[192];

	snprintf(val, sizeof(val), "%d", r->landlock_abi);
	if (r->landlock_abi > 0 && r->landlock.ok)
		snprintf(detail, sizeof(detail),
		    "ABI %d; a ruleset enforced in a child denied open(\"/\")",
		    r->landlock_abi);
	else if (r->landlock_abi > 0) {
		char why[160];

		check_probe_why(&r->landlock, why, sizeof(why));
		snprintf(detail, sizeof(detail),
		    "ABI %d but not enforceable: %s", r->landlock_abi, why);
	} else
		snprintf(detail, sizeof(detail), "unsupported: %s",
		    strerror(r->landlock_err));
	row("landlock", val, detail);
}

static void
print_ns(const struct check_result *r)
{
	char name[32], why[160], detail[352];
	const struct check_nsres *n;
	size_t i;

	for (i = 0; i < CHECK_NS_COUNT_; i++) {
		n = &r->ns[i];
		snprintf(name, sizeof(name), "ns.%s",
		    check_ns_name((enum check_ns)i));
		check_probe_why(&n->direct, why, sizeof(why));
		if (n->how == CHECK_HOW_DIRECT)
			snprintf(detail, sizeof(detail), "direct");
		else if (n->how == CHECK_HOW_USERNS)
			snprintf(detail, sizeof(detail),
			    "via userns (alone: %s)", why);
		else if (n->userns.what[0] != '\0') {
			char why2[160];

			check_probe_why(&n->userns, why2, sizeof(why2));
			snprintf(detail, sizeof(detail),
			    "%s; with CLONE_NEWUSER: %s", why, why2);
		} else
			snprintf(detail, sizeof(detail), "%s", why);
		row(name, yesno(n->how != CHECK_HOW_NO), detail);
	}
}

static void
print_cgroup(const struct check_result *r)
{
	char why[160], detail[320];

	row("cgroup2", yesno(r->cgroup2),
	    r->cgroup2 ? r->cgroup2_mount
		       : "no cgroup2 at /sys/fs/cgroup[/unified]");
	row("cgroup2.path", r->cgroup_path[0] != '\0' ? r->cgroup_path : "-",
	    "0:: line of /proc/self/cgroup");
	check_probe_why(&r->delegated, why, sizeof(why));
	row("cgroup2.delegated", yesno(r->delegated.ok),
	    r->delegated.ok ? "created and removed a child cgroup" : why);
	snprintf(detail, sizeof(detail), "subtree_control: %s",
	    r->subtree_control[0] != '\0' ? r->subtree_control : "(none)");
	row("cgroup2.controllers",
	    r->controllers[0] != '\0' ? r->controllers : "(none)", detail);
}

static void
print_container(const struct check_container *c)
{
	char detail[512];
	size_t off;
	unsigned i;

	off = (size_t)snprintf(detail, sizeof(detail), "heuristic: %s",
	    c->nsignals == 0 ? "no signal matched" : "");
	for (i = 0; i < c->nsignals && off < sizeof(detail); i++)
		off += (size_t)snprintf(detail + off, sizeof(detail) - off,
		    "%s%s", i > 0 ? "; " : "", c->signals[i]);
	if (c->nsignals == 0 && c->pid1[0] != '\0' && off < sizeof(detail))
		snprintf(detail + off, sizeof(detail) - off, "; pid 1 is %s",
		    c->pid1);
	row("container", yesno(c->detected), detail);
}

static void
print_table(const struct check_result *r)
{
	printf("%-22s %-16s %s\n", "PROBE", "RESULT", "DETAIL");
	print_host(r);
	print_seccomp(r);
	print_landlock(r);
	print_ns(r);
	print_cgroup(r);
	print_container(&r->container);
}

/*
 * JSON.  Building stops at the first allocation that fails; add() takes
 * ownership of v either way, so callers need not free on error.
 */
static int
add(struct json_object *o, const char *key, struct json_object *v)
{
	if (o == NULL || v == NULL) {
		json_object_put(v);
		return -1;
	}
	if (json_object_object_add(o, key, v) != 0) {
		json_object_put(v);
		return -1;
	}
	return 0;
}

static int
add_str_or_null(struct json_object *o, const char *key, const char *s)
{
	if (o == NULL)
		return -1;
	if (s[0] == '\0')
		return json_object_object_add(o, key, NULL) == 0 ? 0 : -1;
	return add(o, key, json_object_new_string(s));
}

/* {"available": bool, "error": "what: reason" or null} */
static struct json_object *
jprobe(const struct check_probe *p)
{
	struct json_object *o;
	char why[160];

	o = json_object_new_object();
	if (o == NULL)
		return NULL;
	check_probe_why(p, why, sizeof(why));
	if (add(o, "available", json_object_new_boolean(p->ok)) < 0 ||
	    add_str_or_null(o, "error", why) < 0) {
		json_object_put(o);
		return NULL;
	}
	return o;
}

/* A space-separated list as a JSON array of strings. */
static struct json_object *
jwords(const char *s)
{
	struct json_object *a;
	struct json_object *v;
	char buf[256], *w, *save = NULL;

	a = json_object_new_array();
	if (a == NULL)
		return NULL;
	snprintf(buf, sizeof(buf), "%s", s);
	for (w = strtok_r(buf, " \t\n", &save); w != NULL;
	     w = strtok_r(NULL, " \t\n", &save)) {
		v = json_object_new_string(w);
		if (v == NULL || json_object_array_add(a, v) != 0) {
			json_object_put(v);
			json_object_put(a);
			return NULL;
		}
	}
	return a;
}

static struct json_object *
jhost(const struct check_result *r)
{
	struct json_object *o;

	o = json_object_new_object();
	if (add(o, "release", json_object_new_string(r->release)) < 0 ||
	    add(o, "version", json_object_new_string(r->version)) < 0 ||
	    add(o, "machine", json_object_new_string(r->machine)) < 0) {
		json_object_put(o);
		return NULL;
	}
	return o;
}

static struct json_object *
jidentity(const struct check_result *r)
{
	struct json_object *o;
	char why[160] = "";

	o = json_object_new_object();
	if (r->cap_err != 0)
		snprintf(why, sizeof(why), "capget: %s", strerror(r->cap_err));
	if (add(o, "uid", json_object_new_int64(r->uid)) < 0 ||
	    add(o, "euid", json_object_new_int64(r->euid)) < 0 ||
	    add(o, "root", json_object_new_boolean(r->euid == 0)) < 0 ||
	    add(o, "cap_sys_admin", json_object_new_boolean(r->cap_sys_admin)) <
		0 ||
	    add_str_or_null(o, "error", why) < 0) {
		json_object_put(o);
		return NULL;
	}
	return o;
}

static struct json_object *
jnnp(const struct check_result *r)
{
	struct json_object *o;

	o = jprobe(&r->nnp);
	if (add(o, "set_here", json_object_new_boolean(r->nnp_set)) < 0) {
		json_object_put(o);
		return NULL;
	}
	return o;
}

static struct json_object *
jactions(const struct check_result *r)
{
	struct json_object *o;

	o = json_object_new_object();
	if (add(o, "kill_process",
		json_object_new_boolean(r->act_kill_process.ok)) < 0 ||
	    add(o, "log", json_object_new_boolean(r->act_log.ok)) < 0 ||
	    add(o, "user_notif",
		json_object_new_boolean(r->act_user_notif.ok)) < 0) {
		json_object_put(o);
		return NULL;
	}
	return o;
}

static struct json_object *
jseccomp(const struct check_result *r)
{
	struct json_object *o;

	o = json_object_new_object();
	if (add(o, "filter", jprobe(&r->seccomp)) < 0 ||
	    add(o, "user_notif", jprobe(&r->notif)) < 0 ||
	    add(o, "ptrace", jprobe(&r->trace)) < 0 ||
	    add(o, "actions", jactions(r)) < 0 ||
	    add(o, "violations", json_object_new_string(check_violations(r))) <
		0 ||
	    add(o, "filtered_here",
		json_object_new_boolean(
		    r->seccomp_mode == SECCOMP_MODE_FILTER)) < 0) {
		json_object_put(o);
		return NULL;
	}
	return o;
}

static struct json_object *
jlandlock(const struct check_result *r)
{
	struct json_object *o;
	char why[160] = "";

	o = json_object_new_object();
	if (r->landlock_abi == 0)
		snprintf(why, sizeof(why), "%s", strerror(r->landlock_err));
	else
		check_probe_why(&r->landlock, why, sizeof(why));
	if (add(o, "abi", json_object_new_int(r->landlock_abi)) < 0 ||
	    add(o, "available", json_object_new_boolean(r->landlock_abi > 0)) <
		0 ||
	    add(o, "enforced", json_object_new_boolean(r->landlock.ok)) < 0 ||
	    add_str_or_null(o, "error", why) < 0) {
		json_object_put(o);
		return NULL;
	}
	return o;
}

static struct json_object *
jns1(const struct check_nsres *n)
{
	struct json_object *o;
	char why[160], why2[160];

	o = json_object_new_object();
	check_probe_why(&n->direct, why, sizeof(why));
	check_probe_why(&n->userns, why2, sizeof(why2));
	if (add(o, "available",
		json_object_new_boolean(n->how != CHECK_HOW_NO)) < 0 ||
	    add_str_or_null(o, "how",
		n->how == CHECK_HOW_NO ? "" : check_how_name(n->how)) < 0 ||
	    add_str_or_null(o, "direct_error", why) < 0 ||
	    add_str_or_null(o, "userns_error", why2) < 0) {
		json_object_put(o);
		return NULL;
	}
	return o;
}

static struct json_object *
jnamespaces(const struct check_result *r)
{
	struct json_object *o;
	size_t i;

	o = json_object_new_object();
	for (i = 0; i < CHECK_NS_COUNT_; i++) {
		if (add(o, check_ns_name((enum check_ns)i), jns1(&r->ns[i])) <
		    0) {
			json_object_put(o);
			return NULL;
		}
	}
	return o;
}

static struct json_object *
jcgroup(const struct check_result *r)
{
	struct json_object *o;
	char why[160];

	o = json_object_new_object();
	check_probe_why(&r->delegated, why, sizeof(why));
	if (add(o, "mounted", json_object_new_boolean(r->cgroup2)) < 0 ||
	    add_str_or_null(o, "mount", r->cgroup2_mount) < 0 ||
	    add_str_or_null(o, "path", r->cgroup_path) < 0 ||
	    add(o, "delegated", json_object_new_boolean(r->delegated.ok)) < 0 ||
	    add_str_or_null(o, "delegation_error", why) < 0 ||
	    add(o, "controllers", jwords(r->controllers)) < 0 ||
	    add(o, "subtree_control", jwords(r->subtree_control)) < 0) {
		json_object_put(o);
		return NULL;
	}
	return o;
}

static struct json_object *
jcontainer(const struct check_container *c)
{
	struct json_object *o, *a, *v;
	unsigned i;

	o = json_object_new_object();
	a = json_object_new_array();
	if (add(o, "detected", json_object_new_boolean(c->detected)) < 0 ||
	    add(o, "heuristic", json_object_new_boolean(1)) < 0 ||
	    add_str_or_null(o, "pid1", c->pid1) < 0 ||
	    add(o, "signals", a) < 0) {
		json_object_put(o);
		return NULL;
	}
	for (i = 0; i < c->nsignals; i++) {
		v = json_object_new_string(c->signals[i]);
		if (v == NULL || json_object_array_add(a, v) != 0) {
			json_object_put(v);
			json_object_put(o);
			return NULL;
		}
	}
	return o;
}

static struct json_object *
jresult(const struct check_result *r)
{
	struct json_object *o;

	o = json_object_new_object();
	if (add(o, "scif_version", json_object_new_string(SCIF_VERSION)) < 0 ||
	    add(o, "kernel", jhost(r)) < 0 ||
	    add(o, "identity", jidentity(r)) < 0 ||
	    add(o, "no_new_privs", jnnp(r)) < 0 ||
	    add(o, "seccomp", jseccomp(r)) < 0 ||
	    add(o, "landlock", jlandlock(r)) < 0 ||
	    add(o, "namespaces", jnamespaces(r)) < 0 ||
	    add(o, "cgroup2", jcgroup(r)) < 0 ||
	    add(o, "container", jcontainer(&r->container)) < 0) {
		json_object_put(o);
		return NULL;
	}
	return o;
}

static int
print_json(const struct check_result *r)
{
	struct json_object *o;
	const char *s;

	o = jresult(r);
	if (o == NULL) {
		fputs("scif check: out of memory building JSON\n", stderr);
		return SCIF_EXIT_SETUP;
	}
	s = json_object_to_json_string_ext(
	    o, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE);
	if (s == NULL) {
		json_object_put(o);
		fputs("scif check: out of memory printing JSON\n", stderr);
		return SCIF_EXIT_SETUP;
	}
	puts(s);
	json_object_put(o);
	return 0;
}

int
cmd_check(int argc, char **argv)
{
	static const struct option longopts[] = { { "json", no_argument, NULL,
						      'j' },
		{ "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 } };
	struct check_result res;
	int c, json = 0, rc;

	/* Another command may have run getopt already: start afresh. */
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
		switch (c) {
		case 'j':
			json = 1;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			if (optopt != 0)
				fprintf(stderr,
				    "scif check: unknown option -%c "
				    "(try scif check --help)\n",
				    optopt);
			else
				fprintf(stderr,
				    "scif check: unknown option %s "
				    "(try scif check --help)\n",
				    argv[optind - 1]);
			return SCIF_EXIT_USAGE;
		}
	}
	if (optind < argc) {
		fprintf(stderr,
		    "scif check: unexpected argument %s "
		    "(try scif check --help)\n",
		    argv[optind]);
		return SCIF_EXIT_USAGE;
	}
	check_probe_all(&res);
	rc = 0;
	if (json)
		rc = print_json(&res);
	else
		print_table(&res);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("scif check: stdout");
		return SCIF_EXIT_SETUP;
	}
	return rc;
}
