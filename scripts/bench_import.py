"""Benchmark: a firm's sheets into the store, in one run vs one command per sheet.

Every JSON docket sheet under a folder (default /work/shared/dockets, else the fixtures:
juriscraper and CourtListener) goes into a fresh store three ways, timed by the wall clock:

* **bulk**: ``docket import juriscraper DIR --store S`` and ``docket import courtlistener
  DIR --store S``: two processes, every case in its own transaction;
* **loop**: a shell loop of ``docket import SOURCE SHEET --store S``, one process per sheet
  (what a user had to do before);
* **in-process**: each sheet read and built (``docket.ingest.build``) with no store: the
  importer's own work, the floor under both.

Each into SQLite (a file in a temporary folder) and PostgreSQL (a schema of its own at
``$DOCKET_TEST_POSTGRES``, default ``postgresql://postgres@127.0.0.1:5432/test``; left out
with a note when unreachable). One run each; nothing is asserted.

Usage: python scripts/bench_import.py [FOLDER] [--no-loop] [--no-postgres]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from docket.ingest import ImportFailed, build, read_courtlistener, read_juriscraper

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared/dockets")
POSTGRES = os.environ.get("DOCKET_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def _sheets(folder: Path) -> dict[str, list[Path]]:
    return {
        "juriscraper": sorted((folder / "juriscraper").rglob("*.json")),
        "courtlistener": sorted((folder / "courtlistener").rglob("*.json")),
    }


def _docket(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "docket", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False)


def _in_process(sheets: dict[str, list[Path]]) -> tuple[float, int]:
    started = time.perf_counter()
    entries = 0
    for source, paths in sheets.items():
        read = read_juriscraper if source == "juriscraper" else read_courtlistener
        for path in paths:
            try:
                raw = read(path)
            except ImportFailed:
                continue
            build(raw)
            entries += len(raw.entries)
    return time.perf_counter() - started, entries


def _bulk(folder: Path, store: str) -> float:
    started = time.perf_counter()
    for source in ("juriscraper", "courtlistener"):
        done = _docket("import", source, str(folder / source), "--store", store, "--no-progress")
        assert done.returncode in (0, 2), done.stderr  # 2: the empty sheets are refused
    return time.perf_counter() - started


def _loop(sheets: dict[str, list[Path]], store: str) -> float:
    started = time.perf_counter()
    for source, paths in sheets.items():
        for path in paths:
            _docket("import", source, str(path), "--store", store, "--no-progress")
    return time.perf_counter() - started


def _stored(store: str) -> int:
    listed = _docket("cases", "--store", store).stdout.splitlines()
    return sum(int(line.split("\t")[1]) for line in listed)


def _postgres_store() -> tuple[str, object] | None:
    try:
        import psycopg

        admin = psycopg.connect(POSTGRES, autocommit=True, connect_timeout=3)
    except Exception as e:  # unreachable, or psycopg missing
        print(f"PostgreSQL left out: {str(e).strip().splitlines()[0]}")
        return None
    schema = f"bench_import_{uuid.uuid4().hex[:10]}"
    return schema, admin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=None)
    parser.add_argument(
        "--no-loop", action="store_true", help="skip the one-process-per-sheet loop"
    )
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    folder = args.folder or (SHARED if SHARED.is_dir() else ROOT / "tests/fixtures/dockets")
    sheets = _sheets(folder)
    count = sum(len(p) for p in sheets.values())
    seconds, entries = _in_process(sheets)
    print(f"{folder}: {count} sheets, {entries:,} entries in the sheets that import")
    print(f"in-process build, no store: {seconds:6.2f} s  {entries / seconds:8,.0f} entries/s")
    stores: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        stores.append(("SQLite", str(Path(tmp) / "bulk.db")))
        loop_sqlite = str(Path(tmp) / "loop.db")
        pg = None if args.no_postgres else _postgres_store()
        if pg is not None:
            sep = "&" if "?" in POSTGRES else "?"
            stores.append(("PostgreSQL", f"{POSTGRES}{sep}schema={pg[0]}"))
        try:
            for name, store in stores:
                seconds = _bulk(folder, store)
                stored = _stored(store)
                print(
                    f"bulk into {name:<10}: {seconds:6.2f} s  {entries / seconds:8,.0f} entries/s"
                    f"  ({stored:,} events stored)"
                )
            if not args.no_loop:
                seconds = _loop(sheets, loop_sqlite)
                print(
                    f"shell loop into SQLite: {seconds:6.2f} s  {entries / seconds:8,.0f} entries/s"
                    f"  ({count} processes, {_stored(loop_sqlite):,} events stored)"
                )
        finally:
            if pg is not None:
                admin = pg[1]
                admin.execute(f'DROP SCHEMA IF EXISTS "{pg[0]}" CASCADE')  # type: ignore[attr-defined]
                admin.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
