#!/usr/bin/env bats
# Each shipped profile shows the job only its program's own files: the
# executables, the libraries, its data and configuration, the job
# directory.  A hostile job (the probe, run under the profile's paths and
# policy with --override, which only lets it run and see itself) reads a
# host file and runs another program without scif, and under scif's
# default paths; under the profile it can do neither.  The same for the
# real programs, and without namespaces (Landlock alone), as in Docker.

load helpers

P=$TOP/profiles
PROFILES="imagemagick imagemagick-ghostscript ghostscript ffmpeg poppler file"

setup() { d=$(job_dir); }
teardown() { rm -rf "$d"; }

# attempt OPTIONS... : the probe reads /etc/passwd, then execs /usr/bin/id,
# under scif with OPTIONS; sets $read and $ran (yes/no).
attempt() {
	run "$@" -- "$PROBE" read /etc/passwd
	{ [ "$status" -eq 0 ] && [[ "$output" == root:* ]] && read=yes; } || read=no
	[ "$read" = yes ] || [ "$status" -eq 3 ] || { echo "read ($status): $output"; return 1; }
	run "$@" -- "$PROBE" exec /usr/bin/id -u
	{ [ "$status" -eq 0 ] && [[ "$output" =~ ^[0-9]+$ ]] && ran=yes; } || ran=no
	[ "$ran" = yes ] || [ "$status" -eq 3 ] || { echo "exec ($status): $output"; return 1; }
}

# contained MODE-OPTIONS... : every profile stops both attempts, while the
# same scif without a profile lets both through.
contained() {
	run "$PROBE" read /etc/passwd
	[[ "$output" == root:* ]]
	attempt "$@" --ro "$HELPERS"
	[ "$read" = yes ] && [ "$ran" = yes ] || { echo "default paths: read=$read ran=$ran"; return 1; }
	for p in $PROFILES; do
		attempt "$@" -p "$P/$p.cfg" --override --ro "$HELPERS" --rw "$d"
		[ "$read" = no ] && [ "$ran" = no ] || { echo "$p: read=$read ran=$ran"; return 1; }
	done
}

@test "each profile: a hostile job reads no host file and runs no other program" {
	contained "$SCIF" run
}

@test "each profile, Landlock alone (--namespaces off): the same" {
	contained "$SCIF" run --namespaces off
}

@test "each profile, inside a Docker-like container: the same" {
	[ -x "$HELPERS/dockerlike" ] || skip "dockerlike helper not built"
	contained "$HELPERS/dockerlike" "$SCIF" run
}

@test "the real programs read /etc/passwd bare, not under their profile" {
	f=(file -b /etc/passwd)
	run "${f[@]}"
	[[ "$output" == *text* ]]
	run "$SCIF" run -p "$P/file.cfg" -- "${f[@]}"
	[[ "$output" == *"cannot open"* ]]
	g=(gs -q -dNOSAFER -dBATCH -dNODISPLAY -c "(/etc/passwd) (r) file 5 string readstring pop =")
	run "${g[@]}"
	[ "$output" = root: ]
	run "$SCIF" run -p "$P/ghostscript.cfg" -- "${g[@]}"
	[[ "$output" != *root:* ]]
	for ns in auto off; do
		m=(ffmpeg -loglevel error -f data -i /etc/passwd -map 0 -c copy -f data "$d/x-$ns")
		run "${m[@]/x-$ns/bare}"
		grep -q '^root:' "$d/bare"
		run "$SCIF" run -p "$P/ffmpeg.cfg" --rw "$d" --override --namespaces $ns -- "${m[@]}"
		[ "$status" -ne 0 ]
		! grep -qs '^root:' "$d/x-$ns"
	done
}

@test "every path a shipped profile names is on this host (no typo hides as optional)" {
	arch=$(cc -print-multiarch)
	# The other architecture's loader paths are the only ones allowed
	# to be missing.
	case $arch in
	x86_64-*) other='^/usr/lib/ld-linux-aarch64\.so\.1$' ;;
	*) other='^(/lib64|/usr/lib64)$' ;;
	esac
	for p in $PROFILES; do
		grep -oE '(src|dst): "/[^"]*"' "$P/$p.cfg" | sed -E 's/^[a-z]+: "//; s/"$//' |
			sed "s/\${MULTIARCH}/$arch/g; s#\${PROFILE_DIR}#$P#g" | sort -u >"$d/paths"
		while read -r path; do
			[ -e "$path" ] || [ -L "$path" ] || echo "$path" | grep -qE "$other" ||
				{ echo "$p: $path is missing"; return 1; }
		done <"$d/paths"
	done
}

@test "is_symlink and \${MULTIARCH}: errors name the field and position" {
	cat >"$d/a.cfg" <<-'EOF'
	default_paths: false
	mount { src: "/usr/lib/${MULTIARC}" is_bind: true }
	EOF
	run "$SCIF" run -p "$d/a.cfg" -- true
	[ "$status" -eq 121 ]
	[[ "$output" == *"a.cfg:2:"*"only \${PROFILE_DIR} and \${MULTIARCH} are expanded"* ]]
	cat >"$d/b.cfg" <<-'EOF'
	mount { dst: "/nonesuch-link" src: "usr/lib" is_symlink: true }
	EOF
	run "$SCIF" run -p "$d/b.cfg" -- true
	[ "$status" -eq 121 ]
	[[ "$output" == *"b.cfg:1:"*"/nonesuch-link"*"mandatory: false"* ]]
	cat >"$d/c.cfg" <<-'EOF'
	mount { dst: "/nonesuch-link" src: "usr/lib" is_symlink: true mandatory: false }
	mount { dst: "/lib" src: "usr/lib" is_symlink: true }
	EOF
	run "$SCIF" run -p "$d/c.cfg" -- true
	[ "$status" -eq 0 ]
}

@test "the real programs under their profiles, Landlock alone, in a Docker-like container" {
	[ -x "$HELPERS/dockerlike" ] || skip "dockerlike helper not built"
	sh "$TOP/tests/profiles/mkinputs.sh" "$d" >/dev/null 2>&1
	chmod 0666 "$d"/*
	dl() { # PROFILE CMD...: confined inside the container-like helper
		p=$1; shift
		run "$HELPERS/dockerlike" "$SCIF" run -p "$P/$p.cfg" --rw "$d" -- "$@"
		[ "$status" -eq 0 ] || { echo "$p: $status $output"; return 1; }
	}
	dl imagemagick convert "$d/in.jpg[0]" -auto-orient -resize "1280x1280>" -quality 90 -strip "$d/o.jpg"
	dl imagemagick identify -format '%wx%h' "$d/o.jpg"
	[ "$output" = 640x480 ]
	dl imagemagick-ghostscript convert "epdf:$d/doc.pdf[1]" "$d/p2.png"
	dl ghostscript gs -q -dSAFER -dBATCH -dNOPAUSE -sDEVICE=png16m -r100 "-sOutputFile=$d/g%d.png" "$d/doc.pdf"
	[ -s "$d/g3.png" ]
	dl ffmpeg ffmpeg -loglevel error -i "$d/in.webm" -vf thumbnail -frames:v 1 "$d/th.png"
	dl ffmpeg ffprobe -v error -show_entries stream=codec_name -of csv "$d/in.mp4"
	dl poppler pdftoppm -r 100 -png "$d/doc.pdf" "$d/pp"
	[ -s "$d/pp-3.png" ]
	dl file file -b --mime "$d/doc.pdf"
	[ "$output" = "application/pdf; charset=binary" ]
}
