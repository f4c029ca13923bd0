#!/usr/bin/env python3
"""Writes the synthetic CPRT exports of the nist-cprt tests into OUTDIR.

Usage: make_fixtures.py OUTDIR STAMP

synthetic.xlsx is laid out unlike NIST's export, to show that the table
is found by its header text: an "Introduction" sheet with a Generated
Date first, then the table on sheet "CSF 2.0 Core" with its header on row
4, columns in another order, headers retyped ("Informative\\nReferences",
"subcategory") and a column the plugin does not read. Its rows hold each
form the reader must understand: a withdrawn category and subcategories,
the outline group's closing row "GOVERN (GV)", rows repeating the levels
above, and NIST's untidy ISO and SP 800-53 references. Every other file
breaks one rule; test_errors.c expects each one's exact error. All text
is made up: none of it is NIST's wording.

The workbooks are written with tests/scs-excel/xlsxgen.py (standard
library only), at build time, and never committed.
"""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "scs-excel"))
from xlsxgen import parts, write  # noqa: E402

SHEET = "CSF 2.0 Core"
HEADERS = {"A": "Function", "B": "Notes", "C": "Category",
           "D": "Informative\nReferences", "E": "subcategory",
           "F": "Implementation Examples"}
# the columns by what they hold
FN, NOTE, CAT, REFS, SUB, EX = "ABCDEF"

ISO = "ISO/IEC 27001:2022: "
SP = "SP 800-53 Rev 5.1.1: "

GOVERN = "GOVERN (GV): A synthetic statement  of the govern function."
IDENTIFY = "IDENTIFY (ID): A synthetic statement of the identify function."
ASSETS = "Assets (ID.AM): A synthetic statement of the asset category."

# row number -> {column: value}
ROWS = {
    5: {FN: GOVERN,
        REFS: ISO + "Mandatory Clause: 6.1\nISO/IEC 27001:2013: Annex A Controls: 5.2\n"
        + ISO + "Annex A Controls: 5.1"},
    6: {CAT: "Context (GV.OC): A synthetic statement of the context category.",
        REFS: ISO + "Mandatory Clause: 4.2(a)\r\n" + ISO + "Mandatory Clause: 4.2 (b)\n"
        + SP + "PT"},
    7: {SUB: "GV.OC-01: The first synthetic outcome.",
        EX: "Ex1: A first made-up example\nEx2: A second made-up example",
        REFS: ISO + "Mandatory Clause:  4.1\n" + ISO + "Mandatory Clause:  6.1,\n"
        + ISO + "Annex A Controls:\n" + ISO + "Mandatory Clause: 7.1, 7.2\n"
        + SP + "AC-02(01)\nSP 800-53 Rev 5.2.0: AC-03\nCSF v1.1: ID.BE-2\nCSF v1.1: GV.OC-3"},
    8: {SUB: "GV.OC-02: The second synthetic outcome.",
        REFS: ISO + "Mandatory Clause: None\n" + ISO + "Annex A Controls: All applicable controls\n"
        + ISO + "Mandatory Clause: 6.11\n" + ISO + "Annex A Controls: 5.37\n"
        + ISO + "Annex A Controls: 5.37\n" + SP + "XX-01\n" + SP + "CP-02(08)"},
    9: {SUB: "GV.OC-03: [Withdrawn: Moved to GV.OC-01]"},
    10: {CAT: "Old Context (GV.XX): [Withdrawn: Incorporated into other Categories]"},
    11: {SUB: "GV.XX-01: [Withdrawn: Incorporated into GV.OC-01, GV.OC-02]"},
    12: {SUB: "GV.XX-02: [Withdrawn: Removed]"},
    13: {FN: "GOVERN (GV)"},
    14: {FN: IDENTIFY, CAT: ASSETS, SUB: "ID.AM-01: The first synthetic asset outcome.",
         EX: "Ex1: A made-up example of the asset outcome",
         REFS: ISO + "Annex A Controls: 5.9\nCSF v1.1: ID.AM-1"},
    15: {FN: IDENTIFY, CAT: ASSETS, SUB: "ID.AM-02: The second synthetic asset outcome.",
         REFS: ISO + "Annex A Controls: 5.9\nCSF v1.1: ID.AM"},
    17: {NOTE: "A note in a column the plugin does not read."},
}

