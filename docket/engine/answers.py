"""Each defendant's answer: service, the time to answer, Rule 12 motions, default.

Service starts the time to answer, a deadline computed by the court's rule pack:

- 21 days after service of the summons and complaint (FRCP 12(a)(1)(A)(i));
- 60 days after the request for a waiver of service was sent, 90 when it was sent outside
  any judicial district of the United States (FRCP 4(d)(3), 12(a)(1)(A)(ii));
- 60 days for the United States, its agency, officer or employee (FRCP 12(a)(2), (3)).

A motion under Rule 12 suspends it; when the court denies the motion or postpones it, the
answer is due 14 days after notice of its action (FRCP 12(a)(4)(A)). An amended pleading is
answered within the time left or 14 days after its service, whichever is later (FRCP
15(a)(3)). An answer meets the deadline; running out with no answer lets the plaintiff ask
the clerk to enter default (FRCP 55(a); see :mod:`docket.engine.defaults`). Who an entry
concerns is read from the names it gives; where the names fit no defendant, or several, a
person is asked, never guessed.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from docket.engine import deadlines
from docket.engine.changes import FactKind
from docket.engine.judgments import FEDERAL_NAME
from docket.engine.ledger import Entry
from docket.engine.motions import RULE12_KINDS
from docket.events import (
    AnswerFiled,
    AnswerTimeExtended,
    DocketEvent,
    MotionRef,
    PleadingAmended,
    SummonsServed,
    WaiverReturned,
)
from docket.posture import ReviewFlag, Step
from docket.records import Record
from docket.rules import DeadlineResult, compute_rule
from docket.rules.errors import InvalidPeriod, UnknownRule
from docket.words import doc_ref, motion_ref

if TYPE_CHECKING:
    from docket.engine.motions import WMotion
    from docket.engine.world import World

__all__ = [
    "EVERY",
    "RULE12_KINDS",
    "WDefendant",
    "answer_filed",
    "answer_time_extended",
    "flag",
    "known_defendants",
    "motion_filed",
    "motion_moved",
    "normalize",
    "pleading_amended",
    "resolve",
    "served",
    "touch",
]

#: Names that mean every defendant.
EVERY = frozenset({"defendant", "defendants", "all defendants", "the defendants"})

#: What running out of the time to answer allows (FRCP 55(a)).
_CONSEQUENCE = (
    "no answer or Rule 12 motion by then: the defendant has failed to plead or otherwise "
    "defend, and the plaintiff may ask the clerk to enter default (FRCP 55(a))"
)


def normalize(name: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", name.lower()).split())


def _slug(name: str) -> str:
    return normalize(name).replace(" ", "-") or "defendant"


class WDefendant(Record):
    """A defendant, while replay runs: its service, its time to answer, and its default."""

    __slots__ = (
        "answered",
        "answered_by",
        "deadline",
        "default_entered",
        "default_requested",
        "default_set_aside",
        "dismissed",
        "extended_unread",
        "held_by",
        "index",
        "key",
        "name",
        "review",
        "served",
        "service",
        "steps",
        "united_states",
    )

    index: int
    name: str
    key: str
    united_states: bool
    served: date | None
    service: str | None
    deadline: deadlines.WDeadline | None
    #: The Rule 12 motions pending that suspend the time to answer (FRCP 12(a)(4)).
    held_by: list[MotionRef]
    answered: date | None
    answered_by: int | None
    dismissed: bool
    #: An extension of the time to answer whose new day the docket does not give.
    extended_unread: bool
    default_requested: date | None
    default_entered: date | None
    #: The day an order set the default aside (FRCP 55(c)).
    default_set_aside: date | None
    review: list[ReviewFlag]
    steps: list[Step]

    def __init__(
        self,
        index: int,
        name: str,
        key: str,
        united_states: bool = False,
        served: date | None = None,
        service: str | None = None,
        deadline: deadlines.WDeadline | None = None,
        answered: date | None = None,
        answered_by: int | None = None,
        dismissed: bool = False,
        extended_unread: bool = False,
        default_requested: date | None = None,
        default_entered: date | None = None,
        default_set_aside: date | None = None,
    ) -> None:
        self.index = index
        self.name = name
        self.key = key
        self.united_states = united_states
        self.served = served
        self.service = service
        self.deadline = deadline
        self.held_by = []
        self.answered = answered
        self.answered_by = answered_by
        self.dismissed = dismissed
        self.extended_unread = extended_unread
        self.default_requested = default_requested
        self.default_entered = default_entered
        self.default_set_aside = default_set_aside
        self.review = []
        self.steps = []


def touch(world: World) -> None:
    world.answers_seen = True
    world.dirty.add((FactKind.CASE, 0))


def _add(world: World, name: str, united_states: bool = False) -> WDefendant:
    key = _slug(name)
    while any(d.key == key for d in world.defendants.values()):
        key += "-2"
    w = WDefendant(index=len(world.defendants), name=name, key=key, united_states=united_states)
    world.defendants[normalize(name)] = w
    return w


def known_defendants(world: World) -> None:
    """The defendants the complaint names, as replay first meets them."""
    for p in world.parties:
        if p.role == "defendant" and normalize(p.name) not in world.defendants:
            _add(world, p.name, p.united_states)


def _matches(world: World, name: str) -> list[WDefendant]:
    n = normalize(name)
    if not n:
        return []
    if n in EVERY:
        return list(world.defendants.values())
    exact = world.defendants.get(n)
    if exact is not None:
        return [exact]
    padded = f" {n} "
    return [
        w
        for k, w in world.defendants.items()
        if f" {k} " in padded or padded in f" {k} "  # whole words: "Roe" in "Officer Roe"
    ]


def flag(w: WDefendant, event: Entry, reason: str) -> None:
    w.review.append(ReviewFlag(doc=event.doc, event_id=event.id, filed=event.filed, reason=reason))


def resolve(
    world: World, event: Entry, names: tuple[str, ...], what: str, *, create: bool
) -> list[WDefendant]:
    """The defendants ``names`` mean. A name that fits none is a new defendant when the
    entry states a fact about it (``create``: service, default); otherwise, and when a name
    fits several, each defendant it may mean is flagged for review and none is changed."""
    known_defendants(world)
    if not names:
        if len(world.defendants) == 1:
            return list(world.defendants.values())
        if not world.defendants and create:
            return [_add(world, "Defendants")]
        for w in world.defendants.values():
            flag(
                w, event, f"{doc_ref(event.doc)} ({what}) names no defendant; it may be this one's"
            )
        touch(world)
        return []
    found: dict[int, WDefendant] = {}
    for name in names:
        hits = _matches(world, name)
        if len(hits) == 1 or (hits and normalize(name) in EVERY):
            found.update((w.index, w) for w in hits)
        elif not hits and create:
            w = _add(world, name)
            found[w.index] = w
        else:
            candidates = hits or list(world.defendants.values())
            for w in candidates:
                flag(
                    w,
                    event,
                    f"{doc_ref(event.doc)} ({what}) names {name!r}; it may be this defendant",
                )
            touch(world)
    return list(found.values())


def _start(world: World, w: WDefendant, result: DeadlineResult, what: str) -> None:
    d = deadlines.start(
        world,
        world.book,
        "answer",
        w.key,
        what,
        result,
        consequence=_CONSEQUENCE,
        stayed=world.case_status == "stayed",
        on_elapse=_ran_out,
    )
    w.deadline = d
    if w.held_by:
        _hold(world, w, w.held_by[-1])


def _ran_out(state: Any, d: deadlines.WDeadline) -> None:
    world: World = state
    for w in world.defendants.values():
        if w.deadline is d:
            w.steps.append(world.step(f"no answer filed by {d.due}", d.citation))
    world.dirty.add((FactKind.CASE, 0))


def _compute(world: World, event: DocketEvent, rule: str, on: date) -> DeadlineResult | None:
    try:
        return compute_rule(world.pack, rule, on, None)
    except (UnknownRule, InvalidPeriod) as error:
        world.flag(event, "no_rule_in_force", f"no time to answer is computed: {error}")
        return None


def served(world: World, e: SummonsServed | WaiverReturned) -> None:
    """A summons returned executed, or a waiver of service returned: the time to answer
    starts for each defendant named."""
    waiver = isinstance(e, WaiverReturned)
    what = "waiver of service" if waiver else "summons returned executed"
    for w in resolve(world, e, e.defendants, what, create=True):
        touch(world)
        if w.served is not None or w.answered is not None or w.default_entered is not None:
            w.steps.append(world.step(f"{what} {doc_ref(e.doc)}: the time to answer already runs"))
            continue
        if w.united_states:
            rule, on = (
                "frcp.12a.united_states",
                (e.served_on if isinstance(e, SummonsServed) else None) or e.filed,
            )
        elif isinstance(e, WaiverReturned):
            rule = "frcp.12a.waiver_abroad" if e.abroad else "frcp.12a.waiver"
            on = e.requested or e.filed
        else:
            rule, on = "frcp.12a.answer", e.served_on or e.filed
        w.service = "waiver" if waiver else "summons"
        w.served = on
        w.steps.append(world.step(f"{what} {doc_ref(e.doc)}: served {on}"))
        undated = _undated(e)
        if undated is not None:
            flag(w, e, undated + (f" (the entry says {e.answer_due})" if e.answer_due else ""))
            w.served = None
            continue
        if not w.united_states:
            suspect = FEDERAL_NAME.search(w.name)
            if suspect is not None:
                flag(
                    w,
                    e,
                    f"FRCP 12(a)(2)-(3): {w.name!r} may be the United States, its agency or "
                    "officer, which has 60 days to answer (mark the party united_states)",
                )
        result = _compute(world, e, rule, on)
        if result is None:
            continue
        words = f"Answer by {w.name}"
        if w.united_states:
            words += (
                " (an officer sued individually: 60 days from the later of service on the "
                "officer or on the United States attorney, FRCP 12(a)(3))"
            )
        _start(world, w, result, words)
        for m in world.rule12:
            ref = m.ref
            if m.status != "pending" or ref is None or ref in w.held_by:
                continue  # checked before the movants' names are matched, which costs more
            if any(w in _matches(world, n) for n in _movants(m)):
                _motion_holds(world, w, m, ref)
        stated = e.answer_due
        if stated is not None and stated != result.due:
            flag(
                w,
                e,
                f"the entry gives the answer as due {stated}; {result.citation} counts "
                f"{result.due} from {on}: check which governs",
            )


def _undated(e: SummonsServed | WaiverReturned) -> str | None:
    """Why no time to answer is computed from a return that does not date the day it counts
    from, or None when it does."""
    if isinstance(e, WaiverReturned) and e.requested is None:
        # FRCP 12(a)(1)(A)(ii) counts from the day the request was sent, which the
        # return does not give: any date counted from the return would come too late.
        return (
            "the waiver does not say when the request was sent; the answer is due 60 days "
            "after it (90 abroad), FRCP 12(a)(1)(A)(ii): no date is computed"
        )
    if isinstance(e, SummonsServed) and e.served_on is None:
        # FRCP 12(a)(1)(A)(i) counts from service, which the return does not date: a
        # date counted from its filing could come too late, and none is shown.
        return (
            "the return does not give the day of service; the answer is due 21 days after "
            "it (FRCP 12(a)(1)(A)(i)): no date is computed"
        )
    return None


def answer_filed(world: World, e: AnswerFiled) -> None:
    """An answer: it meets each answering defendant's time to answer."""
    names = e.defendants or ((e.filed_by,) if e.filed_by else ())
    if not e.defendants and _plaintiff(world, e.filed_by):
        return  # a plaintiff's answer is to a counterclaim, not the complaint
    for w in resolve(world, e, names, "answer", create=False):
        touch(world)
        if w.answered is not None and (w.deadline is None or w.deadline.status != "running"):
            w.steps.append(world.step(f"further answer {doc_ref(e.doc)}"))
            continue
        w.answered, w.answered_by = e.filed, e.doc
        d = w.deadline
        late = d is not None and d.status == "elapsed"
        if d is not None:
            deadlines.meet(world, world.book, d, f"answered by {doc_ref(e.doc)}")
        w.steps.append(
            world.step(
                f"answer {doc_ref(e.doc)} filed"
                + (f", after the time ran out on {d.due}" if late and d is not None else ""),
                "FRCP 12(a)",
            )
        )
        if w.default_entered is not None:
            flag(
                w,
                e,
                f"an answer filed after default was entered on {w.default_entered}: the default "
                "stands until the court sets it aside (FRCP 55(c))",
            )


