#!/usr/bin/env bats
# scif serve: jobs sent with scif run --via run under the daemon's
# profiles, one worker and one sandbox each; hostile clients get an
# error reply and change nothing for the others; nothing is left behind.
# Each test starts its own daemon on a socket under $BATS_TEST_TMPDIR and
# ends it by its pid.

load helpers

setup() {
	pdir=$BATS_TEST_TMPDIR/profiles
	mkdir -p "$pdir"
	cat >"$pdir/shell.cfg" <<-'CFG'
	name: "shell"
	program: "/bin/true"
	program: "/bin/false"
	program: "/bin/sleep"
	program: "/bin/sh"
	program: "/usr/bin/unshare"
	time_limit: 20
	rlimit_as: 1024
	job_dir: true
	CFG
	sock=$BATS_TEST_TMPDIR/scif.sock
	dpid=
}

teardown() {
	[ -z "$dpid" ] || kill -9 "$dpid" 2>/dev/null || true
	# A hoarding client of a failed test: by its pid, or bats would wait
	# for it forever.
	[ -z "${h:-}" ] || kill -9 "$h" 2>/dev/null || true
}

# start_daemon [OPTIONS]: scif serve in the background, ready to answer.
start_daemon() {
	"$SCIF" serve --socket "$sock" --profiles "$pdir" \
		--profiles "$TOP/profiles" "$@" </dev/null \
		2>"$BATS_TEST_TMPDIR/daemon.log" 3>&- &
	dpid=$!
	for _ in $(seq 100); do
		[ -S "$sock" ] && "$HELPERS/rawframe" "$sock" stats \
			2>/dev/null | grep -q '^stats\|^error' && return 0
		sleep 0.05
	done
	return 1
}

stop_daemon() {
	kill -TERM "$dpid"
	wait "$dpid"
	dpid=
}

via() { "$SCIF" run --via "$sock" "$@" </dev/null; }

nfds() { ls "/proc/$dpid/fd" | wc -l; }

@test "daemon: --stats counts the jobs whose policy denied a call" {
	start_daemon --max-jobs 2
	run via -p shell -- /usr/bin/unshare -U /bin/true
	[ "$status" -eq 159 ]
	run via -p shell -- /bin/true
	[ "$status" -eq 0 ]
	run via -p shell -- /bin/false
	[ "$status" -eq 1 ]
	run "$SCIF" serve --stats "$sock"
	echo "$output"
	[ "$(echo "$output" | jq .jobs_run)" -eq 3 ]
	[ "$(echo "$output" | jq .jobs_violated)" -eq 1 ]
	[ "$(echo "$output" | jq .jobs_killed)" -eq 1 ]
	[ "$(echo "$output" | jq .jobs_exited)" -eq 1 ]
	[ "$(echo "$output" | jq .jobs_nonzero)" -eq 1 ]
	stop_daemon
}

@test "daemon: convert through --via -p imagemagick gives what scif run -p imagemagick gives" {
	start_daemon --max-jobs 2
	d=$(job_dir) b=$(job_dir)
	convert -size 640x480 gradient:red-blue -rotate 10 "$d/in.png"
	cp "$d/in.png" "$b/in.png"
	run via -p imagemagick --rw "$d" --report json -- convert "$d/in.png[0]" \
		-auto-orient -resize "1280x1280>" -quality 90 -strip "$d/out.jpg"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | tail -n 1 | jq -r .reason)" = exit ]
	# The same layers; a root daemon's net namespace is shared.
	via_layers=$(echo "$output" | tail -n 1 | jq -c '.layers - ["netns_shared"]')
	run "$SCIF" run -p "$TOP/profiles/imagemagick.cfg" --rw "$b" --report json \
		-- convert "$b/in.png[0]" -auto-orient -resize "1280x1280>" \
		-quality 90 -strip "$b/out.jpg" </dev/null
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | tail -n 1 | jq -c .layers)" = "$via_layers" ]
	cmp "$d/out.jpg" "$b/out.jpg"
	stop_daemon
	rm -rf "$d" "$b"
}

@test "daemon: a request may only tighten the daemon's profile" {
	start_daemon
	d=$(job_dir)
	run via -p imagemagick --memory 100G -- convert x: y:
	[ "$status" -eq 120 ]
	[[ "$output" == *"loosens profile 'imagemagick'"* ]]
	run via -p imagemagick -- /bin/sh -c true
	[ "$status" -eq 120 ]
	run via -p no-such-profile -- /bin/true
	[ "$status" -eq 120 ]
	[[ "$output" == *"no such profile"* ]]
	run via -p "$TOP/profiles/imagemagick.cfg" -- convert x: y:
	[ "$status" -eq 120 ]
	run via -p shell --policy /dev/null -- /bin/true
	[ "$status" -eq 120 ]
	[[ "$output" == *"not available with --via"* ]]
	# Tighter is fine: a shorter wall clock ends the job.
	run via -p shell --time 200ms -- /bin/sleep 5
	[ "$status" -eq 124 ]
	run via -p shell --rw "$d" -- /bin/sh -c 'echo hi >out; pwd'
	[ "$status" -eq 0 ]
	[ "$output" = "$d" ]
	[ "$(cat "$d/out")" = hi ]
	stop_daemon
	rm -rf "$d"
}

