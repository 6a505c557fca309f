"""The court table: 94 districts from courts-db, with time zones, used by packs and renderer."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import gen_courts  # scripts/gen_courts.py (on pytest's pythonpath)
import pytest

import docket
from docket.courts import abbreviation, district, districts
from docket.events import parse_event
from docket.render import posture_text
from docket.rules import RulePackError
from docket.rules.pack import read_pack_file

TABLE = Path(__file__).resolve().parents[2] / "docket" / "courts" / "districts.json"


def test_the_committed_table_agrees_with_courts_db() -> None:
    # Regenerate from the installed courts-db: a courts-db upgrade that changes a name,
    # abbreviation or state fails here until `python scripts/gen_courts.py` is run again.
    committed = json.loads(TABLE.read_text(encoding="utf-8"))
    assert committed["districts"] == gen_courts.build()["districts"]


def test_there_are_94_districts_each_once() -> None:
    ids = [d.id for d in districts()]
    assert len(ids) == 94 == len(set(ids))
    # 28 U.S.C. 81-131: 89 districts in the states, plus D.D.C. and D.P.R.; three territorial
    assert len([d for d in districts() if d.state_code not in {"DC", "PR", "GU", "VI", "MP"}]) == 89


def test_every_time_zone_is_a_real_iana_zone() -> None:
    for d in districts():
        assert ZoneInfo(d.timezone) == d.zone
        for other in d.other_timezones:
            ZoneInfo(other)
        assert d.timezone not in d.other_timezones


@pytest.mark.parametrize(
    ("court", "abbr", "zone", "state"),
    [
        ("nysd", "S.D.N.Y.", "America/New_York", "New York"),
        ("cacd", "C.D. Cal.", "America/Los_Angeles", "California"),
        ("ilnd", "N.D. Ill.", "America/Chicago", "Illinois"),
        ("azd", "D. Ariz.", "America/Phoenix", "Arizona"),
        ("nmd", "D.N.M.", "America/Denver", "New Mexico"),
        ("hid", "D. Haw.", "Pacific/Honolulu", "Hawaii"),
        ("mdd", "D. Md.", "America/New_York", "Maryland"),  # courts-db writes "D. Maryland"
        ("pamd", "M.D. Pa.", "America/New_York", "Pennsylvania"),  # courts-db: "M.D. Penn."
    ],
)
def test_known_districts_have_their_bluebook_abbreviation_zone_and_state(
    court: str, abbr: str, zone: str, state: str
) -> None:
    found = district(court)
    assert found is not None
    assert (found.abbreviation, found.timezone, found.state) == (abbr, zone, state)


def test_a_district_split_across_zones_says_so() -> None:
    txwd = district("txwd")
    assert txwd is not None and txwd.timezone == "America/Chicago"
    assert "America/Denver" in txwd.other_timezones  # the El Paso division


def test_lookup_ignores_case_and_an_unknown_court_is_none() -> None:
    assert district(" NYSD ") == district("nysd")
    assert district("xxd") is None and district(None) is None
    assert abbreviation("xxd") == "xxd" and abbreviation(None) == "court unknown"


def test_a_pack_takes_its_courts_facts_from_the_table() -> None:
    pack = read_pack_file('id = "t"\nname = "T"\n[court]\nid = "txnd"\n', "t.toml")
    assert pack.court is not None
    assert (pack.court.name, pack.court.abbreviation, pack.court.timezone) == (
        "United States District Court for the Northern District of Texas",
        "N.D. Tex.",
        "America/Chicago",
    )


def test_a_pack_that_contradicts_the_table_is_refused() -> None:
    text = 'id = "t"\nname = "T"\n[court]\nid = "txnd"\ntimezone = "America/Denver"\n'
    with pytest.raises(RulePackError, match="disagrees with the court table"):
        read_pack_file(text, "t.toml")


def test_a_court_outside_the_table_still_needs_its_name_in_the_pack() -> None:
    with pytest.raises(RulePackError, match=r"court\.name"):
        read_pack_file('id = "t"\nname = "T"\n[court]\nid = "zzz"\n', "t.toml")


def test_the_posture_names_any_district_by_its_abbreviation() -> None:
    line = json.dumps(
        {
            "type": "case_opened",
            "id": "e1",
            "case": "nysd-1:20-cv-00001",
            "filed": "2020-01-02",
            "doc": 1,
            "court": "nysd",
            "number": "1:20-cv-00001",
            "title": "A v. B",
        }
    )
    text = posture_text(docket.replay([parse_event(line)], as_of=date(2020, 1, 3)))
    assert "(nysd-1:20-cv-00001, S.D.N.Y.)" in text
