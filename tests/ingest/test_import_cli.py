"""``docket import``: juriscraper, CourtListener and PACER sheets into histories."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from docket.cli import cli
from docket.history import load_history

ROOT = Path(__file__).resolve().parent.parent.parent
DOCKETS = ROOT / "tests" / "fixtures" / "dockets"
VAED = DOCKETS / "juriscraper" / "dockets" / "district" / "vaed.json"
INSD = DOCKETS / "courtlistener" / "insd__1_24-cv-00524.json"
EMPTY = DOCKETS / "juriscraper" / "dockets" / "district" / "dcd_2.json"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_import_writes_a_history_that_loads(tmp_path: Path) -> None:
    out = tmp_path / "vaed.jsonl"
    code, _, _ = run("import", "juriscraper", str(VAED), "-o", str(out))
    assert code == 0
    events = load_history(out)
    assert events[0].case == "vaed-1:19-cv-00632"
    assert sum(1 for e in events if e.type == "motion_filed") > 5


def test_import_without_an_output_prints_jsonl(tmp_path: Path) -> None:
    code, stdout, _ = run("import", "courtlistener", str(INSD))
    assert code == 0
    lines = stdout.splitlines()
    assert lines and all(line.startswith("{") for line in lines)
    assert '"case":"insd-1:24-cv-00524"' in lines[0]


def test_the_report_counts_types_generic_entries_and_unresolved_references(tmp_path: Path) -> None:
    code, stdout, _ = run(
        "import", "courtlistener", str(INSD), "-o", str(tmp_path / "h.jsonl"), "--report"
    )
    assert code == 0
    assert "40 entries, case insd-1:24-cv-00524" in stdout
    assert "motion_filed" in stdout and "generic (docket_entry):" in stdout
    assert "order references not resolved to a motion:" in stdout


def test_reimporting_into_the_history_adds_nothing(tmp_path: Path) -> None:
    history = tmp_path / "case.jsonl"
    run("import", "juriscraper", str(VAED), "-o", str(history))
    before = history.read_text(encoding="utf-8")
    code, _, stderr = run("import", "juriscraper", str(VAED), "--into", str(history))
    assert code == 0
    # 58 entries, 5 hearing notices the importer adds for the motions one entry sets for
    # hearing ("Set Deadlines as to 41 MOTION ..., 22 MOTION ... Motion Hearing set for"), and
    # 2 extensions of the time to answer the orders Docs. 10 and 15 grant (FRCP 6(b)(1)).
    assert "added 0 events, 65 entries already present" in stderr
    assert history.read_text(encoding="utf-8") == before


def test_importing_into_a_history_keeps_its_case_id(tmp_path: Path) -> None:
    history = tmp_path / "case.jsonl"
    history.write_text(
        '{"id":"mine/1","case":"mine","type":"case_opened","filed":"2019-05-23","doc":1}\n',
        encoding="utf-8",
    )
    code, _, _ = run("import", "juriscraper", str(VAED), "--into", str(history))
    assert code == 0
    events = load_history(history)
    assert {e.case for e in events} == {"mine"}
    assert events[0].id == "mine/1" and sum(1 for e in events if e.doc == 1) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["juriscraper", "nowhere.json"], "nowhere.json: no such file"),
        (["juriscraper", str(EMPTY)], "empty docket"),
        (["courtlistener", str(VAED)], "not a CourtListener docket"),
        (["juriscraper", str(VAED), "--into", "missing.jsonl"], "missing.jsonl: no such file"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(args: list[str], message: str) -> None:
    code, _, stderr = run("import", *args)
    assert code == 2
    assert message in stderr
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1


def test_a_file_that_is_not_json_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"docket_entries": [\n  oops\n]}', encoding="utf-8")
    code, _, stderr = run("import", "juriscraper", str(bad))
    assert code == 2
    assert f"{bad}: line 2: not JSON" in stderr


def test_output_and_into_together_are_refused(tmp_path: Path) -> None:
    code, _, stderr = run("import", "juriscraper", str(VAED), "-o", "a.jsonl", "--into", "b.jsonl")
    assert code == 2
    assert "not both" in stderr


def test_a_failed_import_leaves_the_history_untouched(tmp_path: Path) -> None:
    history = tmp_path / "case.jsonl"
    run("import", "juriscraper", str(VAED), "-o", str(history))
    before = history.read_bytes()
    code, _, _ = run("import", "juriscraper", str(EMPTY), "--into", str(history))
    assert code == 2
    assert history.read_bytes() == before


def test_every_import_command_has_help_with_an_example() -> None:
    for name in ("juriscraper", "courtlistener", "pacer"):
        code, stdout, _ = run("import", name, "--help")
        assert code == 0 and "Example: docket import" in stdout


def test_the_pacer_command_reads_an_html_sheet(tmp_path: Path) -> None:
    pytest.importorskip("juriscraper")
    page = DOCKETS / "juriscraper" / "dockets" / "district" / "vaed.html"
    out = tmp_path / "page.jsonl"
    code, _, stderr = run("import", "pacer", str(page), "-o", str(out))
    assert code == 0, stderr
    from_json = tmp_path / "json.jsonl"
    run("import", "juriscraper", str(page.with_suffix(".json")), "-o", str(from_json))
    assert out.read_text(encoding="utf-8") == from_json.read_text(encoding="utf-8")


def test_the_entry_point_imports_and_the_history_replays(tmp_path: Path) -> None:
    out = tmp_path / "insd.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    imported = subprocess.run(
        [sys.executable, "-m", "docket", "import", "courtlistener", str(INSD), "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr
    posture = subprocess.run(
        [sys.executable, "-m", "docket", "posture", str(out), "--as-of", "2025-07-08", "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert posture.returncode == 0, posture.stderr
    assert '"court": "insd"' in posture.stdout
