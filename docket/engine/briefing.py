"""Briefing of each motion: response, reply, complete, decided (a ``BRIEFING`` machine each).

The court's rule pack gives the periods (D.N.M.LR-Civ. 7.4(a): 14 days to respond, 14 to
reply; the FRCP base's defaults elsewhere). Filings move the machine, and so does the
calendar: when the time for a response or reply runs out with nothing filed, briefing is
complete with no entry behind it (D.N.M.LR-Civ. 7.1(b)).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from docket.engine import deadlines
from docket.engine.ledger import Entry
from docket.engine.motions import WBriefing, WMotion
from docket.engine.world import World
from docket.events import (
    DISPOSITIVE_KINDS,
    BriefingCompleteNoticed,
    BriefingScheduled,
    Extension,
    ExtensionNoticed,
    MotionRef,
    OrderEntered,
    ReplyFiled,
    ResponseFiled,
)
from docket.machines import BRIEFING, DEADLINE
from docket.rules import DeadlineResult, briefing_deadlines, lateness, reply_deadline
from docket.rules.errors import InvalidPeriod, NoPeriod, UnknownRule
from docket.words import doc_ref, motion_ref, motion_words

__all__ = [
    "NO_CONSENT",
    "decided",
    "extend",
    "hearing_set",
    "motion_filed",
    "notice_complete",
    "reply_filed",
    "response_filed",
    "schedule_changed",
    "scheduled",
]


def _briefing(m: WMotion) -> WBriefing:
    if m.briefing is None:
        m.briefing = WBriefing()
    return m.briefing


def _move(world: World, m: WMotion, trigger: str, what: str, rule: str | None = None) -> bool:
    """Move the motion's briefing machine, recording why; ``False`` if it cannot move."""
    b = _briefing(m)
    if not BRIEFING.can(b.status, trigger):
        return False
    b.status = BRIEFING.fire(b.status, trigger)
    if b.status == "complete":
        b.complete_since, b.complete_because = world.today, what
    world.note_motion(m, f"briefing: {what}", rule, about="briefing")
    return True


def _filed(world: World, m: WMotion, trigger: str, what: str) -> None:
    """A brief is filed: it moves the briefing, or, where briefing is already over (the time
    ran out, the motion was decided), it is recorded all the same, so that the motion's
    provenance lists every brief the posture shows."""
    if not _move(world, m, trigger, what):
        status = _briefing(m).status.replace("_", " ")
        world.note_motion(m, f"briefing: {what}, after briefing was {status}", about="briefing")


_NO_RESPONSE = "no response filed in time"
#: A missed response to a motion for summary judgment or under Rule 12(b)(6) or 12(c) is never
#: consent to grant it (D.N.M.LR-Civ. 7.1(b) yields): the court must still examine it on the
#: merits (Reed v. Bennett, 312 F.3d 1190, 1194-95 (10th Cir. 2002); Issa v. Comp USA, 354
#: F.3d 1174, 1177-78 (10th Cir. 2003)).
NO_CONSENT = (
    "D.N.M.LR-Civ. 7.1(b) does not apply: with no response in time, the court must still "
    "decide a dispositive motion on its merits (Reed v. Bennett, 312 F.3d 1190, 1194-95 "
    "(10th Cir. 2002); Issa v. Comp USA, 354 F.3d 1174, 1177-78 (10th Cir. 2003))."
)
_NO_REPLY = "the time for filing a reply has elapsed"


def _motion_of(world: World, d: deadlines.DeadlineFacts) -> WMotion | None:
    return None if d.ref is None else world.motion_at(d.ref.doc, d.ref.part)


def _response_ran_out(world: World, d: deadlines.WDeadline) -> None:
    m = _motion_of(world, d)
    if m is not None and m.status == "pending":
        _move(world, m, "response_time_elapsed", _NO_RESPONSE, d.consequence)


def _reply_ran_out(world: World, d: deadlines.WDeadline) -> None:
    m = _motion_of(world, d)
    if m is not None and m.status == "pending":
        _move(world, m, "reply_time_elapsed", _NO_REPLY, d.consequence)


def _no_rule(world: World, e: Entry, what: str, error: InvalidPeriod) -> None:
    """No version of FRCP 6 was in force on the day ``e`` was filed (the FRCP took effect on
    16 September 1938, 308 U.S. 645; a pack may start later): no time to respond or reply
    runs from it, and that is flagged, not a crash of the whole replay."""
    world.flag(e, "no_rule_in_force", f"no time to {what} is computed: {error}")


