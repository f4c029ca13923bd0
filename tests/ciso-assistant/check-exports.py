#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Compares what xwalk's ciso-assistant plugin reads and writes with
PyYAML's own reading of the same files.

- intuitem's libraries (XW_SHARED_DATA/ciso-assistant): every requirement
  node becomes the item it should (id, parent, kind, texts, profiles),
  every mapping row the row it should, in order.
- our frameworks and ★ mapping sets, written as libraries: every node
  URN, parent, depth, assessable flag and implementation group follows
  from the native file; every URN a mapping names is a node of the
  library it names (intuitem's ISO and CSF libraries, or our export);
  every value is one CISO Assistant knows; keys are those intuitem's
  libraries use.

Use: check-exports.py XWALK_EXE. Exits 77 (skipped) without PyYAML.
"""
import os
import shutil
import subprocess
import sys
import tempfile

try:
    import yaml
except ImportError:
    print("PyYAML is not installed; skipping")
    sys.exit(77)

XWALK = sys.argv[1]
SRC = os.environ["XW_SOURCE_ROOT"]
SHARED = os.path.join(os.environ["XW_SHARED_DATA"], "ciso-assistant")
TMP = tempfile.mkdtemp(prefix="xw-ca-py-")
RELATIONS = {"equal", "subset", "superset", "intersect", "not_related"}
RATIONALES = {"syntactic", "semantic", "functional"}
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def convert(args, out):
    path = os.path.join(TMP, out)
    run = subprocess.run([XWALK, "convert", *args, path], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"xwalk convert {' '.join(args)} failed: {run.stderr}")
    return path


def nodes_of(lib):
    return lib["objects"]["framework"]["requirement_nodes"]


def node_id(node):
    return node.get("ref_id") or node["urn"].rsplit(":", 1)[1]


def check_framework_read(name):
    lib = load(os.path.join(SHARED, name))
    ours = load(convert([os.path.join(SHARED, name)], "fw-" + name))
    nodes = nodes_of(lib)
    by_urn = {n["urn"]: n for n in nodes}
    items = ours["items"]
    check(len(items) == len(nodes), f"{name}: {len(items)} items for {len(nodes)} nodes")
    for node, item in zip(nodes, items):
        where = f"{name}: {node['urn']}"
        check(item["id"] == node_id(node), f"{where}: id {item['id']}")
        parent = by_urn.get(node.get("parent_urn"))
        check(item.get("parent") == (node_id(parent) if parent else None), f"{where}: parent")
        check(item["kind"] == ("requirement" if node.get("assessable") else "category"),
              f"{where}: kind")
        check(item.get("title", {}).get("en") == node.get("name"), f"{where}: title")
        check(item.get("text", {}).get("en") == node.get("description"), f"{where}: text")
        check(item.get("profiles", []) == node.get("implementation_groups", []),
              f"{where}: profiles")
        check(item.get("props", {}).get("annotation") == node.get("annotation"),
              f"{where}: annotation")


def check_mapping_read():
    name = "mapping-nist-csf-2.0-to-iso27001-2022.yaml"
    lib = load(os.path.join(SHARED, name))
    ref = {}
    for fw in ("nist-csf-2.0.yaml", "iso27001-2022.yaml"):
        ref.update({n["urn"]: node_id(n) for n in nodes_of(load(os.path.join(SHARED, fw)))})
    options = (f"ciso-assistant:framework={SHARED}/nist-csf-2.0.yaml,"
               f"framework={SHARED}/iso27001-2022.yaml,missing-rationale=related")
    for s in lib["objects"]["requirement_mapping_sets"]:
        key = s["urn"].rsplit(":", 1)[1]
        ours = load(convert(["--from", f"{options},set={key}", os.path.join(SHARED, name)],
                            key + ".yaml"))
        rows = s["requirement_mappings"]
        check(len(ours["rows"]) == len(rows), f"{key}: {len(ours['rows'])} rows for {len(rows)}")
        for theirs, row in zip(rows, ours["rows"]):
            check(row["sources"] == [ref[theirs["source_requirement_urn"]]] and
                  row["targets"] == [ref[theirs["target_requirement_urn"]]],
                  f"{key}: {row['id']} is not {theirs}")
            check(row["relationship"] == "related" and
                  f"'{theirs['relationship']}'" in row["justification"], f"{key}: {row['id']}")


def leaf_ids(items):
    parents = {i.get("parent") for i in items}
    return {i["id"] for i in items if i["id"] not in parents}


def groups_of(native):
    """Profile id -> the defined profiles that hold what it holds (itself and those extending it)."""
    profiles = native.get("profiles", [])
    defined = [p["id"] for p in profiles if p.get("defined", True)]
    extends = {p["id"]: p.get("extends") for p in profiles}
    holders = {}
    for q in defined:
        p = q
        while p:
            holders.setdefault(p, set()).add(q)
            p = extends[p]
    return holders


KNOWN = {}


def known_keys():
    """The keys intuitem's libraries use, at each level."""
    if not KNOWN:
        libs = [load(os.path.join(SHARED, n)) for n in
                ("iso27001-2022.yaml", "nist-csf-2.0.yaml", "mapping-nist-csf-2.0-to-iso27001-2022.yaml")]
        KNOWN["top"] = set().union(*(lib.keys() for lib in libs))
        KNOWN["framework"] = set().union(*(lib["objects"]["framework"].keys() for lib in libs[:2]))
        KNOWN["node"] = set().union(*(n.keys() for lib in libs[:2] for n in nodes_of(lib)))
        KNOWN["set"] = set(libs[2]["objects"]["requirement_mapping_sets"][0].keys()) | {"translations"}
    return KNOWN


def check_framework_export(fid):
    native = load(os.path.join(SRC, "frameworks", fid + ".yaml"))
    lib = load(convert(["--to", "ciso-assistant", os.path.join(SRC, "frameworks", fid + ".yaml")],
                       "export-" + fid + ".yaml"))
    keys = known_keys()
    check(set(lib) <= keys["top"], f"{fid}: top-level keys {set(lib) - keys['top']}")
    check(set(lib["objects"]["framework"]) <= keys["framework"], f"{fid}: framework keys")
    check(isinstance(lib["version"], int), f"{fid}: version is not a number")
    items = [i for i in native["items"] if i.get("status", "active") == "active"]
    nodes = nodes_of(lib)
    check(len(nodes) == len(items), f"{fid}: {len(nodes)} nodes for {len(items)} items")
    holders = groups_of(native)
    leaves = leaf_ids(native["items"])
    depth = {}
    prefix = f"urn:xwalk:risk:req_node:{fid}:"
    for item, node in zip(items, nodes):
        where = f"{fid}: {item['id']}"
        check(set(node) <= keys["node"], f"{where}: keys {set(node) - keys['node']}")
        check(node["ref_id"] == item["id"], f"{where}: ref_id")
        check(node["urn"] == prefix + item["id"].lower(), f"{where}: urn {node['urn']}")
        parent = item.get("parent")
        check(node.get("parent_urn") == (prefix + parent.lower() if parent else None),
              f"{where}: parent_urn")
        depth[item["id"]] = depth[parent] + 1 if parent else 1
        check(node["depth"] == depth[item["id"]], f"{where}: depth")
        check(node["assessable"] == (item["id"] in leaves), f"{where}: assessable")
        check(node.get("name") == item.get("title", {}).get("en"), f"{where}: name")
        want = set().union(*(holders.get(p, set()) for p in item.get("profiles", [])))
        check(set(node.get("implementation_groups", [])) == want, f"{where}: groups")
    return {n["urn"] for n in nodes}


def intuitem_urns(name):
    return {n["urn"] for n in nodes_of(load(os.path.join(SHARED, name)))}


def check_mapping_export(name, node_urns):
    native = load(os.path.join(SRC, "mappings", name))
    lib = load(convert(["--to", "ciso-assistant", os.path.join(SRC, "mappings", name)],
                       "export-" + name))
    sets = lib["objects"]["requirement_mapping_sets"]
    check(len(sets) == 1 and set(sets[0]) <= known_keys()["set"], f"{name}: set keys")
    rows = sets[0]["requirement_mappings"]
    pairs = set()
    for r in native["rows"]:
        if r["relationship"] != "related":
            pairs |= {(s, t) for s in r.get("sources", []) for t in r.get("targets", [])}
    check(len(rows) == len(pairs), f"{name}: {len(rows)} rows for {len(pairs)} pairs")
    for r in rows:
        for end in ("source_requirement_urn", "target_requirement_urn"):
            check(r[end] in node_urns, f"{name}: {r[end]} is no node of its library")
        check(r["relationship"] in RELATIONS, f"{name}: {r['relationship']}")
        check(r.get("rationale", "semantic") in RATIONALES, f"{name}: {r.get('rationale')}")
        check(0 <= r.get("strength_of_relationship", 0) <= 10, f"{name}: strength")


def main():
    if not os.path.isdir(SHARED):
        print(f"{SHARED} is not available; skipping")
        return 77
    for name in ("iso27001-2022.yaml", "nist-csf-2.0.yaml"):
        check_framework_read(name)
    check_mapping_read()
    urns = intuitem_urns("iso27001-2022.yaml") | intuitem_urns("nist-csf-2.0.yaml")
    for fid in ("scs-2026", "security-action", "jama-japia-2.2", "cyber-essentials-3.3"):
        urns |= check_framework_export(fid)
    for name in sorted(os.listdir(os.path.join(SRC, "mappings"))):
        if name.endswith("--scs-2026.yaml"):
            check_mapping_export(name, urns)
    for f in failures[:40]:
        print("FAIL:", f)
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
