"""Properties of the procedure replay encodes: rulings, stays pending a motion, leave to refile.

Each property walks a history one entry at a time (a :class:`~docket.Replayer` gives the
posture after every entry) and checks each change against the entry that caused it. The
conditions are evaluated here by a few lines of our own, not by the engine's evaluator.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from docket_noise import any_histories
from hypothesis import given

from docket import Posture, Replayer
from docket.events import (
    AllOf,
    AnyOf,
    Condition,
    DateReached,
    Disposition,
    DocketEvent,
    MotionResolved,
    MotionRuled,
    MotionWithdrawn,
    OrderEntered,
)
from docket.testing import History

_DECIDED = {"granted", "granted_in_part", "denied", "denied_without_prejudice", "moot"}


def _walk(history: History) -> Iterator[tuple[DocketEvent, Posture, Posture]]:
    """Each entry with the posture before it and the posture after it."""
    replayer = Replayer()
    before = replayer.posture()
    for entry in history:
        after = replayer.feed([entry]).posture()
        yield entry, before, after
        before = after


def _named(posture: Posture, doc: int, part: int | None) -> list[str]:
    """The statuses of the motions a reference names: the part it names, or without a part
    every motion of the document (one document may hold several motions)."""
    return [m.status for m in posture.motions if m.doc == doc and part in (None, m.part)]


def _status(posture: Posture, doc: int, part: int | None) -> str | None:
    return next((m.status for m in posture.motions if (m.doc, m.part) == (doc, part)), None)


def _ended_with_case(posture: Posture, doc: int, part: int | None) -> bool:
    """Whether the motion went moot because the case closed with it undecided."""
    m = next((m for m in posture.motions if (m.doc, m.part) == (doc, part)), None)
    return m is not None and bool(m.because) and "with the case" in m.because[-1].what


def _rulings(entry: DocketEvent, doc: int, part: int | None, alone: bool) -> list[Disposition]:
    """The dispositions ``entry`` gives Doc. ``doc`` part ``part``: a ruling names it by its
    part, or without a part when it is the document's only motion (``alone``)."""
    if isinstance(entry, OrderEntered):
        return [
            r.disposition
            for r in entry.rulings
            if r.motion == doc and (r.part == part or (r.part is None and alone))
        ]
    return []


@given(any_histories())
def test_a_motion_is_finally_disposed_of_once_unless_an_order_vacates_the_ruling(
    history: History,
) -> None:
    for entry, before, after in _walk(history):
        for m in after.motions:
            if m.doc is None:
                continue
            was = _status(before, m.doc, m.part)
            if was is None or was == m.status:
                continue
            name = f"Doc. {m.doc}" + (f" part {m.part}" if m.part is not None else "")
            rulings = _rulings(entry, m.doc, m.part, len(after.motions_of(m.doc)) == 1)
            # A withdrawal naming the document withdraws every motion in it.
            withdrawn = (
                isinstance(entry, MotionWithdrawn)
                and entry.motion == m.doc
                and entry.part in (None, m.part)
            )
            if was == "pending":
                # The case closing ends the motions still pending with it (moot).
                ended = (
                    m.status == "moot"
                    and before.case.status != "closed"
                    and after.case.status == "closed"
                )
                assert rulings or withdrawn or ended, f"{name} left pending without a ruling"
            elif was == "moot" and _ended_with_case(before, m.doc, m.part):
                # A motion that ended with the case is decided by a later ruling or withdrawal.
                assert rulings or withdrawn, f"{name} went from {was} to {m.status} unruled"
            else:
                assert was in _DECIDED, f"{name} moved on from {was}"
                assert Disposition.VACATED in rulings, (
                    f"{name} went from {was} to {m.status} without a vacatur"
                )


