"""Write ``docket/courts/districts.json``: the 94 US district courts, from one table.

Ids, Bluebook abbreviations (``citation_string``) and states (``location``) come from Free
Law Project's ``courts-db`` (pip package ``courts-db``; CourtListener's court ids), with the
few abbreviations it gets wrong corrected below against the Bluebook (table T1). Its names are
written three ways ("District Court, S.D. New York"), so the formal name is built from the id
and the state ("United States District Court for the Southern District of New York"). courts-db
holds no time zones: each district's IANA zone below is that of the city where its clerk's
office has its seat, with the other zones inside the district listed beside it (a paper filed
from Pensacola is still due at midnight in the court's zone under FRCP 6(a)(4)(A), but a
calendar should not hide that the district spans two zones).

Run it after upgrading courts-db:  ``python scripts/gen_courts.py``; the test
``tests/rules/test_court_facts.py`` fails while the committed file disagrees with courts-db.
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "docket" / "courts" / "districts.json"

_ET, _CT, _MT, _PT = "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"

#: Every district in 28 U.S.C. 81-131 (89 in the states, D.D.C., D.P.R.) and the three
#: territorial courts (D. Guam, D.V.I., D.N. Mar. I.): id -> (postal code, seat, zone, other zones).
DISTRICTS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "alnd": ("AL", "Birmingham", _CT, ()),
    "almd": ("AL", "Montgomery", _CT, ()),
    "alsd": ("AL", "Mobile", _CT, ()),
    "akd": ("AK", "Anchorage", "America/Anchorage", ("America/Adak",)),
    "azd": ("AZ", "Phoenix", "America/Phoenix", (_MT,)),  # the Navajo Nation keeps DST
    "ared": ("AR", "Little Rock", _CT, ()),
    "arwd": ("AR", "Fort Smith", _CT, ()),
    "cand": ("CA", "San Francisco", _PT, ()),
    "caed": ("CA", "Sacramento", _PT, ()),
    "cacd": ("CA", "Los Angeles", _PT, ()),
    "casd": ("CA", "San Diego", _PT, ()),
    "cod": ("CO", "Denver", _MT, ()),
    "ctd": ("CT", "New Haven", _ET, ()),
    "ded": ("DE", "Wilmington", _ET, ()),
    "dcd": ("DC", "Washington", _ET, ()),
    "flnd": ("FL", "Tallahassee", _ET, (_CT,)),  # Pensacola and Panama City divisions
    "flmd": ("FL", "Tampa", _ET, ()),
    "flsd": ("FL", "Miami", _ET, ()),
    "gand": ("GA", "Atlanta", _ET, ()),
    "gamd": ("GA", "Macon", _ET, ()),
    "gasd": ("GA", "Savannah", _ET, ()),
    "hid": ("HI", "Honolulu", "Pacific/Honolulu", ()),
    "idd": ("ID", "Boise", "America/Boise", (_PT,)),  # northern Idaho
    "ilnd": ("IL", "Chicago", _CT, ()),
    "ilcd": ("IL", "Springfield", _CT, ()),
    "ilsd": ("IL", "East St. Louis", _CT, ()),
    "innd": ("IN", "South Bend", "America/Indiana/Indianapolis", (_CT,)),  # Hammond
    "insd": ("IN", "Indianapolis", "America/Indiana/Indianapolis", (_CT,)),  # Evansville
    "iand": ("IA", "Cedar Rapids", _CT, ()),
    "iasd": ("IA", "Des Moines", _CT, ()),
    "ksd": ("KS", "Kansas City", _CT, (_MT,)),  # western counties
    "kyed": ("KY", "Lexington", _ET, ()),
    "kywd": ("KY", "Louisville", _ET, (_CT,)),  # Paducah, Owensboro, Bowling Green
    "laed": ("LA", "New Orleans", _CT, ()),
    "lamd": ("LA", "Baton Rouge", _CT, ()),
    "lawd": ("LA", "Shreveport", _CT, ()),
    "med": ("ME", "Portland", _ET, ()),
    "mdd": ("MD", "Baltimore", _ET, ()),
    "mad": ("MA", "Boston", _ET, ()),
    "mied": ("MI", "Detroit", "America/Detroit", ()),
    "miwd": ("MI", "Grand Rapids", "America/Detroit", (_CT,)),  # four Upper Peninsula counties
    "mnd": ("MN", "St. Paul", _CT, ()),
    "msnd": ("MS", "Oxford", _CT, ()),
    "mssd": ("MS", "Jackson", _CT, ()),
    "moed": ("MO", "St. Louis", _CT, ()),
    "mowd": ("MO", "Kansas City", _CT, ()),
    "mtd": ("MT", "Billings", _MT, ()),
    "ned": ("NE", "Omaha", _CT, (_MT,)),  # western Nebraska
    "nvd": ("NV", "Las Vegas", _PT, ()),
    "nhd": ("NH", "Concord", _ET, ()),
    "njd": ("NJ", "Newark", _ET, ()),
    "nmd": ("NM", "Albuquerque", _MT, ()),
    "nynd": ("NY", "Syracuse", _ET, ()),
    "nyed": ("NY", "Brooklyn", _ET, ()),
    "nysd": ("NY", "New York", _ET, ()),
    "nywd": ("NY", "Buffalo", _ET, ()),
    "nced": ("NC", "Raleigh", _ET, ()),
    "ncmd": ("NC", "Greensboro", _ET, ()),
    "ncwd": ("NC", "Charlotte", _ET, ()),
    "ndd": ("ND", "Bismarck", _CT, (_MT,)),  # southwestern North Dakota
    "ohnd": ("OH", "Cleveland", _ET, ()),
    "ohsd": ("OH", "Columbus", _ET, ()),
    "oknd": ("OK", "Tulsa", _CT, ()),
    "oked": ("OK", "Muskogee", _CT, ()),
    "okwd": ("OK", "Oklahoma City", _CT, ()),
    "ord": ("OR", "Portland", _PT, ("America/Boise",)),  # Malheur County
    "paed": ("PA", "Philadelphia", _ET, ()),
    "pamd": ("PA", "Scranton", _ET, ()),
    "pawd": ("PA", "Pittsburgh", _ET, ()),
    "rid": ("RI", "Providence", _ET, ()),
    "scd": ("SC", "Columbia", _ET, ()),
    "sdd": ("SD", "Sioux Falls", _CT, (_MT,)),  # western South Dakota
    "tned": ("TN", "Knoxville", _ET, (_CT,)),  # Winchester division
    "tnmd": ("TN", "Nashville", _CT, ()),
    "tnwd": ("TN", "Memphis", _CT, ()),
    "txnd": ("TX", "Dallas", _CT, ()),
    "txed": ("TX", "Tyler", _CT, ()),
    "txsd": ("TX", "Houston", _CT, ()),
    "txwd": ("TX", "San Antonio", _CT, (_MT,)),  # El Paso division
    "utd": ("UT", "Salt Lake City", _MT, ()),
    "vtd": ("VT", "Burlington", _ET, ()),
    "vaed": ("VA", "Alexandria", _ET, ()),
    "vawd": ("VA", "Roanoke", _ET, ()),
    "waed": ("WA", "Spokane", _PT, ()),
    "wawd": ("WA", "Seattle", _PT, ()),
    "wvnd": ("WV", "Wheeling", _ET, ()),
    "wvsd": ("WV", "Charleston", _ET, ()),
    "wied": ("WI", "Milwaukee", _CT, ()),
    "wiwd": ("WI", "Madison", _CT, ()),
    "wyd": ("WY", "Cheyenne", _MT, ()),
    "prd": ("PR", "San Juan", "America/Puerto_Rico", ()),
    "gud": ("GU", "Hagåtña", "Pacific/Guam", ()),
    "vid": ("VI", "St. Thomas", "America/St_Thomas", ()),
    "nmid": ("MP", "Saipan", "Pacific/Saipan", ()),
}


#: courts-db's citation strings that are not the Bluebook's (T1), and the Bluebook's form.
ABBREVIATION_FIXES: dict[str, str] = {
    "mdd": "D. Md.",
    "mnd": "D. Minn.",
    "nyed": "E.D.N.Y.",
    "pamd": "M.D. Pa.",
    "wvnd": "N.D. W. Va.",
    "wvsd": "S.D. W. Va.",
    "nmid": "D. N. Mar. I.",
}

_PART = {"n": "Northern", "s": "Southern", "e": "Eastern", "w": "Western", "m": "Middle"}
_PART["c"] = "Central"
_TERRITORIAL = {
    "dcd": "United States District Court for the District of Columbia",
    "gud": "District Court of Guam",
    "vid": "District Court of the Virgin Islands",
    "nmid": "District Court for the Northern Mariana Islands",
}


#: How a person names each zone on a calendar or a deadline ("midnight Mountain Time").
ZONE_NAMES: dict[str, str] = {
    _ET: "Eastern Time",
    "America/Detroit": "Eastern Time",
    "America/Indiana/Indianapolis": "Eastern Time",
    _CT: "Central Time",
    _MT: "Mountain Time",
    "America/Boise": "Mountain Time",
    "America/Phoenix": "Mountain Standard Time (Arizona keeps no daylight saving time)",
    _PT: "Pacific Time",
    "America/Anchorage": "Alaska Time",
    "Pacific/Honolulu": "Hawaii-Aleutian Standard Time",
    "America/Puerto_Rico": "Atlantic Standard Time",
    "America/St_Thomas": "Atlantic Standard Time",
    "Pacific/Guam": "Chamorro Standard Time",
    "Pacific/Saipan": "Chamorro Standard Time",
}


def formal_name(court_id: str, state: str) -> str:
    """The court's name as it captions its orders, from its id and state."""
    if court_id in _TERRITORIAL:
        return _TERRITORIAL[court_id]
    part = court_id[2:-1]  # "nysd" -> "s"; "nmd" -> ""
    district = f"{_PART[part]} District of {state}" if part else f"District of {state}"
    return f"United States District Court for the {district}"


