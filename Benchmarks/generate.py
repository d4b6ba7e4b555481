#!/usr/bin/env python3
"""Deterministic generator of realistic Openings sites for the benchmarks (issue 4).

    generate.py N OUT_DIR [--seed S] [--hugo]
    generate.py --twin SITE_DIR HUGO_DIR [--plain]

The first form writes OUT_DIR/Content/ in the Openings content model:

    site.yml, bands.yml            site settings and ~20 salary bands in 6 currencies
    interview/<dept-slug>.md       one How We Interview process per department (12)
    pages/benefits.md              the page postings link to
    jobs/<dept-slug>/<slug>.md     N postings

Everything comes from seeded random number generators; posting i depends only on
(seed, i) and on the slugs of postings 0..i-1, so the corpus for N is a prefix of
the corpus for any larger N, and two runs with the same N and seed write
byte-identical files. Python standard library only.

`--hugo` also writes OUT_DIR/hugo/, a Hugo project that renders the SAME files
(mounted, not copied) with the layouts in Benchmarks/hugo-site/, and OUT_DIR/hugo-plain/,
the same with the plain layouts in Benchmarks/hugo-site-plain/. `--twin` does only
one of them (`--plain`: the plain one) for an existing site, e.g. a corpus generated
by someone else.

Closing dates are relative to the benchmark build date 2026-11-28 (use
SOURCE_DATE_EPOCH=1795824000): about 5% of the postings are closed on that date.
About 2% are drafts.
"""

import argparse
import datetime
import json
import os
import random
import re
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD_DATE = "2026-11-28"
ISO_3166_2 = "/usr/share/iso-codes/json/iso_3166-2.json"
ISO_3166_1 = "/usr/share/iso-codes/json/iso_3166-1.json"

COMPANY = "Larkspur Systems"
DOMAIN = "larkspur.example"

# ---------------------------------------------------------------------------
# Places. Every (country, region) pair is checked against iso-codes at start-up.

CITIES = [
    # city, region, country, currency, weight
    ("Denver", "CO", "US", "USD", 6),
    ("New York", "NY", "US", "USD", 8),
    ("San Francisco", "CA", "US", "USD", 7),
    ("Seattle", "WA", "US", "USD", 5),
    ("Austin", "TX", "US", "USD", 4),
    ("Boston", "MA", "US", "USD", 3),
    ("Chicago", "IL", "US", "USD", 3),
    ("Toronto", "ON", "CA", "CAD", 5),
    ("Vancouver", "BC", "CA", "CAD", 3),
    ("Montréal", "QC", "CA", "CAD", 2),
    ("London", "LND", "GB", "GBP", 7),
    ("Manchester", "MAN", "GB", "GBP", 2),
    ("Edinburgh", "EDH", "GB", "GBP", 2),
    ("Berlin", "BE", "DE", "EUR", 5),
    ("Munich", "BY", "DE", "EUR", 2),
    ("Hamburg", "HH", "DE", "EUR", 2),
    ("Amsterdam", "NH", "NL", "EUR", 4),
    ("Paris", "75", "FR", "EUR", 3),
    ("Dublin", "D", "IE", "EUR", 3),
    ("Madrid", "MD", "ES", "EUR", 2),
    ("Barcelona", "CT", "ES", "EUR", 2),
    ("Lisbon", "11", "PT", "EUR", 1),
    ("Vienna", "9", "AT", "EUR", 1),
    ("Stockholm", "AB", "SE", "SEK", 1),
    ("Oslo", "03", "NO", "NOK", 1),
    ("Warsaw", "14", "PL", "PLN", 2),
    ("Zürich", "ZH", "CH", "CHF", 1),
    ("Sydney", "NSW", "AU", "AUD", 2),
    ("Melbourne", "VIC", "AU", "AUD", 1),
    ("Singapore", "01", "SG", "SGD", 1),
]
CITY_WEIGHTS = [c[4] for c in CITIES]

REMOTE_GROUPS = [
    ["US"], ["US", "CA"], ["CA"], ["GB"], ["GB", "IE"], ["DE", "NL", "FR", "ES", "PT", "IE"],
    ["DE", "AT", "CH"], ["NL", "DE"], ["US", "CA", "GB"], ["PL", "DE", "NL"], ["AU"],
    ["SE", "NO", "DK", "FI"], ["ES", "PT"], ["FR"], ["US"], ["GB"],
]
# Currency of pay for a remote posting: the first country's.
COUNTRY_CURRENCY = {
    "US": "USD", "CA": "CAD", "GB": "GBP", "IE": "EUR", "DE": "EUR", "NL": "EUR", "FR": "EUR",
    "ES": "EUR", "PT": "EUR", "AT": "EUR", "CH": "CHF", "PL": "PLN", "AU": "AUD", "SE": "SEK",
    "NO": "NOK", "DK": "DKK", "FI": "EUR", "SG": "SGD",
}
# Rough yearly base-pay multiplier against USD, and the rounding step.
CURRENCY_SCALE = {
    "USD": (1.00, 1000), "CAD": (1.05, 1000), "GBP": (0.62, 1000), "EUR": (0.72, 1000),
    "CHF": (0.95, 1000), "PLN": (1.90, 1000), "AUD": (1.15, 1000), "SEK": (6.80, 5000),
    "NOK": (7.00, 5000), "DKK": (5.20, 5000), "SGD": (1.05, 1000),
}

# ---------------------------------------------------------------------------
# Departments

