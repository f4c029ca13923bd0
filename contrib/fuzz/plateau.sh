#!/bin/sh
# SPDX-License-Identifier: MIT
#
# contrib/fuzz/plateau.sh LOG...
#
# Whether a libFuzzer run had stopped finding new coverage: for each log
# (BUILD/fuzz-artifacts/HARNESS/fuzz.log of contrib/fuzz/run.sh), the
# inputs run, the coverage (edges, "cov") and features ("ft") when the
# corpus was loaded and at the end, after how many of the inputs each
# last grew, and how many edges the second half of the inputs added. A
# run whose coverage last grew early, at a small share of its inputs,
# has levelled off; one that still grew near the end has not, and the
# second half's edges tell how fast it still grows. libFuzzer prints no
# clock, so the inputs run stand in for time (the rate is steady once
# the corpus is loaded).
set -u

if [ $# -eq 0 ]; then
	echo "usage: $0 LOG..." >&2
	exit 2
fi
printf '%-22s %10s %7s %7s %16s %9s %7s %7s %16s\n' log inputs 'cov 0' 'cov' 'cov last grew' \
	'2nd half' 'ft 0' 'ft' 'ft last grew'
for log in "$@"; do
	# BUILD/fuzz-artifacts/HARNESS/fuzz.log, or a copy named HARNESS.log
	case $log in
	*/fuzz.log) name=$(basename "$(dirname "$log")") ;;
	*) name=$(basename "$log" .log) ;;
	esac
	awk -v name="$name" '
	/^#[0-9]+[ \t]/ {
		n = substr($1, 2) + 0
		for (i = 2; i < NF; i++) {
			if ($i == "cov:") c = $(i + 1) + 0
			if ($i == "ft:") f = $(i + 1) + 0
		}
		if ($2 == "INITED") { c0 = c; f0 = f; cl = n; fl = n }
		at[k] = n; cov[k++] = c
		if (c > cmax) { cmax = c; if (c0) cl = n }
		if (f > fmax) { fmax = f; if (f0) fl = n }
		last = n
	}
	END {
		if (!last) { printf "%-22s (no runs in the log)\n", name; exit }
		for (i = 0; i < k && at[i] <= last / 2; i++)
			half = cov[i]
		printf "%-22s %10d %7d %7d %9d (%3d%%) %9s %7d %7d %9d (%3d%%)\n", name, last, c0,
			cmax, cl, 100 * cl / last, "+" (cmax - half), f0, fmax, fl, 100 * fl / last
	}' "$log"
done