def build() -> dict[str, Any]:
    """The table as written to the data file, read from the installed courts-db."""
    from courts_db import courts  # the test extra only: the package reads the JSON

    by_id = {c["id"]: c for c in courts}
    rows = []
    for court_id, (state, seat, zone, others) in DISTRICTS.items():
        c = by_id.get(court_id)
        if c is None:
            raise SystemExit(f"courts-db has no court {court_id!r}")
        # Not checked: courts-db's dates (its D.N.J. entry ends in 1801, the 1789 court's).
        rows.append(
            {
                "id": court_id,
                "name": formal_name(court_id, c["location"]),
                "abbreviation": ABBREVIATION_FIXES.get(court_id, c["citation_string"]),
                "state": "District of Columbia" if state == "DC" else c["location"],
                "state_code": state,
                "seat": seat,
                "timezone": zone,
                "timezone_name": ZONE_NAMES[zone],
                "other_timezones": list(others),
            }
        )
    return {
        "source": f"courts-db {version('courts-db')} (Free Law Project, BSD-2-Clause): ids, "
        "Bluebook abbreviations (seven corrected against Bluebook T1) and states; "
        "scripts/gen_courts.py: formal names, postal codes, seat of the clerk's office, its "
        "IANA time zone and the other zones inside the district",
        "districts": sorted(rows, key=lambda r: r["id"]),
    }


def render() -> str:
    """The data file's text."""
    return json.dumps(build(), indent=1, ensure_ascii=False) + "\n"


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {len(DISTRICTS)} districts to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