DEPARTMENTS = [
    # name, slug, id prefix, pay family, base USD (mid level), roles, specialties, tags
    ("Engineering", "engineering", "ENG", "eng", 150000,
     ["Backend Engineer", "Frontend Engineer", "Full-Stack Engineer", "Android Engineer",
      "iOS Engineer", "Site Reliability Engineer", "Platform Engineer", "Software Engineer",
      "Engineering Manager", "QA Engineer", "Developer Experience Engineer"],
     ["Payments", "Scheduling", "Integrations", "Search", "Mobile", "Infrastructure",
      "Identity", "Billing", "Notifications", "Developer Tools", "Reporting"],
     ["go", "swift", "kotlin", "typescript", "react", "postgres", "kubernetes", "aws",
      "terraform", "distributed-systems", "api-design", "testing", "observability"]),
    ("Product", "product", "PROD", "product", 145000,
     ["Product Manager", "Technical Product Manager", "Product Analyst", "Product Operations Manager",
      "Group Product Manager"],
     ["Growth", "Payments", "Platform", "Mobile", "Enterprise", "Onboarding", "Analytics"],
     ["roadmaps", "discovery", "b2b-saas", "analytics", "experimentation", "strategy"]),
    ("Design", "design", "DES", "design", 130000,
     ["Product Designer", "UX Researcher", "Content Designer", "Design Systems Designer",
      "Brand Designer", "Accessibility Specialist"],
     ["Mobile", "Web Platform", "Onboarding", "Design Systems", "Enterprise"],
     ["figma", "user-research", "accessibility", "prototyping", "design-systems", "ux-writing"]),
    ("Data", "data", "DATA", "data", 145000,
     ["Data Engineer", "Data Scientist", "Analytics Engineer", "Machine Learning Engineer",
      "Data Analyst"],
     ["Forecasting", "Experimentation", "Platform", "Revenue", "Risk"],
     ["python", "sql", "dbt", "spark", "airflow", "statistics", "machine-learning"]),
    ("Security", "security", "SEC", "eng", 160000,
     ["Security Engineer", "Application Security Engineer", "Detection Engineer",
      "GRC Analyst", "Security Operations Analyst"],
     ["Cloud", "Product Security", "Identity", "Compliance"],
     ["appsec", "soc2", "iso27001", "threat-modeling", "incident-response", "cloud-security"]),
    ("Customer Success", "customer-success", "CS", "cs", 85000,
     ["Customer Success Manager", "Implementation Specialist", "Support Specialist",
      "Technical Account Manager", "Onboarding Specialist", "Support Team Lead"],
     ["Enterprise", "Mid-Market", "Public Sector", "EMEA", "APAC"],
     ["customer-success", "support", "onboarding", "zendesk", "renewals", "saas"]),
    ("Sales", "sales", "SALES", "sales", 110000,
     ["Account Executive", "Sales Development Representative", "Solutions Engineer",
      "Sales Manager", "Partnerships Manager", "Revenue Operations Analyst"],
     ["Enterprise", "Mid-Market", "Public Sector", "Healthcare", "EMEA", "North America"],
     ["b2b-sales", "salesforce", "pipeline", "negotiation", "partnerships", "quota"]),
    ("Marketing", "marketing", "MKT", "marketing", 105000,
     ["Product Marketing Manager", "Content Marketing Manager", "Demand Generation Manager",
      "Lifecycle Marketing Manager", "Brand Manager", "Marketing Operations Specialist"],
     ["Enterprise", "Developer", "Lifecycle", "Events", "Brand"],
     ["content", "seo", "campaigns", "hubspot", "positioning", "events"]),
    ("People Operations", "people-operations", "PEOPLE", "people", 95000,
     ["People Partner", "Talent Acquisition Partner", "People Operations Generalist",
      "Learning and Development Partner", "Total Rewards Analyst", "Recruiting Coordinator"],
     ["Engineering", "Go-to-Market", "EMEA", "North America"],
     ["recruiting", "hr", "employee-relations", "compensation", "learning", "hris"]),
    ("Finance", "finance", "FIN", "finance", 110000,
     ["Accountant", "Financial Analyst", "Payroll Specialist", "Revenue Accountant",
      "FP&A Manager", "Accounts Payable Specialist", "Tax Manager"],
     ["Revenue", "Corporate", "International", "Strategic Finance"],
     ["accounting", "gaap", "ifrs", "netsuite", "fp-and-a", "payroll", "audit"]),
    ("Legal", "legal", "LEGAL", "legal", 150000,
     ["Commercial Counsel", "Privacy Counsel", "Legal Operations Manager", "Paralegal",
      "Compliance Manager"],
     ["Commercial", "Privacy", "Employment", "Regulatory"],
     ["contracts", "gdpr", "privacy", "compliance", "negotiation"]),
    ("Operations", "operations", "OPS", "ops", 90000,
     ["Business Operations Analyst", "Workplace Coordinator", "IT Support Specialist",
      "Procurement Manager", "Office Manager", "Program Manager"],
     ["IT", "Workplace", "Procurement", "Strategy"],
     ["operations", "it", "procurement", "vendor-management", "process-improvement"]),
]

LEVELS = [
    # title prefix, level text, pay multiplier, weight, band level
    ("Junior ", "Junior (L1)", 0.70, 6, 1),
    ("", "Mid (L2)", 0.85, 22, 2),
    ("", "Mid/Senior (L3)", 1.00, 22, 3),
    ("Senior ", "Senior (L4)", 1.18, 26, 4),
    ("Staff ", "Staff (L5)", 1.40, 10, 5),
    ("Principal ", "Principal (L6)", 1.65, 4, 6),
    ("Lead ", "Lead (L5)", 1.35, 6, 5),
    ("Head of ", "Director", 1.80, 4, 7),
]

EMPLOYMENT = [("full_time", 80), ("part_time", 6), ("contract", 8), ("temporary", 3), ("intern", 3)]
WORKPLACE = [("onsite", 35), ("hybrid", 40), ("remote", 25)]

# ~20 named bands: family, level, currency (yearly) plus two hourly bands.
BAND_SPECS = [
    ("eng", 2, "USD"), ("eng", 3, "USD"), ("eng", 4, "USD"), ("eng", 5, "USD"),
    ("eng", 3, "EUR"), ("eng", 4, "EUR"), ("eng", 4, "GBP"), ("eng", 5, "GBP"),
    ("eng", 4, "CAD"), ("product", 3, "USD"), ("product", 4, "USD"), ("product", 4, "EUR"),
    ("design", 3, "USD"), ("design", 4, "GBP"), ("data", 4, "USD"), ("data", 3, "EUR"),
    ("cs", 2, "USD"), ("cs", 2, "CAD"), ("sales", 3, "USD"), ("people", 3, "USD"),
    ("finance", 3, "EUR"), ("marketing", 3, "AUD"),
]
FAMILY_BASE = {d[3]: d[4] for d in DEPARTMENTS}
LEVEL_MULT = {1: 0.70, 2: 0.85, 3: 1.00, 4: 1.18, 5: 1.40, 6: 1.65, 7: 1.80}
FAMILY_LABEL = {"eng": "Engineering", "product": "Product", "design": "Design", "data": "Data",
                "cs": "Customer Success", "sales": "Sales", "people": "People",
                "finance": "Finance", "marketing": "Marketing", "legal": "Legal", "ops": "Operations"}
