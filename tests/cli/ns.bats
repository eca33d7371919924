#!/usr/bin/env bats
# Namespaces (auto by default): a fresh root with only the job's paths,
# its own pids, no network, ipc and uts of its own.  Each attack works
# without them (--namespaces off, or no scif) and fails with them.  The
# syscall policy is opened wide ($ALLOW_ALL) so that it does not stop the
# attack first.

load helpers

setup() {
	ns=$("$SCIF" check --json | jq -r '.namespaces.mount.available')
	[ "$ns" = true ] || skip "this host refuses mount namespaces"
}

wait_for() { for _ in $(seq 50); do [ -s "$1" ] && return 0; sleep 0.1; done; return 1; }

@test "a file outside the job's paths does not exist in its view" {
	d=$(job_dir)
	echo secret >"$d/file"
	chmod 0644 "$d/file"
	run "$SCIF" run --namespaces off --policy-string "$ALLOW_ALL" -- cat "$d/file"
	[[ "$output" == *"Permission denied"* ]] # Landlock alone: denied
	run "$SCIF" run --policy-string "$ALLOW_ALL" -- cat "$d/file"
	[[ "$output" == *"No such file or directory"* ]] # not even there
	run "$SCIF" run --report json -- true
	echo "$output" | jq -e '.layers | index("mountns")'
	rm -rf "$d"
}

@test "a pathname unix socket (an X server, docker.sock) is out of reach" {
	d=$(job_dir)
	"$PROBE" unix-listen "$d/sock" >"$BATS_TEST_TMPDIR/l" &
	lpid=$!
	wait_for "$BATS_TEST_TMPDIR/l"
	chmod 0777 "$d/sock"
	# Landlock (ABI < 9) does not cover connecting to a unix socket:
	run "$SCIF" run --namespaces off --ro "$d" $RO --policy-string "$ALLOW_ALL" -- \
		"$PROBE" unix-connect "$d/sock"
	[ "$output" = connected ]
	# In a mount namespace, the socket's directory is not there at all,
	# unless named; and scif's default policy refuses connect anyway.
	run "$SCIF" run $RO --policy-string "$ALLOW_ALL" -- "$PROBE" unix-connect "$d/sock"
	[ "$status" -eq 3 ]
	[[ "$output" == *"No such file or directory"* ]]
	run "$SCIF" run --namespaces off --ro "$d" $RO -- "$PROBE" unix-connect "$d/sock"
	kill "$lpid"
	[ "$status" -ne 0 ]
	[ "$output" != connected ]
	rm -rf "$d"
}

@test "UDP, which Landlock does not cover, cannot leave the net namespace" {
	"$PROBE" udp-listen >"$BATS_TEST_TMPDIR/u" &
	lpid=$!
	wait_for "$BATS_TEST_TMPDIR/u"
	port=$(head -n 1 "$BATS_TEST_TMPDIR/u")
	run "$SCIF" run --namespaces off $RO --policy-string "$ALLOW_ALL" -- "$PROBE" udp-send "$port"
	[ "$output" = sent ]
	sleep 0.2
	[ "$(grep -c received "$BATS_TEST_TMPDIR/u")" -eq 1 ]
	run "$SCIF" run $RO --policy-string "$ALLOW_ALL" -- "$PROBE" udp-send "$port"
	[ "$status" -eq 3 ]
	sleep 0.2
	kill "$lpid"
	[ "$(grep -c received "$BATS_TEST_TMPDIR/u")" -eq 1 ]
}

@test "the job sees only its own processes" {
	run "$SCIF" run --namespaces off $RO --policy-string "$ALLOW_ALL" -- sh -c 'ls /proc | grep -c "^[0-9]"'
	[ "$output" -gt 10 ]
	# init, the seccomp relay (src/notify_exec.c), sh, ls and grep.
	run "$SCIF" run $RO --policy-string "$ALLOW_ALL" -- sh -c 'echo $$; ls /proc | grep -c "^[0-9]"'
	[ "${lines[0]}" -le 3 ]
	[ "${lines[1]}" -le 5 ]
}

@test "the exit status and a signal cross the pid namespace intact" {
	run "$SCIF" run $RO -- sh -c 'exit 42'
	[ "$status" -eq 42 ]
	run "$SCIF" run $RO --report json -- sh -c 'kill -SEGV $$'
	[ "$status" -eq 139 ]
	echo "$output" | jq -e '.signal_name == "SIGSEGV" and (.layers | index("pidns"))'
}

@test "a private --tmpfs is writable and empty; the host's /tmp is untouched" {
	m=$(marker)
	run "$SCIF" run --tmpfs /tmp -- sh -c "ls -A /tmp; echo x > /tmp/$m && cat /tmp/$m"
	[ "$status" -eq 0 ]
	[ "$output" = x ]
	[ ! -e "/tmp/$m" ]
}

@test "the job has its own hostname and ipc" {
	run "$SCIF" run -- hostname
	[ "$output" = scif ]
}

@test "--cwd and relative paths in the job's view" {
	d=$(job_dir)
	cp "$TOP/samples/scif-sample.png" "$d/in.png"
	chmod 0644 "$d/in.png"
	run "$SCIF" run --rw "$d" --cwd "$d" -- convert in.png -resize 10% out.png
	[ "$status" -eq 0 ]
	[ "$(identify -format %w "$d/out.png")" = 32 ]
	rm -rf "$d"
}

