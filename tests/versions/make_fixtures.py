#!/usr/bin/env python3
"""Writes synthetic SP 800-53 comparison workbooks for tests/versions into OUTDIR.

Usage: make_fixtures.py OUTDIR

synthetic.xlsx is laid out unlike NIST's workbook, to show that the table
is found by its header text: a first sheet without the table, then the
table with its headers on rows 3 and 4, columns in another order and
retyped ("changed elements"). Its rows hold the forms the reader must
understand: a family's first control titled "(Family) Title", an
enhancement "Base | Enhancement", a title change in curly quotes, a
notation typed with a no-break space, a control withdrawn before and one
withdrawn now, a new control, an editorial change, an added text only.
Each bad-*.xlsx breaks one rule. All text is made up, none is NIST's.
"""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "scs-excel"))
from xlsxgen import parts, write  # noqa: E402

HEADERS = {"B3": "Update", "E3": "changed elements", "F3": "Change\nDetails",
           "C4": "ID", "A4": "Title", "D4": "More than editorial or administrative "
           "change?\n(Y/N)"}
# rows: id, title, Y/N, notations, details
ROWS = [
    ("ZZ-1", "(Made-up Family)\nPolicy Things", "N", "N", ""),
    ("ZZ-2", "Widget Control", "Y", "Changes title\nChanges control\u00a0text",
     "Title changed from \u2018Gadget Control\u2019\nMore made-up words"),
    ("ZZ-2(1)", "Widget Control | Automated Widgets", "Y", "Adds control text\nAdds to M "
     "Security Control Baseline (SP 800-53B)", "Adds made-up text"),
    ("ZZ-2(2)", "Widget Control | Old Widgets", "N", "N", "Previously withdrawn in Rev4; "
     "Incorporated into ZZ-2"),
    ("ZZ-2(3)", "Widget Control | Shared Widgets", "Y", "Withdrawn", "Incorporated into ZZ-2b"),
    ("ZZ-3", "Editorial Control", "N", "Changes discussion", "Made-up editorial words"),
    ("ZZ-4", "Brand New Control", "Y", "New base control", ""),
    ("ZZ-5", "Moved Control", "y", "Withdrawn", "Moved to\u00a0ZZ-4"),
    ("ZZ-6", "Gone Control", "Y", "Withdrawn", "Made-up reasons, no successor"),
]
BAD = {
    "bad-id": ("ZZ-2a", "A Title", "N", "N", ""),
    "bad-notation": ("ZZ-7", "A Title", "Y", "Changes everything", ""),
    "bad-yn": ("ZZ-7", "A Title", "Maybe", "N", ""),
}


def table(rows):
    cells = dict(HEADERS)
    for n, (id_, title, yn, notes, details) in enumerate(rows, 5):
        cells.update({"C%d" % n: id_, "A%d" % n: title, "D%d" % n: yn,
                      "E%d" % n: notes, "F%d" % n: details})
    return [("Notes", {"A1": "Made-up notes"}, []), ("Compared", cells, [])]


def main(argv):
    if len(argv) != 1:
        sys.exit("usage: make_fixtures.py OUTDIR")
    os.makedirs(argv[0], exist_ok=True)
    write(os.path.join(argv[0], "synthetic.xlsx"), parts(table(ROWS)))
    for name, row in BAD.items():
        write(os.path.join(argv[0], name + ".xlsx"), parts(table(ROWS[:1] + [row])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
