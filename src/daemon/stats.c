/* stats.c - counting jobs and their latency for scif serve --stats. */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/pool.h"
#include "daemon/stats.h"
#include "report.h"

void
stats_job(struct stats *s, int outcome, uint64_t latency_us)
{
	if (outcome >= 0 && (outcome & POOL_VIOLATED) != 0) {
		s->violated++;
		outcome &= ~POOL_VIOLATED;
	}
	switch (outcome) {
	case POOL_EXITED:
		s->run++;
		s->exited++;
		break;
	case POOL_NONZERO:
		s->run++;
		s->nonzero++;
		break;
	case POOL_KILLED:
		s->run++;
		s->killed++;
		break;
	case POOL_GONE:
		s->abandoned++;
		break;
	default:
		s->failed++;
		break;
	}
	s->lat_us[s->next] =
	    latency_us > UINT32_MAX ? UINT32_MAX : (uint32_t)latency_us;
	s->next = (s->next + 1) % STATS_RING;
	if (s->nlat < STATS_RING)
		s->nlat++;
}

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

/* Nearest-rank percentile of the sorted v, in milliseconds. */
static double
pct(const uint32_t *v, size_t n, unsigned p)
{
	size_t k;

	if (n == 0)
		return 0;
	k = (n * p + 99) / 100;
	return v[k == 0 ? 0 : k - 1] / 1000.0;
}

static int
put_u64(json_object *o, const char *key, uint64_t v)
{
	return report_put(o, key, json_object_new_uint64(v));
}

/* Milliseconds, printed with three decimals as before. */
static int
put_ms(json_object *o, const char *key, double ms)
{
	char t[32];

	(void)snprintf(t, sizeof(t), "%.3f", ms);
	return report_put(o, key, json_object_new_double_s(ms, t));
}

/* The latency percentiles of the last jobs: sorted into v (nlat long). */
static int
put_latency(json_object *o, const struct stats *s, uint32_t *v)
{
	memcpy(v, s->lat_us, s->nlat * sizeof(v[0]));
	qsort(v, s->nlat, sizeof(v[0]), cmp_u32);
	if (put_u64(o, "latency_samples", s->nlat) < 0 ||
	    put_ms(o, "latency_p50_ms", pct(v, s->nlat, 50)) < 0 ||
	    put_ms(o, "latency_p99_ms", pct(v, s->nlat, 99)) < 0)
		return -1;
	return 0;
}

static int
fill(json_object *o, const struct stats *s, const struct stats_now *now,
    uint32_t *v)
{
	if (put_u64(o, "jobs_run", s->run) < 0 ||
	    put_u64(o, "jobs_exited", s->exited) < 0 ||
	    put_u64(o, "jobs_nonzero", s->nonzero) < 0 ||
	    put_u64(o, "jobs_killed", s->killed) < 0 ||
	    put_u64(o, "jobs_failed", s->failed) < 0 ||
	    put_u64(o, "jobs_abandoned", s->abandoned) < 0 ||
	    put_u64(o, "requests_rejected", s->rejected) < 0 ||
	    put_u64(o, "running", now->running) < 0 ||
	    put_u64(o, "queued", now->queued) < 0 ||
	    put_u64(o, "connections", now->conns) < 0 ||
	    report_put(o, "draining", json_object_new_boolean(now->draining)) <
		0 ||
	    put_latency(o, s, v) < 0 ||
	    put_u64(o, "pool_ready", now->pool_ready) < 0 ||
	    put_u64(o, "jobs_pooled", s->pooled) < 0 ||
	    put_u64(o, "jobs_violated", s->violated) < 0 ||
	    report_put(o, "netns_shared",
		json_object_new_boolean(now->netns_shared)) < 0)
		return -1;
	return 0;
}

char *
stats_json(const struct stats *s, const struct stats_now *now)
{
	json_object *o = json_object_new_object();
	uint32_t *v = malloc(STATS_RING * sizeof(*v));
	char *out = NULL;

	if (o != NULL && v != NULL && fill(o, s, now, v) == 0)
		out = strdup(json_object_to_json_string_ext(o,
		    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(o);
	free(v);
	return out;
}
