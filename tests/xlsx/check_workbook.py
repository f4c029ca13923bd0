#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks the workbooks of the xlsx plugin the way a real client reads them.

    check_workbook.py XWALK CASE

Each case runs the built xwalk with --format xlsx, has LibreOffice
(soffice --headless) convert every sheet of the workbook to CSV, and
compares the cells with the same report rendered by --format csv (the
sections' kinds, titles and text lines come from --format json). It also
opens the .xlsx with zipfile and checks in the sheet XML what a CSV cannot
show: frozen panes, autofilters, the mark column's list, and that matrix
cells are coloured by coverage, jointly and strength.

Cases: bundled (iso27001-2022 to scs-2026 with the sample SoA, English),
bundled-ja (the same in Japanese), fixture (the engine fixture in
tests/engine/data: report, gap and coverage), same-bytes (two runs give
the same file), errors (failures leave no file and say why).

The cases that convert (bundled, bundled-ja, fixture) exit 77 (skipped)
when soffice is not installed.
"""

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
import zipfile

NS = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
      'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
      'p': 'http://schemas.openxmlformats.org/package/2006/relationships'}

# LibreOffice >= 7.2: comma, quote, UTF-8, ..., every sheet to its own file
CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'

SRC = os.environ.get('XW_SOURCE_ROOT') or sys.exit('XW_SOURCE_ROOT is not set; run through meson test')
FIXTURE = os.path.join(SRC, 'tests', 'engine', 'data')

BUNDLED = ['report', 'iso27001-2022', '--profile', 'star4', '--date', '2026-11-27',
           '--assessment', os.path.join(SRC, 'contrib', 'examples', 'soa-example-parts.yaml')]
FIXTURE_VERBS = [
    ['report', 's', '--target', 't', '--date', '2026-06-01',
     '--assessment', 'assessments/s-results.yaml'],
    ['gap', '--target', 't', '--date', '2026-06-01',
     '--assessment', 'assessments/s-results.yaml', '--assessment', 'assessments/t-results.yaml'],
    ['coverage', 's', 't'],
]

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print('FAIL:', what)
    return ok


class Xwalk:
    def __init__(self, exe, data=None, extra_env=None):
        self.exe = exe
        self.env = dict(os.environ, LANG='C.UTF-8')
        self.env.pop('LC_ALL', None)
        if data:
            self.env['XWALK_DATA_PATH'] = data
        self.env.update(extra_env or {})
        self.cwd = data or SRC

    def run(self, args, expect=0):
        p = subprocess.run([self.exe] + args, cwd=self.cwd, env=self.env,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=300)
        if expect is not None and p.returncode != expect:
            sys.exit('xwalk %s: exit %d, wanted %d\n%s' % (' '.join(args), p.returncode, expect,
                                                          p.stderr.decode(errors='replace')))
        return p

    def text(self, fmt, args):
        return self.run(['--format', fmt] + args).stdout.decode('utf-8')


def csv_blocks(text):
    """The tables of --format csv: one per section that has columns."""
    blocks, cur = [], []
    for row in csv.reader(io.StringIO(text)):
        if row:
            cur.append(row)
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def trim(row):
    """A row without its trailing empty cells (LibreOffice pads rows)."""
    row = list(row)
    while row and row[-1] == '':
        row.pop()
    return row


def trim_rows(rows):
    rows = [trim(r) for r in rows]
    while rows and not rows[-1]:
        rows.pop()
    return rows


class Workbook:
    """An .xlsx as LibreOffice reads it (cells) and as a zip (sheet XML)."""

    def __init__(self, path, tmp):
        self.zip = zipfile.ZipFile(path)
        book = ET.fromstring(self.zip.read('xl/workbook.xml'))
        rels = ET.fromstring(self.zip.read('xl/_rels/workbook.xml.rels'))
        targets = {r.get('Id'): r.get('Target') for r in rels.findall('p:Relationship', NS)}
        self.names, self.parts = [], {}
        for s in book.findall('m:sheets/m:sheet', NS):
            name = s.get('name')
            self.names.append(name)
            self.parts[name] = 'xl/' + targets[s.get('{%s}id' % NS['r'])]
        self.cells = convert(path, tmp, self.names)
        self.styles = ET.fromstring(self.zip.read('xl/styles.xml'))

    def sheet_xml(self, name):
        return ET.fromstring(self.zip.read(self.parts[name]))

    def fill_of(self, style_index):
        """The fill of cell style @style_index, as comparable text."""
        xf = self.styles.findall('m:cellXfs/m:xf', NS)[int(style_index)]
        fill = self.styles.findall('m:fills/m:fill', NS)[int(xf.get('fillId', '0'))]
        return ET.tostring(fill, encoding='unicode')


def convert(path, tmp, names):
    out = tempfile.mkdtemp(dir=tmp)
    profile = tempfile.mkdtemp(dir=tmp)   # soffice instances must not share one
    subprocess.run(['soffice', '-env:UserInstallation=file://' + profile, '--headless',
                    '--convert-to', CSV_FILTER, '--outdir', out, path],
                   check=True, capture_output=True, timeout=300)
    stem = os.path.splitext(os.path.basename(path))[0]
    cells = {}
    for name in names:
        f = os.path.join(out, '%s-%s.csv' % (stem, name))
        if check(os.path.exists(f), 'LibreOffice wrote no CSV for sheet %r' % name):
            with open(f, encoding='utf-8', newline='') as fh:
                cells[name] = list(csv.reader(fh))
    return cells


def cell_ref(row, col):
    """A1-style reference of 0-based @row, @col."""
    letters = ''
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return '%s%d' % (letters, row + 1)


def check_frozen_filter(wb, name, header_row, rows, cols, freeze_cols):
    """The header row (0-based) is frozen with @freeze_cols columns, and
    the autofilter spans the header and the @rows rows below it."""
    x = wb.sheet_xml(name)
    pane = x.find('m:sheetViews/m:sheetView/m:pane', NS)
    check(pane is not None and pane.get('state') == 'frozen' and
          pane.get('ySplit') == str(header_row + 1) and
          pane.get('xSplit', '0') == str(freeze_cols),
          '%s: frozen below row %d and after %d columns' % (name, header_row + 1, freeze_cols))
    af = x.find('m:autoFilter', NS)
    want = '%s:%s' % (cell_ref(header_row, 0), cell_ref(header_row + rows, cols - 1))
    check(af is not None and af.get('ref') == want,
          '%s: autofilter %s, got %s' % (name, want, None if af is None else af.get('ref')))


class Report:
    """One report in json (kinds, titles, lines) and csv (cells)."""

    def __init__(self, xw, args):
        self.json = json.loads(xw.text('json', args))
        blocks = csv_blocks(xw.text('csv', args))
        self.sections = self.json['sections']
        tabled = [s for s in self.sections if s['columns']]
        check(len(blocks) == len(tabled), 'csv has a table per section with columns')
        for s, b in zip(tabled, blocks):
            check(b[0] == s['columns'], 'csv header of %r' % s['title'])
            s['csv'] = b

    def titles(self, framework, lang):
        found = {}
        for s in self.sections:
            if s.get('kind') != 'items':
                continue
            for r in s['rows']:
                if r['FRAMEWORK'] == framework:
                    first, other = ('TITLE (ja)', 'TITLE (en)') if lang == 'ja' else \
                        ('TITLE (en)', 'TITLE (ja)')
                    found[r['ITEM']] = (r[first] or r[other], r['TITLE (ja)'], r['TITLE (en)'])
        return found

    def section(self, kind):
        return next(s for s in self.sections if s.get('kind') == kind)


def expected_sheets(rep):
    """Section titles in order, with the Legend after the first matrix."""
    names = []
    for s in rep.sections:
        names.append(s['title'][:31])
        if s.get('kind') == 'matrix' and 'Legend' not in names:
            names.append('Legend')
    return names


def check_plain(wb, name, s):
    got = trim_rows(wb.cells[name])
    want = [trim(r) for r in s.get('csv', [])]
    if want and s['text']:
        want += [[]] + [[line] for line in s['text']]
    elif s['text']:
        want = [[line] for line in s['text']]
    check(got == want, '%s: cells equal --format csv (%d rows, got %d)' % (name, len(want), len(got)))
    if s['columns']:
        check_frozen_filter(wb, name, 0, len(s['rows']), len(s['columns']), 0)


def check_matrix(wb, name, s, rep, source, lang):
    got = wb.cells[name]
    block = s['csv']
    titles = rep.titles(source, lang)
    check(trim(got[0]) == [block[0][0], 'TITLE'] + block[0][1:], name + ': header')
    check(len(trim_rows(got)) == len(block), '%s: %d rows' % (name, len(block)))
    for g, w in zip(got[1:], block[1:]):
        check(trim(g[:1] + g[2:]) == trim(w), '%s: row %s equals --format csv' % (name, w[0]))
        check(g[1] == titles.get(w[0], ('',))[0], '%s: title of %s' % (name, w[0]))
    check_frozen_filter(wb, name, 0, len(block) - 1, len(block[0]) + 1, 2)
    check_matrix_colours(wb, name, s, rep)


def strength_band(rep, source, target, coverage):
    """What the plugin should shade a cell by: the strongest row behind it."""
    rows = {(r['SET'], r['ROW']): r['STRENGTH'] for r in rep.section('rows')['rows']}
    best = None
    for link in rep.section('links')['rows']:
        if link['TARGET'] == target and link['COVERAGE'] == coverage and \
                source in link['SOURCE'].split():
            v = rows.get((link['SET'], link['ROW']), '')
            if v.isdigit() and (best is None or int(v) > best):
                best = int(v)
    if best is None:
        return 'mid'
    return 'low' if best <= 3 else 'mid' if best <= 6 else 'high'


def check_matrix_colours(wb, name, s, rep):
    """Cells of one (coverage, jointly, band) share a fill; different ones
    differ; jointly cells are hatched, the others solid."""
    x = wb.sheet_xml(name)
    targets = s['columns'][1:]
    fills = {}
    for row in x.findall('m:sheetData/m:row', NS)[1:]:
        cells = row.findall('m:c', NS)
        item = s['rows'][int(row.get('r')) - 2]['ITEM']
        for c in cells:
            col = re.match(r'[A-Z]+', c.get('r')).group(0)
            n = 0
            for ch in col:
                n = n * 26 + ord(ch) - 64
            if n <= 2:
                continue
            text = s['rows'][int(row.get('r')) - 2][targets[n - 3]]
            jointly = text.endswith(' (jointly)')
            coverage = text[:-len(' (jointly)')] if jointly else text
            key = (coverage, jointly, strength_band(rep, item, targets[n - 3], coverage))
            fills.setdefault(key, set()).add(wb.fill_of(c.get('s')))
    check(len(fills) > 1, name + ': cells of several kinds')
    seen = {}
    for key, fs in fills.items():
        if not check(len(fs) == 1, '%s: one fill for %s, got %d' % (name, key, len(fs))):
            continue
        fill = fs.pop()
        check(fill not in seen, '%s: %s and %s share a fill' % (name, key, seen.get(fill)))
        seen[fill] = key
        hatched = 'patternType="solid"' not in fill
        check(hatched == key[1], '%s: %s hatched only when jointly' % (name, key))


def check_checklist(wb, name, s, rep, target, lang):
    got = wb.cells[name]
    titles = rep.titles(target, lang)
    check(got[0][0] == s['title'] and '○' in got[0][3] and '✖' in got[0][3],
          name + ': heading and the legend above the mark column')
    check(trim(got[1])[:4] == ['評価基準No. / Criterion ID', '評価基準 / Criterion (ja)',
                               'Criterion (en)', '自己評価 / Self-assessment'],
          name + ': the workbook\'s header names')
    rows = trim_rows(got)[2:]
    block = s['csv']
    col = {c: i for i, c in enumerate(block[0])}
    check(len(rows) == len(block) - 1, '%s: %d criteria, got %d' % (name, len(block) - 1, len(rows)))
    for g, w in zip(got[2:], block[1:]):
        item = w[col['ITEM']]
        if item in titles:
            ja, en = titles[item][1], titles[item][2]
        else:
            ja, en = (w[col['TITLE']], '') if lang == 'ja' else ('', w[col['TITLE']])
        want = [item, ja, en, w[col['MARK']], w[col['STATUS']], w[col['EVIDENCE']],
                w[col['CONDITIONS']], '']
        check(g[:8] == want, '%s: criterion %s' % (name, item))
    check_frozen_filter(wb, name, 1, len(block) - 1, 8, 1)
    dv = wb.sheet_xml(name).find('m:dataValidations/m:dataValidation', NS)
    check(dv is not None and dv.get('type') == 'list' and
          dv.get('sqref') == 'D3:D%d' % (len(block) + 1) and
          dv.find('m:formula1', NS).text == '"○,△,✖"',
          name + ': the mark column offers ○, △ and ✖')


def check_report(xw, args, tmp, lang='en'):
    rep = Report(xw, args)
    path = os.path.join(tmp, 'r%d.xlsx' % len(os.listdir(tmp)))
    xw.run(['--format', 'xlsx', '--output', path] + args)
    wb = Workbook(path, tmp)
    check(wb.names == expected_sheets(rep), 'sheets %s, got %s' % (expected_sheets(rep), wb.names))
    sets = [s for s in rep.sections if s.get('kind') == 'sets']
    source = sets[0]['rows'][0]['SOURCE'] if sets else None
    target = sets[0]['rows'][0]['TARGET'] if sets else None
    names = iter(wb.names)
    for s in rep.sections:
        name = next(names)
        if name not in wb.cells:
            continue
        if s.get('kind') == 'matrix':
            check_matrix(wb, name, s, rep, source, lang)
            legend = next(names)
            check('covered (jointly)' in sum(wb.cells[legend], []), 'legend names the colours')
        elif s.get('kind') == 'checklist':
            check_checklist(wb, name, s, rep, target, lang)
        else:
            check_plain(wb, name, s)
    return rep, wb


def case_bundled(xw, tmp):
    rep, wb = check_report(xw, BUNDLED, tmp)
    check(wb.cells['Matrix'][0][2] == '1-1-1-1', 'matrix: first target column')
    check(len(wb.cells['Reuse per item']) >= 155, 'checklist: 153 criteria under two rows')


def case_bundled_ja(xw, tmp):
    rep, wb = check_report(xw, ['--lang', 'ja'] + BUNDLED, tmp, 'ja')
    items = rep.titles('scs-2026', 'ja')
    first = wb.cells[rep.section('checklist')['title'][:31]][2]
    check(first[1] == items[first[0]][1] and re.search('[ぁ-んァ-ン一-龯]', first[1]),
          'Japanese criterion text of %s reads back exactly' % first[0])
    row = wb.cells[rep.section('matrix')['title'][:31]][1]
    check(re.search('[ぁ-んァ-ン一-龯]', row[1]), 'matrix: Japanese title of %s' % row[0])


def case_fixture(xw, tmp):
    for args in FIXTURE_VERBS:
        check_report(xw, args, tmp)


def case_same_bytes(xw, tmp):
    """Twice each, a second apart and in another time zone: the report
    (dated: its date is the creation time) and coverage (undated)."""
    other = Xwalk(xw.exe, extra_env={'TZ': 'Asia/Tokyo'})
    for args, created in ((BUNDLED, '2026-11-27T00:00:00Z'),
                          (['coverage', 'iso27001-2022', 'scs-2026'], '1980-01-01T00:00:00Z')):
        a, b = os.path.join(tmp, 'a.xlsx'), os.path.join(tmp, 'b.xlsx')
        xw.run(['--format', 'xlsx', '--output', a] + args)
        time.sleep(1.1)   # a time stamp taken from the clock would now differ
        other.run(['--format', 'xlsx', '--output', b] + args)
        with open(a, 'rb') as fa, open(b, 'rb') as fb:
            check(fa.read() == fb.read(), '%s: two runs give the same bytes' % args[0])
        core = zipfile.ZipFile(a).read('docProps/core.xml').decode()
        check('>%s<' % created in core, '%s: created %s' % (args[0], created))
    piped = xw.run(['--format', 'xlsx'] + BUNDLED).stdout
    xw.run(['--format', 'xlsx', '--output', a] + BUNDLED)
    with open(a, 'rb') as fa:
        check(piped == fa.read(), 'standard output gets the same bytes as --output')


def case_errors(xw, tmp):
    args = ['report', 's', '--target', 't', '--date', '2026-06-01']
    fx = Xwalk(xw.exe, data=FIXTURE, extra_env={'TMPDIR': os.path.join(tmp, 'work')})
    os.mkdir(os.path.join(tmp, 'work'))

    missing = os.path.join(tmp, 'no-such-dir', 'r.xlsx')
    p = fx.run(['--format', 'xlsx', '--output', missing] + args, expect=1)
    err = p.stderr.decode()
    check(err.startswith('xwalk: ' + missing + ': ') and 'No such file' in err,
          'unwritable --output: a clear error, got %r' % err)
    check(not os.path.exists(os.path.dirname(missing)), 'unwritable --output leaves no file')

    old = os.path.join(tmp, 'old.xlsx')
    with open(old, 'w') as f:
        f.write('old')
    bad_tmp = Xwalk(xw.exe, data=FIXTURE, extra_env={'TMPDIR': os.path.join(tmp, 'nonexistent')})
    p = bad_tmp.run(['--format', 'xlsx', '--output', old] + args, expect=1)
    err = p.stderr.decode()
    check(re.match(r'xwalk: .*old\.xlsx: cannot create a temporary file in .*nonexistent', err),
          'no temporary folder: a clear error, got %r' % err)
    p = fx.run(['--format', 'xlsx:lang=ja', '--output', old] + args, expect=1)
    check('takes no options' in p.stderr.decode(), 'options are refused')
    with open(old) as f:
        check(f.read() == 'old', 'a failed run leaves the old file')

    # a justification longer than an Excel cell holds is refused, not cut
    data = os.path.join(tmp, 'data')
    shutil.copytree(FIXTURE, data)
    sets = os.path.join(data, 'mappings', 's--t.yaml')
    with open(sets, encoding='utf-8') as f:
        text = f.read()
    text = re.sub(r'justification: .*', 'justification: "%s"' % ('長い説明 ' * 7000), text, count=1)
    with open(sets, 'w', encoding='utf-8') as f:
        f.write(text)
    big = Xwalk(xw.exe, data=data, extra_env={'TMPDIR': os.path.join(tmp, 'work')})
    p = big.run(['--format', 'xlsx', '--output', old] + args, expect=1)
    err = p.stderr.decode()
    check(re.match(r"xwalk: .*old\.xlsx: section 'Mapping rows', cell H2: 35000 characters; "
                   r"Excel holds 32767 in a cell\n$", err), 'a too long cell: a clear error, got %r' % err)
    with open(old) as f:
        check(f.read() == 'old', 'a failed run leaves the old file')

    fx.run(['--format', 'xlsx', '--output', os.path.join(tmp, 'ok.xlsx')] + args)
    check(os.listdir(os.path.join(tmp, 'work')) == [], 'no temporary file is left behind')


# name: (runs in the engine fixture, converts with LibreOffice, function)
CASES = {
    'bundled': (False, True, case_bundled),
    'bundled-ja': (False, True, case_bundled_ja),
    'fixture': (True, True, case_fixture),
    'same-bytes': (False, False, case_same_bytes),
    'errors': (False, False, case_errors),
}


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in CASES:
        sys.exit('usage: check_workbook.py XWALK {%s}' % ','.join(CASES))
    on_fixture, converts, case = CASES[sys.argv[2]]
    if converts and not shutil.which('soffice'):
        print('skipped: soffice (Debian libreoffice-calc-nogui) is not installed')
        return 77
    xw = Xwalk(os.path.abspath(sys.argv[1]), data=FIXTURE if on_fixture else None)
    with tempfile.TemporaryDirectory() as tmp:
        case(xw, tmp)
    if failures:
        print('%d check(s) failed' % len(failures))
        return 1
    print('ok')
    return 0


if __name__ == '__main__':
    sys.exit(main())
