"""The store commands, run through the ``docket`` entry point as a user would."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from docket.cli import cli

ROOT = Path(__file__).resolve().parents[2]
FOUNDING = ROOT / "tests" / "fixtures" / "lucero-v-clovis.jsonl"
CASE = "nmd-2:19-cv-00445"
POSTGRES = os.environ.get("DOCKET_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def docket(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m docket ARGS`` with this worktree first on the path."""
    path = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "docket", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": path, **(env or {})},
        timeout=120,
    )


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "docket.db")


@pytest.fixture
def pg_store() -> Iterator[str]:
    """A PostgreSQL store URL in a schema of its own, dropped afterwards."""
    import psycopg

    try:
        admin = psycopg.connect(POSTGRES, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as e:
        reason = f"PostgreSQL not reachable at {POSTGRES} ({str(e).strip().splitlines()[0]})"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI is set, so the PostgreSQL tests must run")
        pytest.skip(f"{reason}; skipped because CI is unset (with CI set this fails)")
    schema = f"docket_cli_{os.getpid()}_{uuid.uuid4().hex[:10]}"
    try:
        yield f"{POSTGRES}?schema={schema}"
    finally:
        admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.close()


def test_appending_the_same_history_twice_stores_each_entry_once(db: str) -> None:
    first = docket("append", str(FOUNDING), "--store", db)
    second = docket("append", str(FOUNDING), "--store", db)
    assert (first.returncode, second.returncode) == (0, 0)
    assert first.stdout == f"{CASE}: new: 7 appended, 0 already stored, 7 in the case\n"
    assert second.stdout == f"{CASE}: unchanged: 0 appended, 7 already stored, 7 in the case\n"
    assert second.stderr.startswith("1 cases (0 new, 0 merged, 1 unchanged), 0 refused")


def test_an_export_appended_to_an_empty_store_exports_the_same_bytes(
    tmp_path: Path, db: str
) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["append", str(FOUNDING), "--store", db]).exit_code == 0
    exported = tmp_path / "exported.jsonl"
    result = runner.invoke(cli, ["export", "--case", CASE, "--store", db, "-o", str(exported)])
    assert result.exit_code == 0
    other = str(tmp_path / "other.db")
    assert runner.invoke(cli, ["append", str(exported), "--store", other]).exit_code == 0
    again = docket("export", "--case", CASE, "--store", other)
    assert again.returncode == 0
    assert again.stdout.encode() == exported.read_bytes()
    assert len(again.stdout.splitlines()) == 7


def test_posture_read_from_the_store_matches_posture_read_from_the_file(db: str) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["append", str(FOUNDING), "--store", db]).exit_code == 0
    for extra in ([], ["--json"]):
        from_file = runner.invoke(cli, ["posture", str(FOUNDING), "--as-of", "2019-12-10", *extra])
        from_store = docket(
            "posture", "--case", CASE, "--store", db, "--as-of", "2019-12-10", *extra
        )
        assert from_store.returncode == 0
        if extra:
            stored, filed = json.loads(from_store.stdout), json.loads(from_file.output)
            # The question says where each was read from; the rest is the same answer.
            assert stored.pop("question")["source"] == f"store {db}"
            assert filed.pop("question")["source"] == str(FOUNDING)
            assert stored == filed
        else:
            # The question's first line is the same; its second says where it was read from.
            store_lines, file_lines = from_store.stdout.splitlines(), from_file.output.splitlines()
            assert store_lines[0] == file_lines[0]
            assert store_lines[1].startswith(f"case {CASE}, read from store {db}; rules: nmd")
            assert store_lines[2:] == file_lines[2:]
            assert "Discovery STAYED" in from_file.output


def test_posture_needs_exactly_one_of_a_history_or_a_case(db: str) -> None:
    runner = CliRunner()
    neither = runner.invoke(cli, ["posture"])
    both = runner.invoke(cli, ["posture", str(FOUNDING), "--case", CASE, "--store", db])
    assert (neither.exit_code, both.exit_code) == (2, 2)
    assert "either a HISTORY file or --case ID" in both.output


