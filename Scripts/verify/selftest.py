"""Proves that every check can fail: each case breaks a fresh copy of a good site in
one way and expects its check to report it (a message containing `expect`)."""
import re
import shutil
import tempfile
import time
from pathlib import Path

import checks
from verify import Site


def inject(path, html):
    """Adds html at the end of the page's <main>."""
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("</main>", html + "\n</main>", 1), encoding="utf-8")


def edit(path, pattern, replacement):
    # Line ends kept as they are: a calendar's CR LF is part of what is checked.
    with open(path, encoding="utf-8", newline="") as file:
        text = file.read()
    new = re.sub(pattern, replacement, text, count=1)
    assert new != text, f"selftest: {pattern!r} not found in {path}"
    with open(path, "w", encoding="utf-8", newline="") as file:
        file.write(new)


def open_job(site):
    return site / next(p.relative_to(site).as_posix() for p in sorted(site.glob("jobs/*/index.html"))
                       if "application/ld+json" in p.read_text(encoding="utf-8"))


def closed_job(site):
    return next(p for p in sorted(site.glob("jobs/*/index.html")) if 'content="noindex"' in p.read_text(encoding="utf-8"))


def list_closed_job_in_sitemap(site):
    base = re.search(r"<loc>([^<]*)</loc>", (site / "sitemap.xml").read_text()).group(1)
    slug = closed_job(site).parent.name
    edit(site / "sitemap.xml", r"</urlset>", f"<url><loc>{base}jobs/{slug}/</loc></url></urlset>")


def one_sided_hreflang(site):
    """The index says the first open job is its German version; the job says nothing back."""
    base = re.search(r"<loc>([^<]*)</loc>", (site / "sitemap.xml").read_text()).group(1)
    job = open_job(site).parent.name
    lang = re.search(r'<html lang="([^"]+)"', (site / "index.html").read_text(encoding="utf-8")).group(1)
    edit(site / "index.html", r"</head>", f'<link rel="alternate" hreflang="{lang}" href="{base}">\n'
         f'<link rel="alternate" hreflang="de" href="{base}jobs/{job}/">\n</head>')


def jsonld_of(path):
    return re.search(r'<script type="application/ld\+json">.*?</script>', path.read_text(encoding="utf-8"), re.S).group(0)


