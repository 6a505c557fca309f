"""Appeals: a notice of appeal, what it does while pending, and the mandate that ends it.

A notice of appeal from a judgment is checked against the time to appeal (FRAP 4(a)(1),
jurisdictional) and gives the other parties at least 14 days to appeal too (FRAP 4(a)(3)).
An interlocutory appeal from the denial of qualified immunity (a collateral order: Mitchell
v. Forsyth, 472 U.S. 511, 530 (1985)) divests the district court of the aspects of the case
on appeal (Griggs v. Provident Consumer Discount Co., 459 U.S. 56, 58 (1982)); in the Tenth
Circuit it may not proceed against the appellants unless it certifies the appeal frivolous
(Stewart v. Donges, 915 F.2d 572, 576 (10th Cir. 1990)): discovery is stayed as to the
appellants, all of it when every defendant appeals, until the mandate issues.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from docket.engine import deadlines
from docket.engine.changes import FactKind
from docket.engine.motions import IMMUNITY_DENIALS
from docket.engine.stays import WStay
from docket.events import AppealDecided, Ground, NoticeOfAppeal, StayScope
from docket.posture import Step
from docket.rules import DeadlineResult, compute_rule
from docket.rules.errors import InvalidPeriod, UnknownRule
from docket.rules.qualified_immunity import (
    QI_APPEAL_STAY_RULE,
    asserts_qualified_immunity,
    explain_appeal_stay,
)
from docket.words import doc_ref

if TYPE_CHECKING:
    from docket.engine.judgments import WJudgment
    from docket.engine.motions import WMotion
    from docket.engine.world import World

__all__ = ["WAppeal", "appeal_decided", "immunity_denied", "notice_of_appeal"]

#: Rulings on a qualified-immunity motion that deny immunity, at least in part.
_DENIALS = IMMUNITY_DENIALS
#: Words for the defendants as a whole on a notice of appeal.
_ALL_DEFENDANTS = frozenset({"defendants", "all defendants", "the defendants"})


@dataclass(slots=True, eq=False)
class WAppeal:
    """An appeal, while replay runs."""

    index: int
    event: NoticeOfAppeal
    noticed: date
    status: str = "pending"
    outcome: str | None = None
    mandate: date | None = None
    decided_by: int | None = None
    stay: WStay | None = None
    steps: list[Step] = field(default_factory=list)


def _appellants(e: NoticeOfAppeal) -> tuple[str, ...]:
    if e.appellants:
        return e.appellants
    return (e.filed_by,) if e.filed_by else ()


def _every_defendant(world: World, appellants: tuple[str, ...]) -> bool:
    """Whether the appellants are every defendant: "Defendants" as a whole, or each
    defendant the complaint names."""
    named = {a.strip().lower() for a in appellants}
    if named & _ALL_DEFENDANTS:
        return True
    defendants = {p.name.strip().lower() for p in world.parties if p.role == "defendant"}
    return bool(defendants) and defendants <= named


def _denies_qualified_immunity(world: World, e: NoticeOfAppeal) -> bool:
    """An interlocutory appeal from an order denying qualified immunity: the notice says so
    (``grounds``), or an order it appeals from denied a motion asserting it."""
    # A notice from an order before any final judgment is interlocutory whatever it says.
    before_judgment = bool(e.from_docs) and not any(j.event.final for j in world.judgments)
    if not (e.interlocutory or before_judgment):
        return False
    if Ground.QUALIFIED_IMMUNITY in e.grounds:
        return True
    docs = set(e.from_docs)
    return any(
        asserts_qualified_immunity(m.event)
        and m.status in _DENIALS
        and (m.decided_by in docs or m.event.doc in docs)
        for m in world.motion_list
    )


def _judgments_appealed(world: World, e: NoticeOfAppeal) -> list[WJudgment]:
    if e.from_docs:
        return [j for j in world.judgments if j.event.doc in e.from_docs]
    if e.interlocutory:
        return []
    earlier = [j for j in world.judgments if j.docketed <= e.filed and j.runs]
    return earlier[-1:]


def _check_time(world: World, e: NoticeOfAppeal, j: WJudgment) -> None:
    """A notice of appeal from judgment ``j``: late, early (held until the post-judgment
    motions are decided), or in time; and the other parties' time under FRAP 4(a)(3)."""
    appeal = j.runs.get("appeal")
    if appeal is None:
        return
    who = ", ".join(_appellants(e)) or "a party"
    if appeal.status == "elapsed":
        world.flag(
            e,
            "late_notice_of_appeal",
            f"notice of appeal by {who} filed {e.filed}, after the time to appeal from "
            f"{doc_ref(j.event.doc)} ran out on {appeal.due}: only a motion under FRAP "
            "4(a)(5) or 4(a)(6) could allow it",
            rule=appeal.citation,
        )
        return
    if appeal.status == "suspended":
        appeal.steps += (
            world.step(
                f"notice of appeal {doc_ref(e.doc)} by {who} filed while a timely post-judgment "
                "motion is pending: it takes effect when the order disposing of the last such "
                "motion is entered",
                "FRAP 4(a)(4)(B)(i)",
            ),
        )
        world.dirty.add((FactKind.DEADLINE, appeal.index))
        return
    appeal.steps += (world.step(f"notice of appeal {doc_ref(e.doc)} filed by {who}"),)
    world.dirty.add((FactKind.DEADLINE, appeal.index))
    if appeal.status != "running" or "cross_appeal" in j.runs:
        return
    try:
        result = compute_rule(world.pack, "frap.4a3.other_parties", e.filed, None)
    except (UnknownRule, InvalidPeriod):
        return
    if result.due <= appeal.due:
        return  # the time otherwise allowed ends later: it governs (FRAP 4(a)(3))
    j.runs["cross_appeal"] = _start(
        world,
        "cross_appeal",
        j.key,
        f"Notice of appeal by another party from {doc_ref(j.event.doc)}, after {who}'s "
        f"notice {doc_ref(e.doc)}",
        result,
    )


