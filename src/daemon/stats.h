/* stats.h - the daemon's counters and its latency percentiles. */
#ifndef SCIF_STATS_H
#define SCIF_STATS_H

#include <stddef.h>
#include <stdint.h>

#define STATS_RING 4096

struct stats {
	uint64_t run, exited, nonzero, killed, failed, abandoned, rejected;
	uint64_t pooled; /* jobs that took a prepared sandbox */
	uint32_t lat_us[STATS_RING]; /* the last STATS_RING jobs */
	size_t nlat, next;
};

/* Count a worker's end (a pool.h POOL_* status, or -1 if it died). */
void stats_job(struct stats *s, int outcome, uint64_t latency_us);

/* The counters as one line of JSON into buf. */
void stats_json(const struct stats *s, unsigned running, unsigned queued,
    unsigned conns, int draining, unsigned pool_ready, char *buf, size_t len);

#endif
