"""Count how the reader reads leave to refile over every docket held outside the frozen test split.

Usage: python scripts/leave_phrases.py [--list]

Imports each docket this repository holds that is not in the test split of
``tests/fixtures/labels/posture/split.json`` (the docketanalyzer development dockets, the
juriscraper and CourtListener sheets and the PACER pages under ``tests/fixtures/dockets``),
finds every entry whose text speaks of refiling a denied motion (a broad net, wider than
the reader's grammar: "leave to re-file", "without prejudice to renewal", "may renew",
"may be refiled", "leave to file a renewed motion"), and says how the reader took it:

- **available**: a ruling of that entry carries leave at once;
- **conditional**: a ruling carries leave with a condition the engine watches;
- **flagged**: the entry carries a review naming leave to refile (condition not read);
- **missed**: none of these (the phrase is not about a ruled motion, or the reader lost it).

The test split's dockets are never opened.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from docket.events import OrderEntered
from docket.ingest import (
    ImportFailed,
    RawDocket,
    build,
    read_courtlistener,
    read_docketanalyzer,
    read_juriscraper,
    read_pacer,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

#: The net: words about refiling a motion (clerks' "NOTICE TO ATTORNEY TO RE-FILE DOCUMENT"
#: notices are left out: they are about a filing error, not a ruling).
NET = re.compile(
    r"\b(?:with|w/)\s+leave\s+to\s+(?:re-?\s?(?:file|new|submit|urge)|file\s+(?:a\s+)?renewed)"
    r"|\b(?:without|w/o)\s+prejudice\s+to\s+(?:\w+\s+)?re-?\s?(?:fil|new|submi|urg|assert)"
    r"|\b(?:may|can|free\s+to)\s+(?:re-?\s?(?:file|new|submit|urge)|file\s+(?:a\s+|an\s+)?"
    r"(?:renewed|new)\s+motion)"
    r"|\b(?:may|can|to)\s+be\s+re-?\s?(?:filed|newed|submitted|urged)",
    re.I,
)


def dockets() -> list[RawDocket]:
    split = json.loads((FIXTURES / "labels" / "posture" / "split.json").read_text())
    pool = FIXTURES / "docketanalyzer" / "dockets.csv"
    out = [d for ucid in split["dev"] for d in read_docketanalyzer(pool, case=ucid)]
    base = FIXTURES / "dockets"
    for path in sorted(base.rglob("*")):
        try:
            if path.suffix == ".json" and "courtlistener" in path.parts:
                out.append(read_courtlistener(path))
            elif path.suffix == ".json":
                out.append(read_juriscraper(path))
            elif path.suffix in (".html", ".xml"):
                out.append(read_pacer(path))
        except ImportFailed:
            continue
    return out


def main() -> None:
    listing = "--list" in sys.argv[1:]
    counts: Counter[str] = Counter()
    for raw in dockets():
        try:
            events = build(raw).events
        except ImportFailed:
            continue
        for e in events:
            text = e.text or ""
            if NET.search(text) is None:
                continue
            how = "missed"
            if isinstance(e, OrderEntered):
                leaves = [r.leave_to_refile for r in e.rulings if r.leave_to_refile]
                if any(x.condition is not None for x in leaves):
                    how = "conditional"
                elif leaves:
                    how = "available"
            if how == "missed" and e.review is not None and "leave to refile" in e.review.reason:
                how = "flagged"
            counts[how] += 1
            if listing:
                words = " ".join(text.split())[:200]
                print(f"{how:<12} {raw.path}: {e.doc}: {words}")
    total = sum(counts.values())
    print(f"{total} entries speak of refiling in the dockets held outside the test split:")
    for how in ("available", "conditional", "flagged", "missed"):
        print(f"  {how}: {counts[how]}")


if __name__ == "__main__":
    main()
