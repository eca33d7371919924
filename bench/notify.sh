#!/bin/sh
# bench/notify.sh [SCIF] - what naming violations costs: one learned
# convert run against a bare one and one under the learned policy; and a
# syscall-heavy program (dd, 1-byte blocks: two calls per byte) under a
# DEFAULT KILL_PROCESS policy with user notification (the default) and
# without (--no-notify), where no violation happens.  Both again under an
# outer filter that holds a listener (build/helpers/outernotify, as a
# container runtime using seccomp notify), where scif names violations by
# ptrace instead, against --no-notify there.  Writes bench/out/notify*.md.
# A benchmark, not a test: it asserts nothing.  Needs "make tests".
set -eu
cd "$(dirname "$0")/.."
SCIF=$(realpath "${1:-build/scif}")
OUTER=$(dirname "$SCIF")/helpers/outernotify
out=$(pwd)/bench/out
mkdir -p "$out"
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
chmod 0777 "$d"
convert samples/scif-sample.png "$d/in.jpg"
chmod 0644 "$d/in.jpg"
conv="convert $d/in.jpg -resize 50% $d/out.png"
"$SCIF" learn -o "$d/convert.policy" --rw "$d" -- $conv >/dev/null
blocks=${BLOCKS:-200000}
dd_cmd="dd if=/dev/zero of=/dev/null bs=1 count=$blocks status=none"
"$SCIF" learn -o "$d/dd.policy" -- $dd_cmd >/dev/null

table() { # JSON
	jq -r '
	  (.results[0].median) as $base |
	  "| command | median (ms) | mean ± σ (ms) | over the first (ms) |",
	  "| --- | ---: | ---: | ---: |",
	  (.results[] | "| \(.command) | \(.median * 1000 | . * 100 | round / 100) | \(.mean * 1000 | . * 100 | round / 100) ± \(.stddev * 1000 | . * 100 | round / 100) | \((.median - $base) * 1000 | . * 100 | round / 100) |")
	' "$1"
}

hyperfine -N --warmup 3 --runs "${RUNS_CONVERT:-30}" \
	--export-json "$out/notify_convert.json" \
	-n 'bare convert (env -i, as scif gives it)' "env -i PATH=/usr/bin:/bin $conv" \
	-n 'scif run, learned policy (notify)' \
	"$SCIF run --rw $d --policy $d/convert.policy -- $conv" \
	-n 'outer listener: scif run --no-notify, learned policy' \
	"$OUTER $SCIF run --no-notify --rw $d --policy $d/convert.policy -- $conv" \
	-n 'outer listener: scif run, learned policy (ptrace)' \
	"$OUTER $SCIF run --rw $d --policy $d/convert.policy -- $conv" \
	-n 'scif learn (every call to the supervisor)' \
	"$SCIF learn -o $d/again.policy --rw $d -- $conv" >/dev/null
table "$out/notify_convert.json" >"$out/notify_convert.md"

hyperfine -N --warmup 2 --runs "${RUNS_DD:-15}" \
	--export-json "$out/notify_dd.json" \
	-n 'scif run --no-notify (plain filter)' \
	"$SCIF run --no-notify --policy $d/dd.policy -- $dd_cmd" \
	-n 'scif run (violations named by user notification)' \
	"$SCIF run --policy $d/dd.policy -- $dd_cmd" \
	-n 'outer listener: scif run --no-notify (plain filter)' \
	"$OUTER $SCIF run --no-notify --policy $d/dd.policy -- $dd_cmd" \
	-n 'outer listener: scif run (violations named by ptrace)' \
	"$OUTER $SCIF run --policy $d/dd.policy -- $dd_cmd" >/dev/null
table "$out/notify_dd.json" >"$out/notify_dd.md"
echo "$blocks" >"$out/notify_dd.blocks"
cat "$out/notify_convert.md" "$out/notify_dd.md"
