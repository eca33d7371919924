#!/usr/bin/env bats
# Landlock, applied by default: each attack works without scif and fails
# with it, in the same test.  Namespaces are off here, as inside Docker,
# so that Landlock alone is what stops it (tests/cli/ns.bats covers them).

load helpers

setup() {
	[ "$("$SCIF" check --json | jq -r '.landlock.abi')" -ge 1 ] ||
		skip "no Landlock on this kernel"
}

# Run as the job's identity without scif: root's jobs run as 65534.
as_job() {
	if is_root; then
		setpriv --reuid=65534 --regid=65534 --clear-groups -- "$@"
	else
		"$@"
	fi
}

@test "a readable file outside the given paths cannot be read" {
	d=$(job_dir)
	echo top-secret >"$d/secret"
	chmod 0644 "$d/secret"
	run as_job cat "$d/secret"
	[ "$output" = top-secret ]
	run "$SCIF" run --namespaces off -- cat "$d/secret"
	[ "$status" -ne 0 ]
	[[ "$output" == *"Permission denied"* ]]
	run "$SCIF" run --namespaces off --ro-noexec "$d" -- cat "$d/secret"
	[ "$output" = top-secret ]
	rm -rf "$d"
}

@test "the host's /tmp and the caller's home are not visible" {
	run as_job ls /tmp
	[ "$status" -eq 0 ]
	run "$SCIF" run --namespaces off -- ls /tmp
	[ "$status" -ne 0 ]
	[[ "$output" == *"Permission denied"* ]]
}

@test "only an --rw directory can be written" {
	d=$(job_dir) o=$(job_dir)
	run as_job touch "$o/x"
	[ "$status" -eq 0 ]
	run "$SCIF" run --namespaces off --rw "$d" -- touch "$o/y" "$d/ok"
	[ "$status" -ne 0 ]
	[ ! -e "$o/y" ]
	[ -e "$d/ok" ]
	rm -rf "$d" "$o"
}

@test "nothing written to an --rw directory can be executed" {
	d=$(job_dir)
	cp /bin/true "$d/dropped"
	chmod 0755 "$d/dropped"
	run as_job "$d/dropped"
	[ "$status" -eq 0 ]
	run "$SCIF" run --namespaces off --rw "$d" -- "$d/dropped"
	[ "$status" -eq 126 ]
	[[ "$output" == *"Permission denied"* ]]
	rm -rf "$d"
}

@test "a TCP connection to a loopback listener is denied, --network allows it" {
	"$PROBE" listen >"$BATS_TEST_TMPDIR/port" &
	lpid=$!
	for _ in 1 2 3 4 5 6 7 8 9 10; do [ -s "$BATS_TEST_TMPDIR/port" ] && break; sleep 0.1; done
	port=$(cat "$BATS_TEST_TMPDIR/port")
	run "$PROBE" connect "$port"
	[ "$output" = connected ]
	# The syscall filter would refuse the socket too: allow all here.
	run "$SCIF" run --namespaces off $RO --policy-string "$ALLOW_ALL" -- "$PROBE" connect "$port"
	[ "$status" -eq 3 ]
	[ "$output" = "connect: Permission denied" ]
	run "$SCIF" run --namespaces off $RO --policy-string "$ALLOW_ALL" --network -- "$PROBE" connect "$port"
	kill "$lpid"
	[ "$output" = connected ]
}

@test "a process outside the job cannot be signalled" {
	# Not through the as_job function: $! must be the sleeping process.
	if is_root; then
		setpriv --reuid=65534 --regid=65534 --clear-groups -- sleep 30 &
	else
		sleep 30 &
	fi
	victim=$!
	sleep 0.2
	run as_job kill -0 "$victim"
	[ "$status" -eq 0 ]
	run "$SCIF" run --namespaces off -- kill -0 "$victim"
	kill "$victim"
	[ "$status" -ne 0 ]
}

@test "the report lists the Landlock layers; --require landlock holds here" {
	run "$SCIF" run --namespaces off --require landlock,landlock_net,landlock_scope --report json -- true
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '(.layers | index("landlock")) and (.layers | index("landlock_net")) and (.layers | index("landlock_scope"))'
	run "$SCIF" run --namespaces off --network --report json -- true
	echo "$output" | jq -e '(.layers | index("landlock_net")) == null'
}

@test "a missing --ro path is a usage error and runs nothing" {
	d=$(job_dir)
	run "$SCIF" run --namespaces off --ro /no/such/dir --rw "$d" -- touch "$d/ran"
	[ "$status" -eq 120 ]
	[ "${#lines[@]}" -eq 1 ]
	[[ "$output" == *"/no/such/dir"* ]]
	[ ! -e "$d/ran" ]
	rm -rf "$d"
}

# With every namespace the ruleset is built beside the child, as root by
# the net namespace's holder (netns.h), and must still be enforced: the
# mount namespace gives a writable /proc, Landlock a read-only one.
@test "with every namespace Landlock still applies: the job's /proc is read-only" {
	run as_job sh -c 'echo renamed >/proc/self/comm && read -r c </proc/self/comm && echo "$c"'
	[ "$output" = renamed ]
	run "$SCIF" run --proc --report json -- /bin/sh -c 'echo renamed >/proc/self/comm'
	[ "$status" -ne 0 ]
	[[ "${lines[0]}" == *"Permission denied"* ]]
	echo "${lines[1]}" | jq -e '(.layers | index("landlock")) and (.layers | index("mountns")) and (.layers | index("pidns"))'
}