@test "daemon: a client whose uid is not allowed is refused" {
	start_daemon --allow-uid 4242 --allow-gid 4242
	run via -p shell -- /bin/true
	[ "$status" -eq 120 ]
	[[ "$output" == *"uid $(id -u) gid $(id -g) is not allowed"* ]]
	kill -0 "$dpid"
	stop_daemon
	start_daemon --allow-uid "$(id -u)"
	run via -p shell -- /bin/true
	[ "$status" -eq 0 ]
	stop_daemon
}

@test "daemon: malformed, oversized and wrong-version messages get error replies; serving goes on" {
	start_daemon
	before=$(nfds)
	run "$HELPERS/rawframe" "$sock" version
	[ "$output" = "error 2 120 unsupported protocol version" ]
	run "$HELPERS/rawframe" "$sock" oversized
	[ "$output" = "error 3 120 message too large" ]
	for k in short unknown badstring leftover nofds; do
		run "$HELPERS/rawframe" "$sock" "$k"
		[[ "$output" == "error 1 120 "* ]] || { echo "$k: $output"; return 1; }
	done
	run "$HELPERS/rawframe" "$sock" dirfd
	[[ "$output" == *"may not be directories"* ]]
	run "$HELPERS/rawframe" "$sock" true
	[ "$output" = "result 0" ]
	run via -p shell -- /bin/true
	[ "$status" -eq 0 ]
	run "$SCIF" serve --stats "$sock"
	[ "$(echo "$output" | jq .requests_rejected)" -eq 8 ]
	[ "$(echo "$output" | jq .jobs_run)" -eq 2 ]
	[ "$(nfds)" -eq "$before" ]
	stop_daemon
}

@test "daemon: passed descriptors that are not files or pipes get error replies; serving goes on" {
	start_daemon
	before=$(nfds)
	run "$HELPERS/rawframe" "$sock" passfile
	[ "$output" = "result 0" ]
	for k in passdir passsock passpath; do
		run "$HELPERS/rawframe" "$sock" "$k"
		[[ "$output" == "error 1 120 "* ]] || { echo "$k: $output"; return 1; }
	done
	for k in passcount passat; do
		run "$HELPERS/rawframe" "$sock" "$k"
		[[ "$output" == "error 1 120 malformed"* || "$output" == "error 1 120 a RUN request carries"* ]] ||
			{ echo "$k: $output"; return 1; }
	done
	# The client says so before sending: numbers outside 3 to 10.
	run "$SCIF" run --via "$sock" -p shell --pass-fd 2 -- /bin/true
	[ "$status" -eq 120 ]
	[[ "$output" == *"bad descriptor to pass"* ]]
	run "$SCIF" run --via "$sock" -p shell --pass-fd 11 -- /bin/true 11</dev/null
	[ "$status" -eq 120 ]
	run via -p shell -- /bin/true
	[ "$status" -eq 0 ]
	[ "$(nfds)" -eq "$before" ]
	stop_daemon
}

@test "daemon: --pass-fd: a job reads and writes the files it was given as descriptors, pooled or fresh, and no directory" {
	mkdir -p "$BATS_TEST_TMPDIR/im"
	cp -r "$TOP/profiles/imagemagick.cfg" "$TOP/profiles/imagemagick.policy" \
		"$TOP/profiles/imagemagick" "$TOP/profiles/glibc.policy" \
		"$pdir/shell.cfg" "$BATS_TEST_TMPDIR/im/"
	"$SCIF" serve --socket "$sock" --profiles "$BATS_TEST_TMPDIR/im" \
		--pool 1 </dev/null 2>"$BATS_TEST_TMPDIR/daemon.log" 3>&- &
	dpid=$!
	pool_ready 2
	d=$(job_dir)
	convert -size 320x240 plasma:fractal -seed 7 "$d/in.jpg"
	chmod 0644 "$d/in.jpg"
	convert fd:3 -resize 50% png:fd:4 3<"$d/in.jpg" 4>"$d/bare.png"
	want=$(identify -format '%m %wx%h %#' "$d/bare.png")
	# Pooled (no job directory): in from 3, out to 4, the report on 5.
	"$SCIF" run --via "$sock" -p imagemagick --pass-fd 3 --pass-fd 4 \
		--report json --report-fd 5 -- convert fd:3 -resize 50% png:fd:4 \
		3<"$d/in.jpg" 4>"$d/pooled.png" 5>"$d/report" </dev/null
	[ "$(identify -format '%m %wx%h %#' "$d/pooled.png")" = "$want" ]
	[ "$("$SCIF" serve --stats "$sock" | jq .jobs_pooled)" -eq 1 ]
	# Its report names the job's argv, as scif run's does.
	jq -e '.argv == ["convert", "fd:3", "-resize", "50%", "png:fd:4"]' "$d/report"
	# Fresh (a job directory): the descriptor keeps its number, 7.
	"$SCIF" run --via "$sock" -p imagemagick --rw "$d" --pass-fd 7 -- \
		convert fd:7 -resize 50% "$d/fresh.png" 7<"$d/in.jpg" </dev/null
	[ "$(identify -format '%m %wx%h %#' "$d/fresh.png")" = "$want" ]
	[ "$("$SCIF" serve --stats "$sock" | jq .jobs_pooled)" -eq 1 ]
	# The job has those it was given and no other, pooled or fresh.
	probe='for i in 3 4 5 6 7 8 9; do (: <&$i) 2>/dev/null && printf "%s " $i; done; true'
	pool_ready 2
	run "$SCIF" run --via "$sock" -p shell --pass-fd 4 --pass-fd 9 -- \
		/bin/sh -c "$probe" 4<"$d/in.jpg" 9>"$d/x" </dev/null
	[ "$status" -eq 0 ]
	[ "$output" = "4 9 " ]
	run "$SCIF" run --via "$sock" -p shell --rw "$d" --pass-fd 3 -- \
		/bin/sh -c "$probe" 3<"$d/in.jpg" </dev/null
	[ "$status" -eq 0 ]
	[ "$output" = "3 " ]
	# The attack a directory would allow: the files under it.  It works
	# without scif; the daemon refuses the descriptor.
	echo secret-7f3 >"$d/secret"
	run /bin/sh -c 'cat /dev/fd/3/secret' 3<"$d"
	[ "$output" = secret-7f3 ]
	run "$SCIF" run --via "$sock" -p shell --pass-fd 3 -- \
		/bin/sh -c 'cat <&3; cat /dev/fd/3/secret' 3<"$d" </dev/null
	[ "$status" -eq 120 ]
	[[ "$output" == *"not a regular file or a pipe"* ]]
	[[ "$output" != *secret-7f3* ]]
	stop_daemon
	rm -rf "$d"
}

