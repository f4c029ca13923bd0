#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# run-all.sh BUILD_DIR
#
# Every speed goal of the project in one table: for each case, xwalk's
# median wall time, CPU time and peak memory next to a floor measured in
# the same run (the two alternate, run by run), the ratio, the instruction
# counts of one run of each under callgrind (stable on a busy machine),
# and the goal with its verdict. See README.md for what each case means.
#
# This is a report, not a test: it exits 0 whether the goals pass or not
# (2 for a usage error, 1 when a command fails).
#
# Environment:
#   BENCH_RUNS    runs of each program per case (default 5)
#   BENCH_OSCAL   folder with NIST_SP-800-53_rev5_catalog_5.0.1.{xml,json}
#                 (default: ../shared/data/oscal beside the source tree)
#   BENCH_SMALL   a small synthetic corpus (default: generated once into
#                 ${TMPDIR:-/tmp}/xwalk-bench-small, 10 frameworks, 19 MiB)
#   BENCH_HUB     a hub corpus (gen-corpus.py DIR --hub): also runs
#                 engine-bench on it, three times (each loads 476 MiB first)
#   BENCH_THREADS threads engine-bench spreads its phases over (2: the
#                 machine's cores)
#   BENCH_INSTR=0 skips the callgrind counts

set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

if [ $# -ne 1 ] || [ "$1" = -h ] || [ "$1" = --help ]; then
	echo "usage: $0 BUILD_DIR   (a release build: meson setup BUILD_DIR --buildtype=release)" >&2
	exit 2
fi
build=$(cd "$1" 2>/dev/null && pwd) || { echo "run-all: no folder '$1'" >&2; exit 2; }
xwalk=$build/xwalk
bench=$build/contrib/bench
runs=${BENCH_RUNS:-5}
oscal=${BENCH_OSCAL:-$root/../shared/data/oscal}
small=${BENCH_SMALL:-${TMPDIR:-/tmp}/xwalk-bench-small}
for exe in "$xwalk" "$bench/yaml-scan" "$bench/timed-run" "$bench/engine-bench"; do
	if [ ! -x "$exe" ]; then
		echo "run-all: $exe is missing; run 'ninja -C $1' first" >&2
		exit 2
	fi
done
for tool in xmllint python3; do
	command -v "$tool" >/dev/null || { echo "run-all: $tool is not installed" >&2; exit 2; }
done
instr=1
if [ "${BENCH_INSTR:-1}" = 0 ] || ! command -v valgrind >/dev/null; then
	instr=0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/run-all.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/no-data"

median() { # numbers on standard input
	sort -g | awk '{ v[NR] = $1 } END {
		if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2];
		else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Instructions of one run under callgrind ("-" when skipped), of the
# process itself. The child the plugin host forks to try the plugins'
# inits reports the parent's count up to the fork plus its own, so adding
# it would count the parent again; its own work (the inits) is left out.
instructions() {
	if [ $instr = 0 ]; then
		echo -
		return
	fi
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
		awk 'match($0, /^==[0-9]+==/) && !pid { pid = substr($0, 1, RLENGTH) }
		     /Collected :/ && index($0, pid) == 1 { n = $NF }
		     END { print n ? n : "-" }'
}

fmt_instr() {
	case $1 in
	-|'') echo - ;;
	*) awk -v n="$1" 'BEGIN { printf "%.1fM", n / 1e6 }' ;;
	esac
}

ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0 && a ~ /^[0-9.]+$/) printf "%.2fx", a / b; else print "-" }'
}

