"""What a replay keeps of a long docket: one value where a fact repeats, and of a finished
deadline only what a later paper is checked against. The posture is the same as a fold that
keeps everything (an index's) gives."""

from __future__ import annotations

from datetime import date

from docket import replay
from docket.engine import Fold
from docket.engine.deadlines import WDeadline
from docket.events import (
    CaseOpened,
    DocketEvent,
    MotionFiled,
    MotionKind,
    MotionRef,
    OrderEntered,
    ReplyFiled,
    ResponseFiled,
    Ruling,
)

CASE = "nmd-1:21-cv-00001"
OPENED = CaseOpened(id="c1", case=CASE, doc=1, filed=date(2021, 3, 1), court="nmd")


def _motion(doc: int, movant: str = "Defendants") -> MotionFiled:
    return MotionFiled(
        id=f"m{doc}",
        case=CASE,
        doc=doc,
        filed=date(2021, 3, 1),
        kind=MotionKind.COMPEL,
        movants=(movant,),
    )


def _order(doc: int, filed: date, *motions: int) -> OrderEntered:
    return OrderEntered(
        id=f"o{doc}",
        case=CASE,
        doc=doc,
        filed=filed,
        rulings=tuple(Ruling(motion=n, disposition="granted") for n in motions),
    )


def _folded(events: list[DocketEvent], day: date, *, lean: bool) -> Fold:
    fold = Fold(events, lean=lean)
    fold.run_until(day)
    return fold


#: Doc. 10 answered in time and ruled on; Doc. 11 ruled on first, its response filed late.
HISTORY: list[DocketEvent] = [
    OPENED,
    _motion(10),
    _motion(11),
    ResponseFiled(id="r12", case=CASE, doc=12, filed=date(2021, 3, 5), to_motion=10),
    _order(13, date(2021, 3, 8), 10, 11),
    ResponseFiled(id="r14", case=CASE, doc=14, filed=date(2021, 6, 1), to_motion=11),
    ReplyFiled(id="r15", case=CASE, doc=15, filed=date(2021, 6, 2), to_motion=10),
]
END = date(2021, 7, 1)


def test_a_lean_fold_keeps_a_motions_met_or_moot_deadline_as_its_facts_alone() -> None:
    lean, full = _folded(HISTORY, END, lean=True), _folded(HISTORY, END, lean=False)
    for kind in ("response", "reply"):
        kept = lean.world.deadline(kind, MotionRef(10))
        whole = full.world.deadline(kind, MotionRef(10))
        assert kept is not None and whole is not None
        assert isinstance(whole, WDeadline) and whole.status in ("met", "moot")
        assert not isinstance(kept, WDeadline)
        assert (kept.id, kept.status, kept.due, kept.readings, kept.citation, kept.rule) == (
            whole.id,
            whole.status,
            whole.due,
            whole.readings,
            whole.citation,
            whole.rule,
        )


def test_a_brief_filed_after_its_motion_was_decided_is_checked_against_the_finished_deadline() -> (
    None
):
    lean = replay(HISTORY, as_of=END)
    full = _folded(HISTORY, END, lean=False).posture(END)
    assert lean == full
    late = [a for a in lean.anomalies if a.code == "late_response"]
    assert [a.event_id for a in late] == ["r14"]


def test_a_lean_fold_keeps_no_list_of_every_deadline_started() -> None:
    lean, full = _folded(HISTORY, END, lean=True), _folded(HISTORY, END, lean=False)
    assert lean.world.book.all == []
    assert lean.world.book.started == full.world.book.started == len(full.world.book.all) > 0


def test_one_order_ruling_the_same_way_on_two_motions_records_one_step() -> None:
    p = replay(HISTORY, as_of=END)
    granted = [
        next(s for s in m.because if s.what == "granted by order Doc. 13")
        for m in (p.motion(10), p.motion(11))
    ]
    assert granted[0] == granted[1]
    assert granted[0] is granted[1]


def test_motions_moved_by_the_same_parties_share_one_tuple_of_movants() -> None:
    fold = _folded([OPENED, _motion(10), _motion(11), _motion(12, "Plaintiff")], END, lean=True)
    first, second, third = (m.event.movants for m in fold.world.motion_list)
    assert first == second == ("Defendants",) and third == ("Plaintiff",)
    assert first is second