CURRENCY_REGION = {"USD": "us", "EUR": "eu", "GBP": "uk", "CAD": "ca", "AUD": "au"}


def round_to(x, step):
    return int(round(x / step)) * step


def band_range(family, level, currency):
    scale, step = CURRENCY_SCALE[currency]
    mid = FAMILY_BASE[family] * LEVEL_MULT[level] * scale
    return round_to(mid * 0.86, step), round_to(mid * 1.14, step)


def build_bands():
    bands = {}
    for family, level, currency in BAND_SPECS:
        name = "%s-l%d-%s" % (family, level, CURRENCY_REGION[currency])
        lo, hi = band_range(family, level, currency)
        label = "%s L%d (%s)" % (FAMILY_LABEL[family], level, CURRENCY_REGION[currency].upper())
        bands[name] = dict(min=lo, max=hi, currency=currency, period="year", label=label)
    bands["support-hourly-us"] = dict(min=26, max=32, currency="USD", period="hour", label=None)
    bands["support-hourly-gb"] = dict(min=15.5, max=19.25, currency="GBP", period="hour",
                                      label="Support hourly (UK)")
    return bands


# ---------------------------------------------------------------------------
# Word and sentence banks. Sentences are templates over slot banks, so bodies
# differ from posting to posting while reading like real job ads.

PRODUCTS = ["the scheduling platform", "our billing engine", "the mobile app", "the partner API",
            "the analytics dashboards", "our identity service", "the onboarding flow",
            "the reporting pipeline", "the admin console", "our notification service",
            "the marketplace", "the customer portal", "our search index", "the data warehouse",
            "the integrations hub", "our public website", "the payments ledger"]
CUSTOMERS = ["clinics", "logistics companies", "city councils", "independent retailers",
             "school districts", "home-care agencies", "restaurants", "field-service teams",
             "non-profits", "regional banks", "manufacturers", "universities", "hotel groups",
             "construction firms", "public libraries"]
OUTCOMES = ["fewer missed appointments", "faster month-end closes", "shorter support queues",
            "happier customers", "less manual data entry", "more reliable deliveries",
            "clearer reporting", "fewer incidents", "quicker onboarding", "better decisions",
            "lower costs", "higher retention", "more time for the work that matters"]
VERBS = ["own", "design", "build", "improve", "scale", "simplify", "measure", "shape", "lead",
         "maintain", "rethink", "document", "support", "launch", "untangle", "harden",
         "prototype", "evolve", "automate", "review"]
OBJECTS = ["the roadmap for {product}", "key parts of {product}", "the way we test {product}",
           "our quarterly planning process", "the migration of {product} to a new architecture",
           "a small but critical part of {product}", "how {customers} get started with us",
           "the metrics we use to judge success", "our playbooks for {customers}",
           "the hand-off between sales and onboarding", "the documentation for {product}",
           "experiments that change how {customers} work", "incident reviews and follow-ups",
           "the feedback loop between support and engineering",
           "a backlog of long-standing customer requests"]
TAILS = ["with a small, senior team", "together with design and product",
         "in close partnership with our customers", "from the first sketch to the last bug fix",
         "so that {customers} see {outcomes}", "without breaking what already works",
         "one careful release at a time", "across three time zones",
         "while keeping the on-call load humane", "with real autonomy and clear goals",
         "alongside people who care about craft", "and tell us what we got wrong"]
QUALITIES = ["clear written communication", "good judgement under ambiguity",
             "curiosity about how things work", "a habit of writing things down",
             "patience with messy, real-world data", "empathy for the people who use our tools",
             "comfort with changing priorities", "an eye for detail",
             "the ability to explain trade-offs to non-specialists",
             "a bias for shipping small, reversible changes", "a sense of humour"]
YEARS = ["two", "three", "four", "five", "six", "eight"]
ADJECTIVES = ["thoughtful", "pragmatic", "kind", "rigorous", "steady", "curious", "generous",
              "patient", "ambitious", "calm", "direct", "collaborative"]
CITY_NOTES = ["near the river", "in a converted warehouse", "close to the central station",
              "above a very good bakery", "two floors up from a bike shop",
              "in a building we share with a design studio", "a short walk from the tram"]
LINK_TARGETS = [
    ("our engineering blog", "https://engineering.%s/" % DOMAIN),
    ("the benefits page", "https://careers.%s/benefits/" % DOMAIN),
    ("our public handbook", "https://handbook.%s/" % DOMAIN),
    ("the product documentation", "https://docs.%s/" % DOMAIN),
    ("our latest annual report", "https://%s/annual-report-2025" % DOMAIN),
    ("how we write job descriptions", "https://handbook.%s/hiring/job-descriptions" % DOMAIN),
    ("our values", "https://%s/about/values" % DOMAIN),
    ("the status page", "https://status.%s/" % DOMAIN),
    ("our open-source work", "https://github.com/larkspur-systems"),
    ("the remote-work guide", "https://handbook.%s/remote" % DOMAIN),
    ("a talk the team gave last year", "https://www.youtube.com/watch?v=larkspur2025"),
]

