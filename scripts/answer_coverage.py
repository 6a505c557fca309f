"""How imported civil cases read service, answers and default: how many returns of service,
answers and defaults the reader finds, and where each defendant's answer stands at the last
entry, with the review flags it raised. Every JSON fixture sheet under
``tests/fixtures/dockets`` (development data: the service reader was written looking at a few
of their returns).

    python scripts/answer_coverage.py
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from docket import replay
from docket.ingest import ImportFailed, build, read_courtlistener, read_juriscraper

FIXTURES = Path(__file__).parents[1] / "tests" / "fixtures" / "dockets"
_READ = (
    "summons_served",
    "waiver_returned",
    "answer_filed",
    "default_requested",
    "default_entered",
)


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
        counts["civil cases"] += 1
        for e in events:
            if e.type in _READ:
                counts[f"entries {e.type}"] += 1
        posture = replay(events)
        counts["cases with defendants tracked"] += bool(posture.case.defendants)
        for d in posture.case.defendants:
            counts[f"defendants {d.answer}"] += 1
            counts["defendants flagged for review"] += bool(d.review)
    for name, n in sorted(counts.items()):
        print(f"{name:34} {n:5}")


if __name__ == "__main__":
    main()