# hoard FILE: uid 65534 connects 256 times and sits on them (pid in $h;
# none of bats' descriptors, which would keep bats waiting for it).
hoard() {
	setpriv --reuid=65534 --regid=65534 --clear-groups -- \
		"$HELPERS/rawframe" "$sock" hold 256 >"$1" 2>/dev/null </dev/null &
	h=$!
	for _ in $(seq 200); do grep -q held "$1" && break; sleep 0.05; done
	[ "$(cat "$1")" = "held 256" ]
}

@test "daemon: one uid that hoards connections cannot lock out another (--max-conns-per-uid)" {
	is_root || skip "needs a second uid"
	d=$(mktemp -d /tmp/scif-sock.XXXXXX)
	chmod 0755 "$d"
	sock=$d/s
	# The attack: uid 65534 takes every slot.  With the cap lifted,
	# root's client finds none.
	start_daemon --allow-uid 0 --allow-uid 65534 --max-conns-per-uid 256
	hoard "$d/held"
	# scif's client, which reads the reply of a daemon that closed with
	# its request unread (the kernel reports the reset first).
	run via -p shell -- /bin/true
	[ "$status" -eq 125 ]
	[[ "$output" == *"busy: too many connections"* ]]
	kill "$h"
	wait "$h" || true
	h=
	stop_daemon
	# With the default cap, 64 of 256, the hoarder is told busy past
	# its 64 and root is served meanwhile.
	start_daemon --allow-uid 0 --allow-uid 65534
	hoard "$d/held"
	run "$HELPERS/rawframe" "$sock" true
	[ "$output" = "result 0" ]
	run setpriv --reuid=65534 --regid=65534 --clear-groups -- \
		"$SCIF" run --via "$sock" -p shell -- /bin/true
	[ "$status" -eq 125 ]
	[[ "$output" == *"busy: uid 65534 holds 64 connections already"* ]]
	kill "$h"
	wait "$h" || true
	h=
	stop_daemon
	rm -rf "$d"
}

@test "daemon: out of descriptors, it stops accepting instead of spinning, and serves again once clients leave" {
	prlimit --nofile=40:40 "$SCIF" serve --socket "$sock" --profiles "$pdir" \
		--max-conns-per-uid 256 </dev/null \
		2>"$BATS_TEST_TMPDIR/daemon.log" 3>&- &
	dpid=$!
	for _ in $(seq 100); do
		[ -S "$sock" ] && "$HELPERS/rawframe" "$sock" stats 2>/dev/null |
			grep -q '^stats' && break
		sleep 0.05
	done
	"$HELPERS/rawframe" "$sock" hold 100 >"$BATS_TEST_TMPDIR/held" \
		2>/dev/null </dev/null &
	h=$!
	for _ in $(seq 200); do
		grep -q "accepting paused" "$BATS_TEST_TMPDIR/daemon.log" && break
		sleep 0.05
	done
	grep -q "out of descriptors: accepting paused" "$BATS_TEST_TMPDIR/daemon.log"
	# A pending connection keeps the socket readable: a daemon that
	# polled it would burn a CPU.  Its CPU time over a second:
	t0=$(awk '{ print $14 + $15 }' "/proc/$dpid/stat")
	sleep 1
	t1=$(awk '{ print $14 + $15 }' "/proc/$dpid/stat")
	[ $((t1 - t0)) -lt 20 ]
	kill "$h"
	wait "$h" || true
	h=
	run "$HELPERS/rawframe" "$sock" true
	[ "$output" = "result 0" ]
	stop_daemon
}

