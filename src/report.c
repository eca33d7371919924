/* report.c - the run report, built with json-c so that it is always valid JSON. */
#include <json-c/json.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

/* Microsecond precision, printed as written rather than as a binary
 * fraction's long expansion. */
static json_object *
seconds(uint64_t us)
{
	char s[32];

	snprintf(s, sizeof(s), "%llu.%06llu",
	    (unsigned long long)(us / 1000000u),
	    (unsigned long long)(us % 1000000u));
	return json_object_new_double_s((double)us / 1e6, s);
}

int
report_put(json_object *o, const char *key, json_object *v)
{
	if (v == NULL)
		return -1;
	if (json_object_object_add(o, key, v) < 0) {
		json_object_put(v);
		return -1;
	}
	return 0;
}

static json_object *
argv_array(char *const argv[])
{
	json_object *a = json_object_new_array();
	size_t i;

	if (a == NULL)
		return NULL;
	for (i = 0; argv != NULL && argv[i] != NULL; i++) {
		if (json_object_array_add(a, json_object_new_string(argv[i])) <
		    0) {
			json_object_put(a);
			return NULL;
		}
	}
	return a;
}

static json_object *
layers_array(uint32_t layers)
{
	json_object *a = json_object_new_array();
	int l;

	if (a == NULL)
		return NULL;
	for (l = 0; l < SCIF_LAYER_COUNT_; l++) {
		if ((layers & (1u << l)) == 0)
			continue;
		if (json_object_array_add(
			a, json_object_new_string(scif_layer_name(l))) < 0) {
			json_object_put(a);
			return NULL;
		}
	}
	return a;
}

/*
 * The signal's name without "SIG", or NULL.  A table rather than glibc's
 * sigabbrev_np(), which musl (the static release build) does not have.
 */
static const char *
sig_abbrev(int sig)
{
	/* clang-format off */
#define S(x) { SIG##x, #x }
	/* clang-format on */
	static const struct {
		int sig;
		const char *name;
	} names[] = {
		S(HUP),
		S(INT),
		S(QUIT),
		S(ILL),
		S(TRAP),
		S(ABRT),
		S(BUS),
		S(FPE),
		S(KILL),
		S(USR1),
		S(SEGV),
		S(USR2),
		S(PIPE),
		S(ALRM),
		S(TERM),
		S(CHLD),
		S(CONT),
		S(STOP),
		S(TSTP),
		S(TTIN),
		S(TTOU),
		S(URG),
		S(XCPU),
		S(XFSZ),
		S(VTALRM),
		S(PROF),
		S(WINCH),
		S(IO),
		S(PWR),
		S(SYS),
	};
#undef S
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (names[i].sig == sig)
			return names[i].name;
	}
	return NULL;
}

static int
fill(json_object *o, char *const argv[], const struct scif_result *res)
{
	const char *abbrev = res->signal != 0 ? sig_abbrev(res->signal) : NULL;
	char sig[32];

	if (report_put(o, "argv", argv_array(argv)) < 0 ||
	    report_put(o, "reason",
		json_object_new_string(scif_reason_name(res->reason))) < 0 ||
	    report_put(o, "status", json_object_new_int(res->status)) < 0 ||
	    report_put(o, "pid", json_object_new_int(res->pid)) < 0 ||
	    report_put(o, "wall_s", seconds(res->wall_us)) < 0 ||
	    report_put(o, "user_s", seconds(res->user_us)) < 0 ||
	    report_put(o, "sys_s", seconds(res->sys_us)) < 0 ||
	    report_put(o, "max_rss_kb",
		json_object_new_int64((int64_t)res->max_rss_kb)) < 0 ||
	    report_put(o, "layers", layers_array(res->layers)) < 0 ||
	    report_violation(o, res) < 0)
		return -1;
	/* json-c represents JSON null as a NULL object. */
	if (json_object_object_add(o, "exit_code",
		res->reason == SCIF_REASON_EXIT
		    ? json_object_new_int(res->exit_code)
		    : NULL) < 0)
		return -1;
	if (json_object_object_add(o, "signal",
		res->signal != 0 ? json_object_new_int(res->signal) : NULL) < 0)
		return -1;
	if (abbrev == NULL)
		return 0;
	snprintf(sig, sizeof(sig), "SIG%s", abbrev);
	if (report_put(o, "signal_name", json_object_new_string(sig)) < 0)
		return -1;
	return 0;
}

char *
report_json(char *const argv[], const struct scif_result *res)
{
	json_object *o = json_object_new_object();
	char *out = NULL;

	if (o == NULL)
		return NULL;
	if (fill(o, argv, res) == 0)
		out = strdup(json_object_to_json_string_ext(o,
		    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(o);
	return out;
}
