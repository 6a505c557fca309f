"""``docket batch`` through the real command: rows that agree with ``docket posture --json``
of every case, from history files and from SQLite and PostgreSQL stores, across a process
pool and a Dask cluster, written whole or not at all."""

from __future__ import annotations

import json
import os
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import store_backends
from batch_rows import Row, expected_rows, filled, posture_json, read_jsonl, read_parquet
from click.testing import CliRunner, Result

from docket.cli import cli

ROOT = Path(__file__).parents[2]
HISTORIES = [
    str(ROOT / "tests/fixtures/lucero-v-clovis.jsonl"),
    *sorted(str(p) for p in (ROOT / "events/examples").glob("*.jsonl")),
]
SHEETS = ROOT / "tests/fixtures/dockets/juriscraper"
AS_OF = "2024-01-01"

pg_schema = store_backends.pg_schema  # the fixture: a schema of its own, dropped afterwards


def docket(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def by_case(rows: list[Row], key: str) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        out[row[key]].append(filled(row))
    return out


@pytest.fixture(scope="module")
def sqlite_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Every juriscraper sheet of the fixtures, imported into a SQLite store."""
    db = str(tmp_path_factory.mktemp("batch") / "sheets.db")
    result = docket("import", "juriscraper", str(SHEETS), "--store", db, "--keep-going")
    assert "cases (" in result.output + str(result.stderr_bytes or b""), result.output
    return db


def test_every_row_from_history_files_agrees_with_docket_posture_json_of_its_case(
    tmp_path: Path,
) -> None:
    out = str(tmp_path / "rows.jsonl")
    result = docket("batch", *HISTORIES, "--as-of", "2020-06-01", "--jobs", "2", "-o", out)
    assert result.exit_code == 0, result.output
    got = by_case(read_jsonl(out), "source")
    assert sorted(got) == sorted(HISTORIES)
    for history in HISTORIES:
        posture = posture_json(history, "--as-of", "2020-06-01")
        assert got[history] == [filled(r) for r in expected_rows(posture, history)], history
    lucero = got[HISTORIES[0]]
    assert [r["row"] for r in lucero].count("motion") == 4
    assert any(r["row"] == "stay" and r["grounds"] == "qualified_immunity" for r in lucero)


@pytest.mark.parametrize("source", ["histories", "store"])
def test_the_rows_are_the_same_in_the_same_order_whatever_the_number_of_jobs(
    source: str, sqlite_store: str, tmp_path: Path
) -> None:
    given = list(HISTORIES) if source == "histories" else ["--store", sqlite_store]
    written = []
    for jobs in ("1", "2", "3"):
        out = tmp_path / f"rows-{jobs}.jsonl"
        result = docket("batch", *given, "--as-of", AS_OF, "--jobs", jobs, "-o", str(out))
        assert result.exit_code == 0, result.output
        written.append(out.read_bytes())
    assert written[0].count(b"\n") > len(HISTORIES)
    assert written[1] == written[0] and written[2] == written[0]


def test_every_case_of_a_sqlite_store_agrees_with_docket_posture_json_and_carries_its_judge(
    sqlite_store: str, tmp_path: Path
) -> None:
    out = str(tmp_path / "rows.parquet")
    result = docket("batch", "--store", sqlite_store, "--as-of", AS_OF, "--jobs", "2", "-o", out)
    assert result.exit_code == 0, result.output
    got = by_case(read_parquet(out), "case")
    cases = json.loads(docket("cases", "--store", sqlite_store, "--json").output)
    ids = sorted(c["case"] for c in cases)
    assert sorted(got) == ids and len(ids) > 100
    for case in ids:
        posture = posture_json("--case", case, "--store", sqlite_store, "--as-of", AS_OF)
        assert got[case] == [filled(r) for r in expected_rows(posture, None, case)], case
    # The judge is the sheet's "Assigned to", read here from the sheets themselves.
    named = set()
    for sheet in SHEETS.rglob("*.json"):
        judge = (
            json.loads(sheet.read_text()).get("assigned_to_str") if sheet.stat().st_size else None
        )
        if judge and not judge.startswith("Part "):
            named.add(judge)
    judges = {rows[0]["judge"] for rows in got.values() if "judge" in rows[0]}
    assert judges and judges <= named
    assert "Part One" not in judges  # S.D.N.Y.'s duty part, not the case's judge


@pytest.mark.postgres
def test_a_dask_cluster_reading_a_postgresql_store_writes_the_rows_of_the_process_pool(
    pg_schema: tuple[str, Any], tmp_path: Path
) -> None:
    from distributed import LocalCluster

    url = store_backends.pg_url(pg_schema[0])
    sheets = sorted(str(p) for p in (SHEETS / "docket_history_reports").glob("*.json"))[:40]
    imported = docket("import", "juriscraper", *sheets, "--store", url, "--keep-going")
    assert imported.exit_code == 0, imported.output
    assert f"{len(sheets)} sheets: {len(sheets)} cases" in imported.output, imported.output
    pool, dask = str(tmp_path / "pool.jsonl"), str(tmp_path / "dask.jsonl")
    result = docket("batch", "--store", url, "--as-of", AS_OF, "--jobs", "2", "-o", pool)
    assert result.exit_code == 0, result.output
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        result = docket(
            "batch", "--store", url, "--as-of", AS_OF, "--scheduler", cluster.scheduler_address,
            "--jobs", "3", "-o", dask,
        )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = read_jsonl(pool)
    assert read_jsonl(dask) == rows
    got = by_case(rows, "case")
    assert len(got) > 20
    for case in list(got)[::7]:
        posture = posture_json("--case", case, "--store", url, "--as-of", AS_OF)
        assert got[case] == [filled(r) for r in expected_rows(posture, None, case)], case


def test_a_bad_history_gets_an_error_row_with_its_reason_and_the_others_are_written(
    tmp_path: Path,
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type": "case_opened"\n')
    out = str(tmp_path / "rows.jsonl")
    result = docket("batch", HISTORIES[0], str(bad), str(tmp_path / "none"), "--as-of",
                    "2020-06-01", "-o", out)  # fmt: skip
    assert result.exit_code == 2
    rows = read_jsonl(out)
    errors = {r["source"]: r["error"] for r in rows if r["row"] == "error"}
    assert set(errors) == {str(bad), str(tmp_path / "none")}
    assert "bad.jsonl:1" in errors[str(bad)]
    assert [r["row"] for r in rows if r["source"] == HISTORIES[0]][:2] == ["case", "motion"]
    assert "bad.jsonl:1" in result.output  # named on standard error too
    assert "Traceback" not in result.output


def test_a_batch_that_fails_halfway_leaves_the_earlier_output_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import docket.batch.run as run

    out = tmp_path / "rows.jsonl"
    out.write_text("earlier\n")
    calls = []

    def failing(partition: run.Partition, as_of: Any) -> list[Row]:
        calls.append(partition)
        if len(calls) > 1:
            raise OSError(28, "No space left on device")
        return [{"row": "case", "case": "x"}]

    monkeypatch.setattr(run, "replay_partition", failing)
    result = docket("batch", *HISTORIES, "--as-of", "2020-06-01", "--jobs", "1", "-o", str(out))
    assert result.exit_code == 2 and "No space left on device" in result.output
    assert out.read_text() == "earlier\n"
    assert [p.name for p in tmp_path.iterdir()] == ["rows.jsonl"]  # no temporary file left


def test_parquet_without_pyarrow_names_the_extra_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    result = docket("batch", *HISTORIES, "--as-of", "2020-06-01", "-o", str(tmp_path / "r.parquet"))
    assert result.exit_code == 2
    assert "pip install 'docket[batch]'" in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["-o", "rows.csv"], "must end in .parquet or .jsonl"),
        (["--store", "x.db", "-o", "rows.jsonl"], "not both"),
    ],
)
def test_a_batch_asked_wrongly_is_refused_in_one_line(args: list[str], says: str) -> None:
    result = docket("batch", HISTORIES[0], "--as-of", AS_OF, *args)
    assert result.exit_code == 2 and says in result.output


def test_stats_of_the_imported_sheets_agree_with_a_count_of_the_batch_rows(
    sqlite_store: str, tmp_path: Path
) -> None:
    import statistics

    out = str(tmp_path / "rows.jsonl")
    assert docket("batch", "--store", sqlite_store, "--as-of", AS_OF, "-o", out).exit_code == 0
    result = docket("stats", out, "--by", "kind", "--format", "json")
    assert result.exit_code == 0, result.output
    groups = {g["kind"]: g for g in json.loads(result.output)["motions"]}
    motions = [r for r in read_jsonl(out) if r["row"] == "motion"]
    assert set(groups) == {m["kind"] for m in motions}
    for kind, g in groups.items():
        mine = [m for m in motions if m["kind"] == kind]
        assert g["n"] == len(mine)
        for outcome, figure in g["outcomes"].items():
            count = sum(m["status"] == outcome for m in mine)
            assert figure["count"] == count
            assert figure["share"] == (round(count / len(mine), 4) if len(mine) >= 5 else None)
        days = [m["days_to_ruling"] for m in mine if m["days_to_ruling"] is not None]
        median = statistics.median(days) if len(days) >= 5 else None
        assert g["days_to_ruling"]["n"] == len(days) and g["days_to_ruling"]["median"] == median
    assert groups["dismiss"]["n"] > 50 and not groups["dismiss"]["too_small"]


def _dies(partition: Any, as_of: Any, fmt: Any) -> Any:
    os._exit(9)  # a worker killed mid-partition (as by the kernel when out of memory)


def test_a_replay_process_that_dies_stops_the_batch_in_one_line_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import docket.batch.run as run

    monkeypatch.setattr(run, "replay_encoded", _dies)
    out = tmp_path / "rows.jsonl"
    result = docket("batch", *HISTORIES, "--as-of", "2020-06-01", "--jobs", "2", "-o", str(out))
    assert result.exit_code == 2 and "a replay process died" in result.output, result.output
    assert "Traceback" not in result.output and list(tmp_path.iterdir()) == []
