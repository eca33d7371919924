/* warm.c - the slots of the daemon's pool of prepared sandboxes (warm.h). */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "daemon/pool.h"
#include "daemon/warm.h"

int
warm_init(struct warm *w, size_t nprof, unsigned per, const char *tmp)
{
	size_t i;

	w->tmp = tmp;
	w->per = per;
	w->nprof = nprof;
	w->taken = 0;
	w->slot = calloc(nprof * per + 1, sizeof(*w->slot));
	w->off = calloc(nprof + 1, 1);
	if (w->slot == NULL || w->off == NULL)
		return -ENOMEM;
	for (i = 0; i < nprof * per; i++)
		w->slot[i].chan = -1;
	return 0;
}

static void
slot_clear(struct warm_slot *s)
{
	if (s->chan >= 0)
		(void)close(s->chan);
	s->chan = -1;
	s->pid = 0;
	s->ready = 0;
}

void
warm_free(struct warm *w)
{
	size_t i;

	for (i = 0; w->slot != NULL && i < w->nprof * w->per; i++) {
		/* Its sandbox dies with it (parent-death signal). */
		if (w->slot[i].pid > 0)
			(void)kill(w->slot[i].pid, SIGKILL);
		slot_clear(&w->slot[i]);
	}
	free(w->slot);
	free(w->off);
	w->slot = NULL;
	w->off = NULL;
	w->nprof = 0;
}

void
warm_fill(struct warm *w, const struct ptable *pt)
{
	struct warm_slot *s;
	size_t i;
	pid_t pid;

	for (i = 0; i < w->nprof * w->per && w->nprof == pt->n; i++) {
		s = &w->slot[i];
		if (s->pid != 0 || w->off[i / w->per])
			continue;
		if ((pid = pool_prepare(&pt->e[i / w->per], w->tmp, &s->chan)) <
		    0)
			return; /* no fork now: the next round tries again */
		s->pid = pid;
	}
}

/* Did the worker say it is ready?  Its one byte, read without waiting. */
static int
is_ready(struct warm_slot *s)
{
	char c;

	if (!s->ready && recv(s->chan, &c, 1, MSG_DONTWAIT) == 1)
		s->ready = 1;
	return s->ready;
}

pid_t
warm_take(struct warm *w, size_t prof, int *chan)
{
	struct warm_slot *s;
	unsigned k;
	pid_t pid;

	for (k = 0; prof < w->nprof && k < w->per; k++) {
		s = &w->slot[prof * w->per + k];
		if (s->pid <= 0 || !is_ready(s))
			continue;
		pid = s->pid;
		*chan = s->chan;
		s->chan = -1;
		slot_clear(s);
		w->taken++;
		return pid;
	}
	return -1;
}

int
warm_reaped(struct warm *w, pid_t pid, int status)
{
	struct warm_slot *s;
	size_t i;

	for (i = 0; i < w->nprof * w->per; i++) {
		s = &w->slot[i];
		if (s->pid != pid)
			continue;
		/* Never ready and not killed: this host refuses what the
		 * profile needs; its jobs will say why, in fresh sandboxes. */
		if (!is_ready(s) && !WIFSIGNALED(status) &&
		    !w->off[i / w->per]) {
			w->off[i / w->per] = 1;
			(void)fprintf(stderr,
			    "scif serve: a sandbox could not "
			    "be prepared; pool off for one "
			    "profile\n");
		}
		slot_clear(s);
		return 1;
	}
	return 0;
}

unsigned
warm_ready(struct warm *w)
{
	unsigned n = 0;
	size_t i;

	for (i = 0; i < w->nprof * w->per; i++) {
		if (w->slot[i].pid > 0 && is_ready(&w->slot[i]))
			n++;
	}
	return n;
}
