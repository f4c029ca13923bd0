#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz/corpus/ from the project's own
files (bundled data cut short, test fixtures) and a few hand-made tricky
inputs; it only adds or overwrites seed files. The seeds are committed;
this script records how they were made.

Usage: contrib/fuzz/make-seeds.py [BUILD_DIR]
BUILD_DIR, a build of the tests, holds the workbooks some plugin tests
generate (tests/nist-cprt/fixtures/, ...); without it those are skipped.

Workbooks are written twice: as the .xlsx, and unpacked into the "@@ NAME"
parts form of tests/fuzz/fuzz.h, which the harnesses pack into a zip
again, so that mutations reach the XML inside."""
import io
import os
import re
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
OUT = os.path.join(ROOT, 'tests', 'fuzz', 'corpus')


def put(harness, name, data):
    d = os.path.join(OUT, harness)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(os.path.join(d, name), 'wb') as f:
        f.write(data)


def read(rel):
    with open(os.path.join(ROOT, rel), 'rb') as f:
        return f.read()


def cut_yaml(rel, n):
    """The header and the first @n entries of the top-level list."""
    lines = read(rel).decode('utf-8').split('\n')
    out, seen = [], 0
    for line in lines:
        if re.match(r'^  - (id|item):', line):
            seen += 1
            if seen > n:
                break
        out.append(line)
    return '\n'.join(out).rstrip('\n') + '\n'


# --- fuzz-native -----------------------------------------------------------
for rel in ['tests/unit/data/framework-tricky.yaml',
            'tests/unit/data/mapping-example.yaml',
            'tests/unit/data/assessment-example.yaml',
            'tests/csv/data/framework.yaml',
            'tests/csv/data/mapping.yaml',
            'tests/unit/data/lint/src.yaml',
            'tests/unit/data/lint/clean.yaml']:
    put('fuzz-native', os.path.basename(rel), read(rel))
for rel in sorted(os.listdir(os.path.join(ROOT, 'frameworks'))):
    put('fuzz-native', 'cut-' + rel, cut_yaml('frameworks/' + rel, 4))
for rel in ['nist-csf-2.0--iso27001-2022.yaml', 'iso27001-2022--scs-2026.yaml']:
    put('fuzz-native', 'cut-' + rel, cut_yaml('mappings/' + rel, 4))
put('fuzz-native', 'cut-soa-example.yaml',
    cut_yaml('contrib/examples/soa-example-parts.yaml', 6))
put('fuzz-native', 'tricky-flow.yaml',
    '---\nformat: "xwalk-framework/1"\r\nid: f\nname: {en: F}\nversion: "1"\n'
    'id-pattern: "[a-z]+(-[0-9]+)*"\nitems: [{id: a, kind: clause, title: {en: A}},'
    ' {id: a-1, parent: a, kind: control, status: withdrawn, replaced-by: [a-2]},'
    ' {id: a-2, parent: a, kind: control, text: {ja: "\\u3042\\t"}}]\n')
put('fuzz-native', 'tricky-profiles.yaml',
    'format: xwalk-framework/1\nid: p\nname: {en: P}\nversion: "1"\n'
    'profiles:\n  - {id: a}\n  - {id: b, extends: a}\n  - {id: c, extends: b, defined: false}\n'
    'advice:\n  default: a\n  questions:\n    - {id: q, text: {en: Q?}, if-yes: b}\n'
    'items:\n  - {id: "1", kind: clause, profiles: [a, b]}\n'
    '  - {id: "1.1", parent: "1", kind: control, profiles: [c]}\n')
put('fuzz-native', 'tricky-backtrack.yaml',
    'format: xwalk-framework/1\nid: b\nname: {en: B}\nversion: "1"\n'
    'id-pattern: "(a+)+b"\nitems:\n  - {id: aaaaaaaaaaaaaaaaaaaaaaaaaaaaac, kind: x}\n')
put('fuzz-native', 'tricky-anchor.yaml', 'format: xwalk-mapping/1\na: &x [1]\nb: *x\n')
put('fuzz-native', 'tricky-deep.yaml', 'format: xwalk-assessment/1\nx: ' + '[' * 70 + ']' * 70 + '\n')
put('fuzz-native', 'tricky-docs.yaml', 'format: xwalk-assessment/1\n---\nformat: x\n')
put('fuzz-native', 'tricky-tag.yaml', '!!map {format: !!str xwalk-mapping/1}\n')
put('fuzz-native', 'tricky-bom.yaml', '\ufeff# c\nformat: xwalk-assessment/1\nframework: f\n'
    'results:\n  - {item: "1", status: implemented, note: "\\0"}\n')

# --- fuzz-csv --------------------------------------------------------------
for rel in sorted(os.listdir(os.path.join(ROOT, 'tests/csv/data'))):
    if rel.endswith('.csv'):
        put('fuzz-csv', rel, read('tests/csv/data/' + rel))
put('fuzz-csv', 'tricky-noformat.csv',
    'id,sources,targets,relationship,review-status,source-hashes\r\n'
    'r1,"a;b",c,equal,reviewed,a=0123456789abcdef; b = fedcba9876543210\r\n'
    'r2,,"",related,,\r\n')
put('fuzz-csv', 'tricky-assessment.csv',
    '\ufeff#format,xwalk-assessment/1\n#framework,f\n#certificate.body,"B, Inc."\n'
    'item,status,note,evidence\n1,implemented,"line 1\nline 2",\n2,partial,"""q""",x\n')
put('fuzz-csv', 'tricky-profiles.csv',
    '#format,xwalk-framework/1\n#id,x\n#name.en,X\n#version,1\n#profile,a\n'
    '#profile.title.ja,あ\n#profile,b\n#profile.extends,a\nid,kind,parent,profiles,'
    'status,replaced-by,title.en,text.en,props.k\n1,c,,a;b,,,T,"a\n\nb",v\n'
    '1.1,c,1,b,withdrawn,1.2,,,\n1.2,c,1,,,,,,\n')

# --- fuzz-oscal ------------------------------------------------------------
for rel in sorted(os.listdir(os.path.join(ROOT, 'tests/oscal/data'))):
    put('fuzz-oscal', rel, read('tests/oscal/data/' + rel))
put('fuzz-oscal', 'min.json',
    '{"catalog": {"uuid": "u", "metadata": {"title": "T *x* `y`", "version": "1"},'
    ' "controls": [{"id": "c-1", "title": "C", "props": {"name": "label", "value": "C-1"},'
    ' "params": [{"id": "p", "select": {"choice": ["a", "b {{ insert: param, p }}"]}}],'
    ' "parts": [{"name": "statement", "prose": "Do **it** {{ insert: param, p }}.\\n\\n- x\\n- y"}]}]}}\n')
put('fuzz-oscal', 'min.xml',
    '<?xml version="1.0"?>\n<o:catalog xmlns:o="http://csrc.nist.gov/ns/oscal/1.0">'
    '<o:metadata><o:title>T</o:title><o:version>1</o:version></o:metadata>'
    '<o:control id="c-1"><o:title>C</o:title><o:part name="statement"><o:p>x<![CDATA[y]]>'
    '</o:p><o:table><o:tr><o:td>1</o:td></o:tr></o:table></o:part></o:control></o:catalog>\n')

# --- fuzz-xlsx -------------------------------------------------------------
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
SHEET = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ' + NS +
         '><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
         '</row><row r="2"><c r="A2" t="inlineStr"><is><t>in_x000D_line</t></is></c>'
         '<c r="B2" t="b"><v>1</v></c><c r="C2"><v>3.14</v></c><c r="D2" t="str"><f>A1</f>'
         '<v>ID</v></c></row><row><c><v>1</v></c><c t="e"><v>#N/A</v></c></row></sheetData>'
         '<mergeCells count="2"><mergeCell ref="A3:B4"/><mergeCell ref="D1:C1"/></mergeCells>'
         '</worksheet>')
put('fuzz-xlsx', 'sheet-only.xml', SHEET)
put('fuzz-xlsx', 'sheet-only-empty.xml',
    '<worksheet ' + NS + '><sheetData/></worksheet>')
put('fuzz-xlsx', 'sheet-only-far.xml',
    '<worksheet ' + NS + '><sheetData><row r="1048576"><c r="XFD1048576" t="s"><v>2</v></c>'
    '</row></sheetData><mergeCells><mergeCell ref="A1:XFD2"/></mergeCells></worksheet>')

PARTS = [
    ('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    ('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
     '</Relationships>'),
    ('xl/workbook.xml', '<?xml version="1.0"?><workbook ' + NS + ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
     '<sheets><sheet name="One" sheetId="1" r:id="rId1"/><sheet name="2 Two" sheetId="2" r:id="rId2"/></sheets></workbook>'),
    ('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
     '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="./worksheets/../worksheets/sheet2.xml"/>'
     '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
     '<Relationship Id="rId4" Type="http://x/hyperlink" Target="http://example.org/" TargetMode="External"/>'
     '</Relationships>'),
    ('xl/sharedStrings.xml', '<?xml version="1.0"?><sst ' + NS + '><si><t>ID</t></si><si><r><t>Ti</t></r><r><t xml:space="preserve">tle </t></r></si>'
     '<si><t>_x0041__x00</t><rPh><t>ふり</t></rPh></si></sst>'),
    ('xl/worksheets/sheet1.xml', SHEET),
    ('xl/worksheets/sheet2.xml', '<worksheet ' + NS + '><sheetData><row r="3"><c r="B3" t="s"><v>2</v></c></row></sheetData></worksheet>'),
]
put('fuzz-xlsx', 'parts.txt', ''.join('@@ %s\n%s\n' % p for p in PARTS))
for method, name in [(zipfile.ZIP_DEFLATED, 'book-deflated.xlsx'), (zipfile.ZIP_STORED, 'book-stored.xlsx')]:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', method) as z:
        for n, body in PARTS:
            z.writestr(n, body)
    put('fuzz-xlsx', name, buf.getvalue())

# --- the plugins that read workbooks ----------------------------------------
BUILD = sys.argv[1] if len(sys.argv) > 1 else None


def unpack(data):
    """A workbook in the parts form."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return b''.join(b'@@ ' + i.filename.encode() + b'\n' + z.read(i) + b'\n'
                        for i in z.infolist())


