#!/usr/bin/env bats
# Seccomp violations named: a call the policy denies is reported with its
# name, number and arguments, from the program, a child, a grandchild and
# a second thread, on the host and in a Docker-like environment; --audit
# names them and lets them through.  Each call works without scif.

bats_require_minimum_version 1.5.0
load helpers

V=$HELPERS/violator

# A policy learned from the helper making no forbidden call at all, in
# the environment given (Docker's refusal of clone3 makes glibc create
# threads with clone: learn where the program will run).
learned_policy() {
	pol=$BATS_TEST_TMPDIR/violator.policy
	run "$@" "$SCIF" learn -o "$pol" $RO -- "$V" thread none
	[ "$status" -eq 0 ]
	run "$@" "$SCIF" learn -o "$pol" --merge "$pol" $RO -- "$V" grandchild none
	[ "$status" -eq 0 ]
	grep -q '^    clone(flags) { flags == ' "$pol"
	! grep -qE '^    (socket|ptrace|getpriority)' "$pol"
}

@test "socket(AF_INET) is named, from the program, a child, a grandchild, a thread" {
	[ "$(uname -m)" = x86_64 ] || skip "x86_64 numbers"
	learned_policy
	for w in self child grandchild thread; do
		violation_named "$w" socket socket 41 "2, 1, 0"
	done
	echo "${lines[-1]}" | jq -e '.violation.args[0:3] == [2, 1, 0]'
	[[ "${lines[1]}" == *"ALLOW { socket(domain) { domain == 2 } }" ]]
}

@test "ptrace and getpriority are named with their arguments" {
	[ "$(uname -m)" = x86_64 ] || skip "x86_64 numbers"
	learned_policy
	violation_named child ptrace ptrace 101 "16, 1, 0"
	violation_named thread getpriority getpriority 140 "0, 0, 0"
}

@test "the thread's and grandchild's pids are theirs, not the program's" {
	learned_policy
	run "$SCIF" run $RO --policy "$pol" --report json -- "$V" grandchild getpriority
	[ "$status" -eq 159 ]
	echo "${lines[-1]}" | jq -e '.violation.pid != .pid'
}

@test "an ERRNO default is answered with its errno, named in the report, and the job goes on" {
	learned_policy
	sed 's/DEFAULT KILL_PROCESS/DEFAULT ERRNO(13)/' "$pol" >"$BATS_TEST_TMPDIR/errno.policy"
	run "$SCIF" run $RO --policy "$BATS_TEST_TMPDIR/errno.policy" --report json -- "$V" self getpriority
	[ "$status" -eq 0 ]
	[[ "$output" == *"getpriority returned -1"* ]]
	# Answered, so in the report only: not a line on stderr.
	[[ "$output" != *"scif: seccomp:"* ]]
	echo "${lines[-1]}" | jq -e '.reason == "exit" and .violation.syscall == "getpriority" and
		.violation.action == "ERRNO(13)" and .violation.default and .violation.args[0:2] == [0, 0]'
	# Without scif the same call succeeds (the raw call returns 20 - nice).
	run "$V" self getpriority
	[[ "$output" =~ "getpriority returned "[0-9]+ ]]
}

@test "--audit names the call and lets it through" {
	learned_policy
	run "$SCIF" run $RO --audit --policy "$pol" --report json -- "$V" thread socket
	[ "$status" -eq 0 ]
	[[ "$output" =~ "socket returned "[0-9]+ ]]
	[[ "$output" == *"scif: audit: violator["*"] called socket(2, 1, 0, ...) (x86_64 #41): would be denied by policy violator (DEFAULT KILL_PROCESS)"* ]]
	echo "${lines[-1]}" | jq -e '.violation.enforced == false and (.layers | index("seccomp")) == null'
}

@test "--no-notify: the plain filter still kills, unnamed" {
	learned_policy
	run "$SCIF" run $RO --no-notify --policy "$pol" --report json -- "$V" self socket
	[ "$status" -eq 159 ]
	[[ "$output" != *"scif: seccomp: violator"* ]]
	echo "${lines[-1]}" | jq -e '.violation == null'
}

@test "in a Docker-like environment: named the same way" {
	[ -x "$HELPERS/dockerlike" ] || skip "dockerlike helper not built"
	learned_policy "$HELPERS/dockerlike"
	violation_named thread socket socket 41 "2, 1, 0" "$HELPERS/dockerlike"
	violation_named grandchild getpriority getpriority 140 "0, 0, 0" "$HELPERS/dockerlike"
}

