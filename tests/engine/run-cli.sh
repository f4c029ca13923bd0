#!/bin/bash
# SPDX-License-Identifier: MIT
#
# CLI checks of the engine verbs on the fixture data.
#
#   run-cli.sh XWALK CASE_DIR
#
# A case is a folder under tests/engine/cli/ holding:
#
#   cmd     a bash snippet, run with `bash -e` in tests/engine/data (so
#           files there are named by relative paths), with `xwalk` on PATH,
#           XWALK_DATA_PATH set to that folder (frameworks/ and mappings/),
#           no plugins, LANG=C.UTF-8 and standard input from /dev/null;
#   stdout  the expected standard output, byte for byte;
#   stderr  the expected standard error, byte for byte (absent: empty);
#   status  the expected exit status (absent: 0).
#
# XW_UPDATE_CLI=1 writes stdout, stderr and status from the actual run
# instead of comparing. Read every file it changes before committing: it
# must show correct behaviour, not merely current behaviour.

set -u

if [ $# -ne 2 ]; then
	echo "usage: $0 XWALK CASE_DIR" >&2
	exit 2
fi
xwalk_bin=$(realpath "$1") || exit 1
case_dir=$(realpath "$2") || exit 1
src=${XW_SOURCE_ROOT:?XW_SOURCE_ROOT is not set; run through meson test}
data="$src/tests/engine/data"
name=$(basename "$case_dir")

if [ ! -f "$case_dir/cmd" ]; then
	echo "$name: no cmd file in $case_dir" >&2
	exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/xwalk-engine-cli.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin"
ln -s "$xwalk_bin" "$tmp/bin/xwalk"

(
	cd "$data" || exit 1
	exec env -u LC_ALL -u LC_MESSAGES -u LANGUAGE \
		LANG=C.UTF-8 PATH="$tmp/bin:$PATH" \
		XWALK_DATA_PATH="$data" XWALK_PLUGIN_PATH= \
		bash -e "$case_dir/cmd"
) >"$tmp/stdout" 2>"$tmp/stderr" </dev/null
status=$?

if [ "$status" -ge 128 ]; then
	echo "$name: crashed (status $status)" >&2
	cat "$tmp/stderr" >&2
	exit 1
fi

if [ -n "${XW_UPDATE_CLI:-}" ]; then
	cp "$tmp/stdout" "$case_dir/stdout"
	if [ -s "$tmp/stderr" ]; then cp "$tmp/stderr" "$case_dir/stderr"; else rm -f "$case_dir/stderr"; fi
	if [ "$status" -ne 0 ]; then echo "$status" >"$case_dir/status"; else rm -f "$case_dir/status"; fi
	echo "$name: updated"
	exit 0
fi

fail=0
want_status=0
[ -f "$case_dir/status" ] && want_status=$(cat "$case_dir/status")
if [ "$status" != "$want_status" ]; then
	echo "$name: exit status $status, expected $want_status" >&2
	fail=1
fi
if ! cmp -s "$tmp/stdout" "$case_dir/stdout"; then
	echo "$name: standard output differs (- expected, + actual):" >&2
	diff -u "$case_dir/stdout" "$tmp/stdout" >&2
	fail=1
fi
want_stderr=/dev/null
[ -f "$case_dir/stderr" ] && want_stderr="$case_dir/stderr"
if ! cmp -s "$tmp/stderr" "$want_stderr"; then
	echo "$name: standard error differs (- expected, + actual):" >&2
	diff -u "$want_stderr" "$tmp/stderr" >&2
	fail=1
fi
[ "$fail" -eq 0 ] && echo "$name: ok"
exit "$fail"
