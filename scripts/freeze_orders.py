"""Freeze labelled orders into a development and a test split, by court.

Usage: python scripts/freeze_orders.py RAW.jsonl [RAW.jsonl ...]
       python scripts/freeze_orders.py --val RAW.jsonl [RAW.jsonl ...]
       python scripts/freeze_orders.py --batch NAME RAW.jsonl [RAW.jsonl ...]

Reads the labellers' files (one labelled order per line; the record is in
``tests/fixtures/labels/orders/GUIDE.md``), checks every record against the guide, drops a
page taken twice, and writes ``tests/fixtures/labels/orders/{dev,test}.jsonl`` with their
SHA-256. The split is by court, so that no court the reader is tuned on is scored in the test
split: courts are taken in the order of the SHA-256 of their id (an order no one chooses) and
each goes to the split that holds fewer orders so far, the test split first. Run once, before
docket's output on the orders is read; the split is then frozen.

``--val`` freezes a later batch whole as ``val.jsonl``, a validation set read once on the
rules tuned on the development split, then tuned on itself. It refuses an order of a court of
the test split (tuning on it would teach the reader that court's idiom) and a page either
split holds. ``--batch NAME`` freezes a still later batch the same way as ``NAME.jsonl`` (``val2``
...), refusing a page any frozen split already holds.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "fixtures" / "labels" / "orders"
FIELDS = (
    "id",
    "url",
    "court",
    "case",
    "date",
    "doc",
    "entry",
    "pending",
    "truth",
    "case_closed",
    "stay",
)
STATUSES = {
    "granted",
    "granted_in_part",
    "denied",
    "denied_without_prejudice",
    "moot",
    "withdrawn",
    "pending",
    "disposed_unknown",
}
LEAVES = {None, "available", "conditional", "foreclosed"}
STAYS = {None, "discovery_stayed", "case_stayed", "stay_lifted"}


def problems(item: dict[str, Any]) -> list[str]:
    """What in one record does not follow the guide (nothing when it does)."""
    out = [f"missing {f}" for f in FIELDS if f not in item]
    if out:
        return out
    if item["date"] is not None:  # null: the page shows no date (the scorer says which it uses)
        try:
            date.fromisoformat(item["date"])
        except (TypeError, ValueError):
            out.append(f"date {item['date']!r}")
    if not isinstance(item["entry"], str) or not item["entry"].strip():
        out.append("empty entry")
    if item["doc"] is not None and not isinstance(item["doc"], int):
        out.append(f"doc {item['doc']!r}")
    pending, truth = item["pending"], item["truth"]
    if not pending or len(pending) != len(truth):
        out.append("pending and truth differ in length (or are empty)")
    for motion, fact in zip(pending, truth, strict=False):
        if motion.get("doc") != fact.get("doc"):
            out.append(f"pending {motion.get('doc')} against truth {fact.get('doc')}")
        if not str(motion.get("title") or "").strip():
            out.append("a motion without its title")
        if fact.get("status") not in STATUSES:
            out.append(f"status {fact.get('status')!r}")
        if fact.get("leave") not in LEAVES:
            out.append(f"leave {fact.get('leave')!r}")
    if not isinstance(item["case_closed"], bool):
        out.append(f"case_closed {item['case_closed']!r}")
    if item["stay"] not in STAYS:
        out.append(f"stay {item['stay']!r}")
    return out


def _frozen(split: str) -> list[dict[str, Any]]:
    path = LABELS / f"{split}.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _write(side: str, chosen: list[dict[str, Any]]) -> None:
    text = "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in chosen)
    (LABELS / f"{side}.jsonl").write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    (LABELS / f"{side}.sha256").write_text(digest + "\n", encoding="utf-8")
    courts = {i["court"] for i in chosen}
    facts = sum(len(i["truth"]) + 2 for i in chosen)
    print(f"{side}: {len(chosen)} orders, {facts} facts, {len(courts)} courts; sha256 {digest}")


def main(args: list[str]) -> int:
    batch = "val" if args[:1] == ["--val"] else args[1] if args[:1] == ["--batch"] else None
    val = batch is not None
    paths = args[(2 if args[:1] == ["--batch"] else 1) :] if val else args
    if batch is not None and (batch in ("dev", "test") or not batch.isidentifier()):
        print(f"--batch {batch!r}: not a name for a later batch", file=sys.stderr)
        return 2
    items: list[dict[str, Any]] = []
    frozen = sorted(p.stem for p in LABELS.glob("*.jsonl") if p.stem != batch)
    seen: set[str] = {i["url"] for s in frozen for i in _frozen(s) if "url" in i} if val else set()
    test_courts = {i["court"] for i in _frozen("test")} if val else set()
    bad = 0
    for path in paths:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            item = json.loads(line)
            wrong = problems(item)
            if wrong:
                bad += 1
                print(f"{path}:{n}: left out: {'; '.join(wrong)}", file=sys.stderr)
                continue
            if item["url"] in seen:
                print(f"{path}:{n}: left out: the page was taken already", file=sys.stderr)
                continue
            if item["court"] in test_courts:
                bad += 1
                print(f"{path}:{n}: left out: a court of the test split", file=sys.stderr)
                continue
            seen.add(item["url"])
            items.append({f: item[f] for f in FIELDS})
    LABELS.mkdir(parents=True, exist_ok=True)
    if batch is not None:
        _write(batch, items)
        print(f"left out: {bad}")
        return 0
    by_court: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        by_court[item["court"]].append(item)
    splits: dict[str, list[dict[str, Any]]] = {"test": [], "dev": []}
    for court in sorted(by_court, key=lambda c: hashlib.sha256(c.encode()).hexdigest()):
        side = "test" if len(splits["test"]) <= len(splits["dev"]) else "dev"
        splits[side].extend(by_court[court])
    for side, chosen in splits.items():
        _write(side, chosen)
    print(f"left out: {bad}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
