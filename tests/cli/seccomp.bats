#!/usr/bin/env bats
# The syscall filter: seccomp-bpf compiled by libseccomp from policy text,
# loaded last.  Each attack works without the filter and fails with it.

bats_require_minimum_version 1.5.0
load helpers

start_listener() {
	"$PROBE" listen >"$BATS_TEST_TMPDIR/listener" &
	lpid=$!
	for _ in $(seq 50); do [ -s "$BATS_TEST_TMPDIR/listener" ] && break; sleep 0.1; done
	port=$(head -n 1 "$BATS_TEST_TMPDIR/listener")
}

accepted() { grep -c accepted "$BATS_TEST_TMPDIR/listener" || true; }

@test "seed 0's policy (DEFAULT ERRNO(11)) keeps curl from connecting" {
	start_listener
	# --network: Landlock's TCP rule is off, only the filter stands.
	run curl -sS "http://127.0.0.1:$port/"
	[ "$(accepted)" -eq 1 ]
	# As written (for aarch64), the seed stops x86_64's loader itself: 127.
	run -127 "$SCIF" run --network --policy "$TOP/tests/policy/seed0.policy" -- \
		curl -sS "http://127.0.0.1:$port/"
	[ "$(accepted)" -eq 1 ]
	# The seed, with the x86_64 loader's calls added, lets curl start:
	# it runs and reports the refused socket as the seed's author saw.
	run "$SCIF" run --network --policy "$TOP/tests/policy/seed0-x86_64.policy" -- \
		curl -sS "http://127.0.0.1:$port/"
	[ "$status" -eq 7 ]
	[[ "$output" == *"Couldn't connect to server"* ]]
	[ "$(accepted)" -eq 1 ]
	# An allow-all policy under the same options connects: it was the filter.
	run "$SCIF" run --network --policy-string "$ALLOW_ALL" -- \
		curl -sS "http://127.0.0.1:$port/"
	kill "$lpid"
	[ "$status" -eq 52 ] || [ "$status" -eq 56 ] # empty reply or reset
	[ "$(accepted)" -eq 2 ]
}

@test "scif's default policy allows no internet socket, even with --network" {
	start_listener
	run "$SCIF" run $RO --network -- "$PROBE" connect "$port"
	[ "$status" -eq 3 ]
	[[ "$output" == "socket: "* ]]
	run "$SCIF" run $RO --network --policy-string "$ALLOW_ALL" -- \
		"$PROBE" connect "$port"
	kill "$lpid"
	[ "$output" = connected ]
}

convert_job() { # POLICYFILE
	d=$(job_dir)
	cp "$TOP/samples/scif-sample.png" "$d/in.png"
	chmod 0644 "$d/in.png"
	run "$SCIF" run --rw "$d" --policy "$1" --report json -- \
		convert "$d/in.png" -resize 50% "$d/out.jpg"
}

@test "convert runs under seed 1's policy plus glibc's needs, DEFAULT KILL_PROCESS" {
	convert_job "$TOP/profiles/imagemagick-convert.policy"
	[ "$status" -eq 0 ]
	[ "$(identify -format '%m %w' "$d/out.jpg")" = "JPEG 160" ]
	echo "$output" | jq -e '.layers | index("seccomp")'
	rm -rf "$d"
}

@test "the same run without getrandom is killed by SIGSYS, and scif says so" {
	grep -v '^ *getrandom,' "$TOP/profiles/imagemagick-convert.policy" >"$BATS_TEST_TMPDIR/p"
	! grep -q getrandom "$BATS_TEST_TMPDIR/p"
	convert_job "$BATS_TEST_TMPDIR/p"
	[ "$status" -eq 159 ]
	[[ "$output" == *"scif: the program made a system call its policy forbids"* ]]
	echo "$output" | tail -n 1 | jq -e '.reason == "seccomp" and .signal_name == "SIGSYS"'
	[ ! -e "$d/out.jpg" ]
	rm -rf "$d"
}

@test "seed 1's policy as written kills convert on this glibc" {
	convert_job "$TOP/tests/policy/seed1.policy"
	[ "$status" -eq 159 ]
	rm -rf "$d"
}

@test "i386 (int 0x80) and x32 syscalls are killed though allowed natively" {
	[ "$(uname -m)" = x86_64 ] || skip "x86_64 only"
	allow="$ALLOW_ALL"
	run "$HELPERS/foreignabi" int80
	[ "$status" -eq 0 ]
	[[ "$output" =~ ^"int80 returned "[1-9][0-9]*$ ]]
	run "$HELPERS/foreignabi" x32
	[ "$status" -eq 0 ]
	run "$SCIF" run $RO --policy-string "$allow" -- "$HELPERS/foreignabi" native
	[ "$status" -eq 0 ]
	run "$SCIF" run $RO --policy-string "$allow" -- "$HELPERS/foreignabi" int80
	[ "$status" -eq 159 ]
	run "$SCIF" run $RO --policy-string "$allow" -- "$HELPERS/foreignabi" x32
	[ "$status" -eq 159 ]
	run "$SCIF" run $RO -- "$HELPERS/foreignabi" int80
	[ "$status" -eq 159 ]
}

@test "a policy that refuses execve is rejected before anything runs" {
	d=$(job_dir)
	run "$SCIF" run --rw "$d" --policy-string 'ALLOW { read } DEFAULT ERRNO(1)' -- touch "$d/ran"
	[ "$status" -eq 121 ]
	[ "${#lines[@]}" -eq 1 ]
	[ ! -e "$d/ran" ]
	rm -rf "$d"
}

bad_policy() { # TEXT EXPECTED-MESSAGE-PART
	d=$(job_dir)
	printf '%s\n' "$1" >"$d/bad.policy"
	run "$SCIF" run --rw "$d" --policy "$d/bad.policy" -- touch "$d/ran"
	[ "$status" -eq 121 ]
	[[ "${lines[0]}" == "scif: $d/bad.policy:"[0-9]*:[0-9]*": "*"$2"* ]]
	[ ! -e "$d/ran" ]
	rm -rf "$d"
}

@test "malformed: unbalanced braces" { bad_policy 'ALLOW { read, write DEFAULT KILL' ''; }
@test "malformed: unknown action" { bad_policy 'PERMIT { read } DEFAULT KILL' ''; }
@test "malformed: unknown syscall, with a suggestion" { bad_policy 'ALLOW { raed } DEFAULT KILL' 'read'; }
@test "malformed: undefined constant" { bad_policy 'ALLOW { socket(d) { d == AF_NOPE } } DEFAULT KILL' 'AF_NOPE'; }
@test "malformed: argument index out of range" { bad_policy 'ALLOW { read(a, b, c, d, e, f, g) { g == 1 } } DEFAULT KILL' ''; }

@test "malformed: #include recursion" {
	d=$(job_dir)
	printf '#include "b.policy"\nALLOW { read } DEFAULT KILL\n' >"$d/a.policy"
	printf '#include "a.policy"\n' >"$d/b.policy"
	run "$SCIF" run --policy "$d/a.policy" -- true
	[ "$status" -eq 121 ]
	[[ "$output" == *"policy:"[0-9]*:[0-9]*": "* ]]
	rm -rf "$d"
}
