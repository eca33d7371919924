#!/usr/bin/env bats
# Violations named where seccomp user notification cannot be used: under
# an outer filter that holds a listener (helpers/outernotify, as a
# container runtime using seccomp notify), the kernel refuses scif's own
# listener with EBUSY, and the supervisor names the calls as their ptrace
# tracer instead.  Each call works without scif; with it, the job is
# killed and the call named, from the program, a child, a grandchild and
# a second thread, on the host and in a Docker-like environment.

bats_require_minimum_version 1.5.0
load helpers

V=$HELPERS/violator
O=$HELPERS/outernotify

# Learned outside (learning needs user notification), from a thread and
# a grandchild making no forbidden call.
learned_policy() {
	pol=$BATS_TEST_TMPDIR/violator.policy
	run "$SCIF" learn -o "$pol" $RO -- "$V" thread none
	[ "$status" -eq 0 ]
	run "$SCIF" learn -o "$pol" --merge "$pol" $RO -- "$V" grandchild none
	[ "$status" -eq 0 ]
	! grep -qE '^    (socket|ptrace|getpriority)' "$pol"
}

# WHERE CALL NAME NR ARGS [WRAP...]: works bare under the outer filter,
# is named and killed in scif under it (helpers.bash), by the tracer.
named() {
	violation_named "$@" "$O"
	[[ "$output" == *"its policy forbids and was killed (SIGSYS)"* ]]
}

@test "the outer listener makes scif's own fail with EBUSY, and scif check names ptrace" {
	run "$SCIF" check --json
	echo "$output" | jq -e '.seccomp.violations == "user_notif"'
	run "$O" "$SCIF" check --json
	echo "$output" | jq -e '.seccomp.user_notif.error | test("busy")'
	echo "$output" | jq -e '.seccomp.ptrace.available and .seccomp.violations == "ptrace"'
	run "$O" "$SCIF" check
	[[ "$output" == *"seccomp.violations"*"named"*"by ptrace"* ]]
}

@test "socket(AF_INET) is named, from the program, a child, a grandchild, a thread" {
	[ "$(uname -m)" = x86_64 ] || skip "x86_64 numbers"
	learned_policy
	for w in self child grandchild thread; do
		named "$w" socket socket 41 "2, 1, 0"
	done
	echo "${lines[-1]}" | jq -e '.violation.args[0:3] == [2, 1, 0]'
}

@test "ptrace and getpriority are named with their arguments" {
	[ "$(uname -m)" = x86_64 ] || skip "x86_64 numbers"
	learned_policy
	named child ptrace ptrace 101 "16, 1, 0"
	named thread getpriority getpriority 140 "0, 0, 0"
	named grandchild getpriority getpriority 140 "0, 0, 0"
}

@test "the grandchild's pid is its own" {
	learned_policy
	run "$O" "$SCIF" run $RO --policy "$pol" --report json -- "$V" grandchild getpriority
	[ "$status" -eq 159 ]
	echo "${lines[-1]}" | jq -e '.violation.pid != .pid'
}

@test "an ERRNO default fails the call with its errno, named in the report" {
	learned_policy
	sed 's/DEFAULT KILL_PROCESS/DEFAULT ERRNO(13)/' "$pol" >"$BATS_TEST_TMPDIR/errno.policy"
	for w in self thread; do
		run "$O" "$SCIF" run $RO --policy "$BATS_TEST_TMPDIR/errno.policy" --report json -- "$V" "$w" getpriority
		[ "$status" -eq 0 ]
		[[ "$output" == *"getpriority returned -1"* ]]
		[[ "$output" != *"scif: seccomp:"* ]]
		echo "${lines[-1]}" | jq -e '.reason == "exit" and .violation.syscall == "getpriority" and
			.violation.action == "ERRNO(13)" and .violation.default'
	done
	run "$O" "$V" self getpriority
	[[ "$output" =~ "getpriority returned "[0-9]+ ]]
	# Each distinct call is in the report: getrandom fails too.
	grep -v '^    getrandom,' "$BATS_TEST_TMPDIR/errno.policy" >"$BATS_TEST_TMPDIR/less.policy"
	run "$O" "$SCIF" run $RO --policy "$BATS_TEST_TMPDIR/less.policy" --report json -- "$V" self getpriority
	echo "${lines[-1]}" | jq -e '[.violations[].syscall] as $s |
		($s | index("getpriority")) != null and ($s | index("getrandom")) != null'
}

@test "a child made to escape the tracer (CLONE_UNTRACED) kills the job" {
	learned_policy
	# The policy allows clone for this test alone.
	sed 's/^USE /POLICY c { ALLOW { clone } }\nUSE c, /' "$pol" >"$BATS_TEST_TMPDIR/clone.policy"
	run "$O" "$V" self untraced
	[[ "$output" =~ "untraced returned "[0-9]+ ]]
	run "$O" "$SCIF" run $RO --policy "$BATS_TEST_TMPDIR/clone.policy" --report json -- "$V" self untraced
	[ "$status" -eq 159 ]
	[[ "$output" != *"untraced returned"* ]]
	echo "${lines[-1]}" | jq -e '.reason == "seccomp"'
}