# a small table of one function, one category, one subcategory, to break
BASE = {
    5: {FN: GOVERN},
    6: {CAT: "Context (GV.OC): A synthetic statement of the context category."},
    7: {SUB: "GV.OC-01: The first synthetic outcome.",
        REFS: ISO + "Mandatory Clause: 6.1\n" + SP + "AC-01"},
}


def introduction(date):
    return ("Introduction", {"A1": "Title", "B1": "A synthetic export",
                             "A5": "Generated Date", "B5": date}, [])


def table(rows, headers=None):
    cells = {"A1": "Synthetic CSF 2.0 export (test data, not NIST's)"}
    for col, text in (HEADERS if headers is None else headers).items():
        cells[col + "4"] = text
    for row, values in rows.items():
        for col, value in values.items():
            cells["%s%d" % (col, row)] = value
    return (SHEET, cells, [])


def changed(row, values):
    """BASE with @row's cells set to @values (None clears the row)."""
    rows = {r: dict(v) for r, v in BASE.items()}
    if values is None:
        rows.pop(row, None)
    else:
        rows.setdefault(row, {}).update(values)
    return rows


def without(col):
    return {c: h for c, h in HEADERS.items() if c != col}


WORKBOOKS = {
    "synthetic.xlsx": [introduction(46000.5), table(ROWS)],
    "nodate.xlsx": [table(BASE)],
    "baddate.xlsx": [introduction("soon"), table(BASE)],
    "isodate.xlsx": [introduction("2026-01-31"), table(BASE)],
    "not-cprt.xlsx": [("Sheet1", {"A1": "Function", "B1": "Category", "C1": "Outcome"}, [])],
    "empty.xlsx": [table({})],
    "dup-header.xlsx": [table(BASE, dict(HEADERS, B="Category"))],
    "no-refs-column.xlsx": [table(BASE, without(REFS))],
    "bad-iso.xlsx": [table(changed(7, {REFS: ISO + "Clause 4.1"}))],
    "bad-iso-part.xlsx": [table(changed(7, {REFS: ISO + "Mandatory Clause: 4.1, four"}))],
    "bad-sp.xlsx": [table(changed(7, {REFS: SP + "AC-2a"}))],
    "bad-csf11.xlsx": [table(changed(7, {REFS: "CSF v1.1: ID.BE-200"}))],
    "not-a-cell.xlsx": [table(changed(5, {FN: "Govern: a statement"}))],
    "wrong-parent.xlsx": [table(changed(6, {CAT: "Context (ID.OC): A statement."}))],
    "sub-first.xlsx": [table(changed(6, None))],
    "no-statement.xlsx": [table(changed(6, {CAT: "Context (GV.OC)"}))],
    "changed-repeat.xlsx": [table(changed(8, {FN: "GOVERN (GV): Another statement."}))],
    "withdrawn-function.xlsx": [table(changed(5, {FN: "GOVERN (GV): [Withdrawn: Moved to ID]"}))],
    "active-under-withdrawn.xlsx": [table({**BASE,
        8: {CAT: "Old (GV.XX): [Withdrawn: Incorporated into GV.OC]"},
        9: {SUB: "GV.XX-01: An outcome that is not withdrawn."}})],
    "refs-without-csf.xlsx": [table(changed(9, {REFS: ISO + "Mandatory Clause: 4.1"}))],
    "dup-subcategory.xlsx": [table(changed(8, {SUB: "GV.OC-01: The first synthetic outcome."}))],
    "no-refs-of-scheme.xlsx": [table(changed(7, {REFS: "CSF v1.1: ID.GV-1"}))],
}


def main():
    outdir, stamp = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    for name, sheets in WORKBOOKS.items():
        write(os.path.join(outdir, name), parts(sheets))
    with open(stamp, "w") as f:
        f.write("%d workbooks\n" % len(WORKBOOKS))


if __name__ == "__main__":
    main()
