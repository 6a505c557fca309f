"""How often two labellers agree on the labelled orders: the noise under the orders yardstick.

Usage: python scripts/order_agreement.py

A second labeller relabelled 60 orders drawn at random (20 of each of dev, val and test; seed
20261206) from their docket text, their pending motions and, where the search found it, the
order's own page, without seeing the first labels or docket's output
(``tests/fixtures/labels/orders/second_labeller.jsonl``). A fact agrees when both give the same
status (and, on a denial without prejudice, the same leave), the same ``case_closed``, the
same stay-or-not: the facts ``scripts/order_accuracy.py`` scores.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

LABELS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "labels" / "orders"
_STAYED = {"discovery_stayed", "case_stayed"}


def main() -> None:
    first = {}
    for split in ("dev", "val", "test"):
        for line in (LABELS / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            first[item["id"]] = item
    tally: Counter[tuple[str, str, bool]] = Counter()
    for line in (LABELS / "second_labeller.jsonl").read_text(encoding="utf-8").splitlines():
        second = json.loads(line)
        one = first[second["id"]]
        seen = "page found" if second.get("found_page") else "entry only"
        for a, b in zip(one["truth"], second["truth"], strict=True):
            leave_counts = a["status"] == "denied_without_prejudice"
            same = a["status"] == b["status"] and (not leave_counts or a["leave"] == b["leave"])
            tally[(seen, "motion", same)] += 1
        tally[(seen, "case", one["case_closed"] == second["case_closed"])] += 1
        tally[(seen, "stay", (one["stay"] in _STAYED) == (second["stay"] in _STAYED))] += 1
    print("| second labeller | fact | agree | of | share |\n|---|---|---:|---:|---:|")
    for seen in ("page found", "entry only"):
        for fact in ("motion", "case", "stay"):
            yes, no = tally[(seen, fact, True)], tally[(seen, fact, False)]
            print(f"| {seen} | {fact} | {yes} | {yes + no} | {100 * yes / max(yes + no, 1):.1f}% |")
    for fact in ("motion", None):
        yes = sum(v for (_, f, s), v in tally.items() if s and fact in (None, f))
        n = sum(v for (_, f, _s), v in tally.items() if fact in (None, f))
        print(f"| all | {fact or 'all facts'} | {yes} | {n} | {100 * yes / n:.1f}% |")


if __name__ == "__main__":
    main()
