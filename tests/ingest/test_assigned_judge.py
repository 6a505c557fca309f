"""The judge a sheet names as assigned ("Assigned to") reaches the case-opening entry and
the posture; a history written before the field existed reads and dumps as it did."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from docket.cli import cli
from docket.events import dump_event, parse_event
from docket.history import load_history

FIXTURES = Path(__file__).parents[1] / "fixtures"
JURISCRAPER = FIXTURES / "dockets/juriscraper/docket_history_reports"
COURTLISTENER = FIXTURES / "dockets/courtlistener"


def _opening(source: str, sheet: Path) -> dict[str, object]:
    result = CliRunner().invoke(cli, ["import", source, str(sheet)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    [opened] = [e for e in lines if e["type"] == "case_opened"]
    return opened


def _sheet_judge(sheet: Path) -> str:
    data = json.loads(sheet.read_text())
    docket = data[0] if isinstance(data, list) else data
    return str(docket["assigned_to_str"])


def test_a_juriscraper_sheets_assigned_judge_opens_the_case_and_shows_in_the_posture(
    tmp_path: Path,
) -> None:
    sheet = JURISCRAPER / "cacd_695143.json"
    opened = _opening("juriscraper", sheet)
    assert opened["judge"] == _sheet_judge(sheet) == "Manuel L. Real"
    history = tmp_path / "h.jsonl"
    CliRunner().invoke(cli, ["import", "juriscraper", str(sheet), "-o", str(history)])
    posture = CliRunner().invoke(cli, ["posture", str(history), "--as-of", "2020-01-01", "--json"])
    assert json.loads(posture.stdout)["case"]["judge"] == "Manuel L. Real"


def test_a_courtlistener_docket_names_its_judge_from_assigned_to_str() -> None:
    sheet = COURTLISTENER / "insd__1_24-cv-00524.json"
    assert _opening("courtlistener", sheet)["judge"] == _sheet_judge(sheet)


def test_a_docket_of_the_case_that_names_the_judge_fills_in_for_the_richest_that_does_not() -> None:
    sheet = COURTLISTENER / "nynd__8_20-mj-00487.json"
    named = {d["assigned_to_str"] for d in json.loads(sheet.read_text())} - {""}
    assert _opening("courtlistener", sheet)["judge"] == named.pop()


def test_a_duty_part_or_an_empty_assigned_to_is_no_judge() -> None:
    for name in ("nysd_441170.json", "mowd_137344.json"):
        assert _sheet_judge(JURISCRAPER / name) in ("Part One", "")
        assert "judge" not in _opening("juriscraper", JURISCRAPER / name)


def test_a_history_written_before_judges_reads_and_dumps_as_it_did() -> None:
    history = FIXTURES / "lucero-v-clovis.jsonl"
    first = history.read_text().splitlines()[0]
    event = parse_event(first)
    assert event.type == "case_opened" and event.judge is None
    # Its canonical JSON, and so its hash in a store, is as before: no judge key.
    assert "judge" not in json.loads(dump_event(event))
    assert load_history(history)[0] == event
    judged = event.model_copy(update={"judge": "Kea W. Riggs"})
    assert parse_event(dump_event(judged)) == judged
    posture = CliRunner().invoke(cli, ["posture", str(history), "--json"])
    assert "judge" not in json.loads(posture.stdout)["case"]