def motion_filed(world: World, m: WMotion) -> None:
    """A motion opens its briefing, awaiting a response due under the court's rules."""
    b = _briefing(m)
    e = m.event
    if m.hearing is None:
        m.hearing = e.hearing
    ref = m.ref
    if ref is None:
        return
    try:
        result = briefing_deadlines(
            world.pack, e.kind, e.filed, e.service or "electronic", hearing=m.hearing
        )
    except NoPeriod as why:
        world.note_motion(m, f"briefing: no response deadline runs: {why}", about="briefing")
        return
    except UnknownRule:
        return
    except InvalidPeriod as error:
        _no_rule(world, e, "respond", error)
        return
    d = _start(
        world,
        "response",
        ref,
        f"Response to {motion_words(e.doc, e.kind, e.part)}",
        result,
        _response_ran_out,
        on_the_merits=e.kind in DISPOSITIVE_KINDS,
    )
    b.response_due = d.due


def _start(
    world: World,
    kind: deadlines.DeadlineKind,
    ref: MotionRef,
    what: str,
    result: DeadlineResult,
    on_elapse: Callable[[World, deadlines.WDeadline], None],
    on_the_merits: bool = False,
) -> deadlines.WDeadline:
    """Start a briefing deadline under the court's pack, suspended if the case is stayed."""
    return deadlines.start(
        world,
        world.book,
        kind,
        ref,
        what,
        result,
        consequence=_consequence(world, result, on_the_merits),
        stayed=world.case_status == "stayed",
        on_elapse=on_elapse,
    )


def _consequence(world: World, result: DeadlineResult, on_the_merits: bool) -> str | None:
    """What running out of ``result`` means under the court's rule. D.N.M.LR-Civ. 7.1(b)'s
    consent never reaches a dispositive motion (:data:`NO_CONSENT`); that holding is the Tenth
    Circuit's about D.N.M.'s rule, so it replaces only that rule's consequence, and another
    court's motion shows its own rule's consequence, or none."""
    said = deadlines.consequence(world.pack, result)
    if on_the_merits and said is not None and "D.N.M.LR-Civ. 7.1(b)" in said:
        return NO_CONSENT
    return said


def _extension_sought(world: World, d: deadlines.DeadlineFacts, filed: date) -> WMotion | None:
    """The last motion for extension of time filed between the motion and a brief filed on
    ``filed``: the court may have given more time (FRCP 6(b)(1), even after the time ran out
    on excusable neglect) by an order the docket does not date, so a brief after it is not
    called late as fact."""
    m = _motion_of(world, d)
    if m is None:
        return None
    return world.last_extension(m.event.filed, filed, m)


def _doubt(world: World, d: deadlines.DeadlineFacts) -> str:
    """Why a late brief under ``d`` is not stated as fact: a period not confirmed from the
    rule's text, or a rule read that yields to the judge's practices and directions."""
    if _yields_to_judge(world, d):
        return "the rule yields to the judge's practices and directions: check them"
    return "the period is unverified: check the court's rule"


def _yields_to_judge(world: World, d: deadlines.DeadlineFacts) -> bool:
    """Whether ``d`` runs under a court's rule read (verified, with its source) but marked
    uncertain because it yields to the judge's practices and directions (S.D.N.Y. and
    E.D.N.Y. Local Civ. R. 6.1, 'unless otherwise provided ... by the Court in a Judge's
    Individual Practice or in a direction in a particular case')."""
    try:
        rule = world.pack.rule(d.rule)
    except UnknownRule:
        return False
    return rule.source is not None and rule.verified and rule.uncertain


#: An order's words that change a briefing schedule ("granting ... Stipulation to ... modify
#: briefing schedule"; "the briefing schedule is extended").
_SCHEDULE_CHANGE = re.compile(
    r"\b(?:modif|extend|amend|reset|continu|chang|enlarg|adjust|revis)\w*\b[^.;]{0,80}?"
    r"\bbriefing\s+(?:schedule|deadlines?)\b"
    r"|\bbriefing\s+(?:schedule|deadlines?)\b[^.;]{0,40}?\b(?:is|are)\s+"
    r"(?:modified|extended|amended|reset|continued|vacated)\b",
    re.IGNORECASE,
)
_DOC_NUMBER = re.compile(r"\b\d{1,5}\b")
#: Dates in an order's words ("on 4/30/07", "March 8, 2007"), which name no document.
_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\b")
#: A scheduling order the docket names and no more ("SCHEDULING ORDER. Signed by Judge ...
#: on 4/30/07."): it may set the motions' briefing (FRCP 16(b)(3)), in terms not read.
_SCHEDULING = re.compile(r"\bscheduling\s+order\b", re.IGNORECASE)
_BARE_SCHEDULING_ORDER = re.compile(
    r"^\W*(?:amended\s+|initial\s+)?scheduling\s+order\W*(?:signed\b|\(|$)", re.IGNORECASE
)


