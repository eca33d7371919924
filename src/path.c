/* path.c - PATH search done by the supervisor, so a missing program runs nothing. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "err.h"
#include "path.h"

static int
check_file(const char *path, struct scif_err *err)
{
	struct stat st;

	if (stat(path, &st) < 0)
		return err_set(err,
		    errno == ENOENT ? SCIF_E_NOENT : SCIF_E_EXEC, errno,
		    "program %s", path);
	if (!S_ISREG(st.st_mode))
		return err_set(err, SCIF_E_EXEC, EACCES,
		    "program %s is not a regular file", path);
	if ((st.st_mode & 0111) == 0)
		return err_set(err, SCIF_E_EXEC, EACCES, "program %s", path);
	return 0;
}

static int
copy_out(const char *src, char *out, size_t outlen, struct scif_err *err)
{
	if (snprintf(out, outlen, "%s", src) >= (int)outlen)
		return err_set(
		    err, SCIF_E_USAGE, ENAMETOOLONG, "program %s", src);
	return 0;
}

int
path_resolve(const char *prog, const char *pathvar, char *out, size_t outlen,
    struct scif_err *err)
{
	const char *p, *end;
	size_t dlen;
	int n;

	if (strchr(prog, '/') != NULL) {
		if (check_file(prog, NULL) < 0)
			return check_file(prog, err);
		if (prog[0] == '/')
			return copy_out(prog, out, outlen, err);
		/* The job may start in another directory: make it absolute. */
		if (getcwd(out, outlen) == NULL)
			return err_set(err, SCIF_E_EXEC, errno, "getcwd");
		n = (int)strlen(out);
		if (snprintf(out + n, outlen - (size_t)n, "/%s", prog) >=
		    (int)(outlen - (size_t)n))
			return err_set(err, SCIF_E_USAGE, ENAMETOOLONG,
			    "program %s", prog);
		return 0;
	}
	for (p = pathvar != NULL ? pathvar : ""; *p != '\0'; p = end) {
		end = strchrnul(p, ':');
		dlen = (size_t)(end - p);
		if (*end == ':')
			end++;
		/* An empty PATH element means the current directory. */
		n = dlen == 0
		    ? snprintf(out, outlen, "./%s", prog)
		    : snprintf(out, outlen, "%.*s/%s", (int)dlen, p, prog);
		if (n < 0 || (size_t)n >= outlen)
			continue;
		if (check_file(out, NULL) == 0)
			return 0;
	}
	return err_set(err, SCIF_E_NOENT, 0, "program not found: %s (PATH=%s)",
	    prog, pathvar != NULL ? pathvar : "");
}
