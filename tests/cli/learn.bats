#!/usr/bin/env bats
# scif learn: a policy for convert learned over PNG, JPEG, GIF, TIFF and
# WebP, under which each conversion then succeeds with DEFAULT
# KILL_PROCESS; --audit lists exactly the calls a policy lacks.

bats_require_minimum_version 1.5.0
load helpers

setup() {
	d=$(job_dir)
	cp "$TOP/samples/scif-sample.png" "$d/c1.png"
	for f in c2.jpg c3.gif c4.tiff c5.webp; do convert "$d/c1.png" "$d/$f"; done
	chmod 0644 "$d"/*
	pol=$BATS_TEST_TMPDIR/convert.policy
}

teardown() { rm -rf "$d"; }

learn_convert() { # WRAP...
	run "$@" "$SCIF" learn -o "$pol" --corpus "$d" --rw "$d" -- \
		convert {} -resize 50% {}.out.png
	[ "$status" -eq 0 ]
	for f in c1.png c2.jpg c3.gif c4.tiff c5.webp; do
		[ "$(identify -format %m "$d/$f.out.png")" = PNG ]
	done
	rm -f "$d"/*.out.png
	grep -q '^// Learned by scif learn from 5 runs of: convert {} -resize 50% {}.out.png$' "$pol"
	grep -q '^USE learned DEFAULT KILL_PROCESS$' "$pol"
	grep -qE '^    openat, // [0-9]+ calls$' "$pol"
	# Sorted, and a policy scif itself accepts.
	grep -oE '^    [a-z_0-9]+' "$pol" | sort -c
	"$SCIF" policy check "$pol"
}

convert_under() { # POLICY FILE WRAP...
	local p=$1 f=$2
	shift 2
	run "$@" "$SCIF" run --rw "$d" --policy "$p" --report json -- \
		convert "$d/$f" -resize 50% "$d/$f.out.png"
}

@test "learned over five formats, convert converts each of them under it" {
	learn_convert
	for f in c1.png c2.jpg c3.gif c4.tiff c5.webp; do
		convert_under "$pol" "$f"
		[ "$status" -eq 0 ]
		[ "$(identify -format '%m %w' "$d/$f.out.png")" = "PNG 160" ]
		echo "${lines[-1]}" | jq -e '.violation == null and (.layers | index("seccomp"))'
	done
	# A format not in the corpus works, or is reported by name.
	convert "$d/c1.png" "$d/c6.bmp" && chmod 0644 "$d/c6.bmp"
	convert_under "$pol" c6.bmp
	if [ "$status" -ne 0 ]; then
		[ "$status" -eq 159 ]
		[[ "${lines[0]}" =~ ^"scif: seccomp: convert["[0-9]+"] called "[a-z_0-9]+"(" ]]
	fi
}

@test "the learned policy is needed: without one call convert dies, named" {
	learn_convert
	grep -q '^    getrandom,' "$pol"
	grep -v '^    getrandom,' "$pol" >"$BATS_TEST_TMPDIR/less.policy"
	convert_under "$BATS_TEST_TMPDIR/less.policy" c2.jpg
	[ "$status" -eq 159 ]
	[[ "${lines[0]}" == *"called getrandom("*"(x86_64 #318): denied by policy less (DEFAULT KILL_PROCESS)" ]]
	[ ! -e "$d/c2.jpg.out.png" ]
}

@test "--audit on a real conversion lists exactly the calls the policy lacks" {
	learn_convert
	removed=$(grep -oE '^    (getrandom|sysinfo|times|readlink|getcwd),' "$pol" | tr -d ' ,' | sort)
	[ "$(echo "$removed" | wc -l)" -ge 2 ]
	grep -vE '^    (getrandom|sysinfo|times|readlink|getcwd),' "$pol" >"$BATS_TEST_TMPDIR/less.policy"
	run "$SCIF" run --audit --rw "$d" --policy "$BATS_TEST_TMPDIR/less.policy" --report json -- \
		convert "$d/c2.jpg" -resize 50% "$d/out.png"
	[ "$status" -eq 0 ]
	[ -s "$d/out.png" ]
	listed=$(printf '%s\n' "${lines[@]}" | sed -nE 's/^scif: audit: convert\[[0-9]+\] called ([a-z_0-9]+)\(.*would be denied.*/\1/p' | sort -u)
	[ "$listed" = "$removed" ]
	# The whole learned policy: nothing to list.
	run "$SCIF" run --audit --rw "$d" --policy "$pol" --report json -- \
		convert "$d/c2.jpg" -resize 50% "$d/out.png"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
	echo "${lines[0]}" | jq -e '.violation == null'
}

@test "in a Docker-like environment: learned there, convert works under it" {
	[ -x "$HELPERS/dockerlike" ] || skip "dockerlike helper not built"
	learn_convert "$HELPERS/dockerlike"
	for f in c1.png c5.webp; do
		convert_under "$pol" "$f" "$HELPERS/dockerlike"
		[ "$status" -eq 0 ]
	done
}

@test "a never-allowed call learned gets a loud warning" {
	run "$SCIF" learn -o "$pol" $RO -- "$HELPERS/violator" self ptrace
	[ "$status" -eq 0 ]
	grep -B2 '^    ptrace,' "$pol" | grep -q "WARNING: scif's default policy never allows ptrace"
	run "$SCIF" learn -o "$pol" $RO -- "$HELPERS/violator" self getpriority
	! grep -q WARNING "$pol"
}

@test "learn refuses to run without -o; -p takes a profile's layers" {
	run "$SCIF" learn -- true
	[ "$status" -eq 120 ]
	[[ "$output" == *"-o FILE is required"* ]]
	run "$SCIF" learn -o "$pol" -p no-such-profile-xyz -- true
	[ "$status" -ne 0 ]
	[ ! -e "$pol" ]
	d=$(job_dir)
	cp "$TOP/samples/scif-sample.png" "$d/in.png"
	chmod 0644 "$d/in.png"
	run "$SCIF" learn -o "$pol" -p imagemagick --rw "$d" -- convert "$d/in.png" "$d/out.jpg"
	[ "$status" -eq 0 ]
	grep -q '^ *read,' "$pol"
	[ -e "$d/out.jpg" ]
	rm -rf "$d"
}
