#!/usr/bin/env python3
"""Writes data/synthetic.xlsx: a small workbook of our own for the tests.

Its criteria table is laid out unlike IPA's, to show that columns are
found by their header text: the header is on row 4 of the second sheet,
the columns come in another order, headers are retyped ("評価基準\\nNo.",
"★3 / ★4", half-width brackets), requirement cells are merged over their
criteria's rows. All text is made up; none of it is IPA's wording.

A third sheet, "types", holds one cell of each kind for the reader's own
tests. Run from anywhere: python3 make_synthetic.py
"""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from xlsxgen import Inline, Raw, Rich, parts, write  # noqa: E402

HEADERS = {
    "A": "評価基準\nNo.", "B": "自己評価", "C": "評価基準", "D": "★3 / ★4",
    "E": "要求事項(詳細)", "F": "要求事項", "G": "中分類", "H": "大分類",
    "I": "NIST CSF 2.0 機能", "J": "理由", "K": "根拠および実施する事",
    "L": "備考", "M": "大分類No.",
}

# row: criterion, mark, text, level, requirement text, requirement, sub, category, CSF, reason, basis, category no
ROWS = [
    (5, "1-1-1-1", "○", "合成の評価基準その一。", "★3", "合成の要求事項一の詳細。", "合成要求一",
     "合成中分類一", "合成大分類一", "統治(GV)", "合成の理由。", "合成の根拠。", 1),
    (6, "1-1-1-2", "△", "合成の評価基準その二。\n二行目。", "★4", None, None, None, None,
     "統治(GV)", "", "根拠その二", 1),
    (7, "1-2-1-1", "", Rich(["合成の", "評価基準その三。"], "ゴウセイ"), "★3",
     "合成の要求事項二の詳細。", "合成要求二", "合成中分類二", None, "統治（GV）",
     "印のない理由。", "", None),
    (8, "1-2-1-2", "〇", "合成の評価基準その四。 \n", None, None, None, None, None,
     "統治(GV)", "", "", None),
    (9, "2-1-1-1", "×", Inline("合成の評価基準その五。"), "★4", "合成の要求事項三の詳細。",
     "合成要求三", "合成中分類三", "合成大分類二", "識別(ID)", "一行目_x000D_\n二行目", "", 2),
    (10, "2-1-1-2", " ✖ ", "合成の評価基準その六。", None, None, None, None, None, None,
     None, "根拠その六", None),
]

MERGES = ["E5:E6", "F5:F6", "G5:G6", "H5:H8", "D7:D8", "E7:E8", "F7:F8", "G7:G8",
          "D9:D10", "E9:E10", "F9:F10", "G9:G10", "H9:H10", "I9:I10", "J9:J10"]


def criteria_sheet():
    cells = {"A1": "合成ワークブック（テスト用。IPAの文言ではありません）",
             "A2": "作成日", "B2": 46108}
    for col, text in HEADERS.items():
        cells[col + "4"] = text
    for row, *values in ROWS:
        for col, v in zip("ABCDEFGHIJKM", values):
            if v is not None and v != "":
                cells["%s%d" % (col, row)] = v
    cells["C12"] = "※ 合成データ。"
    return ("評価 シート", cells, MERGES)


def types_sheet():
    cells = {
        "A1": "text", "B1": 3.14, "C1": True, "D1": Inline("inline"),
        "E1": Rich(["ri", "ch"], "リッチ"),
        "F1": Raw('<c r="F1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>'),
        "G1": Raw('<c r="G1" t="e"><v>#N/A</v></c>'),
        "H1": False, "I1": "  padded  ",
        # no r attribute: each cell is the one after the last
        "A2": "a2",
        "B2": Raw('<c t="inlineStr"><is><t>b2</t></is></c>'),
        "C2": Raw('<c t="inlineStr"><is><t>c2</t></is></c>'),
        "A3": "line1_x000D_\nline2", "B3": "keep _x00ZZ_ as is", "C3": "_x005F_x0041_",
        "B5": "merged", "XFD1048576": "corner",
    }
    return ("types", cells, ["B5:D6"])


def main():
    cover = ("表紙", {"B2": "合成ワークブック", "B3": "評価基準の表は次のシート"}, [])
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "synthetic.xlsx")
    write(out, parts([cover, criteria_sheet(), types_sheet()]))
    print("wrote", out)


if __name__ == "__main__":
    main()
