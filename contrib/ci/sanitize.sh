#!/bin/sh
# SPDX-License-Identifier: MIT
#
# contrib/ci/sanitize.sh [BUILD_DIR] [MESON TEST ARGS...]
#
# Builds xwalk with AddressSanitizer and UndefinedBehaviorSanitizer
# (warnings are errors) and runs the whole test suite so that any
# sanitizer report fails it: a leak, an invalid access or undefined
# behaviour, in a test program, in one of the worker processes Criterion
# forks for each test, or in an xwalk the tests start.
#
# BUILD_DIR defaults to build-sanitize in the source folder; it is set
# up once and reused. Arguments after it go to meson test, for instance
# --suite unit, or --no-suite faults.
#
# How a report fails the run, wherever it happens:
#   - halt_on_error, abort_on_error: the first report aborts the process
#     (SIGABRT), so a test program fails, and Criterion counts a worker
#     that aborts, even after its test passed (a leak is found at exit),
#     as a crash and exits non-zero;
#   - CRITERION_NO_EARLY_EXIT=1: workers exit normally, so LeakSanitizer
#     runs in them at all;
#   - sanitize-wrap.sh, the wrapper of every test: reports go to files
#     (log_path) and any file fails the test, so a report from a process
#     whose exit status a test does not look at (an xwalk expected to
#     fail anyway) still counts.
set -eu

src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$src/build-sanitize}
[ $# -gt 0 ] && shift

if [ -f "$build/build.ninja" ]; then
	meson configure "$build" -Db_sanitize=address,undefined -Db_lundef=false \
		-Dwerror=true
else
	meson setup "$build" "$src" -Db_sanitize=address,undefined -Db_lundef=false \
		-Dwerror=true
fi
ninja -C "$build"

ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=1:print_stacktrace=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1"
LSAN_OPTIONS="suppressions=$src/contrib/ci/lsan.supp:print_suppressions=0"
CRITERION_NO_EARLY_EXIT=1
export ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS CRITERION_NO_EARLY_EXIT

# the sanitizers slow everything down: give each test three times as long
# (XW_TIMEOUT_MULTIPLIER: the time limits inside the hostile cases), and
# kill xwalk fewer times in the faults suite (the plain run kills it 100
# times per format; here it is the sanitizers that are looked at)
XW_TIMEOUT_MULTIPLIER=3
FAULT_KILLS=20
export XW_TIMEOUT_MULTIPLIER FAULT_KILLS
meson test -C "$build" --print-errorlogs --timeout-multiplier 3 \
	--wrapper "$src/contrib/ci/sanitize-wrap.sh" "$@"
