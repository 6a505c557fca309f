"""Looking a draft's references up on the docket: which entry is a motion, which is pending.

The classifier reads one entry at a time; whether "19" in "ORDER granting 19" is a motion,
and which motion response 25 answered, is only known from the whole docket. The importer
walks the entries in court order and keeps this context as it goes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, NamedTuple

from docket.events import (
    DateReached,
    Disposition,
    LeaveToRefile,
    MotionKind,
    MotionResolved,
    Review,
    Ruling,
    StayImposed,
    StayLifted,
    StayScope,
)
from docket.ingest._voices import OTHER_SIDE, SIDE_OWNER
from docket.ingest.refs import find_refs
from docket.ingest.rulings import RulingDraft
from docket.ingest.stays import LiftDraft, StayDraft

__all__ = ["DocketContext", "Unresolved", "combine"]

#: A motion on the docket: its docket number, and its part of a document holding several.
Key = tuple[int, int | None]

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
    doc: int
    part: int | None
    kind: MotionKind
    title: str
    position: int
    stay_pending: int | None = None
    filer: str = ""
    attorney: str | None = None
    pending: bool = True
    #: Its docket text (what it refers to is read from it only when asked: :attr:`about`).
    text: str = ""
    _about: frozenset[int] | None = None
    #: An entry read without certainty may already have ruled on it (a review names it).
    doubted: bool = False
    #: It amends earlier motions of its kind, which it supersedes.
    superseded: bool = False
    #: For a motion entered without a docket number: its entry's id (``doc`` is then a
    #: negative stand-in, never written to an event).
    entry: str | None = None

    @property
    def key(self) -> Key:
        return self.doc, self.part

    @property
    def about(self) -> frozenset[int]:
        """The entries its text refers to ("MOTION to Stay Consideration of Motion to Remand
        re: 23"): an order acting on one of them may rule on it too."""
        if self._about is None:
            self._about = frozenset(r.doc for r in find_refs(self.text)) - {self.doc}
        return self._about


_WORD = re.compile(r"[a-z]{4,}")
_AMENDED_MOTION = re.compile(
    r"^\W*(?:(?:joint|consent|unopposed)\s+)?(?:(?:first|second|third)\s+)?(?:amended|corrected|renewed)\b",
    re.I,
)
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
        # Words that point at a motion without naming it ("the pending motion", "the
        # instant motion"): they match titles only by accident ("Motion to Stay Pending ...").
        "pending",
        "instant",
        "above",
        "said",
        "present",
        "subject",
    ]
)


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS)


def combine(dispositions: list[Disposition]) -> Disposition:
    """One disposition for a motion an order rules on twice ("GRANTED as to Count I ...
    DENIED as to Count II"): granted and denied is granted in part; denied, and denied
    without prejudice, is without prejudice.

    A document holding several motions is not combined: each of its motions (``part``) gets
    its own ruling.
    """
    unique = set(dispositions)
    if len(unique) == 1:
        return dispositions[0]
    if unique & {_D.GRANTED, _D.GRANTED_IN_PART}:
        return _D.GRANTED_IN_PART
    # A denial said twice, once "without prejudice" ("ORDER Denying 61 ... The Motion is
    # denied without prejudice"), is a denial without prejudice: the plainer word says less.
    for d in (_D.DENIED_WITHOUT_PREJUDICE, _D.DENIED, _D.MOOT, _D.VACATED):
        if d in unique:
            return d
    return dispositions[0]


#: Words naming a motion by its owner and a bare noun alone: "Plaintiff's application".
_BARE_OWNED = re.compile(
    r"^\W*(?:the\s+)?(?:plaintiff|defendant|petitioner|respondent)s?(?:['\u2019]s?)?\s+"
    r"(?P<noun>motion|application|request|petition)\W*$"
)
#: A paper a judge may call an "application" or a "request" though the clerk docketed it as a
#: motion: a letter motion (S.D.N.Y., E.D.N.Y.), or one its title calls so. A plain "MOTION to
#: Compel" is not taken for "Plaintiff's application" (the application may be a letter never
#: docketed as a motion).
_LETTERISH = re.compile(r"\b(?:letter|application|request)\b", re.I)


