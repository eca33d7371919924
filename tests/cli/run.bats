#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# scif run: the launcher's layers, each shown by an attack that works
# without scif and fails with it.

load helpers

@test "a secret in the caller's environment does not reach the job" {
	export AWS_SECRET_ACCESS_KEY=s3cret-value
	run env
	[[ "$output" == *s3cret-value* ]]
	run "$SCIF" run $RO -- env
	[ "$status" -eq 0 ]
	[[ "$output" != *s3cret-value* ]]
	[ "$output" = "PATH=/usr/bin:/bin" ]
}

@test "only set and kept variables exist in the job" {
	export KEEPME=kept SECRET=no
	run "$SCIF" run $RO --env FOO=bar --keep-env KEEPME --keep-env UNSET_X -- env
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | sort | tr '\n' ' ')" = "FOO=bar KEEPME=kept PATH=/usr/bin:/bin " ]
}

@test "as root the job runs as 65534:65534 with no supplementary groups" {
	is_root || skip "needs root"
	run id -u
	[ "$output" = 0 ]
	run "$SCIF" run $RO -- sh -c 'id -u; id -g; grep ^Groups: /proc/self/status'
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = 65534 ]
	[ "${lines[1]}" = 65534 ]
	[ "$(echo "${lines[2]}" | tr -d '[:space:]')" = "Groups:" ]
}

@test "--user and --group choose the ids when root" {
	is_root || skip "needs root"
	run "$SCIF" run $RO --user 1234 --group 4321 -- sh -c 'id -u; id -g'
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = 1234 ]
	[ "${lines[1]}" = 4321 ]
}

@test "the job holds no capability and has no_new_privs" {
	run grep -E '^(CapEff|NoNewPrivs)' /proc/self/status
	if is_root; then [[ "$output" != *"CapEff:	0000000000000000"* ]]; fi
	run "$SCIF" run $RO -- grep -E '^(Cap|NoNewPrivs)' /proc/self/status
	[ "$status" -eq 0 ]
	[[ "$output" == *"CapInh:	0000000000000000"* ]]
	[[ "$output" == *"CapPrm:	0000000000000000"* ]]
	[[ "$output" == *"CapEff:	0000000000000000"* ]]
	[[ "$output" == *"CapAmb:	0000000000000000"* ]]
	[[ "$output" == *"NoNewPrivs:	1"* ]]
	if is_root; then
		[[ "$output" == *"CapBnd:	0000000000000000"* ]]
	fi
}

@test "a descriptor left open without CLOEXEC is not reachable" {
	exec 7</etc/hostname
	run "$PROBE" fds
	[[ "$output" == *7* ]]
	run "$SCIF" run $RO -- "$PROBE" fds
	exec 7<&-
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "--pass-fd keeps exactly the named descriptor" {
	exec 7</etc/hostname 8</etc/hostname
	run "$SCIF" run $RO --pass-fd 8 -- "$PROBE" fds
	exec 7<&- 8<&-
	[ "$status" -eq 0 ]
	[ "$output" = 8 ]
}

@test "the job is in a session of its own, with umask 077 and default signals" {
	trap '' USR1
	run grep SigIgn /proc/self/status
	[[ "$output" != *"0000000000000000"* ]]
	# Without a pid namespace, where the session id is visible.
	run "$SCIF" run $RO --namespaces off -- sh -c 'echo $$; cut -d" " -f6 /proc/$$/stat; umask; grep -E "SigIgn|SigBlk" /proc/self/status'
	trap - USR1
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "${lines[1]}" ]
	[ "${lines[2]}" = 0077 ]
	[[ "${lines[3]}" == *"0000000000000000" ]]
	[[ "${lines[4]}" == *"0000000000000000" ]]
}

@test "--time 1 ends a sleeping shell within about a second" {
	run "$SCIF" run $RO --time 1 --report json -- sh -c 'sleep 100'
	[ "$status" -eq 124 ]
	[[ "$output" == *"wall-clock limit"* ]]
	wall=$(echo "${lines[1]}" | jq -r .wall_s)
	awk -v w="$wall" 'BEGIN { exit !(w >= 0.9 && w < 3) }'
}

@test "a grandchild that left the session does not outlive the run" {
	m=$(marker)
	# Without scif, the escaped process survives its parent's end.
	timeout 1 "$PROBE" escape 30 "$m" || true
	left=$(pids_with "$m")
	[ -n "$left" ]
	kill_pids "$left"
	m=$(marker)
	run "$SCIF" run $RO --time 1 -- "$PROBE" escape 30 "$m"
	[ "$status" -eq 124 ]
	[ "${lines[0]}" = escaped ]
	[ -z "$(pids_with "$m")" ]
}

@test "processes of a job that exited normally are killed too" {
	m=$(marker)
	run "$SCIF" run $RO -- sh -c "$PROBE escape 30 $m & sleep 0.3; exit 0"
	[ "$status" -eq 0 ]
	[ -z "$(pids_with "$m")" ]
}

@test "the job dies with its supervisor (death signal kept across the uid switch)" {
	m=$(marker)
	"$PROBE" sleep 30 "$m" &
	bare=$!
	sleep 0.2
	[ -n "$(pids_with "$m")" ]
	kill -9 "$bare"
	m=$(marker)
	"$SCIF" run $RO -- "$PROBE" sleep 30 "$m" &
	sup=$!
	for _ in $(seq 50); do [ -n "$(pids_with "$m")" ] && break; sleep 0.1; done
	[ -n "$(pids_with "$m")" ]
	kill -9 "$sup"
	sleep 0.3
	[ -z "$(pids_with "$m")" ]
}

