"""Print the classifier's accuracy against the hand labels, as the README's Markdown table.

Usage: python scripts/accuracy.py [--mismatches]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from docket.ingest.accuracy import counts, load_labels, predict, score, table

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mismatches", action="store_true", help="list entries read differently")
    args = parser.parse_args()
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


if __name__ == "__main__":
    main()
