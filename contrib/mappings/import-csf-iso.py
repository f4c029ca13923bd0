#!/usr/bin/env python3
"""Regenerates mappings/nist-csf-2.0--iso27001-2022.yaml from NIST's export.

NIST's CSF 2.0 Reference Tool lists ISO/IEC 27001:2022 clauses and Annex A
controls as informative references of CSF functions, categories and
subcategories. The plugin nist-cprt reads them from the tool's Excel
export, as docs/formats.md describes ("NIST CSF 2.0 Reference Tool
export"): every row `related`, without rationale or strength, clauses
ISO/IEC 27001:2022 does not have left out and named. This script only
runs it:

  xwalk convert --from nist-cprt:target=iso27001-2022 --kind mapping EXPORT.xlsx OUT.yaml

Usage: contrib/mappings/import-csf-iso.py [--check] BUILD_DIR [EXPORT.xlsx [OUT.yaml]]

BUILD_DIR is a meson build directory with xwalk and the plugin built.
EXPORT defaults to ../shared/data/csf/csf2-cprt-export-2025-06-02.xlsx,
OUT to the bundled set. With --check, nothing is written: the set is
made in a temporary folder and `xwalk diff` compares its rows with the
bundled set's; the exit status is 1 when any row differs.
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
EXPORT = os.path.normpath(os.path.join(ROOT, '..', 'shared', 'data', 'csf',
                                      'csf2-cprt-export-2025-06-02.xlsx'))
BUNDLED = os.path.join(ROOT, 'mappings', 'nist-csf-2.0--iso27001-2022.yaml')
USAGE = 'usage: import-csf-iso.py [--check] BUILD_DIR [EXPORT.xlsx [OUT.yaml]]'


def convert(xwalk, export, out):
    subprocess.run([xwalk, 'convert', '--from', 'nist-cprt:target=iso27001-2022',
                    '--kind', 'mapping', export, out], check=True)


def check(xwalk, export):
    """Makes the set aside and compares its rows with the bundled set's."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, os.path.basename(BUNDLED))
        convert(xwalk, export, out)
        diff = subprocess.run([xwalk, 'diff', BUNDLED, out], check=True,
                              stdout=subprocess.PIPE, text=True).stdout
    sys.stdout.write(diff)
    return 0 if re.search(r'^0 rows added, 0 removed, 0 changed$', diff, re.M) else 1


def main(argv):
    checking = bool(argv) and argv[0] == '--check'
    args = argv[1:] if checking else argv
    if not 1 <= len(args) <= (2 if checking else 3):
        sys.exit(USAGE)
    xwalk = os.path.join(args[0], 'xwalk')
    export = args[1] if len(args) > 1 else EXPORT
    if checking:
        return check(xwalk, export)
    convert(xwalk, export, args[2] if len(args) > 2 else BUNDLED)
    return 0


if __name__ == '__main__':
    try:
        sys.exit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as e:
        sys.exit('import-csf-iso: %s failed with status %d' % (e.cmd[1], e.returncode))
