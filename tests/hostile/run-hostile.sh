#!/bin/sh
# SPDX-License-Identifier: MIT
#
# run-hostile.sh NAME: runs one hostile-input case of tests/hostile/cases.
#
# A case is cases/NAME.expected plus its input: the one other file
# cases/NAME.* (committed), or one generated at test time into the
# build folder. In NAME.expected, lines starting with "# " are settings:
#
#   # input: gen MODE ARG EXT   make NAME.EXT with gen-hostile MODE OUT ARG
#   # run: xlsx | plugins       xlsx: read it with xlsx-open (the .xlsx
#                               reader the plugins share); plugins: xwalk
#                               lint with the crashing plugins' folder as
#                               --plugin-dir. Default: xwalk lint FILE.
#   # status: N                 the exit status expected (default 1)
#   # timeout: S                seconds it may take (default 60)
#   # match: glob               the lines below are shell patterns
#   # (anything else)           a comment
#
# and every other line is a line that standard error must hold, exactly
# and in order, and nothing else, apart from lint's closing count
# ("xwalk: lint: 1 file, 1 problem"). The input is given by its bare
# name (the command runs in its folder), so messages name it so.
# @PLUGINS@ stands for the crashing plugins' folder. The command must end
# in time and not be killed by a signal.
#
# Environment (set by meson): XWALK, XLSX_OPEN, GEN_HOSTILE, PLUGINS,
# CASES (the cases folder), WORK (a scratch folder in the build tree);
# XW_TIMEOUT_MULTIPLIER (default 1) scales every timeout, for slower
# builds (sanitizers).
set -u

name=$1
exp="$CASES/$name.expected"
if [ ! -f "$exp" ]; then
	echo "no case $exp" >&2
	exit 2
fi

setting() {
	sed -n "s/^# $1: //p" "$exp" | head -1
}

work="$WORK/$name"
rm -rf "$work"
mkdir -p "$work" || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 1' INT TERM

gen=$(setting input)
if [ -n "$gen" ]; then
	set -- $gen
	input="$name.$4"
	"$GEN_HOSTILE" "$2" "$work/$input" "$3" || exit 2
else
	input=""
	for f in "$CASES/$name".*; do
		case $f in
		*.expected) ;;
		*) input=$(basename "$f"); cp "$f" "$work/" ;;
		esac
	done
	if [ -z "$input" ]; then
		echo "case $name has no input file" >&2
		exit 2
	fi
	case $input in
	*.parts)
		"$GEN_HOSTILE" zip-parts "$work/$name.xlsx" "$work/$input" || exit 2
		input="$name.xlsx"
		;;
	esac
fi

secs=$(setting timeout)
limit=""
if command -v timeout >/dev/null 2>&1; then
	limit="timeout -s KILL $((${secs:-60} * ${XW_TIMEOUT_MULTIPLIER:-1}))"
fi
cd "$work" || exit 2
case $(setting run) in
xlsx) $limit "$XLSX_OPEN" "$input" >/dev/null 2>stderr ;;
plugins) $limit "$XWALK" --plugin-dir "$PLUGINS" lint "$input" >/dev/null 2>stderr ;;
*) $limit "$XWALK" lint "$input" >/dev/null 2>stderr ;;
esac
status=$?

want=$(setting status)
want=${want:-1}
glob=$(setting match)

grep -v '^# ' "$exp" | sed "s|@PLUGINS@|$PLUGINS|g" >expected
grep -v '^xwalk: lint: [0-9]* files*, [0-9]* problems*$' stderr >got

fail=""
if [ $status -gt 128 ] || [ $status -eq 124 ]; then
	fail="killed or timed out (exit status $status)"
elif [ $status -ne "$want" ]; then
	fail="exit status $status, expected $want"
elif [ "$glob" = glob ]; then
	if [ "$(wc -l <got)" -ne "$(wc -l <expected)" ]; then
		fail="$(wc -l <got) lines on standard error, expected $(wc -l <expected)"
	else
		i=0
		while IFS= read -r pat; do
			i=$((i + 1))
			line=$(sed -n "${i}p" got)
			# shellcheck disable=SC2254
			case $line in
			$pat) ;;
			*) fail="line $i does not match"; break ;;
			esac
		done <expected
	fi
elif ! cmp -s got expected; then
	fail="standard error differs"
fi

if [ -n "$fail" ]; then
	echo "FAIL $name: $fail"
	echo "--- expected (standard error)"
	cat expected
	echo "--- got (exit status $status)"
	cat stderr
	exit 1
fi
echo "ok $name"
exit 0
