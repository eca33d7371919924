#!/usr/bin/env bats
# scif policy check|dump|eval: the compiler from the command line.

load helpers

@test "policy check accepts both seeds as written" {
	run "$SCIF" policy check "$TOP/tests/policy/seed0.policy"
	[ "$status" -eq 0 ]
	run "$SCIF" policy check "$TOP/tests/policy/seed1.policy"
	[ "$status" -eq 0 ]
}

@test "policy check: an error has file:line:column, the line and a caret" {
	d=$(job_dir)
	printf 'POLICY p {\n  ALLOW { read, wirte }\n}\nUSE p DEFAULT KILL\n' >"$d/p.policy"
	run "$SCIF" policy check "$d/p.policy"
	[ "$status" -eq 121 ]
	[[ "${lines[0]}" == *"$d/p.policy:2:17: "*"wirte"* ]]
	[[ "$output" == *"write"* ]] # the suggestion
	[[ "$output" == *"^"* ]]
	rm -rf "$d"
}

@test "policy eval runs the compiled filter: actions, arguments, foreign arches" {
	p='POLICY p { ALLOW { read, socket(d) { d == AF_UNIX } } ERRNO(13) { write } } USE p DEFAULT KILL_PROCESS'
	run "$SCIF" policy eval --policy-string "$p" read
	[ "$output" = ALLOW ]
	run "$SCIF" policy eval --policy-string "$p" write
	[ "$output" = "ERRNO(13)" ]
	run "$SCIF" policy eval --policy-string "$p" socket 1
	[ "$output" = ALLOW ]
	run "$SCIF" policy eval --policy-string "$p" socket 2
	[ "$output" = KILL_PROCESS ]
	run "$SCIF" policy eval --policy-string "$p" getpid
	[ "$output" = KILL_PROCESS ]
	if [ "$(uname -m)" = x86_64 ]; then
		run "$SCIF" policy eval --arch i386 --policy-string "$p" read
		[ "$output" = KILL_PROCESS ]
		run "$SCIF" policy eval --arch x32 --policy-string "$p" read
		[ "$output" = KILL_PROCESS ]
	fi
}

@test "policy dump prints libseccomp's pseudo filter code" {
	run "$SCIF" policy dump "$TOP/tests/policy/seed1.policy"
	[ "$status" -eq 0 ]
	[[ "$output" == *"filter for arch"* ]]
}

@test "policy: usage errors" {
	run "$SCIF" policy frob x
	[ "$status" -eq 120 ]
	run "$SCIF" policy check /no/such.policy
	[ "$status" -eq 121 ]
	[ "${#lines[@]}" -ge 1 ]
}
