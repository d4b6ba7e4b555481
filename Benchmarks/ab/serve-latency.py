#!/usr/bin/env python3
"""Edit-to-reload latency of `openings serve` for one binary, reusing Benchmarks/serve.py.

    serve-latency.py OPENINGS SITE [--runs 9] [--serve-py PATH]

PATH defaults to Benchmarks/serve.py of the repository holding this script (../serve.py).
Uses serve.py's own pieces (start with --port 0, the live-reload event stream, the job
it picks, the edit it makes: a new first body line "Revision n of this posting."), so
the figure is the one Benchmarks/RESULTS.md reports. For every edit it records

  event_ms  end of the write -> `event: reload` on the event stream (serve.py's figure)
  page_ms   end of the write -> GET /jobs/<slug>/ returned the page with the new text

and checks that the page served after the reload event really has the new text
(`stale` counts the times it did not; the page is then polled until it does, 10 s max).
The job file is restored. Prints one JSON object on stdout; the server's log tail goes
in it too.
"""
import argparse
import http.client
import json
import os
import signal
import sys
import time


def get(port, path):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    c.request("GET", path, headers={"Connection": "close"})
    r = c.getresponse()
    body = r.read()
    c.close()
    return r.status, body


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("openings")
    ap.add_argument("site")
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--serve-py", default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "serve.py"))
    args = ap.parse_args()
    sys.path.insert(0, os.path.dirname(os.path.abspath(args.serve_py)))
    import serve as S  # noqa: E402  (Benchmarks/serve.py)

    job = S.pick_job(args.site)
    slug = S.slug_of(job)
    page = "/jobs/%s/" % slug
    original = open(job, encoding="utf-8").read()
    proc, port, startup = S.start(args.openings, args.site)
    result = {"binary": args.openings, "site": args.site, "job": os.path.relpath(job, args.site),
              "page": page, "startup_seconds": startup, "event_ms": [], "page_ms": [], "stale": 0, "errors": []}
    try:
        status, body = get(port, page)
        if status != 200:
            result["errors"].append("GET %s before editing: status %d" % (page, status))
        events = S.Events(port)
        for n in range(args.runs):
            time.sleep(0.4)
            marker = ("Revision %d of this posting." % n).encode()
            with open(job, "w", encoding="utf-8") as f:
                f.write(S.edited(original, n))
            t = time.perf_counter()
            events.wait(b"event: reload")
            t_event = time.perf_counter()
            status, body = get(port, page)
            if status != 200 or marker not in body:
                result["stale"] += 1
                deadline = t_event + 10
                while (status != 200 or marker not in body) and time.perf_counter() < deadline:
                    time.sleep(0.002)
                    status, body = get(port, page)
                if marker not in body:
                    result["errors"].append("edit %d: %s never showed the new text (status %d)" % (n, page, status))
            t_page = time.perf_counter()
            result["event_ms"].append((t_event - t) * 1000)
            result["page_ms"].append((t_page - t) * 1000)
    finally:
        with open(job, "w", encoding="utf-8") as f:
            f.write(original)
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except Exception:
            proc.kill()
            result["errors"].append("server did not exit within 20 s of SIGINT")
        result["log_tail"] = proc.stderr.read().strip().splitlines()[-3:]
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
