#!/bin/sh
# bench/launch.sh [SCIF] - launch cost of scif against a bare fork+exec and
# bubblewrap, measured together by hyperfine; writes bench/RESULTS.md's
# launch table.  A benchmark, not a test: it asserts nothing.  With
# OLD_SCIF, that build's rows too, in the same hyperfine run.
set -eu
cd "$(dirname "$0")/.."
SCIF=${1:-build/scif}
B=$(dirname "$SCIF")
out=bench/out
mkdir -p "$out"
runs=${RUNS:-300}
set -- -n bare '/bin/true'
# Floors: a launcher that only forks, execs and waits, static, per libc.
for libc in glibc musl; do
	[ -x "$B/bench/minlaunch-$libc" ] &&
		set -- "$@" -n "fork+exec+wait, static $libc" "$B/bench/minlaunch-$libc /bin/true"
done
# The kernel's part of scif's layers and nothing else (bench/floor.c):
# the least any launcher applying them costs here.  ns needs root with
# CAP_SYS_ADMIN (not inside Docker): a row only where it runs.
if [ -x "$B/bench/floor" ]; then
	for m in off ns; do
		"$B/bench/floor" $m /bin/true 2>/dev/null || continue
		if [ $m = off ]; then
			set -- "$@" -n 'floor: the layers without namespaces' "$B/bench/floor off /bin/true"
		else
			set -- "$@" -n 'floor: the layers in all namespaces but net' "$B/bench/floor ns /bin/true"
		fi
	done
fi
# scif with steps taken away, then every row of the README.  With
# OLD_SCIF=OTHER/scif, another build's rows in the same run, each right
# after the row it is compared with: hyperfine runs the commands of a
# round in their order, and the machine's speed drifts within a round.
set -- "$@" \
	-n 'scif, namespaces off, --no-notify' "$SCIF run --namespaces off --no-notify -- /bin/true" \
	-n 'scif, namespaces off (Docker)' "$SCIF run --namespaces off -- /bin/true"
[ -z "${OLD_SCIF:-}" ] ||
	set -- "$@" -n 'other build: namespaces off (Docker)' "$OLD_SCIF run --namespaces off -- /bin/true"
set -- "$@" \
	-n 'scif, all but net namespace' "$SCIF run --network -- /bin/true" \
	-n 'scif, all layers (default)' "$SCIF run -- /bin/true"
[ -z "${OLD_SCIF:-}" ] ||
	set -- "$@" -n 'other build: all layers (default)' "$OLD_SCIF run -- /bin/true"
set -- "$@" \
	-n 'scif, all layers + limits' "$SCIF run --time 10 --memory 256M --nproc 64 --nofile 64 -- /bin/true"
# Docker's refusals (tests/helpers/dockerlike: its capabilities and seccomp
# profile) around bare and around scif's default: namespaces left to auto,
# each refused, so scif finds out and runs without them.
DL=$B/helpers/dockerlike
if [ -x "$DL" ]; then
	set -- "$@" -n 'dockerlike: bare' "$DL /bin/true" \
		-n 'dockerlike: scif, default (auto: each refused)' "$DL $SCIF run -- /bin/true"
	[ -z "${OLD_SCIF:-}" ] ||
		set -- "$@" -n 'other build, dockerlike: scif, default' "$DL $OLD_SCIF run -- /bin/true"
fi
if command -v bwrap >/dev/null; then
	set -- "$@" -n 'bwrap --ro-bind / /' 'bwrap --ro-bind / / /bin/true' \
		-n 'bwrap --unshare-all --ro-bind / /' 'bwrap --unshare-all --ro-bind / / /bin/true'
fi
# LAUNCH_ROUNDS hyperfine runs of RUNS/LAUNCH_ROUNDS each, their times
# pooled: hyperfine runs one command's runs in a block, and on this VM
# the machine's speed drifts between blocks by more than the differences
# measured (one block of 300 per command once put the same build 0.3 ms
# apart from itself); short blocks spread the drift over every command.
rounds=${LAUNCH_ROUNDS:-30}
: >"$out/launch.txt"
for r in $(seq "$rounds"); do
	hyperfine -N --warmup 2 --runs $((runs / rounds)) \
		--export-json "$out/launch-$r.json" "$@" >>"$out/launch.txt"
done
jq -s -f bench/pool_rounds.jq "$out"/launch-[0-9]*.json >"$out/launch.json"
rm -f "$out"/launch-[0-9]*.json
jq -r '
  (.results[] | select(.command == "bare") | .median) as $bare |
  "| command | median (ms) | mean ± σ (ms) | median over bare (ms) | ratio to bare |",
  "| --- | ---: | ---: | ---: | ---: |",
  (.results[] | "| `\(.command)` | \(.median * 1000 | . * 1000 | round / 1000) | \(.mean * 1000 | . * 1000 | round / 1000) ± \(.stddev * 1000 | . * 1000 | round / 1000) | \((.median - $bare) * 1000 | . * 1000 | round / 1000) | \(.median / $bare | . * 100 | round / 100) |")
' "$out/launch.json" >"$out/launch.md"
cat "$out/launch.md"
