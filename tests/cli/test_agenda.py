"""``docket agenda``: a window of deadlines across every stored case, by day (entry point)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import icalendar

LUCERO = "events/lucero-v-clovis.jsonl"


def _store(run_docket, tmp_path: Path) -> str:
    root = Path(__file__).parents[2]
    other = tmp_path / "other.jsonl"
    other.write_text((root / LUCERO).read_text().replace("nmd-2:19-cv-00445", "nmd-1:19-cv-00001"))
    store = str(tmp_path / "docket.db")
    for history in (LUCERO, str(other)):
        assert run_docket("append", history, "--store", store).returncode == 0
    return store


def test_the_agenda_lists_each_cases_deadlines_in_the_window_by_day(
    run_docket, tmp_path: Path
) -> None:
    store = _store(run_docket, tmp_path)
    out = run_docket(
        "agenda", "--store", store, "--from", "2019-11-18", "--to", "2019-12-02", "--format", "json"
    )
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    got = [
        (i["deadline"]["due"], i["case"], i["deadline"]["id"], i["deadline"]["status"])
        for i in items
    ]
    assert got == [
        ("2019-11-18", "nmd-1:19-cv-00001", "response:38", "met"),
        ("2019-11-18", "nmd-2:19-cv-00445", "response:38", "met"),
        ("2019-12-02", "nmd-1:19-cv-00001", "reply:38", "elapsed"),
        ("2019-12-02", "nmd-2:19-cv-00445", "reply:38", "elapsed"),
    ]
    text = run_docket("agenda", "--store", store, "--from", "2019-11-18", "--to", "2019-12-02")
    assert "Monday, December 2, 2019" in text.stdout.splitlines()
    assert text.stdout.count("Reply in support of Doc. 38") == 2


def test_the_agenda_as_csv_and_ics_holds_the_same_deadlines(run_docket, tmp_path: Path) -> None:
    store = _store(run_docket, tmp_path)
    window = ["--store", store, "--from", "2019-11-18", "--to", "2019-12-02"]
    rows = list(
        csv.DictReader(io.StringIO(run_docket("agenda", *window, "--format", "csv").stdout))
    )
    assert [(r["due"], r["case"], r["deadline"]) for r in rows][-1] == (
        "2019-12-02",
        "nmd-2:19-cv-00445",
        "reply:38",
    )
    ics = run_docket("agenda", *window, "--format", "ics").stdout
    events = list(icalendar.Calendar.from_ical(ics).walk("VEVENT"))
    assert sorted(str(e["uid"]) for e in events) == sorted(
        f"{r['case']}/{r['deadline']}@docket" for r in rows
    )
