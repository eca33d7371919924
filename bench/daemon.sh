#!/bin/sh
# bench/daemon.sh SCIF - /bin/true bare (fork+exec), under scif run -p and
# through a scif serve daemon with a pool of prepared sandboxes (requests
# sent by bench/loadgen through scif_client_run, so no scif executable
# starts for them): p50, p99 and mean latency one job at a time, and
# throughput with 4 concurrent clients; then paperclip's convert line bare
# and through the daemon (files, and stdin to stdout).  With
# SCIF_BEFORE=OTHER/scif, rows for that build's daemon too, in the same
# run.  Writes bench/out/daemon.md.
set -eu
cd "$(dirname "$0")/.."
SCIF=$(realpath "${1:-build/scif}")
B=$(dirname "$SCIF")
LG=$B/bench/loadgen
N=${RUNS:-1000}
out=bench/out
mkdir -p "$out"
tmp=$(mktemp -d)
chmod 0755 "$tmp"
sock=$tmp/scif.sock
serve() { # SCIF SOCKET: a daemon in the background, its pid in $!
	"$1" serve --socket "$2" --profiles bench/profiles --profiles profiles \
		--pool 4 --max-jobs 2 </dev/null 2>>"$tmp/log" &
}
ready() { # SCIF SOCKET
	for _ in $(seq 200); do
		[ -S "$2" ] && [ "$("$1" serve --stats "$2" | jq .pool_ready)" -gt 0 ] && return
		sleep 0.05
	done
}
serve "$SCIF" "$sock"
dpid=$! bpid=
# SCIF_BEFORE=OTHER/scif: another build's daemon beside this one, for a
# before/after comparison in the same run.
if [ -n "${SCIF_BEFORE:-}" ]; then
	SCIF_BEFORE=$(realpath "$SCIF_BEFORE")
	serve "$SCIF_BEFORE" "$tmp/before.sock"
	bpid=$!
fi
trap 'kill "$dpid" $bpid 2>/dev/null; rm -rf "$tmp"' EXIT
ready "$SCIF" "$sock"
[ -z "$bpid" ] || ready "$SCIF_BEFORE" "$tmp/before.sock"
sleep 1 # every profile's pool prepared
job=$tmp/job
mkdir "$job"
chmod 0777 "$job"
/usr/bin/convert -size 1280x960 plasma:fractal -seed 7 -quality 90 "$job/in.jpg"
chmod 0644 "$job/in.jpg"
row() { # NAME LOADGEN-ARGS...
	name=$1
	shift
	set -- $("$LG" "$@")
	echo "| $name | $2 | $4 | $6 | $8 |"
}
scif_run="$SCIF run -p bench/profiles/true.cfg -- /bin/true"
{
	echo "Load before: $(cut -d' ' -f1-3 /proc/loadavg)."
	echo
	echo "| /bin/true, $N jobs | p50 ms | p99 ms | mean ms | jobs/s |"
	echo "| --- | ---: | ---: | ---: | ---: |"
	# One job at a time (latency), then 4 clients (throughput).
	for c in 1 4; do
		at="$c clients"
		[ "$c" -gt 1 ] || at="1 at a time"
		row "bare fork+exec, $at" "$N" "$c" exec -- /bin/true
		row "scif run -p true, $at" "$N" "$c" exec -- $scif_run
		row "daemon (--pool 4), $at" "$N" "$c" via "$sock" true -- /bin/true
		[ -z "$bpid" ] || row "daemon before (--pool 4), $at" "$N" "$c" \
			via "$tmp/before.sock" true -- /bin/true
		row "daemon, no namespaces (--pool 4), $at" "$N" "$c" \
			via "$sock" true-nons -- /bin/true
	done
	echo
	line="$job/in.jpg[0] -auto-orient -resize 1280x1280> -quality 90 -strip"
	# The same line on stdin and stdout: no job directory, so a prepared
	# sandbox (its private directory holds ImageMagick's copy of stdin).
	sline="jpg:-[0] -auto-orient -resize 1280x1280> -quality 90 -strip jpg:-"
	# CROUNDS rounds of the four, each row's times pooled: one block of
	# 40 per row moved a ratio by 0.03 from run to run here, and 8 rounds
	# of 5 by 0.09 on a slower VM whose σ for one job was 6 ms.
	t=$tmp/times
	lg_p50() { # LOADGEN-ARGS...: the p50 of these jobs
		set -- $("$LG" "$@")
		echo "$2"
	}
	# Each round's four p50s, one line (ratios per round below).
	for _ in $(seq "${CROUNDS:-24}"); do
		echo "$(lg_p50 "${CRUNS:-5}" 1 exec times="$t.1" -- /usr/bin/convert $line "$job/bare.jpg")" \
			"$(lg_p50 "${CRUNS:-5}" 1 via "$sock" imagemagick "$job" times="$t.2" \
				-- /usr/bin/convert $line "$job/conf.jpg")" \
			"$(lg_p50 "${CRUNS:-5}" 1 exec in="$job/in.jpg" out="$job/bare-s.jpg" \
				times="$t.3" -- /usr/bin/convert $sline)" \
			"$(lg_p50 "${CRUNS:-5}" 1 via "$sock" imagemagick in="$job/in.jpg" \
				out="$job/pool-s.jpg" times="$t.4" -- /usr/bin/convert $sline)"
	done >"$t.rounds"
	pooled() { # NAME FILE: a row of the pooled times (µs, one per line)
		sort -n "$2" | awk -v name="$1" '{ v[NR] = $1; s += $1 }
			END { printf "| %s | %.3f | %.3f | %.3f | %d |\n", name,
				v[int((NR + 1) / 2)] / 1e3, v[int((NR * 99 + 99) / 100)] / 1e3,
				s / NR / 1e3, NR }'
	}
	n=$(wc -l <"$t.1")
	echo "| paperclip's convert, $n jobs each (${CROUNDS:-24} rounds) | p50 ms | p99 ms | mean ms | jobs |"
	echo "| --- | ---: | ---: | ---: | ---: |"
	pooled "bare fork+exec, files" "$t.1"
	pooled "daemon, job directory (fresh sandbox)" "$t.2"
	pooled "bare fork+exec, stdin to stdout" "$t.3"
	pooled "daemon, stdin to stdout (prepared sandbox)" "$t.4"
	p50() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
	# Round by round, daemon to bare: their median and its 95% interval.
	ci() { # COLUMN COLUMN of $t.rounds
		awk -v a="$1" -v b="$2" '{ print $a / $b }' "$t.rounds" |
			jq -s -r -f bench/median_ci.jq | jq -r \
			'"\(.median * 1000 | round / 1000) [95% CI \(.lo * 1000 | round / 1000), \(.hi * 1000 | round / 1000)]"'
	}
	echo
	echo "Ratios of the p50s: job directory $(echo "$(p50 "$t.2") $(p50 "$t.1")" | awk '{ printf "%.3f", $1 / $2 }'),"
	echo "stdin to stdout $(echo "$(p50 "$t.4") $(p50 "$t.3")" | awk '{ printf "%.3f", $1 / $2 }') (target: at most 1.02)."
	echo "Per round (each round's p50s, the rounds' median ratio): job"
	echo "directory $(ci 2 1), stdin to stdout $(ci 4 3)."
	echo
	echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg).  The daemon's own view:"
	echo
	echo '```'
	"$SCIF" serve --stats "$sock"
	echo '```'
} >"$out/daemon.md"
cat "$out/daemon.md"
