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
    ("openings-full-disk", "Openings, full build on disk (page cache flushed)"),
    ("hugo-full-disk", "Hugo, full build of the twin on disk (page cache flushed)"),
    ("hugo-plain-full-disk", "Hugo, full build of the plain twin on disk (page cache flushed)"),
    ("floor-disk", "libcmark floor on disk (page cache flushed)"),
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
    if env.get("REPORT_ONLY"):
        # Nothing was timed now: the load of each size's run is in its section.
        load_text = "load average of each size's run in its section (this report was written from earlier runs)."
    else:
        load_text = "load average %s at the start, %s at the end." % (env.get("START_LOAD", "?"), env.get("END_LOAD", "?"))
    L.append("**Machine:** %d cores (`nproc`), %s, %.1f GiB RAM, %s, kernel %s; output on %s; %s  "
             % (nproc, cpu, mem, osname, platform.release(), env.get("OUT_FS", "?"), load_text))
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
            if r["runs"] != int(env["RUNS"]):
                label += " (%d %s)" % (r["runs"], "run" if r["runs"] == 1 else "runs")
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
        dfull = res.get("openings-full-disk", {}).get("median")
        if dfull:
            L.append("On disk (%s, `%s` before each run): Openings / Hugo = **%s**; Openings / Hugo plain = **%s**; "
                     "Openings / floor = **%s**."
                     % (env.get("DISK_FS", "?"), env.get("DROP_CACHES", "?"),
                        ratio(dfull, res.get("hugo-full-disk", {}).get("median")),
                        ratio(dfull, res.get("hugo-plain-full-disk", {}).get("median")),
                        ratio(dfull, res.get("floor-disk", {}).get("median"))))
        if counts:
            written = ["Openings %s files (%s job pages, %.1f MB)" % (
                counts.get("openings_files"), counts.get("openings_jobs"), int(counts.get("openings_bytes") or 0) / 1e6)]
            for prefix, tool in (("hugo", "Hugo"), ("hugo_plain", "Hugo plain")):
                if counts.get(prefix + "_files"):
                    written.append("%s %s files (%s job pages, %.1f MB)" % (
                        tool, counts[prefix + "_files"], counts.get(prefix + "_jobs"),
                        int(counts.get(prefix + "_bytes") or 0) / 1e6))
            written.append("floor %s files" % counts.get("floor_files"))
            L.append("")
            L.append("Written: %s.%s" % ("; ".join(written),
                     (" Corpus generated in %s s." % counts["gen_seconds"]) if counts.get("gen_seconds") else ""))
            if env.get("REPORT_ONLY"):
                if counts.get("timed_at"):
                    L.append("Timed from %s; load average %s at the start, %s at the end."
                             % (counts["timed_at"], counts.get("load_start", "?"), counts.get("load_end", "?")))
                else:
                    L.append("When and under what load this size was timed was not recorded (results of an older `Benchmarks/run`).")
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
    # Issue 20: close to the libcmark floor, below both Hugo twins, a lean preview.
    # The floor ratio is set at 10,000 and 50,000; the Hugo ratios at every size.
    for n in (1000, 10000, 50000):
        for suffix, where in (("", "tmpfs"), ("-disk", "disk")):
            o, f = get(n, "openings-full" + suffix), get(n, "floor" + suffix)
            if n != 1000:
                T.append(("%s, %s: full build ≤ 2.5 × floor" % (format(n, ","), where),
                          "%s vs %s (%s)" % (secs(o), secs(f), ratio(o, f)) if o and f else "", (o <= 2.5 * f) if o and f else None))
            for twin, label in (("hugo-full", "Hugo twin"), ("hugo-plain-full", "plain Hugo twin")):
                h = get(n, twin + suffix)
                T.append(("%s, %s: full build ≤ 0.25 × %s" % (format(n, ","), where, label),
                          "%s vs %s (%s)" % (secs(o), secs(h), ratio(o, h)) if o and h else "", (o <= 0.25 * h) if o and h else None))
    # Peak RSS no higher than when issue 20 was filed (RESULTS.md of git 616a3fc).
    for n, before in ((10000, 217), (50000, 914)):
        r = get(n, "openings-full", "rss_max")
        T.append(("%s: full build peak RSS ≤ %d MiB (as before)" % (format(n, ","), before), mib(r) if r else "",
                  (r <= before) if r else None))
    sv10, sv50 = serve_result(10000), serve_result(50000)
    T.append(("10,000: preview RSS ≤ 400 MiB after the edits", "%.0f MiB" % sv10["rss_mib"] if sv10 and sv10.get("rss_mib") else "",
              (sv10["rss_mib"] <= 400) if sv10 and sv10.get("rss_mib") else None))
    for n, sv, limit in ((10000, sv10, 150), (50000, sv50, 300)):
        T.append(("%s: edit-to-reload median ≤ %d ms" % (format(n, ","), limit),
                  "%.0f ms" % sv["latency_median_ms"] if sv else "", (sv["latency_median_ms"] <= limit) if sv else None))
    loads = [(n, serve_result(n).get("wrk")) for n in SIZES if serve_result(n) and serve_result(n).get("wrk")]
    if loads:
        failed = sum((w.get("non_2xx_3xx") or 0) + (w.get("socket_errors") or 0) for _, w in loads)
        T.append(("wrk 64 connections while rebuilding: zero failed requests",
                  "%d failed of %s" % (failed, format(sum(w.get("requests") or 0 for _, w in loads), ",")), failed == 0))
    L.append("## Targets (issue 20)")
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
