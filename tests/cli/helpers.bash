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

# violation_named WHERE CALL NAME NR ARGS [WRAP...]: tests/helpers/violator
# making CALL from WHERE works bare (under WRAP), and in scif under the
# policy $pol is named NAME (x86_64 number NR, arguments ARGS) and killed.
violation_named() {
	local where=$1 call=$2 name=$3 nr=$4 args=$5
	shift 5
	run "$@" "$HELPERS/violator" "$where" "$call"
	[ "$status" -eq 0 ]
	[[ "$output" == *"$call returned "* ]]
	run "$@" "$SCIF" run $RO --policy "$pol" --report json -- "$HELPERS/violator" "$where" "$call"
	echo "$output" # shown by bats if an assertion below fails
	[ "$status" -eq 159 ]
	[[ "$output" != *"$call returned"* ]]
	[[ "${lines[0]}" =~ ^"scif: seccomp: violator["[0-9]+"] called $name($args, ...) (x86_64 #$nr): denied by policy violator (DEFAULT KILL_PROCESS)"$ ]]
	[[ "${lines[1]}" == "scif: seccomp: to allow it, add to the policy: ALLOW { $name"* ]]
	echo "${lines[-1]}" | jq -e --arg n "$name" --argjson nr "$nr" \
		'.reason == "seccomp" and .status == 159 and .violation.syscall == $n and
		 .violation.nr == $nr and .violation.arch == "x86_64" and
		 .violation.action == "KILL_PROCESS" and .violation.enforced and
		 .violation.pid > 0 and .violation.comm == "violator"'
}
