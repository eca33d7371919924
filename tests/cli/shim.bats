#!/usr/bin/env bats
# Shims: an unmodified script that shells out to convert and identify is
# confined by putting the shim directory first on its PATH.

load helpers

setup() {
	s=$(job_dir)  # the shim directory
	j=$(job_dir)  # the application's working directory
	o=$(job_dir)  # outside
	v=$(job_dir)  # a vulnerable ImageMagick configuration on the host
	cp "$TOP/samples/scif-sample.png" "$j/in.png"
	printf '<policymap>\n</policymap>\n' >"$v/policy.xml"
	sed 's/-dSAFER/-dNOSAFER/g' /etc/ImageMagick-6/delegates.xml >"$v/delegates.xml"
	printf '%%!PS-Adobe-3.0 EPSF-3.0\n%%%%BoundingBox: 0 0 20 20\n(%s/pwned) (w) file dup (owned) writestring closefile\nshowpage\n' "$o" >"$j/upload.eps"
	chmod 0644 "$j"/* "$v"/*
	# The application, unmodified: it knows nothing of scif.
	cat >"$j/app.sh" <<-'EOF'
	#!/bin/sh
	cd "$1" || exit 1
	convert in.png -resize 50% thumb.jpg
	identify -format '%m %w\n' thumb.jpg
	convert epsi:upload.eps upload.png
	exit 0
	EOF
	chmod 0755 "$j/app.sh"
}

teardown() { rm -rf "$s" "$j" "$o" "$v"; }

@test "an unmodified script calling convert and identify is confined by the shims" {
	# Without shims the hostile upload writes outside.
	run env MAGICK_CONFIGURE_PATH="$v" PATH=/usr/bin:/bin "$j/app.sh" "$j"
	[ "${lines[0]}" = "JPEG 160" ]
	[ -e "$o/pwned" ]
	rm -f "$o/pwned" "$j/thumb.jpg"
	run "$SCIF" shim install --dir "$s" --profile "$TOP/profiles/imagemagick.cfg" convert identify
	[ "$status" -eq 0 ]
	[ -x "$s/convert" ] && [ -x "$s/identify" ]
	grep -q -- "run -p '$TOP/profiles/imagemagick.cfg'" "$s/convert"
	grep -q -- "-- '/usr/bin/convert' \"\$@\"" "$s/convert"
	# With the shim directory first on PATH, the same script, same input.
	run env MAGICK_CONFIGURE_PATH="$v" PATH="$s:/usr/bin:/bin" "$j/app.sh" "$j"
	[ "${lines[0]}" = "JPEG 160" ]
	[ ! -e "$o/pwned" ]
	[[ "$output" == *"not allowed by the security policy"* ]]
}

@test "scif shim list and remove touch only shims; install finds the profile by program" {
	cd "$TOP"
	run "$SCIF" shim install --dir "$s" convert gs file
	[ "$status" -eq 0 ]
	grep -q "profiles/imagemagick.cfg'" "$s/convert"
	grep -q "profiles/ghostscript.cfg'" "$s/gs"
	echo '#!/bin/sh' >"$s/identify" # someone else's
	run "$SCIF" shim list --dir "$s"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 3 ]
	[[ "${lines[0]}" == "convert program=/usr/bin/convert profile=/"*"/imagemagick.cfg" ]]
	run "$SCIF" shim install --dir "$s" identify
	[ "$status" -eq 120 ]
	[[ "$output" == *"is not a scif shim"* ]]
	run "$SCIF" shim remove --dir "$s" identify
	[ "$status" -eq 120 ]
	[ -e "$s/identify" ]
	run "$SCIF" shim remove --dir "$s" gs
	[ "$status" -eq 0 ]
	[ ! -e "$s/gs" ] && [ -e "$s/convert" ]
	run "$SCIF" shim remove --dir "$s"
	[ ! -e "$s/convert" ] && [ ! -e "$s/file" ] && [ -e "$s/identify" ]
}
