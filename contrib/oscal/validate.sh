#!/bin/sh
# Validates JSON documents against a JSON Schema (draft-07, as the OSCAL
# 1.2 schemas are) with Ajv 8 and ajv-formats, installed from the npm
# registry into a folder of their own:
#
#   contrib/oscal/validate.sh --install DIR        install the validator into DIR
#   contrib/oscal/validate.sh DIR SCHEMA FILE...   validate each FILE against SCHEMA
#
# Validation exits 0 when every file is valid, 1 when one is not, and 77
# (the "skipped" of meson test) when DIR has no validator or there is no
# node. Ajv runs with allErrors and strict false: the OSCAL schemas use
# "pattern" on numbers, which strict mode refuses to compile.
set -eu

AJV=ajv@8.20.0
FORMATS=ajv-formats@3.0.1

usage() {
	echo "usage: $0 --install DIR | $0 DIR SCHEMA FILE..." >&2
	exit 2
}

[ $# -ge 1 ] || usage
if [ "$1" = --install ]; then
	[ $# -eq 2 ] || usage
	command -v npm >/dev/null || { echo "$0: npm is not installed (apt-get install npm)" >&2; exit 1; }
	mkdir -p "$2"
	npm install --prefix "$2" --no-audit --no-fund --loglevel=error "$AJV" "$FORMATS"
	exit 0
fi

[ $# -ge 3 ] || usage
dir=$1
shift
if ! command -v node >/dev/null; then
	echo "$0: node is not installed; skipping" >&2
	exit 77
fi
if [ ! -f "$dir/node_modules/ajv/package.json" ] || [ ! -f "$dir/node_modules/ajv-formats/package.json" ]; then
	echo "$0: no validator in $dir; install it with: $0 --install $dir" >&2
	exit 77
fi
exec node "$(dirname "$0")/validate.js" "$dir" "$@"
