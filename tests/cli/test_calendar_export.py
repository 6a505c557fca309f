"""``docket deadlines --format ics``: a calendar file two libraries read back with the dates
``deadlines --json`` gives (through the entry point)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest
import vobject

LUCERO = "events/lucero-v-clovis.jsonl"
CASE = "nmd-2:19-cv-00445"


def _events(path: Path) -> list[icalendar.Event]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return list(cal.walk("VEVENT"))


def test_a_running_deadline_is_an_event_at_the_courts_midnight_cut_off(
    run_docket, tmp_path: Path
) -> None:
    out = tmp_path / "lucero.ics"
    done = run_docket(
        "deadlines", LUCERO, "--as-of", "2019-11-20", "--format", "ics", "-o", str(out)
    )
    assert done.returncode == 0, done.stderr
    listed = json.loads(run_docket("deadlines", LUCERO, "--as-of", "2019-11-20", "--json").stdout)
    running = {d["id"]: d for d in listed["deadlines"]}
    events = {str(e["uid"]): e for e in _events(out)}
    (reply,) = [e for uid, e in events.items() if uid == f"{CASE}/reply:38@docket"]
    start = reply.decoded("dtstart")
    assert start.date().isoformat() == running["reply:38"]["due"] == "2019-12-02"
    assert (start.hour, start.minute) == (23, 59)
    assert str(start.tzinfo) == "America/Denver"
    assert str(reply["status"]) == "CONFIRMED"
    assert "D.N.M.LR-Civ. 7.4(a)" in str(reply["description"])
    assert "Reply in support of Doc. 38" in str(reply["summary"])
    triggers = sorted(a.decoded("trigger") for a in reply.walk("VALARM"))
    assert triggers == [timedelta(days=-7), timedelta(days=-1)]


def test_a_met_deadline_is_cancelled_and_the_uids_are_stable_across_exports(
    run_docket, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    for path in (first, second):
        done = run_docket(
            "deadlines", LUCERO, "--as-of", "2019-12-31", "--format", "ics", "-o", str(path)
        )
        assert done.returncode == 0, done.stderr
    by_uid = {str(e["uid"]): e for e in _events(first)}
    assert sorted(by_uid) == sorted(str(e["uid"]) for e in _events(second))
    # Doc. 40 answered Doc. 38 in time: the response deadline was met.
    assert str(by_uid[f"{CASE}/response:38@docket"]["status"]) == "CANCELLED"
    assert str(by_uid[f"{CASE}/reply:38@docket"]["status"]) == "CONFIRMED"


def test_a_second_calendar_library_reads_the_same_dates(run_docket, tmp_path: Path) -> None:
    out = tmp_path / "lucero.ics"
    assert (
        run_docket(
            "deadlines", LUCERO, "--as-of", "2019-12-31", "--format", "ics", "-o", str(out)
        ).returncode
        == 0
    )
    ours = {str(e["uid"]): e.decoded("dtstart") for e in _events(out)}
    parsed = vobject.readOne(out.read_text())
    # The same wall-clock date and time in the same named zone. (vobject computes offsets
    # from the VTIMEZONE's RDATE lists itself, and misplaces summer time; calendars resolve
    # the IANA name the TZID gives.)
    theirs = {
        ev.uid.value: (ev.dtstart.value.replace(tzinfo=None), ev.dtstart.value.tzinfo._tzid)
        for ev in parsed.vevent_list
    }
    assert theirs == {
        uid: (start.replace(tzinfo=None), str(start.tzinfo)) for uid, start in ours.items()
    }
    assert date(2019, 12, 2) in {v.date() for v, _ in theirs.values()}
    assert {ev.status.value for ev in parsed.vevent_list} == {"CONFIRMED", "CANCELLED"}


def test_a_court_without_a_known_zone_gets_all_day_events(run_docket, tmp_path: Path) -> None:
    root = Path(__file__).parents[2]
    history = tmp_path / "elsewhere.jsonl"
    history.write_text((root / LUCERO).read_text().replace('"court": "nmd"', '"court": "zzd"'))
    out = tmp_path / "elsewhere.ics"
    done = run_docket(
        "deadlines", str(history), "--as-of", "2019-12-31", "--format", "ics", "-o", str(out)
    )
    assert done.returncode == 0, done.stderr
    starts = [e.decoded("dtstart") for e in _events(out)]
    assert starts and all(type(s) is date for s in starts)


def test_every_case_in_the_store_exports_to_one_calendar(run_docket, tmp_path: Path) -> None:
    store = str(tmp_path / "docket.db")
    assert run_docket("append", LUCERO, "--store", store).returncode == 0
    out = tmp_path / "all.ics"
    done = run_docket(
        "deadlines",
        "--all",
        "--store",
        store,
        "--as-of",
        "2019-12-31",
        "--format",
        "ics",
        "-o",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    from_file = tmp_path / "file.ics"
    run_docket(
        "deadlines", LUCERO, "--as-of", "2019-12-31", "--format", "ics", "-o", str(from_file)
    )
    assert {str(e["uid"]) for e in _events(out)} == {str(e["uid"]) for e in _events(from_file)}


@pytest.mark.parametrize("args", [["--all", LUCERO], [LUCERO, "--case", CASE], []])
def test_deadlines_needs_exactly_one_source(run_docket, args: list[str]) -> None:
    out = run_docket("deadlines", *args)
    assert out.returncode == 2
    assert "one of a HISTORY file, --case ID or --all" in out.stderr
