"""The qualified-immunity stay of discovery (10th Circuit).

Qualified immunity is an entitlement not to stand trial or face the other burdens of
litigation, discovery included (Mitchell v. Forsyth, 472 U.S. 511, 526 (1985)). A dispositive
motion asserting it entitles the movants to a stay of discovery (Jiron v. City of Lakewood,
392 F.3d 410, 414 (10th Cir. 2004)), whenever it is filed (MacArthur v. San Juan Cnty., 495
F.3d 1157, 1162 (10th Cir. 2007)). The stay covers all defendants, entity defendants included
(Ashcroft v. Iqbal, 556 U.S. 662, 685 (2009)), and lifts when the motion is resolved.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from docket.events import (
    DISPOSITIVE_KINDS,
    Condition,
    Ground,
    MotionKind,
    StayImposed,
    StayScope,
    describe,
)
from docket.events.conditions import refs_in
from docket.words import motion_words

__all__ = [
    "CITATIONS",
    "QI_APPEAL_STAY_RULE",
    "QI_STAY_RULE",
    "MotionFacts",
    "asserts_qualified_immunity",
    "explain_appeal_stay",
    "explain_stay",
    "stay_grounds",
]

CITATIONS = {
    "entitlement": "Mitchell v. Forsyth, 472 U.S. 511, 526 (1985)",
    "stay": "Jiron v. City of Lakewood, 392 F.3d 410, 414 (10th Cir. 2004)",
    "timing": "MacArthur v. San Juan Cnty., 495 F.3d 1157, 1162 (10th Cir. 2007)",
    "all_defendants": "Ashcroft v. Iqbal, 556 U.S. 662, 685 (2009)",
    "collateral_order": "Mitchell v. Forsyth, 472 U.S. 511, 530 (1985)",
    "divests": "Griggs v. Provident Consumer Discount Co., 459 U.S. 56, 58 (1982)",
    "tenth_circuit": "Stewart v. Donges, 915 F.2d 572, 576 (10th Cir. 1990)",
    "successive": "Behrens v. Pelletier, 516 U.S. 299 (1996)",
}

#: The rule a stay pending an interlocutory qualified-immunity appeal rests on.
QI_APPEAL_STAY_RULE = f"{CITATIONS['divests']}; {CITATIONS['tenth_circuit']}"

#: The rule a qualified-immunity stay rests on, as cited in a provenance step.
QI_STAY_RULE = f"{CITATIONS['stay']}; {CITATIONS['all_defendants']}"


class MotionFacts(Protocol):
    """What the stay reads of a motion's entry (a :class:`~docket.events.MotionFiled`, or
    the entry as replay keeps it)."""

    @property
    def doc(self) -> int | None: ...
    @property
    def part(self) -> int | None: ...
    @property
    def kind(self) -> MotionKind: ...
    @property
    def grounds(self) -> tuple[Ground, ...]: ...
    @property
    def stay_pending(self) -> int | None: ...
    @property
    def stay_pending_part(self) -> int | None: ...


class _Motion(Protocol):
    @property
    def event(self) -> MotionFacts: ...


_Motions = Mapping[int, Sequence[_Motion]]


def _named(motions: _Motions, doc: int, part: int | None) -> list[MotionFacts]:
    return [m.event for m in motions.get(doc, ()) if part is None or m.event.part == part]


class _Stay(Protocol):
    @property
    def scope(self) -> StayScope: ...
    @property
    def parties(self) -> tuple[str, ...]: ...
    @property
    def lifts_when(self) -> Condition | None: ...


def asserts_qualified_immunity(motion: MotionFacts) -> bool:
    """A dispositive motion (FRCP 12 or 56) that asserts qualified immunity."""
    return motion.kind in DISPOSITIVE_KINDS and Ground.QUALIFIED_IMMUNITY in motion.grounds


def _qi_motions(condition: Condition | None, motions: _Motions) -> list[MotionFacts]:
    if condition is None:
        return []
    return [
        e
        for n, part in refs_in(condition)
        for e in _named(motions, n, part)
        if asserts_qualified_immunity(e)
    ]


def stay_grounds(
    stay: StayImposed, motion_to_stay: MotionFacts | None, motions: _Motions
) -> tuple[Ground, ...]:
    """The grounds of a stay: the order's own, the motion to stay's, and qualified immunity
    when the stay is pending a dispositive motion that asserts it."""
    grounds = list(stay.grounds)
    if motion_to_stay is not None:
        grounds.extend(motion_to_stay.grounds)
        pending = motion_to_stay.stay_pending
        if pending is not None and any(
            asserts_qualified_immunity(e)
            for e in _named(motions, pending, motion_to_stay.stay_pending_part)
        ):
            grounds.append(Ground.QUALIFIED_IMMUNITY)
    if _qi_motions(stay.lifts_when, motions):
        grounds.append(Ground.QUALIFIED_IMMUNITY)
    return tuple(dict.fromkeys(grounds))


def explain_stay(stay: _Stay, motions: _Motions) -> str:
    """Why a qualified-immunity stay halts discovery, for whom, and when it lifts."""
    qi = _qi_motions(stay.lifts_when, motions)
    if qi:
        names = ", ".join(motion_words(e.doc, e.kind, e.part) for e in qi)
        because = f"{names} asserts qualified immunity"
    else:
        because = "a dispositive motion asserts qualified immunity"
    whom = (
        f"discovery as to {', '.join(stay.parties)}"
        if stay.scope is StayScope.PARTIES
        else f"all discovery, as to all defendants, entity defendants included ({CITATIONS['all_defendants']})"
    )
    lifts = (
        f"it lifts on {describe(stay.lifts_when)}"
        if stay.lifts_when is not None
        else "it lifts by further order"
    )
    return (
        f"{because}; the movants are entitled to a stay of discovery ({CITATIONS['stay']}), "
        f"whenever the motion was filed ({CITATIONS['timing']}). The stay covers {whom}; {lifts}."
    )


def explain_appeal_stay(notice: str, appellants: tuple[str, ...], every_defendant: bool) -> str:
    """Why an interlocutory appeal from the denial of qualified immunity halts discovery."""
    who = ", ".join(appellants) or "the defendants"
    whom = (
        "all discovery, every defendant having appealed"
        if every_defendant
        else f"discovery as to the appellants ({who})"
    )
    return (
        f"{notice} appeals the denial of qualified immunity, an appealable collateral order "
        f"({CITATIONS['collateral_order']}; successive appeals allowed, {CITATIONS['successive']}). "
        f"The notice of appeal divests the district court of the aspects of the case on appeal "
        f"({CITATIONS['divests']}), and in the Tenth Circuit the court may not proceed against "
        f"the appellants unless it certifies the appeal frivolous ({CITATIONS['tenth_circuit']}). "
        f"The stay covers {whom}; it lifts when the court of appeals' mandate issues."
    )
