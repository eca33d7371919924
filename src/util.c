/* util.c - pure helpers; nothing here makes a system call. */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "util.h"

/* Digits, and an optional fraction of up to three digits (thousandths). */
static int
parse_fixed3(const char **sp, uint64_t *whole, uint64_t *milli)
{
	const char *s = *sp;
	uint64_t w = 0, m = 0;
	int digits = 0, fdigits = 0;

	for (; isdigit((unsigned char)*s); s++, digits++) {
		if (w > (UINT64_MAX - (uint64_t)(*s - '0')) / 10)
			return -ERANGE;
		w = w * 10 + (uint64_t)(*s - '0');
	}
	if (*s == '.') {
		for (s++; isdigit((unsigned char)*s); s++, fdigits++) {
			if (fdigits < 3)
				m = m * 10 + (uint64_t)(*s - '0');
		}
		if (fdigits == 0)
			return -EINVAL;
		for (; fdigits < 3; fdigits++)
			m *= 10;
	}
	if (digits == 0)
		return -EINVAL;
	*whole = w;
	*milli = m;
	*sp = s;
	return 0;
}

int
parse_u64(const char *s, uint64_t *out)
{
	uint64_t v = 0;

	if (s == NULL || *s == '\0')
		return -EINVAL;
	for (; *s != '\0'; s++) {
		if (!isdigit((unsigned char)*s))
			return -EINVAL;
		if (v > (UINT64_MAX - (uint64_t)(*s - '0')) / 10)
			return -ERANGE;
		v = v * 10 + (uint64_t)(*s - '0');
	}
	*out = v;
	return 0;
}

static int
mul_check(uint64_t a, uint64_t b, uint64_t *out)
{
	if (a != 0 && b > UINT64_MAX / a)
		return -ERANGE;
	*out = a * b;
	return 0;
}

static int
size_shift(const char *suffix, unsigned *shift)
{
	static const char units[] = "KMGT";
	const char *u;

	if (*suffix == '\0') {
		*shift = 0;
		return 0;
	}
	if (strcasecmp(suffix, "B") == 0) {
		*shift = 0;
		return 0;
	}
	u = strchr(units, toupper((unsigned char)suffix[0]));
	if (u == NULL)
		return -EINVAL;
	if (suffix[1] != '\0' && strcasecmp(suffix + 1, "B") != 0 &&
	    strcasecmp(suffix + 1, "iB") != 0)
		return -EINVAL;
	*shift = 10 * (unsigned)(u - units + 1);
	return 0;
}

int
parse_size(const char *s, uint64_t *out)
{
	uint64_t whole, milli, v;
	unsigned shift;
	int r;

	if (s == NULL)
		return -EINVAL;
	if ((r = parse_fixed3(&s, &whole, &milli)) < 0)
		return r;
	if ((r = size_shift(s, &shift)) < 0)
		return r;
	if (shift == 0 && milli != 0)
		return -EINVAL;
	if ((r = mul_check(whole, (uint64_t)1 << shift, &v)) < 0)
		return r;
	if (shift != 0)
		v += (milli << shift) / 1000;
	*out = v;
	return 0;
}

int
parse_duration_ms(const char *s, uint64_t *out)
{
	uint64_t whole, milli, unit, v;
	int r;

	if (s == NULL)
		return -EINVAL;
	if ((r = parse_fixed3(&s, &whole, &milli)) < 0)
		return r;
	if (*s == '\0' || strcmp(s, "s") == 0)
		unit = 1000;
	else if (strcmp(s, "ms") == 0)
		unit = 1;
	else if (strcmp(s, "m") == 0)
		unit = 60 * 1000;
	else if (strcmp(s, "h") == 0)
		unit = 3600 * 1000;
	else
		return -EINVAL;
	if (unit == 1 && milli != 0)
		return -EINVAL;
	if ((r = mul_check(whole, unit, &v)) < 0)
		return r;
	v += milli * unit / 1000;
	*out = v;
	return 0;
}

int
env_name_ok(const char *name)
{
	const char *p;

	if (name == NULL || *name == '\0' || isdigit((unsigned char)*name))
		return 0;
	for (p = name; *p != '\0'; p++) {
		if (!isalnum((unsigned char)*p) && *p != '_')
			return 0;
	}
	return 1;
}

size_t
env_name_len(const char *s)
{
	const char *eq = strchr(s, '=');

	return eq != NULL ? (size_t)(eq - s) : strlen(s);
}

int
path_is_under(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	if (strcmp(dir, "/") == 0)
		return 1;
	return strncmp(path, dir, n) == 0 &&
	    (path[n] == '/' || path[n] == '\0');
}
