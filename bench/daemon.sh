#!/bin/sh
# bench/daemon.sh SCIF - latency of /bin/true bare, under scif run -p and
# through scif serve (scif run --via), with hyperfine; p50 and p99 of each
# into bench/out/daemon.md.
set -eu
cd "$(dirname "$0")/.."
SCIF=$(realpath "${1:-build/scif}")
RUNS=${RUNS:-300}
out=bench/out
mkdir -p "$out"
tmp=$(mktemp -d)
sock=$tmp/scif.sock
"$SCIF" serve --socket "$sock" --profiles bench/profiles --max-jobs 2 \
	</dev/null 2>"$tmp/log" &
dpid=$!
trap 'kill "$dpid" 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do [ -S "$sock" ] && break; sleep 0.05; done
hyperfine -N --warmup 20 --runs "$RUNS" --export-json "$out/daemon.json" \
	-n bare "/bin/true" \
	-n "scif run -p true" "$SCIF run -p bench/profiles/true.cfg -- /bin/true" \
	-n "scif run --via (daemon)" "$SCIF run --via $sock -p true -- /bin/true" \
	</dev/null >/dev/null
{
	echo "| command | p50 | p99 | mean | over bare (p50) |"
	echo "| --- | ---: | ---: | ---: | ---: |"
	jq -r '
	  def ms(x): ((x * 1000000 | round) / 1000 | tostring) + " ms";
	  def pct(a; p): (a | sort) as $s | $s[((($s | length) * p / 100) | ceil) - 1];
	  (.results[0].times) as $bare |
	  .results[] |
	  "| \(.command) | \(ms(pct(.times; 50))) | \(ms(pct(.times; 99))) | \(ms(.mean)) | \(ms(pct(.times; 50) - pct($bare; 50))) |"
	' "$out/daemon.json"
	echo
	echo "The daemon's own view (request received to worker reaped):"
	echo
	echo '```'
	"$SCIF" serve --stats "$sock"
	echo '```'
} >"$out/daemon.md"
cat "$out/daemon.md"
