"""Score the reading of real orders against what the orders' own texts say they did.

Usage: python scripts/order_accuracy.py [--split dev|val|val2|test] [--wrong] [--file F.jsonl]

Each labelled item (``tests/fixtures/labels/orders/{dev,test}.jsonl``; GUIDE.md there) is one
real docket entry of an order, as the clerk wrote it, from a federal district court, with the
motions before the court when it was entered and what the order did to each, labelled from the
order's own text by labellers who never ran docket. The script puts each item on a small
docket of its own (a complaint, the motions by their numbers and titles, then the order's
entry as written), imports it with the reader every sheet goes through
(``docket.ingest.build``), replays it on the order's day and compares:

- each motion's status and leave to refile (``motion`` facts);
- whether the order closed the case (``case``);
- whether the order stayed discovery or the case (``stay``).

Each fact is **right**, **confident wrong** (the posture asserts something else without a
review flag), or **flagged** (the posture marks it as needing review). A motion whose entry,
written from the labeller's title, the importer does not take for a motion is counted apart
("not on the docket"): it says nothing of how the order was read. A motion the label says
was ``disposed_unknown`` (decided, in words the texts do not give) is right only when flagged.

The docket entry is all the reader sees; the label comes from the order's whole text. So an
entry that says less than its order ("ORDER re 61 MOTION to Compel. Signed by ...") should be
flagged, not read: asserting anything there is the confident wrong this measures.

The split is by court (every item of a court is on one side), frozen with its SHA-256 before
docket's output on it was read. ``test`` is read only to report (``--wrong`` refuses it).
``val`` is a later batch of orders from courts outside the test split, frozen the same way and
read once on the rules the development split taught before it is tuned on (GUIDE.md).
``val2`` is a third batch, frozen the same way (``freeze_orders.py --batch val2``), read on the
rules of both before any is tuned on it; for it and the test split a row counts apart the
facts of courts neither ``dev`` nor ``val`` holds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from posture_accuracy import _reasons  # why a posture fact is flagged: one reading of it

from docket import replay
from docket.ingest import ImportFailed, RawDocket, RawEntry, build
from docket.posture import Posture

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "fixtures" / "labels" / "orders"
SPLITS = ("dev", "val", "val2", "test")

#: Statuses that leave a motion undecided, as the labellers' ``pending`` means it.
_UNDECIDED = {"pending", "held_in_abeyance"}
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class Verdict:
    """One labelled fact and how the posture read it."""

    item: str
    court: str
    fact: str
    doc: int | None
    expected: str
    found: str
    outcome: str  # "right", "wrong", "flagged"; "absent": the motion is not on the docket
    reasons: tuple[str, ...] = ()
    entry: str = ""

    def line(self) -> str:
        what = self.fact if self.doc is None else f"{self.fact} Doc. {self.doc}"
        text = f"{self.item} ({self.court}) {what}: labelled {self.expected}, posture {self.found}"
        lines = [text, f"    entry: {self.entry[:400]}"]
        lines.extend(f"    review: {r}" for r in self.reasons)
        return "\n".join(lines)


def load(split: str) -> list[dict[str, Any]]:
    """A split's items, or the items of a JSONL file named by its path."""
    path = LABELS / f"{split}.jsonl" if split in SPLITS else Path(split)
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def label_hash(split: str) -> str:
    path = LABELS / f"{split}.jsonl" if split in SPLITS else Path(split)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def numbers(item: dict[str, Any]) -> list[int]:
    """The docket number of each pending motion: its own, or one the entry's text does not
    hold (a motion the entry does not name must not be named by accident)."""
    taken = {int(n) for n in _NUMBER.findall(item["entry"])}
    given = [m.get("doc") for m in item["pending"]]
    taken |= {n for n in given if n is not None}
    out: list[int] = []
    spare = 2
    for n in given:
        if n is None:
            while spare in taken:
                spare += 1
            n = spare
            taken.add(n)
        out.append(n)
    return out


