#!/usr/bin/env python3
"""Writes the broken and hostile workbooks of the scs-excel tests into OUTDIR.

Usage: make_hostile.py OUTDIR STAMP

Each file breaks one rule, of the zip container, of the XML parts, of the
sheet grid or of the ★ criteria table; test_hostile.c and test_table.c
expect each one's exact error. They are made at build time (one of them
has 10,001 entries) and never committed.
"""
import os
import struct
import sys
import zipfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from xlsxgen import NS, parts, zip_bytes  # noqa: E402

MIB = 1024 * 1024


def patch_size(data, name, size):
    """Rewrites the inflated size the zip declares for @name, in both headers."""
    data = bytearray(data)
    raw = name.encode()
    i = 0
    while (i := data.find(b"PK\x03\x04", i)) >= 0:
        n, = struct.unpack_from("<H", data, i + 26)
        if data[i + 30:i + 30 + n] == raw:
            struct.pack_into("<I", data, i + 22, size)
        i += 4
    i = 0
    while (i := data.find(b"PK\x01\x02", i)) >= 0:
        n, = struct.unpack_from("<H", data, i + 28)
        if data[i + 46:i + 46 + n] == raw:
            struct.pack_into("<I", data, i + 24, size)
        i += 4
    return bytes(data)


def tiny():
    """A valid workbook of one sheet, as parts."""
    return parts([("Sheet1", {"A1": "x"}, [])])


def with_sheet(xml):
    p = tiny()
    p["xl/worksheets/sheet1.xml"] = xml.encode() if isinstance(xml, str) else xml
    return p


def sheet(rows, merges=""):
    return ('<worksheet xmlns="%s"><sheetData>%s</sheetData>%s</worksheet>' % (NS, rows, merges))


