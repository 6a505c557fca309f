"""Appeals: the notice, its time, and the stay of discovery pending a qualified-immunity appeal.

The founding case, carried on: the defendants' qualified-immunity summary-judgment motion
(Doc. 30) is denied on Mon 2020-06-01 (Doc. 60, so the stay pending it lifts by its terms);
the defendants take an interlocutory appeal (Doc. 62); the mandate issues on Fri 2021-07-30.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from docket import load_history, replay
from docket.events import (
    AppealDecided,
    AppealOutcome,
    CaseOpened,
    DocketEvent,
    Ground,
    JudgmentEntered,
    MotionFiled,
    MotionKind,
    NoticeOfAppeal,
    OrderEntered,
    Party,
    Ruling,
    StayScope,
    dump_event,
    parse_event,
)
from docket.render import posture_text

LUCERO = Path(__file__).parents[1] / "fixtures" / "lucero-v-clovis.jsonl"
CASE = "nmd-2:19-cv-00445"


def _entry(model: type[Any], doc: int | None, day: date, **fields: Any) -> DocketEvent:
    event: DocketEvent = model(id=f"{CASE}/{doc}", case=CASE, doc=doc, filed=day, **fields)
    return event


def _denied() -> DocketEvent:
    return _entry(
        OrderEntered, 60, date(2020, 6, 1), rulings=(Ruling(motion=30, disposition="denied"),)
    )


def _notice(appellants: tuple[str, ...] = ("Defendants",), **fields: Any) -> DocketEvent:
    return _entry(
        NoticeOfAppeal,
        62,
        date(2020, 6, 15),
        from_docs=(60,),
        interlocutory=True,
        appellants=appellants,
        **fields,
    )


def _mandate(**fields: Any) -> DocketEvent:
    terms: dict[str, Any] = {"appeal": 62, "on": date(2021, 7, 30), **fields}
    return _entry(AppealDecided, 80, date(2021, 8, 2), outcome=AppealOutcome.AFFIRMED, **terms)


def _lucero(*more: DocketEvent) -> list[DocketEvent]:
    return [*load_history(LUCERO), *more]


def test_denial_of_qualified_immunity_lifts_the_stay_and_opens_the_time_to_appeal() -> None:
    """The stay pending Doc. 30 lifts when Doc. 30 is resolved; the denial is a collateral
    order (Mitchell v. Forsyth, 472 U.S. 511, 530): FRAP 4(a)(1)(A), Mon 2020-06-01 + 30 =
    Wed 2020-07-01."""
    p = replay(_lucero(_denied()), as_of=date(2020, 6, 1))
    assert p.discovery.status == "open"
    appeal = next(d for d in p.deadlines if d.id == "appeal:60")
    assert appeal.due == date(2020, 7, 1)
    assert appeal.citation == "FRAP 4(a)(1)(A)"


def test_interlocutory_qualified_immunity_appeal_by_every_defendant_stays_all_discovery() -> None:
    """Griggs, 459 U.S. at 58; Stewart v. Donges, 915 F.2d at 576: discovery stays while the
    appeal is pending, in text and JSON alike, with the authorities in the explanation."""
    p = replay(_lucero(_denied(), _notice()), as_of=date(2020, 7, 1))
    assert p.discovery.status == "stayed"
    stay = p.discovery.stays[-1]
    assert (stay.status, stay.scope, stay.pending_appeal) == ("in_force", StayScope.DISCOVERY, 62)
    assert stay.explanation is not None
    for authority in ("Griggs", "Stewart v. Donges", "Behrens v. Pelletier", "Mitchell v. Forsyth"):
        assert authority in stay.explanation
    (appeal,) = p.case.appeals
    assert (appeal.status, appeal.from_docs, appeal.noticed) == (
        "pending",
        (60,),
        date(2020, 6, 15),
    )
    text = posture_text(p)
    assert "Discovery STAYED since 2020-06-15 pending the appeal, until the mandate" in text
    data = p.model_dump(mode="json")
    assert data["discovery"]["status"] == "stayed"
    assert data["case"]["appeals"][0]["status"] == "pending"


def test_the_mandate_ends_the_appeal_and_lifts_the_stay_on_the_day_it_issued() -> None:
    """The stay lasts until the mandate (issued Fri 2021-07-30, docketed Mon 2021-08-02)."""
    events = _lucero(_denied(), _notice(), _mandate())
    assert replay(events, as_of=date(2021, 7, 29)).discovery.status == "stayed"
    p = replay(events, as_of=date(2021, 7, 30))
    assert p.discovery.status == "open"
    (appeal,) = p.case.appeals
    assert (appeal.status, appeal.outcome, appeal.mandate, appeal.decided_by) == (
        "decided",
        "affirmed",
        date(2021, 7, 30),
        80,
    )
    assert p.discovery.stays[-1].lifted == date(2021, 7, 30)
    assert p.discovery.stays[-1].lift_cause == "mandate"


def test_appeal_by_some_defendants_stays_discovery_as_to_them_only() -> None:
    """Stewart v. Donges: the court may not proceed against the appellants; discovery as to
    the others goes on (scope ``parties``)."""
    opened = _entry(
        CaseOpened,
        1,
        date(2019, 5, 13),
        court="nmd",
        parties=(
            Party(name="Lucero", role="plaintiff"),
            Party(name="Officer Smith", role="defendant"),
            Party(name="City of Clovis", role="defendant", entity=True),
        ),
    )
    motion = _entry(
        MotionFiled,
        30,
        date(2019, 10, 21),
        kind=MotionKind.SUMMARY_JUDGMENT,
        grounds=(Ground.QUALIFIED_IMMUNITY,),
        movants=("Officer Smith",),
    )
    p = replay([opened, motion, _denied(), _notice(("Officer Smith",))], as_of=date(2020, 7, 1))
    stay = p.discovery.stays[-1]
    assert (stay.scope, stay.parties, stay.status) == (
        StayScope.PARTIES,
        ("Officer Smith",),
        "in_force",
    )
    assert p.discovery.status != "stayed"


def test_an_interlocutory_appeal_without_qualified_immunity_stays_nothing() -> None:
    notice = _entry(
        NoticeOfAppeal, 62, date(2020, 6, 15), interlocutory=True, appellants=("Plaintiff",)
    )
    p = replay(_lucero(_entry(OrderEntered, 60, date(2020, 6, 1)), notice), as_of=date(2020, 7, 1))
    assert p.case.appeals[0].status == "pending"
    assert all(s.pending_appeal is None for s in p.discovery.stays)


def test_a_notice_of_appeal_after_the_time_ran_out_is_flagged_as_late() -> None:
    """FRAP 4(a)(1)(A): a final judgment of Mon 2021-03-01 may be appealed until Wed
    2021-03-31; a notice of Thu 2021-04-01 is late (only FRAP 4(a)(5) or (6) could save it)."""
    events = [
        _entry(CaseOpened, 1, date(2020, 6, 1), court="nmd"),
        _entry(JudgmentEntered, 40, date(2021, 3, 1)),
        _entry(NoticeOfAppeal, 45, date(2021, 4, 1), appellants=("Plaintiff",)),
    ]
    p = replay(events, as_of=date(2021, 4, 1))
    assert [a.code for a in p.anomalies] == ["late_notice_of_appeal"]


def test_a_first_notice_gives_the_other_parties_fourteen_days_when_that_ends_later() -> None:
    """FRAP 4(a)(3): judgment Mon 2021-03-01 (appeal due Wed 2021-03-31); the plaintiff's
    notice on Mon 2021-03-29 gives the others until 14 days later, Mon 2021-04-12."""
    events = [
        _entry(CaseOpened, 1, date(2020, 6, 1), court="nmd"),
        _entry(JudgmentEntered, 40, date(2021, 3, 1)),
        _entry(NoticeOfAppeal, 45, date(2021, 3, 29), appellants=("Plaintiff",)),
    ]
    p = replay(events, as_of=date(2021, 3, 29))
    dues = {d.id: d.due for d in p.deadlines}
    assert dues["cross_appeal:40"] == date(2021, 4, 12)
    assert dues["appeal:40"] == date(2021, 3, 31)
    early = replay(
        [*events[:2], _entry(NoticeOfAppeal, 45, date(2021, 3, 2))], as_of=date(2021, 3, 2)
    )
    assert "cross_appeal:40" not in {d.id for d in early.deadlines}  # 2021-03-16 < 2021-03-31


def test_a_mandate_with_no_appeal_pending_is_flagged() -> None:
    p = replay(_lucero(_mandate(appeal=None)), as_of=date(2021, 8, 2))
    assert [a.code for a in p.anomalies] == ["unknown_appeal"]


def test_appeal_events_round_trip_and_leave_unset_fields_out() -> None:
    for event in (_notice(), _mandate(), _mandate(appeal=None, on=None)):
        line = dump_event(event)  # type: ignore[arg-type]
        assert parse_event(line) == event
    assert '"on"' not in dump_event(_mandate(appeal=None, on=None))  # type: ignore[arg-type]


def test_the_founding_case_reads_as_before() -> None:
    """Nothing in the founding case is a judgment or an appeal: its posture text is unchanged."""
    p = replay(load_history(LUCERO), as_of=date(2019, 12, 10))
    assert "judgments" not in p.model_dump(mode="json")["case"]
    assert "appeals" not in p.model_dump(mode="json")["case"]
    assert all("pending_appeal" not in s for s in p.model_dump(mode="json")["discovery"]["stays"])


def test_a_notice_from_the_order_denying_immunity_is_interlocutory_even_unsaid() -> None:
    """Imported notices often read "NOTICE OF APPEAL as to 60 Order": before final judgment an
    appeal from an order is interlocutory, and from this one it stays discovery."""
    notice = _entry(
        NoticeOfAppeal, 62, date(2020, 6, 15), from_docs=(60,), appellants=("Defendants",)
    )
    p = replay(_lucero(_denied(), notice), as_of=date(2020, 7, 1))
    assert p.discovery.status == "stayed"
