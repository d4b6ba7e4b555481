#!/usr/bin/env python3
"""Checks a built Openings site with third-party tools; exits 1 on any problem.

    verify.py SITE_DIR [--only html,links,...] [--screenshots DIR]
    verify.py SITE_DIR --selftest     # proves that every check can fail

Checks (see docs/verify.md): html (W3C Nu validator), links (linkchecker and
fragment ids), axe (axe-core in headless Chromium), listings (one filter UI per
listing page, the first position in a phone's first screen; headless Chromium),
jsonld (extruct and Google's JobPosting rules), xml (xmllint: sitemap, Atom feed),
jobsjson (JSON Schema).
Run it with the Python of the virtual environment that install.sh prepares.
"""
import argparse
import json
import os
import sys
import threading
import time
import urllib.parse
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


class Handler(SimpleHTTPRequestHandler):
    """Serves the site under its base path. The `LinkChecker` header lifts
    linkchecker's 3-requests-a-second limit for this (our own) server."""
    base_path = "/"

    def translate_path(self, path):
        path = urllib.parse.urlsplit(path).path
        if not path.startswith(self.base_path):
            return os.path.join(self.directory, ".no-such-file")
        return super().translate_path("/" + path[len(self.base_path):])

    def end_headers(self):
        self.send_header("LinkChecker", "allowed")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        pass


class Site:
    """A built site on disk, served on loopback while checks run."""

    def __init__(self, root, base_path=None):
        self.root = Path(root).resolve()
        if not (self.root / "index.html").is_file():
            raise SystemExit(f"verify: {root} holds no index.html; build the site first")
        self.base_path = base_path or self._base_path()
        self.html_files = sorted(p.relative_to(self.root).as_posix() for p in self.root.rglob("*.html"))
        # A multilingual site (docs/languages.md): each other language is a folder with
        # its own jobs.json, sitemap and feed; "" is the root's.
        self.prefixes = [""] + sorted(p.parent.relative_to(self.root).as_posix() + "/" for p in self.root.glob("*/jobs.json"))
        self.job_pages = [p for p in self.html_files for prefix in self.prefixes
                          if p.startswith(prefix + "jobs/") and p.count("/") == prefix.count("/") + 2]
        self.listed_pages = self._listed_pages()
        self.server = None
        self._driver = None

    def _base_path(self):
        try:
            url = json.loads((self.root / "jobs.json").read_text())["site"]["url"]
            path = urllib.parse.urlsplit(url).path or "/"
        except (OSError, ValueError, KeyError, TypeError):
            path = "/"
        return path if path.endswith("/") else path + "/"

    def _listed_pages(self):
        """The job pages each language's jobs.json lists (`de/jobs/x/index.html`)."""
        pages = set()
        for prefix in self.prefixes:
            try:
                jobs = json.loads((self.root / prefix / "jobs.json").read_text())["jobs"]
            except (OSError, ValueError, KeyError, TypeError):
                continue
            pages |= {f"{prefix}jobs/{job['slug']}/index.html" for job in jobs if isinstance(job, dict) and "slug" in job}
        return pages

    def jobs(self):
        """Every language's jobs.json entries: (prefix, entry)."""
        result = []
        for prefix in self.prefixes:
            result += [(prefix, job) for job in json.loads((self.root / prefix / "jobs.json").read_text())["jobs"]]
        return result

    def file_for(self, url_path):
        """The file a site URL path is served from, or None outside the site."""
        if not url_path.startswith(self.base_path):
            return None
        rel = urllib.parse.unquote(url_path[len(self.base_path):])
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        return rel

    def url(self, rel=""):
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{self.base_path}{rel}"

    def __enter__(self):
        handler = type("SiteHandler", (Handler,), {"base_path": self.base_path})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(self.root)))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        if self._driver:
            self._driver.quit()
        self.server.shutdown()
        self.server.server_close()

    def browser(self):
        """One headless Chromium (Debian's, through chromium-driver) for all checks."""
        if self._driver is None:
            os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not download
            from selenium import webdriver
            from selenium.webdriver.chrome.service import Service
            from checks import tool
            options = webdriver.ChromeOptions()
            options.binary_location = tool("chromium")
            for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--hide-scrollbars", "--force-color-profile=srgb", "--no-first-run"):
                options.add_argument(arg)
            service = Service(tool("chromedriver"))
            self._driver = webdriver.Chrome(service=service, options=options)
            self._driver.set_script_timeout(120)
        return self._driver


def run(site, names, screenshots=None):
    import checks
    problems = {}
    with site:
        for name in names:
            started = time.monotonic()
            try:
                found = checks.CHECKS[name](site)
            except Exception as error:  # a crashed tool is a failure, and the other checks still run
                found = [f"the check crashed: {type(error).__name__}: {error}"]
            took = time.monotonic() - started
            problems[name] = found
            print(f"verify: {name:9} {'ok' if not found else f'{len(found)} problem(s)':16} {took:5.1f} s", flush=True)
            for line in found:
                print(f"  {name}: {line}")
        if screenshots:
            shots = checks.screenshots(site, Path(screenshots))
            print(f"verify: screenshots in {screenshots}: {', '.join(shots)}")
    return sum(len(found) for found in problems.values())


def main():
    import checks
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", help="the built site folder (openings build --output)")
    parser.add_argument("--only", help="comma-separated checks: " + ",".join(checks.CHECKS))
    parser.add_argument("--screenshots", metavar="DIR", help="also save screenshots of the index and a job page")
    parser.add_argument("--base-path", help="URL path the site is built for (default: from jobs.json)")
    parser.add_argument("--selftest", action="store_true", help="break copies of SITE and expect every check to fail")
    args = parser.parse_args()

    if args.selftest:
        import selftest
        sys.exit(selftest.main(args.site))
    names = args.only.split(",") if args.only else list(checks.CHECKS)
    unknown = [n for n in names if n not in checks.CHECKS]
    if unknown:
        parser.error(f"unknown check {', '.join(unknown)}; known: {', '.join(checks.CHECKS)}")
    started = time.monotonic()
    count = run(Site(args.site, args.base_path), names, args.screenshots)
    took = time.monotonic() - started
    if count:
        print(f"verify: FAILED, {count} problem(s) in {args.site} ({took:.0f} s)")
        sys.exit(1)
    print(f"verify: all checks passed for {args.site} ({took:.0f} s)")


if __name__ == "__main__":
    main()