# (name, check, how to break the site, text expected in a reported problem)
CASES = [
    ("html: block element inside an inline one", "html",
     lambda s: inject(s / "index.html", "<span><div>block in inline</div></span>"), "not allowed as child"),
    ("html: duplicate id", "html",
     lambda s: inject(s / "404.html", '<p id="main">again</p>'), "Duplicate ID"),
    ("html: unknown CSS property", "html",
     lambda s: (s / "assets" / "style.css").open("a").write("\na { colr: red; }\n"), "colr"),
    ("links: link to a missing page", "links",
     lambda s: inject(s / "index.html", '<a href="/no-such-page/">gone</a>'), "no-such-page"),
    ("links: missing image", "links",
     lambda s: inject(s / "404.html", '<img src="/assets/missing.png" alt="missing">'), "missing.png"),
    ("links: fragment without a target id", "links",
     lambda s: inject(s / "index.html", '<a href="#no-such-id">nowhere</a>'), 'no element with id "no-such-id"'),
    ("axe: image without alt, low-contrast text", "axe",
     lambda s: inject(s / "index.html", '<img src="/assets/logo.svg" width="20" height="20">'
                                        '<p style="color:#c8c8c8;background:#fff">faint</p>'), "image-alt"),
    ("axe: low-contrast text", "axe",
     lambda s: inject(s / "index.html", '<p style="color:#c8c8c8;background:#fff">faint</p>'), "color-contrast"),
    ("listings: the filter form and links both shown without JavaScript", "listings",
     lambda s: edit(s / "index.html", r'(data-matches-other="[^"]*") hidden>', r"\1>"), "one filter UI per page"),
    ("listings: the first position below a phone's first screen", "listings",
     lambda s: edit(s / "index.html", r'<div class="page-intro">', '<div style="height:1200px"></div><div class="page-intro">'),
     "below the first screen"),
    ("jsonld: JobPosting without datePosted", "jsonld",
     lambda s: edit(open_job(s), r'"datePosted":"[^"]*",', ""), "datePosted"),
    ("jsonld: JobPosting without hiringOrganization name", "jsonld",
     lambda s: edit(open_job(s), r'"hiringOrganization":\{"@type":"Organization","name":"[^"]*",?', '"hiringOrganization":{"@type":"Organization",'),
     "hiringOrganization"),
    ("jsonld: salary unit outside Google's list", "jsonld",
     lambda s: edit(open_job(s), r'"unitText":"[A-Z]+"', '"unitText":"ANNUAL"'), "unitText"),
    ("jsonld: employmentType outside Google's list", "jsonld",
     lambda s: edit(open_job(s), r'"employmentType":"[A-Z_]+"', '"employmentType":"FULLTIME"'), "employmentType"),
    ("jsonld: a </script> inside a value ends the block early", "jsonld",
     lambda s: edit(open_job(s), r'"title":"', '"title":"</script>'), "JSON-LD"),
    ("jsonld: JobPosting on a listing page", "jsonld",
     lambda s: inject(s / "index.html", jsonld_of(open_job(s))), "index.html: has JSON-LD"),
    ("jsonld: JobPosting on a closed job", "jsonld",
     lambda s: inject(closed_job(s), jsonld_of(open_job(s))), "closed or draft"),
    ("xml: sitemap not well-formed", "xml",
     lambda s: edit(s / "sitemap.xml", r"</urlset>\s*$", "</urlset"), "sitemap.xml"),
    ("xml: a closed (noindex) job in the sitemap", "xml", list_closed_job_in_sitemap, "marked noindex"),
    ("xml: Atom feed without its id", "xml",
     lambda s: edit(s / "feed.xml", r"\n  <id>[^<]*</id>", ""), "Relax-NG"),
    ("xml: Atom entry with a date that is no date-time", "xml",
     lambda s: edit(s / "feed.xml", r"<published>[^<]*</published>", "<published>2026-11-20</published>"),
     "dateTime"),
    ("xml: a listing's Atom feed without its title", "xml",
     lambda s: edit(sorted((s / "departments").rglob("feed.xml"))[0], r"\n  <title>[^<]*</title>", ""), "Relax-NG"),
    ("ical: an event on another day than the job closes", "ical",
     lambda s: edit(s / "deadlines.ics", r"DTSTART;VALUE=DATE:(\d{4})", "DTSTART;VALUE=DATE:1999"), "the job closes"),
    ("ical: a calendar without its VERSION", "ical",
     lambda s: edit(s / "deadlines.ics", r"VERSION:2.0\r\n", ""), "VERSION"),
    ("jobsjson: employment_type outside the schema's list", "jobsjson",
     lambda s: edit(s / "jobs.json", r'"employment_type": "[a-z_]+"', '"employment_type": "fulltime"'), "employment_type"),
    ("jobsjson: a job without its id", "jobsjson",
     lambda s: edit(s / "jobs.json", r'\n *"id": "[^"]*",', ""), "'id' is a required property"),
    ("jobsjson: count that is a string", "jobsjson",
     lambda s: edit(s / "jobs.json", r'"count": (\d+)', r'"count": "\1"'), "/count"),
    ("hreflang: an alternate that does not name the page back", "hreflang", one_sided_hreflang, "no hreflang links back"),
    ("xml: robots.txt without the sitemap", "xml",
     lambda s: edit(s / "robots.txt", r"Sitemap: [^\n]*\n", ""), "does not name sitemap.xml"),
]


def main(good_site):
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="verify-selftest-") as tmp:
        for number, (name, check, breaks, expect) in enumerate(CASES):
            copy = Path(tmp) / str(number)
            shutil.copytree(good_site, copy)
            breaks(copy)
            site = Site(copy)
            started = time.monotonic()
            with site:
                problems = checks.check_axe(site, ["index.html"]) if check == "axe" else checks.CHECKS[check](site)
            took = time.monotonic() - started
            if any(expect in p for p in problems):
                passed += 1
                print(f"selftest: ok      {name} ({len(problems)} problem(s), {took:.1f} s)")
            else:
                failed += 1
                print(f"selftest: MISSED  {name}: expected a problem with {expect!r}; got {problems[:5]}")
    print(f"selftest: {passed} passed, {failed} failed")
    return 1 if failed else 0