def _bare_owned(words: str, motion: _Motion) -> bool:
    """Whether ``words`` ("Plaintiff's application") are only an owner and a noun that may
    name ``motion``: "motion" names any; "application", "request" a letter motion."""
    bare = _BARE_OWNED.match(words.lower())
    if bare is None or not _side(motion.filer):
        return False
    return (
        bare.group("noun") in ("motion", "petition") or _LETTERISH.search(motion.title) is not None
    )


def _owner(words: str) -> str | None:
    """The side (plaintiff, defendant, petitioner, respondent) whose motion ``words`` name."""
    found = SIDE_OWNER.search(words.lower()) if words else None
    return found.group(1) if found is not None else None


def _side(filer: str) -> str | None:
    """The one side a motion's filer is on, by the words of its name ("Defendants Acme,
    et al."); ``None`` when it says none, or both ("Defendant/Counter-Plaintiff"), or a
    side of a counterclaim, cross-claim or third-party claim."""
    low = filer.lower()
    if "counter" in low or "cross" in low or "third" in low:
        return None  # a counter-defendant is a plaintiff, a third-party plaintiff a defendant
    sides = [s for s in OTHER_SIDE if s in low]
    return sides[0] if len(sides) == 1 else None


def _by_owner(motions: list[_Motion], words: str) -> list[_Motion]:
    """``motions`` but those the other side filed, when ``words`` name whose motion it is:
    "Plaintiff's request for sanctions" is not a motion the defendants filed."""
    owner = _owner(words)
    if owner is None:
        return motions
    other = OTHER_SIDE[owner]
    return [m for m in motions if _side(m.filer) != other]


def _best_by_words(motions: list[_Motion], words: str) -> _Motion | None:
    """The one motion whose title shares most words with ``words``, if one clearly does."""
    said = _words(words)
    if not said:
        return None
    scored = sorted(
        (
            (len(said & _words(m.title)), m.position, m.doc, m.part or 0, i)
            for i, m in enumerate(motions)
        ),
        reverse=True,
    )
    if not scored or scored[0][0] == 0:
        return None
    best = scored[0][0]
    if len(scored) > 1 and scored[1][0] == best:
        return None
    if best == 1 and (len(scored) > 1 and scored[1][0] > 0):
        return None
    return motions[scored[0][-1]]


