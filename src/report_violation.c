/* report_violation.c - the "violation" object of the run report. */
#include <json-c/json.h>
#include <linux/seccomp.h>

#include "policy/policy.h"
#include "report.h"
#include "sctext.h"

static json_object *
args_array(const struct scif_syscall *c)
{
	json_object *a = json_object_new_array();
	int i;

	for (i = 0; a != NULL && i < 6; i++) {
		if (json_object_array_add(
			a, json_object_new_uint64(c->args[i])) < 0) {
			json_object_put(a);
			return NULL;
		}
	}
	return a;
}

static json_object *
violation(const struct scif_syscall *c, unsigned long count)
{
	json_object *o = json_object_new_object();
	char act[32];

	policy_action_str(c->action, act, sizeof(act));
	if (o == NULL)
		return NULL;
	if (report_put(o, "syscall", json_object_new_string(c->name)) < 0 ||
	    report_put(o, "nr", json_object_new_int(c->nr)) < 0 ||
	    report_put(
		o, "arch", json_object_new_string(sc_arch_name(c->arch))) < 0 ||
	    report_put(o, "pid", json_object_new_int(c->pid)) < 0 ||
	    report_put(o, "comm", json_object_new_string(c->comm)) < 0 ||
	    report_put(o, "executable", json_object_new_string(c->exe)) < 0 ||
	    report_put(o, "args", args_array(c)) < 0 ||
	    report_put(o, "action", json_object_new_string(act)) < 0 ||
	    report_put(o, "default", json_object_new_boolean(c->is_default)) <
		0 ||
	    report_put(o, "enforced", json_object_new_boolean(c->enforced)) <
		0 ||
	    report_put(o, "count", json_object_new_uint64(count)) < 0) {
		json_object_put(o);
		return NULL;
	}
	return o;
}

/* Every distinct call, each with its own count (scif.h). */
static json_object *
distinct_array(const struct scif_result *res)
{
	json_object *a = json_object_new_array();
	unsigned i;

	for (i = 0; a != NULL && i < res->ndistinct; i++) {
		if (json_object_array_add(a,
			violation(&res->distinct[i], res->distinct_count[i])) <
		    0) {
			json_object_put(a);
			return NULL;
		}
	}
	return a;
}

int
report_violation(json_object *o, const struct scif_result *res)
{
	if (res->nviolations == 0)
		return 0;
	if (report_put(o, "violation",
		violation(&res->violation, res->nviolations)) < 0)
		return -1;
	return res->ndistinct == 0
	    ? 0
	    : report_put(o, "violations", distinct_array(res));
}
