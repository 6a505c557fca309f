"""An entry read without certainty flags the facts it may change; it never changes them."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from docket import replay
from docket.audit import PostureIndex
from docket.events import (
    CaseOpened,
    Disposition,
    DocketEntry,
    DocketEvent,
    MotionFiled,
    MotionKind,
    OrderEntered,
    Review,
    Ruling,
    dump_event,
)
from docket.render import posture_text

CASE = "nmd-1:10-cv-00001"
DAY = date(2010, 1, 4)


def _history(*later: DocketEvent) -> list[DocketEvent]:
    doubt = Review(reason="a ruling verb names no motion on the docket", may_rule_on=(2,))
    return [
        CaseOpened(id=f"{CASE}/1", case=CASE, filed=DAY, doc=1),
        MotionFiled(id=f"{CASE}/2", case=CASE, filed=DAY, doc=2, kind=MotionKind.COMPEL),
        MotionFiled(id=f"{CASE}/3", case=CASE, filed=DAY, doc=3, kind=MotionKind.DISMISS),
        OrderEntered(id=f"{CASE}/4", case=CASE, filed=date(2010, 2, 1), doc=4, review=doubt),
        *later,
    ]


def test_a_motion_an_uncertain_order_may_rule_on_stays_pending_and_needs_review() -> None:
    posture = replay(_history(), as_of=date(2010, 2, 2))
    flagged = posture.motion(2)
    assert flagged.status == "pending"
    assert [(r.doc, r.reason) for r in flagged.review] == [
        (4, "a ruling verb names no motion on the docket")
    ]
    assert posture.motion(3).review == ()
    assert posture.anomalies == ()


def test_the_flag_shows_only_from_the_uncertain_entry_on() -> None:
    assert replay(_history(), as_of=date(2010, 1, 31)).motion(2).review == ()


def test_a_later_certain_ruling_settles_the_motion_and_the_flag_goes() -> None:
    grant = OrderEntered(
        id=f"{CASE}/5",
        case=CASE,
        filed=date(2010, 3, 1),
        doc=5,
        rulings=(Ruling(motion=2, disposition=Disposition.GRANTED),),
    )
    posture = replay(_history(grant), as_of=date(2010, 3, 2))
    assert posture.motion(2).status == "granted"
    assert posture.motion(2).review == ()


def test_an_entry_that_may_end_the_case_leaves_it_open_and_flags_it() -> None:
    maybe = DocketEntry(
        id=f"{CASE}/5",
        case=CASE,
        filed=date(2010, 3, 1),
        doc=5,
        review=Review(
            reason="a stipulation of dismissal that may not reach every party", may_close=True
        ),
    )
    posture = replay(_history(maybe), as_of=date(2010, 3, 2))
    assert posture.case.status == "open"
    assert [r.doc for r in posture.case.review] == [5]
    text = posture_text(posture)
    assert "NEEDS REVIEW: Doc. 5 (2010-03-01) may end the case" in text
    assert "NEEDS REVIEW: Doc. 4 may rule on Doc. 2" in text


def test_the_posture_index_and_the_json_carry_the_flags_as_replay_does() -> None:
    history = _history()
    index = PostureIndex(history)
    for day in (date(2010, 1, 31), date(2010, 2, 1), date(2010, 6, 1)):
        assert index.posture(day) == replay(history, as_of=day)
    dumped = replay(history, as_of=date(2010, 2, 2)).model_dump(mode="json")
    [motion] = [m for m in dumped["motions"] if m["doc"] == 2]
    assert motion["review"][0]["event_id"] == f"{CASE}/4"


def test_an_entry_without_a_review_dumps_as_before_and_one_with_it_round_trips(
    tmp_path: Path,
) -> None:
    history = _history()
    assert '"review"' not in dump_event(history[1])
    path = tmp_path / "h.jsonl"
    path.write_text("".join(dump_event(e) + "\n" for e in history), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "docket", "posture", str(path), "--as-of", "2010-02-02", "--json"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    motions = {m["doc"]: m for m in json.loads(out)["motions"]}
    assert motions[2]["status"] == "pending" and motions[2]["review"][0]["doc"] == 4


def test_a_kept_index_reads_the_flags_back_as_replay_gives_them(tmp_path: Path) -> None:
    from docket.audit.kept import posture_from_file

    path = tmp_path / "h.jsonl"
    path.write_text("".join(dump_event(e) + "\n" for e in _history()), encoding="utf-8")
    day = date(2010, 2, 2)
    built, how = posture_from_file(path, day, use_index=True)
    read, again = posture_from_file(path, day, use_index=True)
    assert (how, again) == ("built", "read")
    assert read == built == replay(_history(), as_of=day)
    assert read.motion(2).review


def test_a_motion_a_closing_may_rule_on_is_flagged_not_called_decided() -> None:
    from docket.events import CaseClosed

    closed = CaseClosed(
        id=f"{CASE}/9",
        case=CASE,
        filed=date(2010, 3, 1),
        doc=9,
        text="ORDER: the motions are resolved; case closed.",
        reason="settled",
        # The importer marks a closing whose words speak of motions; replay follows the mark.
        undecided="review",
    )
    posture = replay(_history(closed), as_of=date(2010, 3, 2))
    assert posture.case.status == "closed"
    motion = posture.motion(3)
    assert motion.status == "pending"
    assert [r.doc for r in motion.review] == [9]
    assert "the case closed" in motion.review[0].reason
