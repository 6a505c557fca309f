"""Deadlines while replay runs: each one a ``DEADLINE`` machine and a tick on its last day.

A deadline runs from a computed :class:`~docket.rules.DeadlineResult`. The day after its due
date a tick runs it out (unless it was met, moved or suspended since: a tick carries the
version of the deadline it was scheduled for). A stay of the whole case suspends running
deadlines; when the stay lifts, the days that were left run again from the lift.

Deadlines need only the fold's :class:`~docket.engine.ledger.Ledger` (its clock, provenance
and change feed) and their own :class:`DeadlineBook`: nothing here knows motions or stays.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

from docket.engine.changes import FactKind
from docket.engine.ledger import Ledger
from docket.events import MotionRef
from docket.machines import DEADLINE
from docket.posture import Reading, Step
from docket.rules import DeadlineResult, RulePack, compute_deadline

__all__ = [
    "DEADLINE_KINDS",
    "DeadlineBook",
    "DeadlineFacts",
    "DeadlineKind",
    "WDeadline",
    "consequence",
    "deadline_id",
    "end",
    "extend",
    "meet",
    "moot",
    "moot_all",
    "recount",
    "restart",
    "resume_all",
    "start",
    "suspend_all",
    "toll",
]

_ONE_DAY = timedelta(days=1)

#: The deadlines replay runs: a motion's response and reply (FRCP 6; the court's local
#: rules), and those that run from entry of a judgment (see :mod:`docket.engine.judgments`).
DeadlineKind = Literal[
    "response",
    "reply",
    "appeal",
    "cross_appeal",
    "rule59",
    "rule50b",
    "rule52b",
    "fees",
    "costs",
    "answer",
]
#: A motion's own deadlines: mooted when it is decided.
DEADLINE_KINDS: tuple[DeadlineKind, ...] = ("response", "reply")


@dataclass(slots=True, eq=False, kw_only=True)
class DeadlineFacts:
    """What replay reads of a deadline once it is met or moot (states no move leaves): when
    it fell, under which rule, its readings, and what it belongs to. A lean fold keeps a
    motion's finished deadline as this alone (104 bytes, not the 184 of a
    :class:`WDeadline` and its place in order): a paper filed after its motion was decided
    is still checked against it, and a million-entry docket finishes 440,000 of them."""

    kind: DeadlineKind
    #: The motion whose briefing it times (``None``: a deadline after judgment).
    ref: MotionRef | None
    #: What it belongs to when that is not a motion: the judgment's or the defendant's key
    #: (``None`` for a motion's deadline, which its ``ref`` names). The deadline's key in
    #: :attr:`DeadlineBook.of` is the one or the other.
    key: str | None
    rule: str
    citation: str
    due: date
    readings: tuple[Reading, ...]
    status: str = DEADLINE.initial
    #: Why the period is not to be taken as fact (see :attr:`docket.posture.Deadline.unverified`).
    unverified: str | None = None

    @property
    def id(self) -> str:
        """The id the posture shows, its kind and what it belongs to (the motion, ``45.2``,
        or the judgment): ``response:45``, ``reply:45.2``, ``appeal:52`` (see
        :func:`deadline_id`). Made when asked, not kept: a million-entry docket starts
        440,000 deadlines, and the posture lists those that still run."""
        return deadline_id(self.kind, self.ref.key if self.ref is not None else str(self.key))


@dataclass(slots=True, eq=False, kw_only=True)
class WDeadline(DeadlineFacts):
    """A deadline, while replay runs."""

    index: int
    what: str
    trigger_doc: int | None
    consequence: str | None
    #: What running out means for the motion, called with the fold's working state (which
    #: this module does not know: the briefing does).
    on_elapse: Callable[[Any, WDeadline], None]
    version: int = 0
    remaining: int = 0
    #: A date the deadline was extended to while suspended (it stands if the stay lifts first).
    until: date | None = None
    #: Why a deadline after judgment is held, while it is (FRAP 4(a)(4)(A)).
    held: str | None = None
    #: Its provenance, a tuple the posture shares (most deadlines end met or moot, and
    #: then hold none: see :func:`_move`).
    steps: tuple[Step, ...] = ()

    @property
    def follows_the_case(self) -> bool:
        """Whether a stay or the close of the case suspends or moots it: a motion's briefing
        does; a period that runs from entry of judgment is set by rule and runs on (FRAP
        4(a) is jurisdictional, and FRCP 6(b)(2) forbids extending Rules 50, 52 and 59).
        A defendant's time to answer is the case's own: a stay suspends it, the end moots it."""
        return self.ref is not None or self.kind == "answer"


def deadline_id(kind: DeadlineKind, about: str) -> str:
    """The id of the ``kind`` deadline of what ``about`` names (a motion's key, ``45.2``, or
    a judgment's): ``response:45``, ``reply:45.2``, ``appeal:52``."""
    return f"{kind}:{about}"


@dataclass(slots=True)
class DeadlineBook:
    """Every deadline started, in order; each motion's by kind; and those that run or are
    suspended now (found without scanning every deadline).

    ``lean``: only the posture is read (see :attr:`~docket.engine.ledger.Ledger.lean`), so
    ``all`` is not kept (an index reads each deadline by its place in it).
    """

    all: list[WDeadline] = field(default_factory=list)
    #: How many deadlines were started (the next one's ``index``).
    started: int = 0
    #: By kind, then by what each belongs to: the motion's reference (shared with the
    #: motion), or the judgment's or defendant's key. No string is made for the lookup (a
    #: deadline id of its own took 63 bytes a deadline).
    #: A lean fold keeps a motion's deadline that is met or moot as its facts alone.
    of: dict[DeadlineKind, dict[MotionRef | str, DeadlineFacts]] = field(default_factory=dict)
    running: dict[int, WDeadline] = field(default_factory=dict)
    suspended: dict[int, WDeadline] = field(default_factory=dict)
    #: The readings of the deadlines, one tuple for each (due, assumption) pairs: a docket's
    #: deadlines fall on fewer days than it has deadlines (see :func:`_readings`).
    readings: dict[tuple[tuple[date, str], ...], tuple[Reading, ...]] = field(default_factory=dict)
    lean: bool = False

    def get(self, kind: DeadlineKind, about: MotionRef | str) -> DeadlineFacts | None:
        """The ``kind`` deadline of the motion ``about`` names (or of the judgment or
        defendant whose key it is), if one was started (the last one, if several were)."""
        of = self.of.get(kind)
        return None if of is None else of.get(about)


@dataclass(frozen=True, slots=True)
class _RunOut:
    book: DeadlineBook
    deadline: WDeadline
    version: int

    def __call__(self, state: Ledger) -> None:
        d = self.deadline
        if d.version != self.version or d.status != "running":
            return
        what = f"time ran out: nothing filed by {d.due}"
        _move(state, self.book, d, "run_out", what, d.consequence)
        d.on_elapse(state, d)


def _readings(book: DeadlineBook, result: DeadlineResult) -> tuple[Reading, ...]:
    """The readings of ``result`` as the posture shows them, shared with every deadline of
    ``book`` read the same way (frozen values: a million-entry docket starts 440,000
    deadlines on about 25,000 days)."""
    key = tuple((r.due, r.assumption) for r in result.readings)
    shared = book.readings.get(key)
    if shared is None:
        shared = book.readings[key] = tuple(Reading(due=due, assumption=a) for due, a in key)
    return shared


def _move(
    ledger: Ledger,
    book: DeadlineBook,
    d: WDeadline,
    trigger: str,
    what: str,
    rule: str | None = None,
) -> None:
    d.status = DEADLINE.fire(d.status, trigger)
    if d.status == "running":
        book.running[d.index] = d
    else:
        book.running.pop(d.index, None)
    if d.status == "suspended":
        book.suspended[d.index] = d
    else:
        book.suspended.pop(d.index, None)
    if ledger.lean and d.status in _FINISHED:
        # Never listed again (the posture lists those that run or are suspended): only the
        # deadline's state is kept, for the entries that look it up.
        d.steps = ()
        d.what = ""  # what the posture would call it: it lists it no more
        if d.ref is not None:
            _settle(book, d)
        return
    d.steps += (ledger.step(what, rule),)
    ledger.dirty.add((FactKind.DEADLINE, d.index))


def _settle(book: DeadlineBook, d: WDeadline) -> None:
    """Keep a motion's deadline, met or moot, as its facts alone (see
    :class:`DeadlineFacts`): no move changes it again, and no one else holds it for long
    (a tick due on its last day finds it finished and does nothing)."""
    assert d.ref is not None
    of = book.of[d.kind]
    if of.get(d.ref) is d:
        of[d.ref] = DeadlineFacts(
            kind=d.kind,
            ref=d.ref,
            key=d.key,
            rule=d.rule,
            citation=d.citation,
            due=d.due,
            readings=d.readings,
            status=d.status,
            unverified=d.unverified,
        )


#: A deadline's states no move leaves (see :data:`docket.machines.DEADLINE`).
_FINISHED = frozenset({"met", "moot"})


def _schedule(ledger: Ledger, book: DeadlineBook, d: WDeadline) -> None:
    d.version += 1
    ledger.schedule(d.due + _ONE_DAY, _RunOut(book, d, d.version))


def start(
    ledger: Ledger,
    book: DeadlineBook,
    kind: DeadlineKind,
    ref: MotionRef | str,
    what: str,
    result: DeadlineResult,
    *,
    consequence: str | None,
    stayed: bool,
    on_elapse: Callable[[Any, WDeadline], None],
) -> WDeadline:
    """Start the ``kind`` deadline of motion ``ref`` (or, given a key, of what the key names:
    a judgment), computed under the court's rules (``consequence``: what the rule says
    running out means; ``stayed``: the case is stayed, so the deadline starts suspended)."""
    cause = ledger.cause
    motion = ref if isinstance(ref, MotionRef) else None
    d = WDeadline(
        index=book.started,
        kind=kind,
        ref=motion,
        key=None if isinstance(ref, MotionRef) else ref,
        what=what,
        trigger_doc=cause.doc if cause is not None else None,
        rule=result.rule_id or f"{result.days} days",
        citation=result.citation or "FRCP 6(a)",
        consequence=consequence,
        due=result.due,
        readings=_readings(book, result),
        on_elapse=on_elapse,
        unverified=result.notice if result.uncertain else None,
    )
    book.started += 1
    if not book.lean:
        book.all.append(d)
    book.of.setdefault(kind, {})[ref] = d
    d.steps += (ledger.step(f"{what} due {d.due} ({result.days} days)", d.citation),)
    ledger.dirty.add((FactKind.DEADLINE, d.index))
    book.running[d.index] = d
    _schedule(ledger, book, d)
    if stayed:
        _suspend(ledger, book, d)
    return d


def consequence(pack: RulePack, result: DeadlineResult) -> str | None:
    """What the pack's rule says running out of ``result`` means, if it says."""
    if result.rule_id is None:
        return None
    return pack.rule(result.rule_id, result.trigger).consequence


def meet(ledger: Ledger, book: DeadlineBook, d: DeadlineFacts, what: str) -> None:
    """A filing meets deadline ``d`` (whether it was late is the briefing's to flag); one
    already finished stays as it is."""
    if isinstance(d, WDeadline) and d.status in ("running", "suspended"):
        if d.status == "suspended":
            d.status = DEADLINE.fire(d.status, "resume")
        _move(ledger, book, d, "meet", what)


def moot(ledger: Ledger, book: DeadlineBook, ref: MotionRef, because: str) -> None:
    """A motion is decided or withdrawn: its running deadlines no longer run."""
    for kind in DEADLINE_KINDS:
        d = book.get(kind, ref)
        if isinstance(d, WDeadline) and DEADLINE.can(d.status, "moot"):
            _move(ledger, book, d, "moot", because)


def moot_all(ledger: Ledger, book: DeadlineBook, because: str) -> None:
    """The case ends: no motion's deadline runs any more (the time to appeal and to move
    after judgment runs on: it is what a closed case has left)."""
    for d in [*book.running.values(), *book.suspended.values()]:
        if d.follows_the_case:
            _move(ledger, book, d, "moot", because)


def extend(
    ledger: Ledger,
    book: DeadlineBook,
    d: WDeadline,
    until: date,
    what: str,
    rule: str | None = "FRCP 6(b)",
    assumption: str = "as extended",
) -> None:
    """Move deadline ``d`` to ``until`` (FRCP 6(b), or the ``rule`` that moves it)."""
    d.due = until
    d.readings = (Reading(due=until, assumption=assumption),)
    if d.status == "suspended":
        # A date certain agreed or ordered while the case is stayed: it stands if the stay
        # lifts before it; if the stay outlasts it, the days it gave run from the lift.
        assert ledger.today is not None
        d.remaining = max((until - ledger.today).days, 0)
        d.until = until
        d.steps += (ledger.step(what),)
        ledger.dirty.add((FactKind.DEADLINE, d.index))
        return
    _move(ledger, book, d, "extend", what, rule)
    _schedule(ledger, book, d)


def end(ledger: Ledger, book: DeadlineBook, d: WDeadline, because: str) -> None:
    """Deadline ``d`` no longer runs (a defendant's time to answer, once default is entered
    or the claims against it are dismissed)."""
    if DEADLINE.can(d.status, "moot"):
        _move(ledger, book, d, "moot", because)


def toll(
    ledger: Ledger,
    book: DeadlineBook,
    d: WDeadline,
    what: str,
    rule: str | None = "FRAP 4(a)(4)(A)",
) -> None:
    """Suspend deadline ``d`` until :func:`restart` sets it running again from a new day
    (the time to appeal, while a timely post-judgment motion is pending: FRAP 4(a)(4)(A);
    the time to answer, while a Rule 12 motion is: FRCP 12(a)(4); a motion's briefing, while
    the motion is held in abeyance)."""
    if d.status == "running":
        d.held = what
        _move(ledger, book, d, "suspend", what, rule)


def restart(
    ledger: Ledger, book: DeadlineBook, d: WDeadline, result: DeadlineResult, what: str
) -> None:
    """Set a tolled deadline running again, its whole period counted anew (``result``)."""
    d.due, d.readings = result.due, _readings(book, result)
    d.rule = result.rule_id or d.rule
    d.citation = result.citation or d.citation
    d.held = None
    if ledger.cause is not None:
        d.trigger_doc = ledger.cause.doc
    _move(ledger, book, d, "resume", what, d.citation)
    _schedule(ledger, book, d)


def recount(
    ledger: Ledger, book: DeadlineBook, d: DeadlineFacts, result: DeadlineResult, what: str
) -> None:
    """Count deadline ``d`` anew from a new trigger: a hearing reset to another day moves the
    periods counted back from it (C.D. Cal. L.R. 7-11). A deadline suspended by a stay keeps
    the days the new count leaves; one that has run out, or is finished, stays so."""
    if not isinstance(d, WDeadline) or d.status not in ("running", "suspended"):
        return
    d.rule = result.rule_id or d.rule
    d.citation = result.citation or d.citation
    d.readings = _readings(book, result)
    if d.status == "suspended":
        assert ledger.today is not None
        d.due, d.until = result.due, result.due
        d.remaining = max((result.due - ledger.today).days, 0)
        d.steps += (ledger.step(what, d.citation),)
        ledger.dirty.add((FactKind.DEADLINE, d.index))
        return
    d.due = result.due
    _move(ledger, book, d, "extend", what, d.citation)
    _schedule(ledger, book, d)


def suspend_all(ledger: Ledger, book: DeadlineBook) -> None:
    """A stay of the whole case suspends every running deadline of motion practice (not the
    time to appeal: a district court's stay does not stop it, FRAP 4(a), 26(b)(1))."""
    for d in list(book.running.values()):
        if d.follows_the_case:
            _suspend(ledger, book, d)


def _suspend(ledger: Ledger, book: DeadlineBook, d: WDeadline) -> None:
    assert ledger.today is not None
    d.remaining = max((d.due - ledger.today).days, 0)
    what = f"suspended by the stay of the case, {d.remaining} days left"
    _move(ledger, book, d, "suspend", what)


def resume_all(ledger: Ledger, book: DeadlineBook, pack: RulePack) -> None:
    """The stay lifts: the days left on each suspended deadline run again from today, counted
    under the court's ``pack``."""
    today = ledger.today
    assert today is not None
    for d in list(book.suspended.values()):
        if d.status != "suspended" or not d.follows_the_case or d.held is not None:
            continue  # a deadline a pending motion holds waits for the motion, not the stay
        if d.until is not None and d.until > today:
            d.due = d.until  # the extended date stands
            _move(ledger, book, d, "resume", f"stay lifted: due {d.due} as extended")
        else:
            # The days left already hold any days FRCP 6(d) added when the paper was served:
            # counted again from the lift, they run from no service, so none are added twice.
            result = compute_deadline(today, max(d.remaining, 1), court=pack, service=None)
            d.due, d.readings = result.due, _readings(book, result)
            what = f"stay lifted: {d.remaining} days run again, due {d.due}"
            _move(ledger, book, d, "resume", what)
        d.until = None
        _schedule(ledger, book, d)