ABOUT_TEMPLATES = [
    "{company} makes software for {customers}. Every week, thousands of people use {product} to get through work that used to take a stack of paper and a very long afternoon.",
    "We started {company} because {customers} deserved tools as good as the ones big companies buy. Today {product} handles millions of records a month, and it is still growing.",
    "Our customers are {customers}, and they don't have time for software that gets in the way. We build {product} so they can spend that time on {outcomes_plain}.",
    "At {company}, the {team} team is responsible for {product}. It's a part of the product that {customers} rely on every day, often without noticing it, which is exactly how it should be.",
    "We're a company of about {headcount} people spread across {offices} offices and a lot of kitchen tables. We care about **doing fewer things well** and about leaving every system a little better than we found it.",
    "This is a new role. Until now, work on {product} has been shared between two teams, and it deserves someone who can give it their *full attention*.",
    "In the last year we've doubled the number of {customers} we work with. That's good news, and it also means {product} has to grow up quickly.",
]
ROLE_TEMPLATES = [
    "We're hiring a **{title}** to join the {team} team{where}. You'll {verb} {object} {tail}.",
    "As our new **{title}**, you'll {verb} {object}, and you'll have a real say in what we build next.",
    "The {team} team is {size} people: {mix}. As a **{title}** you'll {verb} {object} {tail}.",
    "You'll join us as a **{title}**{where}, reporting to {reports}. In your first months you'll {verb} {object}.",
]
PARA_TEMPLATES = [
    "You'll {verb} {object} {tail}. Most weeks involve a mix of deep, focused work and short conversations with the people who depend on it.",
    "We measure success by outcomes, not hours: {outcomes}, fewer surprises and a team that trusts its own tools.",
    "We're honest about the hard parts. {product_cap} carries some history, and part of the job is deciding what to keep, what to rewrite and what to leave alone.",
    "The team works in {cadence} cycles, writes short design notes before big changes and reviews them asynchronously, so no one has to be in every meeting.",
    "You won't be on your own. You'll pair with {adj} colleagues in your first weeks, and you'll have a named onboarding buddy who has done the job before.",
    "We don't expect you to know our domain on day one. We do expect {quality} and a willingness to ask \"why\" more than once.",
    "Our {office_city} office is {city_note}; people come in when it helps the work, and we meet as a whole team {meetups}.",
    "If you want to see how we think, read {link}. It's where we explain the decisions we're proud of -- and a few we'd make differently now.",
    "Here's what a typical week might look like: a planning session on Monday, two or three days of focused work, a demo on Thursday and a short written update on Friday.",
    "We use {tools}, but we're not precious about tools. If you know a better way, we'd like to hear it.",
    "{company} is profitable and growing steadily. We'd rather build something that lasts than something that looks good in a pitch deck.",
    "Candidates often ask about on-call. {oncall}",
    "Part of this role is *teaching*: the {team} team shares what it learns through internal talks, written guides and the occasional lunch-and-learn.",
]
DO_TEMPLATES = [
    "{verb_cap} {object} {tail}.",
    "Work with {customers} to understand what slows them down, and turn that into concrete improvements.",
    "Write clear proposals for significant changes and review proposals from others.",
    "Pair with colleagues across product, design and support to ship changes end to end.",
    "Keep {product} healthy: watch the metrics, triage issues and fix the root causes.",
    "Help hire and onboard new teammates as the {team} team grows.",
    "Run small experiments, measure the results honestly and share what you learn.",
    "Improve our documentation so the next person finds answers faster than you did.",
    "Take part in planning, and push back when a plan doesn't add up.",
    "{verb_cap} the tooling behind {product} so routine work takes minutes, not days.",
    "Represent the {team} team in cross-team reviews and incident retrospectives.",
    "Mentor {adj} colleagues and learn from them in return.",
    "Own a quarterly goal from start to finish, including the parts nobody enjoys.",
    "Visit {customers} (in person or on video) at least once a quarter.",
]
BRING_TEMPLATES = [
    "At least {years} years of experience as a {role_lower} or in a closely related role.",
    "Hands-on experience with {skill} and {skill2}.",
    "Experience with {skill}; we'll help you learn {skill2} if you haven't used it.",
    "{quality_cap}, and {quality2}.",
    "A track record of shipping work that people actually use.",
    "Comfort working with people in different time zones, mostly in writing.",
    "Fluency in English; another language spoken by our customers is a plus.",
    "Experience working with {customers} or a similar audience.",
    "The judgement to know when *good enough* is good enough, and when it isn't.",
    "Examples of work you're proud of, and stories about what you learned from the rest.",
    "A willingness to pick up unfamiliar parts of the stack when the team needs it.",
]
NICE_TEMPLATES = [
    "Experience with {skill}.",
    "You've worked at a company of fewer than {headcount} people.",
    "You've written or spoken publicly about your work.",
    "Experience in a regulated industry.",
    "You've contributed to an open-source project, however small.",
    "Familiarity with {skill2} or a similar tool.",
    "You've mentored someone through their first year in the job.",
]
TEAM_TEMPLATES = [
    "The {team} team is {size} people who value {quality} and {quality2}. We write things down, we ask for help early, and we celebrate boring, uneventful releases.",
    "You'll work most closely with a product manager, a designer and {size} {role_plural}. Decisions are made in the open, usually in a short written proposal that anyone can comment on.",
    "We're a {adj} and {adj2} group. Some of us have been here for years, some joined last month, and everyone's opinion counts the same in a design review.",
    "Our team keeps core hours from 10:00 to 15:00 in {office_city} time. Outside those hours you plan your day the way that works for you and your family.",
]
PAY_TEMPLATES = [
    "The range shown is the base pay for this role. We share the full range in the first conversation, and we never ask about your salary history. See {link} for the details of our benefits.",
    "Pay depends on experience and location, within the range above. Beyond base pay we offer {benefit_a} and {benefit_b}; {link} has the full list.",
    "We publish ranges because we think you should know them before you spend time interviewing. Read {link} to learn how we set and review pay.",
]
CLOSING = [
    "*{company} is an equal opportunity employer. If you need an accommodation at any stage, tell us and we'll make it happen.*",
    "*Not sure you meet every requirement? Apply anyway — we'd rather hear from you than not.*",
    "*We welcome applications from people of every background, and we especially encourage those from groups under-represented in our industry.*",
    "*Questions about the role? Write to [jobs@%s](mailto:jobs@%s) and a real person will reply.*" % (DOMAIN, DOMAIN),
]
ONCALL = ["There is a rotation, one week in eight, and incidents are rare enough that most weeks are quiet.",
          "This role has no on-call duties.",
          "The team shares a business-hours rotation; nights and weekends are covered by a dedicated group.",
          "You'll join the rotation after three months, shadowing someone experienced first."]
CADENCES = ["two-week", "six-week", "monthly", "quarterly"]
MEETUPS = ["twice a year", "every quarter", "once a year at an offsite", "for planning every six weeks"]
SIZES = ["four", "five", "six", "seven", "eight", "nine", "eleven", "twelve"]
TOOLS = ["Linear, Notion and Slack", "GitHub, Figma and a lot of shared documents",
         "Jira and Confluence", "Google Workspace and Slack", "Notion, Loom and Slack",
         "Salesforce, Gong and Slack", "Zendesk, Looker and Slack"]
SECTION_TITLES = {
    "about": ["About the role", "About the job", "The role", "Why this role exists", "What this role is"],
    "do": ["What you'll do", "What you will work on", "Your responsibilities", "In this role you will",
           "Day to day"],
    "bring": ["What you'll bring", "What we're looking for", "About you", "Requirements",
              "You might be a fit if"],
    "nice": ["Nice to have", "Bonus points", "It would be great if", "Also helpful"],
    "team": ["About the team", "How we work", "Who you'll work with", "Life on the team"],
    "pay": ["Pay and benefits", "Compensation", "What we offer", "Pay, benefits and perks"],
    "extra": ["The first ninety days", "What success looks like", "Why now", "Growth and learning"],
}

