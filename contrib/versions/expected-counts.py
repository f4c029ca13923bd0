#!/usr/bin/env python3
"""Counts for the real version cases, worked out without xwalk.

CSF 1.1 -> 2.0 (keys csf.*): from the CSV files derived from NIST's
export (../shared/data/mappings: csf2_withdrawn_ids.csv,
csf2_informative_references.csv) and NIST's CSF 2.0 OSCAL catalog, what
`xwalk diff` of frameworks/nist-csf-1.1 and nist-csf-2.0 and the version
mapping (nist-cprt, from=nist-csf-1.1) must give.

SP 800-53 rev. 4 -> rev. 5 (keys sp80053.*): from
sp800-53r4-to-r5-compared.csv and NIST's rev. 5 OSCAL catalog (5.0.1),
what the nist-versions plugin's rev. 4 catalog and version mapping and
their diff must give, by the rules of docs/versions.md.

Prints one `name value` a line; tests/versions compares them.

Usage: contrib/versions/expected-counts.py
"""
import csv
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from nistdata import DATA, padded

MAPPINGS = os.path.join(DATA, 'mappings')


def csf_counts():
    with open(os.path.join(MAPPINGS, 'csf2_withdrawn_ids.csv'), encoding='utf-8') as f:
        withdrawn = {r['csf_id']: r for r in csv.DictReader(f)}
    with open(os.path.join(MAPPINGS, 'csf2_informative_references.csv'), encoding='utf-8') as f:
        cited = [(padded(r['reference']), r['csf_id']) for r in csv.DictReader(f)
                 if r['scheme'] == 'CSF v1.1']
    ns = '{http://csrc.nist.gov/ns/oscal/1.0}'
    root = ET.parse(os.path.join(DATA, 'csf', 'NIST_CSF_v2.0_catalog.xml')).getroot()
    new = {e.get('id') for tag in ('group', 'control') for e in root.iter(ns + tag)}
    old = set(withdrawn) | {o for o, _ in cited}
    active = new - set(withdrawn)
    noted = {(w, t) for w, r in withdrawn.items() for t in r['target_ids'].split()}
    with_successors = [r for r in withdrawn.values() if r['target_ids']]
    counts = {
        'old-items': len(old),
        'added': len(active - old),
        'removed': sum(r['level'] == 'category' for r in withdrawn.values()),
        'withdrawn': sum(r['level'] == 'subcategory' for r in withdrawn.values()),
        'uncompared': len(old - set(withdrawn)),
        'map-subset-of': sum(not r['disposition'].startswith('Moved to') for r in with_successors),
        'map-moved-to': sum(r['disposition'].startswith('Moved to') for r in with_successors),
        'map-cited': len(set(cited) - noted),
        'map-no-successor': len(withdrawn) - len(with_successors),
    }
    return counts


def oscal_id(nist):
    m = re.match(r'([A-Z]{2})-(\d+)(?:\((\d+)\))?$', nist.strip())
    return '%s-%d%s' % (m[1].lower(), int(m[2]), '.%d' % int(m[3]) if m[3] else '')


def sp80053_counts():
    with open(os.path.join(MAPPINGS, 'sp800-53r4-to-r5-compared.csv'), encoding='utf-8') as f:
        rows = list(csv.DictReader(f))
    with open(os.path.join(DATA, 'oscal', 'NIST_SP-800-53_rev5_catalog_5.0.1.json'),
              encoding='utf-8') as f:
        groups = json.load(f)['catalog']['groups']
    new = {g['id'] for g in groups}
    todo = [c for g in groups for c in g['controls']]
    while todo:
        c = todo.pop()
        new.add(c['id'])
        todo += c.get('controls', [])
    notes = [r['changed_elements'].lower() for r in rows]
    added = [('new ' in n) for n in notes]
    gone = [('withdrawn' in n) for n in notes]
    before = [r['c8'].startswith('Previously withdrawn') for r in rows]
    old = [oscal_id(r['rev5_id']) for r, a in zip(rows, added) if not a]
    families = {i.split('-')[0] for i in old}
    kept = [(r, n) for r, n, a, g, b in zip(rows, notes, added, gone, before)
            if not (a or g or b)]
    editorial = [r['more_than_editorial'].upper() == 'N' for r, _ in kept]
    only_adds = ['adds control text' in n and not re.search(
        r'changes control text|changes text|removes control text|parameter', n)
        for r, n in kept]
    incorporated = moved = no_successor = 0
    for r, g in zip(rows, gone):
        note = r['c8'].strip().lower()
        named = re.search(r'\b[A-Z]{2}-\d', r['c8'])
        if not g:
            continue
        if named and note.startswith('incorporated into'):
            incorporated += 1
        elif named and note.startswith('moved to'):
            moved += 1
        else:
            no_successor += 1
    return {
        'old-items': len(old) + len(families),
        'added': len(new - set(old) - families),
        'withdrawn': sum(gone),
        'uncompared': len(kept) + len(families),
        'map-equal': sum(editorial),
        'map-subset-of': incorporated + sum(a and not e for a, e in zip(only_adds, editorial)),
        'map-related': moved + sum(not a and not e for a, e in zip(only_adds, editorial)),
        'map-no-successor': no_successor,
    }


def main():
    for case, counts in (('csf', csf_counts()), ('sp80053', sp80053_counts())):
        for k, v in counts.items():
            print('%s.%s %d' % (case, k, v))
    return 0


if __name__ == '__main__':
    sys.exit(main())
