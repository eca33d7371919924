#!/bin/sh
# bench/profile.sh [SCIF] - paperclip's command line on a 1280x960 JPEG,
# bare and under scif -p imagemagick, in one hyperfine run; writes the
# table bench/RESULTS.md shows.  Target: ratio at most 1.05.
set -eu
cd "$(dirname "$0")/.."
SCIF=$(cd "$(dirname "${1:-build/scif}")" && pwd)/$(basename "${1:-build/scif}")
out=$(pwd)/bench/out
mkdir -p "$out"
job=$(mktemp -d /tmp/scif-bench.XXXXXX)
trap 'rm -rf "$job"' EXIT
chmod 0777 "$job"
/usr/bin/convert -size 1280x960 plasma:fractal -seed 7 -quality 90 "$job/in.jpg"
chmod 0644 "$job/in.jpg"
line="'$job/in.jpg[0]' -auto-orient -resize '1280x1280>' -quality 90 -strip"
hyperfine -N --warmup 5 --runs "${RUNS:-40}" --export-json "$out/profile.json" \
	-n 'convert, bare' "/usr/bin/convert $line $job/bare.jpg" \
	-n 'convert, scif -p imagemagick' \
	"$SCIF run -p $(pwd)/profiles/imagemagick.cfg --rw $job -- /usr/bin/convert $line $job/conf.jpg" \
	>"$out/profile.txt"
jq -r '
  (.results[0].mean) as $bare |
  "| command | mean ± σ (ms) | median (ms) | ratio to bare (mean) |",
  "| --- | ---: | ---: | ---: |",
  (.results[] | "| `\(.command)` | \(.mean * 1000 | . * 100 | round / 100) ± \(.stddev * 1000 | . * 100 | round / 100) | \(.median * 1000 | . * 100 | round / 100) | \(.mean / $bare | . * 1000 | round / 1000) |")
' "$out/profile.json" >"$out/profile.md"
cat "$out/profile.md"