BENEFITS = {
    "US": ["Medical, dental and vision insurance from day one", "401(k) with a 4% match",
           "Flexible paid time off with a 20-day minimum", "16 weeks of paid parental leave",
           "$1,500 yearly learning budget", "Home-office stipend", "Commuter benefits", "Equity",
           "Annual wellbeing allowance", "Life and disability insurance"],
    "CA": ["Extended health and dental coverage", "RRSP matching up to 4%",
           "25 days of paid vacation plus statutory holidays", "Parental leave top-up",
           "$1,500 CAD learning budget", "Equity", "Wellness spending account"],
    "EU": ["30 days of paid holiday", "Pension contribution", "Public transport pass",
           "Learning budget of €1,200 per year", "Equity", "Home-office setup budget",
           "Sabbatical after five years", "Language classes", "Bike leasing"],
    "GB": ["28 days of holiday plus bank holidays", "Private medical insurance",
           "Pension with 6% employer contribution", "Cycle-to-work scheme", "Equity",
           "£1,000 yearly learning budget", "Enhanced parental leave"],
    "AU": ["Superannuation above the guarantee", "Four weeks of annual leave plus a wellbeing day",
           "Private health insurance contribution", "Equity", "Learning budget"],
    "OTHER": ["Generous paid leave", "Health insurance", "Learning budget", "Equity",
              "Home-office stipend", "Flexible hours"],
}
EU_COUNTRIES = {"DE", "NL", "FR", "IE", "ES", "PT", "AT", "SE", "NO", "DK", "FI", "PL", "CH"}

INTERVIEW_STAGES = [
    ("Recruiter conversation", ["30 min", "20 min", "45 min"], ["video", "phone"],
     ["motivation", "role logistics", "salary expectations", "questions about {company}"]),
    ("Hiring manager conversation", ["45 min", "60 min"], ["video"],
     ["experience", "how you like to work", "growth goals", "mutual fit"]),
    ("Skills conversation", ["60 min", "75 min"], ["video", "onsite"],
     ["how you reason about problems", "trade-offs in past work", "communication"]),
    ("Practical exercise", ["90 min", "2 hours"], ["pair session", "take-home", "live exercise"],
     ["craft", "working with unfamiliar material", "collaboration", "testing habits"]),
    ("Case study presentation", ["60 min"], ["panel", "video"],
     ["structured thinking", "presenting to stakeholders", "prioritisation"]),
    ("Team panel", ["2 × 45 min", "90 min"], ["panel"],
     ["working across teams", "giving and receiving feedback", "judgement"]),
    ("Values conversation", ["45 min"], ["video", "onsite"],
     ["how you handle disagreement", "ownership", "kindness under pressure"]),
    ("References", ["—"], ["email"], ["past collaboration", "reliability"]),
]


# ---------------------------------------------------------------------------
# YAML helpers: quote whenever a plain scalar could be read as something else.

YAML_SPECIAL = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}
PLAIN_OK = re.compile(r"^[A-Za-z][A-Za-z0-9 ._/()'&,+-]*$")


def q(s, flow=False):
    s = str(s)
    if PLAIN_OK.match(s) and s.lower() not in YAML_SPECIAL and not s.endswith(" ") \
            and ": " not in s and " #" not in s and not (flow and "," in s):
        return s
    return json.dumps(s, ensure_ascii=False)


def yaml_list_inline(items):
    return "[" + ", ".join(q(x, flow=True) for x in items) + "]"


def number(x):
    return str(int(x)) if float(x).is_integer() else ("%.2f" % x).rstrip("0")


# ---------------------------------------------------------------------------
# Text

def slugify(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s.replace("&", " and ")).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s


def wrap(text, width=78):
    """Wrap a paragraph at spaces, never inside a link or an emphasis span."""
    out, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        out.append(line)
    # A line starting with "- ", "+ ", "1. " or "#" would change the Markdown structure.
    fixed = [out[0]]
    for l in out[1:]:
        if re.match(r"^([-+*] |\d+[.)] |#|>)", l):
            fixed[-1] = fixed[-1] + " " + l
        else:
            fixed.append(l)
    return "\n".join(fixed)


