"""Small readers of NIST's files in ../shared/data for the version scripts.

Only the standard library: an .xlsx sheet as rows of {column letter: shown
text} (shared and inline strings; no formulas are evaluated), CSF 1.1 ids
padded as NIST's CSF 2.0 export writes them, and YAML string quoting for
the files the scripts write.
"""
import json
import os
import re
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
DATA = os.environ.get('XW_SHARED_DATA') or os.path.join(ROOT, '..', 'shared', 'data')
MAIN = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
REL = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'


def _texts(node):
    return ''.join(t.text or '' for t in node.iter(MAIN + 't'))


def sheet_rows(path, name):
    """The rows of sheet @name, each a dict column letter -> text, in row order."""
    with zipfile.ZipFile(path) as z:
        shared = []
        if 'xl/sharedStrings.xml' in z.namelist():
            shared = [_texts(si) for si in ET.fromstring(z.read('xl/sharedStrings.xml'))]
        book = ET.fromstring(z.read('xl/workbook.xml'))
        rels = ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))
        rid = next(s.get(REL + 'id') for s in book.iter(MAIN + 'sheet') if s.get('name') == name)
        target = next(r.get('Target') for r in rels if r.get('Id') == rid)
        sheet = ET.fromstring(z.read('xl/' + target.lstrip('/').replace('xl/', '', 1)))
    rows = []
    for row in sheet.iter(MAIN + 'row'):
        cells = {}
        for c in row.findall(MAIN + 'c'):
            col = re.match('[A-Z]+', c.get('r')).group()
            v = c.find(MAIN + 'v')
            if c.get('t') == 's':
                cells[col] = shared[int(v.text)]
            elif c.get('t') == 'inlineStr':
                cells[col] = _texts(c)
            elif v is not None:
                cells[col] = v.text or ''
        rows.append(cells)
    return rows


def padded(ref):
    """A CSF 1.1 id as NIST's 2.0 export pads it: ID.BE-2 -> ID.BE-02."""
    head, _, num = ref.partition('-')
    return '%s-%02d' % (head, int(num)) if num else head


def yaml_str(s):
    """@s as a double-quoted YAML scalar (JSON's escapes are YAML's)."""
    return json.dumps(s, ensure_ascii=False)
