#!/usr/bin/env python3
"""Writes the synthetic OLIR workbooks of the olir tests into OUTDIR.

Usage: make_fixtures.py OUTDIR STAMP

synthetic.xlsx is laid out unlike the workbooks xwalk writes, to show
that the table is found by its header text and the documents by their
names: a sheet "About" with no table first, a "General Information"
sheet naming the documents as NIST names them ("NIST Cybersecurity
Framework", "Rev. 5.1.1"), then the table on sheet "Mapping" with its
header on row 3, the columns in another order, headers broken over lines
with "(Optional)", a column the plugin does not read, zero-padded ids
with stray line breaks, a strength as a number and relationship words in
other spellings. Every other file breaks one rule; test_errors.c expects
each one's exact error. The ids are real CSF 2.0 and SP 800-53 ids; the
comments are made up.

The workbooks are written with tests/scs-excel/xlsxgen.py (standard
library only), at build time, and never committed.
"""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "scs-excel"))
from xlsxgen import parts, write  # noqa: E402

INFO = {"A1": "General Information",
        "A2": "Focal Document", "B2": "NIST Cybersecurity Framework",
        "A3": "Focal Document Version", "B3": "Version 2.0",
        "A4": "Reference Document", "B4": "NIST SP 800-53",
        "A5": "Reference Document Version", "B5": "Rev. 5.1.1",
        "A6": "Comprehensive", "B6": "no",
        "A7": "Informative Reference Name", "B7": "not read: a mapping set has no such field"}

HEADER = {"A3": "Relationship", "B3": "Focal Document\nElement", "C3": "Rationale",
          "D3": "Reference Document\nElement Description\n(Optional)",
          "E3": "Reference Document\nElement", "F3": "Strength of\nRelationship\n(Optional)",
          "G3": "Comments\n(Optional)", "H3": "Notes"}

ROWS = [
    # relationship, focal, rationale, reference, strength, comments
    ("Subset Of", "GV.OC-01", "semantic", "PM-11\n", 6, "A made-up comment."),
    ("intersects-with", "GV.OC-02 ", "Functional", " PM-09", "", ""),
    ("", "GV.OC-03", "", "PT", "", ""),
    ("Not Related To", "GV.OC-04", "", "", "", "Nothing relates."),
    ("equal", "GV.OC-05", "Syntactic", "CP-02(08)", 10, ""),
]


def table(rows, header=HEADER):
    cells = {"A1": "A synthetic OLIR table", **header}
    for i, (rel, focal, rat, ref, strength, comment) in enumerate(rows, 4):
        for col, value in zip("ABCEFG", (rel, focal, rat, ref, strength, comment)):
            if value != "":
                cells["%s%d" % (col, i)] = value
        cells["D%d" % i] = "a description, not read"
    return cells


def main():
    out, stamp = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    about = ("About", {"A1": "Made for the xwalk tests"}, [])
    books = {
        "synthetic.xlsx": [about, ("General Information", INFO, []),
                           ("Mapping", table(ROWS), [])],
        "bad-strength.xlsx": [("Mapping", table([("equal", "GV.OC-01", "Semantic",
                                                  "PM-11", 11, "")]), [])],
        "bad-twice.xlsx": [("Mapping", table(ROWS, {**HEADER, "H3": "Rationale"}), [])],
        "not-olir.xlsx": [about],
    }
    for name, sheets in books.items():
        write(os.path.join(out, name), parts(sheets))
    with open(stamp, "w") as f:
        f.write("ok\n")


main()
