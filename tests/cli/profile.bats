#!/usr/bin/env bats
# Profiles: nsjail's configuration syntax read into the spec; errors with
# file:line:col and status 121, nothing run; the command line may only
# tighten a profile unless --override.

load helpers

setup() {
	d=$(job_dir)
	cp "$TOP/samples/scif-sample.png" "$d/in.png"
	chmod 0644 "$d/in.png"
}

teardown() { rm -rf "$d"; }

@test "our equivalent of nsjail's imagemagick-convert.cfg loads and converts" {
	sed "s|@JOB@|$d|g" "$TOP/tests/profiles/nsjail-imagemagick-convert.cfg" >"$d/im.cfg"
	run "$SCIF" run -p "$d/im.cfg" --report json -- /usr/bin/convert "jpg:$d/in.png" "png:$d/out.png"
	[ "$status" -eq 1 ] # not a JPEG: the prefix is honoured inside
	run "$SCIF" run -p "$d/im.cfg" --report json -- /usr/bin/convert "png:$d/in.png" "jpg:$d/out.jpg"
	[ "$status" -eq 0 ]
	[ "$(identify -format '%m %w' "$d/out.jpg")" = "JPEG 320" ]
	echo "${lines[-1]}" | jq -e '.layers | index("seccomp") and index("landlock")'
	# exec_bin: this profile runs convert and nothing else.
	run "$SCIF" run -p "$d/im.cfg" -- /bin/sh -c 'echo ran'
	[ "$status" -eq 120 ]
	[[ "$output" == *"not one of its programs"* ]]
}

@test "hostname, envar, cwd, time_limit and rlimits reach the job" {
	cat >"$d/t.cfg" <<-EOF
	name: "t" # a comment
	hostname: "jobhost"
	envar: "GREETING=hello world"
	cwd: "$d"
	time_limit: 1
	rlimit_nofile: 17
	rlimit_fsize: 1
	job_dir: true
	job_dir_env: "JOBDIR"
	EOF
	run "$SCIF" run -p "$d/t.cfg" --rw "$d" -- /bin/sh -c 'echo "$GREETING|$(pwd)|$(ulimit -n)|$JOBDIR"'
	[ "$status" -eq 0 ]
	[ "$output" = "hello world|$d|17|$d" ]
	if "$SCIF" run --report json -- true 2>&1 | jq -e '.layers | index("utsns")' >/dev/null; then
		printf 'hostname: "jobhost"\n' >"$d/h.cfg"
		run "$SCIF" run -p "$d/h.cfg" -- uname -n
		[ "$output" = jobhost ]
	fi
	run "$SCIF" run -p "$d/t.cfg" --rw "$d" -- sleep 5
	[ "$status" -eq 124 ]
}

bad_profile() { # TEXT LINE:COL MESSAGE-PART
	printf '%s\n' "$1" >"$d/bad.cfg"
	run "$SCIF" run -p "$d/bad.cfg" --rw "$d" -- touch "$d/ran"
	[ "$status" -eq 121 ] || { echo "status $status: $output"; return 1; }
	[ "${#lines[@]}" -eq 1 ]
	[[ "${lines[0]}" == "scif: $d/bad.cfg:$2: "*"$3"* ]] || { echo "got: ${lines[0]}"; return 1; }
	[ ! -e "$d/ran" ]
}

@test "bad: a field scif does not implement, named with its position" {
	bad_profile $'name: "x"\n  log_level: INFO' 2:3 "field 'log_level' is not supported"
	bad_profile $'mount {\n\tsrc: "/usr"\n\tprefix_src_env: "HOME"\n}' 3:2 "prefix_src_env"
	bad_profile 'exec_bin { path: "/usr/bin/convert" arg: "-x" }' 1:37 "'arg'"
}

@test "bad: syntax" {
	bad_profile 'name: "unterminated' 1:20 "unterminated string"
	bad_profile $'mount {\n src: "/usr"\n' 4:1 "unbalanced"
	bad_profile 'name "x"' 1:6 "expected ':'"
	bad_profile 'name: "a\qb"' 1:11 "unknown escape"
}

@test "bad: values" {
	bad_profile 'rlimit_as: -5' 1:12 "expected a number"
	bad_profile 'rlimit_as_type: SOMETIMES' 1:17 "VALUE, SOFT, HARD or INF"
	bad_profile 'mount { src: "/usr" dst: "/opt" is_bind: true }' 1:7 "differ"
	bad_profile 'mount { src: "/nonexistent-scif" is_bind: true }' 1:7 "mandatory: false"
	bad_profile $'name: "a"\nname: "b"' 2:1 "given twice"
	bad_profile 'clone_newpid: false' 1:15 "cannot leave out one namespace"
	bad_profile 'mode: LISTEN' 1:7 "only ONCE"
	bad_profile 'uidmap { inside_id: "0" outside_id: "1000" }' 1:8 "inside_id"
}

