#!/bin/sh
# SPDX-License-Identifier: MIT
#
# sanitize-wrap.sh PROGRAM [ARGS...]: the test wrapper of sanitize.sh.
# Runs one test with every sanitizer report of every process it starts
# written to a file of its own (log_path), then fails the test if there
# is any such file, printing them. See sanitize.sh.
set -u

dir=$(mktemp -d "${TMPDIR:-/tmp}/xw-sanitize.XXXXXX") || exit 2
ASAN_OPTIONS="${ASAN_OPTIONS:-}:log_path=$dir/asan"
UBSAN_OPTIONS="${UBSAN_OPTIONS:-}:log_path=$dir/ubsan"
export ASAN_OPTIONS UBSAN_OPTIONS

"$@"
rc=$?
for f in "$dir"/*; do
	[ -e "$f" ] || continue
	if [ -s "$f" ]; then
		echo "=== sanitizer report: $(basename "$f")" >&2
		cat "$f" >&2
		[ $rc -eq 0 ] && rc=99
	fi
done
rm -rf "$dir"
exit $rc