def schedule_changed(world: World, e: OrderEntered) -> None:
    """Keep an order that changes a briefing schedule but gives no date the reader took (no
    :attr:`OrderEntered.extensions`): a brief after the rule's date may be on time under
    it, so a late brief after it is flagged for review, not stated as fact."""
    if e.extensions or not e.text:
        return
    if e.text.isascii():
        # Both patterns need one of these words: a cheap test before them (ASCII only, as
        # under re.IGNORECASE an "i" also matches the Turkish dotless and dotted ones).
        low = e.text.lower()
        if "briefing" not in low and "scheduling" not in low:
            return
    if _SCHEDULE_CHANGE.search(e.text):
        world.schedule_orders.append((e, False))
    elif _BARE_SCHEDULING_ORDER.match(e.text):
        world.schedule_orders.append((e, True))


def _schedule_changed(world: World, m: WMotion, filed: date) -> OrderEntered | None:
    """The last order changing a briefing schedule, without dates, between ``m`` and a brief
    filed on ``filed`` (or a bare scheduling order any time before the brief), that names
    ``m``'s document or no motion at all."""
    found = None
    for o, bare in world.schedule_orders:
        # A bare scheduling order may have set the briefing of motions filed after it.
        if not (o.filed <= filed if bare else m.event.filed <= o.filed <= filed):
            continue
        # The motions it names (a stipulation it grants is no motion of the docket's).
        motions = {x.event.doc for x in world.motion_list}
        words = _DATE.sub(" ", o.text or "")
        named = {int(n) for n in _DOC_NUMBER.findall(words)} & motions
        if named and m.event.doc not in named:
            continue
        found = o
    return found


def _late(
    world: World, e: ResponseFiled | ReplyFiled, d: deadlines.DeadlineFacts, what: str
) -> None:
    late = lateness(d, e.filed)
    if late is None:
        return
    last = world.anomalies[-1] if world.anomalies else None
    if last is not None and last.event_id == e.id and last.code == f"late_{what}":
        return  # a brief on a document holding several motions is late once, not per motion
    days = late.days
    maybe = ""
    if not late.under_every_reading:
        later = max(r.due for r in d.readings)
        maybe = f" (timely if the later reading, {later}, holds)"
    if d.unverified is not None:
        maybe += f" ({_doubt(world, d)})"
    asked = _extension_sought(world, d, e.filed)
    if asked is not None:
        maybe += (
            f" (more time was asked for before it, {doc_ref(asked.event.doc)} filed"
            f" {asked.event.filed}: check whether the court extended the time)"
        )
    m = _motion_of(world, d)
    changed = _schedule_changed(world, m, e.filed) if m is not None else None
    if changed is not None:
        maybe += (
            f" (an order changed a briefing schedule before it, {doc_ref(changed.doc)} filed"
            f" {changed.filed}, with no date the docket gives: check whether it moved this one)"
            if not _SCHEDULING.search(changed.text or "")
            or _SCHEDULE_CHANGE.search(changed.text or "")
            else f" (a scheduling order whose terms the docket does not give,"
            f" {doc_ref(changed.doc)} filed {changed.filed}, may have set this briefing"
            " (FRCP 16(b)(3)); check it)"
        )
    world.flag(
        e,
        f"late_{what}",
        f"{what} to {motion_ref(e.to_motion, e.to_part)} filed {days} day{'s' * (days != 1)} after it was due on {d.due}{maybe}",
        rule=d.citation,
    )


