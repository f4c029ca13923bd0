#!/bin/sh
# SPDX-License-Identifier: MIT
#
# contrib/fuzz/ci.sh BUILD_DIR SECONDS: what CI does with the fuzzing
# harnesses. Sets up BUILD_DIR with clang and the whole build
# instrumented (tests/fuzz/meson.build), builds the harnesses alone,
# runs each once over its seeds and regressions (suite 'fuzz'), then
# fuzzes each for SECONDS (run.sh). Installs clang when it is missing.
set -eu

src=$(cd "$(dirname "$0")/../.." && pwd)
build=$1
seconds=$2

if ! command -v clang >/dev/null; then
	apt-get install -y -qq clang >/dev/null
fi
if [ ! -f "$build/build.ninja" ]; then
	CC=clang meson setup "$build" "$src" -Dfuzz=true -Db_lundef=false \
		-Db_sanitize=address,undefined -Dc_args=-fsanitize=fuzzer-no-link
fi
ninja -C "$build" fuzz
meson test -C "$build" --no-rebuild --suite fuzz --print-errorlogs
"$src/contrib/fuzz/run.sh" "$build" "$seconds"