def _plaintiff(world: World, name: str | None) -> bool:
    """Whether ``name`` is a plaintiff's (by the complaint's parties, or the word)."""
    if not name:
        return False
    n = normalize(name)
    if n.startswith("plaintiff"):
        return True
    return any(p.role == "plaintiff" and normalize(p.name) == n for p in world.parties)


def _hold(world: World, w: WDefendant, ref: MotionRef) -> None:
    d = w.deadline
    if d is None:
        return
    what = (
        f"suspended by {motion_ref(ref.doc, ref.part)}, a Rule 12 motion: the answer is due "
        "14 days after notice that the court denied it or postponed its disposition, FRCP "
        "12(a)(4)(A)"
    )
    if d.status == "running":
        deadlines.toll(world, world.book, d, what, "FRCP 12(a)(4)")
    elif d.status == "suspended" and d.held is None:
        d.held = what  # suspended by a stay of the case: the motion holds it past the stay
        d.steps += (world.step(what, "FRCP 12(a)(4)"),)
        world.dirty.add((FactKind.DEADLINE, d.index))
    touch(world)


def motion_filed(world: World, m: WMotion) -> None:
    """A Rule 12 motion suspends the movants' time to answer (FRCP 12(a)(4))."""
    e = m.event
    ref = m.ref
    if e.kind not in RULE12_KINDS or ref is None:
        return
    world.rule12.append(m)
    if world.answers_seen:
        for w in resolve(world, e, _movants(m), "Rule 12 motion", create=False):
            _motion_holds(world, w, m, ref)