def test_cases_lists_each_case_with_its_entries(db: str) -> None:
    runner = CliRunner()
    runner.invoke(cli, ["append", str(FOUNDING), "--store", db])
    listed = runner.invoke(cli, ["cases", "--store", db, "--json"])
    assert listed.exit_code == 0
    (only,) = json.loads(listed.output)
    assert (only["case"], only["entries"]) == (CASE, 7)
    assert runner.invoke(cli, ["cases", "--store", db]).output.startswith(f"{CASE}\t7\t")


def test_the_store_comes_from_docket_store_when_not_given(db: str) -> None:
    runner = CliRunner(env={"DOCKET_STORE": db})
    assert runner.invoke(cli, ["append", str(FOUNDING)]).exit_code == 0
    assert Path(db).is_file()
    assert runner.invoke(cli, ["cases"]).output.startswith(CASE)


def _tamper_sqlite(path: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute(
        "UPDATE events SET payload = replace(payload, 'GRANTING', 'DENYING') WHERE position = 7"
    )
    conn.close()


def test_verify_passes_an_intact_store_and_fails_an_edited_one(db: str) -> None:
    CliRunner().invoke(cli, ["append", str(FOUNDING), "--store", db])
    intact = docket("verify", "--store", db)
    assert intact.returncode == 0
    assert intact.stdout.startswith(f"ok\t{CASE}\t7\t")
    _tamper_sqlite(db)
    broken = docket("verify", "--store", db)
    assert broken.returncode == 1
    assert f"BROKEN\tcase '{CASE}' position 7: stored JSON does not match" in broken.stdout
    assert CliRunner().invoke(cli, ["verify", "--case", CASE, "--store", db]).exit_code == 1


def test_verify_finds_an_edited_row_in_postgres(pg_store: str) -> None:
    import psycopg

    runner = CliRunner()
    assert runner.invoke(cli, ["append", str(FOUNDING), "--store", pg_store]).exit_code == 0
    assert runner.invoke(cli, ["verify", "--store", pg_store]).exit_code == 0
    schema = pg_store.rsplit("schema=", 1)[1]
    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        conn.execute(f'DROP TRIGGER events_no_update ON "{schema}".events')
        conn.execute(
            f"UPDATE \"{schema}\".events SET recorded_at = recorded_at - interval '1 day'"
            " WHERE position = 4"
        )
    broken = docket("verify", "--store", pg_store)
    assert broken.returncode == 1
    assert f"case '{CASE}' position 4: chain hash" in broken.stdout


def test_a_bad_history_line_is_one_message_and_stores_nothing(tmp_path: Path, db: str) -> None:
    bad = tmp_path / "bad.jsonl"
    lines = FOUNDING.read_text(encoding="utf-8").splitlines()
    bad.write_text("\n".join([*lines[:3], '{"id": "x", "type": "nonsense"}', *lines[3:]]) + "\n")
    result = docket("append", str(bad), "--store", db)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and f"{bad}:4: unknown event type" in result.stderr
    assert not Path(db).exists()


def test_an_entry_rewritten_under_a_stored_id_is_refused_and_nothing_is_added(
    tmp_path: Path, db: str
) -> None:
    CliRunner().invoke(cli, ["append", str(FOUNDING), "--store", db])
    lines = FOUNDING.read_text(encoding="utf-8").splitlines()
    rewritten = tmp_path / "rewritten.jsonl"
    extra = lines[-1].replace('"doc": 44', '"doc": 46').replace("/44", "/46")
    rewritten.write_text("\n".join([extra, lines[0].replace("COMPLAINT", "AMENDED")]) + "\n")
    result = docket("append", str(rewritten), "--store", db)
    assert result.returncode == 2
    # The case is refused whole, naming the line of the entry stored with other content.
    assert result.stdout == (
        f"{CASE}: refused: line 2: event '{CASE}/1' is already stored (case '{CASE}'"
        " position 1) with different content; record an entry_corrected or entry_stricken"
        " event instead (nothing was written)\n"
    )
    assert "1 refused" in result.stderr and "Traceback" not in result.stderr
    assert CliRunner().invoke(cli, ["cases", "--store", db]).output.startswith(f"{CASE}\t7\t")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "--case", "nope"], "no case 'nope' in the store"),
        (["posture", "--case", "nope"], "no case 'nope' in the store"),
        (["verify", "--case", "nope"], "no case 'nope' in the store"),
    ],
)
def test_asking_for_a_case_the_store_lacks_is_one_message(
    db: str, args: list[str], message: str
) -> None:
    CliRunner().invoke(cli, ["append", str(FOUNDING), "--store", db])
    result = CliRunner().invoke(cli, [*args, "--store", db])
    assert result.exit_code == 2
    assert message in result.output


