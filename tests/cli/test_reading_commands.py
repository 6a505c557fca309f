"""Every reading command reads a history file or a stored case alike, takes --as-of and
--known-on, and states its question first (through the entry point)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

LUCERO = "events/lucero-v-clovis.jsonl"
CASE = "nmd-2:19-cv-00445"

#: Each reading command with what it needs besides the case.
READINGS = {
    "posture": ["--as-of", "2019-12-10"],
    "deadlines": ["--as-of", "2019-11-20"],
    "explain": ["--as-of", "2019-12-31", "--discovery"],
    "diff": ["--from", "2019-12-01", "--to", "2019-12-31"],
    "timeline": ["--as-of", "2019-12-31"],
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    import os
    import subprocess
    import sys

    path = str(tmp_path_factory.mktemp("store") / "docket.db")
    root = Path(__file__).parents[2]
    subprocess.run(
        [sys.executable, "-m", "docket", "append", LUCERO, "--store", path],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        check=True,
        capture_output=True,
    )
    return path


@pytest.mark.parametrize("command", sorted(READINGS))
def test_each_reading_command_answers_the_same_from_the_store_as_from_the_file(
    run_docket, store: str, command: str
) -> None:
    from_file = run_docket(command, LUCERO, *READINGS[command])
    from_store = run_docket(command, "--case", CASE, "--store", store, *READINGS[command])
    assert from_file.returncode == 0, from_file.stderr
    assert from_store.returncode == 0, from_store.stderr
    file_lines, store_lines = from_file.stdout.splitlines(), from_store.stdout.splitlines()
    # The question first: the same reading of the same record, read from two places.
    assert file_lines[0] == store_lines[0]
    assert file_lines[0].startswith(f"{command} ")
    assert "; 6 of 7 entries reconstructed" in file_lines[0]
    assert file_lines[1] == f"case {CASE}, read from {LUCERO}; rules: nmd (local rules on the FRCP)"
    assert (
        store_lines[1]
        == f"case {CASE}, read from store {store}; rules: nmd (local rules on the FRCP)"
    )
    assert file_lines[2:] == store_lines[2:]
    assert len(file_lines) > 2


@pytest.mark.parametrize("command", sorted(READINGS))
def test_each_reading_command_takes_known_on_and_says_so_in_its_json(
    run_docket, command: str
) -> None:
    out = run_docket(command, LUCERO, *READINGS[command], "--known-on", "2019-12-09", "--json")
    assert out.returncode == 0, out.stderr
    question = json.loads(out.stdout)["question"]
    assert question["asks"] == command
    assert question["known_on"] == "2019-12-09"
    # The order of 2019-12-10 was not known on 2019-12-09: six entries, the last of Nov. 18.
    assert question["record"] == {"entries": 6, "last_entry": "2019-11-18", "reconstructed": 5}
    assert question["case"] == CASE


def test_what_was_not_yet_known_is_left_out_of_every_reading(run_docket, store: str) -> None:
    known = run_docket(
        "diff",
        "--case",
        CASE,
        "--store",
        store,
        "--from",
        "2019-12-01",
        "--to",
        "2019-12-31",
        "--known-on",
        "2019-12-09",
    )
    assert known.returncode == 0, known.stderr
    # The store recorded every entry today: on 2019-12-09 it knew none of them.
    assert "; no entries; 0 of 0 entries reconstructed" in known.stdout.splitlines()[0]
    explained = run_docket(
        "explain", LUCERO, "--as-of", "2019-12-31", "--known-on", "2019-12-09", "--discovery"
    )
    assert "Discovery OPEN as of 2019-12-31" in explained.stdout


def test_a_date_may_be_written_as_a_us_court_writes_it(run_docket) -> None:
    iso = run_docket("deadlines", LUCERO, "--as-of", "2019-11-20")
    us = run_docket("deadlines", LUCERO, "--as-of", "11/20/2019")
    assert us.returncode == 0, us.stderr
    assert us.stdout == iso.stdout
    bad = run_docket("deadlines", LUCERO, "--as-of", "13/20/2019")
    assert bad.returncode == 2
    assert "is not a date (YYYY-MM-DD or MM/DD/YYYY)" in bad.stderr


def test_explain_case_status_explains_the_case_and_case_names_a_stored_one(
    run_docket, store: str
) -> None:
    out = run_docket(
        "explain", "--case", CASE, "--store", store, "--as-of", "2019-12-31", "--case-status"
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[2] == "Case OPEN as of 2019-12-31"


def test_a_court_without_local_rules_is_said_to_follow_the_federal_defaults(
    run_docket, tmp_path: Path
) -> None:
    root = Path(__file__).parents[2]
    history = tmp_path / "elsewhere.jsonl"
    history.write_text((root / LUCERO).read_text().replace('"court": "nmd"', '"court": "zzd"'))
    out = run_docket("posture", str(history), "--as-of", "2019-12-10", "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["question"]["rule_pack_notice"].startswith(
        "court 'zzd' has no rule pack"
    )
    text = run_docket("posture", str(history), "--as-of", "2019-12-10")
    assert text.stdout.splitlines()[1].endswith(
        "rules: no local rules for this court: federal defaults"
    )


def test_a_reading_of_a_case_the_store_does_not_hold_is_one_line_and_exit_2(
    run_docket, store: str
) -> None:
    for command in READINGS:
        out = run_docket(
            command, "--case", "nmd-1:99-cv-00001", "--store", store, *READINGS[command]
        )
        assert out.returncode == 2, command
        assert len(out.stderr.strip().splitlines()) == 1, out.stderr
        assert "Traceback" not in out.stderr
