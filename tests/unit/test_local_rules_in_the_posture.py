"""The posture under a court's own pack: verified periods as fact, unverified ones flagged,
and no deadline where the court's rule sets none that can run (issue 18)."""

from __future__ import annotations

from datetime import date

from docket import replay
from docket.events import CaseOpened, MotionFiled, MotionKind, ResponseFiled
from docket.render import posture_text


def _case(court: str, *events: object) -> list[object]:
    case = f"{court}-1:22-cv-00001"
    opened = CaseOpened(id="c1", case=case, doc=1, filed=date(2020, 1, 6), court=court)
    return [opened, *events]


def _motion(court: str, filed: date, kind: MotionKind = MotionKind.DISMISS) -> MotionFiled:
    return MotionFiled(id="m10", case=f"{court}-1:22-cv-00001", doc=10, filed=filed, kind=kind)


def _response(court: str, filed: date) -> ResponseFiled:
    return ResponseFiled(id="r12", case=f"{court}-1:22-cv-00001", doc=12, filed=filed, to_motion=10)


def test_a_verified_local_period_runs_as_fact() -> None:
    # N.D. Tex. LR 7.1(e) (text read): 21 days from filing; Fri 2022-04-01 -> Fri 2022-04-22.
    p = replay(_case("txnd", _motion("txnd", date(2022, 4, 1))), as_of=date(2022, 4, 1))
    (d,) = p.deadlines
    assert (d.due, d.rule, d.unverified) == (date(2022, 4, 22), "txnd.7_1e.response", None)


def test_an_unverified_local_period_is_shown_as_unverified() -> None:
    # S.D. Fla. L.R. 7.1(c)(1), read in summaries only: 14 days, flagged.
    p = replay(_case("flsd", _motion("flsd", date(2022, 4, 1))), as_of=date(2022, 4, 1))
    (d,) = p.deadlines
    assert d.due == date(2022, 4, 15)
    assert d.unverified is not None and "S.D. Fla. L.R. 7.1(c)(1)" in d.unverified
    assert "UNVERIFIED period" in posture_text(p)


def test_a_late_response_under_an_unverified_period_says_so() -> None:
    events = _case("flsd", _motion("flsd", date(2022, 4, 1)), _response("flsd", date(2022, 4, 20)))
    p = replay(events, as_of=date(2022, 4, 20))
    (late,) = [a for a in p.anomalies if a.code == "late_response"]
    assert "unverified" in late.reason


def test_a_timely_response_under_the_courts_own_longer_period_is_not_late() -> None:
    # 18 days after the motion: late under the FRCP base's 14-day default, timely under
    # N.D. Tex. LR 7.1(e)'s 21 days.
    events = _case("txnd", _motion("txnd", date(2022, 4, 1)), _response("txnd", date(2022, 4, 19)))
    p = replay(events, as_of=date(2022, 4, 19))
    assert not [a for a in p.anomalies if a.code == "late_response"]


def test_no_response_deadline_runs_where_the_court_sets_briefing_by_order() -> None:
    # N.D. Ill. LR 78.3: "The court may set a briefing schedule."
    events = _case("ilnd", _motion("ilnd", date(2022, 4, 1)), _response("ilnd", date(2022, 5, 20)))
    p = replay(events, as_of=date(2022, 5, 20))
    assert p.deadlines == () and not p.anomalies
    (m,) = p.motions
    assert any("LR 78.3" in s.what for s in m.because)


def test_no_response_deadline_runs_for_a_hearing_court_without_a_hearing_date() -> None:
    p = replay(_case("cacd", _motion("cacd", date(2022, 4, 1))), as_of=date(2022, 4, 1))
    assert p.deadlines == ()
    (m,) = p.motions
    assert any("no hearing date" in s.what for s in m.because)
