#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# bench-lint.sh BUILD_DIR
#
# Times `xwalk lint` over the synthetic corpus against the parser floor
# (contrib/bench/yaml-scan: libyaml's event parser alone over the same
# bytes) and reports medians, peak memory and the two goals:
#
#   lint time   <= 2 x raw scan time
#   peak memory <  10 x corpus size
#
# This is a report, not a test: it exits 0 whether the goals pass or fail
# (2 for a usage error, when there is nothing to report). See README.md.
#
# Environment: BENCH_RUNS (runs of each program per case, default 5),
# BENCH_CORPUS (corpus folder, default contrib/bench/corpus; generated
# with the default size when it has no .complete stamp), BENCH_TIMER=python
# (use the python3 getrusage wrapper even when /usr/bin/time exists).

set -u

here=$(cd "$(dirname "$0")" && pwd)

if [ $# -ne 1 ] || [ "$1" = -h ] || [ "$1" = --help ]; then
	echo "usage: $0 BUILD_DIR   (a release build: meson setup BUILD_DIR --buildtype=release)" >&2
	exit 2
fi
build=$(cd "$1" 2>/dev/null && pwd) || { echo "bench-lint: no folder '$1'" >&2; exit 2; }
xwalk=$build/xwalk
scan=$build/contrib/bench/yaml-scan
corpus=${BENCH_CORPUS:-$here/corpus}
runs=${BENCH_RUNS:-5}
for exe in "$xwalk" "$scan"; do
	if [ ! -x "$exe" ]; then
		echo "bench-lint: $exe is missing; run 'ninja -C $1' first" >&2
		exit 2
	fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/bench-lint.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

# lint also loads the bundled data (frameworks/, mappings/) as context; an
# empty data path keeps that fixed cost, and its problems, out of the numbers
mkdir "$tmp/no-data"
export XWALK_DATA_PATH=$tmp/no-data

# --- measuring one run: wall seconds and peak RSS in KiB ------------------

if [ "${BENCH_TIMER:-}" != python ] && [ -x /usr/bin/time ] && /usr/bin/time -f '%e %M' -o "$tmp/probe" true 2>/dev/null; then
	timer="/usr/bin/time -f '%e %M %U %S'"
	measure() { # OUT ERR CMD...: writes "WALL_S PEAK_RSS_KIB USER_S SYS_S" to OUT
		local out=$1 err=$2
		shift 2
		/usr/bin/time -f '%e %M %U %S' -o "$out" "$@" >/dev/null 2>"$err"
	}
else
	timer="python3 resource.getrusage(RUSAGE_CHILDREN)"
	measure() { # OUT ERR CMD...: writes "WALL_S PEAK_RSS_KIB USER_S SYS_S" to OUT
		local out=$1 err=$2
		shift 2
		python3 -c '
import resource, subprocess, sys, time
t = time.monotonic()
subprocess.call(sys.argv[2:])
t = time.monotonic() - t
with open(sys.argv[1], "w") as f:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    f.write("%.2f %d %.2f %.2f\n" % (t, ru.ru_maxrss, ru.ru_utime, ru.ru_stime))
' "$out" "$@" >/dev/null 2>"$err"
	}
	# A child's peak RSS includes what it had before exec: a copy of the
	# interpreter. Say how much that is; it does not matter at corpus scale.
	measure "$tmp/probe" /dev/null true
	timer="$timer (its own floor: $(awk '{ printf "%.1f MiB", $2 / 1024 }' "$tmp/probe") peak RSS)"
fi

median() { # numbers on standard input
	sort -g | awk '{ v[NR] = $1 } END {
		if (NR == 0) { print "nan"; exit }
		if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# --- the corpus ------------------------------------------------------------

if [ ! -f "$corpus/.complete" ]; then
	echo "== generating the corpus in $corpus (about a minute)"
	python3 "$here/gen-corpus.py" "$corpus" || { echo "bench-lint: generation failed" >&2; exit 2; }
fi

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
echo "== xwalk lint benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "   machine: $(nproc) cores, ${cpu:-unknown CPU}, $(uname -sr)"
buildtype=$(python3 -c 'import json, sys
print(next(o["value"] for o in json.load(open(sys.argv[1])) if o["name"] == "buildtype"))' \
	"$build/meson-info/intro-buildoptions.json" 2>/dev/null) || buildtype=unknown
echo "   build:   $build (buildtype $buildtype)"
[ "$buildtype" = release ] || echo "   WARNING: not a release build; the times are not comparable"
echo "   corpus:  $corpus ($(cat "$corpus/.complete"))"
echo "   timer:   $timer; $runs runs of each program per case, alternating"

echo "== warming the page cache"
find "$corpus" -type f -name '*.yaml' -exec cat {} + >/dev/null

cases="full:$corpus frameworks:$corpus/frameworks"
rows=()
for c in $cases; do
	name=${c%%:*}
	path=${c#*:}
	# a warm-up run of each; yaml-scan also tells the exact bytes parsed
	bytes=$("$scan" "$path" | sed -n 's/^yaml-scan: .* \([0-9]*\) bytes.*/\1/p')
	"$xwalk" lint "$path" >/dev/null 2>"$tmp/lint.err"
	summary=$(tail -n 1 "$tmp/lint.err")
	echo "== case '$name': $path, $bytes bytes; $summary"
	if ! grep -q ', 0 problems$' "$tmp/lint.err"; then
		echo "   WARNING: lint reports problems; the corpus is not clean, so the timing includes reporting them:"
		head -n 5 "$tmp/lint.err" | sed 's/^/     /'
	fi
	: >"$tmp/runs"
	for i in $(seq 1 "$runs"); do
		measure "$tmp/x" "$tmp/err" "$xwalk" lint "$path"
		measure "$tmp/s" "$tmp/err" "$scan" "$path"
		# wall rss cpu for xwalk, then for yaml-scan
		# (GNU time puts "Command exited with non-zero status" first)
		read -r xw xm xu xs < <(tail -n 1 "$tmp/x")
		read -r sw sm su ss < <(tail -n 1 "$tmp/s")
		awk -v xw="$xw" -v xm="$xm" -v xc="$(echo "$xu $xs" | awk '{ print $1 + $2 }')" \
		    -v sw="$sw" -v sm="$sm" -v sc="$(echo "$su $ss" | awk '{ print $1 + $2 }')" \
		    'BEGIN { print xw, xm, xc, sw, sm, sc }' >>"$tmp/runs"
		printf '   run %d: xwalk %6.2fs (cpu %6.2fs) %8d KiB   yaml-scan %6.2fs (cpu %6.2fs) %6d KiB\n' \
			"$i" "$xw" "$(tail -n 1 "$tmp/runs" | cut -d' ' -f3)" "$xm" \
			"$sw" "$(tail -n 1 "$tmp/runs" | cut -d' ' -f6)" "$sm"
	done
	col() { cut -d' ' -f"$1" "$tmp/runs" | median; }
	pair() { awk -v a="$1" -v b="$2" '{ print ($b > 0 ? $a / $b : 0) }' "$tmp/runs" | median; }
	# name bytes wall-x wall-s rss-x cpu-x cpu-s paired-wall-ratio paired-cpu-ratio
	rows+=("$name $bytes $(col 1) $(col 4) $(col 2) $(col 3) $(col 6) $(pair 1 4) $(pair 3 6)")
done

# --- the report ------------------------------------------------------------

echo
printf '%-11s %10s %10s %7s %12s %12s %10s\n' \
	case "xwalk s" "floor s" ratio "xwalk RSS" corpus "RSS/corpus"
printf '%-11s %10s %10s %7s %12s %12s %10s\n' \
	----------- ---------- ---------- ------- ------------ ------------ ----------
for r in "${rows[@]}"; do
	read -r n b xt st xm _ <<<"$r"
	awk -v n="$n" -v b="$b" -v xt="$xt" -v st="$st" -v xm="$xm" 'BEGIN {
		printf "%-11s %10.2f %10.2f %6.2fx %8.1f MiB %8.1f MiB %9.2fx\n",
			n, xt, st, (st > 0 ? xt / st : 0), xm / 1024, b / 1048576,
			(b > 0 ? xm * 1024 / b : 0) }'
done
echo "(times: median wall seconds of $runs runs; ratio: of the two medians;"
echo " RSS: median peak resident set of the xwalk runs; corpus: bytes of YAML read)"

echo
echo "== noise check: the same ratio from CPU time (user+sys), and run by run"
printf '%-11s %10s %10s %10s %12s %12s\n' case "xwalk cpu" "floor cpu" "cpu ratio" "paired wall" "paired cpu"
for r in "${rows[@]}"; do
	read -r n _ _ _ _ xc sc pw pc <<<"$r"
	awk -v n="$n" -v xc="$xc" -v sc="$sc" -v pw="$pw" -v pc="$pc" 'BEGIN {
		printf "%-11s %10.2f %10.2f %9.2fx %11.2fx %11.2fx\n",
			n, xc, sc, (sc > 0 ? xc / sc : 0), pw, pc }'
done
echo "(paired: median over runs of xwalk/yaml-scan for each back-to-back pair)"

echo
echo "== goals (on the median wall times; CPU-time ratio alongside, for the noise)"
for r in "${rows[@]}"; do
	read -r n b xt st xm xc sc _ <<<"$r"
	awk -v n="$n" -v b="$b" -v xt="$xt" -v st="$st" -v xm="$xm" -v xc="$xc" -v sc="$sc" 'BEGIN {
		ratio = st > 0 ? xt / st : 1e9
		mem = b > 0 ? xm * 1024 / b : 1e9
		printf "%-11s lint <= 2x raw scan:        %5.2fx  %s   (cpu time: %.2fx)\n", n, ratio,
			(ratio <= 2 ? "PASS" : "FAIL"), (sc > 0 ? xc / sc : 0)
		printf "%-11s peak memory < 10x corpus:   %5.2fx  %s\n", n, mem, (mem < 10 ? "PASS" : "FAIL")
	}'
done
exit 0
