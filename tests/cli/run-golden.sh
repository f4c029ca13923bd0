#!/bin/bash
# SPDX-License-Identifier: MIT
#
# Golden tests for the `xwalk` command.
#
#   run-golden.sh XWALK CASE_DIR
#   run-golden.sh --check-list CASES_DIR NAME...   (see below)
#
# A case is a folder under tests/cli/cases/ holding:
#
#   cmd      a bash snippet, run with `bash -e` in a fresh empty temp folder
#            (the current directory), with `xwalk` on PATH. Most are one
#            line, `xwalk ARGS`; a few first make their input files.
#            Variables: $SRC (source root), $BUILD (build root), $CASE (this
#            case's folder), $FAKE_DIR (the fake plugins, tests/plugins).
#   stdout   the expected standard output, byte for byte.
#   stderr   the expected standard error, then one last line
#            "[exit N]" with the exit status of the snippet.
#   filter   optional: a sed script applied to the actual stdout and stderr
#            (after the path normalisation below), for output that
#            depends on things outside the case, such as other plugins
#            found in the build tree.
#
# Before comparing, the absolute paths of the temp folder, the build root
# and the source root are replaced by $TMP, $BUILD and $SRC, in that order.
# An exit status from 128 up (a signal) is reported as a crash.
#
# The environment is fixed: LANG=C.UTF-8 (a case may set its own on the
# command line), LC_ALL, LC_MESSAGES, LANGUAGE, XWALK_DATA_PATH and
# XWALK_PLUGIN_PATH unset, so bundled data comes from the source tree.
#
# XW_UPDATE_GOLDEN=1 rewrites stdout and stderr from the actual output
# instead of comparing: read every changed golden file before committing,
# it must show correct behaviour, not merely current behaviour.
#
#   XW_UPDATE_GOLDEN=1 meson test -C BUILD --suite cli
#
# XW_GOLDEN_VALGRIND="OPTIONS" runs every xwalk of the case under
# `valgrind --quiet OPTIONS`; give --error-exitcode=N so that what valgrind
# finds shows in the status, and so fails the case:
#
#   XW_GOLDEN_VALGRIND="--error-exitcode=99 --leak-check=full
#     --errors-for-leak-kinds=definite,indirect" meson test -C BUILD --suite cli
#
# Under `meson test --setup valgrind` this script is itself started in
# valgrind, tracing every child: bash, sed, mktemp and the rest would be
# checked (and some of them leak), not just xwalk. The cases are then
# skipped (status 77); use XW_GOLDEN_VALGRIND instead.

set -u

case ${LD_PRELOAD:-} in
*/vgpreload_*)
	echo "skipped under valgrind: it would check bash and the tools, not" \
		"only xwalk; run with XW_GOLDEN_VALGRIND instead (see $0)"
	# bash's exit leaks the command being run, which valgrind would
	# count against us; exec'ing is not checked, and sh exits cleanly
	exec /bin/sh -c 'exit 77'
	;;
esac

# run-golden.sh --check-list CASES_DIR NAME...: the meson.build list of
# cases (NAME...) must name every folder in CASES_DIR, and nothing else.
if [ "${1:-}" = --check-list ]; then
	cases_dir=$2
	shift 2
	diff -u --label "cases listed in meson.build" --label "folders in $cases_dir" \
		<(printf '%s\n' "$@" | LC_ALL=C sort) \
		<(cd "$cases_dir" && for d in */; do echo "${d%/}"; done | LC_ALL=C sort)
	exit
fi

if [ $# -ne 2 ]; then
	echo "usage: $0 XWALK CASE_DIR" >&2
	exit 2
fi
xwalk_bin=$(realpath "$1") || exit 1
case_dir=$(realpath "$2") || exit 1
src=${XW_SOURCE_ROOT:?XW_SOURCE_ROOT is not set; run through meson test}
build=${XW_BUILD_ROOT:?XW_BUILD_ROOT is not set; run through meson test}
fake_dir=${FAKE_DIR:-$build/tests/plugins}
name=$(basename "$case_dir")

if [ ! -f "$case_dir/cmd" ]; then
	echo "$name: no cmd file in $case_dir" >&2
	exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/xwalk-golden.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin" "$tmp/work" "$tmp/out"
if [ -n "${XW_GOLDEN_VALGRIND:-}" ]; then
	printf '#!/bin/sh\nexec valgrind --quiet %s "%s" "$@"\n' \
		"$XW_GOLDEN_VALGRIND" "$xwalk_bin" >"$tmp/bin/xwalk"
	chmod +x "$tmp/bin/xwalk"
else
	ln -s "$xwalk_bin" "$tmp/bin/xwalk"
fi

(
	cd "$tmp/work" || exit 1
	exec env -u LC_ALL -u LC_MESSAGES -u LANGUAGE \
		-u XWALK_DATA_PATH -u XWALK_PLUGIN_PATH -u XW_GOLDEN_VALGRIND \
		LANG=C.UTF-8 PATH="$tmp/bin:$PATH" \
		SRC="$src" BUILD="$build" CASE="$case_dir" FAKE_DIR="$fake_dir" \
		bash -e "$case_dir/cmd"
) >"$tmp/out/stdout.raw" 2>"$tmp/out/stderr.raw" </dev/null
status=$?

# Escapes a string for a basic sed regular expression.
regex() {
	printf '%s' "$1" | sed 's/[][\\.^$*]/\\&/g'
}

normalise() {
	local d=$'\001'
	sed -e "s${d}$(regex "$tmp/work")${d}\$TMP${d}g" \
	    -e "s${d}$(regex "$tmp")${d}\$TMP${d}g" \
	    -e "s${d}$(regex "$build")${d}\$BUILD${d}g" \
	    -e "s${d}$(regex "$src")${d}\$SRC${d}g" "$1" >"$2.norm" || return 1
	if [ -f "$case_dir/filter" ]; then
		sed -f "$case_dir/filter" "$2.norm" >"$2" || return 1
	else
		mv "$2.norm" "$2"
	fi
}

normalise "$tmp/out/stdout.raw" "$tmp/out/stdout" || exit 1
normalise "$tmp/out/stderr.raw" "$tmp/out/stderr" || exit 1
if [ -s "$tmp/out/stderr" ] && [ -n "$(tail -c 1 "$tmp/out/stderr")" ]; then
	printf '\n[no newline at end of stderr]\n' >>"$tmp/out/stderr"
fi
printf '[exit %d]\n' "$status" >>"$tmp/out/stderr"

if [ "${XW_UPDATE_GOLDEN:-0}" = 1 ]; then
	for f in stdout stderr; do
		if ! cmp -s "$tmp/out/$f" "$case_dir/$f"; then
			cp "$tmp/out/$f" "$case_dir/$f" || exit 1
			echo "$name: updated $f"
		fi
	done
	exit 0
fi

fail=0
if [ "$status" -ge 128 ]; then
	echo "$name: CRASH: exit status $status (signal $((status - 128)))"
	fail=1
fi
for f in stdout stderr; do
	if [ ! -f "$case_dir/$f" ]; then
		echo "$name: no golden $f; create it with XW_UPDATE_GOLDEN=1 and review it"
		fail=1
	elif ! cmp -s "$case_dir/$f" "$tmp/out/$f"; then
		echo "$name: $f differs (--- expected, +++ actual):"
		diff -u --label "expected $f" --label "actual $f" \
			"$case_dir/$f" "$tmp/out/$f"
		fail=1
	fi
done
if [ "$fail" = 0 ]; then
	echo "$name: ok"
fi
exit "$fail"
