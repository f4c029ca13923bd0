#!/bin/sh
# SPDX-License-Identifier: MIT
#
# contrib/fuzz/run.sh BUILD_DIR SECONDS [HARNESS...]
#
# Runs every libFuzzer harness built in BUILD_DIR (or the HARNESSes named) (configured with
# -Dfuzz=true, see tests/fuzz/meson.build) for SECONDS each, on a copy of
# its seed corpus (tests/fuzz/corpus/HARNESS) plus its regressions, with
# its dictionary, -max_len and -timeout set. Fails (exit 1) if any
# harness finds a crash, a leak, a sanitizer report, a timeout or runs
# out of memory; the inputs that did are left in
# BUILD_DIR/fuzz-artifacts/HARNESS/ with the log beside them.
#
# Environment:
#   FUZZ_JOBS=N        run N fuzzing processes per harness (-fork=N)
#   FUZZ_GO_ON=1       with FUZZ_JOBS, keep fuzzing after a crash, leak,
#                      timeout or OOM (each is still kept, and still fails
#                      the run), to find more than the first
#   FUZZ_CORPUS_OUT=D  keep the grown corpora in D/HARNESS (default: a
#                      temporary folder, removed)
#   FUZZ_TIMEOUT=S     an input that runs longer than S seconds is a hang
#                      (default 10; libFuzzer measures wall time, so a long
#                      run on a machine that also benchmarks, and pauses
#                      the fuzzer to do it, needs more)
#   XW_FUZZ_KNOWN=a,b  oracles of bugs already reported that should not
#                      stop a long run (see tests/fuzz/fuzz.h)
set -u

if [ $# -lt 2 ]; then
	echo "usage: $0 BUILD_DIR SECONDS [HARNESS...]" >&2
	exit 2
fi
build=$(cd "$1" && pwd) || exit 2
seconds=$2
shift 2
src=$(cd "$(dirname "$0")/../.." && pwd)
fuzzdir="$src/tests/fuzz"

if [ $# -eq 0 ]; then
	# every harness built
	for f in "$build"/tests/fuzz/fuzz-*; do
		case $f in *.so | *.p) continue ;; esac
		[ -f "$f" ] && [ -x "$f" ] && set -- "$@" "$(basename "$f")"
	done
	if [ $# -eq 0 ]; then
		echo "no harness built in $build (meson setup -Dfuzz=true with clang?)" >&2
		exit 2
	fi
fi

# what each harness may be given: inputs larger than any real file of its
# kind only slow the search down (workbooks are zips, or parts unpacked)
max_len() {
	case $1 in
	fuzz-xlsx | fuzz-scs-excel | fuzz-jama-checksheet | fuzz-iso27001-soa | fuzz-nist-cprt | \
	fuzz-nist-versions | fuzz-olir)
		echo 65536 ;;
	*) echo 16384 ;;
	esac
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:abort_on_error=1:print_stacktrace=1:allocator_may_return_null=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1}"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/xw-fuzz.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM
failed=0

for h in "$@"; do
	exe="$build/tests/fuzz/$h"
	if [ ! -x "$exe" ]; then
		echo "$h: not built in $build (meson setup -Dfuzz=true with clang?)" >&2
		failed=1
		continue
	fi
	corpus="$tmp/$h"
	if [ -n "${FUZZ_CORPUS_OUT:-}" ]; then
		corpus="$FUZZ_CORPUS_OUT/$h"
	fi
	mkdir -p "$corpus"
	cp "$fuzzdir/corpus/$h/"* "$corpus/" 2>/dev/null
	art="$build/fuzz-artifacts/$h"
	rm -rf "$art"
	mkdir -p "$art"
	dict=""
	if [ -f "$fuzzdir/dict/$h.dict" ]; then
		dict="-dict=$fuzzdir/dict/$h.dict"
	fi
	fork=""
	if [ -n "${FUZZ_JOBS:-}" ]; then
		fork="-fork=$FUZZ_JOBS"
		if [ -n "${FUZZ_GO_ON:-}" ]; then
			fork="$fork -ignore_crashes=1 -ignore_ooms=1 -ignore_timeouts=1"
		fi
	fi
	log="$art/fuzz.log"
	echo "== $h: $seconds s" >&2
	# the regressions are read as a second corpus folder, never written
	regressions=""
	if [ -d "$fuzzdir/regressions/$h" ]; then
		regressions="$fuzzdir/regressions/$h"
	fi
	"$exe" $dict $fork \
		-max_total_time="$seconds" -max_len="$(max_len "$h")" \
		-timeout="${FUZZ_TIMEOUT:-10}" -report_slow_units="${FUZZ_TIMEOUT:-10}" \
		-rss_limit_mb=2048 -malloc_limit_mb=1024 \
		-print_final_stats=1 -artifact_prefix="$art/" \
		"$corpus" $regressions >"$log" 2>&1
	rc=$?
	# the first and last coverage lines (-fork=N prints "#N: cov: ...")
	grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|^#[0-9]+: cov:' "$log" | sed -n '1p;$p' >&2
	found=$(find "$art" -type f ! -name fuzz.log | head -20)
	if [ $rc -ne 0 ] || [ -n "$found" ]; then
		echo "$h: FAILED (exit $rc); log and inputs in $art:" >&2
		grep -E 'ERROR:|SUMMARY:|oracle|runtime error' "$log" | head -5 >&2
		echo "$found" >&2
		failed=1
	else
		echo "$h: ok" >&2
	fi
done
exit $failed
