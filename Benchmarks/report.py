#!/usr/bin/env python3
"""Writes Benchmarks/RESULTS.md from .build/bench/results/n<N>/ (called by Benchmarks/run)."""

import datetime
import json
import os
import platform
import statistics

env = os.environ
ROOT = env["ROOT"]
BENCH = env["BENCH"]
SIZES = [int(s) for s in env["SIZES"].split()]
RESULTS = env["RESULTS"]

ROWS = [
    ("openings-full", "Openings, full build (empty output folder)"),
    ("hugo-full", "Hugo, full build of the twin (empty output folder)"),
    ("hugo-plain-full", "Hugo, full build of the plain twin (empty output folder)"),
    ("floor", "libcmark floor (bodies only, one thread)"),
    ("openings-noop", "Openings, no-op rebuild (nothing changed)"),
    ("openings-touch", "Openings, rebuild after touching one job file"),
    ("openings-edit", "Openings, rebuild after changing one job file"),
]


def read_file(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def machine():
    cpu = "unknown CPU"
    for line in read_file("/proc/cpuinfo").splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = 0
    for line in read_file("/proc/meminfo").splitlines():
        if line.startswith("MemTotal:"):
            mem = int(line.split()[1]) / 1024 / 1024
    osname = platform.system()
    if os.path.exists("/etc/os-release"):
        for line in read_file("/etc/os-release").splitlines():
            if line.startswith("PRETTY_NAME="):
                osname = line.split("=", 1)[1].strip('"')
    return cpu, mem, osname


def load(n):
    d = os.path.join(BENCH, "results", "n%d" % n)
    out = {}
    for key, _ in ROWS:
        path = os.path.join(d, key + ".json")
        if not os.path.exists(path):
            continue
        r = json.loads(read_file(path))["results"][0]
        rss = [int(x) for x in read_file(os.path.join(d, key + ".rss")).split() if x.strip().isdigit()]
        out[key] = dict(median=r["median"], min=r["min"], max=r["max"], mean=r["mean"],
                        stddev=r.get("stddev") or 0.0, runs=len(r["times"]),
                        rss_max=max(rss) / 1024 if rss else None,
                        rss_median=statistics.median(rss) / 1024 if rss else None)
    counts = {}
    cpath = os.path.join(d, "counts.env")
    if os.path.exists(cpath):
        for line in read_file(cpath).splitlines():
            k, _, v = line.partition("=")
            counts[k] = v
    verbose = ""
    vpath = os.path.join(d, "verbose.txt")
    if os.path.exists(vpath):
        verbose = read_file(vpath).strip()
    return out, counts, verbose


def serve_result(n):
    path = os.path.join(BENCH, "results", "n%d" % n, "serve.json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def secs(x):
    if x is None:
        return "–"
    if x < 1:
        return "%.0f ms" % (x * 1000)
    if x < 10:
        return "%.2f s" % x
    return "%.1f s" % x


def mib(x):
    if x is None:
        return "–"
    return ("%.0f MiB" % x) if x < 1024 else ("%.2f GiB" % (x / 1024))


def per_posting(t, n):
    return "%.2f ms" % (t / n * 1000) if n else "–"


def ratio(a, b):
    return "%.2f×" % (a / b) if a is not None and b else "–"


def main():
    cpu, mem, osname = machine()
    nproc = os.cpu_count()
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    L = []
    L.append("# Benchmark results")
    L.append("")
    L.append("Written by `Benchmarks/run` (see [README.md](README.md) for what each figure means); "
             "rerun it to reproduce. Medians of %s runs per figure, measured with hyperfine; "
             "peak RSS is the largest *maximum resident set size* (`/usr/bin/time`) over those runs."
             % env["RUNS"])
    L.append("")
    L.append("**Machine:** %d cores (`nproc`), %s, %.1f GiB RAM, %s, kernel %s; output on %s; "
             "load average %s at the start, %s at the end.  "
             % (nproc, cpu, mem, osname, platform.release(), env.get("OUT_FS", "?"),
                env.get("START_LOAD", "?"), env.get("END_LOAD", "?")))
    L.append("**Tools:** %s; %s; libcmark %s; %s; openings %s (git %s). **Date:** %s.  "
             % (env.get("SWIFT_VERSION", "?"), env.get("HUGO_VERSION", "?"), env.get("CMARK_VERSION", "?"),
                env.get("HYPERFINE_VERSION", "?"), env.get("OPENINGS_VERSION", "?"), env.get("GIT_REV", "?"), now))
    if env.get("CORPUS"):
        L.append("**Corpus:** `%s` (external), `SOURCE_DATE_EPOCH=%s`." % (env["CORPUS"], env.get("SOURCE_DATE_EPOCH")))
    else:
        L.append("**Corpus:** `Benchmarks/generate.py N DIR --seed %s`, build date `SOURCE_DATE_EPOCH=%s` (2026-11-28)."
                 % (env["SEED"], env.get("SOURCE_DATE_EPOCH")))
    L.append("")

    data = {}
    for n in SIZES:
        data[n] = load(n)

    summary = []
    for n in SIZES:
        res, counts, verbose = data[n]
        if not res:
            continue
        full = res.get("openings-full", {}).get("median")
        L.append("## %s postings" % format(n, ","))
        L.append("")
        L.append("| | median | min – max | peak RSS | per posting | vs Openings full |")
        L.append("| --- | ---: | ---: | ---: | ---: | ---: |")
        for key, label in ROWS:
            r = res.get(key)
            if not r:
                continue
            L.append("| %s | **%s** | %s – %s | %s | %s | %s |" % (
                label, secs(r["median"]), secs(r["min"]), secs(r["max"]), mib(r["rss_max"]),
                per_posting(r["median"], n), ratio(r["median"], full) if key != "openings-full" else "1.00×"))
        hugo = res.get("hugo-full", {}).get("median")
        plain = res.get("hugo-plain-full", {}).get("median")
        floor = res.get("floor", {}).get("median")
        noop = res.get("openings-noop", {}).get("median")
        L.append("")
        L.append("Openings / Hugo = **%s**; Openings / Hugo plain = **%s**; Openings / floor = **%s**; "
                 "no-op rebuild / full build = **%s**."
                 % (ratio(full, hugo), ratio(full, plain), ratio(full, floor),
                    ("%.0f%%" % (noop / full * 100)) if noop and full else "–"))
        if counts:
            L.append("")
            L.append("Written: Openings %s files (%s job pages, %.1f MB); Hugo %s files (%s job pages, %.1f MB); "
                     "Hugo plain %s files (%s job pages, %.1f MB); floor %s files.%s" % (
                         counts.get("openings_files"), counts.get("openings_jobs"),
                         int(counts.get("openings_bytes") or 0) / 1e6, counts.get("hugo_files"),
                         counts.get("hugo_jobs"), int(counts.get("hugo_bytes") or 0) / 1e6,
                         counts.get("hugo_plain_files", "–"), counts.get("hugo_plain_jobs", "–"),
                         int(counts.get("hugo_plain_bytes") or 0) / 1e6,
                         counts.get("floor_files"),
                         (" Corpus generated in %s s." % counts["gen_seconds"]) if counts.get("gen_seconds") else ""))
        serve = serve_result(n)
        if serve:
            w = serve.get("wrk") or {}
            L.append("")
            L.append("Preview server (`openings serve`): edit-to-reload latency median **%.0f ms** over %d edits (%s ms)."
                     % (serve["latency_median_ms"], len(serve["latency_ms"]),
                        ", ".join("%.0f" % x for x in serve["latency_ms"])))
            if w:
                L.append("Under `wrk -t2 -c64 -d10s --timeout 10s` (a job page, the index, the stylesheet) with the job file edited every "
                         "250 ms (%d rebuilds): %s requests, %.0f req/s, p99 %s, slowest %s, **%d failed** (%d non-2xx/3xx, %d socket errors)."
                         % (w.get("rebuilds_during_load", 0), format(w.get("requests") or 0, ","), w.get("requests_per_second") or 0,
                            w.get("p99"), w.get("max"), (w.get("non_2xx_3xx") or 0) + (w.get("socket_errors") or 0),
                            w.get("non_2xx_3xx") or 0, w.get("socket_errors") or 0))
            L.append("Ctrl-C to exit: %.2f s. Last log lines: `%s`" % (serve.get("shutdown_seconds", 0),
                                                                      " / ".join(serve.get("log_tail") or [])))
        if verbose:
            L.append("")
            L.append("<details><summary>openings build --verbose (one extra full-output rebuild)</summary>")
            L.append("")
            L.append("```")
            L.append(verbose)
            L.append("```")
            L.append("</details>")
        L.append("")
        summary.append((n, res))

    if len(summary) > 1:
        L.append("## Scaling: time per posting")
        L.append("")
        base_n = summary[0][0]
        L.append("| N | Openings full | Hugo full | Hugo plain full | floor | Openings no-op | Openings peak RSS "
                 "| Hugo peak RSS | Hugo plain peak RSS |")
        L.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for n, res in summary:
            def pp(key):
                r = res.get(key)
                return per_posting(r["median"], n) if r else "–"
            L.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                format(n, ","), pp("openings-full"), pp("hugo-full"), pp("hugo-plain-full"), pp("floor"),
                pp("openings-noop"), mib(res.get("openings-full", {}).get("rss_max")),
                mib(res.get("hugo-full", {}).get("rss_max")), mib(res.get("hugo-plain-full", {}).get("rss_max"))))
        first = summary[0][1].get("openings-full")
        last = summary[-1][1].get("openings-full")
        if first and last:
            a = first["median"] / base_n
            b = last["median"] / summary[-1][0]
            L.append("")
            L.append("Openings time per posting at %s is **%+.0f%%** against %s."
                     % (format(summary[-1][0], ","), (b / a - 1) * 100, format(base_n, ",")))
        L.append("")

    # Targets from issue 4, checked where the sizes were measured.
    def get(n, key, field="median"):
        r = data.get(n, ({}, {}, ""))[0].get(key)
        return r[field] if r else None

    def verdict(ok):
        return "—  not measured" if ok is None else ("✅ met" if ok else "❌ not met")

    T = []
    # Issue 3: the preview server.
    for n, limit in ((1000, 50), (10000, 200)):
        sv = serve_result(n)
        T.append(("%s: edit-to-reload < %d ms (issue 3)" % (format(n, ","), limit),
                  "%.0f ms" % sv["latency_median_ms"] if sv else "", (sv["latency_median_ms"] < limit) if sv else None))
    loads = [(n, serve_result(n).get("wrk")) for n in SIZES if serve_result(n) and serve_result(n).get("wrk")]
    if loads:
        failed = sum((w.get("non_2xx_3xx") or 0) + (w.get("socket_errors") or 0) for _, w in loads)
        T.append(("wrk 64 connections while rebuilding: zero failed requests (issue 3)",
                  "%d failed of %s" % (failed, format(sum(w.get("requests") or 0 for _, w in loads), ",")), failed == 0))

    o10, h10, f10 = get(10000, "openings-full"), get(10000, "hugo-full"), get(10000, "floor")
    T.append(("10,000: full build ≤ 0.2 × Hugo", "%s vs %s (%s)" % (secs(o10), secs(h10), ratio(o10, h10)) if o10 and h10 else "",
              (o10 <= 0.2 * h10) if o10 and h10 else None))
    T.append(("10,000: full build ≤ 1.5 × floor", "%s vs %s (%s)" % (secs(o10), secs(f10), ratio(o10, f10)) if o10 and f10 else "",
              (o10 <= 1.5 * f10) if o10 and f10 else None))
    r10 = get(10000, "openings-full", "rss_max")
    T.append(("10,000: peak RSS < 300 MiB", mib(r10) if r10 else "", (r10 < 300) if r10 else None))
    n10 = get(10000, "openings-noop")
    T.append(("10,000: no-op rebuild < 10% of full", "%s (%.0f%%)" % (secs(n10), n10 / o10 * 100) if n10 and o10 else "",
              (n10 < 0.1 * o10) if n10 and o10 else None))
    o50, f50 = get(50000, "openings-full"), get(50000, "floor")
    T.append(("50,000: full build ≤ 1.5 × floor", "%s vs %s (%s)" % (secs(o50), secs(f50), ratio(o50, f50)) if o50 and f50 else "",
              (o50 <= 1.5 * f50) if o50 and f50 else None))
    r50 = get(50000, "openings-full", "rss_max")
    T.append(("50,000: peak RSS < 1 GiB", mib(r50) if r50 else "", (r50 < 1024) if r50 else None))
    o1 = get(1000, "openings-full")
    if o1 and o50:
        a, b = o1 / 1000, o50 / 50000
        T.append(("time per posting 1,000 → 50,000 flat within 25%",
                  "%s → %s (%+.0f%%)" % (per_posting(o1, 1000), per_posting(o50, 50000), (b / a - 1) * 100),
                  abs(b / a - 1) <= 0.25))
    else:
        T.append(("time per posting 1,000 → 50,000 flat within 25%", "", None))
    L.append("## Targets (issues 3 and 4)")
    L.append("")
    L.append("| target | measured | |")
    L.append("| --- | --- | --- |")
    for name, measured, ok in T:
        L.append("| %s | %s | %s |" % (name, measured or "", verdict(ok)))
    L.append("")

    note = os.path.join(ROOT, "Benchmarks", "closing-note.md")
    if os.path.exists(note):
        L.append(read_file(note).rstrip())
        L.append("")

    with open(RESULTS, "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
