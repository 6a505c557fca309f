"""Turning drafts into events, in court order, with the docket context kept current."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from docket.events import (
    Abeyance,
    AbeyanceLifted,
    AllOf,
    AnswerFiled,
    AnswerTimeExtended,
    AppealDecided,
    BriefingCompleteNoticed,
    BriefingScheduled,
    CaseClosed,
    CaseOpened,
    CaseReopened,
    Condition,
    DefaultEntered,
    DefaultRequested,
    Disposition,
    DocketEntry,
    DocketEvent,
    HearingNoticed,
    JudgmentEntered,
    MotionFiled,
    MotionKind,
    MotionResolved,
    MotionWithdrawn,
    NoticeOfAppeal,
    OrderEntered,
    ReplyFiled,
    ResponseFiled,
    Review,
    Ruling,
    StayScope,
    SummonsServed,
    WaiverReturned,
)
from docket.ingest._text import entered_in
from docket.ingest._voices import RulingDraft
from docket.ingest.clerk_grants import ClerkGrant, clerk_grant, grants
from docket.ingest.doubt import (
    doubt_from_links,
    doubt_on_closing,
    doubt_on_ending,
    doubt_on_leave,
    doubt_on_leave_used,
    doubt_on_rulings,
    doubt_on_sweep,
    doubt_on_terminated,
    doubt_on_terminating,
    doubt_on_unplaced,
    merge_doubts,
)
from docket.ingest.draft import Draft
from docket.ingest.hearings import briefing_dates, hearing_date, hearing_motions, motions_named
from docket.ingest.kinds import motion_kind, named_kind
from docket.ingest.refs import find_refs
from docket.ingest.report import ImportReport
from docket.ingest.resolve import DocketContext
from docket.ingest.rulings import WITHDRAWN_RULE
from docket.ingest.sources import RawDocket, RawEntry
from docket.ingest.stays import LiftDraft, StayDraft, parties_asked

__all__ = ["EventMaker"]

#: A motion asking to reopen or reinstate the case (FRCP 60(b)), as CM/ECF titles it.
_REOPENING_MOTION = re.compile(
    r"\b(?:reopen|re-open|reinstate)(?:\s+(?:the\s+|this\s+)?(?:case|action|matter)\b|\W*$)"
    # Granting a motion to vacate (set aside, be relieved from) the dismissal or judgment
    # that closed the case reopens it (FRCP 59(e), 60(b)).
    r"|\b(?:vacate|set\s+aside|relief\s+from)\s+(?:the\s+|its\s+)?(?:court'?s\s+)?"
    r"(?:(?:final|clerk'?s|default|prior)\s+)?(?:order\s+of\s+dismissal|order\s+dismissing|"
    r"dismissal|judgment)\b",
    re.I,
)

_STAYS = (MotionKind.STAY_DISCOVERY, MotionKind.STAY_CASE)
#: The clerk's note on an application's own entry that it was approved, and when
#: ("APPLICATION to Appear Pro Hac Vice by Attorney ... Fee pd. Approved 8/30/07. (mjc)").
_APPROVED_ON_ENTRY = re.compile(
    r"(?<![\w-])(?<!be )(?<!been )(?<!not )Approved\s+(?:on\s+)?\d{1,2}/\d{1,2}/\d{2,4}\b\.?"
    r"(?=\s*(?:\([^()]{0,60}\)\s*)*$)"  # at the entry's end: only the clerk's initials after
)
#: A petition for a writ ("PETITION for writ of habeas corpus filed by ..."), not a complaint.
#: A civil case number ("2:19-cv-00445"): the civil rules' discovery schedule (FRCP 16(b),
#: 26(d)) is read only in civil cases.
_CIVIL = re.compile(r"-cv-", re.I)
_PETITION = re.compile(r"^\W*(?:(?:amended|renewed|second|first|pro\s+se)\s+)*petition\b", re.I)


#: Words by which a closing entry may rule on a motion ("the motion to dismiss is granted",
#: "all pending applications are denied as moot").
_SPEAKS_OF_MOTIONS = re.compile(r"\b(?:motion|application|petition|request)s?\b", re.I)
#: A docket number the closing entry may refer to.
_NUMBER = re.compile(r"(?<![\w/.$,-])(\d{1,5})(?![\w/,]|\.\d)")


#: The motion a withdrawal names by title: "Notice of Withdrawal of Plaintiff's Motion to
#: Compel", "WITHDRAWAL of Motion to Compel by Jane Roe".
_WITHDRAWN_TITLE = re.compile(
    r"\bwithdraw\w*\s+(?:of\s+)?((?:[\w.'\u2019-]+\s+){0,4}?(?:motion|application)\s+(?:to|for)\s+[^.;()\[\]]{2,80}?)"
    r"(?=\s+(?:by|filed|\(|$)|[.;(]|$)",
    re.I,
)


#: A complaint docketed with a motion in the same document: "COMPLAINT/Brief in Support of
#: Plaintiff's Motion for Preliminary Injunction against ...", "VERIFIED COMPLAINT and MOTION
#: for Temporary Restraining Order". Only in the entry's title, before who filed it.
_MOTION_WITH_COMPLAINT = re.compile(
    r"^\W*(?:verified\s+|amended\s+)?complaint\s*(?:/|\band\b|&|\bwith\b|,)\s*"
    r"(?:(?:brief|memorandum)\s+in\s+support\s+of\s+)?(?:(?:the\s+)?plaintiff'?s'?\s+|an?\s+)?"
    r"(?:emergency\s+|ex\s+parte\s+)?motion\s+(?P<title>(?:for|to)\s+[^.;()]{3,80}?)"
    r"(?=\s+(?:against|filed|by)\b|\s*[.;(]|$)",
    re.I,
)


#: Words in a motion to remand's title, or in the order granting it, that may make the remand
#: reach only part of the case (some claims or parties), or keep the case here while the agency
#: acts: "Motion to Remand State Law Claims", "Motion for Partial Remand", "Motion for
#: Voluntary Remand", "remanded without vacatur", "the Court retains jurisdiction".
_PART_REMANDED = re.compile(
    r"\bpart(?:ial|ially)?\b|\bclaims?\b|\bcounts?\b|\bsever\w*|\blimited\b|\bvoluntary\b"
    r"|\bas\s+to\b|\bsentence\s+six\b|\bretain\w*\s+jurisdiction\b|\bwithout\s+vacatur\b",
    re.I,
)


def _remand_granted(
    rulings: tuple[Ruling, ...], ctx: DocketContext, text: str | None
) -> bool | None:
    """Whether the order ends the case by granting a motion to remand: granting it remands
    the case (to the state court, 28 U.S.C. 1447(c), (d); or to the agency, 42 U.S.C. 405(g)),
    and the case ends here. ``None`` when it grants one whose title or the order's words may
    limit the remand to part of the case, or grants it only in part: it may end the case."""
    asked = [
        (r, m)
        for r in rulings
        if r.disposition in (Disposition.GRANTED, Disposition.GRANTED_IN_PART)
        and (m := ctx.ruled(r)) is not None
        and m.kind is MotionKind.REMAND
    ]
    if not asked:
        return False
    if any(
        r.disposition is Disposition.GRANTED_IN_PART or _PART_REMANDED.search(m.title)
        for r, m in asked
    ) or (text and _PART_REMANDED.search(text)):
        return None
    return True


def _reopening_unplaced(rulings: tuple[RulingDraft, ...]) -> tuple[RulingDraft, ...]:
    """``rulings`` of an order in a case still open, leave to refile once the case reopens
    left for review: the order closes the case itself, after its rulings, and the reader
    cannot place the reopening the leave waits for."""
    return tuple(
        r._replace(leave=None, leave_unread=r.leave, leave_condition=None, leave_within_after=None)
        if isinstance(r.leave_condition, CaseReopened)
        else r
        for r in rulings
    )


class EventMaker:
    """Turns drafts into events in court order, keeping the docket context current."""

    def __init__(
        self,
        raw: RawDocket,
        case: str,
        ctx: DocketContext,
        report: ImportReport,
    ) -> None:
        self.raw = raw
        self.case = case
        self.ctx = ctx
        self.report = report
        self.opened = False
        #: The day each numbered motion was filed, and the clerk's grants of applications not
        #: yet docketed (:mod:`docket.ingest.clerk_grants`).
        self.motion_filed: dict[int, date] = {}
        self.clerk_grants: list[ClerkGrant] = []
        self.date_note: str | None = None
        #: The docket number of the entry that closed the case (a closing, a final judgment),
        #: while it is closed: an order vacating it reopens the case.
        self.closed_by: int | None = None
        self.closed = False

    def synthesized_opening(self, first: date) -> CaseOpened:
        self.report.added["case_opened"] += 1
        return CaseOpened(
            id=f"{self.case}/opened",
            case=self.case,
            filed=first,
            reconstructed=True,
            court=self.raw.court,
            number=self.raw.number,
            title=self.raw.title,
            parties=self.raw.parties,
            judge=self.raw.judge,
            note="synthesized by the importer: the sheet does not open with a complaint; court, "
            "number and title are the sheet's, the date its earliest",
        )

    def terminated_closing(self, terminated: date) -> CaseClosed:
        """The closing of the case on the date the sheet says it was terminated (PACER's and
        CourtListener's "Date Terminated"), for a sheet none of whose entries closes it."""
        self.report.added["case_closed"] += 1
        return CaseClosed(
            id=f"{self.case}/terminated",
            case=self.case,
            filed=terminated,
            filed_by="court",
            reason="the docket sheet's date terminated",
            note="added by the importer: the sheet gives the date the case was terminated, "
            "and no entry of it closes the case",
            # No entry read says how the case ended: one may have ruled in words not read.
            undecided="review",
        )

    def make(
        self, e: RawEntry, draft: Draft, id_: str, when: tuple[date, str | None]
    ) -> list[DocketEvent]:
        """The events of one entry (its own, and any the importer adds for it)."""
        filed, date_note = when
        self.ctx.position += 1
        base: dict[str, Any] = {"id": id_, "case": self.case, "filed": filed, "doc": e.doc}
        # Fields left at their defaults are not passed: fewer values to validate.
        if e.text:
            base["text"] = e.text
        if draft.filed_by is not None:
            base["filed_by"] = draft.filed_by
        if e.entered is not None:
            base["entered"] = e.entered
        elif e.text and (entered := entered_in(e.text)) is not None:
            base["entered"] = entered  # the clerk's "(Entered: MM/DD/YYYY)" in the text
        if date_note is not None:
            base["reconstructed"] = True
        self.date_note = date_note
        events = self._event(e, draft, base)
        if draft.answer_extension is not None:
            names, until = draft.answer_extension
            self.report.added["answer_time_extended"] += 1
            events.append(
                AnswerTimeExtended(
                    id=f"{id_}/answer_time",
                    case=self.case,
                    filed=filed,
                    doc=None,
                    entered=e.entered,
                    reconstructed=date_note is not None,
                    classified_by=f"{draft.rule}.answer_time",
                    defendants=names,
                    until=until,
                    note=f"the entry {id_} extends the time to answer",
                )
            )
        if draft.type != "motion_filed":
            events.extend(self._hearings(e, base))
        if e.doc is not None and e.doc in self.ctx.withdrawn_by:
            events.extend(self._marked_withdrawn(e.doc, base, events))
        self.report.types[next((x.type for x in events if x.id == id_), events[0].type)] += 1
        for x in events:
            if isinstance(x, OrderEntered) and x.reopens:
                self.closed, self.closed_by = False, None
            elif not self.closed and (
                isinstance(x, CaseClosed) or (isinstance(x, JudgmentEntered) and x.final)
            ):
                self.closed, self.closed_by = True, e.doc
        return events

    def _noted(self, base: dict[str, Any], rule: str, extra: str = "") -> dict[str, Any]:
        """``base``, given the rule that classified the entry and any note on how it was read."""
        self.report.rules[rule] += 1
        base["classified_by"] = rule
        date_note = self.date_note
        if extra or date_note:
            base["note"] = f"{extra}; {date_note}" if extra and date_note else extra or date_note
        return base

    @staticmethod
    def _implied(base: dict[str, Any], suffix: str, note: str, rule: str) -> dict[str, Any]:
        """The fields of an event the entry ``base`` implies rather than records: its own id
        (``base``'s, then ``suffix``), no document or text of its own, how it was read."""
        return {
            **base,
            "id": f"{base['id']}/{suffix}",
            "doc": None,
            "text": None,
            "note": note,
            "classified_by": rule,
        }

    def _abeyances(self, d: Draft) -> dict[str, Any]:
        """An order's abeyances: each motion it holds (a docket number that is no motion is
        not read), pending resolution of the motions it waits on, with its own words."""
        held: list[Abeyance] = []
        lifted: list[AbeyanceLifted] = []
        for docs, waits, words in d.abeyances:
            motions = [m for m in (self.ctx.motion_of(n) for n in docs) if m is not None]
            if words == "lifted":
                lifted.extend(AbeyanceLifted(motion=m) for m in dict.fromkeys(motions))
                continue
            on = [
                MotionResolved(motion=m)
                for m in dict.fromkeys(
                    w for w in (self.ctx.motion_of(n) for n in waits) if w is not None
                )
                if m not in motions
            ]
            pending: Condition | None = (
                on[0] if len(on) == 1 else AllOf(conditions=tuple(on)) if on else None
            )
            held.extend(
                Abeyance(motion=m, pending=pending, description=words)
                for m in dict.fromkeys(motions)
            )
        out: dict[str, Any] = {}
        if held:
            out["abeyances"] = tuple(held)
        if lifted:
            out["abeyance_lifted"] = tuple(lifted)
        return out

    def _served(self, d: Draft, base: dict[str, Any]) -> list[DocketEvent]:
        """A return of service: one event per defendant it names with dates (ids
        ``{entry}``, ``{entry}/served2``...), or one naming no one."""
        noted = self._noted(base, d.rule)
        out: list[DocketEvent] = []
        for k, s in enumerate(d.served or (None,), start=1):
            fields = noted if k == 1 else {**noted, "id": f"{noted['id']}/served{k}"}
            names = (s.name,) if s is not None else ()
            due = s.answer_due if s is not None else None
            on = s.on if s is not None else None
            if d.type == "waiver_returned":
                out.append(WaiverReturned(**fields, defendants=names, requested=on, answer_due=due))
            else:
                out.append(SummonsServed(**fields, defendants=names, served_on=on, answer_due=due))
        return out

    def _generic(self, base: dict[str, Any], e: RawEntry, rule: str) -> DocketEntry:
        return DocketEntry(**self._noted(base, rule), event_name=e.short)

    def _event(self, e: RawEntry, d: Draft, base: dict[str, Any]) -> list[DocketEvent]:
        ctx = self.ctx
        t = d.type
        if t == "case_opened":
            if self.opened:
                if e.doc is not None and _PETITION.match(e.text or ""):
                    # A petition docketed in a case already open (a habeas petition filed
                    # after leave) asks the court for relief: a motion, not a new case.
                    title = (e.text or "").split(" filed by ")[0].split(". ")[0][:200]
                    later = Draft(
                        "motion_filed",
                        "motion.later_petition",
                        d.event_name,
                        kind=MotionKind.OTHER,
                        title=title,
                        filed_by=d.filed_by,
                    )
                    return self._motions(e, later, base)
                used = self._leave_used(d, "amend")
                if used is not None:
                    base = {**base, "review": used}
                return [self._generic(base, e, "generic.later_complaint")]
            self.opened = True
            joined = _MOTION_WITH_COMPLAINT.search(e.text or "") if e.doc is not None else None
            opened: list[DocketEvent] = [
                CaseOpened(
                    # The complaint's number is the motion's too: the motion keeps it, as
                    # the orders ruling on it cite it.
                    **self._noted(base if joined is None else {**base, "doc": None}, d.rule),
                    court=self.raw.court,
                    number=self.raw.number,
                    title=self.raw.title,
                    parties=self.raw.parties,
                    judge=self.raw.judge,
                )
            ]
            if joined is not None:
                # "COMPLAINT/Brief in Support of Plaintiff's Motion for Preliminary Injunction":
                # one document, docketed once, that also moves; orders rule on "1 Motion for
                # Preliminary Injunction".
                title = f"Motion {joined.group('title').strip()}"
                motion = Draft(
                    "motion_filed",
                    "motion.with_complaint",
                    d.event_name,
                    kind=motion_kind(title),
                    title=title,
                    filed_by=d.filed_by,
                )
                opened += self._motions(e, motion, {**base, "id": f"{base['id']}/motion"})
            return opened
        if t == "motion_filed":
            return self._motions(e, d, base)
        if t in ("response_filed", "reply_filed"):
            return [self._answer(e, d, base)]
        if t == "motion_withdrawn" and d.targets and d.targets[0] not in ctx.motions:
            withdrawn = ctx.types.get(d.targets[0])
            if withdrawn is not None and withdrawn != "motion_filed":
                # A notice withdrawing a paper that is not a motion (a notice, a response)
                # withdraws that paper, not the motion it mentions: flagged, never guessed.
                return [self._withdrawn_paper(e, d, base, withdrawn)]
        if t == "motion_withdrawn" and not d.targets and e.text:
            return self._withdrawn_by_title(e, d, base)
        if t in ("motion_withdrawn", "briefing_complete"):
            m = ctx.first_motion(d.targets)
            if m is None:
                return [self._generic(base, e, f"generic.{d.rule}_unresolved")]
            if t == "motion_withdrawn":
                ctx.settle(m)  # withdrawing the document withdraws each motion in it
                return [MotionWithdrawn(**self._noted(base, d.rule), motion=m)]
            return [BriefingCompleteNoticed(**self._noted(base, d.rule), motion=m)]
        if t == "order":
            if d.rule == "order.self_ruling_application" and not d.rulings and e.text:
                d = self._clerk_grant(e, d, base)
            return self._order(e, d, base)
        if t == "judgment":
            return self._judgment(e, d, base)
        if t == "notice_of_appeal":
            return [
                NoticeOfAppeal(
                    **self._noted(base, d.rule),
                    from_docs=d.targets,
                    interlocutory=d.interlocutory,
                    grounds=d.grounds,
                    appellants=d.appellants,
                )
            ]
        if t == "appeal_decided":
            appeal = d.targets[0] if d.targets else None
            return [AppealDecided(**self._noted(base, d.rule), appeal=appeal, outcome=d.outcome)]
        if t == "case_closed":
            return [
                CaseClosed(
                    **self._noted(base, d.rule),
                    reason=e.short,
                    **self._undecided(e.text, base.get("review")),
                )
            ]
        if t == "answer_filed":
            used = self._leave_used(d, "answer")
            if used is not None:
                base = {**base, "review": used}
            return [AnswerFiled(**self._noted(base, d.rule), defendants=d.defendants)]
        if t in ("summons_served", "waiver_returned"):
            return self._served(d, base)
        if t == "default_entered":
            implied = self._implied_rulings(e, d, base) if d.rulings else []
            return [*implied, DefaultEntered(**self._noted(base, d.rule), defendants=d.defendants)]
        if t == "default_requested":
            return [DefaultRequested(**self._noted(base, d.rule), defendants=d.defendants)]
        if d.rulings:
            # An entry that is itself the relief a pending motion asked for: the entry stays
            # what it is, and an order records the ruling it implies.
            return [*self._implied_rulings(e, d, base), self._generic(base, e, d.rule)]
        if d.closes:
            # A self-executing paper (a notice or stipulation of voluntary dismissal of the
            # whole action) or a clerk's notice: the entry stays what it is, and closes the case.
            entry = self._generic(base, e, d.rule)
            what = f"Doc. {e.doc}" if e.doc is not None else base["id"]
            return [entry, self._closed(base, f"the entry {what} closes the case", what, e.text)]
        doubt = merge_doubts(
            doubt_on_closing(e.text, paper=True),
            doubt_from_links(e.text or "", ctx),
            doubt_on_terminated(e.text or "", ctx),
        )
        if doubt is not None:
            ctx.doubt(doubt.may_rule_on, doubt.may_rule_on_entries)
            return [self._generic({**base, "review": doubt}, e, d.rule)]
        return [self._generic(base, e, d.rule)]

    def _reopens(self, d: Draft, rulings: tuple[Ruling, ...]) -> bool:
        """Whether an order reopens the case: in its words (an order vacating a judgment only
        if that judgment closed the case: "vacating 70 Final Judgment" when 69 did), or by
        granting a motion to reopen or reinstate it."""
        if d.reopens and (not d.vacates or self.closed_by in d.vacates):
            return True
        for r in rulings:
            if r.disposition.value != "granted":
                continue
            m = self.ctx.ruled(r)
            if m is not None and _REOPENING_MOTION.search(m.title):
                return True
        return False

    def _withdrawn_by_title(self, e: RawEntry, d: Draft, base: dict[str, Any]) -> list[DocketEvent]:
        """A withdrawal naming its motion by title, not number ("Notice of Withdrawal of
        Plaintiff's Motion to Compel"): the one pending motion of that kind whose title it
        matches is withdrawn; where none or several fit, a person says which."""
        assert e.text is not None
        ctx = self.ctx
        said = _WITHDRAWN_TITLE.search(e.text)
        words = said.group(1) if said is not None else ""
        kind = named_kind(words) if words else None
        hit = ctx.pending_of_kind(kind, words) if kind is not None else None
        if hit is not None and hit.doc >= 0:
            ctx.settle(hit.doc)
            return [MotionWithdrawn(**self._noted(base, f"{d.rule}_by_title"), motion=hit.doc)]
        could = [
            m.doc
            for m in ctx.all_motions()
            if m.pending and (kind is None or m.kind is kind) and m.doc >= 0
        ]
        if not could or len(could) > 6:
            return [self._generic(base, e, f"generic.{d.rule}_unresolved")]
        which = ", ".join(f"Doc. {n}" for n in dict.fromkeys(could))
        review = Review(
            reason=f"it withdraws {words.strip()[:80]!r}, which may be {which}",
            may_rule_on=tuple(dict.fromkeys(could)),
        )
        ctx.doubt(review.may_rule_on)
        return [self._generic({**base, "review": review}, e, f"generic.{d.rule}_unresolved")]

    def _withdrawn_paper(
        self, e: RawEntry, d: Draft, base: dict[str, Any], withdrawn: str
    ) -> DocketEntry:
        """A withdrawal of Doc. N, which is no motion: a docket entry, with a review for the
        motions it also mentions, pending, that it may mean to withdraw."""
        paper = d.targets[0]
        mentioned = [
            n
            for n in dict.fromkeys(self.ctx.motion_of(x) for x in d.targets[1:])
            if n is not None and any(m.pending for m in self.ctx.motions.get(n, ()))
        ]
        if not mentioned:
            return self._generic(base, e, f"generic.{d.rule}_of_a_paper")
        which = ", ".join(f"Doc. {n}" for n in mentioned)
        review = Review(
            reason=f"it withdraws Doc. {paper}, a {withdrawn.replace('_', ' ')}, not a motion; "
            f"it also names {which}",
            may_rule_on=tuple(mentioned),
        )
        self.ctx.doubt(review.may_rule_on)
        return self._generic({**base, "review": review}, e, f"generic.{d.rule}_of_a_paper")

    def _leave_used(self, d: Draft, paper: str) -> Review | None:
        """:func:`~docket.ingest.doubt.doubt_on_leave_used` for this entry, its motions marked
        as doubted."""
        used = doubt_on_leave_used(self.ctx, paper, d.filed_by, d.attorney)
        if used is not None:
            self.ctx.doubt(used.may_rule_on)
        return used

    def _clerk_grant(self, e: RawEntry, d: Draft, base: dict[str, Any]) -> Draft:
        """The clerk's grant of an application by its title (E.D. Tex. LR CV-12): it rules on
        the one pending application of that title and party docketed within days of it; where
        none is on the docket yet, it is kept for the application docketed after it."""
        assert e.text is not None
        grant = clerk_grant(e.text, base["id"], base["filed"])
        if grant is None:
            return d
        hits = [
            m
            for m in self.ctx.all_motions()
            if m.pending
            and m.doc >= 0
            and grants(grant, m.text, self.motion_filed.get(m.doc, base["filed"]))
        ]
        if len(hits) == 1:
            ruling = RulingDraft(Disposition.GRANTED, (hits[0].doc,), "order.clerk_grant")
            return d._replace(rulings=(ruling,))
        if not hits:
            self.clerk_grants.append(grant)
        return d

    def _granted_before(self, e: RawEntry, base: dict[str, Any]) -> list[DocketEvent]:
        """The ruling of a clerk's grant entered before the application it grants (listed
        first on the sheet, the same day), or noted on the application's own entry
        ("APPLICATION to Appear Pro Hac Vice ... Approved 8/30/07."): the application is
        granted as it is docketed."""
        if e.doc is None or not e.text:
            return []
        if "pproved" in e.text and (noted := _APPROVED_ON_ENTRY.search(e.text)) is not None:
            why = f"its own entry notes it {noted.group(0).strip().rstrip('.')}"
        elif self.clerk_grants:
            # Only a grant naming its party: one that names none could be any application
            # of its title docketed next.
            found = [g for g in self.clerk_grants if g.who and grants(g, e.text, base["filed"])]
            if len(found) != 1:
                return []
            self.clerk_grants.remove(found[0])
            why = f"the clerk's entry {found[0].id} granted it (listed before it on the sheet)"
        else:
            return []
        draft = RulingDraft(Disposition.GRANTED, (e.doc,), "order.clerk_grant")
        return self._order_implied(base, (draft,), None, "granted", "order.clerk_grant", why)

    def _implied_rulings(self, e: RawEntry, d: Draft, base: dict[str, Any]) -> list[DocketEvent]:
        note = f"the entry {base['id']} gives the relief the motion asked for ({{rules}})"
        return self._order_implied(base, d.rulings, e.doc, "rulings", d.rule, note)

    def _order_implied(
        self,
        base: dict[str, Any],
        drafts: tuple[RulingDraft, ...],
        doc: int | None,
        suffix: str,
        rule: str,
        note: str,
    ) -> list[DocketEvent]:
        """The order an entry implies, ruling as ``drafts`` say (id ``{entry}/{suffix}``),
        or nothing where they rule on no motion on the docket; ``{rules}`` in ``note`` names
        the rules that read them."""
        rulings, unresolved, rules = self.ctx.rulings(drafts, doc, base["filed"])
        self.report.unresolved.extend(unresolved)
        if not rulings:
            return []
        self.report.added["order"] += 1
        implied = {**base, "id": f"{base['id']}/{suffix}", "doc": None, "classified_by": rule}
        return [
            OrderEntered(
                **implied,
                rulings=rulings,
                note=note.replace("{rules}", ", ".join(sorted(set(rules)))),
            )
        ]

    def _marked_withdrawn(
        self, doc: int, base: dict[str, Any], events: list[DocketEvent]
    ) -> list[DocketEvent]:
        """The motions the clerk marked "*WITHDRAWN by (Doc. ``doc``)*", withdrawn by this
        entry when it does not say so itself."""
        said = {ev.motion for ev in events if isinstance(ev, MotionWithdrawn)}
        out: list[DocketEvent] = []
        for m in self.ctx.withdrawn_by.pop(doc):
            if m in said or not any(x.pending for x in self.ctx.motions.get(m, ())):
                continue
            out.append(
                self._withdrawal(
                    base, m, f"Doc. {m} is marked withdrawn by this entry", "withdrawal.clerks_mark"
                )
            )
        return out

    def _withdrawal(self, base: dict[str, Any], doc: int, why: str, rule: str) -> MotionWithdrawn:
        """Motion ``doc`` withdrawn by this entry though the entry is no notice of withdrawal
        (the clerk's mark, an order recording it), settled so that no later entry rules on it."""
        self.ctx.settle(doc)
        self.report.added["motion_withdrawn"] += 1
        return MotionWithdrawn(**self._implied(base, f"withdraws{doc}", why, rule), motion=doc)

    def _hearings(self, e: RawEntry, base: dict[str, Any]) -> list[DocketEvent]:
        """A later entry setting or resetting the hearing of motions it names: one
        ``hearing_noticed`` per motion filed so far (C.D. Cal. L.R. 7-11 moves the briefs)."""
        day = hearing_date(e.text)
        response, reply, at = briefing_dates(e.text)
        if (day is None and at < 0) or not e.text:
            return []
        refs = [(r.doc, r.start) for r in find_refs(e.text)]
        out: list[DocketEvent] = []
        if at >= 0:
            for m in motions_named(e.text, refs, at):
                for part in self._parts(m):
                    out.append(self._scheduled(base, m, part, response, reply))
        if day is None:
            return out
        docs = [m for m in hearing_motions(e.text, refs) if m in self.ctx.motions]
        for m, part in [(doc, part) for doc in docs for part in self._parts(doc)]:
            self.report.added["hearing_noticed"] += 1
            out.append(
                HearingNoticed(
                    **self._implied(
                        base,
                        f"hearing{m}" + (f"part{part}" if part else ""),
                        f"the entry {base['id']} sets Doc. {m} for hearing on {day}",
                        "hearing.noticed",
                    ),
                    motion=m,
                    part=part,
                    hearing=day,
                )
            )
        return out

    def _parts(self, motion: int) -> list[int | None]:
        """Each motion of document ``motion`` (its parts, or the one motion it is); none
        when it is no motion filed so far."""
        return [m.part for m in self.ctx.motions.get(motion, ())]

    def _scheduled(
        self,
        base: dict[str, Any],
        motion: int,
        part: int | None,
        response: date | None,
        reply: date | None,
    ) -> BriefingScheduled:
        """The briefing dates an entry sets for ``motion`` ("Responses due by ...")."""
        self.report.added["briefing_scheduled"] += 1
        return BriefingScheduled(
            **self._implied(
                base,
                f"briefing{motion}" + (f"part{part}" if part else ""),
                f"the entry {base['id']} sets the briefing of Doc. {motion}",
                "briefing.scheduled",
            ),
            motion=motion,
            part=part,
            response_due=response,
            reply_due=reply,
        )

    def _closed(
        self,
        base: dict[str, Any],
        note: str,
        where: str,
        text: str | None,
        review: Review | None = None,
    ) -> CaseClosed:
        """The closing an entry's words make (``base``: that entry; ``text``: its words,
        ``review``: its reader's doubts), derived from it."""
        self.report.added["case_closed"] += 1
        return CaseClosed(
            **{
                **base,
                "id": f"{base['id']}/closed",
                "doc": None,
                "text": None,
                "note": note,
            },
            reason=f"closed by {where}",
            derived_from=base["id"],
            **self._undecided(text, review if review is not None else base.get("review")),
        )

    def _undecided(self, text: str | None, review: Review | None) -> dict[str, Any]:
        """What a closing entry's words say of the motions still pending: ``review`` where
        its own reading is uncertain or it speaks of motions ("the motion to dismiss is
        granted", "all pending applications are denied as moot"), which it may have ruled
        on in words not read; and the motions on the docket it names by number."""
        out: dict[str, Any] = {}
        if review is not None or (text and _SPEAKS_OF_MOTIONS.search(text)):
            out["undecided"] = "review"
        if text:
            named = {int(n) for n in _NUMBER.findall(text)} & self.ctx.motions.keys()
            if named:
                out["names_motions"] = tuple(sorted(named))
        return out

    def _motions(self, e: RawEntry, d: Draft, base: dict[str, Any]) -> list[DocketEvent]:
        """The motion an entry files, or each motion of a document holding several: one
        event per motion, each with its ``part`` (ids ``{entry}``, ``{entry}/part2``...)."""
        assert d.kind is not None
        ctx = self.ctx
        pending = ctx.first_motion(d.stay_pending) if d.stay_pending else None
        parts = [(d.kind, d.title), *((f.kind, f.title) for f in d.further)]
        several = len(parts) > 1
        self.report.several += several
        noted = self._noted(base, d.rule)
        out: list[DocketEvent] = []
        if d.withdrawn_by is not None and e.doc is not None and d.withdrawn_by > e.doc:
            ctx.withdrawn_by.setdefault(d.withdrawn_by, []).append(e.doc)
        hearing = hearing_date(e.text)
        if hearing is not None:
            noted = {**noted, "hearing": hearing}
        for k, (kind, title) in enumerate(parts, start=1):
            part = k if several else None
            fields = noted if k == 1 else {**noted, "id": f"{noted['id']}/part{k}"}
            if e.doc is not None:
                ctx.add_motion(
                    e.doc,
                    kind,
                    title or "",
                    pending,
                    d.filed_by or "",
                    d.attorney,
                    part,
                    e.text or "",
                )
            else:
                ctx.add_unnumbered_motion(
                    fields["id"],
                    kind,
                    title or "",
                    d.filed_by or "",
                    d.attorney,
                    part,
                    e.text or "",
                )
            out.append(
                MotionFiled(
                    **fields,
                    part=part,
                    kind=kind,
                    grounds=d.grounds,
                    movants=(d.filed_by,) if d.filed_by else (),
                    title=title,
                    stay_pending=pending if kind in _STAYS else None,
                )
            )
        response, reply, at = briefing_dates(e.text)
        if at >= 0 and e.doc is not None:
            # The clerk's "Responses due by ... Replies due by ..." on the motion's own entry.
            for k in range(1, len(parts) + 1):
                out.append(self._scheduled(base, e.doc, k if several else None, response, reply))
        if e.doc is not None:
            self.motion_filed[e.doc] = base["filed"]
            out.extend(self._granted_before(e, base))
        return out

    def _answer(self, e: RawEntry, d: Draft, base: dict[str, Any]) -> DocketEvent:
        """A response or reply, with the motion it answers looked up on the docket.

        On a document holding several motions, a brief answers the one motion whose kind it
        names; one naming several, or none, answers the document (each motion in it).
        """
        ctx = self.ctx
        to = ctx.first_motion(d.targets)
        part: int | None = None
        if to is not None:
            part = ctx.part_answered(to, d.target_kinds)
        elif d.target_kind is not None and d.target_kind is not MotionKind.OTHER:
            hit = ctx.pending_of_kind(d.target_kind)
            if hit is not None:
                to, part = hit.key
        if to is None and d.conditional:
            return self._generic(base, e, f"generic.{d.rule}_not_to_a_motion")
        if e.doc is not None and to is not None:
            ctx.answers[e.doc] = to
        if d.type == "reply_filed":
            return ReplyFiled(**self._noted(base, d.rule), to_motion=to, to_part=part)
        if d.in_support and to is not None and ctx.filed_by_movant(to, d.filed_by, d.attorney):
            return ReplyFiled(
                **self._noted(base, "reply.movants_response_in_support"),
                to_motion=to,
                to_part=part,
            )
        return ResponseFiled(
            **self._noted(base, d.rule), to_motion=to, to_part=part, position=d.position
        )

    def _judgment(self, e: RawEntry, d: Draft, base: dict[str, Any]) -> list[DocketEvent]:
        out: list[DocketEvent] = []
        extra = ""
        if d.rulings:
            rulings, unresolved, rules = self.ctx.rulings(d.rulings, e.doc, base["filed"])
            self.report.unresolved.extend(unresolved)
            if rulings:
                self.report.added["order"] += 1
                extra = f"its rulings are order {base['id']}/rulings"
                out.append(
                    OrderEntered(
                        **{**base, "id": f"{base['id']}/rulings", "doc": None},
                        classified_by=d.rule,
                        rulings=rulings,
                        note=f"rulings stated in judgment {base['id']} "
                        f"({', '.join(sorted(set(rules)))})",
                    )
                )
        doubt = doubt_on_ending(e.text, self.ctx) if d.final else None
        if doubt is not None:
            self.ctx.doubt(doubt.may_rule_on)
        out.append(
            JudgmentEntered(
                **self._noted(base, d.rule, extra),
                review=doubt,
                final=d.final,
                in_favor_of=d.in_favor_of,
                **(self._undecided(e.text, doubt) if d.final else {}),
            )
        )
        return out

    def _known_from_order(self, e: RawEntry, d: Draft, base: dict[str, Any]) -> list[DocketEvent]:
        """The motions an order rules on that the sheet does not hold (a partial sheet: a
        history report, a RECAP docket missing entries), when the order calls them motions
        ("granting 164 Sealed Motion for Leave to File Document Under Seal"): each is known
        from the order alone, filed on or before it; its filing date is not known, so it is
        entered on the order's date, marked reconstructed."""
        ctx = self.ctx
        out: list[DocketEvent] = []
        # Not the order's text, review, filer or entered date: the motion is none of these.
        fields = {
            k: v for k, v in base.items() if k not in ("text", "review", "filed_by", "entered")
        }
        last = e.doc if e.doc is not None else max(ctx.types, default=0)
        for draft in d.rulings:
            if not draft.called_motion:
                continue
            for n in draft.docs:
                if n in ctx.types or n >= last:
                    continue  # on the sheet, or not before the order (a later number)
                words = draft.named_words or "Motion"
                at = (e.text or "").lower().find(words)  # the words as the order writes them
                title = " ".join((e.text[at : at + len(words)] if at >= 0 else words).split())
                kind = draft.named_kind or motion_kind(title)
                ctx.types[n] = "motion_filed"
                ctx.add_motion(n, kind, title)
                self.report.added["motion_filed"] += 1
                out.append(
                    MotionFiled(
                        **{
                            **fields,
                            "id": f"{base['id']}/motion{n}",
                            "doc": n,
                            "reconstructed": True,
                            "classified_by": "motion.known_from_order",
                        },
                        kind=kind,
                        title=title,
                        note=f"Doc. {n} is not on this sheet: known from the order "
                        f"{base['id']} ruling on it, filed on or before that day",
                    )
                )
        return out

    def _order(self, e: RawEntry, d: Draft, base: dict[str, Any]) -> list[DocketEvent]:
        ctx = self.ctx
        known = self._known_from_order(e, d, base) if e.text else []
        if not self.closed and any(isinstance(r.leave_condition, CaseReopened) for r in d.rulings):
            d = d._replace(rulings=_reopening_unplaced(d.rulings))
        withdrawals = self._withdrawn_in_order(d, base)
        if withdrawals:
            d = d._replace(rulings=tuple(r for r in d.rulings if r.rule != WITHDRAWN_RULE))
        narrowed = ctx.narrowed(d.rulings)
        rulings, unresolved, rules = ctx.rulings(d.rulings, e.doc, base["filed"])
        self.report.unresolved.extend(unresolved)
        granted = [
            m
            for r in rulings
            if r.disposition.value in ("granted", "granted_in_part")
            and (m := ctx.ruled(r)) is not None
            and m.kind in _STAYS
        ]
        extra = f"rulings read by {', '.join(sorted(set(rules)))}" if rules else ""
        # Nunc pro tunc: an order takes effect earlier than it was filed, never later.
        effective = d.effective if d.effective is not None and d.effective < base["filed"] else None
        # Where the words rule or dismiss but the reader could not say on what, a person
        # reviews it: the posture flags the motions (or the case), and changes nothing.
        ruled = {r.motion for r in rulings if r.motion is not None}
        ruled_keys = {(r.motion, r.part) for r in rulings if r.motion is not None}
        doubt = doubt_on_rulings(e.text, ruled, ctx, list(d.refs), advised=d.advised)
        if not d.closes and not self.closed:
            remand = _remand_granted(rulings, ctx, e.text)
            if remand:
                d = d._replace(closes=True)
            elif remand is None:
                doubt = merge_doubts(
                    doubt,
                    Review(
                        reason="it grants a motion to remand that may reach only part of the "
                        "case: it may end the case",
                        may_close=True,
                    ),
                )
        if doubt is None and not d.closes:
            doubt = doubt_on_closing(e.text, paper=False)
        doubt = merge_doubts(
            narrowed,
            doubt,
            doubt_on_terminating(e.text, rulings),
            doubt_on_sweep(ctx),
            doubt_on_unplaced(ctx),
            doubt_on_leave(ctx),
        )
        if d.closes:
            doubt = merge_doubts(doubt, doubt_on_ending(e.text, ctx, doubt, ruled=ruled_keys))
        elif doubt is not None and doubt.may_close:
            # It dismisses without plainly ending the case: a pending motion to dismiss may
            # be what it granted.
            doubt = merge_doubts(
                doubt, doubt_on_ending(e.text, ctx, doubt, ends=False, ruled=ruled_keys)
            )
        if doubt is not None and d.abeyances:
            # A motion the order holds in abeyance, or one the abeyance waits on, is read.
            read = {n for held, waits, _ in d.abeyances for n in (*held, *waits)}
            left = tuple(n for n in doubt.may_rule_on if n not in read)
            if left or doubt.may_close or doubt.may_schedule:
                doubt = doubt.model_copy(update={"may_rule_on": left})
            else:
                doubt = None
        if doubt is not None:
            ctx.doubt(doubt.may_rule_on, doubt.may_rule_on_entries)
        schedule = d.schedule if _CIVIL.search(self.case) else None
        if doubt is None and schedule is not None and schedule.unread:
            doubt = Review(
                reason="a scheduling order whose discovery dates could not be read: discovery "
                "may be open, and the day it closes is unknown",
                may_schedule=True,
            )
        lifts, stays = d.lifts, d.stays
        if not stays:
            # Granting a motion to stay the case as to some parties only stays it as to them
            # (its title says so, the order does not repeat it).
            stays = tuple(
                StayDraft(StayScope.PARTIES, parties)
                for g in granted
                if (parties := parties_asked(g.text or g.title))
            )
        if schedule is not None and schedule.recommences is not None:
            # "Discovery shall recommence on ...": the stay in force lifts, and discovery is
            # stayed until that day if it is still ahead.
            if not lifts and any(s is not StayScope.PARTIES for s in ctx.stay_scopes):
                lifts = (LiftDraft(None),)
            if schedule.recommences > base["filed"]:
                stays = (*stays, StayDraft(StayScope.DISCOVERY, until=schedule.recommences))
        out: list[DocketEvent] = [
            OrderEntered(
                **self._noted(base, d.rule, extra),
                review=doubt,
                rulings=rulings,
                lifts=ctx.lifts(lifts),
                stays=ctx.stays(stays, granted),
                effective=effective,
                opens_discovery=schedule is not None and schedule.opens,
                discovery_closes=schedule.closes if schedule is not None else None,
                reopens=self._reopens(d, rulings),
                defaults_set_aside=d.defaults_set_aside,
                **self._abeyances(d),
            )
        ]
        if d.closes:
            where = f"Doc. {e.doc}" if e.doc is not None else base["id"]
            out.append(
                self._closed(
                    base, f"the order {where} closes the case", f"order {where}", e.text, doubt
                )
            )
        return [*known, *withdrawals, *out]

    def _withdrawn_in_order(self, d: Draft, base: dict[str, Any]) -> list[DocketEvent]:
        """The motions an order records as withdrawn ("Motion to enforce [206] is withdrawn
        without prejudice"): each pending motion it names is withdrawn by this entry, as a
        notice of withdrawal would withdraw it, and so is the one pending motion its words
        name ("the Motion to Compel is WITHDRAWN"); a number that is no pending motion, or
        words that fit none or several, stay a ruling read as moot, or flagged."""
        docs: list[int] = []
        for draft in d.rulings:
            if draft.rule != WITHDRAWN_RULE:
                continue
            if not draft.docs:
                # "the Motion to Compel is WITHDRAWN": the one pending motion its words name.
                hit = self.ctx.pending_of_kind(draft.kind, draft.words or "")
                if hit is None or hit.doc < 0:
                    return []
                docs.append(hit.doc)
            for n in draft.docs:
                if not any(m.pending for m in self.ctx.motions.get(n, ())):
                    return []
                docs.append(n)
        return [
            self._withdrawal(base, n, f"the order records Doc. {n} withdrawn", WITHDRAWN_RULE)
            for n in dict.fromkeys(docs)
        ]