# case NAME GOAL: runs the arrays xw and floor alternately, BENCH_RUNS
# times each, and prints one table row. GOAL is "ratio<=X" (median wall
# ratio) or "ms<X" (xwalk's median wall time).
rows=()
verdicts=()
slow_instr=0
run_case() {
	local name=$1 goal=$2 i
	: >"$tmp/$name.xw"
	: >"$tmp/$name.fl"
	for ((i = 0; i < runs; i++)); do
		if ! "$bench/timed-run" "${xw[@]}" >>"$tmp/$name.xw" 2>"$tmp/$name.err"; then
			echo "run-all: $name: '${xw[*]}' failed:" >&2
			cat "$tmp/$name.err" >&2
			exit 1
		fi
		if ! "$bench/timed-run" "${floor[@]}" >>"$tmp/$name.fl" 2>"$tmp/$name.err"; then
			echo "run-all: $name: floor '${floor[*]}' failed:" >&2
			cat "$tmp/$name.err" >&2
			exit 1
		fi
	done
	local xw_ms fl_ms xw_rss fl_rss xw_cpu fl_cpu xw_in fl_in wall_r verdict
	xw_ms=$(cut -d' ' -f1 "$tmp/$name.xw" | median)
	fl_ms=$(cut -d' ' -f1 "$tmp/$name.fl" | median)
	xw_rss=$(cut -d' ' -f2 "$tmp/$name.xw" | median)
	fl_rss=$(cut -d' ' -f2 "$tmp/$name.fl" | median)
	xw_cpu=$(cut -d' ' -f3 "$tmp/$name.xw" | median)
	fl_cpu=$(cut -d' ' -f3 "$tmp/$name.fl" | median)
	xw_in=-
	fl_in=-
	if [ "$slow_instr" = 0 ]; then
		xw_in=$(instructions "${xw[@]}")
		fl_in=$(instructions "${floor[@]}")
	fi
	wall_r=$(ratio "$xw_ms" "$fl_ms")
	local cpu_r cpu_v
	cpu_r=$(ratio "$xw_cpu" "$fl_cpu")
	case $goal in
	ratio\<=*)
		verdict=$(awk -v r="${wall_r%x}" -v g="${goal#ratio<=}" 'BEGIN { print (r <= g) ? "PASS" : "FAIL" }')
		cpu_v=$(awk -v r="${cpu_r%x}" -v g="${goal#ratio<=}" 'BEGIN { print (r <= g) ? "PASS" : "FAIL" }') ;;
	ms\<*)
		verdict=$(awk -v t="$xw_ms" -v g="${goal#ms<}" 'BEGIN { print (t < g) ? "PASS" : "FAIL" }')
		cpu_v=$(awk -v t="$xw_cpu" -v g="${goal#ms<}" 'BEGIN { print (t < g) ? "PASS" : "FAIL" }') ;;
	esac
	rows+=("$(printf '%-12s %9.1f %9.1f %7s %9.1f %9.1f %7s %9s %9s %7s %9.1f %9.1f' \
		"$name" "$xw_ms" "$fl_ms" "$wall_r" "$xw_cpu" "$fl_cpu" "$cpu_r" \
		"$(fmt_instr "$xw_in")" "$(fmt_instr "$fl_in")" "$(ratio "$xw_in" "$fl_in")" \
		"$(awk -v k="$xw_rss" 'BEGIN { print k / 1024 }')" \
		"$(awk -v k="$fl_rss" 'BEGIN { print k / 1024 }')")")
	verdicts+=("$(printf '%-12s %-44s %-5s (on cpu time: %s)' "$name" "$goal (${floor_name})" "$verdict" "$cpu_v")")
}

echo "run-all: $(date -u '+%Y-%m-%d %H:%M UTC'), nproc $(nproc), load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
echo "run-all: $runs runs per program and case, alternating; build $build"

