/* client.h - the client side of scif serve's protocol, beyond scif.h. */
#ifndef SCIF_CLIENT_H
#define SCIF_CLIENT_H

#include "scif.h"

/* Ask the daemon for its counters: 0 and *json (free() it), or a
 * negative errno with err filled. */
int client_stats(const char *socket_path, char **json, struct scif_err *err);

#endif