@pytest.mark.parametrize("command", ["export --case x", "cases", "verify", "posture --case x"])
def test_reading_a_store_that_does_not_exist_creates_none(tmp_path: Path, command: str) -> None:
    path = tmp_path / "typo.db"
    result = CliRunner().invoke(cli, [*command.split(), "--store", str(path)])
    assert result.exit_code == 2
    assert f"no docket store at {path}" in result.output
    assert not path.exists()


def test_a_file_that_is_not_a_database_is_one_message(tmp_path: Path) -> None:
    result = docket("cases", "--store", str(FOUNDING))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "not a database" in result.stderr


def test_an_unknown_kind_of_store_url_is_one_message() -> None:
    result = CliRunner().invoke(cli, ["cases", "--store", "mysql://db/x"])
    assert result.exit_code == 2
    assert "unknown store URL mysql://" in result.output


@pytest.mark.parametrize("command", ["append", "export", "cases", "verify", "posture"])
def test_every_store_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example: docket " + command in result.output
    assert "--store" in result.output


def test_a_history_of_several_cases_goes_into_one_stream_per_case(tmp_path: Path, db: str) -> None:
    lines = FOUNDING.read_text(encoding="utf-8").splitlines()
    other = [line.replace(CASE, "nmd-1:20-cv-00001") for line in lines[:3]]
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("\n".join([lines[0], other[0], *lines[1:], *other[1:]]) + "\n")
    runner = CliRunner()
    result = runner.invoke(cli, ["append", str(mixed), "--store", db])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"{CASE}: new: 7 appended, 0 already stored, 7 in the case",
        "nmd-1:20-cv-00001: new: 3 appended, 0 already stored, 3 in the case",
    ]
    exported = runner.invoke(cli, ["export", "--case", "nmd-1:20-cv-00001", "--store", db])
    assert [json.loads(x)["id"] for x in exported.output.splitlines()] == [
        json.loads(x)["id"] for x in other
    ]


@pytest.mark.parametrize("where", ["sqlite", "postgres"])
def test_posture_of_a_stored_case_reads_the_snapshot_the_store_keeps(
    where: str, request: pytest.FixtureRequest
) -> None:
    url = request.getfixturevalue("db" if where == "sqlite" else "pg_store")
    assert docket("append", str(FOUNDING), "--store", url).returncode == 0
    ask = ["posture", "--case", CASE, "--store", url, "--as-of", "2019-12-10", "--json"]
    built = docket("-v", *ask, "--index")
    read = docket("-v", *ask, "--index")
    replayed = docket(*ask, "--no-index")
    assert built.returncode == read.returncode == replayed.returncode == 0, built.stderr
    assert "use=built" in built.stderr, built.stderr
    assert "use=read" in read.stderr, read.stderr
    assert built.stdout == read.stdout == replayed.stdout
    assert json.loads(read.stdout)["discovery"]["status"] == "stayed"
    assert docket("verify", "--store", url).returncode == 0


def _saved_head(db: str) -> str:
    """The head ``docket verify`` prints for the founding case, in the form it takes back."""
    intact = docket("verify", "--store", db)
    assert intact.returncode == 0, intact.stderr
    ((status, case, version, digest, saved),) = (x.split("\t") for x in intact.stdout.splitlines())
    assert (status, case, version, saved) == ("ok", CASE, "7", f"{CASE}@7={digest}")
    return saved


def _rewrite_sqlite(path: str, position: int, old: str, new: str) -> None:
    """Change one entry's text and recompute every hash from it on, with the public formula,
    as whoever can write the database (and drop its guard) could."""
    from docket.store.chain import chain_hash, event_hash

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER events_no_update")
    rows = conn.execute(
        "SELECT position, event_id, recorded_at, payload, prev_hash FROM events"
        " WHERE case_id = ? AND position >= ? ORDER BY position",
        (CASE, position),
    ).fetchall()
    prev = rows[0][4]
    for at_position, event_id, recorded_at, payload, _ in rows:
        payload = payload.replace(old, new) if at_position == position else payload
        digest = event_hash(payload)
        link = chain_hash(prev, digest, CASE, at_position, event_id, recorded_at)
        conn.execute(
            "UPDATE events SET payload = ?, event_hash = ?, prev_hash = ?, hash = ?"
            " WHERE case_id = ? AND position = ?",
            (payload, digest, prev, link, CASE, at_position),
        )
        prev = link
    conn.close()


