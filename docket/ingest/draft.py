"""A draft event: what one docket entry is, before its references are looked up."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from docket.events import AppealOutcome, Ground, MotionKind, Position
from docket.ingest.refs import Ref
from docket.ingest.rulings import RulingDraft
from docket.ingest.schedule import ScheduleDraft
from docket.ingest.stays import LiftDraft, StayDraft

__all__ = ["Draft", "FurtherMotion"]


class FurtherMotion(NamedTuple):
    """A further motion in a document holding several (its second, third... motion event)."""

    kind: MotionKind
    title: str


class ServedDraft(NamedTuple):
    """One defendant a return of service names: its name, the day of service (or the day
    the waiver request was sent), and the answer date the clerk wrote."""

    name: str
    on: date | None
    answer_due: date | None


class Draft(NamedTuple):
    """What one entry is, before its references are looked up on the docket.

    Attributes:
        type: The event type it becomes (``motion_filed``, ``order``, ``docket_entry``...).
        rule: The rule that classified it.
        event_name: The CM/ECF event name, where the source gives one.
        kind: For a motion, what it asks for.
        grounds: For a motion, the grounds it asserts.
        title: For a motion, its title as written.
        further: For a document holding several motions ("MOTION to Dismiss and MOTION for
            Summary Judgment"), the motions after the first, in order; the first is ``kind``
            and ``title``.
        targets: For a response, reply, withdrawal or notice of briefing complete, the
            docket numbers it names, most likely first.
        target_kind: For a response or reply that names no number, the kind of motion named.
        target_kinds: For a response or reply, the kinds of every motion its text names after
            the number (to tell which motion of a document holding several it answers).
        position: For a response, whether it opposes the motion.
        in_support: For a response, it is filed "in support" of the motion (by the movant,
            it is a reply).
        conditional: Becomes a generic entry unless a target is a motion (objections).
        rulings: For an order, its rulings.
        stays: For an order, the stays it imposes.
        lifts: For an order, the stays it lifts.
        closes: The entry closes the case (an order dismissing or remanding the action, a
            self-executing notice or stipulation of dismissal, a clerk's notice of closing).
        final: For a judgment, whether it is final.
        in_favor_of: For a judgment, the party it favours.
        filed_by: Who filed it, as the text says.
        attorney: The filing attorney CM/ECF signs the entry with ("(Weller, Jennifer)").
        effective: For an order entered nunc pro tunc, the date it says it takes effect.
        refs: For an order, the docket numbers its text mentions (read once, by the
            classifier, and kept for the reader's doubts).
        reopens: For an order, it reopens the case (reinstates it, vacates its dismissal).
        vacates: For an order reopening the case only by vacating numbered entries, their
            numbers: it reopens the case only if one of them closed it.
        withdrawn_by: For a motion the clerk marked "*WITHDRAWN by (Doc. 30)*", the entry
            that withdrew it.
        schedule: For an order, what it sets for discovery (a scheduling order).
        interlocutory: For a notice of appeal, it says the appeal is interlocutory.
        appellants: For a notice of appeal, who appeals.
        outcome: For a mandate, what the court of appeals did, when its words say.
        served: For a return of service, each defendant it names with its dates.
        defendants: For an answer to the complaint, who answers; for the clerk's entry of
            default or a request for it, against whom.
        defaults_set_aside: For an order setting aside an entry of default, as to whom.
        abeyances: For an order, the motions it holds in abeyance (or takes up again), the
            docket numbers it waits on, and its words (see ``_service.abeyance_of``).
        advised: For an order, the numbered motions it only recommends a ruling on (a
            magistrate judge's findings and recommendations): they stay pending, and its
            ruling words about them call for no review.
        answer_extension: For an entry extending the time to answer (an order, the clerk's
            deadline, a stipulation; not a motion asking for it), whose and to when.
    """

    type: str
    rule: str
    event_name: str | None = None
    kind: MotionKind | None = None
    grounds: tuple[Ground, ...] = ()
    title: str | None = None
    further: tuple[FurtherMotion, ...] = ()
    targets: tuple[int, ...] = ()
    target_kind: MotionKind | None = None
    target_kinds: tuple[MotionKind, ...] = ()
    position: Position = Position.OPPOSED
    in_support: bool = False
    conditional: bool = False
    rulings: tuple[RulingDraft, ...] = ()
    stays: tuple[StayDraft, ...] = ()
    lifts: tuple[LiftDraft, ...] = ()
    closes: bool = False
    final: bool = True
    in_favor_of: str | None = None
    filed_by: str | None = None
    attorney: str | None = None
    stay_pending: tuple[int, ...] = ()
    withdrawn_by: int | None = None
    interlocutory: bool = False
    appellants: tuple[str, ...] = ()
    outcome: AppealOutcome | None = None
    served: tuple[ServedDraft, ...] = ()
    defendants: tuple[str, ...] = ()
    defaults_set_aside: tuple[str, ...] = ()
    abeyances: tuple[tuple[tuple[int, ...], tuple[int, ...], str | None], ...] = ()
    answer_extension: tuple[tuple[str, ...], date | None] | None = None
    advised: tuple[int, ...] = ()
    effective: date | None = None
    refs: tuple[Ref, ...] = ()
    reopens: bool = False
    vacates: tuple[int, ...] = ()
    schedule: ScheduleDraft | None = None
