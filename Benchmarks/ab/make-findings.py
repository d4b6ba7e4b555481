#!/usr/bin/env python3
"""Build the "findings" site: a copy of a generated n1000 site plus the real postings.

    make-findings.py N1000_SITE REAL_DIR OUT_DIR

(lib.sh calls it with the cached n1000 corpus, $REAL_CORPUS and a fresh OUT_DIR.)
REAL_DIR holds the real postings in the sub-folders named in SOURCES below; a missing
sub-folder is skipped with a warning.

- Content/jobs/real/<source>/...        the 126 real postings, verbatim (18F positions and
                                        pages/positions, Open Source Design, PostHog); their
                                        front matter fails in many ways (YAML errors, missing
                                        fields, unknown keys, bad dates, no front matter).
- Content/jobs/real-bodies/<source>/... the same bodies again under a minimal *valid* front
                                        matter, so they get past the front matter and reach the
                                        Markdown, link, raw-HTML and language-rule checks.
- site.yml: pay_transparency: jurisdiction (the generator writes `off`), so the 1,000
  generated postings also produce pay-transparency and structure findings.

Deterministic: same inputs give byte-identical files.
"""
import json
import os
import re
import shutil
import sys

if len(sys.argv) != 4:
    sys.exit("usage: make-findings.py N1000_SITE REAL_DIR OUT_DIR")
src, REAL, dst = sys.argv[1:]
SOURCES = ["18f-join-tts/positions", "18f-join-tts/pages-positions", "opensourcedesign-jobs", "posthog-careers"]
DEPARTMENTS = ["Engineering", "Design", "Product", "Data", "Security", "Operations",
               "People Operations", "Customer Success", "Marketing", "Sales", "Finance", "Legal"]

if not os.path.isdir(os.path.join(src, "Content")):
    sys.exit("make-findings.py: %s has no Content/ (generate n1000 first)" % src)
shutil.rmtree(dst, ignore_errors=True)
shutil.copytree(src, dst, ignore=shutil.ignore_patterns(".openings", ".stamp", ".sha256sums"))  # not build records or cache stamps

site = os.path.join(dst, "Content", "site.yml")
text = open(site, encoding="utf-8").read()
text = re.sub(r"^pay_transparency: off$", "pay_transparency: jurisdiction", text, flags=re.M)
open(site, "w", encoding="utf-8").write(text)


def split(raw):
    """(front matter text or None, body) — tolerant: leading blank lines, no front matter."""
    lines = raw.split("\n")
    i = 0
    while i < len(lines) and lines[i].strip() == "":
        i += 1
    if i < len(lines) and lines[i].rstrip("\r") == "---":
        for j in range(i + 1, len(lines)):
            if lines[j].rstrip("\r") in ("---", "..."):
                return "\n".join(lines[i + 1:j]), "\n".join(lines[j + 1:])
    return None, raw


n = 0
for source in SOURCES:
    if not os.path.isdir(os.path.join(REAL, source)):
        print("make-findings.py: warning: %s missing, skipped" % os.path.join(REAL, source), file=sys.stderr)
        continue
    names = sorted(f for f in os.listdir(os.path.join(REAL, source)) if f.endswith(".md"))
    verbatim = os.path.join(dst, "Content", "jobs", "real", source)
    bodies = os.path.join(dst, "Content", "jobs", "real-bodies", source)
    os.makedirs(verbatim)
    os.makedirs(bodies)
    for name in names:
        path = os.path.join(REAL, source, name)
        shutil.copyfile(path, os.path.join(verbatim, name))
        os.chmod(os.path.join(verbatim, name), 0o644)
        raw = open(path, encoding="utf-8", errors="replace").read()
        fm, body = split(raw)
        m = re.search(r"^title:\s*(.+?)\s*$", fm or "", re.M)
        title = m.group(1).strip("'\"") if m else os.path.splitext(name)[0]
        n += 1
        front = [
            "title: " + json.dumps(title, ensure_ascii=False),
            "id: REAL-%04d" % n,
            "department: " + DEPARTMENTS[n % len(DEPARTMENTS)],
            "posted: 2026-03-%02d" % (1 + n % 28),
            "workplace: remote",
            "remote_countries: [US]",
        ]
        # A fixed slug keeps file names with spaces or '&' from colliding with the verbatim copy.
        front.append("slug: real-body-%04d" % n)
        with open(os.path.join(bodies, name), "w", encoding="utf-8") as f:
            f.write("---\n" + "\n".join(front) + "\n---\n" + body)
if n == 0:
    sys.exit("make-findings.py: no real postings found under %s" % REAL)
print("make-findings.py: %s: n1000 + %d real postings verbatim + %d with minimal front matter" % (dst, n, n))
