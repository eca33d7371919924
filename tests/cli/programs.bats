#!/usr/bin/env bats
# The shipped profiles on the real Debian programs and real files (made by
# tests/profiles/mkinputs.sh with the real tools): each command line of a
# real application runs under its profile, and its output matches the
# unsandboxed output (same format and size; same bytes where the program
# is deterministic).  With SCIF_TEST_VIA=1 (tests/run.sh runs the file a
# second time so) every confined run goes through a scif serve daemon
# with a pool of prepared sandboxes instead: scif run --via SOCKET.

load helpers

P=$TOP/profiles

setup_file() {
	export IN="$BATS_FILE_TMPDIR/in"
	sh "$TOP/tests/profiles/mkinputs.sh" "$IN" >/dev/null 2>&1
	[ -n "${SCIF_TEST_VIA:-}" ] || return 0
	export VIA_SOCK="$BATS_FILE_TMPDIR/scif.sock"
	"$SCIF" serve --socket "$VIA_SOCK" --profiles "$P" --pool 1 \
		</dev/null 2>"$BATS_FILE_TMPDIR/daemon.log" 3>&- &
	echo $! >"$BATS_FILE_TMPDIR/daemon.pid"
	for _ in $(seq 100); do [ -S "$VIA_SOCK" ] && return 0; sleep 0.05; done
	return 1
}

teardown_file() {
	[ -z "${SCIF_TEST_VIA:-}" ] || kill "$(cat "$BATS_FILE_TMPDIR/daemon.pid")"
}

# confined PROFILE OPTIONS -- CMD...: under the shipped profile, by scif
# run itself or through the daemon.
confined() {
	prof=$1; shift
	if [ -n "${SCIF_TEST_VIA:-}" ]; then
		"$SCIF" run --via "$VIA_SOCK" -p "$prof" "$@"
	else
		"$SCIF" run -p "$P/$prof.cfg" "$@"
	fi
}