@test "--memory 64M makes a 200 MB allocation fail" {
	run "$PROBE" alloc 200
	[ "$status" -eq 0 ]
	run "$SCIF" run $RO --memory 64M -- "$PROBE" alloc 200
	[ "$status" -eq 3 ]
	[[ "$output" == *refused* ]]
}

@test "--fsize stops a large write" {
	d=$(job_dir)
	run "$PROBE" write "$d/big" 8
	[ "$status" -eq 0 ]
	rm -f "$d/big"
	run "$SCIF" run $RO --rw "$d" --fsize 1M --report json -- "$PROBE" write "$d/big" 8
	[ "$status" -eq 153 ]
	[ "$(echo "$output" | tail -n 1 | jq -r .reason)" = fsize ]
	[ "$(stat -c %s "$d/big")" -le 1048576 ]
	rm -rf "$d"
}

@test "--nproc bounds the processes a job can make" {
	run "$PROBE" forks 60 1
	[ "$output" = "forked 60 of 60" ]
	run "$SCIF" run $RO --nproc 40 -- "$PROBE" forks 60 1
	[ "$status" -eq 0 ]
	n=$(echo "$output" | awk '{print $2}')
	[ "$n" -lt 40 ]
}

@test "--nproc stops a fork bomb without harming the caller" {
	m=$(marker)
	run "$SCIF" run $RO --nproc 50 --time 2 -- "$PROBE" bomb "$m"
	[ "$status" -eq 124 ]
	[ -z "$(pids_with "$m")" ]
	run "$PROBE" forks 5 0
	[ "$output" = "forked 5 of 5" ]
}

@test "--cpu ends a busy loop and says why" {
	run "$SCIF" run $RO --cpu 1 --report json -- sh -c 'while :; do :; done'
	[ "$status" -eq 152 ] || [ "$status" -eq 137 ]
	[ "$(echo "$output" | tail -n 1 | jq -r .reason)" = cpu ]
}

@test "report: normal exit" {
	run "$SCIF" run $RO --report json -- true
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '.reason == "exit" and .exit_code == 0 and .status == 0 and .signal == null and (.argv == ["true"]) and (.layers | index("no_new_privs")) and .wall_s > 0'
}

@test "report: non-zero exit" {
	run "$SCIF" run $RO --report json -- sh -c 'exit 3'
	[ "$status" -eq 3 ]
	echo "$output" | jq -e '.reason == "exit" and .exit_code == 3 and .status == 3'
}

@test "report: killed by a signal" {
	run "$SCIF" run $RO --report json -- sh -c 'kill -SEGV $$'
	[ "$status" -eq 139 ]
	echo "$output" | jq -e '.reason == "signal" and .signal == 11 and .signal_name == "SIGSEGV" and .exit_code == null and .status == 139'
}

@test "report: timeout, to a chosen descriptor" {
	run "$SCIF" run $RO --time 200ms --report json --report-fd 9 -- sleep 5 9>"$BATS_TEST_TMPDIR/r.json"
	[ "$status" -eq 124 ]
	jq -e '.reason == "timeout" and .status == 124 and .signal == 9 and (.layers | index("wallclock"))' "$BATS_TEST_TMPDIR/r.json"
}

# Bad usage: one line, the documented status, and nothing runs.
bad_usage() { # STATUS ARGS...
	want=$1; shift
	d=$(job_dir)
	run "$SCIF" run $RO "$@" touch "$d/ran"
	[ "$status" -eq "$want" ]
	[ "${#lines[@]}" -eq 1 ]
	[[ "${lines[0]}" == "scif: "* ]]
	[ ! -e "$d/ran" ]
	rm -rf "$d"
}

@test "bad usage: unknown option" { bad_usage 120 --bogus --; }
@test "bad usage: missing --" { bad_usage 120 --time 1; }
@test "bad usage: bad size" { bad_usage 120 --memory 12Q --; }
@test "bad usage: bad duration" { bad_usage 120 --time 5x --; }
@test "bad usage: zero nproc" { bad_usage 120 --nproc 0 --; }
@test "bad usage: bad descriptor" { bad_usage 120 --pass-fd 99 --; }

@test "bad usage: nonexistent program" {
	run -127 "$SCIF" run -- no-such-program-xyz
	[ "$status" -eq 127 ]
	[ "${#lines[@]}" -eq 1 ]
	[[ "$output" == *"program not found: no-such-program-xyz"* ]]
}

@test "a relative program path works wherever the job starts" {
	cd "$HELPERS/.."
	run "$SCIF" run $RO -- ./helpers/jobprobe fds
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "a file that is not executable" {
	run "$SCIF" run $RO -- /etc/hostname
	[ "$status" -eq 126 ]
	[ "${#lines[@]}" -eq 1 ]
}

@test "fail closed: an identity that cannot be taken runs nothing" {
	if is_root; then bad_usage 125 --user 0 --; else bad_usage 125 --user 4242 --; fi
	[[ "${lines[0]}" == "scif: identity: "* ]]
}

@test "unknown subcommand and --version" {
	run "$SCIF" frobnicate
	[ "$status" -eq 120 ]
	run "$SCIF" --version
	[ "$status" -eq 0 ]
	[[ "$output" == "scif "* ]]
}
