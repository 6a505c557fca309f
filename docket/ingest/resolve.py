"""Looking a draft's references up on the docket: which entry is a motion, which is pending.

The classifier reads one entry at a time; whether "19" in "ORDER granting 19" is a motion,
and which motion response 25 answered, is only known from the whole docket. The importer
walks the entries in court order and keeps this context as it goes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from docket.events import (
    DateReached,
    Disposition,
    MotionKind,
    MotionResolved,
    Ruling,
    StayImposed,
    StayLifted,
    StayScope,
)
from docket.ingest.rulings import RulingDraft
from docket.ingest.stays import LiftDraft, StayDraft

__all__ = ["DocketContext", "Unresolved", "combine"]

_D = Disposition


class Unresolved(NamedTuple):
    """An order's reference that names no motion on the docket.

    Attributes:
        order: The order's docket number (``None`` for an unnumbered order).
        filed: The order's filing date.
        ref: The docket number referred to, or ``None`` for a motion named only in words.
        reason: Why it did not resolve.
    """

    order: int | None
    filed: date
    ref: int | None
    reason: str


@dataclass(slots=True)
class _Motion:
    kind: MotionKind
    title: str
    position: int
    stay_pending: int | None = None
    filer: str = ""
    attorney: str | None = None
    pending: bool = True


_WORD = re.compile(r"[a-z]{4,}")
_STOPWORDS = frozenset(
    [
        "motion",
        "motions",
        "application",
        "request",
        "filed",
        "plaintiff",
        "plaintiffs",
        "defendant",
        "defendants",
        "their",
        "with",
        "that",
        "this",
        "from",
        "order",
        "court",
        "parties",
        "party",
        "joint",
        "consent",
        "unopposed",
        "opposed",
        "emergency",
        "renewed",
        "amended",
        "second",
        "third",
        "first",
        "letter",
        "granted",
        "denied",
        "entry",
    ]
)


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS)


def combine(dispositions: list[Disposition]) -> Disposition:
    """One disposition for a document whose motions an order rules on separately.

    A document holding two motions, one granted and one denied, is granted in part.
    """
    unique = set(dispositions)
    if len(unique) == 1:
        return dispositions[0]
    if unique & {_D.GRANTED, _D.GRANTED_IN_PART}:
        return _D.GRANTED_IN_PART
    for d in (_D.DENIED, _D.DENIED_WITHOUT_PREJUDICE, _D.MOOT, _D.VACATED):
        if d in unique:
            return d
    return dispositions[0]


@dataclass
class DocketContext:
    """What the importer knows of the docket so far, in court order.

    Attributes:
        types: Docket number to event type, for every numbered entry on the docket.
        motions: Docket number to motion, for motions filed so far.
        answers: Docket number of a response or reply to the motion it answers.
        stay_scopes: Scopes of the stays imposed so far, latest last.
    """

    types: dict[int, str] = field(default_factory=dict)
    motions: dict[int, _Motion] = field(default_factory=dict)
    answers: dict[int, int] = field(default_factory=dict)
    stay_scopes: list[StayScope] = field(default_factory=list)
    position: int = 0

    def add_motion(
        self,
        doc: int,
        kind: MotionKind,
        title: str,
        stay_pending: int | None = None,
        filer: str = "",
        attorney: str | None = None,
    ) -> None:
        """Record a motion filed under ``doc``."""
        self.motions[doc] = _Motion(kind, title, self.position, stay_pending, filer, attorney)

    def filed_by_movant(self, motion: int, filer: str | None, attorney: str | None) -> bool:
        """Whether the movant of ``motion`` filed this too (same party or same attorney)."""
        m = self.motions.get(motion)
        if m is None:
            return False
        if attorney is not None and attorney == m.attorney:
            return True
        return bool(filer) and bool(_words(filer or "") & _words(m.filer))

    def motion_of(self, doc: int) -> int | None:
        """The motion ``doc`` is, or answers (a response or reply), if any."""
        if doc in self.motions:
            return doc
        return self.answers.get(doc)

    def first_motion(self, docs: tuple[int, ...]) -> int | None:
        """The first of ``docs`` that is (or answers) a motion filed so far."""
        for d in docs:
            m = self.motion_of(d)
            if m is not None:
                return m
        return None

    def pending_of_kind(self, kind: MotionKind | None, words: str = "") -> int | None:
        """The motion pending now that ``words`` (of kind ``kind``) most likely name."""
        pending = [(doc, m) for doc, m in self.motions.items() if m.pending]
        if kind is not None and kind is not MotionKind.OTHER:
            of_kind = [(doc, m) for doc, m in pending if m.kind is kind]
            if len(of_kind) == 1:
                return of_kind[0][0]
            pending = of_kind or pending
        said = _words(words)
        if not said:
            return None
        scored = sorted(
            ((len(said & _words(m.title)), m.position, doc) for doc, m in pending), reverse=True
        )
        if not scored or scored[0][0] == 0:
            return None
        best = scored[0][0]
        if len(scored) > 1 and scored[1][0] == best:
            return None
        if best == 1 and (len(scored) > 1 and scored[1][0] > 0):
            return None
        return scored[0][2]

    def rulings(
        self, drafts: tuple[RulingDraft, ...], order: int | None, filed: date
    ) -> tuple[tuple[Ruling, ...], list[Unresolved], list[str]]:
        """The rulings of an order, with the references that named no motion."""
        found: dict[int, list[Disposition]] = {}
        unresolved: list[Unresolved] = []
        rules: list[str] = []
        numbered = {d.disposition for d in drafts if d.docs}
        for draft in drafts:
            targets: list[int] = []
            if draft.all_pending:
                targets = [doc for doc, m in self.motions.items() if m.pending]
            elif draft.docs:
                for n in draft.docs:
                    if n in self.motions and n != order:
                        targets.append(n)
                        continue
                    why = self._why_not(n, order)
                    if draft.called_motion and n != order:
                        # The order calls it a motion: keep the ruling; replay will flag
                        # that the sheet has no such motion.
                        targets.append(n)
                        why += " (kept: the order calls it a motion)"
                    unresolved.append(Unresolved(order, filed, n, why))
            elif draft.disposition not in numbered:
                hit = self.pending_of_kind(draft.kind, draft.words or "")
                if hit is None:
                    unresolved.append(
                        Unresolved(order, filed, None, f"no pending motion matches {draft.words!r}")
                    )
                else:
                    targets.append(hit)
            for t in targets:
                found.setdefault(t, []).append(draft.disposition)
            if targets:
                rules.append(draft.rule)
        out = tuple(Ruling(motion=m, disposition=combine(ds)) for m, ds in found.items())
        for r in out:
            if r.motion in self.motions:
                self.motions[r.motion].pending = False
        return out, unresolved, rules

    def _why_not(self, n: int, order: int | None) -> str:
        what = self.types.get(n)
        if n == order:
            return f"Doc. {n} is this order"
        if what == "motion_filed":
            return f"Doc. {n} is a motion entered after this order"
        if what is None:
            return f"no Doc. {n} on the docket"
        return f"Doc. {n} is a {what.replace('_', ' ')}, not a motion"

    def stays(self, drafts: tuple[StayDraft, ...], granted: list[int]) -> tuple[StayImposed, ...]:
        """The stays an order imposes, their lifting conditions looked up on the docket."""
        out: list[StayImposed] = []
        for d in drafts:
            lifts_when: DateReached | MotionResolved | None = None
            if d.until is not None:
                lifts_when = DateReached(on=d.until)
            else:
                target = self.first_motion(d.pending_docs) if d.pending_docs else None
                if target is None and d.pending_kind is not None:
                    target = self._pending_or_latest(d.pending_kind)
                if target is None and not d.indefinite:
                    target = next(
                        (
                            self.motions[g].stay_pending
                            for g in granted
                            if self.motions[g].stay_pending is not None
                        ),
                        None,
                    )
                if target is not None:
                    lifts_when = MotionResolved(motion=target)
            out.append(StayImposed(scope=d.scope, parties=d.parties, lifts_when=lifts_when))
            self.stay_scopes.append(d.scope)
        return tuple(out)

    def _pending_or_latest(self, kind: MotionKind) -> int | None:
        of_kind = [
            (m.pending, m.position, doc) for doc, m in self.motions.items() if m.kind is kind
        ]
        return max(of_kind)[2] if of_kind else None

    def lifts(self, drafts: tuple[LiftDraft, ...]) -> tuple[StayLifted, ...]:
        """The stays an order lifts; an unnamed stay is the latest one imposed."""
        latest = self.stay_scopes[-1] if self.stay_scopes else StayScope.CASE
        return tuple(StayLifted(scope=d.scope or latest) for d in drafts)
