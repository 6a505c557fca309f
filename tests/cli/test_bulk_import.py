"""``docket import SOURCE PATH... --store``: a firm's sheets into the store in one run, each
case in one transaction, with a summary of every case and every refusal."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import store_backends

from docket.ingest import build, read_juriscraper

FIXTURES = Path(__file__).parents[1] / "fixtures" / "dockets" / "juriscraper"
#: One case, two sheets: the History/Documents report gives no docket text, the docket
#: sheet gives it (tests/fixtures/dockets: public court records, via juriscraper).
HISTORY_REPORT = FIXTURES / "docket_history_reports" / "casd.json"
DOCKET_SHEET = FIXTURES / "dockets" / "district" / "casd_6.json"
CASD = "casd-3:18-cr-03298"
EMPTY = FIXTURES / "dockets" / "district" / "canb_1.json"

Run = Callable[..., subprocess.CompletedProcess[str]]


def sheet(path: Path, number: str, *entries: tuple[str, str, str], **extra: Any) -> Path:
    """Write a small juriscraper sheet of case ``nmd`` ``number``: (date, doc, text) entries."""
    data = {
        "court_id": "nmd",
        "docket_number": number,
        "case_name": "A v. B",
        "parties": [],
        "docket_entries": [
            {"date_filed": d, "document_number": n, "description": t} for d, n, t in entries
        ],
        **extra,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


COMPLAINT = ("2020-01-02", "1", "COMPLAINT against City of A filed by B.")
MOTION = ("2020-02-03", "5", "MOTION to Dismiss by City of A.")


@pytest.fixture
def firm(tmp_path: Path) -> Path:
    """A folder of three sheets (one in a sub-folder) and a file that is no sheet."""
    folder = tmp_path / "firm"
    sheet(folder / "a.json", "1:20-cv-00001", COMPLAINT, MOTION)
    sheet(folder / "b.json", "1:20-cv-00002", COMPLAINT)
    sheet(folder / "old" / "c.json", "1:20-cv-00003", COMPLAINT, date_terminated="2020-05-01")
    (folder / "notes.txt").write_text("not a sheet", encoding="utf-8")
    return folder


def lines_of(result: subprocess.CompletedProcess[str]) -> list[str]:
    return result.stdout.splitlines()


def test_a_folder_a_glob_and_a_file_go_into_the_store_in_one_run(
    run_docket: Run, firm: Path, tmp_path: Path
) -> None:
    other = sheet(tmp_path / "more" / "d.json", "1:20-cv-00004", COMPLAINT)
    db = str(tmp_path / "firm.db")
    result = run_docket(
        "import", "juriscraper", str(firm), str(tmp_path / "more" / "*.json"), str(other),
        "--store", db,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = lines_of(result)
    assert [line.split(":")[0:2] for line in out] == [
        ["nmd-1", "20-cv-00001"],
        ["nmd-1", "20-cv-00002"],
        ["nmd-1", "20-cv-00003"],
        ["nmd-1", "20-cv-00004"],
    ]
    assert all(": new: " in line for line in out)
    assert out[0].startswith("nmd-1:20-cv-00001: new: 2 appended, 0 already stored, 2 in the case")
    assert "4 sheets: 4 cases (4 new, 0 merged, 0 unchanged), 0 refused; 5 entries" in (
        result.stderr
    )
    cases = run_docket("cases", "--store", db)
    assert [line.split("\t")[:2] for line in lines_of(cases)] == [
        ["nmd-1:20-cv-00001", "2"],
        ["nmd-1:20-cv-00002", "1"],
        ["nmd-1:20-cv-00003", "2"],  # the complaint and the closing on the date terminated
        ["nmd-1:20-cv-00004", "1"],
    ]
    posture = run_docket("posture", "--case", "nmd-1:20-cv-00003", "--store", db, "--json")
    assert json.loads(posture.stdout)["case"]["status"] == "closed"


def test_importing_the_same_folder_again_leaves_every_case_unchanged(
    run_docket: Run, firm: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "firm.db")
    assert run_docket("import", "juriscraper", str(firm), "--store", db).returncode == 0
    again = run_docket("import", "juriscraper", str(firm), "--store", db)
    assert again.returncode == 0
    assert all(": unchanged: 0 appended" in line for line in lines_of(again))
    assert "3 cases (0 new, 0 merged, 3 unchanged)" in again.stderr


def test_a_bad_sheet_is_refused_with_its_reason_and_line_and_the_others_go_in(
    run_docket: Run, firm: Path, tmp_path: Path
) -> None:
    (firm / "broken.json").write_text('{"docket_entries": [\n  oops\n]}', encoding="utf-8")
    db = str(tmp_path / "firm.db")
    result = run_docket("import", "juriscraper", str(firm), str(tmp_path / "none*.json"),
                        "--store", db)  # fmt: skip
    assert result.returncode == 2
    out = lines_of(result)
    assert f"{firm / 'broken.json'}: refused: line 2: not JSON: Expecting value" in out
    assert f"{tmp_path / 'none*.json'}: refused: no file matches this pattern" in out
    assert sum(": new: " in line for line in out) == 3
    assert "Traceback" not in result.stderr
    assert "2 refused" in result.stderr


def test_fail_fast_stops_at_the_first_refused_sheet_and_keeps_what_went_in_before(
    run_docket: Run, firm: Path, tmp_path: Path
) -> None:
    (firm / "0-broken.json").write_text("{}", encoding="utf-8")
    db = str(tmp_path / "firm.db")
    result = run_docket("import", "juriscraper", str(firm), "--store", db, "--fail-fast")
    assert result.returncode == 2
    assert [line.split(": ")[1] for line in lines_of(result)] == ["refused"]


def test_a_second_sheet_of_a_stored_case_merges_exactly_as_import_into_a_file(
    run_docket: Run, tmp_path: Path
) -> None:
    db = str(tmp_path / "s.db")
    first = run_docket("import", "juriscraper", str(HISTORY_REPORT), "--store", db)
    second = run_docket("import", "juriscraper", str(DOCKET_SHEET), "--store", db)
    assert (first.returncode, second.returncode) == (0, 0), second.stderr
    assert lines_of(first)[0].startswith(f"{CASD}: new: ")
    merged = lines_of(second)[0]
    assert merged.startswith(f"{CASD}: merged: ") and " corrected, " in merged
    history = tmp_path / "casd.jsonl"
    assert (
        run_docket("import", "juriscraper", str(HISTORY_REPORT), "-o", str(history)).returncode == 0
    )
    into = run_docket("import", "juriscraper", str(DOCKET_SHEET), "--into", str(history))
    assert into.returncode == 0, into.stderr
    exported = run_docket("export", "--case", CASD, "--store", db)
    assert exported.stdout == history.read_text(encoding="utf-8")
    kinds = [json.loads(line)["type"] for line in exported.stdout.splitlines()]
    assert "entry_corrected" in kinds


def test_an_empty_sheet_in_a_store_run_is_refused_and_the_exit_status_is_2(
    run_docket: Run, tmp_path: Path
) -> None:
    db = str(tmp_path / "s.db")
    result = run_docket("import", "juriscraper", str(EMPTY), str(DOCKET_SHEET), "--store", db)
    assert result.returncode == 2
    n = len(build(read_juriscraper(DOCKET_SHEET)).events)
    assert lines_of(result) == [
        f"{CASD}: new: {n} appended, 0 already stored, {n} in the case ({DOCKET_SHEET})",
        f"{EMPTY}: refused: empty docket: juriscraper found no case on this sheet",
    ]


def test_append_of_a_history_of_many_cases_lists_each_and_refuses_only_the_bad_one(
    run_docket: Run, tmp_path: Path
) -> None:
    db = str(tmp_path / "s.db")
    cases = [f"nmd-1:20-cv-0000{i}" for i in range(1, 4)]
    line = '{{"id": "{c}/1", "case": "{c}", "type": "docket_entry", "filed": "2020-01-02", "doc": 1, "text": "{t}"}}'
    first = tmp_path / "first.jsonl"
    first.write_text(line.format(c=cases[1], t="NOTICE") + "\n", encoding="utf-8")
    assert run_docket("append", str(first), "--store", db).returncode == 0
    many = tmp_path / "many.jsonl"
    many.write_text(
        "\n".join(
            line.format(c=c, t="NOTICE, amended" if c == cases[1] else "NOTICE") for c in cases
        )
        + "\n",
        encoding="utf-8",
    )
    result = run_docket("append", str(many), "--store", db)
    assert result.returncode == 2
    out = lines_of(result)
    assert out[:2] == [
        f"{cases[0]}: new: 1 appended, 0 already stored, 1 in the case",
        f"{cases[2]}: new: 1 appended, 0 already stored, 1 in the case",
    ]
    assert out[2].startswith(f"{cases[1]}: refused: line 2: event '{cases[1]}/1' is already stored")
    assert "2 cases (2 new, 0 merged, 0 unchanged), 1 refused" in result.stderr


def test_the_progress_bar_shows_entries_per_second_on_a_terminal(
    firm: Path, tmp_path: Path
) -> None:
    root = Path(__file__).parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "COLUMNS": "160", "TERM": "xterm"}
    command = [sys.executable, "-m", "docket", "import", "juriscraper", str(firm),
               "--store", str(tmp_path / "p.db")]  # fmt: skip
    shown = b"".join(_through_a_terminal(command, env))
    assert b"entries/s" in shown and b"3/3" in shown


def _through_a_terminal(command: list[str], env: dict[str, str]) -> Iterator[bytes]:
    """Run ``command`` with its standard error on a pseudo-terminal; yield what it shows."""
    leader, follower = pty.openpty()
    done = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=follower, env=env)
    os.close(follower)
    try:
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed: the command has ended
                break
            if not chunk:
                break
            yield chunk
    finally:
        os.close(leader)
        assert done.wait(timeout=60) == 0


pg_schema = store_backends.pg_schema  # the fixture: a schema of its own, dropped afterwards


@pytest.fixture
def pg_store(request: pytest.FixtureRequest) -> str:
    """A PostgreSQL store in a schema of its own (skipped when the server is unreachable and
    CI is unset; with CI set, failed)."""
    schema, _ = request.getfixturevalue("pg_schema")
    return store_backends.pg_url(schema)


@pytest.mark.postgres
def test_the_same_sheets_into_postgresql_give_the_same_cases_as_into_sqlite(
    run_docket: Run, firm: Path, tmp_path: Path, pg_store: str
) -> None:
    db = str(tmp_path / "s.db")
    for store in (db, pg_store):
        for sheets in ((str(firm), str(HISTORY_REPORT)), (str(DOCKET_SHEET),), (str(firm),)):
            result = run_docket("import", "juriscraper", *sheets, "--store", store)
            assert result.returncode == 0, result.stderr
    again = run_docket("import", "juriscraper", str(firm), str(DOCKET_SHEET), "--store", pg_store)
    assert "4 cases (0 new, 0 merged, 4 unchanged)" in again.stderr
    for case in ("nmd-1:20-cv-00003", CASD):
        exported = [
            run_docket("export", "--case", case, "--store", s).stdout for s in (db, pg_store)
        ]
        assert exported[0] == exported[1] and exported[0]
    assert run_docket("verify", "--store", pg_store).returncode == 0
