"""How imported civil cases read discovery: its status at the last entry, how many have a close
read from a scheduling order, and how many carry a review flag for one whose date could not be
read. Every JSON fixture sheet under ``tests/fixtures/dockets`` (development data: the
scheduling-order reader was written looking at them).

    python scripts/discovery_coverage.py
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from docket import replay
from docket.ingest import ImportFailed, build, read_courtlistener, read_juriscraper

FIXTURES = Path(__file__).parents[1] / "tests" / "fixtures" / "dockets"


def main() -> None:
    counts: Counter[str] = Counter()
    for path in sorted(FIXTURES.rglob("*.json")):
        read = read_courtlistener if "courtlistener" in path.parts else read_juriscraper
        try:
            events = build(read(path)).events
        except ImportFailed:
            continue
        if "-cv-" not in events[0].case:
            continue
        posture = replay(events)
        counts["civil cases"] += 1
        counts[f"discovery {posture.discovery.status}"] += 1
        counts["close read"] += posture.discovery.closes is not None
        counts["cases flagged for review"] += bool(posture.discovery.review)
        counts["review flags"] += len(posture.discovery.review)
    for name, n in sorted(counts.items()):
        print(f"{name:28} {n:5}")


if __name__ == "__main__":
    main()
