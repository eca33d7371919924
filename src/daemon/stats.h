/* stats.h - the daemon's counters and its latency percentiles. */
#ifndef SCIF_STATS_H
#define SCIF_STATS_H

#include <stddef.h>
#include <stdint.h>

#define STATS_RING 4096

struct stats {
	uint64_t run, exited, nonzero, killed, failed, abandoned, rejected;
	uint64_t pooled; /* jobs that took a prepared sandbox */
	uint64_t violated; /* jobs whose policy denied (or audited) a call */
	uint32_t lat_us[STATS_RING]; /* the last STATS_RING jobs */
	size_t nlat, next;
};

/* Count a worker's end (a pool.h POOL_* status, POOL_VIOLATED or'ed in
 * where its job made a call the policy denies, or -1 if it died). */
void stats_job(struct stats *s, int outcome, uint64_t latency_us);

/* What the daemon is doing now, shown beside the counters. */
struct stats_now {
	unsigned running, queued, conns, pool_ready;
	int draining;
	int netns_shared; /* its sandboxes share one net namespace */
};

/* The counters and now as one line of JSON (json-c), to free(); NULL
 * without memory. */
char *stats_json(const struct stats *s, const struct stats_now *now);

#endif