def _truth(condition: Condition, posture: Posture, today: date) -> str:
    """``holds``, ``open`` or ``failed``, as the conditions' docstrings define them."""
    match condition:
        case MotionResolved(motion=n, part=part):
            # Resolution of a document holding several motions: of every one of them.
            statuses = _named(posture, n, part)
            resolved = statuses and "pending" not in statuses
            return "holds" if resolved else "open"
        case MotionRuled(motion=n, dispositions=ds, part=part):
            # A ruling on such a document naming no part: a ruling on any one of them.
            statuses = _named(posture, n, part)
            if {d.value for d in ds} & set(statuses):
                return "holds"
            return "open" if not statuses or "pending" in statuses else "failed"
        case DateReached(on=day):
            return "holds" if today >= day else "open"
        case AnyOf(conditions=cs):
            truths = {_truth(c, posture, today) for c in cs}
            return "holds" if "holds" in truths else "failed" if truths == {"failed"} else "open"
        case AllOf(conditions=cs):
            truths = {_truth(c, posture, today) for c in cs}
            return "failed" if "failed" in truths else "holds" if truths == {"holds"} else "open"
    raise AssertionError(condition)


@given(any_histories())
def test_a_stay_pending_a_motion_is_in_force_exactly_until_the_motion_is_resolved(
    history: History,
) -> None:
    for entry, before, after in _walk(history):
        assert after.as_of is not None
        for n, stay in enumerate(after.discovery.stays):
            terms = stay.lifts_when
            if terms is None:
                continue
            truth = _truth(terms, after, after.as_of)
            if stay.status == "in_force":
                assert truth != "holds", f"stay {n} outlived its terms: {stay.lifts_when_text}"
                assert after.case.status != "closed"
                continue
            was = before.discovery.stays[n].status if n < len(before.discovery.stays) else None
            if was == "lifted":
                continue
            # Lifted by this entry, or by a date reached since the last one.
            by_order = stay.lifted_by is not None and stay.lifted_by == entry.doc
            ended = after.case.status == "closed"
            assert by_order or ended or truth == "holds", (
                f"stay {n} lifted before its terms ({stay.lifts_when_text}) were met"
            )
            if stay.lifted_because == "its own terms were met":
                assert truth == "holds"


def _vacated(history: History, upto: DocketEvent) -> set[int]:
    """Motions whose ruling an order up to ``upto`` vacated."""
    out: set[int] = set()
    for e in history[: history.index(upto) + 1]:
        out |= {r.motion for r in getattr(e, "rulings", ()) if r.disposition is Disposition.VACATED}
    return out


def _motions_in(condition: Condition) -> set[int]:
    match condition:
        case MotionResolved(motion=n) | MotionRuled(motion=n):
            return {n}
        case AnyOf(conditions=cs) | AllOf(conditions=cs):
            return set().union(*(_motions_in(c) for c in cs))
    return set()


@given(any_histories())
def test_leave_to_refile_opens_only_when_its_condition_holds_and_closes_only_when_it_cannot(
    history: History,
) -> None:
    for entry, before, after in _walk(history):
        assert after.as_of is not None
        closed = after.case.status == "closed"
        for m in after.motions:
            leave = m.leave_to_refile
            if leave is None:
                continue
            condition = leave.condition
            truth = "holds" if condition is None else _truth(condition, after, after.as_of)
            prior = next((p.leave_to_refile for p in before.motions if p.id == m.id), None)
            changed = prior is None or prior.status != leave.status or prior.since != leave.since
            # A vacated ruling on a motion the condition names may turn the truth back.
            settled = condition is None or not (_motions_in(condition) & _vacated(history, entry))
            if leave.status == "conditional":
                assert condition is not None and not closed
                assert truth == "open" or not settled, f"leave on Doc. {m.doc} should have moved"
            elif leave.status == "available":
                assert not closed, f"leave on Doc. {m.doc} available in a closed case"
                if changed or settled:
                    assert truth == "holds", f"leave on Doc. {m.doc} available, condition {truth}"
            else:
                if changed or settled:
                    assert closed or truth == "failed", (
                        f"leave on Doc. {m.doc} foreclosed, condition {truth}"
                    )
