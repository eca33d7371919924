#!/usr/bin/env bats
# One hostile program, every escape at once, in every environment: as
# root and as nobody (tests/run.sh runs this file as both), each on the
# host and inside a Docker-like environment (tests/helpers/dockerlike.c:
# Docker's capabilities and seccomp refusals).  Each attempt must succeed
# without scif, so the attacks are real, and be denied with it; a real
# conversion must still work.

load helpers

setup() {
	d=$(job_dir)          # the job's --rw directory
	o=$(job_dir)          # outside: the caller's files, an X11-like socket
	home=$(job_dir)
	echo secret >"$home/secret"
	chmod 0644 "$home/secret"
	mkdir -p "$o/x11" && chmod 0777 "$o/x11"
	cp "$TOP/samples/scif-sample.png" "$d/in.png" && chmod 0644 "$d/in.png"
	"$PROBE" listen >"$BATS_TEST_TMPDIR/tcp" &
	tcp_pid=$!
	"$PROBE" udp-listen >"$BATS_TEST_TMPDIR/udp" &
	udp_pid=$!
	abstract=scif-test-$$-$RANDOM
	"$PROBE" abstract-listen "$abstract" >"$BATS_TEST_TMPDIR/abs" &
	abs_pid=$!
	"$PROBE" unix-listen "$o/x11/X0" >"$BATS_TEST_TMPDIR/x11" &
	x11_pid=$!
	# The victim runs as the job's identity: only the sandbox stops it.
	if is_root; then
		setpriv --reuid=65534 --regid=65534 --clear-groups -- sleep 60 &
	else
		sleep 60 &
	fi
	victim=$!
	for f in tcp udp abs x11; do
		for _ in $(seq 50); do [ -s "$BATS_TEST_TMPDIR/$f" ] && break; sleep 0.1; done
	done
	chmod 0777 "$o/x11/X0"
	attacks=(read=/etc/shadow "read=$home/secret" read=/proc/1/environ
		"read=/proc/$victim/environ"
		"write=$o/pwned" "exec=$d/dropped"
		"tcp=$(head -n 1 "$BATS_TEST_TMPDIR/tcp")"
		"udp=$(head -n 1 "$BATS_TEST_TMPDIR/udp")"
		"abstract=$abstract" "unix=$o/x11/X0" "signal=$victim")
}

teardown() {
	kill "$tcp_pid" "$udp_pid" "$abs_pid" "$x11_pid" "$victim" 2>/dev/null || true
	rm -rf "$d" "$o" "$home"
}

# Without scif every attack works.  A file the caller itself cannot read
# in that environment (/etc/shadow as nobody; pid 1's or another uid's
# environ without CAP_SYS_PTRACE, as in Docker) is skipped: not scif's
# doing.
control() {
	run "$@" "$HELPERS/hostile" "${attacks[@]}"
	[ "$status" -eq 0 ]
	out=("${lines[@]}")
	for l in "${out[@]}"; do
		case "$l" in
		*": succeeded") ;;
		"read "*": denied"*)
			f=${l#read }
			f=${f%%: denied*}
			if "$@" cat "$f" >/dev/null 2>&1; then
				echo "control failed: $l"
				return 1
			fi ;;
		*) echo "control failed: $l"; return 1 ;;
		esac
	done
	rm -f "$o/pwned" "$d/dropped"
}

# With scif every attack is denied, and convert works.
confined() {
	run "$@" "$SCIF" run --rw "$d" --ro "$HELPERS" --report json -- \
		"$HELPERS/hostile" "${attacks[@]}"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 12 ]
	for l in "${lines[@]:0:11}"; do
		[[ "$l" == *": denied ("* ]] || { echo "escaped: $l"; return 1; }
	done
	report=${lines[11]}
	[ ! -e "$o/pwned" ]
	run "$@" "$SCIF" run --rw "$d" --cwd "$d" -- convert in.png -resize 50% out.jpg
	[ "$status" -eq 0 ]
	[ "$(identify -format '%m %w' "$d/out.jpg")" = "JPEG 160" ]
}

@test "on the host: every escape works without scif and fails with it" {
	control
	confined
	echo "$report" | jq -e '.layers | index("landlock") and index("seccomp") and index("mountns") and index("netns") and index("pidns")'
}

@test "in a Docker-like environment: the same, with Landlock and seccomp alone" {
	[ -x "$HELPERS/dockerlike" ] || skip "dockerlike helper not built"
	control "$HELPERS/dockerlike"
	confined "$HELPERS/dockerlike"
	echo "$report" | jq -e '(.layers | index("landlock") and index("landlock_net") and index("landlock_scope") and index("seccomp")) and (.layers | index("mountns")) == null'
}

# A real OCI container, where crun (Debian) can run one: Docker's default
# capabilities and its namespace refusals (tests/helpers/oci-run.sh).  It
# shares the host's network and pid namespaces so that the listeners and
# the victim are in reach: without scif every attack works in it.
oci() {
	bash "$TOP/tests/helpers/oci-run.sh" "$BATS_TEST_TMPDIR" \
		--bind "$d" --bind "$o" --bind-ro "$home" \
		--bind-ro "$(dirname "$SCIF")" --bind-ro "$HELPERS" -- "$@"
}

@test "in a real OCI container (crun): the same, with Landlock and seccomp alone" {
	is_root || skip "crun runs containers as root here"
	command -v crun >/dev/null || skip "crun (Debian package crun) is not installed"
	run oci /bin/true
	[ "$status" -eq 0 ] || skip "crun cannot run a container here: ${lines[*]}"
	run oci /bin/sh -c 'grep CapEff /proc/self/status; unshare -U true'
	[ "$status" -ne 0 ]
	[[ "${lines[0]}" == *00000000a80425fb ]]
	control oci
	confined oci
	echo "$report" | jq -e '(.layers | index("landlock") and index("landlock_net") and index("landlock_scope") and index("seccomp")) and (.layers | index("mountns")) == null'
}
