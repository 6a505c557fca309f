"""How imported civil cases read service, answers and default: how many returns of service,
answers and defaults the reader finds, and where each defendant's answer stands at the last
entry, with the review flags it raised. Every JSON fixture sheet under
``tests/fixtures/dockets`` (development data: the service reader was written looking at a few
of their returns).

    python scripts/answer_coverage.py
"""

from __future__ import annotations

from collections import Counter

from fixture_sheets import civil_histories

from docket import replay

_READ = (
    "summons_served",
    "waiver_returned",
    "answer_filed",
    "default_requested",
    "default_entered",
)


def main() -> None:
    counts: Counter[str] = Counter()
    for events in civil_histories():
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