def test_a_saved_head_passed_back_to_verify_holds_after_later_entries(
    tmp_path: Path, db: str
) -> None:
    assert docket("append", str(FOUNDING), "--store", db).returncode == 0
    saved = _saved_head(db)
    later = tmp_path / "later.jsonl"
    last = FOUNDING.read_text(encoding="utf-8").splitlines()[-1]
    later.write_text(last.replace('"doc": 44', '"doc": 46').replace("/44", "/46") + "\n")
    assert docket("append", str(later), "--store", db).returncode == 0
    checked = docket("verify", "--store", db, "--expect-head", saved)
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.startswith(f"ok\t{CASE}\t8\t")
    assert (
        checked.stderr
        == "verified 8 entries in 1 cases: every chain holds and contains the saved heads given (1)\n"
    )


def test_a_rewrite_that_keeps_the_chain_whole_is_caught_against_the_saved_head(db: str) -> None:
    assert docket("append", str(FOUNDING), "--store", db).returncode == 0
    saved = _saved_head(db)
    _rewrite_sqlite(db, 7, "GRANTING MOTION TO STAY", "DENYING MOTION TO STAY")
    assert docket("verify", "--store", db).returncode == 0  # the chain alone cannot tell
    caught = docket("verify", "--store", db, "--expect-head", saved)
    assert caught.returncode == 1
    (line,) = caught.stdout.splitlines()
    assert line.startswith(f"MISMATCH\tcase '{CASE}': position 7's chain hash is ")
    assert "an entry at or before position 7 was changed or removed" in line
    assert caught.stderr == "1 cases missing a saved head among 7 entries in 1 cases\n"


def test_removed_newest_entries_are_caught_against_the_saved_head(db: str) -> None:
    assert docket("append", str(FOUNDING), "--store", db).returncode == 0
    saved = _saved_head(db)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("DROP TRIGGER events_no_delete")
    conn.execute("DELETE FROM events WHERE position > 5")
    conn.close()
    assert docket("verify", "--store", db).returncode == 0
    caught = CliRunner().invoke(cli, ["verify", "--store", db, "--expect-head", saved])
    assert caught.exit_code == 1
    assert caught.stdout.splitlines() == [
        f"MISMATCH\tcase '{CASE}': the case holds 5 entries, fewer than the 7 of the saved head"
        f" {saved[-64:][:16]}…: entries were removed"
    ]


def test_a_rewrite_in_postgres_is_caught_against_the_saved_head(pg_store: str) -> None:
    import psycopg

    from docket.store.chain import chain_hash, event_hash, stamp

    runner = CliRunner()
    assert runner.invoke(cli, ["append", str(FOUNDING), "--store", pg_store]).exit_code == 0
    saved = runner.invoke(cli, ["verify", "--store", pg_store]).stdout.split("\t")[-1].strip()
    schema = pg_store.rsplit("schema=", 1)[1]
    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        ((eid, at, payload, prev),) = conn.execute(
            f'SELECT event_id, recorded_at, payload, prev_hash FROM "{schema}".events'
            " WHERE position = 7"
        ).fetchall()
        payload = payload.replace("GRANTING", "DENYING")
        digest = event_hash(payload)
        link = chain_hash(prev, digest, CASE, 7, eid, stamp(at))
        conn.execute(f'DROP TRIGGER events_no_update ON "{schema}".events')
        conn.execute(
            f'UPDATE "{schema}".events SET payload = %s, event_hash = %s, hash = %s'
            " WHERE position = 7",
            (payload, digest, link),
        )
    assert runner.invoke(cli, ["verify", "--store", pg_store]).exit_code == 0
    caught = runner.invoke(cli, ["verify", "--store", pg_store, "--expect-head", saved])
    assert caught.exit_code == 1
    assert caught.stdout.startswith(f"MISMATCH\tcase '{CASE}': position 7's chain hash is ")


