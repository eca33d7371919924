/* spec_seccomp.c - how the job's syscall filter treats what its policy denies. */
#include "err.h"
#include "spec.h"

int
scif_spec_set_seccomp_mode(struct scif_spec *spec, enum scif_seccomp_mode mode,
    scif_syscall_fn *fn, void *arg, struct scif_err *err)
{
	if (mode != SCIF_SECCOMP_ENFORCE && mode != SCIF_SECCOMP_PLAIN &&
	    mode != SCIF_SECCOMP_AUDIT && mode != SCIF_SECCOMP_LEARN)
		return err_set(
		    err, SCIF_E_USAGE, 0, "bad seccomp mode %d", (int)mode);
	spec->sc_mode = mode;
	spec->sc_fn = fn;
	spec->sc_arg = arg;
	return 0;
}
