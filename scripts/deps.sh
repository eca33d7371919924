#!/bin/sh
# Install, with apt-get, the Debian packages scif's build, demo and tests
# need, and only those that are missing.
set -eu
PKGS="build-essential pkg-config libseccomp-dev libjson-c-dev libcmocka-dev
bats jq curl hyperfine bubblewrap clang libclang-rt-14-dev cppcheck clang-tidy
clang-format imagemagick imagemagick-6-doc procps util-linux ghostscript
ffmpeg poppler-utils file man-db"
missing=
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "scif: installing:$missing"
if [ "$(id -u)" -ne 0 ]; then
	command -v sudo >/dev/null || {
		echo "scif: need root to install:$missing" >&2
		exit 1
	}
	SUDO=sudo
else
	SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
