"""How many "late" briefs the imported dockets of the courts with new rule packs show, under
the FRCP base alone (before issue 18) and under each court's own pack (after).

Every juriscraper and CourtListener sheet and every docketanalyzer case under the folders
given is imported; a case is counted once (by case id), and only a civil case ("-cv-" in
its id) whose court has a pack of its own other than D.N.M.'s. "Before" replays the history
as it was read before issue 18: the court's name removed from its opening entry (so the
FRCP base's defaults judge every brief) and no hearing or briefing dates read from the
docket. "late" = the anomalies late_response and late_reply.

"as fact" = a late brief under a verified period or a date the docket set, late under
every reading, with no request for more time before it; "unverified" = under a period the
pack marks unverified, or a rule read that yields to the judge's practices (S.D.N.Y. and
E.D.N.Y. 6.1); "maybe" = late only under the earlier of two readings, or after a motion
for extension of time whose outcome the docket does not date, or after an order that changed
a briefing schedule without a date the docket gives, or a scheduling order whose terms the
docket does not give. --list prints each late
brief after, with its case and reason.

Usage: python scripts/late_anomalies.py [--list] [FOLDER ...]
       (default: /work/shared/dockets and tests/fixtures/dockets)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from docket import replay
from docket.events import BriefingScheduled, CaseOpened, DocketEvent, HearingNoticed, MotionFiled
from docket.ingest import (
    ImportFailed,
    RawDocket,
    build,
    read_courtlistener,
    read_docketanalyzer,
    read_juriscraper,
)
from docket.rules import available_courts

ROOT = Path(__file__).resolve().parents[1]
LATE = ("late_response", "late_reply")


def _raws(folder: Path) -> list[RawDocket]:
    out: list[RawDocket] = []
    readers = (("juriscraper", read_juriscraper), ("courtlistener", read_courtlistener))
    for name, read in readers:
        for path in sorted((folder / name).rglob("*.json")):
            try:
                got = read(path)
            except ImportFailed:
                continue
            out.extend(got if isinstance(got, list) else [got])
    for path in sorted((folder / "docketanalyzer").rglob("dockets.csv")):
        try:
            out.extend(read_docketanalyzer(path))
        except ImportFailed:
            continue
    return out


def _as_before(events: list[DocketEvent]) -> list[DocketEvent]:
    """The history as read before issue 18: no court pack, no hearing or briefing dates."""
    out: list[DocketEvent] = []
    for e in events:
        if isinstance(e, HearingNoticed | BriefingScheduled):
            continue
        if isinstance(e, CaseOpened):
            e = e.model_copy(update={"court": None})
        elif isinstance(e, MotionFiled) and e.hearing is not None:
            e = e.model_copy(update={"hearing": None})
        out.append(e)
    return out


def _late_anomalies(events: list[DocketEvent]) -> list[tuple[str, str]]:
    return [(a.code, a.reason) for a in replay(events).anomalies if a.code in LATE]


def _kind(reason: str) -> str:
    """How a late brief is stated: as fact, under an unverified period, or maybe."""
    if "unverified" in reason or "yields to the judge" in reason:
        return "unverified"
    maybe = (
        "timely if the later reading",
        "more time was asked for",
        "changed a briefing schedule",
        "may have set this briefing",
    )
    if any(words in reason for words in maybe):
        return "maybe"
    return "as fact"


def main(folders: list[Path], listing: bool = False) -> None:
    courts = set(available_courts()) - {"nmd"}
    seen: set[str] = set()
    cases: Counter[str] = Counter()
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    maybe: Counter[str] = Counter()
    lines: list[str] = []
    for folder in folders:
        for raw in _raws(folder):
            court = (raw.court or "").lower()
            if court not in courts:
                continue
            events = build(raw).events
            case = events[0].case if events else ""
            if not events or case in seen or "-cv-" not in case:
                continue
            seen.add(case)
            cases[court] += 1
            before[court] += len(_late_anomalies(_as_before(events)))
            for code, reason in _late_anomalies(events):
                after[court] += 1
                kind = _kind(reason)
                flagged[court] += kind == "unverified"
                maybe[court] += kind == "maybe"
                lines.append(f"{court:<6} {case:<28} {kind:<10} {code}: {reason}")
    head = ("court", "cases", "late before", "late after", "unverified", "maybe", "as fact")
    print("{:<6} {:>5} {:>12} {:>11} {:>11} {:>6} {:>8}".format(*head))
    rows = [(c, cases[c], before[c], after[c], flagged[c], maybe[c]) for c in sorted(cases)]
    total = ("all", *(sum(r[i] for r in rows) for i in range(1, 6)))
    for c, n, b, a, u, m in [*rows, total]:
        print(f"{c:<6} {n:>5} {b:>12} {a:>11} {u:>11} {m:>6} {a - u - m:>8}")
    if listing:
        print()
        print("\n".join(lines))


if __name__ == "__main__":
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    args = [Path(a) for a in sys.argv[1:] if not a.startswith("--")]
    folders = args or [Path("/work/shared/dockets"), ROOT / "tests" / "fixtures" / "dockets"]
    main(folders, listing="--list" in flags)
