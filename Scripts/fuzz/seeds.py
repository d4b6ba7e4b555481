#!/usr/bin/env python3
"""Seed inputs for the fuzz targets (docs/reliability.md), from the example site, the
test fixtures and the real postings in ../shared/corpus/real when it is there.

    seeds.py OUT   writes OUT/<target>/<name> for every target

The committed, minimised corpora in Fuzz/Corpus/ were grown from these; `make fuzz`
reads both, so a target starts from real content even on a fresh clone.
"""
import hashlib
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "corpus" / "real"
SEP = "\x01"


def files(*patterns):
    for pattern in patterns:
        base, glob = pattern.split("::")
        folder = ROOT / base if not base.startswith("/") else pathlib.Path(base)
        if folder.is_dir():
            yield from sorted(p for p in folder.glob(glob) if p.is_file())


def add(out, target, data):
    if isinstance(data, str):
        data = data.encode()
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def front_matter(text):
    match = re.match(r"---\n(.*?)\n---\n?(.*)", text, re.S)
    return (match.group(1), match.group(2)) if match else ("", text)


def field(yaml, key):
    match = re.search(rf"^{key}:\s*(.+)$", yaml, re.M)
    return match.group(1).strip().strip("\"'") if match else ""


# What authors and attackers put into values: markup, script ends, entities, template
# tags, links that run script, bidi controls, very long words.
HOSTILE = [
    "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "</script><script>alert(1)</script>",
    "</title><svg onload=alert(1)>", "{{title}} {{{site.title}}}", "javascript:alert(1)", "&amp; &lt;b&gt; &#x3C;",
    "Ingeniero/a (m/w/d) — Zürich", "\u202eevil\u202c", "A" * 300, "<!-- -->", "]]></title>", "\\u003c/script\\u003e",
]


def main():
    out = pathlib.Path(sys.argv[1])
    real_md = list(files(f"{REAL}::**/*.md"))
    real_html = list(files(f"{REAL}::**/*.html"))
    jobs = list(files("Content/jobs::**/*.md", "Tests/EndToEndTests/Fixtures/minimal/Content/jobs::**/*.md"))
    for path in jobs + real_md:
        add(out, "job", path.read_bytes())
        add(out, "markdown", front_matter(path.read_text(errors="replace"))[1])
    for path in files("Content/pages::*.md"):
        add(out, "markdown", front_matter(path.read_text())[1])
    for path in files("Content::bands.yml", f"{REAL}::**/*.yml"):
        add(out, "bands", path.read_bytes())
    # The plain YAML reader against Yams: front matter and YAML files of every kind.
    for path in jobs + real_md + list(files("Content/interview::*.md", "Content/pages::*.md", "Examples::**/*.md")):
        add(out, "yaml", front_matter(path.read_text(errors="replace"))[0])
    for path in files("Content::*.yml", "Examples::**/*.yml", "Themes::**/*.yml", f"{REAL}::**/*.yml"):
        add(out, "yaml", path.read_bytes())
    for path in files("Content::site.yml", "Tests/EndToEndTests/Fixtures/minimal/Content::site.yml"):
        add(out, "site-config", path.read_bytes())
    for path in files("Content/interview::*.md", "Tests/EndToEndTests/Fixtures/minimal/Content/interview::*.md"):
        add(out, "interview", path.read_bytes())
    for path in real_md + real_html:
        for generator in (b"\x00", b"\x01"):
            add(out, "import-static", generator + path.read_bytes())
    for path in real_html:
        add(out, "html", front_matter(path.read_text(errors="replace"))[1])
    # The job boards' saved responses in the tests, and each description's HTML.
    fixtures = (ROOT / "Tests/OpeningsKitTests/JobBoardFixtures.swift").read_text()
    for name, body in re.findall(r'static let (\w+) = #"""\n(.*?)\n\s*"""#', fixtures, re.S):
        vendor = 0 if name.startswith("greenhouse") else 1 if name.startswith("lever") else 2
        add(out, "import-boards", bytes([vendor]) + body.encode())
        try:
            data = json.loads(body)
        except ValueError:
            continue
        stack = [data]
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                stack.extend(value.values())
            elif isinstance(value, list):
                stack.extend(value)
            elif isinstance(value, str) and "<" in value:
                add(out, "html", value)
    # Themes: each default template as the override of its own name, and a few pairs.
    templates = sorted((ROOT / "Themes/default/templates").glob("*.mustache"))
    for path in templates:
        add(out, "theme", path.stem + "\n" + path.read_text())
    for first, second in zip(templates, templates[1:]):
        add(out, "theme", SEP.join(p.stem + "\n" + p.read_text() for p in (first, second)))
    # Whole sites from the example's postings: site title, organisation, job title,
    # department, city, region, a list item, body; and the same with hostile values.
    for index, path in enumerate(jobs):
        yaml, body = front_matter(path.read_text())
        values = ["Acme Careers", "Acme Corp", field(yaml, "title"), field(yaml, "department") or "Engineering",
                  field(yaml, "city") or "Denver", field(yaml, "region") or "CO", "Ship things", body]
        add(out, "render", bytes([index % 256]) + SEP.join(values).encode())
        hostile = [HOSTILE[(index + n) % len(HOSTILE)] for n in range(7)] + [body]
        add(out, "render", bytes([index * 7 % 256]) + SEP.join(hostile).encode())


main()