def test_a_bare_hash_is_for_the_one_case_and_must_name_it_among_several(
    tmp_path: Path, db: str
) -> None:
    assert docket("append", str(FOUNDING), "--store", db).returncode == 0
    digest = _saved_head(db)[-64:]
    runner = CliRunner()
    assert runner.invoke(cli, ["verify", "--store", db, "--expect-head", digest]).exit_code == 0
    other = tmp_path / "other.jsonl"
    first = FOUNDING.read_text(encoding="utf-8").splitlines()[0]
    other.write_text(first.replace(CASE, "nmd-1:20-cv-00001") + "\n")
    assert docket("append", str(other), "--store", db).returncode == 0
    ambiguous = docket("verify", "--store", db, "--expect-head", digest)
    assert ambiguous.returncode == 2
    assert ambiguous.stderr.count("\n") == 1 and "the store holds 2 cases; name the case" in (
        ambiguous.stderr
    )
    one = runner.invoke(cli, ["verify", "--store", db, "--case", CASE, "--expect-head", digest])
    assert one.exit_code == 0


@pytest.mark.parametrize(
    ("head", "message"),
    [
        ("not-a-hash", "saved head 'not-a-hash': the hash must be 64 hexadecimal digits"),
        (f"{CASE}@0={'a' * 64}", "the version counts entries from 1"),
        (f"other@1={'a' * 64}", "it is for case 'other', but --case checks only"),
    ],
)
def test_a_saved_head_verify_cannot_use_is_one_message(db: str, head: str, message: str) -> None:
    assert docket("append", str(FOUNDING), "--store", db).returncode == 0
    result = docket("verify", "--store", db, "--case", CASE, "--expect-head", head)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.parametrize("only", [[], ["--case", "nmd-1:20-cv-00001"]], ids=["all", "--case"])
def test_a_saved_head_of_a_case_the_store_lacks_is_a_mismatch(db: str, only: list[str]) -> None:
    assert docket("append", str(FOUNDING), "--store", db).returncode == 0
    head = f"nmd-1:20-cv-00001@2={'a' * 64}"
    result = CliRunner().invoke(cli, ["verify", "--store", db, *only, "--expect-head", head])
    assert result.exit_code == 1
    assert (
        "MISMATCH\tcase 'nmd-1:20-cv-00001': the store holds no entries of the case,"
        " but its head aaaaaaaaaaaaaaaa… (position 2) was saved"
    ) in result.stdout.splitlines()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("sqlite://", "store URL 'sqlite://' names no file: give a path"),
        ("sqlite://:memory:", "names SQLite's in-memory database, which keeps nothing"),
        ("sqlite:///:memory:", "names SQLite's in-memory database, which keeps nothing"),
        ("postgresql://[::1/db", "store URL 'postgresql://[::1/db' cannot be read (Invalid IPv6"),
        ("postgresql://[zz]:5432/x", "'zz' does not appear to be an IPv4 or IPv6 address"),
        ("postgresql://u:secret@localhost:99999/x", "'postgresql://u:***@localhost:99999/x'"),
        ("postgresql://localhost:port/x", "Port could not be cast to integer"),
        ("mysql://db/x", "unknown store URL mysql://"),
    ],
)
@pytest.mark.parametrize("command", ["append", "cases"])
def test_a_store_url_that_names_no_usable_store_is_one_message(
    url: str, message: str, command: str
) -> None:
    memory_file = Path("/:memory:")
    existed = memory_file.exists()
    args = [str(FOUNDING)] if command == "append" else []
    result = docket(command, *args, "--store", url)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr and "secret" not in result.stderr
    assert result.stdout == ""
    assert memory_file.exists() == existed


def test_appending_to_memory_says_nothing_is_kept() -> None:
    result = docket("append", str(FOUNDING), "--store", "memory:")
    assert result.returncode == 0
    assert result.stdout == f"{CASE}: new: 7 appended, 0 already stored, 7 in the case\n"
    assert result.stderr.startswith(
        "memory: keeps nothing after this command (give a file to keep it)\n"
        "1 cases (1 new, 0 merged, 0 unchanged), 0 refused; 7 entries in "
    )
