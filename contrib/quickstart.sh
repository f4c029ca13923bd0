#!/bin/sh
# Installs xwalk's build dependencies from Debian packages, builds it in
# ./build, checks the bundled data, and runs the main job on it: a reuse
# report of a sample Statement of Applicability against ★4. Run as root on a
# fresh Debian 12 machine (apt-get is skipped when not root).
set -eu
cd "$(dirname "$0")/.."

if [ "$(id -u)" = 0 ]; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends \
		gcc meson ninja-build pkg-config ca-certificates \
		libyaml-dev libpcre2-dev libxml2-dev libzip-dev libcriterion-dev \
		valgrind python3 >/dev/null
fi

if [ ! -d build ]; then
	meson setup build -Dwerror=true
fi
ninja -C build

./build/xwalk list
./build/xwalk lint
./build/xwalk check
# the main job: what a fictional ISO/IEC 27001 certified company can reuse for ★4
./build/xwalk gap --assessment contrib/examples/soa-example-parts.yaml --profile star4