def _movants(m: WMotion) -> tuple[str, ...]:
    e = m.event
    return e.movants or ((e.filed_by,) if e.filed_by else ())


def _motion_holds(world: World, w: WDefendant, m: WMotion, ref: MotionRef) -> None:
    e = m.event
    if w.answered is not None or w.default_entered is not None or w.dismissed:
        return
    d = w.deadline
    if d is not None and d.status == "elapsed":
        flag(
            w,
            e,
            f"{motion_ref(ref.doc, ref.part)}, a Rule 12 motion, was filed after the time to "
            f"answer ran out on {d.due}: whether it suspends that time, a person decides",
        )
        touch(world)
        return
    w.held_by.append(ref)
    w.steps.append(world.step(f"{motion_ref(ref.doc, ref.part)} filed", "FRCP 12(a)(4)"))
    _hold(world, w, ref)


def motion_moved(world: World, m: WMotion) -> None:
    """A Rule 12 motion disposed of: the time to answer runs again (FRCP 12(a)(4)(A))."""
    ref = m.ref
    if ref is None or m.status == "pending" or m.event.kind not in RULE12_KINDS:
        return
    for w in world.defendants.values():
        if ref not in w.held_by:
            continue
        w.held_by.remove(ref)
        touch(world)
        if w.held_by:
            continue
        _resume(world, w, m, ref)


