"""Snapshot of what the importer makes of every fixture sheet: events, report and posture.

For every JSON docket sheet under tests/fixtures/dockets (juriscraper and CourtListener),
write one JSON line with the sheet's path, the imported events, the import report's notes
and the replayed posture. Two snapshots taken before and after a change that should not
change any output (a speed-up) must be identical:

    python scripts/ingest_snapshot.py > /tmp/before.jsonl
    ... change ...
    python scripts/ingest_snapshot.py > /tmp/after.jsonl
    cmp /tmp/before.jsonl /tmp/after.jsonl

Usage: python scripts/ingest_snapshot.py [--html]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from docket.engine.fold import replay
from docket.ingest import ImportFailed, build, read_courtlistener, read_juriscraper, read_pacer

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "dockets"


def _plain(value: object) -> object:
    """``value`` with every mapping key a string, so JSON can hold it."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _line(path: Path, html: bool) -> str:
    name = str(path.relative_to(ROOT))
    try:
        if html:
            raw = read_pacer(path)
        elif "courtlistener" in path.parts:
            raw = read_courtlistener(path)
        else:
            raw = read_juriscraper(path)
    except ImportFailed as e:
        return json.dumps({"sheet": name, "failed": str(e)})
    result = build(raw)
    posture = replay(result.events)
    return json.dumps(
        {
            "sheet": name,
            "entries": len(raw.entries),
            "events": [json.loads(e.model_dump_json()) for e in result.events],
            "entry_ids": result.entry_ids,
            "report": _plain(dataclasses.asdict(result.report)),
            "posture": json.loads(posture.model_dump_json()),
        },
        sort_keys=True,
        default=str,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--html", action="store_true", help="the PACER HTML sheets too")
    args = parser.parse_args()
    for path in sorted(ROOT.rglob("*.json")):
        sys.stdout.write(_line(path, html=False) + "\n")
    if args.html:
        for path in sorted(ROOT.rglob("*.html")):
            sys.stdout.write(_line(path, html=True) + "\n")


if __name__ == "__main__":
    main()
