/* hygiene.c - what every job gets before anything else is applied. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "err.h"
#include "hygiene.h"

/*
 * glibc refuses to touch the signals it reserves for itself (32 and 33),
 * but a caller may have left them ignored, and an ignored disposition
 * survives execve.  The kernel's own call takes them: an all-zero kernel
 * sigaction is SIG_DFL with no flags and an empty mask on every arch.
 */
static int
reset_reserved(int sig)
{
	unsigned long ksa[4] = { 0, 0, 0, 0 };

	return (int)syscall(SYS_rt_sigaction, sig, ksa, NULL, _NSIG / 8);
}

static int
reset_signals(struct scif_err *err)
{
	struct sigaction sa;
	sigset_t none;
	int sig;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_DFL;
	if (sigemptyset(&sa.sa_mask) < 0)
		return err_layer(err, "hygiene", errno, "sigemptyset");
	for (sig = 1; sig < NSIG; sig++) {
		if (sig == SIGKILL || sig == SIGSTOP)
			continue;
		if (sigaction(sig, &sa, NULL) == 0)
			continue;
		if (errno != EINVAL || reset_reserved(sig) < 0)
			return err_layer(
			    err, "hygiene", errno, "reset signal %d", sig);
	}
	if (sigemptyset(&none) < 0 || sigprocmask(SIG_SETMASK, &none, NULL) < 0)
		return err_layer(err, "hygiene", errno, "signal mask");
	return 0;
}

int
hygiene_deathsig(pid_t supervisor, struct scif_err *err)
{
	if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) < 0)
		return err_layer(err, "hygiene", errno, "PR_SET_PDEATHSIG");
	/* The supervisor may have died before the death signal was set. */
	if (getppid() != supervisor)
		return err_layer(err, "hygiene", ESRCH, "supervisor is gone");
	return 0;
}

int
hygiene_apply(pid_t supervisor, struct scif_err *err)
{
	/* A new session has no controlling terminal: no TIOCSTI into the
	 * caller's tty, no job-control signals from it. */
	if (setsid() < 0)
		return err_layer(err, "hygiene", errno, "setsid");
	if (hygiene_deathsig(supervisor, err) < 0)
		return -1;
	if (reset_signals(err) < 0)
		return -1;
	umask(077);
	return 0;
}
