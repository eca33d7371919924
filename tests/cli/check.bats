#!/usr/bin/env bats
# scif check: what confinement this host allows, as a table and as JSON.
# SCIF names the binary under test, HELPERS the directory of test helpers.

setup() {
	SCIF=${SCIF:-build/scif}
	HELPERS=${HELPERS:-build/helpers}
}

@test "check: exits 0 and prints a Landlock line" {
	run "$SCIF" check
	[ "$status" -eq 0 ]
	echo "$output" | grep -Eq '^landlock +[0-9]+ '
	echo "$output" | grep -Eq '^seccomp +(yes|no) '
	echo "$output" | grep -Eq '^ns\.mount +(yes|no) '
	echo "$output" | grep -Eq '^container +(yes|no) +heuristic'
}

@test "check --json: one object that jq parses, with the expected keys" {
	run "$SCIF" check --json
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
	echo "$output" | jq -e '
	    (.kernel.release | type == "string") and
	    (.identity.euid | type == "number") and
	    (.identity.cap_sys_admin | type == "boolean") and
	    (.no_new_privs.available | type == "boolean") and
	    (.seccomp.filter.available | type == "boolean") and
	    (.seccomp.user_notif.available | type == "boolean") and
	    (.seccomp.actions | has("kill_process") and has("log") and
	        has("user_notif")) and
	    (.landlock.abi | type == "number") and
	    (.landlock.enforced | type == "boolean") and
	    ([.namespaces | keys[]] == ["cgroup", "ipc", "mount", "net",
	        "pid", "time", "user", "uts"]) and
	    ([.namespaces[] | has("available") and has("how")] | all) and
	    (.cgroup2 | has("mounted") and has("path") and has("delegated")
	        and (.controllers | type == "array")) and
	    (.container.heuristic == true) and
	    (.container.signals | type == "array")' >/dev/null
}

@test "check --json agrees with the table" {
	run "$SCIF" check --json
	[ "$status" -eq 0 ]
	abi=$(echo "$output" | jq -r .landlock.abi)
	run "$SCIF" check
	[ "$status" -eq 0 ]
	echo "$output" | grep -Eq "^landlock +$abi "
}

@test "check: unknown option exits 120 with one line on stderr" {
	rc=0
	"$SCIF" check --bogus >"$BATS_TEST_TMPDIR/out" \
	    2>"$BATS_TEST_TMPDIR/err" || rc=$?
	[ "$rc" -eq 120 ]
	[ ! -s "$BATS_TEST_TMPDIR/out" ]
	[ "$(wc -l <"$BATS_TEST_TMPDIR/err")" -eq 1 ]
	grep -q -- '--bogus' "$BATS_TEST_TMPDIR/err"
}

@test "check: a stray argument exits 120" {
	run "$SCIF" check extra
	[ "$status" -eq 120 ]
}

@test "check --help: usage on stdout, exit 0" {
	run "$SCIF" check --help
	[ "$status" -eq 0 ]
	echo "$output" | grep -q '^usage: scif check'
}

# Unprivileged, namespaces other than user need a user namespace with them.
@test "check as nobody: namespaces come via userns" {
	[ "$(id -u)" -eq 0 ] || skip "needs root to switch to nobody"
	run setpriv --reuid=65534 --regid=65534 --clear-groups \
	    "$SCIF" check --json
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '.identity.cap_sys_admin == false' >/dev/null
	echo "$output" | jq -e '.namespaces.user.available' >/dev/null ||
	    skip "user namespaces are not available to nobody here"
	echo "$output" | jq -e '
	    .namespaces.user.how == "direct" and
	    ([.namespaces | to_entries[] | select(.key != "user") |
	        .value.how == "userns"] | all)' >/dev/null
}

# Docker's capability set and seccomp profile refuse every namespace, but
# leave seccomp (with user notification) and Landlock usable.
@test "check under dockerlike: no namespaces, seccomp and Landlock still" {
	dl="$HELPERS/dockerlike"
	[ -x "$dl" ] || skip "helper $dl not built (make tests)"
	run "$dl" "$SCIF" check --json
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '
	    ([.namespaces[] | .available == false] | all) and
	    .seccomp.filter.available and
	    .seccomp.user_notif.available and
	    .seccomp.filtered_here and
	    .landlock.abi >= 1 and .landlock.enforced and
	    .identity.cap_sys_admin == false and
	    .container.detected' >/dev/null
}
