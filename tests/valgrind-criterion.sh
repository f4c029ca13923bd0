#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Runs a test program under valgrind so that it also checks the worker
# processes Criterion starts for each test, and fails when valgrind finds
# anything in any process.
#
# Criterion runs every test in a fresh copy of the program (fork and
# exec), so valgrind sees the tests only with --trace-children=yes. A
# worker's valgrind exit code (--error-exitcode) is not passed on by the
# Criterion runner once the test itself has passed, so each process logs
# to its own file here and a non-empty log fails the run.
#
# Use: valgrind-criterion.sh PROGRAM [ARGS...]
# (for instance as the exe_wrapper of the 'valgrind' test setup, with
# CRITERION_NO_EARLY_EXIT=1 in its environment so that workers exit
# normally and leaks are checked on a clean exit).
set -u

logdir=$(mktemp -d "${TMPDIR:-/tmp}/xw-valgrind.XXXXXX") || exit 2
valgrind --trace-children=yes --error-exitcode=99 --leak-check=full \
	--suppressions="$(dirname "$0")/valgrind.supp" \
	--show-leak-kinds=definite,indirect \
	--errors-for-leak-kinds=definite,indirect --track-fds=no --quiet \
	--log-file="$logdir/vg.%p" "$@"
rc=$?
for f in "$logdir"/vg.*; do
	if [ -s "$f" ]; then
		cat "$f" >&2
		[ "$rc" -eq 0 ] && rc=99
	fi
done
rm -rf "$logdir"
exit "$rc"
