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
	# build: the libraries; tests: Criterion, valgrind, python3 with
	# PyYAML, and the real clients our files are checked with
	# (LibreOffice for .xlsx, Chromium with a Japanese font for HTML)
	apt-get install -y -qq --no-install-recommends \
		gcc meson ninja-build pkg-config ca-certificates \
		libyaml-dev libpcre2-dev libxml2-dev libzip-dev libxlsxwriter-dev \
		libcriterion-dev valgrind python3 python3-yaml \
		libreoffice-calc-nogui chromium fonts-ipafont-gothic >/dev/null
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
# ... and the full cross-reference report as a workbook to carry on with in
# Excel (★ checklist pre-filled) and as a page to read in a browser
for format in xlsx html; do
	./build/xwalk report iso27001-2022 --profile star4 \
		--assessment contrib/examples/soa-example-parts.yaml \
		--format "$format" --output "build/iso27001-star4.$format"
done
echo "wrote build/iso27001-star4.xlsx and build/iso27001-star4.html"
