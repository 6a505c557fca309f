"""Print the classifier's accuracy against the hand labels, as the README's Markdown table.

Usage: python scripts/accuracy.py [--mismatches] [--coverage]

``--coverage`` also imports every JSON fixture sheet and prints how many entries became
each event type (the README's coverage table).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from entry_accuracy import counts, load_labels, predict, score, table

from docket.ingest import ImportFailed, build, read_courtlistener, read_juriscraper

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mismatches", action="store_true", help="list entries read differently")
    parser.add_argument("--coverage", action="store_true", help="count event types over fixtures")
    args = parser.parse_args()
    if args.coverage:
        coverage()
    labels = load_labels(FIXTURES / "labels" / "labels.jsonl")
    scores = score(labels, predict(FIXTURES / "dockets", labels))
    print(f"{len(labels)} labelled entries from {len(counts(labels))} dockets\n")
    print(table(scores))
    print(
        f"\nRulings resolved from words alone (outside the labels, not compared): {scores.unnamed_rulings}"
    )
    if args.mismatches:
        print()
        for line in scores.mismatches:
            print(line)


def coverage() -> None:
    """Event types over every JSON fixture sheet that imports, as a Markdown table."""
    types: Counter[str] = Counter()
    sheets = refused = entries = by_name = 0
    for path in sorted((FIXTURES / "dockets").rglob("*.json")):
        read = read_courtlistener if "courtlistener" in path.parts else read_juriscraper
        try:
            raw = read(path)
        except ImportFailed:
            refused += 1
            continue
        sheets += 1
        entries += len(raw.entries)
        for event in build(raw).events:
            if event.reconstructed and event.type == "case_opened" and event.text is None:
                continue  # the case opening the importer supplies when the sheet lacks one
            types[event.type] += 1
            by_name += (event.classified_by or "").startswith("short_description")
    total = sum(types.values())
    print(f"{sheets} sheets import ({entries:,} entries, {total:,} events); {refused} refused")
    print(f"classified from the CM/ECF event name alone: {by_name:,}\n")
    print("| event type | events | share |\n|---|---:|---:|")
    for kind, n in types.most_common():
        print(f"| `{kind}` | {n:,} | {100 * n / total:.1f}% |")
    print()


if __name__ == "__main__":
    main()
