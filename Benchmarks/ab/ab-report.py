#!/usr/bin/env python3
"""Markdown report for ab-bench.sh from ab-raw.csv (environment variables set by ab-bench.sh).

Can be re-run by hand: RAW=.build/bench/ab/ab-raw.csv RESULTS=/tmp/ab-results.md python3 Benchmarks/ab/ab-report.py
(defaults: .build/bench/ab/ab-raw.csv and .build/bench/ab/ab-results.md of this repository).
"""
import csv
import os
import statistics

E = os.environ.get
AB_OUT = E("AB_OUT", os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), ".build", "bench", "ab"))
raw = E("RAW", os.path.join(AB_OUT, "ab-raw.csv"))
rows = list(csv.DictReader(open(raw)))


def values(fs, tag, metric):
    return [float(r["value"]) for r in rows if r["fs"] == fs and r["binary"] == tag and r["metric"] == metric]


FIGURES = []
for fs in E("FILESYSTEMS", "tmpfs disk").split():
    FIGURES += [
        ("full build `--force` (%s)" % fs, fs, "full_force_ms", "s", 1000),
        ("full build, fresh folder, no `--force` (%s)" % fs, fs, "full_fresh_ms", "s", 1000),
        ("no-op rebuild (%s)" % fs, fs, "noop_ms", "ms", 1),
        ("peak RSS, full build `--force` (%s)" % fs, fs, "full_force_rss_kib", "MiB", 1024),
        ("peak RSS, full build fresh (%s)" % fs, fs, "full_fresh_rss_kib", "MiB", 1024),
    ]
FIGURES += [
    ("`serve`: edit → reload event", "-", "serve_event_ms", "ms", 1),
    ("`serve`: edit → page served with new text", "-", "serve_page_ms", "ms", 1),
    ("`serve`: startup (first build, URL printed)", "-", "serve_startup_ms", "s", 1000),
]


def fmt(x, unit):
    if unit == "s":
        return "%.2f" % x
    if unit == "MiB":
        return "%.0f" % x
    return "%.0f" % x if x >= 100 else "%.1f" % x


lines = []
out = lines.append
out("# A/B: baseline vs new, %s postings" % (E("SITE", "?").rstrip("/").split("/")[-1]))
out("")
out("| | |")
out("| --- | --- |")
out("| baseline | `%s` (sha256 %s) |" % (E("BASE"), E("BASE_SUM")))
out("| new | `%s` (sha256 %s) |" % (E("NEW"), E("NEW_SUM")))
out("| site | `%s` |" % E("SITE"))
out("| rounds | %s (order ABBA: odd rounds baseline first, even rounds new first); serve: %s edits per round per binary |" % (E("RUNS"), E("SERVE_RUNS")))
out("| file systems | tmpfs: %s; disk: %s |" % (E("FS_TMPFS"), E("FS_DISK")))
out("| machine | %s cores, %s; load average at start %s, at end %s |" % (E("NPROC"), E("CPU"), E("START_LOAD"), E("END_LOAD")))
out("| started | %s, took %s s; SOURCE_DATE_EPOCH=%s |" % (E("START_TIME"), E("ELAPSED"), E("SOURCE_DATE_EPOCH")))
out("")
out("| figure | baseline median (min–max) | new median (min–max) | new / baseline | n |")
out("| --- | ---: | ---: | ---: | ---: |")
worse = []
for label, fs, metric, unit, div in FIGURES:
    a, b = values(fs, "base", metric), values(fs, "new", metric)
    if not a or not b:
        continue
    ma, mb = statistics.median(a), statistics.median(b)
    ratio = mb / ma if ma else float("nan")
    flag = ""
    if ratio > 1.05:
        flag = " ⚠"
        worse.append("%s: %.3f×" % (label, ratio))
    out("| %s | %s %s (%s–%s) | %s %s (%s–%s) | %.3f×%s | %d/%d |" % (
        label, fmt(ma / div, unit), unit, fmt(min(a) / div, unit), fmt(max(a) / div, unit),
        fmt(mb / div, unit), unit, fmt(min(b) / div, unit), fmt(max(b) / div, unit), ratio, flag, len(a), len(b)))
out("")
problems = []
for tag, name in (("base", "baseline"), ("new", "new")):
    for fs in E("FILESYSTEMS", "tmpfs disk").split():
        n = len(values(fs, tag, "noop_not_up_to_date"))
        if n:
            problems.append("%s: %d no-op rebuild(s) on %s were not up to date" % (name, n, fs))
    stale = sum(values("-", tag, "serve_stale"))
    errs = sum(values("-", tag, "serve_errors"))
    if stale or errs:
        problems.append("%s: serve served the old page after the reload event %d time(s), %d error(s) (see ab-serve.jsonl)" % (name, stale, errs))
out("Medians over all samples (serve: all edits of all rounds pooled). ⚠ marks new/baseline > 1.05. "
    "Raw samples: `ab-raw.csv`; serve details: `ab-serve.jsonl`.")
out("")
out("Verdict: " + ("new is more than 5%% slower or larger on: %s." % "; ".join(worse) if worse else "no figure more than 5% worse than the baseline."))
try:
    load = max(float(x) for x in (E("START_LOAD", "0").split()[:1] + E("END_LOAD", "0").split()[:1]))
except ValueError:
    load = 0
if load > 0.5:
    out("")
    out("**The machine was not idle** (1-minute load average %.2f on %s cores): other work competes for the cores, "
        "so the figures are noisy; an A/A run (baseline against itself) on a loaded machine showed differences of "
        "0.6× to 1.9×. Repeat on an idle machine before drawing conclusions." % (load, E("NPROC")))
if problems:
    out("")
    out("Problems: " + "; ".join(problems) + ".")
text = "\n".join(lines) + "\n"
res = E("RESULTS", os.path.join(AB_OUT, "ab-results.md"))
open(res, "w", encoding="utf-8").write(text)
print(text, end="")
