"""A minimal .xlsx writer for the scs-excel tests, standard library only.

A workbook is a list of sheets; a sheet is a name, a dict of cells
{"B4": value} and a list of merged ranges ["B5:B6"]. A value is

  str               a shared string
  int, float        a number
  bool              a boolean
  Inline(text)      an inline string
  Rich(runs, ruby)  a shared string in rich-text runs with a phonetic guide
  Raw(xml)          the whole <c> element, written as given

parts() gives the zip entries as {name: bytes}; write() zips them with
fixed timestamps, so the same input always gives the same bytes.
"""
import zipfile
from xml.sax.saxutils import escape, quoteattr

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


class Inline(str):
    pass


class Rich:
    def __init__(self, runs, ruby=""):
        self.runs, self.ruby = runs, ruby


class Raw:
    def __init__(self, xml):
        self.xml = xml


def _split(ref):
    i = 0
    while ref[i].isalpha():
        i += 1
    col = 0
    for ch in ref[:i]:
        col = col * 26 + ord(ch) - 64
    return int(ref[i:]), col


def _t(text):
    space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
    return "<t%s>%s</t>" % (space, escape(text))


class _Strings:
    def __init__(self):
        self.items, self.index = [], {}

    def add(self, xml):
        if xml not in self.index:
            self.index[xml] = len(self.items)
            self.items.append(xml)
        return self.index[xml]


def _cell(ref, value, sst):
    if isinstance(value, Raw):
        return value.xml
    if isinstance(value, bool):
        return '<c r="%s" t="b"><v>%d</v></c>' % (ref, value)
    if isinstance(value, (int, float)):
        return '<c r="%s"><v>%s</v></c>' % (ref, value)
    if isinstance(value, Inline):
        return '<c r="%s" t="inlineStr"><is>%s</is></c>' % (ref, _t(value))
    if isinstance(value, Rich):
        runs = "".join("<r><rPr><b/></rPr>%s</r>" % _t(r) for r in value.runs)
        ruby = '<rPh sb="0" eb="1"><t>%s</t></rPh>' % escape(value.ruby) if value.ruby else ""
        return '<c r="%s" t="s"><v>%d</v></c>' % (ref, sst.add(runs + ruby))
    return '<c r="%s" t="s"><v>%d</v></c>' % (ref, sst.add(_t(value)))


def sheet_xml(cells, merges, sst):
    rows = {}
    for ref, value in cells.items():
        rows.setdefault(_split(ref)[0], []).append((_split(ref)[1], ref, value))
    body = []
    for r in sorted(rows):
        cs = "".join(_cell(ref, v, sst) for _, ref, v in sorted(rows[r], key=lambda x: x[0]))
        body.append('<row r="%d">%s</row>' % (r, cs))
    merged = ""
    if merges:
        merged = '<mergeCells count="%d">%s</mergeCells>' % (
            len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="%s"><sheetData>%s</sheetData>%s</worksheet>'
            % (NS, "".join(body), merged))


def parts(sheets):
    """sheets: [(name, cells, merges)] -> {entry name: bytes}"""
    sst = _Strings()
    out = {}
    wb_sheets, rels, types = [], [], []
    for i, (name, cells, merges) in enumerate(sheets, 1):
        out["xl/worksheets/sheet%d.xml" % i] = sheet_xml(cells, merges, sst).encode()
        wb_sheets.append('<sheet name=%s sheetId="%d" r:id="rId%d"/>' % (quoteattr(name), i, i))
        rels.append('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>'
                    % (i, REL, i))
        types.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/'
                     'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    rels.append('<Relationship Id="rIdS" Type="%s/sharedStrings" Target="sharedStrings.xml"/>' % REL)
    out["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="%s" count="%d" '
        'uniqueCount="%d">%s</sst>' % (NS, len(sst.items), len(sst.items),
                                       "".join("<si>%s</si>" % x for x in sst.items))).encode()
    out["xl/workbook.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="%s" '
        'xmlns:r="%s"><sheets>%s</sheets></workbook>' % (NS, REL, "".join(wb_sheets))).encode()
    out["xl/_rels/workbook.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="%s">%s'
        '</Relationships>' % (PKG, "".join(rels))).encode()
    out["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="%s">'
        '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>' % (PKG, REL)).encode()
    out["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType='
        '"application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="'
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>%s</Types>'
        % "".join(types)).encode()
    return out


def zip_bytes(entries, method=zipfile.ZIP_DEFLATED):
    """entries: {name: bytes} (or a list of pairs, to allow repeated names)"""
    import io
    import warnings
    buf = io.BytesIO()
    items = entries.items() if isinstance(entries, dict) else entries
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a repeated name is what a test wants
        with zipfile.ZipFile(buf, "w") as z:
            for name, data in items:
                zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                zi.compress_type = method
                zi.external_attr = 0o644 << 16
                z.writestr(zi, data)
    return buf.getvalue()


def write(path, entries, method=zipfile.ZIP_DEFLATED):
    with open(path, "wb") as f:
        f.write(zip_bytes(entries, method))
