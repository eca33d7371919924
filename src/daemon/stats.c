/* stats.c - counting jobs and their latency for scif serve --stats. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/pool.h"
#include "daemon/stats.h"

void
stats_job(struct stats *s, int outcome, uint64_t latency_us)
{
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

void
stats_json(const struct stats *s, unsigned running, unsigned queued,
    unsigned conns, int draining, unsigned pool_ready, char *buf, size_t len)
{
	static uint32_t v[STATS_RING];

	memcpy(v, s->lat_us, s->nlat * sizeof(v[0]));
	qsort(v, s->nlat, sizeof(v[0]), cmp_u32);
	(void)snprintf(buf, len,
	    "{\"jobs_run\":%llu,\"jobs_exited\":%llu,\"jobs_nonzero\":%llu,"
	    "\"jobs_killed\":%llu,\"jobs_failed\":%llu,\"jobs_abandoned\":%llu,"
	    "\"requests_rejected\":%llu,\"running\":%u,\"queued\":%u,"
	    "\"connections\":%u,\"draining\":%s,\"latency_samples\":%zu,"
	    "\"latency_p50_ms\":%.3f,\"latency_p99_ms\":%.3f,"
	    "\"pool_ready\":%u,\"jobs_pooled\":%llu}",
	    (unsigned long long)s->run, (unsigned long long)s->exited,
	    (unsigned long long)s->nonzero, (unsigned long long)s->killed,
	    (unsigned long long)s->failed, (unsigned long long)s->abandoned,
	    (unsigned long long)s->rejected, running, queued, conns,
	    draining ? "true" : "false", s->nlat, pct(v, s->nlat, 50),
	    pct(v, s->nlat, 99), pool_ready, (unsigned long long)s->pooled);
}
