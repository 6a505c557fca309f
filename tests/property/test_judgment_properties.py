"""Properties of the periods that run from a judgment, over random dates of entry.

- No deadline after judgment falls on a Saturday, Sunday or legal holiday (FRCP 6(a)(1)(C);
  for the state's holidays, the reading that counts them), in any court's pack.
- The time to appeal is always listed after a final judgment (FRAP 4(a)(1)).
- A timely post-judgment motion moves the appeal deadline: it runs 30 days from the order
  disposing of the motion (FRAP 4(a)(4)(A)), never earlier than before.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from docket import replay
from docket.events import CaseOpened, JudgmentEntered, MotionFiled, MotionKind, OrderEntered, Ruling
from docket.rules import federal_holidays, state_holidays

CASE = "nmd-1:20-cv-00777"

entries = st.dates(min_value=date(2010, 1, 1), max_value=date(2034, 12, 31))
courts = st.sampled_from(["nmd", "frcp-only"])
tolling = st.sampled_from(
    [
        MotionKind.NEW_TRIAL,
        MotionKind.ALTER_JUDGMENT,
        MotionKind.RENEWED_JUDGMENT_AS_A_MATTER_OF_LAW,
        MotionKind.AMEND_FINDINGS,
        MotionKind.RELIEF_FROM_JUDGMENT,
    ]
)


def _history(court: str, entered: date, **judgment: object) -> list[object]:
    return [
        CaseOpened(id=f"{CASE}/1", case=CASE, doc=1, filed=date(2009, 6, 1), court=court),
        JudgmentEntered(id=f"{CASE}/40", case=CASE, doc=40, filed=entered, **judgment),  # type: ignore[arg-type]
    ]


def _off(day: date, *, state: bool) -> bool:
    return (
        day.weekday() >= 5
        or day in federal_holidays(day.year)
        or (state and day in state_holidays("NM", day.year))
    )


@given(entries, courts, st.sampled_from([None, "jury", "bench"]), st.booleans())
def test_no_deadline_after_judgment_falls_on_a_weekend_or_legal_holiday(
    entered: date, court: str, trial: str | None, final: bool
) -> None:
    extra = {} if final else {"final": False, "parties": ("City",)}
    p = replay(_history(court, entered, trial=trial, **extra), as_of=entered)  # type: ignore[arg-type]
    assert any(d.id == "appeal:40" for d in p.deadlines)
    for d in p.deadlines:
        for r in d.readings:
            counted_state = "state holiday" in r.assumption and "counts" in r.assumption
            assert not _off(r.due, state=counted_state), (d.id, r)
        assert d.due > entered


@given(entries, tolling, st.integers(min_value=0, max_value=27), st.integers(1, 200))
def test_a_timely_tolling_motion_moves_the_appeal_deadline_to_run_from_its_disposal(
    entered: date, kind: MotionKind, filed_after: int, decided_after: int
) -> None:
    filed = entered + timedelta(days=filed_after)
    decided = filed + timedelta(days=decided_after)
    history = [
        *_history("nmd", entered),
        MotionFiled(id=f"{CASE}/41", case=CASE, doc=41, filed=filed, kind=kind),
        OrderEntered(
            id=f"{CASE}/50",
            case=CASE,
            doc=50,
            filed=decided,
            rulings=(Ruling(motion=41, disposition="denied"),),
        ),
    ]
    before = {d.id: d for d in replay(history[:2], as_of=entered).deadlines}["appeal:40"]
    while_pending = {d.id: d for d in replay(history, as_of=filed).deadlines}["appeal:40"]
    assert while_pending.status == "suspended"
    after = {d.id: d for d in replay(history, as_of=decided).deadlines}["appeal:40"]
    assert after.status == "running"
    assert after.due >= decided + timedelta(days=30)
    assert after.due >= before.due
    assert not _off(after.due, state=False)
