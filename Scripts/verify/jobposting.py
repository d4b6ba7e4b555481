"""Google's structured-data rules for a schema.org JobPosting (Google Search Central,
"Job posting structured data"): the required properties, and the recommended ones
Openings writes, in the shape Google accepts."""
import datetime
import re

EMPLOYMENT_TYPES = {"FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"}
UNITS = {"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")


def as_list(value):
    return value if isinstance(value, list) else [value]


def text(value):
    return isinstance(value, str) and value.strip() != ""


def number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def parse_date(value):
    """The date of an ISO 8601 date or date-time, or None."""
    if not isinstance(value, str) or not (DATE.match(value) or DATE_TIME.match(value)):
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def problems(posting, canonical_url=None):
    p = []
    if posting.get("@context") not in ("https://schema.org/", "https://schema.org", "http://schema.org/",
                                       "http://schema.org"):
        p.append(f"@context is {posting.get('@context')!r}, not schema.org")

    # Required
    for key in ("title", "description"):
        if not text(posting.get(key)):
            p.append(f"JobPosting.{key} is missing or empty (required)")
    posted = parse_date(posting.get("datePosted"))
    if posted is None:
        p.append(f"JobPosting.datePosted {posting.get('datePosted')!r} is not an ISO 8601 date (required)")
    org = posting.get("hiringOrganization")
    if not isinstance(org, dict) or not text(org.get("name")):
        p.append("JobPosting.hiringOrganization with a name is missing (required)")
    elif org.get("@type") != "Organization":
        p.append(f"hiringOrganization.@type is {org.get('@type')!r}, not Organization")
    elif "logo" in org and not str(org["logo"]).startswith(("https://", "http://")):
        p.append(f"hiringOrganization.logo {org['logo']!r} is not an absolute URL")
    p += location_problems(posting)

    # Recommended, in the shape Google accepts
    if "validThrough" in posting:
        until = posting["validThrough"]
        if not (isinstance(until, str) and DATE_TIME.match(until) and parse_date(until)):
            p.append(f"JobPosting.validThrough {until!r} is not an ISO 8601 date-time")
        elif posted and parse_date(until) < posted:
            p.append(f"JobPosting.validThrough {until} is before datePosted")
    kinds = as_list(posting.get("employmentType"))
    if not kinds or not all(k in EMPLOYMENT_TYPES for k in kinds):
        p.append(f"JobPosting.employmentType {posting.get('employmentType')!r} is not one of {sorted(EMPLOYMENT_TYPES)}")
    if "baseSalary" in posting:
        p += salary_problems(posting["baseSalary"])
    ident = posting.get("identifier")
    if not (isinstance(ident, dict) and ident.get("@type") == "PropertyValue" and text(ident.get("name"))
            and text(str(ident.get("value", "")))):
        p.append(f"JobPosting.identifier {ident!r} is not a PropertyValue with name and value")
    if not isinstance(posting.get("directApply"), bool):
        p.append(f"JobPosting.directApply {posting.get('directApply')!r} is not a boolean")
    if canonical_url and "url" in posting and posting["url"] != canonical_url:
        p.append(f"JobPosting.url {posting['url']} is not the page's canonical URL {canonical_url}")
    return p


def location_problems(posting):
    """jobLocation with a PostalAddress and addressCountry, or a remote job
    (jobLocationType TELECOMMUTE) with applicantLocationRequirements."""
    p = []
    remote = posting.get("jobLocationType")
    if remote is not None and remote != "TELECOMMUTE":
        p.append(f"JobPosting.jobLocationType is {remote!r}; the only value is TELECOMMUTE")
    if remote == "TELECOMMUTE":
        reqs = as_list(posting.get("applicantLocationRequirements"))
        if not reqs or not all(isinstance(r, dict) and r.get("@type") in ("Country", "State") and text(r.get("name"))
                               for r in reqs):
            p.append("remote JobPosting needs applicantLocationRequirements: Country or State with a name (required)")
    if "jobLocation" not in posting:
        if remote != "TELECOMMUTE":
            p.append("JobPosting.jobLocation is missing, and the job is not TELECOMMUTE (required)")
        return p
    for place in as_list(posting["jobLocation"]):
        address = place.get("address") if isinstance(place, dict) else None
        if not isinstance(place, dict) or place.get("@type") != "Place":
            p.append(f"jobLocation {place!r} is not a Place")
        elif not isinstance(address, dict) or address.get("@type") != "PostalAddress":
            p.append(f"jobLocation.address {address!r} is not a PostalAddress")
        elif not (isinstance(address.get("addressCountry"), str) and re.fullmatch(r"[A-Z]{2}", address["addressCountry"])):
            p.append(f"jobLocation.address {address!r} has no addressCountry (ISO 3166-1 alpha-2)")
    return p


def salary_problems(salary):
    if not isinstance(salary, dict) or salary.get("@type") != "MonetaryAmount":
        return [f"baseSalary {salary!r} is not a MonetaryAmount"]
    p = []
    if not (isinstance(salary.get("currency"), str) and re.fullmatch(r"[A-Z]{3}", salary["currency"])):
        p.append(f"baseSalary.currency {salary.get('currency')!r} is not an ISO 4217 code")
    value = salary.get("value")
    if not isinstance(value, dict) or value.get("@type") != "QuantitativeValue":
        return p + [f"baseSalary.value {value!r} is not a QuantitativeValue"]
    if "value" in value:
        if not number(value["value"]) or value["value"] < 0:
            p.append(f"baseSalary.value.value {value['value']!r} is not a number")
    elif not (number(value.get("minValue")) and number(value.get("maxValue"))
              and 0 <= value["minValue"] <= value["maxValue"]):
        p.append(f"baseSalary.value needs value, or minValue ≤ maxValue numbers; has {value!r}")
    if value.get("unitText") not in UNITS:
        p.append(f"baseSalary.value.unitText {value.get('unitText')!r} is not one of {sorted(UNITS)}")
    return p
