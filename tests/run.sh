#!/bin/sh
# tests/run.sh BUILDDIR... - run every suite against each build directory:
# the cmocka unit tests and the bats command-line tests, as the current user
# and, when that is root, again as nobody (setpriv), since scif must work
# for both.  Prints every TAP line and ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/.." || exit 2
[ $# -gt 0 ] || set -- build
top=$(pwd)
log=$(mktemp)
chmod 644 "$log"
trap 'rm -f "$log"' EXIT
passed=0 failed=0 skipped=0

as_nobody() {
	setpriv --reuid=65534 --regid=65534 --clear-groups -- \
		env HOME=/tmp PATH=/usr/local/bin:/usr/bin:/bin "$@"
}

# suite NAME COMMAND...: run it, echo its TAP, count results.
suite() {
	name=$1; shift
	echo "# --- $name"
	"$@" >"$log" 2>&1
	rc=$?
	sed 's/^/    /' "$log"
	# cmocka marks a skipped test "not ok N # SKIP", bats "ok N # skip".
	s=$(grep -cE '^(not )?ok [0-9]+.*# (skip|SKIP)' "$log" | tr -d ' ')
	p=$(grep -E '^ok [0-9]+' "$log" | grep -cvE '# (skip|SKIP)' | tr -d ' ')
	f=$(grep -E '^not ok [0-9]+' "$log" | grep -cvE '# (skip|SKIP)' | tr -d ' ')
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "    not ok - $name exited with status $rc"
		f=1
	fi
	passed=$((passed + p)); skipped=$((skipped + s)); failed=$((failed + f))
}

run_all() { # BUILDDIR WHO
	b=$1 who=$2 wrap=
	[ "$who" = nobody ] && wrap=as_nobody
	for t in "$b"/tests/test_*; do
		[ -x "$t" ] || continue
		suite "$b $who $(basename "$t")" $wrap \
			env CMOCKA_MESSAGE_OUTPUT=TAP "$t"
	done
	suite "$b $who bats" $wrap env SCIF="$top/$b/scif" \
		HELPERS="$top/$b/helpers" TOP="$top" bats --tap tests/cli
	# The real programs again, every job through scif serve --pool.
	suite "$b $who programs via daemon" $wrap env SCIF_TEST_VIA=1 \
		SCIF="$top/$b/scif" HELPERS="$top/$b/helpers" TOP="$top" \
		bats --tap tests/cli/programs.bats
}

for b in "$@"; do
	run_all "$b" "$(id -un)"
	if [ "$(id -u)" -eq 0 ]; then
		run_all "$b" nobody
	fi
done
# The daemon's soak, once (SOAK=1, as make check sets it): the first build.
if [ "${SOAK:-0}" = 1 ]; then
	suite "$1 soak" sh tests/soak/soak.sh "$1"
fi
echo "$skipped skipped"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
