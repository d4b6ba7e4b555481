#!/usr/bin/env python3
"""Edit-to-reload latency and load for `openings serve` (issue 3).

    Benchmarks/serve.py OPENINGS SITE OUT.json [--runs 9] [--wrk-seconds 10]

Starts `OPENINGS serve --site SITE --port 0`, opens the live-reload event stream as
a browser tab does, then RUNS times rewrites one published job file and measures the
time from the end of the write to the `reload` event. With wrk installed, it then
runs `wrk -t2 -c64 -d<seconds>` against a job page, the index and the stylesheet
while a second thread keeps editing the job file every 250 ms, and counts failed
requests (socket errors and non-2xx/3xx answers). The job file is restored.
Writes a JSON summary to OUT.json.
"""
import argparse
import glob
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time


def start(openings, site):
    env = dict(os.environ)
    env.setdefault("SOURCE_DATE_EPOCH", "1795824000")
    proc = subprocess.Popen([openings, "serve", "--site", site, "--port", "0"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, text=True)
    t0 = time.perf_counter()
    line = proc.stdout.readline()
    m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not m:
        proc.kill()
        sys.exit("serve.py: no URL from openings serve: %r %s" % (line, proc.stderr.read()))
    return proc, int(m.group(1)), time.perf_counter() - t0


class Events:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(b"GET /_openings/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        self.sock.settimeout(30)
        self.buf = b""
        self.wait(b": connected")

    def wait(self, token):
        while token not in self.buf:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise RuntimeError("event stream closed")
            self.buf += chunk
        self.buf = self.buf[self.buf.index(token) + len(token):]


def pick_job(site):
    files = sorted(p for p in glob.glob(os.path.join(site, "Content/jobs/**/*.md"), recursive=True)
                   if "\ndraft: true" not in open(p, encoding="utf-8").read())
    return files[len(files) // 2]


def edited(original, n):
    # A new first line of the body: the page changes, the listings do not.
    return original.replace("\n---\n", "\n---\nRevision %d of this posting.\n\n" % n, 1)


def slug_of(path):
    text = open(path, encoding="utf-8").read()
    m = re.search(r"^slug:\s*(\S+)", text, re.M)
    return m.group(1) if m else os.path.splitext(os.path.basename(path))[0]


def rss(pid):
    """(resident, peak resident) of a process in MiB, from /proc (Linux); (None, None) elsewhere."""
    try:
        status = open("/proc/%d/status" % pid, encoding="ascii").read()
    except OSError:
        return None, None
    def field(name):
        m = re.search(r"^%s:\s*(\d+) kB" % name, status, re.M)
        return round(int(m.group(1)) / 1024, 1) if m else None
    return field("VmRSS"), field("VmHWM")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("openings")
    ap.add_argument("site")
    ap.add_argument("out")
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--wrk-seconds", type=int, default=10)
    args = ap.parse_args()

    job = pick_job(args.site)
    original = open(job, encoding="utf-8").read()
    proc, port, startup = start(args.openings, args.site)
    result = {"site": args.site, "job": os.path.relpath(job, args.site), "startup_seconds": startup}
    try:
        events = Events(port)
        latencies = []
        for n in range(args.runs):
            time.sleep(0.4)
            with open(job, "w", encoding="utf-8") as f:
                f.write(edited(original, n))
            t = time.perf_counter()
            events.wait(b"event: reload")
            latencies.append((time.perf_counter() - t) * 1000)
        result["latency_ms"] = latencies
        result["latency_median_ms"] = statistics.median(latencies)
        # What the server holds after the edits (issue 20 asks after 40), and its peak.
        result["rss_mib"], result["peak_rss_mib"] = rss(proc.pid)

        wrk = shutil.which("wrk")
        if wrk and args.wrk_seconds > 0:
            script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "serve-load.lua")
            stop = threading.Event()
            edits = [0]

            def keep_editing():
                while not stop.is_set():
                    edits[0] += 1
                    with open(job, "w", encoding="utf-8") as f:
                        f.write(edited(original, 1000 + edits[0]))
                    stop.wait(0.25)

            editor = threading.Thread(target=keep_editing)
            editor.start()
            env = dict(os.environ, OPENINGS_JOB_PATH="/jobs/%s/" % slug_of(job))
            # wrk gives up on a response after 2 s by default and counts it as an error; a
            # bounded load test asks whether every request is answered, so allow 10 s
            # and report the slowest response separately.
            out = subprocess.run([wrk, "-t2", "-c64", "-d%ds" % args.wrk_seconds, "--timeout", "10s", "--latency", "-s", script,
                                  "http://127.0.0.1:%d" % port], capture_output=True, text=True, env=env)
            stop.set()
            editor.join()
            text = out.stdout
            m = re.search(r"(\d+) requests in", text)
            rps = re.search(r"Requests/sec:\s*([\d.]+)", text)
            non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
            sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
            result["wrk"] = {
                "requests": int(m.group(1)) if m else None,
                "requests_per_second": float(rps.group(1)) if rps else None,
                "non_2xx_3xx": int(non2xx.group(1)) if non2xx else 0,
                "socket_errors": sum(int(x) for x in sock.groups()) if sock else 0,
                "rebuilds_during_load": edits[0],
                "p99": (re.search(r"99%\s+(\S+)", text) or [None, None])[1],
                "max": (re.search(r"Latency\s+\S+\s+\S+\s+(\S+)", text) or [None, None])[1],
                "output": text,
            }
    finally:
        with open(job, "w", encoding="utf-8") as f:
            f.write(original)
        t = time.perf_counter()
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        result["shutdown_seconds"] = time.perf_counter() - t
        log = proc.stderr.read()
        result["log_tail"] = log.strip().splitlines()[-3:]
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)
    w = result.get("wrk") or {}
    print("serve.py: edit-to-reload median %.1f ms (%s); RSS %s MiB after %d edits (peak %s MiB); %s" % (
        result["latency_median_ms"], " ".join("%.0f" % x for x in result["latency_ms"]),
        result.get("rss_mib"), len(result["latency_ms"]), result.get("peak_rss_mib"),
        ("wrk %s req, %s failed, %d rebuilds during load" % (w.get("requests"), w.get("non_2xx_3xx", 0) + w.get("socket_errors", 0),
                                                            w.get("rebuilds_during_load", 0))) if w else "no wrk"), file=sys.stderr)


if __name__ == "__main__":
    main()