def workbook(harness, path, raw=False):
    if not os.path.isabs(path):
        if path.startswith('build:'):
            if not BUILD:
                return
            path = os.path.join(BUILD, path[6:])
        else:
            path = os.path.join(ROOT, path)
    if not os.path.exists(path):
        print('skipped (not built?):', path)
        return
    with open(path, 'rb') as f:
        data = f.read()
    name = os.path.basename(path)[:-5]
    put(harness, name + '.parts', unpack(data))
    if raw:
        put(harness, name + '.xlsx', data)


put('fuzz-oscal-mapping', 'features.json', read('tests/oscal-mapping/data/features.json'))
put('fuzz-oscal-mapping', 'min.json',
    '{"mapping-collection": {"uuid": "u", "metadata": {"title": "T", "version": "1",'
    ' "last-modified": "2026-01-01T00:00:00Z", "oscal-version": "1.2.1"},'
    ' "provenance": {"method": "human", "matching-rationale": "semantic", "status": "draft",'
    ' "mapping-description": "d"}, "mappings": [{"uuid": "m", "method": "human",'
    ' "source-resource": {"type": "catalog", "href": "a"}, "target-resource": {"type": "catalog", "href": "b"},'
    ' "maps": [{"uuid": "x", "relationship": "equivalent-to", "sources": [{"type": "control", "id-ref": "a-1"}],'
    ' "targets": [{"type": "control", "id-ref": "b-1"}]}]}]}}\n')