@test "without namespaces, a policy that lets the listener be sent needs no relay; the program holds no listener" {
	# notify.h: the child sends the listener itself where the policy lets
	# that sendmsg and the execve through; else a relay sends it.
	[ -x "$HELPERS/dockerlike" ] || skip "dockerlike helper not built"
	learned_policy "$HELPERS/dockerlike"
	run grep -q sendmsg "$pol"
	[ "$status" -eq 1 ]
	mkdir "$BATS_TEST_TMPDIR/direct"
	sed 's/^USE /POLICY s { ALLOW { sendmsg } }\nUSE s, /' "$pol" >"$BATS_TEST_TMPDIR/direct/violator.policy"
	relay=$pol
	pol=$BATS_TEST_TMPDIR/direct/violator.policy
	violation_named thread socket socket 41 "2, 1, 0" "$HELPERS/dockerlike"
	violation_named grandchild getpriority getpriority 140 "0, 0, 0" "$HELPERS/dockerlike"
	# Exec closes the listener: the program cannot answer for itself.
	run "$SCIF" run $RO --namespaces off -- "$PROBE" fds
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	is_root || return 0
	# Under AddressSanitizer the child is forked, never shares our
	# memory (run.c, may_share()), and keeps the relay.
	[ "$SCIF" = "$TOP/build/scif" ] || return 0
	# One process of its uid is room for the program alone, not for a
	# relay beside it.
	run "$SCIF" run $RO --namespaces off --user 4243 --nproc 1 --policy "$pol" -- "$V" self none
	[ "$status" -eq 0 ]
	run "$SCIF" run $RO --namespaces off --user 4243 --nproc 1 --policy "$relay" -- "$V" self none
	[ "$status" -eq 125 ]
	[[ "$output" == *"clone: Resource temporarily unavailable"* ]]
}

@test "scif's default policy names what it kills (ptrace)" {
	run "$SCIF" run $RO --report json -- "$V" self ptrace
	[ "$status" -eq 159 ]
	[[ "${lines[0]}" == *"called ptrace(16, 1, 0, ...) (x86_64 #101): denied by policy default (KILL_PROCESS)" ]]
}

@test "scif check says how violations are named" {
	run "$SCIF" check
	[[ "$output" == *"seccomp.violations"*"named"*"user notification"* ]]
	run "$SCIF" check --json
	echo "$output" | jq -e ".seccomp.violations == \"user_notif\""
}

@test "--report json lists each distinct call, with its count" {
	learned_policy
	grep -q '^    getrandom,' "$pol"
	grep -v '^    getrandom,' "$pol" >"$BATS_TEST_TMPDIR/less.policy"
	run "$SCIF" run $RO --audit --policy "$BATS_TEST_TMPDIR/less.policy" --report json -- "$V" self getpriority
	[ "$status" -eq 0 ]
	echo "${lines[-1]}" | jq -e '[.violations[].syscall] as $s |
		($s | index("getpriority")) != null and ($s | index("getrandom")) != null and
		($s | length) == ($s | unique | length) and
		([.violations[].count] | add) == .violation.count'
}

@test "the program cannot ptrace its relay, which is not under the filter" {
	# Its parent, under user notification, is the relay: unfiltered.
	learned_policy
	sed 's/^USE /POLICY t { ALLOW { ptrace, getppid } }\nUSE t, /' "$pol" >"$BATS_TEST_TMPDIR/ptrace.policy"
	# Without scif a process may seize its parent (same uid).
	run "$V" self seizeparent
	[[ "$output" == *"seizeparent returned 0"* ]]
	run "$SCIF" run $RO --policy "$BATS_TEST_TMPDIR/ptrace.policy" -- "$V" self seizeparent
	[ "$status" -eq 0 ]
	[[ "$output" == *"seizeparent returned -1"* ]]
}

@test "without namespaces the program's parent is scif, which it cannot ptrace" {
	# No relay stays: the program is the supervisor's own child (run.c,
	# spawn_shared()); as nobody, of the same uid and dumpable.
	learned_policy
	sed 's/^USE /POLICY t { ALLOW { ptrace, getppid } }\nUSE t, /' "$pol" >"$BATS_TEST_TMPDIR/ptrace.policy"
	run "$V" self seizeparent
	[[ "$output" == *"seizeparent returned 0"* ]]
	run "$SCIF" run $RO --namespaces off --policy "$BATS_TEST_TMPDIR/ptrace.policy" -- "$V" self seizeparent
	[ "$status" -eq 0 ]
	[[ "$output" == *"seizeparent returned -1"* ]]
}
