#!/bin/sh
# migrate on a small real case: a version map that keeps D1 as it was
# (equal), widens D2 and D3 (subset-of: the new controls ask more), and
# drops D4. Checks the fate of every row and the relations derived.
set -eu
xwalk=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XWALK_DATA_PATH="$here/data"
"$xwalk" migrate "$here/data/mappings/demo-goal.yaml" --to "$here/new-demo.yaml" \
	--via "$here/version-map.yaml" -o "$tmp/out.yaml" --format csv | tr -d '\r' > "$tmp/report.csv"
expect() { grep -qx -- "$1" "$2" || { echo "missing in $2: $1" >&2; cat "$2" >&2; exit 1; }; }
expect 'r1,carried,every item maps equal to one successor' "$tmp/report.csv"
# D2 superset T2, N2 superset D2: N2 superset T2 follows exactly
expect 'r2,review,relation re-derived through the version map: superset-of' "$tmp/report.csv"
# D3 equal T3, N3 superset D3: N3 superset T3
expect 'r3,review,relation re-derived through the version map: superset-of' "$tmp/report.csv"
expect "r4,dropped,'D4' has no successor in the new version" "$tmp/report.csv"
# the carried row keeps its review; the others are drafts on the new ids
grep -A3 'id: r1' "$tmp/out.yaml" | grep -q 'sources: \[N1\]'
grep -A9 'id: r1' "$tmp/out.yaml" | grep -q 'status: reviewed'
grep -A8 'id: r2' "$tmp/out.yaml" | grep -q 'status: draft'
! grep -q 'id: r4' "$tmp/out.yaml"
# the result is a valid set on the new version
XWALK_DATA_PATH="$tmp" "$xwalk" lint "$tmp/out.yaml" "$here/new-demo.yaml" "$here/data/frameworks/target.yaml"
echo "migrate: ok"