def container(out):
    big = b'<sst xmlns="%s">' % NS.encode() + b"<si><t>a</t></si>" * (8 * MIB // 17) + b"</sst>"
    p = tiny()
    p["xl/sharedStrings.xml"] = big
    out["bomb.xlsx"] = patch_size(zip_bytes(p), "xl/sharedStrings.xml", 2000)
    p = tiny()
    p["xl/media/padding.bin"] = bytes(20 * MIB)
    out["ratio.xlsx"] = zip_bytes(p)
    p = tiny()
    p["xl/media/huge.bin"] = b"x" * 1000
    out["huge.xlsx"] = patch_size(zip_bytes(p), "xl/media/huge.bin", 100 * MIB)
    p = tiny()
    for k in range(1, 6):
        p["xl/media/pad%d.bin" % k] = os.urandom(400 * 1024)
    data = zip_bytes(p)
    for k in range(1, 6):
        data = patch_size(data, "xl/media/pad%d.bin" % k, 60 * MIB)
    out["total.xlsx"] = data
    p = tiny()
    for k in range(10001 - len(p)):
        p["xl/media/m%05d.bin" % k] = b""
    out["many.xlsx"] = zip_bytes(p, zipfile.ZIP_STORED)
    for name, entry in (("dotdot.xlsx", "../evil.xml"), ("absolute.xlsx", "/etc/evil.xml"),
                        ("backslash.xlsx", "xl\\..\\..\\evil.xml")):
        p = tiny()
        p[entry] = b"<evil/>"
        out[name] = zip_bytes(p)
    p = tiny()
    p["xl/_rels/workbook.xml.rels"] = p["xl/_rels/workbook.xml.rels"].replace(
        b'Target="worksheets/sheet1.xml"', b'Target="../../etc/passwd"')
    out["rels-escape.xlsx"] = zip_bytes(p)
    out["duplicate.xlsx"] = zip_bytes(list(tiny().items()) +
                                      [("xl/workbook.xml", b"<workbook/>")])
    out["truncated.xlsx"] = zip_bytes(tiny())[:300]
    out["notzip.xlsx"] = b"this is not a workbook\n"
    out["docx.xlsx"] = zip_bytes({
        "_rels/.rels": b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                       b'relationships"><Relationship Id="rId1" Type="http://schemas.openxml'
                       b'formats.org/officeDocument/2006/relationships/officeDocument" '
                       b'Target="word/document.xml"/></Relationships>',
        "word/document.xml": b"<document/>"})


def xml_parts(out):
    out["doctype.xlsx"] = zip_bytes(with_sheet(
        '<?xml version="1.0"?>\n<!DOCTYPE worksheet [<!ENTITY e "boom">]>\n'
        + sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row>')))
    lol = "".join('<!ENTITY l%d "%s">' % (k, ("&l%d;" % (k - 1)) * 10) for k in range(1, 10))
    p = tiny()
    p["xl/sharedStrings.xml"] = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY l0 "lol">%s]>'
                                 '<sst xmlns="%s"><si><t>&l9;</t></si></sst>' % (lol, NS)).encode()
    out["laughs.xlsx"] = zip_bytes(p)
    p = tiny()
    p["xl/sharedStrings.xml"] = (b'<sst xmlns="%s">\n<si><t>ok</t></si>\n<si><t>bad \xff byte</t>'
                                 b'</si></sst>' % NS.encode())
    out["badutf8.xlsx"] = zip_bytes(p)
    out["malformed.xlsx"] = zip_bytes(with_sheet(sheet('<row r="1"><c r="A1"><v>1</v></row>')))
    deep = "<x>" * 300 + "</x>" * 300
    out["deep.xlsx"] = zip_bytes(with_sheet(sheet('<row r="1"><c r="A1"><v>1</v>%s</c></row>'
                                                  % deep)))


def grid(out):
    cells = {
        "beyond-col.xlsx": '<row r="1"><c r="XFE1"><v>1</v></c></row>',
        "beyond-row.xlsx": '<row r="1048577"><c r="A1048577"><v>1</v></c></row>',
        "bad-ref.xlsx": '<row r="1"><c r="1A"><v>1</v></c></row>',
        "sst-index.xlsx": '<row r="1"><c r="B3" t="s"><v>99</v></c></row>',
        "twice.xlsx": '<row r="1"><c r="C1"><v>1</v></c><c r="C1"><v>2</v></c></row>',
        "bad-bool.xlsx": '<row r="1"><c r="A1" t="b"><v>yes</v></c></row>',
    }
    for name, rows in cells.items():
        out[name] = zip_bytes(with_sheet(sheet(rows)))
    out["overlap.xlsx"] = zip_bytes(with_sheet(sheet(
        '<row r="1"><c r="A1"><v>1</v></c></row>',
        '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>')))
    out["wide-merges.xlsx"] = zip_bytes(with_sheet(sheet(
        "", "<mergeCells>%s</mergeCells>" % "".join(
            '<mergeCell ref="A%d:XFD%d"/>' % (r, r) for r in range(1, 66)))))


# --- the criteria table ----------------------------------------------------

HEAD = ["評価基準No.", "評価基準", "★3/★4", "要求事項No.", "要求事項", "要求事項（詳細）",
        "中分類", "大分類", "NIST CSF 2.0 機能", "自己評価"]
COLS = "ABCDEFGHIJ"


def row(crit, level="★3", mark="○", text=None, req=None):
    return {"評価基準No.": crit, "評価基準": text if text is not None else "基準 " + crit,
            "★3/★4": level, "要求事項No.": req or crit[:5], "要求事項": "要求 " + crit[:5],
            "要求事項（詳細）": "詳細 " + crit[:5], "中分類": "中 " + crit[:3],
            "大分類": "大 " + crit[:1], "NIST CSF 2.0 機能": "統治(GV)", "自己評価": mark}


def table(rows, head=HEAD):
    cells = {}
    for c, h in zip(COLS, head):
        cells[c + "1"] = h
    for r, values in enumerate(rows, 2):
        for c, h in zip(COLS, head):
            if values.get(h):
                cells["%s%d" % (c, r)] = values[h]
    return zip_bytes(parts([("基準", cells, [])]))


def criteria(out):
    good = [row("1-1-1-1"), row("1-1-1-2", "★4", "")]
    out["missing-column.xlsx"] = table(good, [h for h in HEAD if h not in ("要求事項（詳細）",
                                                                         "自己評価")])
    out["no-table.xlsx"] = zip_bytes(parts([("Sheet1", {"A1": "評価基準", "B2": "No."}, [])]))
    out["answers-only.xlsx"] = table(good, ["評価基準No.", "評価基準", "自己評価"])
    out["dup-header.xlsx"] = table(good, HEAD[:9] + ["評価基準"])
    out["bad-id.xlsx"] = table([row("1-1-1-1"), row("1-1-1-10")])
    out["bad-level.xlsx"] = table([row("1-1-1-1"), row("1-1-1-2", "★5")])
    out["bad-mark.xlsx"] = table([row("1-1-1-1"), row("1-1-1-2", mark="◎")])
    out["dup-criterion.xlsx"] = table([row("1-1-1-1"), row("1-1-1-2"), row("1-1-1-1")])
    out["split-group.xlsx"] = table([row("1-1-1-1"), row("1-2-1-1"), row("1-1-1-2")])
    differing = row("1-1-1-2")
    differing["要求事項"] = "別の要求"
    out["differing.xlsx"] = table([row("1-1-1-1"), differing])
    out["number-mismatch.xlsx"] = table([row("1-1-1-1"), row("1-1-1-2", req="1-1-2")])
    bad_csf = row("1-1-1-2")
    bad_csf["NIST CSF 2.0 機能"] = "統治"
    out["bad-csf.xlsx"] = table([row("1-1-1-1"), bad_csf])
    out["empty-text.xlsx"] = table([row("1-1-1-1"), row("1-1-1-2", text="")])
    out["no-criteria.xlsx"] = table([])


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    out = {}
    for make in (container, xml_parts, grid, criteria):
        make(out)
    for name, data in out.items():
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)
    with open(sys.argv[2], "w") as f:  # what the build tracks
        f.write("\n".join(sorted(out)) + "\n")


if __name__ == "__main__":
    main()
