#!/usr/bin/env python3
"""Writes frameworks/nist-csf-1.1.yaml: what NIST's CSF 2.0 data says of CSF 1.1.

The CSF 1.1 document itself is not in ../shared/data. NIST's CSF 2.0 data
still says a good deal about it:

- the CSF 2.0 Reference Tool export (sheet "CSF 2.0") keeps every 1.1 id
  withdrawn in 2.0 ("ID.AM-06: [Withdrawn: ...]") and cites 1.1 ids as
  informative references of 2.0 items ("CSF v1.1: ID.AM-1"): together
  they name 5 functions, 23 categories and 108 subcategories;
- NIST's CSF 2.0 OSCAL catalog keeps the 1.1 words of the withdrawn
  subcategories and the titles of the withdrawn categories.

So the catalog has every 1.1 id, NIST's 1.1 words where the data has them
(authoritative: en) and `unknown: [title, text]` or `unknown: [text]`
everywhere else; nothing is guessed. Ids are padded as NIST's export pads
withdrawn 1.1 ids (ID.AM-06; the 1.1 document writes ID.AM-6), so that
they are the ids of nist-csf-2.0 and its version mapping. Items are
sorted by id under their parents; functions in NIST's order.

Usage: contrib/versions/make-csf-1.1.py BUILD_DIR [OUT.yaml]
BUILD_DIR has xwalk built; the file is written by `xwalk convert`, so it
is in the canonical form. OUT defaults to frameworks/nist-csf-1.1.yaml.
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from nistdata import DATA, ROOT, padded, sheet_rows, yaml_str

EXPORT = os.path.join(DATA, 'csf', 'csf2-cprt-export-2025-06-02.xlsx')
OSCAL = os.path.join(DATA, 'csf', 'NIST_CSF_v2.0_catalog.xml')
OUT = os.path.join(ROOT, 'frameworks', 'nist-csf-1.1.yaml')
FUNCTIONS = ['ID', 'PR', 'DE', 'RS', 'RC']
SUMMARY = ("The ids of the CSF 1.1 Core as NIST's CSF 2.0 Reference Tool export names them "
           "(withdrawn in 2.0, or cited as CSF v1.1 references), with NIST's 1.1 words "
           "where its CSF 2.0 OSCAL catalog keeps them (withdrawn subcategories and "
           "categories); every other title and text is marked unknown. Made by "
           "contrib/versions/make-csf-1.1.py.")
CELL_ID = re.compile(r'^(?:[^(]*\(([A-Z]{2}(?:\.[A-Z]{2})?)\)|([A-Z]{2}\.[A-Z]{2}-\d{2}))')


def old_ids(export):
    """(every 1.1 id, the withdrawn ones): withdrawn ids and those cited as 'CSF v1.1: ...'."""
    rows = sheet_rows(export, 'CSF 2.0')
    header = next(r for r in rows if 'Function' in r.values())
    col = {v: k for k, v in header.items()}
    withdrawn, cited = set(), set()
    for r in rows:
        for name in ('Function', 'Category', 'Subcategory'):
            cell = r.get(col[name], '')
            m = CELL_ID.match(cell)
            if m and '[Withdrawn:' in cell:
                withdrawn.add(m.group(1) or m.group(2))
        for line in r.get(col['Informative References'], '').split('\n'):
            if line.startswith('CSF v1.1:'):
                cited.add(padded(line.split(':', 1)[1].strip()))
    return withdrawn | cited, withdrawn


def oscal_words(path):
    """Control id -> (title, statement) of NIST's CSF 2.0 OSCAL catalog."""
    ns = '{http://csrc.nist.gov/ns/oscal/1.0}'
    words = {}
    for c in ET.parse(path).getroot().iter(ns + 'control'):
        parts = [p for p in c.findall(ns + 'part') if p.get('name') == 'statement']
        text = ' '.join(''.join(parts[0].itertext()).split()) if parts else ''
        words[c.get('id')] = (c.findtext(ns + 'title', '').strip(), text)
    return words


def item(out, id_, kind, parent, title=None, text=None):
    out.append('  - id: %s' % yaml_str(id_))
    if parent:
        out.append('    parent: %s' % yaml_str(parent))
    out.append('    kind: %s' % kind)
    if title:
        out.append('    title: {en: %s}' % yaml_str(title))
    if text:
        out.append('    text: {en: %s}' % yaml_str(text))
    if title or text:
        out.append('    authoritative: en')
    unknown = [k for k, v in (('title', title), ('text', text)) if not v]
    # a subcategory has no title in CSF: only its text can be unknown
    if kind == 'subcategory':
        unknown = [k for k in unknown if k != 'title']
    if unknown:
        out.append('    unknown: [%s]' % ', '.join(unknown))


def catalog(ids, words, withdrawn):
    out = ['format: xwalk-framework/1', 'id: nist-csf-1.1',
           'name: {en: "NIST Cybersecurity Framework 1.1 (Core, as NIST\'s CSF 2.0 data records it)",'
           ' ja: "NIST サイバーセキュリティフレームワーク 1.1(CSF 2.0 のデータが記録する範囲のコア)"}',
           'version: "1.1"', 'publisher: NIST',
           'licence: "NIST\'s words, U.S. Government work (public domain)"',
           'summary: {en: %s}' % yaml_str(SUMMARY),
           "id-pattern: '(ID|PR|DE|RS|RC)(\\.[A-Z]{2}(-[0-9]{2})?)?'", 'items:']
    for f in FUNCTIONS:
        item(out, f, 'function', None)
        for c in sorted(i for i in ids if len(i) == 5 and i.startswith(f + '.')):
            title = words.get(c, ('', ''))[0] if c in withdrawn else None
            item(out, c, 'category', f, title)
            for s in sorted(i for i in ids if i.startswith(c + '-')):
                text = words.get(s, ('', ''))[1] if s in withdrawn else None
                item(out, s, 'subcategory', c, None, text)
    return '\n'.join(out) + '\n'


def main(argv):
    if not 1 <= len(argv) <= 2:
        sys.exit('usage: make-csf-1.1.py BUILD_DIR [OUT.yaml]')
    ids, withdrawn = old_ids(EXPORT)
    text = catalog(ids, oscal_words(OSCAL), withdrawn)
    with tempfile.TemporaryDirectory() as tmp:
        rough = os.path.join(tmp, 'nist-csf-1.1.yaml')
        with open(rough, 'w', encoding='utf-8') as f:
            f.write(text)
        subprocess.run([os.path.join(argv[0], 'xwalk'), 'convert', rough,
                        argv[1] if len(argv) > 1 else OUT], check=True)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
