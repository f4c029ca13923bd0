#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Out of memory in a whole `xwalk` command.

    run-cli.py XWALK PRELOAD CASE

Runs the command of CASE (CASES below) once with no allocation failing,
then again and again with its first, second, third... allocation failing
(every k-th above MAX_RUNS, or $XW_OOM_RUNS for a deeper look), through
the failing allocator preloaded (failing_preload.c). Each run must end
one of two ways:

- exit status 1 and a line on standard error "xwalk: ...: out of
  memory" (later lines may tell what could then not be done), with
  nothing on standard output and the old output file untouched; or
- exactly what the clean run gave: status, standard output, standard
  error and output file.

A failure in libzip or libxml2, which report some as bad input, may end
in another error (still status 1 and an "xwalk: " line). A failure in
the dynamic loader (a plugin's dlopen()) may too, or end the process
there: glibc's loader prints "out of memory" and exits with status 127
at some stages. libxlsxwriter's own allocations are spared, as in the
in-process test (oom.h). A crash, a hang, a wrong answer or a lost file
fails the case.
"""
import os
import subprocess
import sys
import tempfile

MAX_RUNS = int(os.environ.get("XW_OOM_RUNS", "150"))
OLD = b"the old file\n"
SOA = "contrib/examples/soa-example-parts.yaml"

# name: (arguments, libraries spared); "OUT" is the output file
CASES = {
    "version": (["--version"], ""),
    "list": (["list"], ""),
    "show": (["show", "scs-2026:1-2-1-1"], ""),
    "lint": (["lint"], ""),
    "check": (["check"], ""),
    "coverage": (["coverage", "--profile", "star4", "iso27001-2022", "scs-2026"], ""),
    "compare": (["compare", "iso27001-2022", "scs-2026"], ""),
    "infer": (["infer", "--via", "iso27001-2022", "nist-csf-2.0", "scs-2026"], ""),
    "status": (["status"], ""),
    "diff": (["diff", "frameworks/nist-csf-1.1.yaml", "frameworks/nist-csf-2.0.yaml"], ""),
    "gap": (["gap", "--assessment", SOA, "--profile", "star4"], ""),
    "gap-json": (["--format", "json", "--output", "OUT", "gap", "--assessment", SOA,
                  "--profile", "star4"], ""),
    "convert-soa": (["convert", "--from", "iso27001-soa", "tests/iso27001-soa/data/soa-ja.xlsx",
                     "-"], ""),
    "report-html": (["report", "iso27001-2022", "--profile", "star4", "--assessment", SOA,
                     "--format", "html", "--output", "OUT"], ""),
    "report-xlsx": (["report", "iso27001-2022", "--profile", "star4", "--assessment", SOA,
                     "--format", "xlsx", "--output", "OUT"], "libxlsxwriter"),
}
THEIRS = ("libzip.so", "libxml2.so", "ld-linux")


def run(xwalk, preload, args, out, fail_at, spare, log):
    if out:
        with open(out, "wb") as f:
            f.write(OLD)
    env = dict(os.environ, LD_PRELOAD=preload, XW_FAIL_AT=str(fail_at),
               XW_FAIL_SPARE=spare, XW_FAIL_LOG=log, LANG="C.UTF-8")
    if os.path.exists(log):
        os.unlink(log)
    argv = [xwalk] + [out if a == "OUT" else a for a in args]
    p = subprocess.run(argv, env=env, capture_output=True, timeout=60)
    written = open(out, "rb").read() if out else None
    report = open(log).read().split() if os.path.exists(log) else None
    return p.returncode, p.stdout, p.stderr, written, report


def main():
    xwalk, preload, name = sys.argv[1:4]
    args, spare = CASES[name]
    os.chdir(os.environ["XW_SOURCE_ROOT"])
    with tempfile.TemporaryDirectory(prefix="xw-oom-cli-") as tmp:
        out = os.path.join(tmp, "out") if "OUT" in args else None
        log = os.path.join(tmp, "log")
        clean = run(xwalk, preload, args, out, -1, spare, log)
        rc, stdout, stderr, written, report = clean
        if rc != 0 or report is None:
            sys.exit(f"{name}: the clean run failed (status {rc}): {stderr.decode()}")
        total = int(report[0])
        stride = total // MAX_RUNS + 1
        runs = ridden = theirs = 0
        for n in range(0, total, stride):
            runs += 1
            got = run(xwalk, preload, args, out, n, spare, log)
            rc, stdout, stderr, written, report = got
            lib = report[2] if report and report[1] == "1" else "?"
            fn = report[3] if report and report[1] == "1" else "?"
            what = f"{name}: allocation {n} of {total} failed (in {fn}, {lib})"
            if rc == 127 and lib.startswith("ld-linux") and stderr == b"out of memory\n":
                theirs += 1
                continue
            if rc < 0 or rc > 1:
                sys.exit(f"{what}: status {rc}\n{stderr.decode()}")
            if got[:4] == clean[:4]:
                ridden += 1
                continue
            lines = stderr.decode().rstrip("\n").split("\n")
            if rc != 1 or not all(line.startswith("xwalk: ") for line in lines):
                sys.exit(f"{what}, and the result differs (status {rc}):\n{stderr.decode()}")
            if stdout:
                sys.exit(f"{what}: it failed, yet printed:\n{stdout[:400].decode()}")
            if out and written != OLD:
                sys.exit(f"{what}: it failed, and the old output file changed")
            if any(line.endswith("out of memory") for line in lines):
                continue
            if not any(t in lib for t in THEIRS):
                sys.exit(f"{what}: {stderr.decode()}")
            theirs += 1
        print(f"{name}: {total} allocations, {runs} runs, {ridden} ridden out, "
              f"{theirs} failed in a library and reported as another error")


if __name__ == "__main__":
    main()