def _resume(world: World, w: WDefendant, m: WMotion, ref: MotionRef) -> None:
    cause = world.cause
    assert cause is not None and world.today is not None
    d = w.deadline
    words = motion_ref(ref.doc, ref.part)
    if m.status == "granted":
        w.dismissed = True
        w.steps.append(world.step(f"{words} granted: no answer is due", "FRCP 12(a)(4)"))
        if d is not None:
            deadlines.end(world, world.book, d, f"{words} granted: no answer is due")
        return
    if m.status == "moot":
        pleading = next((a for a in reversed(world.amended) if a.filed >= m.event.filed), None)
        if pleading is not None and d is not None:
            result = _amended_result(world, pleading)
            if result is not None:
                deadlines.restart(
                    world,
                    world.book,
                    d,
                    result,
                    f"{words} moot after the amended pleading {doc_ref(pleading.doc)}: the "
                    f"answer to it is due {result.due}",
                )
                return
        flag(
            w,
            cause,
            f"{words}, which suspended the time to answer, was found moot with no amended "
            "pleading on the docket: when the answer is due, the order or a person says",
        )
        return
    result = _compute(world, cause, "frcp.12a4.answer", world.today)
    if result is None or d is None:
        return
    how = "withdrawn" if m.status == "withdrawn" else m.status.replace("_", " ")
    if m.status == "withdrawn":
        flag(
            w,
            cause,
            f"{words} was withdrawn: FRCP 12(a)(4)(A) speaks of a denial or postponement; the "
            "answer is shown due 14 days after the withdrawal: check it",
        )
    deadlines.restart(
        world, world.book, d, result, f"{words} {how}: the answer is due {result.due}"
    )


