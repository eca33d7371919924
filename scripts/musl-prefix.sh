#!/bin/sh
# scripts/musl-prefix.sh PREFIX - build libseccomp and json-c, static,
# with musl-gcc, from Debian's own source packages (apt-get source), into
# PREFIX; the release binary build/scif is linked against them.
#
# Why musl: each exec of a glibc program runs glibc's CPU feature probing
# (dozens of CPUID instructions, each a trap to the hypervisor in a VM);
# musl's start-up does none, which saves 0.25 ms per launch without
# namespaces here (see the Makefile).  Debian ships musl but no musl
# builds of these two libraries, so they are built once and cached:
# PREFIX/.done marks a finished prefix and nothing is rebuilt while it
# exists.
#
# Also made: PREFIX/kh, the kernel's uapi headers (linux/, asm/,
# asm-generic/) on their own, since musl-gcc searches only musl's headers
# and glibc's directory would shadow musl's.
set -eu
prefix=$1
[ -f "$prefix/.done" ] && exit 0
command -v musl-gcc >/dev/null || {
	echo "scif: musl-gcc not found (Debian package musl-tools); make MUSL=no builds scif with glibc" >&2
	exit 1
}
mkdir -p "$prefix"
prefix=$(cd "$prefix" && pwd)
rm -rf "$prefix/src" "$prefix/kh"
mkdir -p "$prefix/src" "$prefix/kh"

multiarch=$(gcc -print-multiarch)
ln -s /usr/include/linux "$prefix/kh/linux"
ln -s /usr/include/asm-generic "$prefix/kh/asm-generic"
ln -s "/usr/include/$multiarch/asm" "$prefix/kh/asm"
cc="musl-gcc -isystem $prefix/kh"

cd "$prefix/src"
# apt-get source checks each file against the archive's signed index.
apt-get source -qq libseccomp json-c >apt.log 2>&1 || {
	cat apt.log >&2
	echo "scif: apt-get source failed: a deb-src entry is needed (make deps adds one), or make MUSL=no builds scif with glibc" >&2
	exit 1
}

log="$prefix/src/build.log"
echo "scif: building libseccomp and json-c with musl into $prefix (log: $log)"
(
	cd libseccomp-*/
	CC=$cc ./configure --quiet --prefix="$prefix" --disable-shared \
		--enable-static --disable-python
	make -j2 -C src
	make -C src install
	make -C include install
) >"$log" 2>&1 || {
	tail -n 20 "$log" >&2
	exit 1
}
(
	mkdir -p build-json-c
	cmake -S json-c-*/ -B build-json-c -DCMAKE_C_COMPILER=musl-gcc \
		-DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_INSTALL_LIBDIR=lib \
		-DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF \
		-DBUILD_STATIC_LIBS=ON -DBUILD_TESTING=OFF -DDISABLE_WERROR=ON
	make -j2 -C build-json-c
	make -C build-json-c install
) >>"$log" 2>&1 || {
	tail -n 20 "$log" >&2
	exit 1
}
touch "$prefix/.done"
