#!/bin/sh
# tests/soak/soak.sh [BUILDDIR] - SOAK_JOBS (20,000) jobs from SOAK_CLIENTS
# (32) concurrent clients through one scif serve --pool daemon; soak.c
# checks every reply.  The daemon's processes, descriptors, mounts (its
# own and the host's), cgroups, the workers' private directories and RSS
# are counted before (after a
# warm-up) and after: none may leak, RSS may grow by at most RSS_BOUND
# kB.  Prints TAP (one test) and a one-line summary.
set -u
cd "$(dirname "$0")/../.." || exit 2
b=${1:-build}
SCIF=$(pwd)/$b/scif
JOBS=${SOAK_JOBS:-20000}
CLIENTS=${SOAK_CLIENTS:-32}
POOL=4
RSS_BOUND=1024
tmp=$(mktemp -d)
chmod 0755 "$tmp"
dpid=
trap '[ -z "$dpid" ] || kill -9 "$dpid" 2>/dev/null; rm -rf "$tmp"' EXIT
echo "1..1"

mkdir "$tmp/profiles" "$tmp/jobs"
cat >"$tmp/profiles/soak.cfg" <<-'CFG'
	name: "soak"
	program: "/bin/true"
	program: "/bin/false"
	program: "/bin/sleep"
	program: "/bin/sh"
	program: "/usr/bin/unshare"
	time_limit: 20
CFG
convert -size 200x150 gradient:green-blue "$tmp/in.png"
i=0
while [ "$i" -lt "$CLIENTS" ]; do
	mkdir "$tmp/jobs/c$i"
	cp "$tmp/in.png" "$tmp/jobs/c$i/"
	chmod 0777 "$tmp/jobs/c$i"
	chmod 0666 "$tmp/jobs/c$i/in.png"
	i=$((i + 1))
done
mkdir -m 0755 "$tmp/t"
TMPDIR=$tmp/t "$SCIF" serve --socket "$tmp/s.sock" --profiles "$tmp/profiles" \
	--profiles profiles --pool "$POOL" --max-jobs 8 --queue 64 \
	</dev/null 2>"$tmp/log" &
dpid=$!

stats() { "$SCIF" serve --stats "$tmp/s.sock" 2>/dev/null; }
nprof=$(($(ls profiles/*.cfg | wc -l) + 1))
# Every slot prepared again (the last jobs' slots refill after them).
settle() {
	for _ in $(seq 400); do
		[ "$(stats | jq '.pool_ready == '$((POOL * nprof))' and .running == 0')" = true ] && return 0
		sleep 0.05
	done
	return 1
}
# The daemon's descendants.
procs() {
	ps -e -o pid=,ppid= | awk -v d="$dpid" '
		{ pp[$1] = $2 }
		END { for (p in pp) { q = pp[p]
			while (q != "" && q != d && q > 1) q = pp[q]
			if (q == d) n++ }
		      print n + 0 }'
}
measure() {
	echo "procs $(procs) fds $(ls "/proc/$dpid/fd" | wc -l)" \
	     "mounts $(wc -l <"/proc/$dpid/mountinfo")" \
	     "host_mounts $(findmnt -rn | wc -l)" \
	     "cgroups $(find /sys/fs/cgroup -type d 2>/dev/null | wc -l)" \
	     "private_dirs $(find "$tmp/t" -mindepth 2 2>/dev/null | wc -l)"
}
rss() { awk '/^VmRSS/ { print $2 }' "/proc/$dpid/status"; }

fail() {
	echo "not ok 1 soak: $*"
	sed 's/^/# daemon: /' "$tmp/log" | tail -20
	exit 1
}

settle || fail "the pool never got ready"
"$b/soak/soak" "$tmp/s.sock" "$tmp/jobs" 500 "$CLIENTS" >/dev/null ||
	fail "warm-up"
settle || fail "the pool did not refill after the warm-up"
s0=$(stats)
before=$(measure) rss0=$(rss)
line=$("$b/soak/soak" "$tmp/s.sock" "$tmp/jobs" "$JOBS" "$CLIENTS") ||
	fail "wrong replies: $line"
settle || fail "the pool did not refill"
after=$(measure) rss1=$(rss)
s1=$(stats)
d() { echo $(($(echo "$s1" | jq ".$1") - $(echo "$s0" | jq ".$1"))); }
disc=$(echo "$line" | sed 's/.* disconnect \([0-9]*\).*/\1/')
echo "# $line"
echo "# before: $before rss ${rss0} kB"
echo "# after:  $after rss ${rss1} kB"
echo "# stats: run $(d jobs_run) pooled $(d jobs_pooled) killed $(d jobs_killed) abandoned $(d jobs_abandoned) failed $(d jobs_failed) rejected $(d requests_rejected)"
[ "$before" = "$after" ] || fail "leaked: before '$before', after '$after'"
[ $((rss1 - rss0)) -le "$RSS_BOUND" ] ||
	fail "RSS grew by $((rss1 - rss0)) kB (bound $RSS_BOUND)"
[ "$(d jobs_abandoned)" -eq "$disc" ] || fail "abandoned $(d jobs_abandoned), disconnects $disc"
[ "$(d jobs_failed)" -eq 0 ] && [ "$(d requests_rejected)" -eq 0 ] ||
	fail "failed or rejected jobs"
[ "$(d jobs_run)" -eq $((JOBS - disc)) ] || fail "jobs_run $(d jobs_run)"
kill -TERM "$dpid"
wait "$dpid" || fail "the daemon did not drain cleanly"
dpid=
[ -z "$(ls -A "$tmp/t")" ] || fail "private directories left: $(ls "$tmp/t")"
echo "ok 1 soak: $line, RSS ${rss0}->${rss1} kB"