@test "a child made untraced (clone3) cannot be traced by the job, whose tracer would let a denied call run" {
	learned_policy
	# A learned policy allows clone3 (glibc's threads); this one ptrace too.
	grep -q '^    clone3,' "$pol"
	sed 's/^USE /POLICY c { ALLOW { ptrace, pipe2 } }\nUSE c, /' "$pol" >"$BATS_TEST_TMPDIR/self.policy"
	run "$O" "$V" self selftrace
	[[ "$output" =~ "escaped getpriority returned "[0-9]+ ]]
	run "$O" "$SCIF" run $RO --policy "$BATS_TEST_TMPDIR/self.policy" -- "$V" self selftrace
	echo "$output"
	[[ "$output" != *"escaped getpriority returned"* ]]
	[[ "$output" == *"selftrace returned -3"* ]]
	[ "$status" -eq 0 ]
}

@test "a call an outer filter traces stays refused (ENOSYS) where scif's policy allows it" {
	learned_policy
	sed 's/^USE /POLICY c { ALLOW { getpriority } }\nUSE c, /' "$pol" >"$BATS_TEST_TMPDIR/g.policy"
	run "$O" "$V" self getpriority
	[[ "$output" =~ "getpriority returned "[0-9]+ ]]
	# The outer runtime traces getpriority; without its tracer: ENOSYS.
	OUTERNOTIFY_TRACE=getpriority run "$O" "$V" self getpriority
	[[ "$output" == *"getpriority returned -1"* ]]
	OUTERNOTIFY_TRACE=getpriority run "$O" "$SCIF" run $RO --policy "$BATS_TEST_TMPDIR/g.policy" --report json -- "$V" self getpriority
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"getpriority returned -1"* ]]
	echo "${lines[-1]}" | jq -e '.violation == null'
}

@test "in a Docker-like environment: named the same way" {
	[ -x "$HELPERS/dockerlike" ] || skip "dockerlike helper not built"
	[ "$(uname -m)" = x86_64 ] || skip "x86_64 numbers"
	learned_policy
	# Docker refuses clone3 (glibc then makes threads with clone).
	run "$HELPERS/dockerlike" "$SCIF" learn -o "$pol" --merge "$pol" $RO -- "$V" thread none
	[ "$status" -eq 0 ]
	named thread socket socket 41 "2, 1, 0" "$HELPERS/dockerlike"
	named grandchild getpriority getpriority 140 "0, 0, 0" "$HELPERS/dockerlike"
}

@test "a real convert runs unchanged under its learned KILL_PROCESS policy, traced" {
	d=$(job_dir)
	convert "$TOP/samples/scif-sample.png" "$d/in.jpg"
	chmod 0644 "$d/in.jpg"
	p=$BATS_TEST_TMPDIR/convert.policy
	run "$SCIF" learn -o "$p" --rw "$d" -- convert "$d/in.jpg" -resize 50% "$d/learn.png"
	[ "$status" -eq 0 ]
	for wrap in "" "$HELPERS/dockerlike"; do
		rm -f "$d/out.png"
		run $wrap "$O" "$SCIF" run --rw "$d" --policy "$p" --report json -- \
			convert "$d/in.jpg" -resize 50% "$d/out.png"
		[ "$status" -eq 0 ]
		[ "$(identify -format '%m %w' "$d/out.png")" = "PNG 160" ]
		echo "${lines[-1]}" | jq -e '.violation == null and (.layers | index("seccomp"))'
	done
	# One call fewer: named, killed, nothing written.
	grep -v '^    getrandom,' "$p" >"$BATS_TEST_TMPDIR/less.policy"
	rm -f "$d/out.png"
	run "$O" "$SCIF" run --rw "$d" --policy "$BATS_TEST_TMPDIR/less.policy" -- \
		convert "$d/in.jpg" -resize 50% "$d/out.png"
	[ "$status" -eq 159 ]
	[[ "${lines[0]}" == *"called getrandom("*"(x86_64 #318): denied by policy less (DEFAULT KILL_PROCESS)" ]]
	[ ! -e "$d/out.png" ]
	rm -rf "$d"
}

@test "no process of the job is left behind after a traced kill" {
	learned_policy
	m=$(marker)
	run "$O" "$SCIF" run $RO --policy "$pol" -- "$V" grandchild socket "$m"
	[ "$status" -eq 159 ]
	[ -z "$(pids_with "$m")" ]
}

@test "signals, stops, exec and exit statuses are the same under the tracer" {
	d=$(job_dir)
	cat >"$d/sig.sh" <<'SH'
trap 'echo got USR1' USR1
kill -USR1 $$
(sleep 0.1; exit 3); echo sub=$?
sleep 1 & p=$!
kill -STOP $p; sleep 0.1; kill -CONT $p; wait $p; echo cont=$?
sleep 5 & p=$!; kill -TERM $p; wait $p; echo term=$?
exec /bin/echo execd
SH
	chmod 0644 "$d/sig.sh"
	run "$SCIF" run --ro "$d" -- /bin/sh "$d/sig.sh"
	[ "$status" -eq 0 ]
	want=$output
	[[ "$want" == *"got USR1"*"sub=3"*"cont=0"*"term=143"*"execd"* ]]
	run "$O" "$SCIF" run --ro "$d" -- /bin/sh "$d/sig.sh"
	[ "$status" -eq 0 ]
	[ "$output" = "$want" ]
	rm -rf "$d"
}
