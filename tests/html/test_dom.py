#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The html writer in a browser: headless Chromium loads each report's
page, runs its script, and gives back the DOM, which is checked against
the report's json and csv output (html_lib.check_page); a probe script
then sorts, filters, opens a cell and switches the language the way a
reader would. A screenshot of each page is kept in OUTDIR as an
artefact. Skips (status 77) when Chromium is not installed.

usage: test_dom.py XWALK OUTDIR"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the source tree clean
from html_lib import (FIXTURES, Failure, Tree, check, check_page, csv_totals,
                      main, run, sections, status_of)

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = 77


def chromium():
    return os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def browse(browser, page, *flags):
    """Runs headless Chromium on the file @page; returns its stdout."""
    with tempfile.TemporaryDirectory() as profile:
        p = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                            f"--user-data-dir={profile}", *flags, "file://" + page],
                           capture_output=True, timeout=180, stdin=subprocess.DEVNULL)
    check(p.returncode == 0, f"chromium failed on {page}: {p.stderr.decode(errors='replace')[-2000:]}")
    return p.stdout.decode()


def natural(text):
    return [(0, int(t), "") if t.isdigit() else (1, 0, t.lower())
            for t in re.findall(r"\d+|\D+", text)]


def by_value(v):
    return (0, float(v)) if v else (-1, 0.0)


def titles(secs, fw):
    """Item id -> its row header text beside the id, as the page shows it."""
    out = {}
    for s in secs:
        if s.get("kind") == "items":
            for r in s["rows"]:
                if r["FRAMEWORK"] == fw:
                    ja, en = r["TITLE (ja)"], r["TITLE (en)"]
                    out[r["ITEM"]] = f"{ja} / {en}" if ja and en else ja or en
    return out


def check_probe(found, secs, source, query):
    matrix = next(s for s in secs if s.get("kind") == "matrix")
    col = matrix["columns"][1]
    ranks = {"full": 4, "part": 3, "none": 2, "unknown": 1}
    values = []
    for r in matrix["rows"]:
        st = status_of(r[col])
        values.append(str(2 * ranks[st] - ("(jointly)" in r[col])) if st else "")
    check(found["sortFirst"] == "descending" and
          found["sortedFirst"] == sorted(values, key=by_value, reverse=True),
          f"sorting by {col} does not put the best coverage first: {found['sortedFirst'][:10]}")
    check(found["sortAgain"] == "ascending" and found["sortedAgain"] == sorted(values, key=by_value),
          "sorting again does not reverse the order")
    ids = [r["ITEM"] for r in matrix["rows"]]
    check(found["itemsAscending"] == sorted(ids, key=natural),
          f"sorting by item is not in natural order: {found['itemsAscending'][:12]}")

    heads = titles(secs, source)
    want = sum(1 for i in ids if query.lower() in f"{i} {heads.get(i, '')}".lower())
    check(found["queryShown"] == want and found["queryCount"] == str(want),
          f"filter {query!r}: {found['queryShown']} rows shown ({found['queryCount']}), want {want}")
    part = {r["ITEM"] for r in matrix["rows"]
            if any(status_of(r[c]) == "part" for c in matrix["columns"][1:])}
    check(set(found["partShown"]) == part and len(found["partShown"]) == len(part),
          f"status filter 'partly': {len(found['partShown'])} rows shown, want {len(part)}")

    first = next(r for r in matrix["rows"] if r["ITEM"] == found["itemsAscending"][0])
    target = next(c for c in matrix["columns"][1:] if first[c])
    links = next(s for s in secs if s.get("kind") == "links")["rows"]
    behind = [l for l in links if first["ITEM"] in l["SOURCE"].split() and l["TARGET"] == target]
    check(behind, "the fixture's first cell has no link")
    check(not found["panelHidden"] and all(l["ROW"] in found["panelText"] for l in behind)
          and f"{first['ITEM']} → {target}" in found["panelText"],
          f"choosing cell {first['ITEM']} x {target} does not show its rows: {found['panelText'][:300]!r}")
    check(first[target] in found["cellLabel"], "the chosen cell's label lacks its status")
    check(found["jaDisplay"] == "none" and found["enDisplay"] != "none",
          "choosing English does not hide the Japanese texts")


def test(argv):
    if len(argv) != 3:
        raise Failure(__doc__)
    xwalk, outdir = argv[1], os.path.abspath(argv[2])
    browser = chromium()
    if not browser:
        print("SKIP: chromium is not installed (Debian: apt-get install chromium)")
        sys.exit(SKIP)
    with open(os.path.join(HERE, "probe.js"), encoding="utf-8") as f:
        probe = f.read()
    for fixture in ("bundled", "engine"):
        page = os.path.join(outdir, f"html-{fixture}.html")
        text = run(xwalk, fixture, "html")[1].decode()
        with open(page, "w", encoding="utf-8") as f:
            f.write(text)
        secs = sections(xwalk, fixture)
        root = Tree(browse(browser, page, "--dump-dom")).root
        check("hidden" not in root.by_id("langs").attrs, "the page's script did not run")
        check_page(root, secs, csv_totals(xwalk, fixture), fixture)

        source = FIXTURES[fixture][3][1]
        query = next(s for s in secs if s.get("kind") == "matrix")["rows"][1]["ITEM"]
        probed = os.path.join(outdir, f"html-{fixture}-probe.html")
        head, _, tail = text.rpartition("</body>")
        with open(probed, "w", encoding="utf-8") as f:
            f.write(f"{head}<script>var PROBE_QUERY = {json.dumps(query)};\n{probe}</script></body>{tail}")
        found = Tree(browse(browser, probed, "--dump-dom")).root.by_id("probe").text()
        check_probe(json.loads(found), secs, source, query)

        shot = os.path.join(outdir, f"html-{fixture}.png")
        if os.path.exists(shot):
            os.remove(shot)
        browse(browser, page, f"--screenshot={shot}", "--window-size=1400,1000", "--hide-scrollbars")
        with open(shot, "rb") as f:
            check(f.read(8) == b"\x89PNG\r\n\x1a\n", f"{shot} is not a PNG")
        print(f"{fixture}: the DOM matches the report; sorting, filtering, the cell panel "
              f"and the language toggle work; screenshot {shot}")


if __name__ == "__main__":
    sys.exit(main(test, sys.argv))
