# Shared by the bats suites.  SCIF and HELPERS are set by tests/run.sh; the
# defaults let "bats tests/cli" run from the top of a built tree.
: "${TOP:=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)}"
: "${SCIF:=$TOP/build/scif}"
: "${HELPERS:=$TOP/build/helpers}"
PROBE=$HELPERS/jobprobe
# The launcher tests read /proc/self and run the probe: let them.
RO="--ro $HELPERS --proc"
# A policy that allows every syscall, to test the other layers alone.
ALLOW_ALL='POLICY p { ALLOW { getpid } } USE p DEFAULT ALLOW'

is_root() { [ "$(id -u)" -eq 0 ]; }

# A directory the job can write in whoever it runs as (65534 under root).
job_dir() {
	d=$(mktemp -d "${BATS_TMPDIR:-/tmp}/scif-job.XXXXXX")
	chmod 0777 "$d"
	echo "$d"
}

# A marker unique to this test, for finding leftover processes by argv.
marker() { echo "scifmark_$$_${BATS_TEST_NUMBER}_$RANDOM"; }

# Pids of processes whose argv holds the marker (not ours).
pids_with() { pgrep -f -- "$1" || true; }

kill_pids() { for p in $1; do kill -9 "$p" 2>/dev/null || true; done; }