workbook('fuzz-scs-excel', 'tests/scs-excel/data/synthetic.xlsx', raw=True)
for n in ['answers-only', 'overlap', 'bad-mark', 'docx']:
    workbook('fuzz-scs-excel', 'build:tests/scs-excel/hostile/%s.xlsx' % n)

put('fuzz-jama-checksheet', 'checksheet.csv', read('tests/jama-checksheet/data/checksheet.csv'))
workbook('fuzz-jama-checksheet', 'build:tests/jama-checksheet/checksheet.xlsx', raw=True)
workbook('fuzz-jama-checksheet', 'build:tests/jama-checksheet/bad-id.xlsx')

for n in ['soa-en.csv', 'soa-bilingual.csv', 'soa-bom-crlf.csv', 'soa-row5.csv', 'bad-2013.csv']:
    put('fuzz-iso27001-soa', n, read('tests/iso27001-soa/data/' + n))
workbook('fuzz-iso27001-soa', 'tests/iso27001-soa/data/soa-ja.xlsx', raw=True)
workbook('fuzz-iso27001-soa', 'tests/iso27001-soa/data/bad-number-id.xlsx')

for n in ['synthetic', 'isodate', 'dup-header', 'active-under-withdrawn', 'changed-repeat',
          'withdrawn-function', 'not-cprt']:
    workbook('fuzz-nist-cprt', 'build:tests/nist-cprt/fixtures/%s.xlsx' % n, raw=(n == 'synthetic'))

# the SP 800-53 comparison workbooks tests/versions makes at test time
with tempfile.TemporaryDirectory() as fx:
    subprocess.run([sys.executable, os.path.join(ROOT, 'tests/versions/make_fixtures.py'), fx],
                   check=True)
    for n in ['synthetic', 'bad-id', 'bad-notation', 'bad-yn']:
        workbook('fuzz-nist-versions', os.path.join(fx, n + '.xlsx'), raw=(n == 'synthetic'))

# --- fuzz-ciso-assistant: small native files as the plugin writes them ------
if BUILD:
    for rel in ['tests/csv/data/framework.yaml', 'tests/csv/data/mapping.yaml']:
        d = os.path.join(OUT, 'fuzz-ciso-assistant')
        os.makedirs(d, exist_ok=True)
        subprocess.run([os.path.join(BUILD, 'xwalk'), 'convert', '--to', 'ciso-assistant',
                        os.path.join(ROOT, rel), os.path.join(d, os.path.basename(rel))],
                       check=True)

print('seeds written under', OUT)