@test "daemon: a client that disconnects mid-job leaves nothing behind and disturbs no one" {
	start_daemon --max-jobs 2
	m=$(marker)
	"$SCIF" run --via "$sock" -p shell -- /bin/sh -c "sleep 30; : $m" \
		</dev/null >/dev/null 2>&1 3>&- &
	client=$!
	for _ in $(seq 100); do
		[ -n "$(pids_with "$m")" ] && break
		sleep 0.05
	done
	[ -n "$(pids_with "$m")" ]
	run via -p shell -- /bin/true
	[ "$status" -eq 0 ]
	kill -9 "$client"
	for _ in $(seq 100); do
		[ -z "$(pids_with "$m")" ] && [ -z "$(pgrep -P "$dpid")" ] && break
		sleep 0.05
	done
	[ -z "$(pids_with "$m")" ]
	[ -z "$(pgrep -P "$dpid")" ]
	run via -p shell -- /bin/true
	[ "$status" -eq 0 ]
	run "$SCIF" serve --stats "$sock"
	# Aborted with its client: no reply could be sent.
	[ "$(echo "$output" | jq .jobs_abandoned)" -eq 1 ]
	stop_daemon
}

@test "daemon: SIGHUP reloads the profiles; SIGTERM lets running jobs finish, refuses new ones" {
	start_daemon
	run via -p shell2 -- /bin/true
	[ "$status" -eq 120 ]
	cp "$pdir/shell.cfg" "$pdir/shell2.cfg"
	kill -HUP "$dpid"
	for _ in $(seq 50); do
		grep -q reloaded "$BATS_TEST_TMPDIR/daemon.log" && break
		sleep 0.05
	done
	run via -p shell2 -- /bin/true
	[ "$status" -eq 0 ]
	out=$BATS_TEST_TMPDIR/job.out
	"$SCIF" run --via "$sock" -p shell -- /bin/sh -c 'sleep 0.5; echo done' \
		</dev/null >"$out" 2>&1 3>&- &
	client=$!
	sleep 0.2
	kill -TERM "$dpid"
	run via -p shell -- /bin/true
	[ "$status" -eq 125 ]
	wait "$client"
	[ "$(cat "$out")" = done ]
	wait "$dpid"
	dpid=
	[ ! -e "$sock" ]
}

@test "daemon: systemd socket activation (LISTEN_FDS, fd 3)" {
	command -v systemd-socket-activate >/dev/null || skip "no systemd-socket-activate"
	systemd-socket-activate --seqpacket -l "$sock" "$SCIF" serve \
		--profiles "$pdir" </dev/null 2>/dev/null 3>&- &
	dpid=$!
	for _ in $(seq 50); do [ -S "$sock" ] && break; sleep 0.05; done
	run via -p shell -- /bin/sh -c 'echo activated'
	[ "$status" -eq 0 ]
	[ "$output" = activated ]
	stop_daemon
}

# One soak client: N jobs, each checked for its one expected reply.
soak_client() { # INDEX N JOBDIR
	local i st want
	for i in $(seq "$2"); do
		st=0
		case $((i % 25)):$((i % 20)):$((i % 7)) in
		0:*) want=0
			"$SCIF" run --via "$sock" -p imagemagick --rw "$3" -- \
				convert "$3/in.png" -resize 50% "$3/out.png" \
				</dev/null >/dev/null 2>&1 || st=$? ;;
		*:0:*) want=124
			"$SCIF" run --via "$sock" -p shell --time 100ms -- \
				/bin/sleep 5 </dev/null >/dev/null 2>&1 || st=$? ;;
		*:*:0) want=1
			"$SCIF" run --via "$sock" -p shell -- /bin/false \
				</dev/null >/dev/null 2>&1 || st=$? ;;
		*) want=0
			"$SCIF" run --via "$sock" -p shell -- /bin/true \
				</dev/null >/dev/null 2>&1 || st=$? ;;
		esac
		echo "$1 $i $want $st"
	done
}

@test "daemon: soak: 504 jobs from 8 concurrent clients, one right reply each, nothing leaked" {
	start_daemon --max-jobs 4 --queue 16
	before=$(nfds)
	res=$BATS_TEST_TMPDIR/soak
	pids=
	for c in 1 2 3 4 5 6 7 8; do
		j=$(job_dir)
		convert -size 200x150 gradient:green-blue "$j/in.png"
		chmod 0666 "$j/in.png"
		soak_client "$c" 63 "$j" >"$res.$c" 3>&- &
		pids="$pids $!"
	done
	for p in $pids; do wait "$p"; done
	cat "$res".* >"$res"
	[ "$(wc -l <"$res")" -eq 504 ]
	bad=$(awk '$3 != $4' "$res")
	[ -z "$bad" ] || { echo "$bad" | head; return 1; }
	run "$SCIF" serve --stats "$sock"
	echo "$output"
	[ "$(echo "$output" | jq .jobs_run)" -eq 504 ]
	[ "$(echo "$output" | jq .jobs_failed)" -eq 0 ]
	[ "$(echo "$output" | jq .jobs_killed)" -eq 24 ]
	[ "$(echo "$output" | jq .queued)" -eq 0 ]
	[ -z "$(pgrep -P "$dpid")" ]
	[ "$(nfds)" -eq "$before" ]
	stop_daemon
}

