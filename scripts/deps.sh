#!/bin/sh
# Install, with apt-get, the Debian packages scif's build, demo and tests
# need, and only those that are missing.
set -eu
PKGS="build-essential pkg-config libseccomp-dev libjson-c-dev libcmocka-dev
bats jq curl hyperfine bubblewrap iproute2 clang libclang-rt-14-dev cppcheck clang-tidy
clang-format imagemagick imagemagick-6-doc procps util-linux ghostscript
ffmpeg poppler-utils file man-db musl-tools gperf cmake dpkg-dev crun"
missing=
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
		missing="$missing $p"
done
# scif is linked with musl (scripts/musl-prefix.sh) unless MUSL=no: that
# takes libseccomp and json-c from Debian's source packages, and apt needs
# a deb-src entry, made from the deb entries already configured.
src_list=
if [ "${MUSL:-yes}" = yes ] && ! grep -Eqs '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list \
	/etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; then
	src_list=yes
fi
[ -z "$missing" ] && [ -z "$src_list" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
	command -v sudo >/dev/null || {
		echo "scif: need root to install:$missing${src_list:+ and a deb-src entry}" >&2
		exit 1
	}
	SUDO=sudo
else
	SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
if [ -n "$src_list" ]; then
	echo "scif: adding deb-src entries for apt-get source"
	if [ -f /etc/apt/sources.list.d/debian.sources ]; then
		sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
			$SUDO tee /etc/apt/sources.list.d/scif-deb-src.sources >/dev/null
	elif [ -f /etc/apt/sources.list ]; then
		sed -n 's/^deb /deb-src /p' /etc/apt/sources.list |
			$SUDO tee /etc/apt/sources.list.d/scif-deb-src.list >/dev/null
	fi
fi
$SUDO apt-get update -qq
[ -z "$missing" ] && exit 0
echo "scif: installing:$missing"
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
