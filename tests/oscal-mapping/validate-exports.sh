#!/bin/sh
# Writes every bundled mapping set, the test fixture and the real OSCAL
# documents (read, then written again) as OSCAL with the built xwalk, and
# validates all of them against the OSCAL 1.2.1 mapping schema with
# contrib/oscal/validate.sh. Skips (77) when the validator is not
# installed: contrib/oscal/validate.sh --install "$XWALK_AJV_DIR", by
# default ${XDG_CACHE_HOME:-$HOME/.cache}/xwalk-ajv.
#
#   validate-exports.sh XWALK VALIDATE_SH
set -eu

xwalk=$1
validate=$2
schema=$XW_SHARED_DATA/oscal-mapping/oscal_mapping_schema.json
ajv_dir=${XWALK_AJV_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/xwalk-ajv}
# the one bundled set OSCAL cannot hold (no date): refused, checked in test_roundtrip
refused=nist-csf-2.0--iso27001-2022

if [ ! -f "$schema" ]; then
	echo "no OSCAL mapping schema at $schema; skipping"
	exit 77
fi
if [ ! -f "$ajv_dir/node_modules/ajv/package.json" ]; then
	echo "no JSON Schema validator in $ajv_dir; skipping."
	echo "Install it with: contrib/oscal/validate.sh --install $ajv_dir"
	exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for f in "$XW_SOURCE_ROOT"/mappings/*.yaml "$XW_SOURCE_ROOT"/tests/oscal-mapping/data/features.yaml; do
	name=$(basename "$f" .yaml)
	[ "$name" = "$refused" ] && continue
	"$xwalk" convert --to oscal-mapping "$f" "$tmp/$name.json"
done
for f in "$XW_SHARED_DATA"/oscal-mapping/*.json; do
	[ "$f" = "$schema" ] && continue
	"$xwalk" convert --from oscal-mapping --to oscal-mapping "$f" \
		"$tmp/again-$(basename "$f")" 2>/dev/null
done

"$validate" "$ajv_dir" "$schema" "$tmp"/*.json
