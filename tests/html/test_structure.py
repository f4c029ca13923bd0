#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The html writer without a browser: the pages of three reports read
back with html.parser and checked against the same reports' json and
csv output; the same page twice; hostile text; every verb; options.

usage: test_structure.py XWALK"""

import json
import os
import re
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the source tree clean
from html_lib import (FIXTURES, Failure, Tree, check, check_page, csv_totals,
                      main, pictured, run, sections)

# Verbs other than report, on the engine fixture: each must give a page.
OTHER_VERBS = [
    ["list"],
    ["show", "s"],
    ["coverage", "s", "t"],
    ["compare", "s", "t"],
    ["gap", "--target", "t", "--assessment", "assessments/s-results.yaml",
     "--date", "2026-06-01"],
]


def reports(xwalk):
    for fixture in FIXTURES:
        page = run(xwalk, fixture, "html")[1]
        check(page == run(xwalk, fixture, "html")[1], f"{fixture}: two runs give different pages")
        check_page(Tree(page.decode()).root, sections(xwalk, fixture),
                   csv_totals(xwalk, fixture), fixture)
        print(f"{fixture}: page of {len(page)} bytes matches the report")


def texts(secs):
    for s in secs:
        yield s["title"]
        yield from s.get("text", [])
        for row in s["rows"]:
            yield from row.values()


def hostile(xwalk):
    """Markup, ampersands, quotes and control characters in the data come
    out as text."""
    page = run(xwalk, "hostile", "html")[1]
    root = Tree(page.decode()).root
    shown = root.text()
    risky = {t for t in texts(sections(xwalk, "hostile"))
             if any(c in t for c in "<>&\"'\x01\x7f")}
    check(len(risky) >= 8, "the hostile fixture lost its markup")
    for t in sorted(risky):
        check(pictured(t) in shown, f"{t!r} is not shown as text")
        if "<" in t:
            check(t.encode() not in page, f"{t!r} is in the page unescaped")
    check(not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", page),
          "a control character is in the page")
    check("\u2401 \u2421" in shown, "control characters are not shown as control pictures")
    check(not root.find("img"), "an <img> from the data became markup")
    check(all(b.text() not in ("bold", "太字") for b in root.find("b")),
          "a <b> from the data became markup")
    check("方針 <b>太字</b> & 「引用」" in shown, "Japanese text is not shown as given")
    print(f"hostile: {len(risky)} texts with markup characters are shown as text")


def other_verbs(xwalk):
    for args in OTHER_VERBS:
        page = run(xwalk, "engine", "html", args=args)[1]
        root = Tree(page.decode()).root
        secs = json.loads(run(xwalk, "engine", "json", args=args)[1])["sections"]
        tables = root.find("table")
        check(len(tables) == sum(1 for s in secs if s["columns"]),
              f"{args[0]}: {len(tables)} tables for {len(secs)} sections")
        check(len(root.find("p", cls="line")) == sum(len(s.get("text", [])) for s in secs),
              f"{args[0]}: text lines lost")
        print(f"{args[0]}: {len(tables)} tables")


def options_and_output(xwalk):
    status, out, err = run(xwalk, "engine", "html:lang=fr", ok=False)
    check(status == 1 and out == b"" and "html format takes no options" in err,
          f"an option is not refused: status {status}, {err!r}")
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "r.html")
        run(xwalk, "engine", "html", extra=["--output", path])
        with open(path, "rb") as f:
            check(f.read() == run(xwalk, "engine", "html")[1], "--output differs from stdout")
    print("options refused; --output writes the page")


def test(argv):
    if len(argv) != 2:
        raise Failure(__doc__)
    reports(argv[1])
    hostile(argv[1])
    other_verbs(argv[1])
    options_and_output(argv[1])


if __name__ == "__main__":
    sys.exit(main(test, sys.argv))
