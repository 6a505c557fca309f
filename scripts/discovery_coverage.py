"""How imported civil cases read discovery: its status at the last entry, how many have a close
read from a scheduling order, and how many carry a review flag for one whose date could not be
read. Every JSON fixture sheet under ``tests/fixtures/dockets`` (development data: the
scheduling-order reader was written looking at them).

    python scripts/discovery_coverage.py
"""

from __future__ import annotations

from collections import Counter

from fixture_sheets import civil_histories

from docket import replay


def main() -> None:
    counts: Counter[str] = Counter()
    for events in civil_histories():
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
