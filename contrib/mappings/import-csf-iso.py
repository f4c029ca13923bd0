#!/usr/bin/env python3
"""Regenerates mappings/nist-csf-2.0--iso27001-2022.yaml from NIST's data.

NIST's CSF 2.0 Reference Tool lists ISO/IEC 27001:2022 clauses and Annex A
controls as informative references of CSF functions, categories and
subcategories. NIST states only that an item is referenced, not how the
two relate, so every row is imported as `related` (type not given), with
no rationale or strength: xwalk's engine then treats it as "some
overlap, kind unknown" and never as coverage. Nothing here is authored.

Input: the informative-references table derived from the Reference Tool
export (columns csf_id,csf_level,scheme,reference), by default
../shared/data/mappings/csf2_informative_references.csv.

Usage: contrib/mappings/import-csf-iso.py [INPUT.csv] > mappings/nist-csf-2.0--iso27001-2022.yaml
Then `xwalk convert` the output onto itself to make it canonical
(the Quick start's lint checks it either way).
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, '..', '..', '..', 'shared', 'data', 'mappings',
                       'csf2_informative_references.csv')
SCHEME = 'ISO/IEC 27001:2022'
CATALOG = os.path.join(HERE, '..', '..', 'frameworks', 'iso27001-2022.yaml')


def catalog_ids():
    """Item ids of the bundled ISO catalog (its '- id:' lines)."""
    with open(CATALOG, encoding='utf-8') as f:
        return {m.group(1) for m in re.finditer(r'(?m)^  - id: "?([^"\n]+?)"?$', f.read())}


# NIST's cells that name no single item: kept out, and counted.
NOT_AN_ITEM = {'', 'None', 'All applicable controls'}


def iso_ids(ref):
    """ISO ids in one reference cell.

    'Mandatory Clause: 6.1' -> ['6.1']; 'Annex A Controls: 5.7' -> ['A.5.7'];
    'Mandatory Clause: 6.1, 6.2' -> both. A list item such as '4.2(a)'
    becomes its clause '4.2': what overlaps part of a clause overlaps the
    clause, so 'related' still holds. 'None', an empty cell and 'All
    applicable controls' name no item and give no row.
    """
    kind, _, rest = ref.partition(':')
    prefix = {'Mandatory Clause': '', 'Annex A Controls': 'A.'}.get(kind.strip())
    if prefix is None:
        raise SystemExit('import-csf-iso: cannot read ISO reference %r' % ref)
    ids = []
    for part in rest.split(','):
        part = part.strip()
        if part in NOT_AN_ITEM:
            continue
        m = re.fullmatch(r'(\d+(?:\.\d+)*)\s*(?:\([a-z]\))?', part)
        if not m:
            raise SystemExit('import-csf-iso: cannot read ISO reference %r' % ref)
        ids.append(prefix + m.group(1))
    return ids


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    with open(path, newline='', encoding='utf-8') as f:
        cells = [(r['csf_id'].strip(), r['reference'].strip())
                 for r in csv.DictReader(f) if r['scheme'] == SCHEME]
    known = catalog_ids()
    refs = [(csf, iso, ref) for csf, ref in cells for iso in iso_ids(ref)]
    empty = sum(1 for _, ref in cells if not iso_ids(ref))
    # NIST's data names a few clauses ISO/IEC 27001:2022 does not have
    # (e.g. '6.11'); we do not guess what was meant: they stay out, said.
    unknown = sorted({'%s -> %s' % (csf, iso) for csf, iso, _ in refs if iso not in known})
    refs = [r for r in refs if r[1] in known]
    seen = set()
    out = sys.stdout
    out.write('format: xwalk-mapping/1\n'
              'id: nist-csf-2.0--iso27001-2022\n'
              'title:\n'
              '  ja: NIST CSF 2.0 から ISO/IEC 27001:2022 への参考情報(NIST)\n'
              '  en: NIST CSF 2.0 informative references to ISO/IEC 27001:2022 (NIST)\n'
              'source:\n  framework: nist-csf-2.0\n  version: "2.0"\n'
              'target:\n  framework: iso27001-2022\n  version: "2022"\n'
              'author: NIST (CSF 2.0 Reference Tool informative references), imported by xwalk\n'
              'version: 2025-06-02 export\n'
              'method: human\n'
              'status: draft\n'
              'comprehensive: false\n'
              'intended-use: "NIST\'s informative references, imported unchanged by '
              'contrib/mappings/import-csf-iso.py. NIST gives no relationship type, '
              'so every row is \'related\'. Left out because ISO/IEC 27001:2022 has no '
              'such clause: %s."\n'
              'rows:\n' % ', '.join(unknown))
    n = 0
    for csf, iso, ref in refs:
        if (csf, iso) in seen:
            continue
        seen.add((csf, iso))
        n += 1
        out.write('  - id: nist-%04d\n'
                  '    sources: [%s]\n'
                  '    targets: ["%s"]\n'
                  '    relationship: related\n'
                  '    justification: "NIST lists ISO/IEC 27001:2022 %s as an informative '
                  'reference for %s."\n'
                  '    review:\n      status: draft\n' % (n, csf, iso, ref, csf))
    print('import-csf-iso: %d rows from %d reference cells (%d name no single '
          'item: None, empty or all controls; %d name no ISO clause: %s)'
          % (n, len(cells), empty, len(unknown), ', '.join(unknown)), file=sys.stderr)


if __name__ == '__main__':
    main()
