/* spec.c - recording a job: setters validate and copy, nothing runs. */
#include <errno.h>
#include <fcntl.h>
#include <linux/nsfs.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>

#include "err.h"
#include "policy/policy.h"
#include "spec.h"
#include "util.h"

#define DEFAULT_PATH "PATH=/usr/bin:/bin"
#define NOBODY 65534

static void
free_strv(char **v)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; v[i] != NULL; i++)
		free(v[i]);
	free(v);
}

struct scif_spec *
scif_spec_new(void)
{
	struct scif_spec *s;

	if ((s = calloc(1, sizeof(*s))) == NULL)
		return NULL;
	s->uid = NOBODY;
	s->gid = NOBODY;
	s->netns_fd = -1;
	if ((s->env = calloc(2, sizeof(char *))) == NULL ||
	    (s->env[0] = strdup(DEFAULT_PATH)) == NULL) {
		scif_spec_free(s);
		return NULL;
	}
	s->nenv = 1;
	return s;
}

void
scif_spec_free(struct scif_spec *spec)
{
	size_t i;

	if (spec == NULL)
		return;
	free_strv(spec->argv);
	free_strv(spec->env);
	for (i = 0; i < spec->npaths; i++)
		free(spec->paths[i].path);
	free(spec->paths);
	policy_prog_free(&spec->policy);
	free_strv(spec->tmpfs);
	free_strv(spec->links);
	free(spec->cwd);
	free(spec);
}

int
scif_spec_set_argv(
    struct scif_spec *spec, char *const argv[], struct scif_err *err)
{
	char **v;
	size_t n, i;

	if (argv == NULL || argv[0] == NULL || argv[0][0] == '\0')
		return err_set(err, SCIF_E_USAGE, 0, "no program given");
	for (n = 0; argv[n] != NULL; n++)
		;
	if ((v = calloc(n + 1, sizeof(char *))) == NULL)
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "argv");
	for (i = 0; i < n; i++) {
		if ((v[i] = strdup(argv[i])) == NULL) {
			free_strv(v);
			return err_set(err, SCIF_E_INTERNAL, ENOMEM, "argv");
		}
	}
	free_strv(spec->argv);
	spec->argv = v;
	return 0;
}

static ssize_t
env_find(const struct scif_spec *spec, const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < spec->nenv; i++) {
		if (env_name_len(spec->env[i]) == len &&
		    strncmp(spec->env[i], name, len) == 0)
			return (ssize_t)i;
	}
	return -1;
}

const char *
spec_getenv(const struct scif_spec *spec, const char *name)
{
	size_t len = strlen(name);
	ssize_t i = env_find(spec, name, len);

	return i < 0 ? NULL : spec->env[i] + len + 1;
}

/* Replace or append one "NAME=VALUE"; takes ownership of kv. */
static int
env_put(struct scif_spec *spec, char *kv, struct scif_err *err)
{
	ssize_t i = env_find(spec, kv, env_name_len(kv));
	char **v;

	if (i >= 0) {
		free(spec->env[i]);
		spec->env[i] = kv;
		return 0;
	}
	if ((v = realloc(spec->env, (spec->nenv + 2) * sizeof(char *))) ==
	    NULL) {
		free(kv);
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "environment");
	}
	spec->env = v;
	v[spec->nenv++] = kv;
	v[spec->nenv] = NULL;
	return 0;
}

int
scif_spec_set_env(struct scif_spec *spec, const char *name, const char *value,
    struct scif_err *err)
{
	size_t n;
	char *kv;

	if (!env_name_ok(name))
		return err_set(err, SCIF_E_USAGE, 0,
		    "bad environment variable name '%s'", name);
	if (value == NULL)
		return err_set(err, SCIF_E_USAGE, 0, "no value for '%s'", name);
	n = strlen(name) + strlen(value) + 2;
	if ((kv = malloc(n)) == NULL)
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "environment");
	memcpy(kv, name, strlen(name));
	kv[strlen(name)] = '=';
	memcpy(kv + strlen(name) + 1, value, strlen(value) + 1);
	return env_put(spec, kv, err);
}

int
scif_spec_keep_env(
    struct scif_spec *spec, const char *name, struct scif_err *err)
{
	const char *v;

	if (!env_name_ok(name))
		return err_set(err, SCIF_E_USAGE, 0,
		    "bad environment variable name '%s'", name);
	if ((v = getenv(name)) == NULL)
		return 0;
	return scif_spec_set_env(spec, name, v, err);
}

