"""``--format csv`` on the reading commands: the same facts as ``--json``, one row each, with
the columns the README documents, from a history file or a stored case alike."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parents[2]
LUCERO = "events/lucero-v-clovis.jsonl"
AFTER_JUDGMENT = "events/examples/after-judgment.jsonl"

Run = Callable[..., subprocess.CompletedProcess[str]]


def _ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, done.stderr
    return done.stdout


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


@pytest.mark.parametrize("as_of", ["2019-10-20", "2019-11-20", "2019-12-10", "2020-06-01"])
def test_posture_csv_has_one_row_per_motion_with_the_facts_the_json_gives(
    run_docket: Run, as_of: str
) -> None:
    rows = _rows(_ok(run_docket("posture", LUCERO, "--as-of", as_of, "--format", "csv")))
    data = json.loads(_ok(run_docket("posture", LUCERO, "--as-of", as_of, "--json")))
    assert len(rows) == len(data["motions"])
    for row, m in zip(rows, data["motions"], strict=True):
        assert row["case"] == data["case"]["id"]
        assert row["as_of"] == as_of
        assert row["doc"] == _cell(m["doc"])
        assert row["kind"] == m["kind"]
        assert row["status"] == m["status"]
        assert row["decided"] == _cell(m.get("decided"))
        leave = m.get("leave_to_refile")
        assert row["leave_to_refile"] == (leave["status"] if leave else "")
        briefing = m.get("briefing")
        assert row["briefing"] == (briefing["status"] if briefing else "")


@pytest.mark.parametrize(
    ("history", "as_of"),
    [(LUCERO, "2019-11-20"), (LUCERO, "2019-10-15"), (AFTER_JUDGMENT, "2021-03-01")],
)
def test_deadlines_csv_lists_each_running_deadline_as_the_json_does(
    run_docket: Run, history: str, as_of: str
) -> None:
    rows = _rows(_ok(run_docket("deadlines", history, "--as-of", as_of, "--format", "csv")))
    data = json.loads(_ok(run_docket("deadlines", history, "--as-of", as_of, "--json")))
    assert rows, "the example has deadlines running on this date"
    assert [(r["deadline"], r["due"], r["citation"], r["status"]) for r in rows] == [
        (d["id"], d["due"], d["citation"], d["status"]) for d in data["deadlines"]
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["timeline", LUCERO],
        ["timeline", LUCERO, "--as-of", "2019-11-30"],
        ["diff", LUCERO, "--from", "2019-12-01", "--to", "2019-12-31"],
    ],
)
def test_timeline_and_diff_csv_give_each_change_with_its_cause(
    run_docket: Run, args: list[str]
) -> None:
    rows = _rows(_ok(run_docket(*args, "--format", "csv")))
    changes = json.loads(_ok(run_docket(*args, "--json")))["changes"]
    assert rows and len(rows) == len(changes)
    for row, c in zip(rows, changes, strict=True):
        cause = c.get("cause") or {}
        assert (row["on"], row["fact"], row["field"], row["old"], row["new"]) == (
            _cell(c["on"]),
            c["fact"],
            c["field"],
            _cell(c["old"]),
            _cell(c["new"]),
        )
        assert row["cause_doc"] == _cell(cause.get("doc"))


def test_a_stored_case_gives_the_same_csv_as_its_history_file(
    run_docket: Run, tmp_path: Path
) -> None:
    store = str(tmp_path / "docket.db")
    _ok(run_docket("append", LUCERO, "--store", store))
    for args in (["posture", "--as-of", "2019-12-10"], ["deadlines", "--as-of", "2019-11-20"]):
        from_file = _ok(run_docket(args[0], LUCERO, *args[1:], "--format", "csv"))
        stored = _ok(
            run_docket(
                args[0],
                "--case",
                "nmd-2:19-cv-00445",
                "--store",
                store,
                *args[1:],
                "--format",
                "csv",
            )
        )
        assert stored == from_file


def test_json_and_a_different_format_together_are_refused_in_one_line(run_docket: Run) -> None:
    done = run_docket("posture", LUCERO, "--json", "--format", "csv")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "two formats" in done.stderr


def test_the_readme_documents_every_csv_header_in_its_order() -> None:
    from docket.tables import AGENDA_COLUMNS, CHANGE_COLUMNS, DEADLINE_COLUMNS, MOTION_COLUMNS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = re.findall(r"^- `.+?`: `([a-z_, ]+)`$", readme, re.M)
    for columns in (MOTION_COLUMNS, DEADLINE_COLUMNS, AGENDA_COLUMNS, CHANGE_COLUMNS):
        assert ", ".join(columns) in documented
