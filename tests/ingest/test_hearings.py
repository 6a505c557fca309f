"""Reading motion hearings from CM/ECF text (issue 18): in the motion's own entry, and in a
later entry that sets or resets it. The texts are quoted from the C.D. Cal. and N.D. Cal.
sheets among the juriscraper and CourtListener dockets (see tests/fixtures/dockets)."""

from __future__ import annotations

from datetime import date

from docket import replay
from docket.events import BriefingScheduled, HearingNoticed, MotionFiled, ResponseFiled
from docket.ingest import RawDocket, RawEntry, build
from docket.ingest.hearings import hearing_date

CDCAL_MOTION = (
    "NOTICE OF MOTION AND MOTION to Dismiss Plaintiffs' Second Amended Complaint Pursuant To "
    "Fed. R. Civ. P. 12(b)(6) filed by Defendants Ericsson Inc., Telefonaktienbolaget LM "
    "Ericsson. Motion set for hearing on 9/15/2014 at 01:30 PM before Judge James V. Selna."
)
CDCAL_RESET = (
    "ORDER by Judge James V. Selna: granting [51] Request to Continue. Motions [42][43] reset "
    "for hearing on 9/22/2014 at 01:30 PM before Judge James V. Selna. (twdb)"
)
NDCAL_MOTION = (
    "MOTION to Remand and Memorandum of Points and Authorities in Support Thereof filed by Marc "
    "Anderson, Ellexa Conway. Motion Hearing set for 7/7/2015 09:00 AM in Courtroom E, 15th "
    "Floor, San Francisco before Magistrate Judge Elizabeth D. Laporte. Responses due by "
    "6/12/2015. Replies due by 6/19/2015."
)


def test_a_hearing_is_read_from_the_motion_entry_and_from_a_reset() -> None:
    assert hearing_date(CDCAL_MOTION) == date(2014, 9, 15)
    assert hearing_date(NDCAL_MOTION) == date(2015, 7, 7)
    assert hearing_date(CDCAL_RESET) == date(2014, 9, 22)


def test_a_stricken_or_status_hearing_sets_no_motion_hearing() -> None:
    assert hearing_date("Kocoras: Motion hearing set for 10/5/2016 is stricken.") is None
    assert hearing_date("Initial status hearing set for 4/19/17 at 9:15 a.m.") is None
    assert hearing_date("Motion Hearing set for 13/45/2016 09:00 AM") is None


def _sheet(court: str, *entries: tuple[str, int | None, str]) -> RawDocket:
    raw = [
        RawEntry(i, date.fromisoformat(day), None, doc, None, "", text, None)
        for i, (day, doc, text) in enumerate(entries)
    ]
    return RawDocket("sheet.json", court, "8:14-cv-00341", "TCL v. Ericsson", None, (), tuple(raw))


def test_the_importer_carries_the_hearing_and_a_reset_moves_the_opposition() -> None:
    raw = _sheet(
        "cacd",
        ("2014-02-28", 1, "COMPLAINT against Ericsson Inc. filed by TCL Communication."),
        ("2014-08-12", 43, CDCAL_MOTION),
        ("2014-08-22", 51, "APPLICATION to Continue hearing filed by Plaintiff TCL."),
        ("2014-08-25", 52, CDCAL_RESET.replace("Motions [42][43]", "Motion [43]")),
        (
            "2014-08-29",
            55,
            "OPPOSITION to NOTICE OF MOTION AND MOTION to Dismiss 43 filed by Plaintiff TCL.",
        ),
    )
    events = build(raw).events
    (motion,) = [e for e in events if isinstance(e, MotionFiled) and e.doc == 43]
    assert motion.hearing == date(2014, 9, 15)
    (notice,) = [e for e in events if isinstance(e, HearingNoticed)]
    assert (notice.motion, notice.hearing, notice.doc) == (43, date(2014, 9, 22), None)
    assert any(isinstance(e, ResponseFiled) for e in events)
    p = replay(events)
    # L.R. 7-9: 21 days before the reset hearing of Mon 2014-09-22 is Mon 2014-09-01, Labor
    # Day, so back to Fri 2014-08-29 (FRCP 6(a)(5)): the opposition filed that day is on time.
    # Against the first hearing (Mon 2014-09-15) it was due Mon 2014-08-25, and would be late.
    assert not [a for a in p.anomalies if a.code == "late_response"]
    assert p.motion(43).hearing == date(2014, 9, 22)  # type: ignore[union-attr]
    first = replay([e for e in events if not isinstance(e, HearingNoticed)])
    (late,) = [a for a in first.anomalies if a.code == "late_response"]
    assert "due on 2014-08-25" in late.reason


def test_the_clerks_response_and_reply_dates_on_a_motion_become_its_briefing_schedule() -> None:
    raw = _sheet(
        "cand",
        ("2015-04-01", 1, "COMPLAINT against SeaWorld filed by Marc Anderson."),
        ("2015-05-29", 15, NDCAL_MOTION),
        ("2015-06-12", 20, "OPPOSITION/RESPONSE (re 15 MOTION to Remand ) filed by SeaWorld."),
    )
    events = build(raw).events
    (scheduled,) = [e for e in events if isinstance(e, BriefingScheduled)]
    assert (scheduled.motion, scheduled.response_due, scheduled.reply_due) == (
        15,
        date(2015, 6, 12),
        date(2015, 6, 19),
    )
    p = replay(events, as_of=date(2015, 6, 12))
    (reply,) = p.deadlines
    assert (reply.due, reply.unverified) == (date(2015, 6, 19), None)


def test_a_later_entry_resetting_deadlines_names_the_motions_it_sets() -> None:
    raw = _sheet(
        "cand",
        ("2015-04-01", 1, "COMPLAINT against SeaWorld filed by Marc Anderson."),
        ("2016-12-13", 99, "MOTION to Dismiss Portions of Third Amended Complaint filed by X."),
        (
            "2016-12-14",
            101,
            "ORDER GRANTING 100 STIPULATION SETTING BRIEFING SCHEDULE as to 99 MOTION to Dismiss "
            "Portions of Third Amended Complaint. Signed by Judge JEFFREY S. WHITE on 12/14/16. "
            "Responses due by 1/6/2017. Replies due by 1/20/2017. (jjoS, COURT STAFF)",
        ),
    )
    (scheduled,) = [e for e in build(raw).events if isinstance(e, BriefingScheduled)]
    assert (scheduled.motion, scheduled.response_due) == (99, date(2017, 1, 6))