int
scif_spec_set_ids(
    struct scif_spec *spec, uid_t uid, gid_t gid, struct scif_err *err)
{
	if (uid == (uid_t)-1 || gid == (gid_t)-1)
		return err_set(err, SCIF_E_USAGE, 0, "bad uid or gid");
	spec->uid = uid;
	spec->gid = gid;
	spec->ids_set = 1;
	return 0;
}

int
scif_spec_set_limit(struct scif_spec *spec, enum scif_limit lim, uint64_t value,
    struct scif_err *err)
{
	if ((unsigned)lim >= SCIF_LIMIT_COUNT_)
		return err_set(err, SCIF_E_USAGE, 0, "unknown limit %d", lim);
	if (value == 0 && lim != SCIF_LIMIT_FSIZE)
		return err_set(err, SCIF_E_USAGE, 0,
		    "a limit of 0 would stop every program");
	spec->lim[lim].set = 1;
	spec->lim[lim].value = value;
	return 0;
}

int
scif_spec_set_time(struct scif_spec *spec, uint64_t ms, struct scif_err *err)
{
	(void)err;
	spec->time_ms = ms;
	return 0;
}

int
scif_spec_pass_fd(struct scif_spec *spec, int fd, struct scif_err *err)
{
	size_t i;

	if (fd <= 2)
		return err_set(err, SCIF_E_USAGE, 0,
		    "descriptor %d: 0, 1 and 2 are always passed", fd);
	if (fcntl(fd, F_GETFD) < 0)
		return err_set(err, SCIF_E_USAGE, errno, "descriptor %d", fd);
	for (i = 0; i < spec->npass; i++) {
		if (spec->pass_fds[i] == fd)
			return 0;
	}
	if (spec->npass == SPEC_MAX_PASS_FDS)
		return err_set(err, SCIF_E_USAGE, 0,
		    "more than %d passed descriptors", SPEC_MAX_PASS_FDS);
	spec->pass_fds[spec->npass++] = fd;
	return 0;
}

int
scif_spec_add_path(struct scif_spec *spec, const char *path,
    enum scif_access access, struct scif_err *err)
{
	struct spec_path *v;
	char *copy;

	if (access < SCIF_ACCESS_RO || access > SCIF_ACCESS_DEV)
		return err_set(err, SCIF_E_USAGE, 0, "bad access %d", access);
	if (path == NULL || path[0] != '/')
		return err_set(err, SCIF_E_USAGE, 0,
		    "path '%s' must be absolute", path != NULL ? path : "");
	if ((copy = strdup(path)) == NULL)
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "paths");
	v = realloc(spec->paths, (spec->npaths + 1) * sizeof(*v));
	if (v == NULL) {
		free(copy);
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "paths");
	}
	spec->paths = v;
	v[spec->npaths].path = copy;
	v[spec->npaths].access = access;
	spec->npaths++;
	return 0;
}

int
scif_spec_set_default_paths(
    struct scif_spec *spec, int on, struct scif_err *err)
{
	(void)err;
	spec->no_default_paths = !on;
	return 0;
}

int
scif_spec_set_network(struct scif_spec *spec, int allow, struct scif_err *err)
{
	(void)err;
	spec->allow_network = allow != 0;
	return 0;
}

/* A net namespace, and not the caller's own: a job put there would
 * have the caller's network. */
static int
netns_fd_ok(int fd, struct scif_err *err)
{
	struct stat a, b;
	int type = ioctl(fd, NS_GET_NSTYPE);

	if (type < 0)
		return err_set(err, SCIF_E_USAGE, errno,
		    "descriptor %d: not a namespace", fd);
	if (type != CLONE_NEWNET)
		return err_set(err, SCIF_E_USAGE, 0,
		    "descriptor %d: not a net namespace", fd);
	if (fstat(fd, &a) < 0 || stat("/proc/self/ns/net", &b) < 0)
		return err_set(err, SCIF_E_USAGE, errno, "descriptor %d", fd);
	if (a.st_dev == b.st_dev && a.st_ino == b.st_ino)
		return err_set(err, SCIF_E_USAGE, 0,
		    "descriptor %d is the caller's own net namespace", fd);
	return 0;
}

int
scif_spec_share_netns(struct scif_spec *spec, int fd, struct scif_err *err)
{
	int r;

	if (fd < -1)
		return err_set(err, SCIF_E_USAGE, 0, "bad descriptor %d", fd);
	if (fd >= 0 && (r = netns_fd_ok(fd, err)) < 0)
		return r;
	spec->netns_fd = fd;
	return 0;
}

int
scif_spec_require(
    struct scif_spec *spec, enum scif_layer layer, struct scif_err *err)
{
	if ((unsigned)layer >= SCIF_LAYER_COUNT_)
		return err_set(err, SCIF_E_USAGE, 0, "unknown layer %d", layer);
	/* Sharing saves time; a job is no safer for requiring it. */
	if (layer == SCIF_LAYER_NETNS_SHARED)
		return err_set(err, SCIF_E_USAGE, 0,
		    "netns_shared is reported, not required: require netns");
	spec->required |= 1u << layer;
	return 0;
}