class Writer:
    def __init__(self, rng, job):
        self.rng = rng
        self.job = job

    def pick(self, seq):
        return self.rng.choice(seq)

    def link(self):
        text, url = self.pick(LINK_TARGETS)
        return "[%s](%s)" % (text, url)

    def fill(self, template):
        r, j = self.rng, self.job
        values = {
            "company": COMPANY,
            "product": self.pick(PRODUCTS),
            "customers": self.pick(CUSTOMERS),
            "outcomes": self.pick(OUTCOMES),
            "outcomes_plain": self.pick(OUTCOMES),
            "team": j["team"],
            "title": j["title"],
            "role_lower": j["role"].lower(),
            "role_plural": j["role"].lower() + "s",
            "reports": j.get("reports_to") or "the team lead",
            "where": (" in %s" % j["office_city"]) if j["workplace"] != "remote" else ", working remotely",
            "headcount": str(r.choice([180, 240, 320, 450, 600, 900])),
            "offices": self.pick(["three", "four", "five", "six"]),
            "size": self.pick(SIZES),
            "mix": self.pick(["engineers, a designer and a product manager",
                              "specialists from four countries", "a mix of veterans and new hires",
                              "two managers and a handful of individual contributors"]),
            "verb": self.pick(VERBS),
            "object": "",
            "tail": self.pick(TAILS),
            "quality": self.pick(QUALITIES),
            "quality2": self.pick(QUALITIES),
            "adj": self.pick(ADJECTIVES),
            "adj2": self.pick(ADJECTIVES),
            "cadence": self.pick(CADENCES),
            "meetups": self.pick(MEETUPS),
            "tools": self.pick(TOOLS),
            "office_city": j["office_city"],
            "city_note": self.pick(CITY_NOTES),
            "link": self.link(),
            "years": self.pick(YEARS),
            "skill": "", "skill2": "",
            "oncall": self.pick(ONCALL),
            "benefit_a": self.pick(BENEFITS["OTHER"]).lower(),
            "benefit_b": self.pick(BENEFITS["OTHER"]).lower(),
        }
        s1, s2 = r.sample(j["skills"], 2)
        if j["dept_slug"] in ("engineering", "data", "security") and r.random() < 0.4:
            s1 = "`%s`" % s1
        values["skill"], values["skill2"] = s1, s2
        values["object"] = self.pick(OBJECTS).format(**values)
        values["tail"] = values["tail"].format(**values)
        values["product_cap"] = values["product"][0].upper() + values["product"][1:]
        values["verb_cap"] = values["verb"].capitalize()
        values["quality_cap"] = values["quality"][0].upper() + values["quality"][1:]
        return template.format(**values)

    def para(self, templates, n):
        return wrap(" ".join(self.fill(t) for t in self.rng.sample(templates, n)))

    def bullets(self, templates, n):
        chosen = self.rng.sample(templates, min(n, len(templates)))
        items = []
        for t in chosen:
            text = self.fill(t)
            if self.rng.random() < 0.12:
                text = text.rstrip(".") + " (see %s)." % self.link()
            items.append("- " + wrap(text, 76).replace("\n", "\n  "))
        return "\n".join(items)

    def body(self, target_words):
        r = self.rng
        parts = []

        def heading(kind):
            parts.append("## " + self.pick(SECTION_TITLES[kind]))

        heading("about")
        parts.append(self.para(ABOUT_TEMPLATES, r.randint(2, 3)))
        parts.append(self.para(ROLE_TEMPLATES, r.randint(1, 2)))
        heading("do")
        parts.append(self.bullets(DO_TEMPLATES, r.randint(4, 8)))
        heading("bring")
        parts.append(self.bullets(BRING_TEMPLATES, r.randint(4, 7)))
        if r.random() < 0.6:
            heading("nice")
            parts.append(self.bullets(NICE_TEMPLATES, r.randint(2, 4)))
        heading("team")
        parts.append(self.para(TEAM_TEMPLATES, r.randint(1, 2)))
        # Grow the body with extra sections until it reaches the target length.
        def words():
            return sum(len(p.split()) for p in parts) + 60
        extra = 0
        while words() < target_words:
            if extra % 3 == 0:
                heading("extra")
            parts.append(self.para(PARA_TEMPLATES, r.randint(2, 4)))
            if r.random() < 0.25:
                parts.append(self.bullets(DO_TEMPLATES, r.randint(3, 5)))
            extra += 1
        heading("pay")
        parts.append(self.para(PAY_TEMPLATES, 1))
        parts.append(self.pick(CLOSING).format(company=COMPANY))
        return "\n\n".join(parts) + "\n"


# ---------------------------------------------------------------------------

def load_iso():
    regions = countries = None
    if os.path.exists(ISO_3166_2):
        with open(ISO_3166_2, encoding="utf-8") as f:
            regions = {e["code"] for e in json.load(f)["3166-2"]}
    if os.path.exists(ISO_3166_1):
        with open(ISO_3166_1, encoding="utf-8") as f:
            countries = {e["alpha_2"]: e.get("common_name", e["name"]) for e in json.load(f)["3166-1"]}
    return regions, countries


def check_codes():
    regions, countries = load_iso()
    if regions is None:
        print("generate.py: warning: %s missing; region codes not checked" % ISO_3166_2, file=sys.stderr)
        return
    bad = ["%s-%s" % (c[2], c[1]) for c in CITIES if "%s-%s" % (c[2], c[1]) not in regions]
    all_remote = {c for g in REMOTE_GROUPS for c in g}
    bad += [c for c in sorted(all_remote) if countries is not None and c not in countries]
    if bad:
        sys.exit("generate.py: unknown ISO codes: %s" % ", ".join(bad))