@test "as nobody, a user namespace comes first; as root, none is made" {
	run "$SCIF" run --report json -- true
	if is_root; then
		echo "$output" | jq -e '(.layers | index("userns")) == null and (.layers | index("uid"))'
	else
		echo "$output" | jq -e '(.layers | index("userns")) and (.layers | index("bounding_set"))'
	fi
}

# require_refused NS LAYER MESSAGE DIR: under refusens NS, --require LAYER
# fails closed with one line naming MESSAGE, and nothing runs.
require_refused() {
	run "$HELPERS/refusens" "$1" "$SCIF" run --require "$2" --rw "$4" -- touch "$4/ran"
	[ "$status" -eq 125 ]
	[ "${#lines[@]}" -eq 1 ]
	[[ "$output" == *"$3"* ]]
	[ ! -e "$4/ran" ]
}

# A host that refuses one namespace: the clone with every flag fails, and
# each namespace is then tried alone (the unshared path, ns.h).
@test "a host that refuses only the ipc namespace: the others still come, by the unshared path" {
	d=$(job_dir)
	# The clone path: the job is pid 2 under scif's init.
	run "$SCIF" run --report json -- /bin/sh -c 'echo $$'
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = 2 ]
	echo "${lines[1]}" | jq -e '(.layers | index("netns")) and (.layers | index("ipcns"))'
	run "$HELPERS/refusens" ipc "$SCIF" run --report json --rw "$d" -- /bin/sh -c "echo \$\$; touch $d/ran; exit 6"
	[ "$status" -eq 6 ]
	# Relay, init, then pid 2 that starts the program: pid 3.
	[ "${lines[0]}" = 3 ]
	echo "${lines[1]}" | jq -e '(.layers | index("ipcns")) == null and (.layers | index("netns")) and (.layers | index("pidns")) and (.layers | index("mountns")) and .exit_code == 6'
	[ -e "$d/ran" ]
	rm -f "$d/ran"
	require_refused ipc ipcns "ipc namespace" "$d"
	rm -rf "$d"
}

# As root the net namespace is made beside the child (netns.h); refused
# there, the child tries it itself, under the same rules.
@test "a host that refuses only the net namespace: the job runs without one, require fails closed" {
	d=$(job_dir)
	run "$HELPERS/refusens" net "$SCIF" run --report json --rw "$d" -- /bin/sh -c "touch $d/ran; exit 6"
	[ "$status" -eq 6 ]
	echo "${lines[0]}" | jq -e '(.layers | index("netns")) == null and (.layers | index("pidns")) and (.layers | index("mountns")) and .exit_code == 6'
	[ -e "$d/ran" ]
	rm -f "$d/ran"
	require_refused net netns "net namespace" "$d"
	rm -rf "$d"
}

# Binds get their flags from mount_setattr(2); a kernel before 5.12 has
# none, and a remount must give the same flags (mounts.c, add_flags).
@test "without mount_setattr (a kernel before 5.12), every mount has the same flags" {
	d=$(job_dir)
	flags() {
		"$@" "$SCIF" run --proc --rw "$d" -- /usr/bin/cat /proc/self/mountinfo |
			awk '{ print $5, $6 }'
	}
	now=$(flags env)
	old=$(flags "$HELPERS/refusens" mount_setattr)
	echo "$now"
	[ "$now" = "$old" ]
	# What they are: read-only, nosuid and nodev everywhere; noexec on
	# /etc and the job directory, which alone is writable.
	echo "$now" | grep -qx '/usr ro,nosuid,nodev,relatime'
	echo "$now" | grep -qx '/etc ro,nosuid,nodev,noexec,relatime'
	echo "$now" | grep -qx "$d rw,nosuid,nodev,noexec,relatime"
	rm -rf "$d"
}

# A container-like environment: Docker's capabilities and seccomp refusals.
@test "inside a Docker-like environment: auto degrades, require fails closed" {
	[ -x "$HELPERS/dockerlike" ] || skip "dockerlike helper not built"
	d=$(job_dir)
	run "$HELPERS/dockerlike" "$SCIF" run --report json -- true
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '(.layers | index("mountns")) == null and (.layers | index("landlock")) and (.layers | index("seccomp"))'
	run "$HELPERS/dockerlike" "$SCIF" run --namespaces require --rw "$d" -- touch "$d/ran"
	[ "$status" -eq 125 ]
	[ "${#lines[@]}" -eq 1 ]
	[[ "$output" == *"namespace"* ]]
	[ ! -e "$d/ran" ]
	run "$HELPERS/dockerlike" "$SCIF" run --require mountns --rw "$d" -- touch "$d/ran"
	[ "$status" -eq 125 ]
	[ ! -e "$d/ran" ]
	rm -rf "$d"
}

@test "inside a Docker-like environment, Landlock still hides files" {
	[ -x "$HELPERS/dockerlike" ] || skip "dockerlike helper not built"
	d=$(job_dir)
	echo secret >"$d/file"
	chmod 0644 "$d/file"
	run "$HELPERS/dockerlike" cat "$d/file"
	[ "$output" = secret ]
	run "$HELPERS/dockerlike" "$SCIF" run -- cat "$d/file"
	[ "$status" -ne 0 ]
	[[ "$output" == *"Permission denied"* ]]
	rm -rf "$d"
}