# --pool: start a daemon with only $pdir's profiles (shell) and N prepared
# sandboxes, and wait until they are ready.
start_pool_daemon() { # N [OPTIONS]
	local n=$1; shift
	"$SCIF" serve --socket "$sock" --profiles "$pdir" --pool "$n" "$@" \
		</dev/null 2>"$BATS_TEST_TMPDIR/daemon.log" 3>&- &
	dpid=$!
	pool_ready "$n"
}

pool_ready() { # N: wait until N sandboxes are prepared
	for _ in $(seq 200); do
		[ -S "$sock" ] && [ "$("$SCIF" serve --stats "$sock" 2>/dev/null |
			jq .pool_ready)" = "$1" ] && return 0
		sleep 0.05
	done
	return 1
}

# The sandboxes' outermost processes: the children of the daemon's workers.
sandboxes() {
	local w
	for w in $(pgrep -P "$dpid"); do pgrep -P "$w" || true; done
}

# Idle ones: every process under them is still scif (no program yet).
idle_sandboxes() {
	local r
	for r in $(sandboxes); do
		ps -e -o pid=,ppid=,comm= | awk -v r="$r" '
			{ pp[$1] = $2; c[$1] = $3 }
			END { for (p in pp) { q = p
				while (q != "" && q != r && q > 1) q = pp[q]
				if (q == r && c[p] != "scif") busy = 1 }
			      if (!busy) print r }'
	done
}

@test "daemon: --pool: a job runs in a sandbox prepared before its request" {
	start_pool_daemon 2
	before=$(sandboxes)
	[ "$(echo "$before" | wc -w)" -eq 2 ]
	run via -p shell --report json -- /bin/sh -c 'echo pooled'
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = pooled ]
	pid=$(echo "${lines[1]}" | jq .pid)
	echo "$before" | grep -qx "$pid"
	# The same layers as scif run's sandbox of the same profile (a root
	# daemon's net namespace is shared).
	[ "$(echo "${lines[1]}" | jq -c '.layers - ["netns_shared"]')" = "$(
		"$SCIF" run -p "$pdir/shell.cfg" --report json -- /bin/true \
			2>&1 </dev/null | jq -c .layers)" ]
	run "$SCIF" serve --stats "$sock"
	[ "$(echo "$output" | jq .jobs_pooled)" -eq 1 ]
	pool_ready 2 # refilled
	# A job directory cannot be prepared ahead: a fresh sandbox.
	d=$(job_dir)
	run via -p shell --rw "$d" -- /bin/sh -c 'pwd'
	[ "$output" = "$d" ]
	[ "$("$SCIF" serve --stats "$sock" | jq .jobs_pooled)" -eq 1 ]
	# Tighter limits and wall clock of the request apply in the pool.
	run via -p shell --memory 64M -- /bin/sh -c 'ulimit -v'
	[ "$output" = 65536 ]
	run via -p shell --time 200ms -- /bin/sleep 5
	[ "$status" -eq 124 ]
	run via -p shell --memory 100G -- /bin/true
	[ "$status" -eq 120 ]
	stop_daemon
	rm -rf "$d"
}

@test "daemon: no process of a job outlives its reply, pooled or fresh" {
	start_pool_daemon 1
	m=$(marker)
	job="(sh -c 'sleep 30; : $m') & sleep 0.2; exit 0"
	# Without scif, the background shell outlives the job.
	sh -c "$job"
	left=$(pids_with "$m")
	[ -n "$left" ]
	kill_pids "$left"
	run via -p shell -- /bin/sh -c "$job"
	[ "$status" -eq 0 ]
	[ -z "$(pids_with "$m")" ]
	[ "$("$SCIF" serve --stats "$sock" | jq .jobs_pooled)" -eq 1 ]
	d=$(job_dir)
	run via -p shell --rw "$d" -- /bin/sh -c "$job"
	[ "$status" -eq 0 ]
	[ -z "$(pids_with "$m")" ]
	stop_daemon
	rm -rf "$d"
}

@test "daemon: --pool: killing an idle sandbox, an idle worker or a running job disturbs no other job; the pool refills" {
	start_pool_daemon 2 --max-jobs 4
	out=$BATS_TEST_TMPDIR/b.out
	"$SCIF" run --via "$sock" -p shell -- /bin/sh -c 'sleep 1; echo B' \
		</dev/null >"$out" 2>&1 3>&- &
	b=$!
	pool_ready 2
	idle=$(idle_sandboxes)
	[ "$(echo "$idle" | wc -w)" -eq 2 ]
	set -- $idle
	kill -9 "$1"                          # an idle sandbox
	kill -9 "$(ps -o ppid= -p "$2")"      # an idle worker
	m=$(marker)
	"$SCIF" run --via "$sock" -p shell -- /bin/sh -c "sleep 30; : $m" \
		</dev/null >/dev/null 2>&1 3>&- &
	a=$!
	# The client has the marker at once; wait for the job's.
	for _ in $(seq 200); do
		[ -n "$(pids_with "$m" | grep -vx "$a")" ] && break
		sleep 0.05
	done
	kill -9 $(pids_with "$m" | grep -vx "$a")  # a running job, not its client
	st=0; wait "$a" || st=$?
	[ "$st" -eq 137 ]
	wait "$b"
	[ "$(cat "$out")" = B ]
	pool_ready 2
	run via -p shell -- /bin/sh -c 'echo after'
	[ "$output" = after ]
	[ -z "$(pids_with "$m")" ]
	run "$SCIF" serve --stats "$sock"
	[ "$(echo "$output" | jq .jobs_failed)" -eq 0 ]
	[ "$(echo "$output" | jq .jobs_run)" -eq 3 ]
	[ "$(echo "$output" | jq .jobs_killed)" -eq 1 ]
	stop_daemon
	[ -z "$(pids_with "$m")" ]
}

