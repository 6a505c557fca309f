"""How many "late" briefs the imported dockets of the courts with new rule packs show, under
the FRCP base alone (before issue 18) and under each court's own pack (after).

Every juriscraper and CourtListener sheet and every docketanalyzer case under the folders
given is imported; a case is counted once (by case id), and only a civil case ("-cv-" in
its id) whose court has a pack of its own other than D.N.M.'s. "Before" replays the history
as it was read before issue 18: the court's name removed from its opening entry (so the
FRCP base's defaults judge every brief) and no hearing or briefing dates read from the
docket. "late" = the anomalies late_response and late_reply.

Usage: python scripts/late_anomalies.py [FOLDER ...]
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


def _late(events: list[DocketEvent]) -> tuple[int, int]:
    anomalies = [a for a in replay(events).anomalies if a.code in LATE]
    unverified = sum("unverified" in a.reason for a in anomalies)
    return len(anomalies), unverified


def main(folders: list[Path]) -> None:
    courts = set(available_courts()) - {"nmd"}
    seen: set[str] = set()
    cases: Counter[str] = Counter()
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
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
            before[court] += _late(_as_before(events))[0]
            n, unverified = _late(events)
            after[court] += n
            flagged[court] += unverified
    print(
        f"{'court':<6} {'cases':>5} {'late before':>12} {'late after':>11} {'of which unverified':>20}"
    )
    for court in sorted(cases):
        print(
            f"{court:<6} {cases[court]:>5} {before[court]:>12} {after[court]:>11} {flagged[court]:>20}"
        )
    total = sum(cases.values())
    print(
        f"{'all':<6} {total:>5} {sum(before.values()):>12} {sum(after.values()):>11}"
        f" {sum(flagged.values()):>20}"
    )


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]]
    main(args or [Path("/work/shared/dockets"), ROOT / "tests" / "fixtures" / "dockets"])