static int
set_policy(struct scif_spec *spec, const char *path, const char *text,
    scif_warn_fn *warn, void *warn_arg, struct scif_err *err)
{
	struct sock_fprog prog = { 0, NULL };
	int r;

	if (path != NULL)
		r = policy_compile_file(path, &prog, warn, warn_arg, err);
	else
		r = policy_compile_string(
		    text, "<string>", &prog, warn, warn_arg, err);
	if (r < 0)
		return r;
	policy_prog_free(&spec->policy);
	spec->policy = prog;
	return 0;
}

int
scif_spec_set_policy_file(struct scif_spec *spec, const char *path,
    scif_warn_fn *warn, void *warn_arg, struct scif_err *err)
{
	if (path == NULL)
		return err_set(err, SCIF_E_USAGE, 0, "no policy file");
	return set_policy(spec, path, NULL, warn, warn_arg, err);
}

int
scif_spec_set_policy_string(struct scif_spec *spec, const char *text,
    scif_warn_fn *warn, void *warn_arg, struct scif_err *err)
{
	if (text == NULL)
		return err_set(err, SCIF_E_USAGE, 0, "no policy text");
	return set_policy(spec, NULL, text, warn, warn_arg, err);
}

int
scif_spec_set_namespaces(
    struct scif_spec *spec, enum scif_ns_mode mode, struct scif_err *err)
{
	if (mode != SCIF_NS_AUTO && mode != SCIF_NS_OFF &&
	    mode != SCIF_NS_REQUIRE)
		return err_set(
		    err, SCIF_E_USAGE, 0, "bad namespace mode %d", mode);
	spec->ns_mode = mode;
	return 0;
}

int
scif_spec_add_tmpfs(
    struct scif_spec *spec, const char *path, struct scif_err *err)
{
	char **v;

	if (path == NULL || path[0] != '/')
		return err_set(err, SCIF_E_USAGE, 0,
		    "tmpfs path '%s' must be absolute",
		    path != NULL ? path : "");
	v = realloc(spec->tmpfs, (spec->ntmpfs + 2) * sizeof(char *));
	if (v == NULL)
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "tmpfs");
	spec->tmpfs = v;
	if ((v[spec->ntmpfs] = strdup(path)) == NULL)
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "tmpfs");
	v[++spec->ntmpfs] = NULL;
	return 0;
}

int
scif_spec_add_symlink(struct scif_spec *spec, const char *target,
    const char *path, struct scif_err *err)
{
	char **v;
	size_t n = 2 * spec->nlinks;

	if (path == NULL || path[0] != '/' || target == NULL ||
	    target[0] == '\0')
		return err_set(err, SCIF_E_USAGE, 0,
		    "symbolic link '%s': an absolute path and a target",
		    path != NULL ? path : "");
	if ((v = realloc(spec->links, (n + 3) * sizeof(char *))) == NULL)
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "symlink");
	spec->links = v;
	v[n] = strdup(path);
	v[n + 1] = strdup(target);
	v[n + 2] = NULL;
	if (v[n] == NULL || v[n + 1] == NULL) {
		free(v[n]);
		free(v[n + 1]);
		v[n] = NULL;
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "symlink");
	}
	spec->nlinks++;
	return 0;
}

int
scif_spec_set_proc(struct scif_spec *spec, int on, struct scif_err *err)
{
	(void)err;
	spec->proc = on != 0;
	return 0;
}

int
scif_spec_set_hostname(
    struct scif_spec *spec, const char *name, struct scif_err *err)
{
	size_t n = name != NULL ? strlen(name) : 0;

	if (n == 0 || n >= sizeof(spec->hostname) || strchr(name, '/') != NULL)
		return err_set(err, SCIF_E_USAGE, 0,
		    "host name '%s': 1 to %zu bytes, no '/'",
		    name != NULL ? name : "", sizeof(spec->hostname) - 1);
	memcpy(spec->hostname, name, n + 1);
	return 0;
}

int
scif_spec_set_cwd(
    struct scif_spec *spec, const char *path, struct scif_err *err)
{
	char *copy;

	if (path == NULL || path[0] != '/')
		return err_set(err, SCIF_E_USAGE, 0,
		    "working directory '%s' must be absolute",
		    path != NULL ? path : "");
	if ((copy = strdup(path)) == NULL)
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "cwd");
	free(spec->cwd);
	spec->cwd = copy;
	return 0;
}
