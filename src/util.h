/* util.h - pure helpers: parsing numbers, sizes and durations. */
#ifndef SCIF_UTIL_H
#define SCIF_UTIL_H

#include <stddef.h>
#include <stdint.h>

/* Decimal unsigned integer, whole string, no sign; 0 or -EINVAL/-ERANGE. */
int parse_u64(const char *s, uint64_t *out);

/* A size: decimal digits and an optional binary suffix K, M, G or T
 * (case-insensitive, optional trailing "B" or "iB"). */
int parse_size(const char *s, uint64_t *out);

/* A duration in milliseconds: "30" (seconds), "1.5", "500ms", "2s",
 * "3m", "1h". */
int parse_duration_ms(const char *s, uint64_t *out);

/* Does the string name a valid environment variable (no '=', not empty,
 * no leading digit)? */
int env_name_ok(const char *name);

/* Length of the name part of "NAME=VALUE", or of s when it has no '='. */
size_t env_name_len(const char *s);

/* Is path dir itself or below it (by name, both absolute)? */
int path_is_under(const char *path, const char *dir);

#endif
