#!/bin/sh
# bench/profile.sh [SCIF] - paperclip's command line on a 1280x960 JPEG,
# bare and under scif -p imagemagick, in one hyperfine run; writes the
# table bench/RESULTS.md shows.  Target: ratio at most 1.05.
#
# The same run has the rows that say where the difference goes: bare
# convert with the environment scif gives it (with and without scif's
# policy.xml, i.e. ImageMagick's own behaviour), and the profile without
# user notification, without the net namespace, and without namespaces
# (Landlock alone, as in Docker); --override lets those loosen it.
# OLD_SCIF and OLD_PROFILES (another build and its profiles/) add a row
# for comparing two trees in the same run.  ROUNDS=N repeats the run N
# times and pools the times (each command's figures come from all rounds;
# 40 of 5 runs by default).
set -eu
cd "$(dirname "$0")/.."
SCIF=$(cd "$(dirname "${1:-build/scif}")" && pwd)/$(basename "${1:-build/scif}")
out=$(pwd)/bench/out
P=$(pwd)/profiles
mkdir -p "$out"
job=$(mktemp -d /tmp/scif-bench.XXXXXX)
trap 'rm -rf "$job"' EXIT
chmod 0777 "$job"
/usr/bin/convert -size 1280x960 plasma:fractal -seed 7 -quality 90 "$job/in.jpg"
chmod 0644 "$job/in.jpg"
line="'$job/in.jpg[0]' -auto-orient -resize '1280x1280>' -quality 90 -strip"
env="env -i PATH=/usr/bin:/bin MAGICK_TEMPORARY_PATH=$job TMPDIR=$job"
run="$SCIF run -p $P/imagemagick.cfg --rw $job"
set -- \
	-n 'convert, bare' "/usr/bin/convert $line $job/bare.jpg" \
	-n 'convert, scif -p imagemagick' "$run -- /usr/bin/convert $line $job/conf.jpg" \
	-n "bare, scif's environment, no policy.xml" "$env /usr/bin/convert $line $job/e1.jpg" \
	-n "bare, scif's environment and policy.xml" \
	"$env MAGICK_CONFIGURE_PATH=$P/imagemagick /usr/bin/convert $line $job/e2.jpg" \
	-n 'scif -p, no user notification' "$run --override --no-notify -- /usr/bin/convert $line $job/n1.jpg" \
	-n 'scif -p, no net namespace' "$run --override --network -- /usr/bin/convert $line $job/n2.jpg" \
	-n 'scif -p, no namespaces (Landlock alone)' \
	"$run --override --namespaces off -- /usr/bin/convert $line $job/n3.jpg"
if [ -n "${OLD_SCIF:-}" ]; then
	set -- "$@" -n 'scif -p, the other tree' \
		"$OLD_SCIF run -p ${OLD_PROFILES:?}/imagemagick.cfg --rw $job -- /usr/bin/convert $line $job/old.jpg"
fi
# ROUNDS hyperfine runs of PROFILE_RUNS each, their times pooled: on a
# shared machine the load drifts, and rounds spread it over every command
# (one round of 40 moved the ratio by 0.03 from run to run here; ten of
# 20, by about 0.01, and once by 0.05 on a slower VM whose σ was 6 ms:
# hyperfine runs one command's runs in a block, so the shorter the
# blocks, the less a drift falls on one command alone).
rounds=${ROUNDS:-40}
: >"$out/profile.txt"
for r in $(seq "$rounds"); do
	hyperfine -N --warmup 1 --runs "${PROFILE_RUNS:-5}" \
		--export-json "$out/profile-$r.json" "$@" >>"$out/profile.txt"
done
jq -s -f bench/pool_rounds.jq "$out"/profile-[0-9]*.json >"$out/profile.json"
# Each round's ratio of medians, command to bare: the drift between
# rounds falls on both alike.  Their median, with a 95% interval
# (bench/median_ci.jq), is what says whether a target is met.
n=$(jq '.results | length' "$out/profile.json")
for i in $(seq 0 $((n - 1))); do
	jq -s ".[] | .results[$i].median / .results[0].median" \
		"$out"/profile-[0-9]*.json | jq -s -c -f bench/median_ci.jq
done | jq -s . >"$out/profile-ci.json"
rm -f "$out"/profile-[0-9]*.json
jq -r --slurpfile ci "$out/profile-ci.json" '
  def r2: . * 100 | round / 100;
  def r3: if . == null then "?" else . * 1000 | round / 1000 end;
  (.results[0].mean) as $bare | (.results[0].median) as $bmed |
  "| command | mean ± σ (ms) | median (ms) | ratio to bare (mean) | ratio (median) | per round: median [95% CI] |",
  "| --- | ---: | ---: | ---: | ---: | ---: |",
  (.results | to_entries[] | .key as $i | .value |
   "| `\(.command)` | \(.mean * 1000 | r2) ± \(.stddev * 1000 | r2) | \(.median * 1000 | r2) | \(.mean / $bare | r3) | \(.median / $bmed | r3) | \($ci[0][$i] | "\(.median | r3) [\(.lo | r3), \(.hi | r3)]") |")
' "$out/profile.json" >"$out/profile.md"
cat "$out/profile.md"
# The launch alone, which is what scif adds to the line above: convert
# -version bare and under the profile (and the other tree's), launch by
# launch in alternating order (bench/alternate.c), the median of each
# launch's difference to bare in the same round.
alt=$(dirname "$SCIF")/bench/alternate
if [ -x "$alt" ]; then
	set -- :: /usr/bin/convert -version \
		:: "$SCIF" run -p "$P/imagemagick.cfg" -- /usr/bin/convert -version
	[ -z "${OLD_SCIF:-}" ] ||
		set -- "$@" :: "$OLD_SCIF" run -p "$OLD_PROFILES/imagemagick.cfg" \
			-- /usr/bin/convert -version
	"$alt" "${LAUNCH_PAIRS:-300}" 0 "$@" | awk -F'\t' '
	BEGIN { print "| `convert -version` | median (ms) | over bare, paired (ms) |"
		print "| --- | ---: | ---: |" }
	{ n = NR == 1 ? "bare" : NR == 2 ? "scif -p imagemagick" : "the other tree"
	  printf "| %s | %.2f | %+.2f |\n", n, $1 / 1000, $2 / 1000 }' \
		>"$out/profile-launch.md"
	cat "$out/profile-launch.md"
fi