def response_filed(world: World, m: WMotion, e: ResponseFiled) -> None:
    """A response meets its deadline (or is flagged late) and starts the time to reply."""
    m.has_response = True
    b = _briefing(m)
    first = b.response is None
    if first:
        b.response = e.doc
    d = world.deadline("response", m.ref)
    if d is not None and first:
        _late(world, e, d, "response")
        deadlines.meet(world, world.book, d, f"met by response {doc_ref(e.doc)}")
    _filed(world, m, "respond", f"response {doc_ref(e.doc)} filed ({e.position.value})")
    ref = m.ref
    if not first or ref is None or m.status != "pending":
        return
    try:
        result = reply_deadline(
            world.pack,
            e.filed,
            e.service or "electronic",
            motion_kind=m.event.kind,
            hearing=m.hearing,
            response_due=b.response_due,
        )
    except NoPeriod as why:
        world.note_motion(m, f"briefing: no reply deadline runs: {why}", about="briefing")
        return
    except UnknownRule:
        return
    except InvalidPeriod as error:
        _no_rule(world, e, "reply", error)
        return
    r = _start(
        world,
        "reply",
        ref,
        f"Reply in support of {motion_words(m.event.doc, m.event.kind, m.part)}",
        result,
        _reply_ran_out,
    )
    b.reply_due = r.due
    if b.reply_set is not None:
        doubt = b.reply_set_default and _yields_to_judge(world, r)
        _set_by_docket(world, m, r, b.reply_set, "the docket, before the response", doubt)


def reply_filed(world: World, m: WMotion, e: ReplyFiled) -> None:
    """A reply meets its deadline (or is flagged late) and completes briefing."""
    b = _briefing(m)
    if b.reply is None:
        b.reply = e.doc
        d = world.deadline("reply", m.ref)
        if d is not None:
            _late(world, e, d, "reply")
            deadlines.meet(world, world.book, d, f"met by reply {doc_ref(e.doc)}")
    _filed(world, m, "reply", f"reply {doc_ref(e.doc)} filed")


def notice_complete(world: World, m: WMotion, e: BriefingCompleteNoticed) -> None:
    """A notice of briefing complete completes briefing."""
    _move(world, m, "notice_complete", f"notice of briefing complete {doc_ref(e.doc)}")
    if m.ref is not None:
        deadlines.moot(world, world.book, m.ref, f"briefing complete by notice {doc_ref(e.doc)}")


def extend(
    world: World, e: ExtensionNoticed | Extension, by: int | None, m: WMotion | None
) -> str | None:
    """Move a briefing deadline of motion ``m`` (or of the motion ``e`` names, when ``m`` is
    ``None``); returns why it could not be moved, if it could not."""
    part = m.part if m is not None else e.part
    d = world.deadline(e.deadline, MotionRef(e.motion, part))
    if d is None:
        return f"no {e.deadline} deadline runs on {motion_ref(e.motion, part)}"
    if not isinstance(d, deadlines.WDeadline) or (
        d.status != "suspended" and not DEADLINE.can(d.status, "extend")
    ):
        # Met by a filing, or moot once the motion was decided: there is no time left to move.
        return (
            f"the {e.deadline} deadline on {motion_ref(e.motion, part)} no longer runs ({d.status})"
        )
    source = "notice of agreed extension" if isinstance(e, ExtensionNoticed) else "order"
    deadlines.extend(
        world, world.book, d, e.until, f"extended to {e.until} by {source} {doc_ref(by)}"
    )
    if m is None:
        m = world.motion_at(e.motion, part)
    if m is not None:
        b = _briefing(m)
        if e.deadline == "response":
            b.response_due = e.until
        else:
            b.reply_due = e.until
        world.note_motion(
            m, f"{e.deadline} due {e.until} ({source} {doc_ref(by)})", about="briefing"
        )
        ran_out = b.complete_because in (_NO_RESPONSE, _NO_REPLY)
        if b.status == "complete" and ran_out and m.status == "pending":
            # Time had run out; the extension reopens briefing for the filing it allows.
            b.status = BRIEFING.fire(b.status, f"reopen_{e.deadline}")
            b.complete_since = b.complete_because = None
    return None


def decided(world: World, m: WMotion) -> None:
    """An order disposing of the motion ends its briefing; vacating it reopens it."""
    b = _briefing(m)
    if m.status == "pending":
        if b.status == "decided":
            b.status = BRIEFING.fire(b.status, "reopen")
        return
    if BRIEFING.can(b.status, "decide"):
        b.status = BRIEFING.fire(b.status, "decide")
    if m.ref is not None:
        deadlines.moot(
            world,
            world.book,
            m.ref,
            f"{motion_ref(m.event.doc, m.part)} {m.status.replace('_', ' ')}",
        )