def _check_order_time(world: World, e: NoticeOfAppeal, d: deadlines.WDeadline) -> None:
    """A notice of appeal from an appealable order: in time, or late (FRAP 4(a)(1)(A))."""
    who = ", ".join(_appellants(e)) or "a party"
    if d.status == "elapsed":
        world.flag(
            e,
            "late_notice_of_appeal",
            f"notice of appeal by {who} filed {e.filed}, after the time to appeal from the "
            f"order ran out on {d.due}: only a motion under FRAP 4(a)(5) could allow it",
            rule=d.citation,
        )
        return
    d.steps += (world.step(f"notice of appeal {doc_ref(e.doc)} filed by {who}"),)
    world.dirty.add((FactKind.DEADLINE, d.index))


def _nothing(state: object, d: deadlines.WDeadline) -> None:
    """The other parties' time running out changes no machine."""


def _start(
    world: World, kind: deadlines.DeadlineKind, key: str, what: str, result: DeadlineResult
) -> deadlines.WDeadline:
    """A time to appeal started running now, with the pack's consequence; its running out
    changes no machine."""
    return deadlines.start(
        world,
        world.book,
        kind,
        key,
        what,
        result,
        consequence=deadlines.consequence(world.pack, result),
        stayed=False,
        on_elapse=_nothing,
    )


