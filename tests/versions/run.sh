#!/bin/sh
# The real version cases of issue #7 on NIST's data: CSF 1.1 -> 2.0 and
# SP 800-53 rev. 4 -> rev. 5. Counts are checked against
# contrib/versions/expected-counts.py, which works them out from the CSV
# files and NIST's OSCAL catalogs without xwalk; the migration of a small
# CSF 1.1 set of ours is checked row by row.
set -eu
xwalk=$1
root=$XW_SOURCE_ROOT
data=$XW_SHARED_DATA
export_xlsx=$data/csf/csf2-cprt-export-2025-06-02.xlsx
compared_xlsx=$data/mappings/sp800-53r4-to-r5-comparison-workbook.xlsx
rev5=$data/oscal/NIST_SP-800-53_rev5_catalog_5.0.1.json
if [ ! -f "$export_xlsx" ] || [ ! -f "$compared_xlsx" ] || [ ! -f "$rev5" ] ||
	[ ! -f "$data/mappings/csf2_withdrawn_ids.csv" ]; then
	echo "versions: skipped, NIST's data is not in $data" >&2
	exit 77
fi
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XWALK_PLUGIN_PATH="$XW_BUILD_ROOT/plugins"
export XWALK_DATA_PATH="$root"
python3 "$root/contrib/versions/expected-counts.py" > "$tmp/expected"
want() { awk -v k="$1" '$1 == k { print $2 }' "$tmp/expected"; }
expect() { grep -qx -- "$1" "$2" || { echo "missing in $2: $1" >&2; cat "$2" >&2; exit 1; }; }
count() { grep -c -- "$1" "$2" || true; }

# the bundled 1.1 catalog is what the script makes of NIST's files
python3 "$root/contrib/versions/make-csf-1.1.py" "$XW_BUILD_ROOT" "$tmp/csf-1.1.yaml" > /dev/null
cmp "$tmp/csf-1.1.yaml" "$root/frameworks/nist-csf-1.1.yaml"

