"""Synthetic docket histories for benchmarks: a realistic mix, reproducible from a seed.

python scripts/synthetic.py 10000 > /tmp/synthetic-10k.jsonl
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta

from docket.events import (
    CaseOpened,
    DateReached,
    Disposition,
    DocketEntry,
    DocketEvent,
    Ground,
    LeaveToRefile,
    MotionFiled,
    MotionKind,
    MotionResolved,
    OrderEntered,
    ReplyFiled,
    ResponseFiled,
    Ruling,
    StayImposed,
    StayLifted,
    StayScope,
    dump_event,
    motion_denied_at_least_in_part,
)

KINDS = [
    (MotionKind.COMPEL, 8),
    (MotionKind.EXTENSION_OF_TIME, 20),
    (MotionKind.LEAVE_TO_FILE, 10),
    (MotionKind.DISMISS, 6),
    (MotionKind.SUMMARY_JUDGMENT, 5),
    (MotionKind.PROTECTIVE_ORDER, 4),
    (MotionKind.AMEND, 4),
    (MotionKind.STAY_DISCOVERY, 2),
    (MotionKind.OTHER, 10),
]
DISPOSITIONS = [
    (Disposition.GRANTED, 10),
    (Disposition.DENIED, 5),
    (Disposition.GRANTED_IN_PART, 2),
    (Disposition.DENIED_WITHOUT_PREJUDICE, 2),
    (Disposition.MOOT, 2),
]


#: Days a long synthetic docket spans: from 2015-01-05 to about 2085.
_DAYS = 25_000


def _pick(rng: random.Random, table: list[tuple[object, int]]) -> object:
    return rng.choices([v for v, _ in table], weights=[w for _, w in table])[0]


def synthetic_history(
    entries: int, *, seed: int = 0, case: str = "synthetic-1"
) -> list[DocketEvent]:
    """A docket of ``entries`` entries: motions, briefs, orders, stays and lifts."""
    rng = random.Random(seed)
    day = date(2015, 1, 5)
    out: list[DocketEvent] = [
        CaseOpened(
            id=f"{case}/1", case=case, doc=1, filed=day, court="nmd", title="Synthetic v. Bench"
        )
    ]
    pending: list[MotionFiled] = []
    responded: set[int] = set()
    stays_in_force = 0
    # About 1.17 days per entry on average: a docket past ~20,000 entries would run past the
    # last date docket reads (2100-12-31), so a long one moves on a day less often, ending
    # around 2085 (shorter ones keep their dates, and the figures measured on them).
    moves = min(1.0, _DAYS / (entries * 7 / 6))
    while len(out) < entries:
        step = rng.choice((0, 0, 1, 1, 2, 3))
        if moves == 1.0 or rng.random() < moves:
            day += timedelta(days=step)
        doc = len(out) + 1
        ident = f"{case}/{doc}"
        roll = rng.random()
        if roll < 0.30 or not pending:
            kind = _pick(rng, KINDS)
            grounds = (
                (Ground.QUALIFIED_IMMUNITY,)
                if kind in (MotionKind.SUMMARY_JUDGMENT, MotionKind.DISMISS) and rng.random() < 0.5
                else ()
            )
            qi = [m.doc for m in pending if Ground.QUALIFIED_IMMUNITY in m.grounds]
            m = MotionFiled(
                id=ident,
                case=case,
                doc=doc,
                filed=day,
                kind=kind,
                grounds=grounds,  # type: ignore[arg-type]
                movants=(rng.choice(("Plaintiff", "Defendants")),),
                stay_pending=qi[-1] if kind is MotionKind.STAY_DISCOVERY and qi else None,
            )
            pending.append(m)
            out.append(m)
        elif roll < 0.50:
            target = rng.choice(pending)
            out.append(ResponseFiled(id=ident, case=case, doc=doc, filed=day, to_motion=target.doc))
            responded.add(target.doc or 0)
        elif roll < 0.58 and responded & {m.doc for m in pending}:
            target_doc = rng.choice(sorted(responded & {m.doc or 0 for m in pending}))
            out.append(ReplyFiled(id=ident, case=case, doc=doc, filed=day, to_motion=target_doc))
        elif roll < 0.78:
            chosen = rng.sample(pending, k=min(len(pending), rng.choice((1, 1, 1, 2, 3))))
            qi = [
                m.doc for m in pending if Ground.QUALIFIED_IMMUNITY in m.grounds and m not in chosen
            ]
            rulings = []
            for m in chosen:
                disposition = _pick(rng, DISPOSITIONS)
                leave = None
                if disposition is Disposition.DENIED_WITHOUT_PREJUDICE:
                    leave = LeaveToRefile(
                        condition=motion_denied_at_least_in_part(qi[-1]) if qi else None
                    )
                rulings.append(
                    Ruling(motion=m.doc or 0, disposition=disposition, leave_to_refile=leave)
                )  # type: ignore[arg-type]
                pending.remove(m)
            out.append(
                OrderEntered(id=ident, case=case, doc=doc, filed=day, rulings=tuple(rulings))
            )
        elif roll < 0.81:
            qi = [m.doc for m in pending if Ground.QUALIFIED_IMMUNITY in m.grounds]
            lifts_when = (
                MotionResolved(motion=qi[-1])
                if qi and rng.random() < 0.6
                else DateReached(on=day + timedelta(days=rng.randint(20, 120)))
            )
            scope = rng.choice((StayScope.DISCOVERY, StayScope.DISCOVERY, StayScope.CASE))
            out.append(
                OrderEntered(
                    id=ident,
                    case=case,
                    doc=doc,
                    filed=day,
                    stays=(StayImposed(scope=scope, lifts_when=lifts_when),),
                )
            )
            stays_in_force += 1
        elif roll < 0.83 and stays_in_force:
            out.append(
                OrderEntered(
                    id=ident,
                    case=case,
                    doc=doc,
                    filed=day,
                    lifts=(StayLifted(scope=StayScope.DISCOVERY),),
                )
            )
            stays_in_force -= 1
        else:
            out.append(
                DocketEntry(
                    id=ident,
                    case=case,
                    doc=doc,
                    filed=day,
                    text="NOTICE of Appearance",
                    event_name="Notice of Appearance",
                )
            )
    return out


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    sys.stdout.writelines(dump_event(e) + "\n" for e in synthetic_history(n, seed=seed))
