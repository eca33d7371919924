#!/bin/sh
# tests/profiles/mkinputs.sh DIR - the real inputs the profile tests use,
# made here with the real Debian tools (nothing downloaded, nothing big):
# PNG, JPEG with an EXIF orientation, a GIF of 24 frames, TIFF, WebP,
# BMP, a 3-page PDF, an EPS, an MP4 and a WebM.
set -eu
d=$1
mkdir -p "$d"
cd "$d"
IM=/usr/bin/convert
$IM -size 640x480 plasma:fractal -seed 1 in.png 2>/dev/null ||
	$IM -size 640x480 gradient:red-blue in.png
$IM in.png -quality 92 in.jpg
# EXIF orientation 6 (rotate 90), as phones write it and -auto-orient reads
# it: an APP1 segment with one IFD entry, put right after the SOI marker.
{
	head -c 2 in.jpg
	printf '\377\341\000\042Exif\000\000MM\000*\000\000\000\010\000\001'
	printf '\001\022\000\003\000\000\000\001\000\006\000\000\000\000\000\000'
	tail -c +3 in.jpg
} >exif.jpg
$IM -size 1280x960 gradient:navy-orange -quality 90 big.jpg
i=0; set --
while [ $i -lt 24 ]; do
	set -- "$@" "(" -size 64x48 xc:"rgb($((i * 10)),80,$((240 - i * 10)))" \
		-fill white -draw "circle $((i * 2 + 10)),24 $((i * 2 + 20)),24" ")"
	i=$((i + 1))
done
$IM -delay 5 "$@" -loop 0 anim.gif
$IM in.png -compress lzw in.tif
$IM in.png -quality 80 in.webp
$IM in.png in.bmp
cat >doc.ps <<'PS'
%!PS
/Helvetica findfont 24 scalefont setfont
1 1 3 { /n exch def 72 700 moveto (Page ) show n 3 string cvs show
  newpath 72 72 moveto 500 600 lineto stroke showpage } for
PS
gs -q -dSAFER -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -sOutputFile=doc.pdf doc.ps
cat >fig.eps <<'PS'
%!PS-Adobe-3.0 EPSF-3.0
%%BoundingBox: 0 0 120 80
newpath 10 10 moveto 110 70 lineto 10 70 lineto closepath
0.2 0.4 0.8 setrgbcolor fill
showpage
PS
ffmpeg -loglevel error -y -f lavfi -i testsrc=duration=2:size=320x240:rate=10 \
	-pix_fmt yuv420p in.mp4
ffmpeg -loglevel error -y -f lavfi -i testsrc=duration=2:size=320x240:rate=10 \
	-c:v libvpx -b:v 200k in.webm
chmod 0644 ./*