setup() {
	d=$(job_dir)
	cp "$IN"/* "$d/"
	chmod 0666 "$d"/* # mogrify writes in place, as the job's uid
	b=$(job_dir) # the unsandboxed twin
	cp "$IN"/* "$b/"
}

teardown() { rm -rf "$d" "$b"; }

# both PROFILE CMD...: run CMD bare in $b and under the profile in $d,
# with every "@" in CMD standing for the directory.
both() {
	prof=$1; shift
	bare=() conf=()
	for a in "$@"; do bare+=("${a//@/$b}"); conf+=("${a//@/$d}"); done
	run "${bare[@]}"
	[ "$status" -eq 0 ] || { echo "bare: $output"; return 1; }
	bare_out=$output
	run confined "$prof" --rw "$d" -- "${conf[@]}"
	[ "$status" -eq 0 ] || { echo "confined ($status): $output"; return 1; }
	conf_out=${output//$d/$b}
}

same_image() { # FILE: same format and geometry in both
	[ "$(identify -format '%m %wx%h %n\n' "$b/$1" | head -1)" = \
		"$(identify -format '%m %wx%h %n\n' "$d/$1" | head -1)" ]
}

same_bytes() { cmp "$b/$1" "$d/$1"; }

@test "imagemagick: paperclip's convert line on PNG, JPEG, GIF, TIFF, WebP, BMP" {
	for f in in.png in.jpg anim.gif in.tif in.webp in.bmp exif.jpg; do
		both imagemagick /usr/bin/convert "@/$f[0]" -auto-orient \
			-resize "1280x1280>" -quality 90 -strip "@/out-$f.jpg"
		same_image "out-$f.jpg"
		same_bytes "out-$f.jpg"
	done
	# -auto-orient read the EXIF orientation inside the sandbox too.
	[ "$(identify -format '%wx%h' "$d/out-exif.jpg.jpg")" = 480x640 ]
}

@test "imagemagick: identify -format '%wx%h,%[exif:orientation]'" {
	for f in exif.jpg in.png anim.gif in.webp; do
		both imagemagick /usr/bin/identify -format '%wx%h,%[exif:orientation]' "@/$f"
		[ "$conf_out" = "$bare_out" ]
	done
	[[ "$conf_out" == *640x480* ]]
	run confined imagemagick --rw "$d" -- identify -format '%[exif:orientation]' "$d/exif.jpg"
	[ "$output" = 6 ]
}

@test "imagemagick: a GIF of 24 frames, coalesced and resized; mogrify" {
	both imagemagick /usr/bin/convert @/anim.gif -coalesce -resize 50% @/half.gif
	[ "$(identify "$d/half.gif" | wc -l)" -eq 24 ]
	same_bytes half.gif
	both imagemagick /usr/bin/mogrify -resize 50% @/in.png
	same_image in.png # PNG carries its date: not byte-equal
	for t in webp tif bmp png; do
		both imagemagick /usr/bin/convert @/in.jpg "@/x.$t"
		same_image "x.$t"
	done
}

@test "imagemagick: text through fontconfig (a watermark), the same pixels as bare" {
	both imagemagick /usr/bin/convert @/in.jpg -gravity south -pointsize 24 \
		-annotate +0+10 'scif watermark' @/marked.jpg
	[ "$(identify -format '%#' "$b/marked.jpg")" = "$(identify -format '%#' "$d/marked.jpg")" ]
	[ "$(identify -format '%#' "$b/marked.jpg")" != "$(identify -format '%#' "$b/in.jpg")" ]
}

# convert spools stdin to a file: a private /tmp, or through the daemon
# (which cannot take --tmpfs) the job directory.
stdin_to_stdout() {
	local tmp=(--tmpfs /tmp)
	[ -z "${SCIF_TEST_VIA:-}" ] || tmp=(--rw "$d")
	confined imagemagick "${tmp[@]}" -- convert png:- -resize 10% jpg:- \
		<"$d/in.png" | identify -format '%m %wx%h' -
}

@test "imagemagick: stdin to stdout, no job directory (a private /tmp)" {
	is_root || [ -n "$(unshare -U true 2>/dev/null && echo y)" ] || skip "no mount namespace here"
	run stdin_to_stdout
	[ "$status" -eq 0 ]
	[ "$output" = "JPEG 64x48" ]
}

@test "imagemagick: no Ghostscript, no MSL, and the job sees nothing else" {
	run confined imagemagick --rw "$d" -- convert "epsi:$d/fig.eps" "$d/x.png"
	[ "$status" -ne 0 ]
	[[ "$output" == *"not allowed by the security policy"* ]]
	[ ! -e "$d/x.png" ]
	run confined imagemagick --rw "$d" -- convert "$b/in.png" "$d/x.png"
	[ "$status" -ne 0 ]
	[ ! -e "$d/x.png" ]
}

@test "imagemagick-ghostscript: EPS and a page of a 3-page PDF through gs" {
	both imagemagick-ghostscript /usr/bin/convert epsi:@/fig.eps @/eps.png
	same_image eps.png
	both imagemagick-ghostscript /usr/bin/convert "epdf:@/doc.pdf[1]" @/page2.png
	same_image page2.png
}

@test "ghostscript: gs -dSAFER ... -sDEVICE=png16m -r100 on a PDF and an EPS" {
	both ghostscript gs -dSAFER -dBATCH -dNOPAUSE -sDEVICE=png16m -r100 \
		-sOutputFile=@/page%d.png @/doc.pdf
	for i in 1 2 3; do same_image "page$i.png"; same_bytes "page$i.png"; done
	[ ! -e "$d/page4.png" ]
	both ghostscript gs -dSAFER -dBATCH -dNOPAUSE -sDEVICE=png16m -r100 \
		-sOutputFile=@/eps.png @/fig.eps
	same_bytes eps.png
}

@test "ffmpeg: a thumbnail of an MP4 and a WebM; ffprobe" {
	both ffmpeg ffmpeg -loglevel error -i @/in.mp4 -vf thumbnail -frames:v 1 @/th.png
	same_image th.png
	same_bytes th.png
	both ffmpeg ffmpeg -loglevel error -i @/in.webm -vf thumbnail -frames:v 1 @/th2.png
	same_image th2.png
	both ffmpeg ffprobe -v error -show_entries stream=codec_name,width,height -of csv @/in.webm
	[ "$conf_out" = "$bare_out" ]
	[[ "$conf_out" == *vp8,320,240* ]]
}

@test "poppler: pdftoppm -r 100 -png, pdftotext, pdfinfo" {
	both poppler pdftoppm -r 100 -png @/doc.pdf @/pp
	for i in 1 2 3; do same_bytes "pp-$i.png"; done
	both poppler pdftotext @/doc.pdf @/doc.txt
	same_bytes doc.txt
	grep -q "Page 3" "$d/doc.txt"
	both poppler pdfinfo @/doc.pdf
	[[ "$conf_out" =~ Pages:\ +3 ]]
}

@test "file: file -b --mime on every input, and from stdin" {
	for f in in.png in.jpg anim.gif in.tif in.webp in.bmp doc.pdf fig.eps in.mp4 in.webm; do
		both file file -b --mime "@/$f"
		[ "$conf_out" = "$bare_out" ]
	done
	run confined file -- file -b --mime - <"$d/doc.pdf"
	[ "$output" = "application/pdf; charset=binary" ]
}

@test "every shipped profile loads; scif profiles lists them" {
	cd "$TOP"
	run "$SCIF" profiles
	[ "$status" -eq 0 ]
	for p in imagemagick imagemagick-ghostscript ghostscript ffmpeg poppler file; do
		echo "$output" | grep -qE "^$p +\./profiles/$p\.cfg: "
	done
}