@dataclass
class DocketContext:
    """What the importer knows of the docket so far, in court order.

    Attributes:
        types: Docket number to event type, for every numbered entry on the docket.
        motions: Docket number to its motions filed so far (several for a document holding
            several, in part order).
        answers: Docket number of a response or reply to the motion it answers.
        stay_scopes: Scopes of the stays imposed so far, latest last.
    """

    types: dict[int, str] = field(default_factory=dict)
    motions: dict[int, list[_Motion]] = field(default_factory=dict)
    answers: dict[int, int] = field(default_factory=dict)
    stay_scopes: list[StayScope] = field(default_factory=list)
    position: int = 0
    withdrawn_by: dict[int, list[int]] = field(default_factory=dict)
    #: The motions the last order's "all pending motions" ruling left for review.
    swept_doubtful: list[int] = field(default_factory=list)
    #: The last order's rulings by words that named no one pending motion ("the motion is
    #: GRANTED" with two pending): a person says which.
    unplaced: list[RulingDraft] = field(default_factory=list)
    #: The motions the last order denied with leave to refile on a condition not read, and
    #: the order's words.
    leave_unread: dict[int, str] = field(default_factory=dict)
    #: The motions entered without a docket number, in the order entered: an order may rule
    #: on one by its words alone (it has no number to cite), when they name it and no other.
    unnumbered: list[_Motion] = field(default_factory=list)

    def add_motion(
        self,
        doc: int,
        kind: MotionKind,
        title: str,
        stay_pending: int | None = None,
        filer: str = "",
        attorney: str | None = None,
        part: int | None = None,
        text: str = "",
    ) -> None:
        """Record a motion filed under ``doc`` (its ``part``, in a document holding several)."""
        m = _Motion(doc, part, kind, title, self.position, stay_pending, filer, attorney, text=text)
        self.motions.setdefault(doc, []).append(m)

    def add_unnumbered_motion(
        self,
        entry: str,
        kind: MotionKind,
        title: str,
        filer: str = "",
        attorney: str | None = None,
        part: int | None = None,
        text: str = "",
    ) -> None:
        """Record a motion entered without a docket number, whose event id is ``entry``."""
        stand_in = -1 - len(self.unnumbered)
        m = _Motion(stand_in, part, kind, title, self.position, None, filer, attorney, text=text)
        m.entry = entry
        self.unnumbered.append(m)

    def doubt(self, docs: tuple[int, ...], entries: tuple[str, ...] = ()) -> None:
        """An entry read without certainty may have ruled on the motions of ``docs``, and on
        those entered without a number as ``entries``."""
        for doc in docs:
            for m in self.motions.get(doc, ()):
                m.doubted = True
        for m in self.unnumbered:
            if m.entry in entries:
                m.doubted = True

    def entries_of(self, docs: tuple[int, ...]) -> tuple[str, ...]:
        """The entry ids of the motions entered without a number among ``docs`` (their
        negative stand-ins)."""
        return tuple(dict.fromkeys(m.entry for m in self.unnumbered if m.doc in docs and m.entry))

    def named(self, doc: int) -> str:
        """How a review names a motion: ``Doc. 12``, or the entry of one without a number."""
        if doc >= 0:
            return f"Doc. {doc}"
        return next(
            (f"the motion entered as {m.entry}" for m in self.unnumbered if m.doc == doc),
            "a motion entered without a number",
        )

    def could_be(self, draft: RulingDraft) -> list[int]:
        """The pending motions a ruling by words that named no one of them may mean: those of
        its kind, else those sharing a word of its title, else every one pending (a motion
        entered without a number by its negative stand-in)."""
        # Words naming one side's motion ("Plaintiff's request") may mean none of the other's.
        pending = _by_owner(self.pending_motions(), draft.words or "")
        if draft.kind is not None and draft.kind is not MotionKind.OTHER:
            of_kind = [m for m in pending if m.kind is draft.kind]
            pending = of_kind or pending
        said = _words(draft.words or "")
        sharing = [m for m in pending if said & _words(m.title)]
        return list(dict.fromkeys(m.doc for m in (sharing or pending)))

    def pending_titled(self, words: str, side: str | None = None) -> list[int]:
        """The pending motions (numbered, or by their negative stand-ins) whose titles share
        a word with ``words`` besides "motion" and the like ("the Motion to Dismiss"), but
        those the side other than ``side`` filed (the words' owner: "Defendants' motion")."""
        said = _words(words)
        if not said:
            return []
        other = OTHER_SIDE.get(side or "")
        return list(
            dict.fromkeys(
                m.doc
                for m in self.pending_motions()
                if said & _words(m.title) and (other is None or _side(m.filer) != other)
            )
        )

    def pending_motions(self) -> list[_Motion]:
        """Every motion pending: the numbered ones, then those entered without a number."""
        return [m for m in (*self.all_motions(), *self.unnumbered) if m.pending]

    def pending_named(self, words: str, before: int) -> _Motion | None:
        """The one motion filed before Doc. ``before``, still pending, that ``words`` (a
        CM/ECF event name such as "Motion for Preliminary Injunction") name."""
        pending = [m for m in self.all_motions() if m.pending and m.doc < before]
        return _best_by_words(pending, words)

    def motion(self, key: Key) -> _Motion | None:
        """The motion ``key`` names, if it is on the docket."""
        doc, part = key
        parts = self.motions.get(doc, ()) if doc >= 0 else self.unnumbered
        return next((m for m in parts if m.doc == doc and m.part == part), None)

    def ruled(self, ruling: Ruling) -> _Motion | None:
        """The motion a ruling decides, if it is on the docket."""
        if ruling.motion is not None:
            return self.motion((ruling.motion, ruling.part))
        return next(
            (m for m in self.unnumbered if m.entry == ruling.entry and m.part == ruling.part),
            None,
        )

    def all_motions(self) -> list[_Motion]:
        """Every motion filed so far."""
        return [m for parts in self.motions.values() for m in parts]

    def settle(self, doc: int) -> None:
        """Every motion of ``doc`` is no longer pending (withdrawn)."""
        for m in self.motions.get(doc, ()):
            m.pending = False

    def part_answered(self, doc: int, kinds: tuple[MotionKind, ...]) -> int | None:
        """Which motion of ``doc`` a brief naming ``kinds`` answers: the one part whose kind
        it names, when it names no other's; else ``None``, the whole document."""
        parts = self.motions.get(doc, [])
        if len(parts) < 2 or not kinds:
            return None
        hits = [m for m in parts if m.kind in kinds]
        if len(hits) == 1 and all(m.kind in kinds for m in hits):
            named_others = any(m.kind in kinds for m in parts if m is not hits[0])
            return None if named_others else hits[0].part
        return None

    def filed_by_movant(self, motion: int, filer: str | None, attorney: str | None) -> bool:
        """Whether the movant of ``motion`` filed this too (same party or same attorney)."""
        parts = self.motions.get(motion)
        if not parts:
            return False
        m = parts[0]
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

    def pending_of_kind(
        self,
        kind: MotionKind | None,
        words: str = "",
        besides: frozenset[int] = frozenset(),
        *,
        unnumbered: bool = False,
    ) -> _Motion | None:
        """The motion pending now that ``words`` (of kind ``kind``) most likely name, other
        than the motions of ``besides``; with ``unnumbered``, motions entered without a
        docket number count too (words are all an order has to name them by)."""
        pending = [m for m in self.all_motions() if m.pending and m.doc not in besides]
        if unnumbered:
            pending += [m for m in self.unnumbered if m.pending]
        pending = _by_owner(pending, words)
        if len(pending) == 1 and _bare_owned(words, pending[0]):
            # "Plaintiff's application is DENIED" with one motion of the plaintiff's pending
            # and the rest the defendants': that one.
            return pending[0]
        if kind is not None and kind is not MotionKind.OTHER:
            of_kind = [m for m in pending if m.kind is kind]
            if len(of_kind) == 1:
                return of_kind[0]
            pending = of_kind or pending
        return _best_by_words(pending, words)

    def rulings(
        self, drafts: tuple[RulingDraft, ...], order: int | None, filed: date
    ) -> tuple[tuple[Ruling, ...], list[Unresolved], list[str]]:
        """The rulings of an order, with the references that named no motion.

        A ruling on a document holding several motions decides the motion whose kind its
        words name ("denying 40 Motion for Summary Judgment; granting 40 Motion to
        Preclude"); among motions of one kind, the one its words best match, else the k-th
        such mention the k-th such motion (CM/ECF lists them in order). A ruling that names
        the document and no kind decides each of its motions the order rules on no other way.
        """
        found: dict[Key, list[Disposition]] = {}
        whole: list[tuple[int, Disposition]] = []
        unresolved: list[Unresolved] = []
        rules: list[str] = []
        mentions: dict[tuple[int, MotionKind], int] = {}
        numbered = {d.disposition for d in drafts if d.docs}
        leaves: dict[Key, LeaveToRefile] = {}
        ruled_docs = frozenset(n for d in drafts for n in d.docs)
        beside = any(d.rule != "order.relief_entered" for d in drafts)
        self.swept_doubtful = []
        self.unplaced = []
        self.leave_unread = {}
        for draft in drafts:
            targets: list[Key] = []
            if draft.all_pending:
                if draft.words is not None:
                    continue  # narrowed to some motions: a person says which (``narrowed``)
                # A motion an earlier entry may already have ruled on is not swept up with
                # the rest: whether it was still pending is for a person to say.
                # A motion the same order rules on by number is not swept up with "all
                # other pending motions" ("granting 12 ... All other pending motions are
                # DENIED as moot" granted 12 in part).
                swept = [m for m in self.all_motions() if m.pending and m.doc not in ruled_docs]
                targets = [m.key for m in swept if not m.doubted]
                targets += [m.key for m in self.unnumbered if m.pending and not m.doubted]
                self.swept_doubtful = list(dict.fromkeys(m.doc for m in swept if m.doubted))
            elif draft.rule == "order.relief_entered" and self._relief_of_ruled(draft, ruled_docs):
                continue  # "granting 12 Motion to Extend ...; the time is extended": 12's relief
            elif draft.rule == "order.relief_entered":
                hit = self._asked_for(draft)
                if hit is not None:
                    targets.append(hit.key)
                    if hit.superseded:
                        self.unplaced.append(draft)  # the earlier ones of its movant
                elif not beside and self._may_have_asked(draft):
                    # Several may have asked for it: none is ruled on, each is reviewed.
                    # Relief none asked for (a stipulated protective order, a remand on the
                    # court's own motion) leaves the other motions alone, and so does relief
                    # given beside the order's rulings ("denying 12 Motion to Dismiss; the time
                    # to answer is extended"): the court's own, unless one motion asked for it.
                    unresolved.append(
                        Unresolved(
                            order, filed, None, f"no one pending motion asked for {draft.words!r}"
                        )
                    )
                    self.unplaced.append(draft)
            elif draft.docs and self._other_sides(draft):
                # "The Court GRANTS 40 Motion ... and DENIES Plaintiff's request for ...": the
                # one motion the entry names, read as the request's antecedent, is the other
                # side's; the request is some other paper, for a person to place.
                unresolved.append(
                    Unresolved(order, filed, None, f"{draft.words!r} names another side's motion")
                )
                self.unplaced.append(draft._replace(docs=()))
            elif draft.docs:
                for n in draft.docs:
                    if n in self.motions and n != order:
                        part = self._part_ruled(n, draft, mentions)
                        if part == "whole":
                            whole.append((n, draft.disposition))
                            rules.append(draft.rule)
                        else:
                            targets.append((n, part))
                        continue
                    why = self._why_not(n, order)
                    if draft.called_motion and n != order:
                        # The order calls it a motion: keep the ruling; replay will flag
                        # that the sheet has no such motion.
                        targets.append((n, None))
                        why += " (kept: the order calls it a motion)"
                    unresolved.append(Unresolved(order, filed, n, why))
            elif draft.disposition not in numbered:
                hit = self.pending_of_kind(draft.kind, draft.words or "", unnumbered=True)
                if hit is None:
                    unresolved.append(
                        Unresolved(order, filed, None, f"no pending motion matches {draft.words!r}")
                    )
                    self.unplaced.append(draft)
                else:
                    targets.append(hit.key)
            elif self._names_another(draft, ruled_docs):
                hit = self.pending_of_kind(draft.kind, draft.words or "", ruled_docs)
                if hit is not None:
                    targets.append(hit.key)
            for t in targets:
                found.setdefault(t, []).append(draft.disposition)
                if draft.leave is not None:
                    leaves[t] = LeaveToRefile(
                        condition=draft.leave_condition,
                        description=draft.leave,
                        until=draft.leave_until,
                        within_days=draft.leave_within,
                        within_days_after=draft.leave_within_after,
                    )
                if draft.leave_unread is not None:
                    self.leave_unread.setdefault(t[0], draft.leave_unread)
            if targets:
                rules.append(draft.rule)
        ruled = set(found)
        for n, disposition in whole:
            for m in self.motions[n]:
                if m.key not in ruled:
                    found.setdefault(m.key, []).append(disposition)
        out = tuple(
            Ruling(
                motion=doc if doc >= 0 else None,
                entry=None if doc >= 0 else self._entry_of(doc),
                part=part,
                disposition=(d := combine(ds)),
                leave_to_refile=(
                    leaves[(doc, part)]
                    if (doc, part) in leaves and d is _D.DENIED_WITHOUT_PREJUDICE
                    else None
                ),
            )
            for (doc, part), ds in found.items()
        )
        for r in out:
            ruled_on = self.ruled(r)
            if ruled_on is not None:
                ruled_on.pending = False
        return out, unresolved, rules

    def _entry_of(self, stand_in: int) -> str:
        return next(m.entry for m in self.unnumbered if m.doc == stand_in and m.entry)

    def narrowed(self, drafts: tuple[RulingDraft, ...]) -> Review | None:
        """A review for an order ruling on "all motions" narrowed by words the reader cannot
        tie to motions ("any and all motions between Plaintiff and Acme are terminated as
        MOOT"): each pending motion may be one of them."""
        words = next((d.words for d in drafts if d.all_pending and d.words), None)
        if words is None:
            return None
        pending = list(dict.fromkeys(m.doc for m in self.all_motions() if m.pending))
        if not pending:
            return None
        return Review(
            reason=f"it rules on {words[:200]!r}: which pending motions those are was not read",
            may_rule_on=tuple(pending[:200]),
        )

    def _asked_for(self, draft: RulingDraft) -> _Motion | None:
        """The one pending motion that asked for the relief an entry gives without naming it
        (a protective order, a clerk's entry of default, a writ issued): of the relief's kind
        and, for a kind we do not track, sharing its words; ``None`` unless exactly one."""
        hits = [m for m in self.all_motions() if m.pending and m.kind is draft.kind]
        if draft.kind is MotionKind.OTHER:
            return _best_by_words(hits, draft.words or "")
        if draft.words:
            said = _words(draft.words)
            hits = [m for m in hits if said & _words(m.title)]
        if len(hits) > 1:
            # An amended motion supersedes the movant's earlier ones of its kind: it is the
            # one the relief answers ("Joint MOTION for Protective Order", then "Amended
            # MOTION for Protective Order", then "PROTECTIVE ORDER entered"); the earlier
            # ones are left for review.
            latest = max(hits, key=lambda m: m.position)
            if _AMENDED_MOTION.match(latest.title) and all(
                _words(m.filer) & _words(latest.filer) for m in hits
            ):
                latest.superseded = True
                return latest
        return hits[0] if len(hits) == 1 else None

    def _may_have_asked(self, draft: RulingDraft) -> bool:
        """Whether some pending motion may have asked for the relief an entry gives (several
        of its kind, or sharing its words): relief that none asked for (a stipulated
        protective order, a remand on the court's own motion) leaves the other motions alone."""
        pending = [m for m in self.all_motions() if m.pending]
        pending += [m for m in self.unnumbered if m.pending]
        if (
            draft.kind is not None
            and draft.kind is not MotionKind.OTHER
            and any(m.kind is draft.kind for m in pending)
        ):
            return True
        kind = draft.kind.value.replace("_", " ") if draft.kind is not None else ""
        said = _words(draft.words or kind) - {"order", "other"}
        return any(said & _words(m.title) for m in pending)

    def _relief_of_ruled(self, draft: RulingDraft, ruled_docs: frozenset[int]) -> bool:
        """Whether relief an order gives is that of a motion of its kind the same order rules
        on by number (or, without a number, by title): then it decides no other motion."""
        ruled = [m for n in ruled_docs for m in self.motions.get(n, ())]
        if draft.kind is MotionKind.OTHER:
            return _best_by_words(ruled, draft.words or "") is not None
        return any(m.kind is draft.kind for m in ruled)

    def _other_sides(self, draft: RulingDraft) -> bool:
        """Whether a ruling read as the one motion the entry names before it ("the motion")
        names, in its words, the side that did not file that motion."""
        if not draft.rule.endswith("_antecedent") or not draft.words:
            return False
        owner = _owner(draft.words)
        if owner is None:
            return False
        motions = [m for n in draft.docs for m in self.motions.get(n, ())]
        return bool(motions) and all(_side(m.filer) == OTHER_SIDE[owner] for m in motions)

    def _names_another(self, draft: RulingDraft, ruled_docs: frozenset[int]) -> bool:
        """Whether a ruling by title names a kind of motion that none of the order's numbered
        rulings decides ("the Court denies the Motion to Strike. The motion to appear 27 is
        denied."): then it is a further ruling, not the numbered one said again."""
        kind = draft.kind
        if kind is None or (kind is MotionKind.OTHER and not draft.words):
            return False
        for n in ruled_docs:
            for m in self.motions.get(n, ()):
                if m.kind is kind and (
                    kind is not MotionKind.OTHER or _best_by_words([m], draft.words or "")
                ):
                    return False
        return (
            kind is not MotionKind.OTHER
            or _best_by_words(
                [m for m in self.all_motions() if m.pending and m.doc not in ruled_docs],
                draft.words or "",
            )
            is not None
        )

    def _part_ruled(
        self, doc: int, draft: RulingDraft, mentions: dict[tuple[int, MotionKind], int]
    ) -> int | Literal["whole"] | None:
        """Which motion of ``doc`` a ruling decides: a part, ``None`` for a document's only
        motion, or ``"whole"`` for every motion of a document the words do not tell apart."""
        parts = self.motions[doc]
        if len(parts) == 1:
            return parts[0].part
        kind = draft.named_kind
        of_kind = [m for m in parts if m.kind is kind] if kind is not None else []
        if not of_kind:
            return "whole"
        if len(of_kind) == 1:
            return of_kind[0].part
        best = _best_by_words(of_kind, draft.named_words or "")
        if best is not None:
            return best.part
        k = mentions.get((doc, of_kind[0].kind), 0)
        mentions[(doc, of_kind[0].kind)] = k + 1
        return of_kind[k % len(of_kind)].part

    def _why_not(self, n: int, order: int | None) -> str:
        what = self.types.get(n)
        if n == order:
            return f"Doc. {n} is this order"
        if what == "motion_filed":
            return f"Doc. {n} is a motion entered after this order"
        if what is None:
            return f"no Doc. {n} on the docket"
        return f"Doc. {n} is a {what.replace('_', ' ')}, not a motion"

    def stays(
        self, drafts: tuple[StayDraft, ...], granted: list[_Motion]
    ) -> tuple[StayImposed, ...]:
        """The stays an order imposes, their lifting conditions looked up on the docket."""
        out: list[StayImposed] = []
        for d in drafts:
            lifts_when: DateReached | MotionResolved | None = None
            if d.until is not None:
                lifts_when = DateReached(on=d.until)
            else:
                # A stay pending a document holding several motions awaits all of them.
                target: Key | None = None
                doc = self.first_motion(d.pending_docs) if d.pending_docs else None
                if doc is not None:
                    target = (doc, None)
                if target is None and d.pending_kind is not None:
                    latest = self._pending_or_latest(d.pending_kind)
                    target = latest.key if latest is not None else None
                if target is None and not d.indefinite:
                    target = next(
                        ((g.stay_pending, None) for g in granted if g.stay_pending is not None),
                        None,
                    )
                if target is not None:
                    lifts_when = MotionResolved(motion=target[0], part=target[1])
            out.append(StayImposed(scope=d.scope, parties=d.parties, lifts_when=lifts_when))
            self.stay_scopes.append(d.scope)
        return tuple(out)

    def _pending_or_latest(self, kind: MotionKind) -> _Motion | None:
        of_kind = [m for m in self.all_motions() if m.kind is kind]
        return max(of_kind, key=lambda m: (m.pending, m.position, m.doc, m.part or 0), default=None)

    def lifts(self, drafts: tuple[LiftDraft, ...]) -> tuple[StayLifted, ...]:
        """The stays an order lifts; an unnamed stay is the latest one imposed."""
        latest = self.stay_scopes[-1] if self.stay_scopes else StayScope.CASE
        return tuple(StayLifted(scope=d.scope or latest) for d in drafts)
