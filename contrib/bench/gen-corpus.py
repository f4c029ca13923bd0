#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Write a large synthetic xwalk corpus for the benchmarks.

    gen-corpus.py [DIR] [--frameworks N] [--rows N] [--seed N]

DIR defaults to contrib/bench/corpus/ (git-ignored). The corpus holds
N frameworks (default 250) of 1,010 items each -- 10 categories x 10
subcategories x 9 controls -- in four id styles, and N mapping sets of
--rows rows each (default 3,000), set i mapping framework i onto framework
(i+1) mod N. Everything is valid, so `xwalk lint DIR` reports 0 problems:
ids match the declared id-pattern, rows cite only active items of the two
frameworks, no two rows of a set map the same items, and a set marked
comprehensive names every active leaf of its target. Review blocks carry
the real text hashes of the cited items.

The files are in the canonical form of xwalk's writer (key order, quoting),
except that true/false are written plain. The output is deterministic: the
same arguments give the same bytes. Standard library only.
"""

import argparse
import hashlib
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = ".complete"            # written last: the corpus is whole
MARKER = ".xwalk-bench-corpus"  # written first: this folder is ours to clear

# --- vocabulary: (ja, en) pairs, index-aligned ---------------------------

CATEGORIES = [
    ("ガバナンスの整備", "Governance"),
    ("取引先管理", "Supplier management"),
    ("リスクの特定", "Risk identification"),
    ("攻撃等の防御", "Protection against attacks"),
    ("攻撃等の検知", "Detection of attacks"),
    ("インシデントへの対応", "Incident response"),
    ("インシデントからの復旧", "Recovery from incidents"),
    ("資産の管理", "Asset management"),
    ("人的セキュリティ", "People security"),
    ("物理的及び環境的セキュリティ", "Physical and environmental security"),
]

SUBJECTS = [
    ("情報資産", "information assets"),
    ("利用者ID", "user IDs"),
    ("アクセス権限", "access rights"),
    ("特権アカウント", "privileged accounts"),
    ("委託先", "contractors"),
    ("取引先との情報共有", "information sharing with business partners"),
    ("外部記憶媒体", "removable media"),
    ("業務用端末", "business endpoints"),
    ("サーバ", "servers"),
    ("ネットワーク機器", "network devices"),
    ("クラウドサービス", "cloud services"),
    ("ログ", "logs"),
    ("バックアップ", "backups"),
    ("暗号鍵", "cryptographic keys"),
    ("ソフトウェアの導入", "software installation"),
    ("脆弱性情報", "vulnerability information"),
    ("インシデント対応体制", "the incident response organisation"),
    ("入退室", "physical entry"),
    ("教育・訓練", "awareness and training"),
    ("セキュリティ規程", "security policies"),
    ("リスク評価", "risk assessment"),
    ("事業継続計画", "the business continuity plan"),
    ("構成情報", "configuration information"),
    ("変更管理", "change management"),
    ("リモートアクセス", "remote access"),
    ("電子メール", "e-mail"),
    ("無線LAN", "wireless networks"),
    ("マルウェア対策", "anti-malware protection"),
    ("パスワード", "passwords"),
    ("多要素認証", "multi-factor authentication"),
]

ACTIONS = [
    ("管理手続を定め、文書化する", "define and document management procedures", "documented"),
    ("台帳を作成し、最新の状態に保つ", "keep an up-to-date inventory", "inventoried"),
    ("責任者を任命し、役割を明確にする", "appoint an owner and define the roles", "owned"),
    ("利用を必要最小限に制限する", "restrict use to what is necessary", "restricted"),
    ("承認の手続を設け、記録を残す", "require approval and keep records", "approved"),
    ("状態を監視し、異常を検知する", "monitor the state and detect anomalies", "monitored"),
    ("設定を点検し、不備を是正する", "check the configuration and correct deficiencies", "checked"),
    ("対応手順を整備し、訓練する", "prepare response procedures and exercise them", "exercised"),
    ("取扱いのルールを定め、周知する", "set handling rules and communicate them", "communicated"),
    ("保護の方法を定め、実施する", "decide on protective measures and apply them", "protected"),
]

FREQUENCIES = [
    ("年1回以上", "at least once a year"),
    ("四半期ごとに", "every quarter"),
    ("変更の都度", "whenever something changes"),
    ("月次で", "every month"),
    ("契約の更新時に", "when the contract is renewed"),
]

SCOPES = [
    "the head office only", "production sites", "systems that hold personal data",
    "internet-facing systems", "employees but not contractors",
    "systems in the certificate scope", "the main data centre",
]

CONDITIONS = [
    "the Statement of Applicability marks {src} applicable",
    "the organisation uses cloud services for {subj}",
    "applies only to sites in the scope of the certificate",
    "when {subj} are handled by a contractor, the contract passes the requirement on",
    "evidence is no older than twelve months at the time of the self-check",
    "the control owner confirms that the procedure covers {subj}",
    "取引先との契約に{subj_ja}に関する条項が含まれていること",
]

REVIEWERS = [
    "Yamada Taro", "Sato Hanako", "Suzuki Ichiro", "Takahashi Yuki",
    "Tanaka Kenji", "Watanabe Aiko", "Ito Hiroshi", "Nakamura Emi",
    "山本 健一", "小林 美咲", "加藤 誠", "吉田 直子",
]

PUBLISHERS = [
    "経済産業省 / IPA", "Example Standards Body", "Japan Automotive Industry Association",
    "Industry Security Council", "National Cyber Office",
]

STYLES = [
    # id style, kinds per level, pattern
    ("scs", ("category", "subcategory", "criterion"),
     r"[1-9][0-9]?(-[1-9][0-9]?(-[1-9])?)?"),
    ("iso", ("clause", "theme", "control"),
     r"[A-J](\.[0-9]{1,2}(\.[1-9])?)?"),
    ("csf", ("function", "category", "subcategory"),
     r"(GV|ID|PR|DE|RS|RC|SC|HR|PH|AM)(\.[A-Z]{2}(-[0-9]{2})?)?"),
    ("jama", ("theme", "label", "question"),
     r"C[0-9]{2}(\.S[0-9]{2}(\.Q[1-9])?)?"),
]
CSF_TOP = ["GV", "ID", "PR", "DE", "RS", "RC", "SC", "HR", "PH", "AM"]
CSF_SUB = ["OC", "RM", "RR", "PO", "OV", "SC", "AM", "RA", "IM", "AA"]

N_CAT, N_SUB, N_CTL = 10, 10, 9


def item_id(style, c, s=None, k=None):
    """Id of category c, subcategory s, control k (all 0-based)."""
    if style == "scs":
        parts = [str(c + 1)] + ([str(s + 1)] if s is not None else []) + \
                ([str(k + 1)] if k is not None else [])
        return "-".join(parts)
    if style == "iso":
        i = "ABCDEFGHIJ"[c]
        if s is not None:
            i += ".%d" % (s + 1)
        if k is not None:
            i += ".%d" % (k + 1)
        return i
    if style == "csf":
        i = CSF_TOP[c]
        if s is not None:
            i += "." + CSF_SUB[s]
        if k is not None:
            i += "-%02d" % (k + 1)
        return i
    i = "C%02d" % (c + 1)
    if s is not None:
        i += ".S%02d" % (s + 1)
    if k is not None:
        i += ".Q%d" % (k + 1)
    return i


# --- YAML scalars --------------------------------------------------------

_SPECIAL_FIRST = set("-?:,[]{}#&*!|>'\"%@`")
_RESERVED = {"null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "False",
             "FALSE", "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off",
             "Off", "OFF", "y", "Y", "n", "N"}


def _number_like(s):
    """Numbers, dates and times in any YAML schema start with these shapes."""
    if s[:1] in ("+", "-"):
        s = s[1:]
    if s[:1] == ".":
        s = s[1:]
    return s[:1].isdigit() and s[:1].isascii() or s[:3] in ("inf", "Inf", "INF", "nan", "NaN")


def q(s, flow=False):
    """s as the canonical writer (core/src/native_write.c) writes it: plain
    when every YAML reader reads it back as the same string, else
    double-quoted."""
    plain = (s and s[0] != " " and s[-1] != " " and s[-1] != ":"
             and s[0] not in _SPECIAL_FIRST and s not in _RESERVED
             and not _number_like(s)
             and not any(ord(ch) < 0x20 or ch in "\x7f\x85\u2028\u2029\ufeff" for ch in s)
             and ": " not in s and " #" not in s
             and not (flow and any(ch in s for ch in ",[]{}")))
    if plain:
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow_list(values):
    return "[" + ", ".join(q(v, flow=True) for v in values) + "]"


# --- text hash, as core/src/framework.c computes it ----------------------

def text_hash(title, text, authoritative):
    h = hashlib.sha256()
    for lang in ("ja", "en"):
        if authoritative is not None and authoritative != lang:
            continue
        for part in (title.get(lang), text.get(lang)):
            h.update((part or "").encode("utf-8") + b"\0")
    return h.hexdigest()[:16]


# --- frameworks ----------------------------------------------------------

def fw_id(i):
    return "bench-fw-%03d" % i


def fw_version(i):
    return "%d.%d" % (1 + i % 4, i % 7)


def gen_framework(i, seed):
    """Returns (yaml text, info) where info lists the items for the mappings."""
    rng = random.Random(seed * 1000003 + i)
    style, kinds, pattern = STYLES[i % len(STYLES)]
    ident = fw_id(i)
    version = fw_version(i)
    out = []
    w = out.append

    w("format: xwalk-framework/1\n")
    w("id: %s\n" % ident)
    w("name:\n")
    w("  ja: %s\n" % q("ベンチマーク用サプライチェーンセキュリティ基準 第%d版 (%03d)" % (1 + i % 4, i)))
    w("  en: Benchmark supply-chain security baseline %03d, edition %d\n" % (i, 1 + i % 4))
    w("version: %s\n" % q(version))
    w("publisher: %s\n" % q(PUBLISHERS[i % len(PUBLISHERS)]))
    has_date = i % 9 != 4
    if has_date:
        w("date: %s\n" % q("%04d-%02d-%02d" % (2018 + i % 9, 1 + i % 12, 1 + i % 28)))
    w("source: https://example.org/standards/%s/v%s/requirements.html\n" % (ident, version))
    w("licence: %s\n" % q("Synthetic benchmark data generated by contrib/bench/gen-corpus.py; "
                          "free to use for any purpose"))
    w("summary:\n")
    w("  ja: %s\n" % q("本基準は、取引先を含むサプライチェーン全体のセキュリティ水準を底上げするための"
                       "合成データである。%d個の大分類、%d個の中分類、%d個の管理策で構成される。"
                       % (N_CAT, N_CAT * N_SUB, N_CAT * N_SUB * N_CTL)))
    w("  en: %s\n" % q("Synthetic baseline for raising the security level of a whole supply chain, "
                       "business partners included. It has %d categories, %d subcategories and "
                       "%d controls." % (N_CAT, N_CAT * N_SUB, N_CAT * N_SUB * N_CTL)))
    w("id-pattern: %s\n" % q(pattern))
    if not has_date:
        w("unknown: [date]\n")

    n_prof = 2 + i % 2
    prof_ids = ["basic", "standard", "advanced"][:n_prof]
    w("profiles:\n")
    prof_meta = [("基本", "Basic", "self-assessment"),
                 ("標準", "Standard", "expert-checked-self-assessment"),
                 ("高度", "Advanced", "third-party-audit")]
    for p in range(n_prof):
        ja, en, assurance = prof_meta[p]
        w("  - id: %s\n" % prof_ids[p])
        w("    title:\n      ja: %s\n      en: %s\n" % (ja, en))
        if p:
            w("    extends: %s\n" % prof_ids[p - 1])
        w("    assurance: %s\n" % assurance)
        if p == 2 and i % 4 == 1:
            w("    defined: false\n")
            w("    note:\n      ja: 要求事項は今後公開される予定\n"
              "      en: Announced; the requirements are not published yet\n")

    items = []   # (id, hash, withdrawn, leaf, subject index)
    w("items:\n")
    for c in range(N_CAT):
        cid = item_id(style, c)
        cja, cen = CATEGORIES[(c + i) % len(CATEGORIES)]
        w("  - id: %s\n" % q(cid))
        w("    kind: %s\n" % kinds[0])
        w("    title:\n      ja: %s\n      en: %s\n" % (q(cja), q(cen)))
        if style == "csf":
            w("    props:\n      csf-function: %s\n" % CSF_TOP[c])
        items.append((cid, text_hash({"ja": cja, "en": cen}, {}, None), False, False, 0))
        for s in range(N_SUB):
            sid = item_id(style, c, s)
            subj = (c * N_SUB + s + i) % len(SUBJECTS)
            sja, sen = SUBJECTS[subj]
            title = {"ja": "%sの管理" % sja, "en": "Management of %s" % sen}
            w("  - id: %s\n" % q(sid))
            w("    parent: %s\n" % q(cid))
            w("    kind: %s\n" % kinds[1])
            w("    title:\n      ja: %s\n      en: %s\n" % (q(title["ja"]), q(title["en"])))
            auth = "ja" if style == "scs" else None
            if auth:
                w("    authoritative: ja\n")
            items.append((sid, text_hash(title, {}, auth), False, False, subj))
            withdrawn_k = rng.randrange(N_CTL) if rng.random() < 0.15 else None
            for k in range(N_CTL):
                kid = item_id(style, c, s, k)
                aja, aen, _ = ACTIONS[(k + s) % len(ACTIONS)]
                fja, fen = FREQUENCIES[rng.randrange(len(FREQUENCIES))]
                title = {"ja": "%sについて%s" % (sja, aja),
                         "en": "%s%s for %s" % (aen[0].upper(), aen[1:], sen)}
                text = {"en": "The organisation shall %s for %s, review them %s, and keep "
                              "a record of the review and of the decisions taken."
                              % (aen, sen, fen)}
                if rng.random() < 0.6:
                    text["ja"] = ("組織は、%sについて%sこと。また、%sその内容を見直し、"
                                  "見直しの結果及び決定事項を記録すること。" % (sja, aja, fja))
                auth = rng.choice((None, None, "ja", "en")) if "ja" in text else \
                    rng.choice((None, "en"))
                withdrawn = k == withdrawn_k
                w("  - id: %s\n" % q(kid))
                w("    parent: %s\n" % q(sid))
                w("    kind: %s\n" % kinds[2])
                w("    title:\n      ja: %s\n      en: %s\n" % (q(title["ja"]), q(title["en"])))
                w("    text:\n")
                for lang in ("ja", "en"):
                    if lang in text:
                        w("      %s: %s\n" % (lang, q(text[lang])))
                if auth:
                    w("    authoritative: %s\n" % auth)
                r = rng.random()
                if withdrawn:
                    w("    status: withdrawn\n")
                    w("    replaced-by: [%s]\n" % q(item_id(style, c, s, (k + 1) % N_CTL), True))
                elif r < 0.85:
                    w("    profiles: [%s]\n" % prof_ids[min(k // 4, n_prof - 1)])
                if rng.random() < 0.4:
                    w("    props:\n")
                    w("      evidence: %s\n" % q(rng.choice(
                        ("規程、記録", "台帳", "設定画面の写し", "教育の受講記録",
                         "policy, records", "inventory export", "screenshots"))))
                    if rng.random() < 0.5:
                        w("      csf-category: %s.%s\n" % (CSF_TOP[c], CSF_SUB[s]))
                if not withdrawn and r >= 0.85:
                    w("    unknown: [profiles]\n")
                items.append((kid, text_hash(title, text, auth), withdrawn, True, subj))
    return "".join(out), items


# --- mapping sets --------------------------------------------------------

RELATIONSHIPS = [("equal", 10), ("subset-of", 25), ("superset-of", 25),
                 ("intersects-with", 25), ("no-relationship", 5), ("related", 10)]
RATIONALES = ["syntactic", "semantic", "functional"]


def justification(rng, rel, src_subj, tgt_subj, src_id, tgt_id):
    s_ja, s = SUBJECTS[src_subj]
    t_ja, t = SUBJECTS[tgt_subj]
    a = ACTIONS[rng.randrange(len(ACTIONS))]
    b = ACTIONS[rng.randrange(len(ACTIONS))]
    f = FREQUENCIES[rng.randrange(len(FREQUENCIES))][1]
    if rel == "equal":
        return ("Both items ask the organisation to %s for %s; the wording differs but the "
                "scope, the evidence expected and the review interval (%s) are the same."
                % (a[1], s, f))
    if rel == "subset-of":
        return ("%s covers %s only for %s, whereas %s applies to all %s, so implementing "
                "the source satisfies part of the target." % (src_id, s, rng.choice(SCOPES),
                                                            tgt_id, t))
    if rel == "superset-of":
        return ("%s requires %s to be %s and reviewed %s, which includes everything %s "
                "asks for; the source also adds a record of each decision."
                % (src_id, s, a[2], f, tgt_id))
    if rel == "intersects-with":
        return ("Both address %s, but the source asks to %s while the target asks to %s; "
                "they overlap only where %s are concerned." % (s, a[1], b[1], t))
    if rel == "no-relationship":
        return ("Despite the similar title, %s concerns %s while %s concerns %s; no "
                "requirement is shared." % (src_id, s, tgt_id, t))
    return ("Listed as an informative reference between %s and %s (%s / %s); the type of "
            "the relationship is not stated." % (src_id, tgt_id, s_ja, t_ja))


def gen_mapping(i, j, src_items, tgt_items, rows, seed):
    rng = random.Random(seed * 7919 + 500009 + i)
    src_id, tgt_id = fw_id(i), fw_id(j)
    src_active = [x for x in src_items if not x[2]]
    src_leaves = [x for x in src_active if x[3]]
    tgt_active = [x for x in tgt_items if not x[2]]
    tgt_leaves = [x for x in tgt_active if x[3]]
    comprehensive = i % 2 == 0 and rows >= len(tgt_leaves)
    rels = [r for r, _ in RELATIONSHIPS]
    weights = [wt for _, wt in RELATIONSHIPS]

    out = []
    w = out.append
    w("format: xwalk-mapping/1\n")
    w("id: %s--%s\n" % (src_id, tgt_id))
    w("title:\n")
    w("  ja: ベンチマーク基準%03dから基準%03dへの対応表\n" % (i, j))
    w("  en: Benchmark baseline %03d to baseline %03d\n" % (i, j))
    w("source:\n  framework: %s\n  version: %s\n" % (src_id, q(fw_version(i))))
    w("target:\n  framework: %s\n  version: %s\n" % (tgt_id, q(fw_version(j))))
    w("author: xwalk benchmark generator\n")
    w("version: %s\n" % q("0.%d" % (1 + i % 9)))
    w("date: %s\n" % q("2026-%02d-%02d" % (1 + i % 12, 1 + i % 28)))
    w("method: %s\n" % ("human", "hybrid", "automation")[i % 3])
    w("status: %s\n" % ("draft", "reviewed", "approved")[i % 3])
    w("comprehensive: %s\n" % ("true" if comprehensive else "false"))
    w("intended-use: %s\n" % q("Reuse of %s self-check results when answering a %s "
                               "questionnaire from a business partner" % (src_id, tgt_id)))
    w("rows:\n")

    order = tgt_leaves[:]
    rng.shuffle(order)
    seen = set()
    for r in range(rows):
        while True:
            if comprehensive and r < len(order):
                targets = [order[r]]
            elif rng.random() < 0.9:
                targets = [rng.choice(tgt_leaves)]
            else:
                targets = rng.sample(tgt_active, 2)
            if rng.random() < 0.88:
                sources = [rng.choice(src_leaves)]
            else:
                sources = rng.sample(src_active, 2)
            key = (tuple(sorted(x[0] for x in sources)), tuple(sorted(x[0] for x in targets)))
            if key not in seen:
                seen.add(key)
                break
        rel = rng.choices(rels, weights)[0]
        w("  - id: r%04d\n" % (r + 1))
        w("    sources: %s\n" % flow_list([x[0] for x in sources]))
        w("    targets: %s\n" % flow_list([x[0] for x in targets]))
        w("    relationship: %s\n" % rel)
        if rel != "no-relationship":
            w("    rationale: %s\n" % rng.choice(RATIONALES))
        if rng.random() < 0.8:
            w("    strength: %d\n" % (0 if rel == "no-relationship" else rng.randint(1, 10)))
        w("    justification: %s\n" % q(justification(rng, rel, sources[0][4], targets[0][4],
                                                     sources[0][0], targets[0][0])))
        if rng.random() < 0.2:
            w("    conditions:\n")
            for _ in range(rng.randint(1, 2)):
                sja, sen = SUBJECTS[targets[0][4]]
                w("      - %s\n" % q(rng.choice(CONDITIONS).format(
                    src=sources[0][0], subj=sen, subj_ja=sja)))
        # the canonical writer always writes the review block
        st = rng.choices(("draft", "reviewed", "approved"), (50, 35, 15))[0]
        if st == "draft":
            w("    review:\n      status: draft\n")
        else:
            w("    review:\n")
            w("      status: %s\n" % st)
            w("      reviewer: %s\n" % q(rng.choice(REVIEWERS)))
            w("      date: %s\n" % q("2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))))
            w("      source-hashes:\n")
            for x in sources:
                w("        %s: %s\n" % (q(x[0]), q(x[1])))
            w("      target-hashes:\n")
            for x in targets:
                w("        %s: %s\n" % (q(x[0]), q(x[1])))
    return "".join(out)


# --- main ----------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description="Write a synthetic xwalk corpus for benchmarks.")
    ap.add_argument("dir", nargs="?", default=os.path.join(HERE, "corpus"),
                    help="output folder (default: contrib/bench/corpus)")
    ap.add_argument("--frameworks", type=int, default=250,
                    help="number of frameworks and of mapping sets (default 250)")
    ap.add_argument("--rows", type=int, default=3000,
                    help="rows per mapping set (default 3000)")
    ap.add_argument("--seed", type=int, default=20261127, help="RNG seed")
    ap.add_argument("--hub", action="store_true",
                    help="map every framework to the first one (a hub) instead of i -> i+1")
    args = ap.parse_args()
    n = args.frameworks
    if n < 2 or args.rows < 1:
        ap.error("need at least 2 frameworks and 1 row")
    # a set has at most ~ (active sources) x (active targets) distinct pairs
    if args.rows > 50000:
        ap.error("at most 50000 rows per set")

    # never clear a folder this script did not make (e.g. the repository root)
    marker = os.path.join(args.dir, MARKER)
    if os.path.isdir(args.dir) and os.listdir(args.dir) and not os.path.exists(marker):
        ap.error("%s is not empty and holds no %s; give an empty or new folder"
                 % (args.dir, MARKER))
    os.makedirs(args.dir, exist_ok=True)
    with open(marker, "w") as f:
        f.write("made by contrib/bench/gen-corpus.py; the whole folder may be regenerated\n")
    fw_dir = os.path.join(args.dir, "frameworks")
    map_dir = os.path.join(args.dir, "mappings")
    for d in (fw_dir, map_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    stamp = os.path.join(args.dir, STAMP)
    if os.path.exists(stamp):
        os.unlink(stamp)

    total = 0
    infos = []
    for i in range(n):
        text, items = gen_framework(i, args.seed)
        data = text.encode("utf-8")
        with open(os.path.join(fw_dir, "%s.yaml" % fw_id(i)), "wb") as f:
            f.write(data)
        total += len(data)
        infos.append(items)
    fw_bytes = total
    pairs = [(i, 0) for i in range(1, n)] if args.hub else [(i, (i + 1) % n) for i in range(n)]
    for i, j in pairs:
        data = gen_mapping(i, j, infos[i], infos[j], args.rows, args.seed).encode("utf-8")
        with open(os.path.join(map_dir, "%s--%s.yaml" % (fw_id(i), fw_id(j))), "wb") as f:
            f.write(data)
        total += len(data)
    with open(stamp, "w") as f:
        f.write("frameworks=%d rows=%d seed=%d bytes=%d\n" % (n, args.rows, args.seed, total))
    n_items = sum(len(x) for x in infos)
    print("corpus: %s" % args.dir)
    print("  frameworks:   %6d files, %7d items, %12d bytes" % (n, n_items, fw_bytes))
    print("  mapping sets: %6d files, %7d rows,  %12d bytes" % (len(pairs), len(pairs) * args.rows, total - fw_bytes))
    print("  total:        %6d files, %27d bytes (%.1f MiB)" % (n + len(pairs), total, total / 1048576))
    return 0


if __name__ == "__main__":
    sys.exit(main())