def notice_of_appeal(world: World, e: NoticeOfAppeal) -> None:
    """A notice of appeal: recorded as pending; checked against the time to appeal; an
    interlocutory appeal from the denial of qualified immunity stays discovery."""
    assert world.today is not None
    a = WAppeal(index=len(world.appeals), event=e, noticed=world.today)
    world.appeals.append(a)
    appellants = _appellants(e)
    kind = "interlocutory appeal" if e.interlocutory else "appeal"
    frm = ", ".join(doc_ref(d) for d in e.from_docs) or "the judgment"
    a.steps.append(
        world.step(
            f"notice of {kind} {doc_ref(e.doc)} by {', '.join(appellants) or 'a party'} from {frm}",
            "FRAP 3(a)(1)",
        )
    )
    world.dirty.add((FactKind.CASE, 0))
    judged = _judgments_appealed(world, e)
    for j in judged:
        _check_time(world, e, j)
    for doc in set(e.from_docs) - {j.event.doc for j in judged}:
        order = world.book.get("appeal", str(doc))
        if isinstance(order, deadlines.WDeadline):  # a time to appeal is never settled
            _check_order_time(world, e, order)
    if not _denies_qualified_immunity(world, e):
        return
    every = _every_defendant(world, appellants)
    notice = f"notice of interlocutory appeal {doc_ref(e.doc)}"
    stay = WStay(
        index=len(world.stays),
        scope=StayScope.DISCOVERY if every else StayScope.PARTIES,
        parties=() if every else appellants,
        imposed=world.today,
        imposed_by=e.doc,
        on_motion=None,
        on_motion_part=None,
        lifts_when=None,
        grounds=(Ground.QUALIFIED_IMMUNITY,),
        explanation=explain_appeal_stay(f"The {notice}", appellants, every),
        pending_appeal=e.doc,
    )
    a.stay = stay
    whom = "" if every else f" as to {', '.join(appellants)}"
    world.add_stay(
        stay,
        f"discovery stayed{whom} pending the interlocutory appeal from the denial of "
        f"qualified immunity ({notice})",
        QI_APPEAL_STAY_RULE,
    )


def _the_appeal(world: World, e: AppealDecided) -> WAppeal | None:
    if e.appeal is not None:
        found = [a for a in world.appeals if a.event.doc == e.appeal]
        if not found:
            world.flag(
                e,
                "unknown_appeal",
                f"decides the appeal {doc_ref(e.appeal)}, which is not a notice of appeal on this docket",
            )
            return None
        return found[-1]
    pending = [a for a in world.appeals if a.status == "pending"]
    if len(pending) == 1:
        return pending[0]
    reason = (
        "a mandate with no appeal pending"
        if not pending
        else f"a mandate that does not say which of {len(pending)} pending appeals it decides"
    )
    world.flag(e, "unknown_appeal" if not pending else "ambiguous_appeal", reason)
    return None


def appeal_decided(world: World, e: AppealDecided) -> None:
    """The mandate: the appeal is decided, and a stay pending it lifts."""
    assert world.today is not None
    a = _the_appeal(world, e)
    if a is None:
        return
    if a.status == "decided":
        world.flag(
            e,
            "already_decided",
            f"the appeal {doc_ref(a.event.doc)} was already decided by {doc_ref(a.decided_by)}",
        )
        return
    a.status, a.decided_by = "decided", e.doc
    a.outcome = e.outcome.value if e.outcome is not None else None
    a.mandate = e.on or e.filed
    outcome = e.outcome.value.replace("_", " ") if e.outcome is not None else "outcome not stated"
    a.steps.append(world.step(f"mandate {doc_ref(e.doc)}: {outcome}", "FRAP 41"))
    world.dirty.add((FactKind.CASE, 0))
    stay = a.stay
    if stay is not None and stay.status == "in_force":
        world.lift(
            stay,
            "lift_by_terms",
            e.doc,
            f"the mandate issued ({outcome}, {doc_ref(e.doc)})",
            "mandate",
        )


def immunity_denied(world: World, m: WMotion) -> None:
    """An order denying a motion that asserts qualified immunity (in whole or in part) is an
    appealable collateral order (Mitchell v. Forsyth, 472 U.S. 511, 530 (1985)): the time
    for an interlocutory appeal from it runs 30 days from its entry (FRAP 4(a)(1)(A))."""
    cause = world.cause
    if (
        cause is None
        or cause.doc is None
        or m.status not in _DENIALS
        or not asserts_qualified_immunity(m.event)
        or world.case_status == "closed"
        or world.book.get("appeal", str(cause.doc)) is not None
    ):
        return
    try:
        result = compute_rule(world.pack, "frap.4a1a.appeal", cause.filed, None)
    except (UnknownRule, InvalidPeriod):
        return
    _start(
        world,
        "appeal",
        str(cause.doc),
        f"Interlocutory appeal from {doc_ref(cause.doc)} denying qualified immunity "
        f"({doc_ref(m.event.doc)}), if the movants take one (collateral order)",
        result,
    )
