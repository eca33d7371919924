#!/usr/bin/env bats
# Every option scif run knows is documented in scif(1), and the man pages
# are valid mandoc.

load helpers

@test "every scif run option is in scif(1)" {
	opts=$("$SCIF" run --help | grep -oE '^  --[a-z-]+' | tr -d ' ')
	[ -n "$opts" ]
	# mdoc writes --name as "Fl \-name" (Fl adds the first dash).
	for o in $opts; do
		grep -qF "Fl \\-${o#--}" "$TOP/man/scif.1" || {
			echo "undocumented: $o"
			return 1
		}
	done
}

@test "man pages render without warnings" {
	command -v man >/dev/null || skip "man not installed"
	for m in "$TOP"/man/*.[15]; do
		run sh -c "MANWIDTH=80 man --warnings -l '$m' 2>&1 >/dev/null"
		[ -z "$output" ]
	done
}