def weighted(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def date_str(day_of_year, year):
    return (datetime.date(year, 1, 1) + datetime.timedelta(days=day_of_year - 1)).isoformat()


def doy(s):
    return datetime.date.fromisoformat(s).timetuple().tm_yday


def make_job(seed, i, bands, used_slugs):
    rng = random.Random("%s:job:%d" % (seed, i))
    dept = rng.choices(DEPARTMENTS, weights=[14, 6, 5, 6, 3, 10, 12, 6, 5, 5, 3, 5])[0]
    name, dslug, prefix, family, base, roles, specs, skills = dept
    level = rng.choices(LEVELS, weights=[l[3] for l in LEVELS])[0]
    role = rng.choice(roles)
    employment = weighted(rng, EMPLOYMENT)
    if employment == "intern":
        level = LEVELS[0]
        title = "%s Intern" % role.replace("Manager", "").replace("Lead", "").strip()
    elif level[0] == "Head of ":
        title = "Head of %s" % rng.choice(specs)
    else:
        title = level[0] + role
    if rng.random() < 0.55 and employment != "intern":
        title += ", " + rng.choice(specs)
    if employment == "part_time" and rng.random() < 0.5:
        title += " (Part-time)"
    if employment == "contract" and rng.random() < 0.5:
        title += " (Contract)"

    workplace = weighted(rng, WORKPLACE)
    locations = []
    remote = []
    if workplace != "remote":
        n_loc = rng.choices([1, 2, 3], weights=[70, 22, 8])[0]
        while len(locations) < n_loc:
            c = rng.choices(CITIES, weights=CITY_WEIGHTS)[0]
            if c not in locations:
                locations.append(c)
        if workplace == "hybrid" and rng.random() < 0.4:
            remote = [locations[0][2]]
        currency = locations[0][3]
        office_city = locations[0][0]
    else:
        remote = list(rng.choice(REMOTE_GROUPS))
        currency = COUNTRY_CURRENCY[remote[0]]
        office_city = rng.choice(["London", "New York", "Berlin", "Toronto"])
        if rng.random() < 0.15:  # remote with a home office listed
            locations = [next(c for c in CITIES if c[0] == office_city)]

    base_slug = slugify(title + (" " + locations[0][0] if locations else " remote"))
    slug = base_slug
    k = 2
    while slug in used_slugs:
        slug = "%s-%d" % (base_slug, k)
        k += 1
    used_slugs.add(slug)

    posted_doy = rng.randint(1, doy("2026-11-27"))
    posted = date_str(posted_doy, 2026)
    if rng.random() < 0.05:  # already closed on the build date
        closes = date_str(rng.randint(posted_doy, doy("2026-11-27")), 2026)
    else:
        closes = date_str(rng.randint(1, 180), 2027)

    # Salary: a matching band when one exists, else an inline range; some have none.
    band_level = level[4]
    salary = None
    r = rng.random()
    if employment in ("part_time", "temporary") and dslug == "customer-success" and currency in ("USD", "GBP"):
        salary = {"band": "support-hourly-%s" % ("us" if currency == "USD" else "gb")}
    elif r < 0.9:
        region = CURRENCY_REGION.get(currency, "xx")
        band_name = "%s-l%d-%s" % (family, band_level, region)
        near = sorted((abs(int(b.split("-l")[1].split("-")[0]) - band_level), b) for b in bands
                      if b.startswith(family + "-l") and b.endswith("-" + region))
        if band_name in bands and rng.random() < 0.8:
            salary = {"band": band_name}
        elif near and near[0][0] <= 1 and rng.random() < 0.5:
            salary = {"band": near[0][1]}
        else:
            scale, step = CURRENCY_SCALE[currency]
            mid = base * level[2] * scale * rng.uniform(0.92, 1.08)
            if employment == "contract" and rng.random() < 0.5:
                salary = dict(min=round_to(mid / 1650, 5), max=round_to(mid / 1650 * 1.3, 5),
                              currency=currency, period="hour")
            elif employment == "intern":
                salary = dict(min=round_to(mid * 0.45 / 12, 100), max=round_to(mid * 0.55 / 12, 100),
                              currency=currency, period="month")
            else:
                lo = round_to(mid * 0.87, step)
                salary = dict(min=lo, max=max(lo, round_to(mid * 1.13, step)), currency=currency,
                              period="year")
            if rng.random() < 0.2:
                salary["label"] = "%s L%d" % (FAMILY_LABEL[family], band_level)

    country = locations[0][2] if locations else remote[0]
    pool = BENEFITS.get(country) or (BENEFITS["EU"] if country in EU_COUNTRIES else BENEFITS["OTHER"])
    benefits = rng.sample(pool, min(len(pool), rng.randint(3, 7))) if rng.random() < 0.85 else []
    tags = rng.sample(skills, min(len(skills), rng.randint(2, 6)))

    job = {
        "i": i, "title": title, "role": role, "id": "%s-%05d" % (prefix, i + 1), "slug": slug,
        "department": name, "dept_slug": dslug, "team": rng.choice(specs), "level": level[1],
        "employment_type": employment, "workplace": workplace, "locations": locations,
        "remote_countries": remote, "posted": posted, "closes": closes, "salary": salary,
        "benefits": benefits, "tags": tags, "skills": skills,
        "reports_to": ("%s Manager, %s" % (name if name != "People Operations" else "People",
                                           rng.choice(specs))) if rng.random() < 0.6 else None,
        "draft": rng.random() < 0.02, "office_city": office_city,
        "apply_url": ("mailto:jobs@%s?subject=%s" % (DOMAIN, "%s-%05d" % (prefix, i + 1)))
        if rng.random() < 0.03 else None,
    }
    target = int(rng.triangular(380, 1420, 780))
    job["body"] = Writer(rng, job).body(target)
    return job


def job_file(job):
    L = ["---", "title: " + q(job["title"]), "id: " + job["id"], "department: " + q(job["department"]),
         "level: " + q(job["level"]), "employment_type: " + job["employment_type"],
         "workplace: " + job["workplace"]]
    if job["locations"]:
        L.append("locations:")
        for city, region, country, _, _ in job["locations"]:
            L += ["  - city: " + q(city), "    region: " + q(region), "    country: " + q(country)]
    if job["remote_countries"]:
        L.append("remote_countries: " + yaml_list_inline(job["remote_countries"]))
    if job["reports_to"]:
        L.append("reports_to: " + q(job["reports_to"]))
    L += ["posted: " + job["posted"], "closes: " + job["closes"]]
    s = job["salary"]
    if s is not None:
        if "band" in s:
            L.append("salary: { band: %s }" % s["band"])
        else:
            L += ["salary:", "  min: " + number(s["min"]), "  max: " + number(s["max"]),
                  "  currency: " + s["currency"], "  period: " + s["period"]]
            if s.get("label"):
                L.append("  label: " + q(s["label"]))
    if job["benefits"]:
        L.append("benefits:")
        L += ["  - " + q(b) for b in job["benefits"]]
    L.append("tags: " + yaml_list_inline(job["tags"]))
    if job["apply_url"]:
        L.append("apply_url: " + q(job["apply_url"]))
    if job["draft"]:
        L.append("draft: true")
    L.append("---")
    return "\n".join(L) + "\n" + job["body"]


def interview_file(seed, dept):
    rng = random.Random("%s:interview:%s" % (seed, dept[1]))
    n = rng.randint(3, 5)
    first = INTERVIEW_STAGES[0]
    middle = rng.sample(INTERVIEW_STAGES[1:7], n - 1 - (1 if n >= 5 else 0))
    stages = [first] + middle + ([INTERVIEW_STAGES[7]] if n >= 5 else [])
    L = ["---", "title: " + q("How We Interview — %s" % dept[0]),
         "departments: " + yaml_list_inline([dept[0]]), "stages:"]
    for name, durations, formats, assesses in stages:
        picked = rng.sample(assesses, rng.randint(2, len(assesses)))
        L += ["  - name: " + q(name), "    duration: " + q(rng.choice(durations)),
              "    format: " + q(rng.choice(formats)),
              "    assesses: " + yaml_list_inline([a.format(company=COMPANY) for a in picked])]
    L.append("---")
    days = rng.choice(["five", "seven", "ten"])
    body = [
        "## What to expect",
        "",
        wrap("Our %s process has %d stages and takes about **%s hours of your time** in total, "
             "usually spread over two to three weeks. We don't do trick questions, and every "
             "exercise is something the team genuinely does at work." % (dept[0], n, rng.choice(["three", "four", "five"]))),
        "",
        "## Accommodations",
        "",
        wrap("Every stage can be adjusted: more time, captions, breaks, or an in-person instead "
             "of a video format. Write to [accommodations@%s](mailto:accommodations@%s) or tell "
             "your recruiter; you never need to explain why." % (DOMAIN, DOMAIN)),
        "",
        "## How we decide",
        "",
        wrap("Interviewers write their notes against a shared rubric *before* discussing you, "
             "and we aim to share a decision within **%s working days** of your last "
             "conversation." % days),
    ]
    return "\n".join(L) + "\n" + "\n".join(body) + "\n"


def site_file():
    return """# Generated by Benchmarks/generate.py
title: %(company)s Careers
description: "Open roles at %(company)s, where we build calm, reliable software for the people who keep cities running."
base_url: https://careers.%(domain)s/
language: en-US
organization:
  name: %(company)s
  url: https://%(domain)s
apply_url: "https://jobs.%(domain)s/apply?req={id}"
pay_transparency: off
interview_required: true
""" % {"company": COMPANY, "domain": DOMAIN}


def bands_file(bands):
    L = ["# Generated by Benchmarks/generate.py"]
    for name, b in bands.items():
        parts = ["min: " + number(b["min"]), "max: " + number(b["max"]),
                 "currency: " + b["currency"], "period: " + b["period"]]
        if b.get("label"):
            parts.append("label: " + q(b["label"], flow=True))
        L.append("%s: { %s }" % (name, ", ".join(parts)))
    return "\n".join(L) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(n, out, seed):
    check_codes()
    content = os.path.join(out, "Content")
    if os.path.exists(content):
        shutil.rmtree(content)
    bands = build_bands()
    write(os.path.join(content, "site.yml"), site_file())
    write(os.path.join(content, "bands.yml"), bands_file(bands))
    for dept in DEPARTMENTS:
        write(os.path.join(content, "interview", dept[1] + ".md"), interview_file(seed, dept))
    # Postings link to https://careers.<domain>/benefits/, and `check` follows links to
    # the site's own address: the page must exist.
    write(os.path.join(content, "pages", "benefits.md"),
          "---\ntitle: Benefits\n---\nHealth cover, a pension, a learning budget and 30 days of leave.\n")
    used = set()
    words = 0
    for i in range(n):
        job = make_job(seed, i, bands, used)
        words += len(job["body"].split())
        write(os.path.join(content, "jobs", job["dept_slug"], job["slug"] + ".md"), job_file(job))
    return words


# ---------------------------------------------------------------------------
# Hugo twin: a Hugo project whose mounts point at the Openings Content/ files.

def write_twin(site_dir, hugo_dir, template="hugo-site"):
    site_dir = os.path.abspath(site_dir)
    hugo_dir = os.path.abspath(hugo_dir)
    content = os.path.join(site_dir, "Content")
    if not os.path.isdir(os.path.join(content, "jobs")):
        sys.exit("generate.py: %s has no Content/jobs" % site_dir)
    twin = os.path.join(HERE, template)
    os.makedirs(hugo_dir, exist_ok=True)

    def part(name):  # the template's own folder, else hugo-site's (shared data/ and static/)
        own = os.path.join(twin, name)
        return own if os.path.isdir(own) else os.path.join(HERE, "hugo-site", name)

    with open(os.path.join(twin, "hugo.toml"), encoding="utf-8") as f:
        config = f.read()
    base_url = "https://careers.%s/" % DOMAIN
    title = "%s Careers" % COMPANY
    apply = "https://jobs.%s/apply?req={id}" % DOMAIN
    org = COMPANY
    site_yml = os.path.join(content, "site.yml")
    if os.path.exists(site_yml):  # flat keys only; enough for the twin's settings
        with open(site_yml, encoding="utf-8") as f:
            for line in f:
                m = re.match(r'^(base_url|title|apply_url):\s*"?([^"#]*[^"#\s])"?', line)
                if m:
                    if m.group(1) == "base_url":
                        base_url = m.group(2)
                    elif m.group(1) == "title":
                        title = m.group(2)
                    else:
                        apply = m.group(2)
                m = re.match(r'^\s+name:\s*"?([^"#]*[^"#\s])"?', line)
                if m:
                    org = m.group(1)
    config = config.replace("@BASE_URL@", base_url).replace("@TITLE@", title) \
        .replace("@APPLY_URL@", apply).replace("@ORG@", org)
    mounts = [
        (os.path.join(content, "jobs"), "content/jobs"),
        (part("layouts"), "layouts"),
        (part("data"), "data"),
        (part("static"), "static"),
    ]
    if os.path.isdir(os.path.join(content, "interview")):
        mounts.append((os.path.join(content, "interview"), "content/interview"))
    # Hugo 0.111 mounts folders only, so bands.yml (a few lines) is copied.
    data = os.path.join(hugo_dir, "data")
    if os.path.exists(data):
        shutil.rmtree(data)
    os.makedirs(data)
    if os.path.exists(os.path.join(content, "bands.yml")):
        shutil.copyfile(os.path.join(content, "bands.yml"), os.path.join(data, "bands.yml"))
    mounts.append((data, "data"))
    config += "\n[module]\n"
    for src, dst in mounts:
        config += "[[module.mounts]]\n  source = %s\n  target = %s\n" % (json.dumps(src), json.dumps(dst))
    write(os.path.join(hugo_dir, "hugo.toml"), config)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", nargs="?", type=int, help="number of job postings")
    ap.add_argument("out", nargs="?", help="output site folder (Content/ is written inside)")
    ap.add_argument("--seed", default="1", help="random seed (default 1)")
    ap.add_argument("--hugo", action="store_true", help="also write OUT/hugo/, the Hugo twin project")
    ap.add_argument("--twin", nargs=2, metavar=("SITE_DIR", "HUGO_DIR"),
                    help="only write a Hugo twin project for an existing site")
    ap.add_argument("--plain", action="store_true",
                    help="with --twin: the plain twin (Benchmarks/hugo-site-plain/)")
    a = ap.parse_args()
    if a.twin:
        write_twin(*a.twin, template="hugo-site-plain" if a.plain else "hugo-site")
        return
    if a.n is None or a.out is None or a.n < 0:
        ap.error("N and OUT_DIR are required")
    t0 = time.time()
    words = generate(a.n, a.out, a.seed)
    if a.hugo:
        write_twin(a.out, os.path.join(a.out, "hugo"))
        write_twin(a.out, os.path.join(a.out, "hugo-plain"), template="hugo-site-plain")
    dt = time.time() - t0
    print("generate.py: %d postings, %d body words (%.0f per posting) in %s/Content, seed %s, %.1f s"
          % (a.n, words, words / max(a.n, 1), a.out, a.seed, dt), file=sys.stderr)


if __name__ == "__main__":
    main()
