# SPDX-License-Identifier: MIT
"""What the html tests share: running xwalk, reading its csv and json
output, and reading a page back with html.parser."""

import csv
import io
import json
import os
import subprocess
import sys
from html.parser import HTMLParser

SOURCE_ROOT = os.environ.get("XW_SOURCE_ROOT", "")
# name: the data folder (None: the bundled data), the target, the profile
# (None: every leaf) and the arguments of `xwalk report`
FIXTURES = {
    "bundled": (None, "scs-2026", "star4",
                ["report", "iso27001-2022", "--profile", "star4", "--assessment",
                 "contrib/examples/soa-example-parts.yaml", "--date", "2026-11-27"]),
    "engine": ("tests/engine/data", "t", None,
               ["report", "s", "--target", "t", "--assessment",
                "assessments/s-results.yaml", "--date", "2026-06-01"]),
    "hostile": ("tests/html/data", "hy", None,
                ["report", "hx", "--target", "hy", "--date", "2026-06-01"]),
}

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr"}


class Failure(Exception):
    pass


def check(cond, what):
    if not cond:
        raise Failure(what)


def run(xwalk, fixture, fmt, extra=(), ok=True, args=None):
    """Runs xwalk on a fixture (its report, or @args); returns (status,
    stdout bytes, stderr text)."""
    data, args = FIXTURES[fixture][0], args or FIXTURES[fixture][3]
    env = dict(os.environ, LANG="C.UTF-8")
    cwd = SOURCE_ROOT
    if data:
        cwd = os.path.join(SOURCE_ROOT, data)
        env["XWALK_DATA_PATH"] = cwd
    p = subprocess.run([os.path.abspath(xwalk), "--format", fmt, *extra, *args], cwd=cwd, env=env,
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
    if ok and p.returncode != 0:
        raise Failure(f"xwalk --format {fmt} {' '.join(args)}: status {p.returncode}: "
                      + p.stderr.decode(errors="replace"))
    return p.returncode, p.stdout, p.stderr.decode(errors="replace")


def sections(xwalk, fixture):
    """The report's sections as --format json gives them."""
    return json.loads(run(xwalk, fixture, "json")[1])["sections"]


def csv_totals(xwalk, fixture):
    """The rows of the totals table of --format csv, as dicts."""
    rows = list(csv.reader(io.StringIO(run(xwalk, fixture, "csv")[1].decode())))
    for i, row in enumerate(rows):
        if row[:2] == ["FRAMEWORK", "BY"] and "COVERED" in row:
            out = []
            for r in rows[i + 1:]:
                if not r:
                    break
                out.append(dict(zip(row, r)))
            return out
    raise Failure("no totals table in the csv output")


def status_of(text):
    """The status class a cell's text stands for (the page's st-NAME)."""
    for prefix, name in (("covered", "full"), ("satisfied", "full"),
                         ("partly ", "part"), ("not covered", "none"),
                         ("not satisfied", "none"), ("unknown", "unknown"),
                         ("no evidence", "unknown")):
        if text.startswith(prefix):
            return name
    return None


def pictured(text):
    """@text with each control character as its control picture (U+2400 + code)."""
    return "".join("\u2421" if c == "\x7f" else chr(0x2400 + ord(c))
                   if ord(c) < 0x20 and c not in "\t\n\r" else c for c in text)


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()

    def find(self, tag=None, cls=None, **attrs):
        return [n for n in self.walk()
                if (tag is None or n.tag == tag) and (cls is None or cls in n.classes())
                and all(n.attrs.get(k) == v for k, v in attrs.items())]

    def by_id(self, ident):
        top = self
        while top.parent:
            top = top.parent
        check(ident in top.ids, f"no element with id {ident!r}")
        return top.ids[ident]


class Tree(HTMLParser):
    """A page as a tree; refuses markup whose end tags do not match and
    ids used twice."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", [], None)
        self.root.ids = {}
        self.cur = self.root
        self.feed(text)
        self.close()
        check(self.cur is self.root, f"<{self.cur.tag}> is never closed")

    def add(self, tag, attrs):
        node = Node(tag, attrs, self.cur)
        self.cur.children.append(node)
        if "id" in node.attrs:
            check(node.attrs["id"] not in self.root.ids, f"id {node.attrs['id']!r} is used twice")
            self.root.ids[node.attrs["id"]] = node
        return node

    def handle_starttag(self, tag, attrs):
        node = self.add(tag, attrs)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.add(tag, attrs)

    def handle_endtag(self, tag):
        check(self.cur.tag == tag, f"</{tag}> closes <{self.cur.tag}>")
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def check_page(root, secs, totals, fixture):
    """What every report page must show, checked against the report's
    json and csv output: the heatmap and its cells, the coverage of each
    target, the bars, both languages of every title, and no remote URL."""
    csp = root.find("meta", **{"http-equiv": "Content-Security-Policy"})
    check(len(csp) == 1 and "default-src 'none'" in csp[0].attrs["content"],
          "no Content-Security-Policy that forbids remote loads")
    for n in root.walk():
        for a in ("src", "href", "action", "srcset", "data", "poster"):
            v = n.attrs.get(a)
            check(v is None or v.startswith("#"),
                  f"<{n.tag} {a}={v!r}>: the page refers to something outside itself")
    for n in root.find("a"):
        check(n.attrs.get("href", "#")[1:] in root.ids, f"link {n.attrs.get('href')} has no target")
    check(len(root.find("script")) == 1, "the page has more than its own script")
    check(len(root.find("section")) == len(secs), "not one <section> per report section")

    for k, s in enumerate(secs):
        if s.get("kind") == "matrix":
            check_heatmap(root, k, s, totals, fixture)
        elif s["columns"]:
            table = root.by_id(f"t{k}")
            check(len(table.find("tbody")[0].find("tr")) == len(s["rows"]),
                  f"table t{k}: not one row per report row")
            check(all(th.attrs.get("scope") == "col" for th in table.find("th")),
                  f"table t{k}: a header without scope")
        if s.get("kind") == "totals":
            check_bars(root, k, totals)
        if s.get("kind") == "items":
            text = root.by_id(f"t{k}").text()
            for row in s["rows"]:
                for lang in ("TITLE (ja)", "TITLE (en)"):
                    check(pictured(row[lang]) in text, f"title {row[lang]!r} is not on the page")


def count(cells):
    out = {}
    for c in cells:
        for cls in c.classes():
            if cls.startswith("st-"):
                out[cls[3:]] = out.get(cls[3:], 0) + 1
    return out


def check_heatmap(root, k, s, totals, fixture):
    table = root.by_id(f"t{k}")
    check("heatmap" in table.classes(), "the matrix is not a heatmap")
    body = table.find("tbody")[0].find("tr")
    check(len(body) == len(s["rows"]), f"heatmap: {len(body)} rows, the matrix {len(s['rows'])}")
    cols = s["columns"][1:]
    heads = [th.text() for th in table.find("thead")[0].find("th")][1:]
    check(heads == cols, "heatmap columns differ from the matrix's")
    want = {}
    for tr, row in zip(body, s["rows"]):
        th = tr.find("th")
        check(len(th) == 1 and th[0].attrs.get("scope") == "row", "a heatmap row without its header")
        check(th[0].find("a")[0].text() == row["ITEM"], f"heatmap row {row['ITEM']} out of order")
        tds = tr.find("td")
        check(len(tds) == len(cols), f"heatmap row {row['ITEM']}: {len(tds)} cells")
        for td, col in zip(tds, cols):
            st = status_of(row[col])
            if st:
                want[st] = want.get(st, 0) + 1
                a = td.find("a")
                check(a and row[col] in a[0].attrs.get("aria-label", ""),
                      f"cell {row['ITEM']} x {col} has no label saying {row[col]!r}")
                check(("joint" in td.classes()) == ("(jointly)" in row[col]),
                      f"cell {row['ITEM']} x {col}: jointly not marked")
                check(td.text().strip() != "", f"cell {row['ITEM']} x {col}: colour alone")
                cell = root.by_id(a[0].attrs["href"][1:])
                check(cell.find("li"), f"cell {row['ITEM']} x {col}: no link behind it")
            else:
                check(not td.classes() and not td.text(), f"cell {row['ITEM']} x {col} should be empty")
    check(count(c for tr in body for c in tr.find("td")) == want,
          "heatmap cells per status differ from the matrix's")

    # the last row: each target's coverage, whose counts are the totals
    target, profile = FIXTURES[fixture][1:3]
    wanted = [t for t in totals if t["FRAMEWORK"] == target
              and t["PROFILE"] == (profile or "(all)")]
    check(len(wanted) == 1, "no totals row for the report's profile")
    got = count(table.find("tfoot")[0].find("td"))
    for name, column in (("full", "COVERED"), ("part", "PARTLY"),
                         ("none", "NOT COVERED"), ("unknown", "UNKNOWN")):
        check(got.get(name, 0) == int(wanted[0][column]),
              f"heatmap: {got.get(name, 0)} targets {name}, totals say {wanted[0][column]}")


def check_bars(root, k, totals):
    bars = root.by_id(f"s{k}").find("figure", cls="bar")
    check(len(bars) == len(totals), f"{len(bars)} bars for {len(totals)} totals rows")
    for fig, row in zip(bars, totals):
        check((fig.attrs["data-framework"], fig.attrs["data-by"], fig.attrs["data-profile"])
              == (row["FRAMEWORK"], row["BY"], row["PROFILE"]), "bars out of order")
        nums = {li.attrs["data-k"]: li.find("b", cls="n")[0].text() for li in fig.find("li")}
        check(nums == {"full": row["COVERED"], "part": row["PARTLY"],
                       "none": row["NOT COVERED"], "unknown": row["UNKNOWN"]},
              f"bar {row['PROFILE']}: {nums} differs from the totals {row}")


def main(test, argv):
    """Runs test(argv) and turns its outcome into an exit status."""
    try:
        test(argv)
    except Failure as e:
        print(f"FAIL: {e}", file=sys.stderr)
        return 1
    return 0