_CASE_YEAR = re.compile(r"\d:(\d{2}|\d{4})-?cv", re.IGNORECASE)


def order_day(item: dict[str, Any]) -> date:
    """The order's date; where the page showed none, July 1 of the year its case number gives
    (``2:13-cv-00116``, ``1:2012cv09994``), or of 2015: the reading of an order's words does
    not depend on its day, only a leave's deadline would."""
    if item.get("date"):
        return date.fromisoformat(item["date"])
    found = _CASE_YEAR.search(str(item.get("case") or ""))
    year = 2015 if found is None else int(found.group(1)[-2:]) + 2000
    return date(year, 7, 1)


def docket_of(item: dict[str, Any]) -> RawDocket:
    """The item on a docket of its own: complaint, motions, the order's entry."""
    day = order_day(item)
    docs = numbers(item)
    order_doc = item.get("doc")
    if order_doc is None or order_doc <= max(docs, default=1):
        order_doc = max(docs, default=1) + 1
    start = day - timedelta(days=120)
    # The complaint is Doc. 1, unless a motion is (a motion to proceed in forma pauperis
    # docketed before the complaint it carries: the complaint is then filed on its grant).
    entries = (
        []
        if 1 in docs
        else [RawEntry(0, start, start, 1, None, "", "COMPLAINT filed by Plaintiff.", None)]
    )
    filed = day - timedelta(days=30)
    # Motions one entry holds together ("MOTION for Extension of Time to Complete Discovery,
    # MOTION for Extension of Time to File Response") share its number, as on CM/ECF.
    by_doc: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for motion, doc in zip(item["pending"], docs, strict=True):
        by_doc[doc].append(motion)
    for doc in sorted(by_doc):
        motions = by_doc[doc]
        titles = ", ".join(m["title"].strip().rstrip(".") for m in motions)
        filer = (motions[0].get("filer") or "").strip()
        text = f"{titles} by {filer}." if filer else f"{titles}."
        entries.append(RawEntry(len(entries), filed, filed, doc, None, "", text, None))
    entries.append(RawEntry(len(entries), day, day, order_doc, None, "", item["entry"], None))
    return RawDocket(
        path=f"orders/{item['id']}",
        court=item["court"],
        number=item.get("case"),
        title=None,
        filed=start,
        parties=(),
        entries=tuple(entries),
    )


def judge(item: dict[str, Any], posture: Posture) -> list[Verdict]:
    out: list[Verdict] = []
    closed = bool(item.get("case_closed"))

    def verdict(
        fact: str, doc: int | None, expected: str, found: str, right: bool, reasons: tuple[str, ...]
    ) -> Verdict:
        outcome = "flagged" if reasons and not right else ("right" if right else "wrong")
        return Verdict(
            item["id"],
            item["court"],
            fact,
            doc,
            expected,
            found,
            outcome,
            reasons if outcome == "flagged" else (),
            item["entry"],
        )

    docs = numbers(item)
    for k, (truth, doc) in enumerate(zip(item["truth"], docs, strict=True)):
        expected, leave = truth["status"], truth.get("leave")
        label = expected if not leave else f"{expected}/leave {leave}"
        motions = [m for m in posture.motions if m.doc == doc]
        if not motions:
            # The motion's entry, written from the labeller's title ("Plaintiff's request that
            # the Court grant Summary Judgment", "STIPULATION ... To Agreed Protective Order"),
            # was not read as a motion: a fact about the docket this script wrote, not about
            # the order's reading, so it is counted apart.
            out.append(
                Verdict(
                    item["id"],
                    item["court"],
                    "motion",
                    doc,
                    label,
                    "absent",
                    "absent",
                    (),
                    item["entry"],
                )
            )
            continue
        # The i-th motion of an entry holding several is its part i (1-based).
        part = docs[:k].count(doc) + 1
        m = next((m for m in motions if m.part == part), motions[0])
        found_leave = m.leave_to_refile.status if m.leave_to_refile is not None else None
        found = m.status if found_leave is None else f"{m.status}/leave {found_leave}"
        if expected == "disposed_unknown":
            right = False
        elif expected == "pending":
            # A motion the order leaves undecided goes with the case if the order ends it.
            right = m.status in _UNDECIDED or (closed and m.status == "moot")
        else:
            right = m.status == expected
        # Leave to refile is labelled on a denial without prejudice only (GUIDE.md): on any
        # other ruling the label says nothing of it, so the posture's leave is not judged.
        if expected == "denied_without_prejudice":
            right = right and found_leave == leave
        out.append(verdict("motion", doc, label, found, right, _reasons(m)))
    found_case = "closed" if posture.case.status == "closed" else "open"
    expected_case = "closed" if closed else "open"
    out.append(
        verdict(
            "case",
            None,
            expected_case,
            found_case,
            found_case == expected_case,
            _reasons(posture.case),
        )
    )
    stay = item.get("stay")
    expected_stay = "stayed" if stay in ("discovery_stayed", "case_stayed") else "not_stayed"
    stayed = posture.discovery.status == "stayed" or posture.case.status == "stayed"
    found_stay = "stayed" if stayed else "not_stayed"
    out.append(
        verdict(
            "stay",
            None,
            expected_stay,
            found_stay,
            found_stay == expected_stay,
            _reasons(posture.discovery),
        )
    )
    return out