@test "daemon: an unmodified script calling convert through a via-shim" {
	start_daemon --pool 1
	s=$(job_dir) j=$(job_dir)
	cp "$TOP/samples/scif-sample.png" "$j/in.png"
	chmod 0644 "$j/in.png"
	printf '#!/bin/sh\ncd "$1" || exit 1\nconvert in.png -resize 50%% thumb.jpg\nidentify -format "%%m %%w\\n" thumb.jpg\n' >"$j/app.sh"
	chmod 0755 "$j/app.sh"
	run "$SCIF" shim install --dir "$s" --via "$sock" convert identify
	[ "$status" -eq 0 ]
	grep -q -- "run --via '$sock' -p 'imagemagick'" "$s/convert"
	run "$SCIF" shim install --dir "$s" --via relative.sock convert
	[ "$status" -eq 120 ]
	run env PATH="$s:/usr/bin:/bin" "$j/app.sh" "$j"
	[ "$status" -eq 0 ]
	[ "$output" = "JPEG 160" ]
	[ "$(echo "$("$SCIF" serve --stats "$sock")" | jq .jobs_run)" -eq 2 ]
	stop_daemon
	rm -rf "$s" "$j"
}

@test "daemon: --pool inside dockerlike: sandboxes prepared without namespaces still serve, with seccomp and Landlock" {
	dl="$HELPERS/dockerlike"
	[ -x "$dl" ] || skip "helper $dl not built (make tests)"
	"$dl" "$SCIF" serve --socket "$sock" --profiles "$pdir" --pool 2 \
		</dev/null 2>"$BATS_TEST_TMPDIR/daemon.log" 3>&- &
	dpid=$!
	pool_ready 2
	run via -p shell --report json -- /bin/sh -c 'cat /etc/hostname >/dev/null; echo ok'
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = ok ]
	layers=$(echo "${lines[1]}" | jq -c .layers)
	[[ "$layers" == *'"seccomp"'*'"landlock"'* ]]
	[[ "$layers" != *ns* ]]
	[ "$("$SCIF" serve --stats "$sock" | jq .jobs_pooled)" -eq 1 ]
	stop_daemon
}