# the version mapping, read from NIST's export by the plugin
"$xwalk" convert --from nist-cprt:from=nist-csf-1.1 --kind mapping "$export_xlsx" "$tmp/map.yaml"
"$xwalk" lint "$tmp/map.yaml" > /dev/null
[ "$(count '^    relationship: subset-of' "$tmp/map.yaml")" = "$(want csf.map-subset-of)" ]
[ "$(count "justification: \"NIST's CSF 2.0 Reference Tool: [A-Z.0-9-]* \[Withdrawn: Moved to" "$tmp/map.yaml")" = "$(want csf.map-moved-to)" ]
[ "$(count '^    justification: "\{0,1\}NIST lists CSF v1.1 ' "$tmp/map.yaml")" = "$(want csf.map-cited)" ]
grep -q "NIST's note names no CSF 2.0 id for: PR.IP, PR.PT, DE.DP\." "$tmp/map.yaml"
[ "$(want csf.map-no-successor)" = 3 ]

# diff 1.1 -> 2.0: the counts, and what the map says of an uncompared item
"$xwalk" diff --via "$tmp/map.yaml" "$root/frameworks/nist-csf-1.1.yaml" \
	"$root/frameworks/nist-csf-2.0.yaml" --format csv | tr -d '\r' > "$tmp/diff.csv"
"$xwalk" diff "$root/frameworks/nist-csf-1.1.yaml" "$root/frameworks/nist-csf-2.0.yaml" > "$tmp/diff.txt"
expect "$(want csf.added) added, $(want csf.removed) removed, 0 renumbered, 0 moved, 0 reworded, $(want csf.withdrawn) withdrawn" "$tmp/diff.txt"
expect "$(want csf.uncompared) uncompared: the title or text of one version is not known" "$tmp/diff.txt"
grep -q '^uncompared,ID.AM-01,ID.AM-01,,nist-[0-9]*: related -> ID.AM-01$' "$tmp/diff.csv"
grep -q '^removed,ID.BE,,Business Environment,nist-[0-9]*: subset-of -> GV.OC$' "$tmp/diff.csv"

# migrate our CSF 1.1 set: no row is exactly preserved, every row is listed
"$xwalk" migrate "$here/csf-1.1-set.yaml" --to "$root/frameworks/nist-csf-2.0.yaml" \
	--via "$tmp/map.yaml" -o "$tmp/out.yaml" --format csv | tr -d '\r' > "$tmp/report.csv"
# (1.1 item, 2.0 item) is related (same id or 'Moved to'); related o subset-of
for row in c01 c02 c05 c08 c09; do grep -q "^$row,review,\"\{0,1\}relation undetermined {EQ,PP,PPi,PO}" "$tmp/report.csv"; done
# 'Moved to' then equal: related o equal is related
for row in c10 c11; do grep -q "^$row,review,\"\{0,1\}relation undetermined {EQ,PP,PPi,PO}" "$tmp/report.csv"; done
# incorporated (subset-of the successors) then intersects: the new item holds the overlap
for row in c03 c04 c07 c12; do grep -q "^$row,review,\"\{0,1\}relation undetermined {PPi,PO}" "$tmp/report.csv"; done
# ID.GV-04: NIST moves it to GV.RM-04 but cites it for GV.RM-03; related o intersects may be unrelated
grep -q "^c06,review,\"\{0,1\}relation undetermined {EQ,PP,PPi,PO,DR} through the version map (may be unrelated)" "$tmp/report.csv"
expect "c13,dropped,'DE.DP' has no successor in the new version" "$tmp/report.csv"
[ "$(count ',carried,' "$tmp/report.csv")" = 0 ]
[ "$(count ',review,' "$tmp/report.csv")" = 12 ]
grep -A3 'id: c06' "$tmp/out.yaml" | grep -q 'sources: \[GV.RM-04, GV.RM-03\]'
grep -A3 'id: c03' "$tmp/out.yaml" | grep -q 'sources: \[GV.RR-02, GV.SC-02\]'
[ "$(count '^      status: draft' "$tmp/out.yaml")" = 12 ]
XWALK_DATA_PATH="$root" "$xwalk" lint "$tmp/out.yaml" > /dev/null

# stale detection: once reviewed, the migrated rows are stale exactly where
# an item is reworded; here GV.OC-03 goes back to its CSF 1.1 words (ID.GV-03)
"$xwalk" review "$tmp/out.yaml" --status reviewed --reviewer tester --date 2026-01-01 --all > /dev/null
"$xwalk" lint "$tmp/out.yaml" > "$tmp/lint-reviewed.txt" 2>&1
expect 'xwalk: lint: 1 file, 0 problems' "$tmp/lint-reviewed.txt"
mkdir -p "$tmp/data/frameworks"
cp "$root/frameworks/iso27001-2022.yaml" "$tmp/data/frameworks/"
old_words=$(grep -A4 'id: ID.GV-03$' "$root/frameworks/nist-csf-1.1.yaml" | sed -n 's/^ *en: //p')
[ -n "$old_words" ]
sed "/id: GV.OC-03\$/,/ en: / s/ en: .*/ en: $old_words/" "$root/frameworks/nist-csf-2.0.yaml" \
	> "$tmp/data/frameworks/nist-csf-2.0.yaml"
if XWALK_DATA_PATH="$tmp/data" "$xwalk" lint "$tmp/out.yaml" > "$tmp/lint-stale.txt" 2>&1; then
	echo "a reworded item left no row stale" >&2
	exit 1
fi
grep -q "row 'c05' is stale: source item 'GV.OC-03' changed since the row was reviewed" "$tmp/lint-stale.txt"
expect 'xwalk: lint: 1 file, 1 problem' "$tmp/lint-stale.txt"

# SP 800-53: the rev. 4 catalog and the version mapping from NIST's
# comparison workbook (nist-versions), rev. 5 from NIST's OSCAL catalog
"$xwalk" convert "$compared_xlsx" "$tmp/r4.yaml"
"$xwalk" convert --kind mapping "$compared_xlsx" "$tmp/r4r5.yaml"
[ "$(count '^  - id:' "$tmp/r4.yaml")" = "$(want sp80053.old-items)" ]
# every control's text is unknown, every family's title and text
families=$(count '^    kind: category$' "$tmp/r4.yaml")
[ "$(count '^    unknown: \[text\]$' "$tmp/r4.yaml")" = "$(( $(want sp80053.old-items) - families ))" ]
[ "$(count '^    unknown: \[title, text\]$' "$tmp/r4.yaml")" = "$families" ]
for rel in equal subset-of related; do
	[ "$(count "^    relationship: $rel\$" "$tmp/r4r5.yaml")" = "$(want sp80053.map-$rel)" ]
done
grep -q "NIST's note names no control for: sa-12, sc-19\." "$tmp/r4r5.yaml"
[ "$(want sp80053.map-no-successor)" = 2 ]
# NIST's Rev. 5 of September 2020 is not the 5.0.1 catalog, and lint says so, and only that
"$xwalk" lint "$tmp/r4r5.yaml" "$tmp/r4.yaml" "$rev5" > "$tmp/lint.txt" 2>&1 || true
grep -q "the set is for nist-sp800-53-r5 version '5 (September 2020)', but the loaded framework is version '5.0.1'" "$tmp/lint.txt"
grep -q '3 files, 1 problem' "$tmp/lint.txt"
# the old title where NIST says it changed
grep -A4 'id: ac-2.3$' "$tmp/r4.yaml" | grep -q 'en: Disable Inactive Accounts'
"$xwalk" diff --via "$tmp/r4r5.yaml" "$compared_xlsx" "$rev5" --format csv | tr -d '\r' > "$tmp/diff53.csv"
"$xwalk" diff "$tmp/r4.yaml" "$rev5" > "$tmp/diff53.txt"
expect "$(want sp80053.added) added, 0 removed, 0 renumbered, 0 moved, 0 reworded, $(want sp80053.withdrawn) withdrawn" "$tmp/diff53.txt"
expect "$(want sp80053.uncompared) uncompared: the title or text of one version is not known" "$tmp/diff53.txt"
grep -q '^withdrawn,ac-2.10,ac-2.10,Shared and Group Account Credential Change,nist-[0-9]*: subset-of -> ac-2$' "$tmp/diff53.csv"
grep -q '^uncompared,ac-2.3,ac-2.3,Disable Inactive Accounts,nist-[0-9]*: related -> ac-2.3$' "$tmp/diff53.csv"

# the nist-versions reader on made-up workbooks: each form, and bad input refused
python3 "$here/make_fixtures.py" "$tmp/fx"
"$xwalk" convert "$tmp/fx/synthetic.xlsx" "$tmp/s4.yaml"
"$xwalk" convert --kind mapping "$tmp/fx/synthetic.xlsx" "$tmp/s45.yaml"
ids=$(awk '/^  - id:/ { printf "%s ", $3 }' "$tmp/s4.yaml")
[ "$ids" = "zz zz-1 zz-2 zz-2.1 zz-2.2 zz-2.3 zz-3 zz-5 zz-6 " ]
grep -A4 'id: zz-1$' "$tmp/s4.yaml" | grep -q 'en: Policy Things'
grep -A4 'id: zz-2$' "$tmp/s4.yaml" | grep -q 'en: Gadget Control'
grep -A4 'id: zz-2.1$' "$tmp/s4.yaml" | grep -q 'en: Automated Widgets'
grep -A6 'id: zz-2.2$' "$tmp/s4.yaml" | grep -q 'status: withdrawn'
rows=$(awk '/^    sources:/ { s = $2 } /^    targets:/ { t = $2 } /^    relationship:/ { printf "%s%s%s ", s, t, $2 }' "$tmp/s45.yaml")
[ "$rows" = "[zz-1][zz-1]equal [zz-2][zz-2]related [zz-2.1][zz-2.1]subset-of [zz-2.3][zz-2]subset-of [zz-3][zz-3]equal [zz-5][zz-4]related " ]
grep -q "NIST's note names no control for: zz-6\." "$tmp/s45.yaml"
refused() {
	if "$xwalk" convert "$tmp/fx/$1.xlsx" "$tmp/bad.yaml" 2> "$tmp/err.txt"; then
		echo "$1.xlsx was read" >&2
		exit 1
	fi
	expect "xwalk: $tmp/fx/$1.xlsx: Compared!$2" "$tmp/err.txt"
}
refused bad-id "C6: 'ZZ-2a' is not an SP 800-53 control id (expected 'AC-2' or 'AC-2(1)')"
refused bad-notation "E6: 'Changes everything' is no change notation of NIST's legend"
refused bad-yn "D6: 'Maybe' is neither Y nor N"
echo "versions: ok"
