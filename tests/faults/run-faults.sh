#!/bin/sh
# SPDX-License-Identifier: MIT
#
# run-faults.sh kill CASE | full-disk CASE
#
# What happens to an output file when writing it goes wrong
# (docs/security.md#writing). CASE names one way xwalk writes a file;
# each writes OUT, a file that already holds other ("old") bytes:
#
#   native-framework, native-mapping   convert to native YAML
#   csv-framework, csv-mapping          convert through the csv plugin
#   oscal-mapping                       convert through oscal-mapping
#   report-text, report-json, ...       --format F --output OUT coverage
#
# kill: runs the command twice (the first warms the caches) to get the
# new bytes and its running time T, then $FAULT_KILLS times (default
# 100) again with SIGKILL sent after
# a delay spread evenly over 0..1.3 T (reading comes first, writing
# last; T measured on a busy machine can be longer than a later run). After every run OUT must hold either the old bytes or the whole
# new ones. Fails as well when no run was killed before it finished,
# since then nothing was tested. It counts the kills that caught the
# temporary file (.OUT.XXXXXX) half written, and removes it.
#
# full-disk: mounts a small tmpfs, fills it, and runs the command there:
# it must fail with status 1 and the one line
# "xwalk: OUT: cannot write: No space left on device (the old file is
# unchanged)", leave OUT as it was and no temporary file beside it.
# Skips (status 77) with a message when it cannot mount (not root, or
# no permission in this container).
#
# Environment (set by meson): XWALK, XW_SOURCE_ROOT, WORK (a scratch
# folder in the build tree).
set -u

mode=$1
name=$2
src=$XW_SOURCE_ROOT
work="$WORK/$mode-$name"

fail() {
	echo "FAIL $mode $name: $*"
	exit 1
}

# The file a case writes, with the extension that picks its format.
out_name() {
	case $1 in
	native-*) echo out.yaml ;;
	csv-*) echo out.csv ;;
	oscal-mapping) echo out.json ;;
	report-*) echo "out.${1#report-}" ;;
	*) return 1 ;;
	esac
}

# Runs case $1 writing $2 (in the current folder).
run_case() {
	case $1 in
	native-framework) "$XWALK" convert "$src/frameworks/scs-2026.yaml" "$2" ;;
	native-mapping)
		"$XWALK" convert "$src/mappings/nist-csf-2.0--iso27001-2022.yaml" "$2" ;;
	csv-framework) "$XWALK" convert "$src/frameworks/scs-2026.yaml" "$2" ;;
	csv-mapping)
		"$XWALK" convert "$src/mappings/nist-csf-2.0--iso27001-2022.yaml" "$2" ;;
	oscal-mapping)
		"$XWALK" convert --to oscal-mapping \
			"$src/tests/oscal-mapping/data/features.yaml" "$2" ;;
	report-*)
		"$XWALK" --format "${1#report-}" --output "$2" \
			coverage nist-csf-2.0 iso27001-2022 ;;
	esac
}

out=$(out_name "$name") || fail "no such case"
rm -rf "$work"
mkdir -p "$work" || exit 2
trap 'cd /; umount "$work/disk" 2>/dev/null; rm -rf "$work"' EXIT
trap 'exit 1' INT TERM
cd "$work" || exit 2
printf 'old bytes, not what xwalk writes\n' >old

now_ms() {
	echo $(($(date +%s%N) / 1000000))
}

kill_runs() {
	# twice: the first run warms the caches, the second is timed
	run_case "$name" "new.${out#out.}" >/dev/null 2>err || fail "$(cat err)"
	start=$(now_ms)
	run_case "$name" "new.${out#out.}" >/dev/null 2>err || fail "$(cat err)"
	took=$(($(now_ms) - start))
	n=${FAULT_KILLS:-100}
	killed=0 got_old=0 got_new=0 mid_write=0
	i=0
	while [ $i -lt "$n" ]; do
		cp old "$out"
		delay=$(awk -v t="$took" -v i="$i" -v n="$n" \
			'BEGIN { printf "%.4f", t * 1.3 * i / n / 1000 }')
		run_case "$name" "$out" >/dev/null 2>&1 &
		pid=$!
		sleep "$delay"
		kill -KILL $pid 2>/dev/null
		# (the shell's "Killed" notice goes to the bin)
		wait $pid 2>/dev/null
		[ $? -eq 137 ] && killed=$((killed + 1))
		if cmp -s "$out" old; then
			got_old=$((got_old + 1))
		elif cmp -s "$out" "new.${out#out.}"; then
			got_new=$((got_new + 1))
		else
			fail "run $i (killed after $delay s): $out is neither the old file nor the new one"
		fi
		for t in ".$out".*; do
			[ -e "$t" ] && mid_write=$((mid_write + 1)) && rm -f "$t"
		done
		i=$((i + 1))
	done
	echo "$name: $n runs of ${took} ms, $killed killed ($mid_write with the" \
		"temporary file written); $got_old left the old file, $got_new the new one"
	[ $killed -gt 0 ] || fail "no run was killed before it finished"
}

full_disk() {
	if [ "$(id -u)" -ne 0 ]; then
		echo "skipped: mounting a tmpfs needs root"
		exit 77
	fi
	mkdir disk
	if ! mount -t tmpfs -o size=256k tmpfs disk 2>err; then
		echo "skipped: cannot mount a tmpfs here: $(cat err)"
		exit 77
	fi
	cp old "disk/$out"
	# fill it: dd stops when the disk is full
	dd if=/dev/zero of=disk/fill bs=4096 2>/dev/null
	cd disk || exit 2
	run_case "$name" "$out" >/dev/null 2>../err
	status=$?
	cd .. || exit 2
	expect="xwalk: $out: cannot write: No space left on device (the old file is unchanged)"
	[ $status -eq 1 ] || fail "exit status $status, expected 1: $(cat err)"
	[ "$(cat err)" = "$expect" ] || fail "standard error: '$(cat err)', expected '$expect'"
	cmp -s "disk/$out" old || fail "$out changed"
	left=$(ls -A disk | grep -v -x -e fill -e "$out")
	[ -z "$left" ] || fail "left behind: $left"
	echo "$name: full disk refused, old file kept"
}

case $mode in
kill) kill_runs ;;
full-disk) full_disk ;;
*) fail "unknown mode" ;;
esac
exit 0