@test "daemon: --pool: convert stdin to stdout runs in a prepared sandbox with a private temporary directory, and reaches no other file" {
	tmp=$BATS_TEST_TMPDIR/tmp
	mkdir -m 0755 "$tmp"
	# Only ImageMagick's profile: its pool is the whole pool.
	mkdir -p "$BATS_TEST_TMPDIR/im"
	cp -r "$TOP/profiles/imagemagick.cfg" "$TOP/profiles/imagemagick.policy" \
		"$TOP/profiles/imagemagick" "$TOP/profiles/glibc.policy" \
		"$BATS_TEST_TMPDIR/im/"
	TMPDIR=$tmp "$SCIF" serve --socket "$sock" --profiles "$BATS_TEST_TMPDIR/im" \
		--pool 1 </dev/null 2>"$BATS_TEST_TMPDIR/daemon.log" 3>&- &
	dpid=$!
	pool_ready 1
	d=$(job_dir)
	convert -size 320x240 plasma:fractal -seed 7 "$d/in.jpg"
	convert -size 64x64 xc:red "$d/secret.png"
	chmod 0644 "$d/in.jpg" "$d/secret.png"
	before=$(sandboxes)
	"$SCIF" run --via "$sock" -p imagemagick --report json --report-fd 3 \
		-- convert jpg:- -resize 50% png:- <"$d/in.jpg" >"$d/out.png" \
		3>"$d/report"
	[ "$(identify -format '%m %wx%h' "$d/out.png")" = "PNG 160x120" ]
	# The job's pid is the sandbox prepared before the request.
	echo "$before" | grep -qx "$(jq .pid "$d/report")"
	[ "$("$SCIF" serve --stats "$sock" | jq .jobs_pooled)" -eq 1 ]
	# Its temporary files went to its own directory, gone once it ended.
	pool_ready 1
	run "$SCIF" run --via "$sock" -p imagemagick -- identify - <"$d/in.jpg"
	[ "$status" -eq 0 ]
	[[ "$output" == *"$tmp/scif-serve."*/[0-9]*/magick-* ]]
	pool_ready 1
	# The attack: name a file the client did not pass.  It works
	# without scif...
	convert "$d/secret.png" png:- >"$d/leak.png"
	pool_ready 1
	[ "$(identify -format '%wx%h' "$d/leak.png")" = 64x64 ]
	# ...and fails in the pooled sandbox, as does reading another
	# sandbox's temporary directory.
	run "$SCIF" run --via "$sock" -p imagemagick -- \
		convert "$d/secret.png" png:- </dev/null
	[ "$status" -ne 0 ]
	[[ "$output" != *PNG* ]]
	pool_ready 1
	run "$SCIF" run --via "$sock" -p imagemagick -- \
		identify "$tmp"/scif-serve.*/*/ </dev/null
	[ "$status" -ne 0 ]
	[ "$("$SCIF" serve --stats "$sock" | jq .jobs_pooled)" -eq 4 ]
	stop_daemon
	# Nothing left of the private directories.
	[ -z "$(ls -A "$tmp")" ]
	rm -rf "$d"
}

@test "daemon: the private directories of a daemon killed with SIGKILL are removed by the next one" {
	tmp=$BATS_TEST_TMPDIR/tmp
	mkdir -m 0755 "$tmp"
	TMPDIR=$tmp "$SCIF" serve --socket "$sock" --profiles "$pdir" \
		--pool 1 </dev/null 2>"$BATS_TEST_TMPDIR/daemon.log" 3>&- &
	dpid=$!
	pool_ready 1
	first=$(ls "$tmp")
	[ -n "$(ls "$tmp/$first")" ] # the worker's directory
	kill -9 "$dpid"
	wait "$dpid" || true
	dpid=
	# Left behind: nothing ran to remove it.
	sleep 0.2
	[ -d "$tmp/$first" ]
	sock=$BATS_TEST_TMPDIR/scif2.sock
	TMPDIR=$tmp "$SCIF" serve --socket "$sock" --profiles "$pdir" \
		</dev/null 2>"$BATS_TEST_TMPDIR/daemon2.log" 3>&- &
	dpid=$!
	pool_ready 0
	[ ! -e "$tmp/$first" ]
	grep -q "killed before: removed 1" "$BATS_TEST_TMPDIR/daemon2.log"
	# Its own stays while it lives, and goes with its end.
	[ "$(ls "$tmp" | wc -l)" -eq 1 ]
	run via -p shell -- /bin/true
	[ "$status" -eq 0 ]
	stop_daemon
	[ -z "$(ls -A "$tmp")" ]
}

@test "daemon: --pool: a root daemon prepares its sandboxes at nice 19; the job runs at the daemon's nice" {
	start_pool_daemon 2
	dn=$(ps -o ni= -p "$dpid" | tr -d ' ')
	want=$dn
	# Without CAP_SYS_NICE (not root), or started niced: nothing to
	# restore, its own nice.
	eff=$(awk '/^CapEff/ { print $2 }' "/proc/$dpid/status")
	[ $((0x$eff >> 23 & 1)) -eq 0 ] || [ "$dn" -ne 0 ] || want=19
	for p in $(sandboxes); do
		[ "$(ps -o ni= -p "$p" | tr -d ' ')" -eq "$want" ]
	done
	run via -p shell -- /bin/sh -c 'nice'
	[ "$status" -eq 0 ]
	[ "$output" = "$dn" ]
	[ "$("$SCIF" serve --stats "$sock" | jq .jobs_pooled)" -eq 1 ]
	stop_daemon
}

# wait_line FILE TEXT: until FILE has the line TEXT (10 s at most).
wait_line() {
	for _ in $(seq 100); do
		grep -qx "$2" "$1" 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}

# abstract_profile: $pdir/abstract.cfg, for jobprobe with socket, connect,
# bind and listen allowed (AF_UNIX only), so that Landlock's scoping
# alone must keep one job from another's abstract socket.
abstract_profile() {
	cat >"$pdir/abstract.cfg" <<-CFG
	name: "abstract"
	program: "$PROBE"
	time_limit: 30
	job_dir: true
	mount { src: "$HELPERS" dst: "$HELPERS" is_bind: true }
	seccomp_string: "ALLOW { socket(domain) { domain == AF_UNIX } }"
	seccomp_string: "ERRNO(EAFNOSUPPORT) { socket }"
	seccomp_string: "DEFAULT ALLOW"
	CFG
}

# serve_per_profile N: a daemon with one prepared sandbox per profile of
# $pdir (N in all), and room for four jobs at once.
serve_per_profile() {
	"$SCIF" serve --socket "$sock" --profiles "$pdir" --pool 1 --max-jobs 4 \
		</dev/null 2>"$BATS_TEST_TMPDIR/daemon.log" 3>&- &
	dpid=$!
	pool_ready "$1"
}

# listening NAME FILE: a job of profile abstract listening on @NAME, its
# output in FILE; once it listens, its client's pid in $job_pid.
listening() {
	"$SCIF" run --via "$sock" -p abstract -- "$PROBE" abstract-listen "$1" \
		</dev/null >"$2" 2>&1 3>&- &
	job_pid=$!
	wait_line "$2" listening
}

@test "daemon: as root its sandboxes share one empty net namespace; no job reaches another's abstract socket" {
	abstract_profile
	name=scif-shared-$$-$RANDOM
	out=$BATS_TEST_TMPDIR
	# Without scif, two processes of one net namespace reach each
	# other's abstract sockets: the attack is real.
	"$PROBE" abstract-listen "$name-bare" >"$out/bare" 3>&- &
	l=$!
	wait_line "$out/bare" listening
	run "$PROBE" abstract-connect "$name-bare"
	kill "$l"
	[ "$status" -eq 0 ]
	[ "$output" = connected ]
	serve_per_profile 2 # shell and abstract
	listening "$name" "$out/a"
	a=$job_pid
	listening "$name-2" "$out/b"
	b=$job_pid
	# From another job, the same connect fails: pooled, and fresh (a
	# job directory).
	d=$(job_dir)
	for rw in "" "--rw $d"; do
		run via -p abstract $rw --report json -- "$PROBE" abstract-connect "$name"
		echo "$output"
		[ "$status" -eq 3 ]
		echo "${lines[1]}" | jq -e '.layers | index("landlock_scope") and index("netns")'
		if is_root; then
			# In the same namespace, where the name is found:
			# Landlock refuses it.
			[ "${lines[0]}" = "connect: Operation not permitted" ]
			echo "${lines[1]}" | jq -e '.layers | index("netns_shared")'
		else
			# Unprivileged, each sandbox has its own: no such
			# name there.
			[ "${lines[0]}" = "connect: Connection refused" ]
			echo "${lines[1]}" | jq -e '.layers | index("netns_shared") == null'
		fi
	done
	rm -rf "$d"
	# --stats says whether the daemon holds one for its sandboxes.
	shared=false
	is_root && shared=true
	[ "$("$SCIF" serve --stats "$sock" | jq .netns_shared)" = "$shared" ]
	if is_root; then
		pa=$(pgrep -f "^$PROBE abstract-listen $name\$")
		pb=$(pgrep -f "^$PROBE abstract-listen $name-2\$")
		# Both jobs are in one net namespace, not ours, with nothing
		# but a loopback that is down.
		[ "$(readlink "/proc/$pa/ns/net")" = "$(readlink "/proc/$pb/ns/net")" ]
		[ "$(readlink "/proc/$pa/ns/net")" != "$(readlink /proc/self/ns/net)" ]
		[ "$(awk -F: 'NR > 2 { print $1 }' "/proc/$pa/net/dev" | tr -d ' ')" = lo ]
		run nsenter -t "$pa" -n ip -o link show up
		[ "$status" -eq 0 ]
		[ -z "$output" ]
		# There, outside any sandbox, the connect goes through.
		run nsenter -t "$pa" -n "$PROBE" abstract-connect "$name"
		[ "$status" -eq 0 ]
		wait_line "$out/a" accepted
	fi
	# Nothing reached the other listening job.
	run grep -cx accepted "$out/b"
	[ "$output" = 0 ]
	kill "$a" "$b"
	wait "$a" "$b" || true
	stop_daemon
}

@test "daemon: a sandbox with /proc, the host's bound in, or allowed netlink sockets, gets a net namespace of its own" {
	is_root || skip "only a root daemon shares one"
	abstract_profile
	cat >"$pdir/proc.cfg" <<-CFG
	name: "proc"
	program: "/bin/cat"
	mount_proc: true
	CFG
	cat >"$pdir/hostproc.cfg" <<-CFG
	name: "hostproc"
	program: "/bin/cat"
	mount { src: "/proc" dst: "/proc" is_bind: true }
	CFG
	cat >"$pdir/netlink.cfg" <<-CFG
	name: "netlink"
	program: "/usr/bin/ss"
	seccomp_string: "DEFAULT ALLOW"
	CFG
	name=scif-seen-$$-$RANDOM
	out=$BATS_TEST_TMPDIR
	serve_per_profile 5 # shell, abstract, proc, hostproc and netlink
	listening "$name" "$out/a"
	a=$job_pid
	pa=$(pgrep -f "^$PROBE abstract-listen $name\$")
	# In the shared namespace, /proc/net/unix and a netlink query
	# (ss) list the listening job's socket ...
	grep -q "@$name\$" "/proc/$pa/net/unix"
	nsenter -t "$pa" -n ss -xlH | grep -q "@$name "
	# ... which the jobs that could ask see nothing of.
	run via -p proc --report json -- /bin/cat /proc/net/unix
	[ "$status" -eq 0 ]
	[[ "$output" != *"$name"* ]]
	echo "${lines[-1]}" | jq -e '(.layers | index("netns")) and (.layers | index("netns_shared")) == null'
	run via -p hostproc --report json -- /bin/cat /proc/self/net/unix
	[ "$status" -eq 0 ]
	[[ "$output" != *"$name"* ]]
	echo "${lines[-1]}" | jq -e '(.layers | index("netns")) and (.layers | index("netns_shared")) == null'
	run via -p netlink --report json -- /usr/bin/ss -xlH
	[ "$status" -eq 0 ]
	[[ "$output" != *"$name"* ]]
	echo "${lines[-1]}" | jq -e '(.layers | index("netns")) and (.layers | index("netns_shared")) == null'
	kill "$a"
	wait "$a" || true
	stop_daemon
}