def score(split: str) -> list[Verdict]:
    verdicts: list[Verdict] = []
    for item in load(split):
        try:
            events = build(docket_of(item)).events
        except ImportFailed as e:
            verdicts.append(
                Verdict(
                    item["id"],
                    item["court"],
                    "import",
                    None,
                    "imported",
                    f"refused: {e}",
                    "wrong",
                    (),
                    item["entry"],
                )
            )
            continue
        day = order_day(item)
        verdicts.extend(judge(item, replay(events, as_of=day, known_on=day)))
    return verdicts


def table(rows: dict[str, Counter[str]]) -> str:
    out = [
        "| | facts | right | confident wrong | flagged | motion not on the docket |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, c in rows.items():
        n = sum(c[k] for k in ("right", "wrong", "flagged"))
        pct = {k: f"{100 * c[k] / n:.1f}%" if n else "-" for k in ("right", "wrong", "flagged")}
        out.append(
            f"| {name} | {n} | {pct['right']} | {pct['wrong']} | {pct['flagged']} | {c['absent']} |"
        )
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--file", help="score this JSONL file of items instead of a split")
    parser.add_argument(
        "--wrong",
        action="store_true",
        help="list the dev split's misses: confident wrong, then flagged",
    )
    args = parser.parse_args()
    if args.file:
        if Path(args.file).resolve() == (LABELS / "test.jsonl").resolve():
            parser.error("the test split is read with --split test")
        args.split = args.file
    verdicts = score(args.split)
    items = {v.item for v in verdicts}
    courts = {v.court for v in verdicts}
    print(
        f"## orders, {args.split} split: {len(verdicts)} facts, {len(items)} orders, "
        f"{len(courts)} districts"
    )
    print(f"labels sha256 {label_hash(args.split)}\n")
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    for v in verdicts:
        rows["all facts"][v.outcome] += 1
    for v in verdicts:
        rows[f"fact: {v.fact}"][v.outcome] += 1
    tuned = {i["court"] for s in ("dev", "val") if s != args.split for i in load(s)}
    for v in verdicts:
        if args.split not in ("dev", "val") and v.court not in tuned:
            rows["facts of courts never tuned on"][v.outcome] += 1
    for v in sorted(verdicts, key=lambda v: v.expected):
        if v.fact == "motion":
            rows[f"motion labelled {v.expected.split('/')[0]}"][v.outcome] += 1
    print(table(rows))
    if args.wrong:
        if args.split == "test":
            print("\n(the test split's misses are not listed: it is read only to report)")
            return 0
        for outcome in ("wrong", "flagged"):
            print(f"\n### {outcome}\n")
            for v in verdicts:
                if v.outcome == outcome:
                    print(v.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