def hearing_set(world: World, m: WMotion, hearing: date, doc: int | None) -> None:
    """Motion ``m`` is set for hearing on ``hearing`` (by entry ``doc``). Where the court
    counts the opposition and reply back from the hearing (C.D. Cal. L.R. 7-9, 7-10), the
    deadlines not yet met run from it, and from the new day when it is reset (L.R. 7-11)."""
    before = m.hearing
    m.hearing = hearing
    was = f" (was {before})" if before is not None and before != hearing else ""
    world.note_motion(m, f"set for hearing on {hearing} by {doc_ref(doc)}{was}", about="briefing")
    ref, b = m.ref, _briefing(m)
    if ref is None or m.status != "pending" or before == hearing:
        return
    e = m.event
    if b.response is None:
        try:
            result = briefing_deadlines(
                world.pack, e.kind, e.filed, e.service or "electronic", hearing=hearing
            )
        except (UnknownRule, InvalidPeriod):
            return
        if result.trigger == hearing and result.direction == "before":
            b.response_due = _from_hearing(world, m, "response", result, _response_ran_out)
    elif b.reply is None:
        try:
            result = reply_deadline(
                world.pack,
                e.filed,
                "electronic",
                motion_kind=e.kind,
                hearing=hearing,
                response_due=b.response_due,
            )
        except (UnknownRule, InvalidPeriod):
            return
        if result.trigger == hearing and result.direction == "before":
            b.reply_due = _from_hearing(world, m, "reply", result, _reply_ran_out)


def _from_hearing(
    world: World,
    m: WMotion,
    kind: deadlines.DeadlineKind,
    result: DeadlineResult,
    on_elapse: Callable[[World, deadlines.WDeadline], None],
) -> date:
    """Start (or recount) ``kind``'s deadline counted back from the hearing."""
    assert m.ref is not None
    d = world.deadline(kind, m.ref)
    if d is None:
        what = "Response to" if kind == "response" else "Reply in support of"
        words = motion_words(m.event.doc, m.event.kind, m.part)
        return _start(
            world,
            kind,
            m.ref,
            f"{what} {words}",
            result,
            on_elapse,
            on_the_merits=kind == "response" and m.event.kind in DISPOSITIVE_KINDS,
        ).due
    deadlines.recount(
        world,
        world.book,
        d,
        result,
        f"{kind} now due {result.due}: the hearing moved to {result.trigger}",
    )
    return d.due


def scheduled(world: World, m: WMotion, e: BriefingScheduled) -> None:
    """The docket sets the day a response or reply to ``m`` is due (the clerk's "Responses
    due by ..."; an order setting a briefing schedule): that date governs, not the rule's
    period. A reply's date set before any response waits for the reply's deadline."""
    ref, b = m.ref, _briefing(m)
    if ref is None:
        return
    # Read from the motion's own entry, the event's id extends the motion's (ingest's
    # implied events) or it carries the motion's document number.
    own_entry = e.id.startswith(f"{m.event.id}/") or (e.doc is not None and e.doc == m.event.doc)
    if e.reply_due is not None and b.response is None:
        b.reply_set = e.reply_due
        b.reply_set_default = own_entry
    pairs: tuple[tuple[deadlines.DeadlineKind, date | None], ...] = (
        ("response", e.response_due),
        ("reply", e.reply_due),
    )
    # The date CM/ECF writes on the motion's own entry ("( Responses due by 3/16/2017)") is
    # the rule's default as the filing event computes it, not a judge's schedule: where the
    # rule yields to the judge's practices and directions, so does that date.
    for kind, until in pairs:
        d = world.deadline(kind, ref) if until is not None else None
        if (
            until is None
            or not isinstance(d, deadlines.WDeadline)  # None, or finished: its facts alone
            or d.status not in ("running", "suspended", "elapsed")
        ):
            continue
        doubt = own_entry and _yields_to_judge(world, d)
        _set_by_docket(world, m, d, until, doc_ref(e.doc) if e.doc else e.id, doubt)


def _set_by_docket(
    world: World, m: WMotion, d: deadlines.WDeadline, until: date, by: str, doubt: bool
) -> None:
    # The court's own date, not a period the pack could not confirm; unless it is only the
    # default of a rule that yields to the judge (``doubt``), which it does not settle.
    note = (
        "the date on the motion's entry is the rule's default, which yields to the judge's "
        "practices and directions"
        if doubt
        else None
    )
    if until == d.due and d.status != "elapsed":
        d.unverified = d.unverified if doubt else None
        return
    d.unverified = note
    deadlines.extend(
        world,
        world.book,
        d,
        until,
        f"{d.kind} due {until}, as the docket sets it ({by})",
        rule=None,
        assumption="as the docket sets it",
    )
    b = _briefing(m)
    if d.kind == "response":
        b.response_due = until
    elif d.kind == "reply":
        b.reply_due = until
