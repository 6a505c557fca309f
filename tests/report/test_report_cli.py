"""``docket report`` without a browser: what the page carries, where it reads the case from,
and how it refuses bad input."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from docket_process import docket
from report_browser import ROOT

from docket import load_history, replay
from docket.render import posture_text
from docket.report._model import build_model, decode_states

FOUNDING = ROOT / "events" / "lucero-v-clovis.jsonl"
SHEET = ROOT / "tests/fixtures/dockets/juriscraper/dockets/district/lamd.json"


def _page_lines(data: dict[str, Any], day: date) -> list[str]:
    """The clerk's summary the page shows on ``day``: the last state starting by then (the
    lookup the page's script makes, by ISO date)."""
    shown = None
    for state in decode_states(data["states"]):
        if state["from"] is None or state["from"] <= day.isoformat():
            shown = state
    assert shown is not None
    return [data["strings"][i] for i in shown["lines"]]


def _days(first: date, last: date, step: int = 1) -> list[date]:
    return [first + timedelta(days=n) for n in range(0, (last - first).days + 1, step)]


def test_every_day_of_the_founding_case_the_page_shows_the_posture_replay_gives() -> None:
    events = load_history(FOUNDING)
    data = build_model(events, [], date(2019, 12, 10)).data
    for day in _days(date(2019, 5, 1), date(2020, 3, 1)):
        assert _page_lines(data, day) == posture_text(replay(events, as_of=day)).split("\n"), day


def test_a_real_dockets_page_shows_the_posture_replay_gives_around_every_change(
    tmp_path: Path,
) -> None:
    history = tmp_path / "lamd.jsonl"
    assert docket("import", "juriscraper", str(SHEET), "-o", str(history)).returncode == 0
    events = load_history(history)
    model = build_model(events, [], date(2019, 1, 1))
    starts = {date.fromisoformat(s["from"]) for s in model.data["states"] if s["from"]}
    near = {d + timedelta(days=k) for d in starts for k in (-1, 0, 1)}
    days = sorted(near | set(_days(model.first, model.last + timedelta(days=90), 11)))
    for day in days:
        assert _page_lines(model.data, day) == posture_text(replay(events, as_of=day)).split(
            "\n"
        ), day


def _data(page: str) -> dict[str, Any]:
    found = re.search(
        r'<script type="application/json" id="report-data">(.*?)</script>', page, re.S
    )
    assert found is not None
    return dict(json.loads(found.group(1)))


def test_a_stored_case_reports_as_its_history_file_does(tmp_path: Path) -> None:
    store = str(tmp_path / "docket.db")
    assert docket("append", str(FOUNDING), "--store", store).returncode == 0
    from_file = docket("report", str(FOUNDING), "--as-of", "2019-12-10")
    from_store = docket(
        "report", "--case", "nmd-2:19-cv-00445", "--store", store, "--as-of", "2019-12-10"
    )
    assert from_file.returncode == 0 and from_store.returncode == 0, from_store.stderr
    assert _data(from_store.stdout) == _data(from_file.stdout)
    assert f"read from store {store}" in from_store.stdout


def test_the_page_is_self_contained() -> None:
    done = docket("report", str(FOUNDING))
    assert done.returncode == 0, done.stderr
    page = done.stdout
    assert page.startswith("<!doctype html>")
    assert not re.search(r"<(link|img|iframe|object|embed)\b", page)
    assert not re.search(r"\s(src|href)=\"(?!#)", page), "every link stays in the page"
    assert "<style>" in page and page.count("<script") == 2


def test_report_writes_the_file_it_is_given(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    done = docket("report", str(FOUNDING), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert "Lucero v. City of Clovis Police Department" in out.read_text(encoding="utf-8")


def test_a_bad_history_is_one_line_and_exit_2_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(FOUNDING.read_text().splitlines()[0] + "\n{not json\n")
    out = tmp_path / "report.html"
    done = docket("report", str(bad), "-o", str(out))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"Error: {bad}:2: malformed JSON")
    assert not out.exists()


def test_neither_or_both_of_history_and_case_is_a_usage_error() -> None:
    done = docket("report")
    assert done.returncode == 2
    assert "give either a HISTORY file or --case ID" in done.stderr


def test_ci_runs_the_readmes_second_command_verbatim() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```bash\n", 1)[1].split("```", 1)[0].splitlines()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == block[1]
    assert block[1].startswith("scripts/install-test-deps && ")


def test_known_on_reports_the_docket_as_it_stood_that_day() -> None:
    done = docket("report", str(FOUNDING), "--as-of", "2019-12-10", "--known-on", "2019-12-09")
    assert done.returncode == 0, done.stderr
    data = _data(done.stdout)
    assert "known on 2019-12-09" in done.stdout
    for day in ("2019-12-09", "2019-12-10", "2020-06-01"):
        said = docket("posture", str(FOUNDING), "--as-of", day, "--known-on", "2019-12-09")
        assert said.returncode == 0, said.stderr
        expected = said.stdout.rstrip("\n").split("\n")[2:]
        assert _page_lines(data, date.fromisoformat(day)) == expected, day
