#!/usr/bin/env python3
"""Writes the .xlsx check sheets of the jama-checksheet tests into OUTDIR.

checksheet.xlsx holds the same items and answers as data/checksheet.csv,
laid out differently, to show that columns are found by their header
text: a cover sheet comes first, the header is on row 3 of the second
sheet, the columns come in another order under retyped headers
("Ｎｏ．", "レベル\\n(Lv1～Lv3)", "回答（選択）"), the label's number and
name are separate columns, label cells are merged over their rows, item
numbers are numbers, levels read "Lv.1", and answers are marks
(○ △ × －) instead of words. A level the CSV leaves without a number
("Lv") is blank here. All text is made up; none of it is the guideline's.

bad-id.xlsx has an item number that is not one; bad-utf8.xlsx has a byte
that is not UTF-8 in its shared strings.

Standard library only; it reuses the zip writer of the scs-excel tests.
Usage: make_xlsx.py OUTDIR
"""
import csv
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "scs-excel"))
from xlsxgen import parts, write  # noqa: E402

# our column -> (letter, header); the CSV's columns by their header
COLUMNS = [
    ("no", "A", "Ｎｏ．"), ("level", "B", "レベル\n(Lv1～Lv3)"), ("title", "C", "達成条件"),
    ("answer", "D", "回答（選択）"), ("label", "E", "ラベル"), ("name", "F", "ラベル名"),
    ("requirement", "G", "要求事項"), ("purpose", "H", "目的"), ("criteria", "I", "達成基準"),
    ("note", "J", "コメント"), ("evidence", "K", "証跡"), ("date", "L", "記入日"),
]
FROM_CSV = {"No.": "no", "レベル": "level", "達成条件": "title", "回答": "answer",
            "ラベル": "label", "目的": "purpose", "要求事項": "requirement",
            "達成基準": "criteria", "備考": "note", "根拠": "evidence"}
MARKS = {"実施": "○", "実施済み": "〇", "一部実施": "△", "未実施": "×", "対象外": "－",
         "該当なし": "－", "": ""}
LETTER = {key: col for key, col, _ in COLUMNS}
HEADER_ROW = 3


def csv_items():
    """The CSV's item rows as dicts, a blank label cell filled from above."""
    with open(os.path.join(HERE, "data", "checksheet.csv"), encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    header = next(i for i, r in enumerate(rows) if "No." in r)
    names = [FROM_CSV.get(h) for h in rows[header]]
    items, label = [], ""
    for r in rows[header + 1:]:
        d = {n: v for n, v in zip(names, r) if n}
        if not d.get("no"):
            continue
        label = d["label"] or label
        d["group"], _, d["name"] = label.partition(" ")
        items.append(d)
    return items


def runs(items, key):
    """Merged ranges over each run of rows (from row 4) that share items' @key."""
    out, start = [], 0
    for i in range(1, len(items) + 1):
        if i == len(items) or key(items[i]) != key(items[start]):
            if i - start > 1:
                out.append((HEADER_ROW + 1 + start, HEADER_ROW + i))
            start = i
    return out


def values(d):
    """One item's cells, by our column names."""
    return {
        "no": int(d["no"]), "level": "" if d["level"] == "Lv" else d["level"].replace("Lv", "Lv."),
        "title": d["title"], "answer": MARKS[d["answer"]],
        "label": int(d["group"]) if d["group"].isdigit() else d["group"],
        "name": d["name"], "requirement": d["requirement"], "purpose": d["purpose"],
        "criteria": d["criteria"], "note": d["note"], "evidence": d["evidence"],
    }


def sheet(items):
    cells = {"A1": "チェックシート（合成データ。ガイドラインの文言ではありません）"}
    for _, col, header in COLUMNS:
        cells["%s%d" % (col, HEADER_ROW)] = header
    group = lambda d: d["group"]  # noqa: E731
    label = lambda d: d["group"].split("-")[0]  # noqa: E731
    merges, hidden = [], set()
    for col, key in (("E", group), ("G", group), ("H", group), ("F", label)):
        for a, b in runs(items, key):
            merges.append("%s%d:%s%d" % (col, a, col, b))
            hidden |= {"%s%d" % (col, r) for r in range(a + 1, b + 1)}
    for i, d in enumerate(items):
        for key, v in values(d).items():
            ref = "%s%d" % (LETTER[key], HEADER_ROW + 1 + i)
            if v != "" and ref not in hidden:
                cells[ref] = v
    return ("チェック シート", cells, merges)


def main():
    out = sys.argv[1]
    items = csv_items()
    cover = ("表紙", {"B2": "合成のチェックシート", "B3": "表は次のシート"}, [])
    write(os.path.join(out, "checksheet.xlsx"), parts([cover, sheet(items)]))
    # the first three items, with one part of the workbook changed
    for name, part, old, new in [
            ("bad-id.xlsx", "xl/worksheets/sheet1.xml", b'<c r="A6"><v>3</v></c>',
             b'<c r="A6" t="inlineStr"><is><t>No.3a</t></is></c>'),
            ("bad-utf8.xlsx", "xl/sharedStrings.xml", "合成の達成条件、No.2。".encode(),
             b"bad \xff byte")]:
        book = parts([sheet(items[:3])])
        assert old in book[part], name
        book[part] = book[part].replace(old, new)
        write(os.path.join(out, name), book)


if __name__ == "__main__":
    main()