@test "bad: a policy error points into the seccomp_string lines" {
	bad_profile $'seccomp_string: "ALLOW {"\nseccomp_string: "  raed, execve"\nseccomp_string: "} DEFAULT KILL"' 2:20 "raed"
}

@test "a missing optional mount is skipped; is_bind rw gives write, noexec no exec" {
	cat >"$d/m.cfg" <<-EOF
	mount { src: "/nonexistent-scif" is_bind: true mandatory: false }
	mount { src: "$d" dst: "$d" is_bind: true rw: true }
	EOF
	run "$SCIF" run -p "$d/m.cfg" -- touch "$d/made"
	[ "$status" -eq 0 ]
	[ -e "$d/made" ]
}

@test "the command line tightens a profile, never loosens it, unless --override" {
	p="$TOP/profiles/imagemagick.cfg"
	conv=(convert "$d/in.png" "$d/out.jpg")
	run "$SCIF" run -p "$p" --rw "$d" --memory 1G --cpu 5 --time 30 --fsize 16M -- "${conv[@]}"
	[ "$status" -eq 0 ]
	for opts in "--memory 8G" "--cpu 3600" "--time 1h" "--fsize 4G" "--network" \
		"--env MAGICK_CONFIGURE_PATH=/tmp" "--policy-string ALLOW{execve}DEFAULT\ ALLOW" \
		"--rw /var/tmp" "--ro /home" "--proc" "--namespaces off" \
		"--ro-noexec /etc" "--ro /usr/bin" "--ro-noexec /usr/share"; do
		eval "set -- $opts"
		run "$SCIF" run -p "$p" --rw "$d" "$@" -- "${conv[@]}"
		[ "$status" -eq 120 ] || { echo "$opts: $status $output"; return 1; }
		[[ "$output" == *"loosens profile 'imagemagick'; only --override allows that"* ]]
	done
	[ ! -e "$d/out.jpg.x" ]
	run "$SCIF" run -p "$p" --rw "$d" -- gs -v
	[ "$status" -eq 120 ]
	run "$SCIF" run -p "$p" --rw "$d" --override --memory 3G -- "${conv[@]}"
	[ "$status" -eq 0 ]
	# Paths the profile already gives, with no more rights, are fine.
	run "$SCIF" run -p "$p" --rw "$d" --ro-noexec /etc/ImageMagick-6/policy.xml \
		--no-default-paths --ro-noexec /usr/share/ImageMagick-6 --ro /usr/bin/convert \
		-- /usr/bin/convert "$d/in.png" "$d/o2.jpg"
	[ "$status" -eq 0 ]
}

@test "profile search path: ./profiles by name; unknown names are usage errors" {
	mkdir -p "$d/profiles"
	printf 'name: "mine"\ndescription: "a local one"\n' >"$d/profiles/mine.cfg"
	cd "$d"
	run "$SCIF" run -p mine -- true
	[ "$status" -eq 0 ]
	run "$SCIF" profiles
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "mine "*"./profiles/mine.cfg: a local one" ]]
	run "$SCIF" run -p nosuchprofile -- true
	[ "$status" -eq 120 ]
	[[ "$output" == *"no profile 'nosuchprofile'"* ]]
}

@test "a shipped policy changed by one byte is compiled, not taken from the build" {
	# The shipped policies are compiled at build time and matched by
	# their exact texts, included files too (tools/gen_prebuilt_bpf.c).
	mkdir "$d/p"
	cp "$TOP/profiles/file.cfg" "$TOP/profiles/file.policy" "$TOP/profiles/glibc.policy" "$d/p/"
	run "$SCIF" run -p "$d/p/file.cfg" --rw "$d" -- /usr/bin/file -b --mime "$d/in.png"
	[ "$status" -eq 0 ]
	[ "$output" = "image/png; charset=binary" ]
	# One byte of the included file: close becomes clone, and file(1),
	# which closes what it opens, is killed for it.
	sed -i 's/ close,/ clone,/' "$d/p/glibc.policy"
	[ "$(cmp -l "$TOP/profiles/glibc.policy" "$d/p/glibc.policy" | wc -l)" -eq 1 ]
	run "$SCIF" run -p "$d/p/file.cfg" --rw "$d" -- /usr/bin/file -b --mime "$d/in.png"
	echo "$output"
	[ "$status" -eq 159 ]
	[[ "$output" == *"called close("* ]]
}