# The OSCAL catalog loaded into the model: lint reads it through the oscal
# plugin, builds the framework and checks it. lint also loads the bundled
# data as context; an empty data path keeps that out, here and for the
# corpus (exported, so that callgrind sees xwalk itself, not env).
export XWALK_DATA_PATH=$tmp/no-data
catalog=$oscal/NIST_SP-800-53_rev5_catalog_5.0.1
if [ -r "$catalog.xml" ] && [ -r "$catalog.json" ]; then
	cat "$catalog.xml" "$catalog.json" >/dev/null   # warm the page cache
	floor_name="xmllint --stream --noout"
	xw=("$xwalk" lint "$catalog.xml")
	floor=(xmllint --stream --noout "$catalog.xml")
	run_case oscal-xml 'ratio<=1.5'
	floor_name="yaml-scan, libyaml events"
	xw=("$xwalk" lint "$catalog.json")
	floor=("$bench/yaml-scan" "$catalog.json")
	run_case oscal-json 'ratio<=1.5'
else
	echo "run-all: no $catalog.{xml,json}; OSCAL cases skipped (set BENCH_OSCAL)" >&2
fi

# The synthetic corpus, small enough to run five times in a minute;
# bench-lint.sh runs the full 478 MiB one.
if [ ! -e "$small/.complete" ]; then
	python3 "$here/gen-corpus.py" "$small" --frameworks 10 >/dev/null || exit 1
fi
floor_name="yaml-scan, libyaml events"
xw=("$xwalk" lint "$small")
floor=("$bench/yaml-scan" "$small")
slow_instr=1   # minutes under callgrind; README.md has the counts
run_case lint-small 'ratio<=2'
slow_instr=0

# The reuse report of the README's Quick start: a 93-control SoA against
# ★4 on the bundled data, process start included; floor: starting a process.
unset XWALK_DATA_PATH
floor_name="/bin/true, a process start"
xw=("$xwalk" gap --assessment "$root/contrib/examples/soa-example-parts.yaml"
	--target scs-2026 --profile star4)
floor=(/bin/true)
run_case gap-soa93 'ms<20'

xw=("$xwalk" --version)
run_case version 'ms<5'

echo
printf '%-12s %9s %9s %7s %9s %9s %7s %9s %9s %7s %9s %9s\n' case 'xwalk ms' 'floor ms' ratio \
	'xw cpu' 'fl cpu' ratio 'xw instr' 'fl instr' ratio 'xw MiB' 'fl MiB'
printf '%s\n' "------------ --------- --------- ------- --------- --------- ------- --------- --------- ------- --------- ---------"
printf '%s\n' "${rows[@]}"
echo "(ms: median wall time of $runs runs, process start included; cpu: median user+system ms;"
echo " instr: instructions of one run under callgrind; MiB: median peak resident set)"
echo
echo "== goals (on the median wall times; on a busy machine read the CPU-time verdict beside it)"
printf '%s\n' "${verdicts[@]}"

if [ -n "${BENCH_HUB:-}" ]; then
	echo
	echo "== the engine on a hub: engine-bench $BENCH_HUB bench-fw-000 (3 runs; the first in full)"
	for run in 1 2 3; do
		"$bench/engine-bench" "$BENCH_HUB" bench-fw-000 $((run == 1 ? 2 : 0)) \
			"${BENCH_THREADS:-2}" >"$tmp/engine$run" || exit 1
	done
	cat "$tmp/engine1"
	# the medians of the three runs' engine lines (wall, cpu)
	grep -h '^engine ' "$tmp/engine1" "$tmp/engine2" "$tmp/engine3" >"$tmp/engines"
	wall=$(sort -k2,2n "$tmp/engines" | awk 'NR == 2 { print $2 }')
	cpu=$(sort -k5,5n "$tmp/engines" | awk 'NR == 2 { print $5 }')
	echo "engine runs: $(awk '{ printf "%s ", $2 }' "$tmp/engines")s wall"
	awk -v w="$wall" -v c="$cpu" -v t="${BENCH_THREADS:-2}" 'BEGIN {
		printf "%-12s %-44s %-5s (median %.2f s wall, %.2f s cpu, %d thread(s))\n", "engine-hub",
			"s<2 (no floor)", w < 2 ? "PASS" : "FAIL", w, c, t }'
fi
echo
echo "run-all: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
