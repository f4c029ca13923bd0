#!/usr/bin/env python3
"""Writes the generated fixtures of the iso27001-soa tests into data/.

- soa-ja.xlsx: a Japanese Statement of Applicability as a company keeps
  it in Excel: a cover sheet with the certificate (its expiry an Excel
  serial date, as Excel stores dates) above a revision history that must
  not be read as metadata, then the table sheet with a title, a date in
  a "label: value" cell, the header on row 4, theme headings merged
  across the row, full-width and other spellings of control numbers, a
  justification merged over two rows, and a note under the table.
- bad-missing-id.xlsx: a table without a control id column.
- bad-number-id.xlsx: control numbers typed as numbers, 5.1 and 5.10,
  which Excel keeps as 5.1 both.
- soa-bom-crlf.csv: a UTF-8 BOM, CRLF line ends, a quoted cell with a
  line break, Japanese headers.
- bad-utf8.csv: Shift_JIS bytes where UTF-8 is expected.
- bad-shift-jis.csv: a whole SoA in Shift_JIS, as Excel saves "CSV" on
  Japanese Windows.

The company, certificate and texts are made up. The workbooks are
written with tests/scs-excel/xlsxgen.py (standard library only), so the
same input gives the same bytes. Run from anywhere: python3 make_fixtures.py
"""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "scs-excel"))
from xlsxgen import parts, write  # noqa: E402

DATA = os.path.join(HERE, "data")


def cover():
    cells = {
        "B2": "情報セキュリティ適用宣言書 表紙",
        "B4": "組織名", "C4": "架空部品株式会社（テスト用）",
        "B5": "認証機関", "C5": "架空認証機構",
        "B6": "登録番号", "C6": "JP-IS-0001",
        "B7": "登録日", "C7": "2024年4月1日",
        "B8": "有効期限", "C8": 46843,          # 2028-03-31 as Excel stores it
        "B9": "適用範囲", "C9": "本社及び工場における自動車部品の設計・製造",
        # a revision history: its headers label nothing, 評価者 included
        "B12": "版", "C12": "日付", "D12": "評価者", "E12": "変更内容",
        "B13": "1.0", "C13": 46000, "D13": "情報セキュリティ委員会", "E13": "初版",
    }
    return ("表紙", cells, ["C9:E9"])


HEADER = {"A": "管理策番号", "B": "管理策名", "C": "適用可否\n（○/×）", "D": "実施状況",
          "E": "適用理由", "F": "除外理由", "G": "関連文書"}

# row: number, name, applicable, status, reason for, reason against, documents
ROWS = [
    (6, "Ａ．５．１", "情報セキュリティのための方針群", "○", "実施済", "基本方針を定めている", None,
     "ISMS-01 基本方針"),
    (7, "A.5.2", "情報セキュリティの役割及び責任", "○", "一部実施", "兼務者の役割が未定義", None,
     "ISMS-02"),
    (8, "5.3", "職務の分離", "×", "実施済", None, "小規模のため職務の分離は困難", None),
    (9, "A5.4", "経営陣の責任", "○", "計画中", "2027年度に導入予定", None, None),
    (10, "A.05.05", "関係当局との連絡", "適用", "未実施", None, None, None),
    (11, "附属書A 5.6", "専門組織との連絡", "✓", None, None, None, None),
    (12, "A.5.7", "脅威インテリジェンス", "○", "一部実施", "脅威情報の収集は一部のみ", None, None),
    (13, "A.5.8", "プロジェクトマネジメントにおける情報セキュリティ", "○", "実施済", None, None,
     "PM規程"),
    (15, "A.6.1", "選考", "除外", None, None, "採用は親会社が行う", None),
    (16, "８．３４", "監査試験中の情報システムの保護", "○", "実施済", None, None, None),
]


def table():
    cells = {"A1": "適用宣言書（ISO/IEC 27001:2022 附属書A）",
             "A2": "評価日：2026年10月1日"}
    for col, text in HEADER.items():
        cells[col + "4"] = text
    cells["A5"] = "5 組織的管理策"
    cells["A14"] = "6 人的管理策"
    for row, *values in ROWS:
        for col, v in zip("ABCDEFG", values):
            if v is not None:
                cells["%s%d" % (col, row)] = v
    cells["A18"] = "※ 本書はテスト用の架空のデータです"
    return ("適用宣言書", cells, ["A1:G1", "A5:G5", "A14:G14", "E12:E13"])


def missing_id():
    cells = {"A1": "Statement of Applicability",
             "A3": "Control name", "B3": "Applicable", "C3": "Status",
             "A4": "Policies for information security", "B4": "Yes", "C4": "Implemented"}
    return ("SoA", cells, [])


def number_id():
    # 5.1 and 5.10 typed as numbers: Excel keeps both as 5.1
    cells = {"A1": "Control", "B1": "Applicable", "C1": "Status",
             "A2": 5.1, "B2": "Yes", "C2": "Implemented",
             "A3": 5.1, "B3": "Yes", "C3": "Implemented"}
    return ("SoA", cells, [])


def write_bytes(name, data):
    with open(os.path.join(DATA, name), "wb") as f:
        f.write(data)


def main():
    write(os.path.join(DATA, "soa-ja.xlsx"), parts([cover(), table()]))
    write(os.path.join(DATA, "bad-missing-id.xlsx"), parts([missing_id()]))
    write(os.path.join(DATA, "bad-number-id.xlsx"), parts([number_id()]))
    bom_crlf = [
        "管理策,適用,導入状況,根拠,証跡",
        "A.8.1,適用,導入済み,,端末管理規程",
        'A.8.2,適用,一部導入,"特権IDの棚卸しは年1回\n記録は未整備",',
        "A.8.3,適用除外,,クラウドのみ利用,",
    ]
    write_bytes("soa-bom-crlf.csv", b"\xef\xbb\xbf" + "\r\n".join(bom_crlf).encode() + b"\r\n")
    bad = "管理策番号,適用可否,実施状況,備考\nA.5.1,○,実施済,\nA.5.2,○,実施済,".encode()
    write_bytes("bad-utf8.csv", bad + "方針".encode("shift_jis") + b"\n")
    sjis = "管理策番号,管理策名,適用可否,実施状況\r\nA.5.1,情報セキュリティのための方針群,○,実施済\r\n"
    write_bytes("bad-shift-jis.csv", sjis.encode("shift_jis"))
    print("wrote the fixtures in", DATA)


if __name__ == "__main__":
    main()