def _amended_result(world: World, pleading: PleadingAmended) -> DeadlineResult | None:
    try:
        return compute_rule(
            world.pack, "frcp.15a3.amended", pleading.filed, pleading.service or "electronic"
        )
    except (UnknownRule, InvalidPeriod) as error:
        world.flag(pleading, "no_rule_in_force", f"no time to answer is computed: {error}")
        return None


def pleading_amended(world: World, e: PleadingAmended) -> None:
    """An amended complaint: each served defendant answers it within the time left or 14 days
    after its service, whichever is later (FRCP 15(a)(3)). A defendant's amended answer, or
    one from a party the entry does not name as the plaintiff, changes nothing here."""
    if not world.answers_seen or (e.filed_by and _matches(world, e.filed_by)):
        return
    result = _amended_result(world, e)
    if result is None:
        return
    for w in world.defendants.values():
        d = w.deadline
        if d is None or w.default_entered is not None or w.dismissed:
            continue
        what = f"amended pleading {doc_ref(e.doc)}: the answer to it is due {result.due}"
        if d.status in ("met", "moot") and w.answered is not None:
            w.answered = w.answered_by = None
            w.steps.append(world.step(what, "FRCP 15(a)(3)"))
            _start(world, w, result, f"Answer by {w.name} to the amended pleading {doc_ref(e.doc)}")
        elif d.status in ("running", "elapsed") and (d.status == "elapsed" or result.due > d.due):
            w.steps.append(world.step(what, "FRCP 15(a)(3)"))
            deadlines.extend(world, world.book, d, result.due, what, "FRCP 15(a)(3)")
        else:
            continue
        touch(world)


def answer_time_extended(world: World, e: AnswerTimeExtended) -> None:
    """The time to answer extended (FRCP 6(b)(1)): to the day the entry gives, or, when it
    gives none, to a day a person must read (the time is then never shown as run out)."""
    if e.defendants:
        chosen = resolve(world, e, e.defendants, "extension of the time to answer", create=False)
    else:
        known_defendants(world)
        chosen = [
            w
            for w in world.defendants.values()
            if w.served is not None and w.answered is None and w.default_entered is None
        ]
        if len(chosen) > 1:
            # Whose time it extends, the entry does not say: none is shown run out, and a
            # person reads it.
            for w in chosen:
                touch(world)
                w.extended_unread = True
                flag(
                    w,
                    e,
                    f"{doc_ref(e.doc)} extends the time to answer of a defendant it does not name",
                )
            return
    for w in chosen:
        touch(world)
        d = w.deadline
        what = f"time to answer extended {doc_ref(e.doc)}" + (
            f" to {e.until}" if e.until is not None else ""
        )
        w.steps.append(world.step(what, "FRCP 6(b)(1)"))
        if w.answered is not None or w.default_entered is not None:
            continue
        if e.until is None or d is None:
            w.extended_unread = e.until is None or w.extended_unread
            flag(
                w,
                e,
                f"{doc_ref(e.doc)} extends the time to answer"
                + (
                    f" to {e.until}, before the time to answer is computed"
                    if e.until is not None
                    else " to a day it does not give: read it"
                ),
            )
            continue
        if d.status in ("running", "elapsed", "suspended"):
            deadlines.extend(world, world.book, d, e.until, what, "FRCP 6(b)(1)")
            w.extended_unread = False
