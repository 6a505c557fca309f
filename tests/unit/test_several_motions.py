"""One document holding several motions, ruled on separately (issue 6).

CM/ECF dockets a combined filing ("MOTION to Dismiss and MOTION for Summary Judgment") as one
entry holding two motion events; the court rules on each ("ORDER granting 45 Motion to
Dismiss; denying 45 Motion for Summary Judgment"). Each motion is its own ``motion_filed``
with the document's number and its ``part``; references say which part they name.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from docket import replay
from docket.audit import explain
from docket.events import (
    DateReached,
    Disposition,
    EventBase,
    Extension,
    ExtensionNoticed,
    LeaveToRefile,
    MotionFiled,
    MotionKind,
    MotionResolved,
    MotionRuled,
    MotionWithdrawn,
    OrderEntered,
    ReplyFiled,
    ResponseFiled,
    Ruling,
    StayImposed,
    StayScope,
    dump_event,
    event_json_schema,
    parse_event,
)
from docket.render import posture_text
from docket.store import open_store

ROOT = Path(__file__).resolve().parents[2]
CASE = "test-parts"
D = date(2021, 3, 1)
K = MotionKind
DISP = Disposition


def day(n: int) -> date:
    return D + timedelta(days=n)


def part(p: int | None, kind: MotionKind, doc: int = 45, on: int = 0) -> MotionFiled:
    suffix = "" if p in (None, 1) else f"/part{p}"
    return MotionFiled(
        id=f"{CASE}/{doc}{suffix}",
        case=CASE,
        doc=doc,
        filed=day(on),
        part=p,
        kind=kind,
        movants=("Defendants",),
    )


def two_motions() -> list[MotionFiled]:
    return [part(1, K.DISMISS), part(2, K.SUMMARY_JUDGMENT)]


def order(doc: int, *rulings: Ruling, on: int = 10, **more: object) -> OrderEntered:
    return OrderEntered(
        id=f"{CASE}/{doc}", case=CASE, doc=doc, filed=day(on), rulings=rulings, **more
    )


def codes(events: list) -> list[tuple[int | None, str]]:
    return [(a.doc, a.code) for a in replay(events, as_of=day(100)).anomalies]


# -- replay ---------------------------------------------------------------------------------


def test_one_part_granted_and_the_other_denied_each_keep_their_own_disposition() -> None:
    events = [
        *two_motions(),
        order(
            50,
            Ruling(motion=45, part=1, disposition=DISP.GRANTED),
            Ruling(motion=45, part=2, disposition=DISP.DENIED),
        ),
    ]
    p = replay(events, as_of=day(20))
    assert p.anomalies == ()
    assert p.motion(45, 1).status == "granted"
    assert p.motion(45, 2).status == "denied"
    assert [m.part for m in p.motions_of(45)] == [1, 2]
    text = posture_text(p)
    assert "Doc. 45 part 1: motion to dismiss by Defendants" in text
    assert "Doc. 45 part 2: motion for summary judgment by Defendants" in text


def test_a_document_holding_several_motions_has_no_single_motion_without_a_part() -> None:
    p = replay(two_motions(), as_of=day(1))
    with pytest.raises(KeyError):
        p.motion(45)
    with pytest.raises(KeyError):
        p.motion(45, 3)


def test_a_ruling_naming_the_document_but_not_the_part_is_flagged_and_not_applied() -> None:
    events = [*two_motions(), order(50, Ruling(motion=45, disposition=DISP.GRANTED))]
    p = replay(events, as_of=day(20))
    assert [(a.doc, a.code) for a in p.anomalies] == [(50, "ambiguous_motion")]
    assert "holds 2 motions" in p.anomalies[0].reason
    assert {m.status for m in p.motions_of(45)} == {"pending"}


def test_a_ruling_on_a_part_the_document_does_not_hold_is_an_unknown_motion() -> None:
    events = [*two_motions(), order(50, Ruling(motion=45, part=3, disposition=DISP.GRANTED))]
    assert codes(events) == [(50, "unknown_motion")]


def test_a_ruling_without_a_part_still_names_the_only_motion_of_a_document() -> None:
    events = [part(None, K.DISMISS), order(50, Ruling(motion=45, disposition=DISP.DENIED))]
    assert replay(events, as_of=day(20)).motion(45).status == "denied"


def test_the_same_part_filed_twice_and_a_part_beside_a_plain_motion_are_duplicates() -> None:
    again = part(2, K.SUMMARY_JUDGMENT).model_copy(update={"id": "again"})
    assert codes([*two_motions(), again]) == [(45, "duplicate_docket_number")]
    plain_then_part = [part(None, K.DISMISS), part(2, K.SUMMARY_JUDGMENT)]
    assert codes(plain_then_part) == [(45, "duplicate_docket_number")]
    not_a_motion = ResponseFiled(id="r", case=CASE, doc=45, filed=D, to_motion=None)
    assert codes([not_a_motion, part(1, K.DISMISS)]) == [(45, "duplicate_docket_number")]


def test_a_stay_pending_one_part_lifts_when_that_part_is_decided_not_the_other() -> None:
    stay = order(
        50,
        on=5,
        stays=(
            StayImposed(scope=StayScope.DISCOVERY, lifts_when=MotionResolved(motion=45, part=2)),
        ),
    )
    other_decided = order(51, Ruling(motion=45, part=1, disposition=DISP.DENIED), on=10)
    stay_part_decided = order(52, Ruling(motion=45, part=2, disposition=DISP.DENIED), on=20)
    events = [*two_motions(), stay, other_decided, stay_part_decided]
    assert replay(events, as_of=day(15)).discovery.status == "stayed"
    after = replay(events, as_of=day(21))
    assert after.discovery.stays[0].status == "lifted"
    assert after.discovery.stays[0].lifts_when_text == "resolution of Doc. 45 part 2"
    assert after.anomalies == ()


def test_a_motion_to_stay_pending_one_part_stays_until_that_part_is_resolved() -> None:
    to_stay = MotionFiled(
        id=f"{CASE}/46",
        case=CASE,
        doc=46,
        filed=day(1),
        kind=K.STAY_DISCOVERY,
        stay_pending=45,
        stay_pending_part=2,
    )
    granted = order(50, Ruling(motion=46, disposition=DISP.GRANTED), on=5)
    p = replay([*two_motions(), to_stay, granted], as_of=day(6))
    (stay,) = p.discovery.stays
    assert stay.lifts_when == MotionResolved(motion=45, part=2)
    assert stay.on_motion == 46 and stay.status == "in_force"


def test_a_stay_pending_the_whole_document_lifts_only_when_every_motion_is_resolved() -> None:
    stay = order(
        50, on=5, stays=(StayImposed(scope=StayScope.CASE, lifts_when=MotionResolved(motion=45)),)
    )
    one = order(51, Ruling(motion=45, part=1, disposition=DISP.GRANTED), on=10)
    both = order(52, Ruling(motion=45, part=2, disposition=DISP.MOOT), on=20)
    events = [*two_motions(), stay, one, both]
    assert replay(events, as_of=day(15)).case.status == "stayed"
    assert replay(events, as_of=day(21)).case.status == "open"
    assert replay(events, as_of=day(21)).anomalies == ()


def test_a_ruling_condition_on_the_document_is_flagged_and_holds_once_any_part_meets_it() -> None:
    denied = order(
        47,
        Ruling(
            motion=30,
            disposition=DISP.DENIED_WITHOUT_PREJUDICE,
            leave_to_refile=LeaveToRefile(
                condition=MotionRuled(motion=45, dispositions=(DISP.DENIED,))
            ),
        ),
        on=5,
    )
    events = [
        *two_motions(),
        part(None, K.COMPEL, doc=30),
        denied,
        order(50, Ruling(motion=45, part=1, disposition=DISP.GRANTED), on=10),
        order(51, Ruling(motion=45, part=2, disposition=DISP.DENIED), on=20),
    ]
    assert (47, "ambiguous_motion") in codes(events)
    assert replay(events, as_of=day(15)).motion(30).leave_to_refile.status == "conditional"
    assert replay(events, as_of=day(21)).motion(30).leave_to_refile.status == "available"


def test_a_ruling_condition_on_one_part_fails_when_that_part_is_granted() -> None:
    denied = order(
        47,
        Ruling(
            motion=30,
            disposition=DISP.DENIED_WITHOUT_PREJUDICE,
            leave_to_refile=LeaveToRefile(
                condition=MotionRuled(motion=45, part=2, dispositions=(DISP.DENIED,))
            ),
        ),
        on=5,
    )
    events = [
        *two_motions(),
        part(None, K.COMPEL, doc=30),
        denied,
        order(50, Ruling(motion=45, part=1, disposition=DISP.DENIED), on=10),
        order(51, Ruling(motion=45, part=2, disposition=DISP.GRANTED), on=20),
    ]
    assert codes(events) == []
    assert replay(events, as_of=day(15)).motion(30).leave_to_refile.status == "conditional"
    assert replay(events, as_of=day(21)).motion(30).leave_to_refile.status == "foreclosed"


def test_a_response_to_one_part_briefs_that_part_only() -> None:
    response = ResponseFiled(id="r", case=CASE, doc=47, filed=day(3), to_motion=45, to_part=2)
    p = replay([*two_motions(), response], as_of=day(4))
    assert p.motion(45, 2).briefing.response == 47
    assert p.motion(45, 1).briefing.response is None
    assert {d.id for d in p.deadlines} == {"response:45.1", "reply:45.2"}


def test_a_response_and_reply_to_the_document_brief_every_motion_in_it() -> None:
    response = ResponseFiled(id="r", case=CASE, doc=47, filed=day(3), to_motion=45)
    reply = ReplyFiled(id="y", case=CASE, doc=48, filed=day(5), to_motion=45)
    p = replay([*two_motions(), response, reply], as_of=day(6))
    assert p.anomalies == ()
    for m in p.motions_of(45):
        assert (m.briefing.response, m.briefing.reply, m.briefing.status) == (47, 48, "complete")


def test_an_extension_on_the_document_moves_every_motions_deadline_and_one_part_only_its_own() -> (
    None
):
    notice = ExtensionNoticed(
        id="x", case=CASE, doc=47, filed=day(3), motion=45, deadline="response", until=day(40)
    )
    p = replay([*two_motions(), notice], as_of=day(4))
    assert {(d.id, d.due) for d in p.deadlines} == {
        ("response:45.1", day(40)),
        ("response:45.2", day(40)),
    }
    by_order = order(
        47,
        on=3,
        extensions=(Extension(motion=45, part=1, deadline="response", until=day(30)),),
    )
    p = replay([*two_motions(), by_order], as_of=day(4))
    dues = {d.id: d.due for d in p.deadlines}
    assert dues["response:45.1"] == day(30) and dues["response:45.2"] != day(30)


def test_withdrawing_the_document_withdraws_each_motion_and_a_part_only_itself() -> None:
    whole = MotionWithdrawn(id="w", case=CASE, doc=47, filed=day(3), motion=45)
    p = replay([*two_motions(), whole], as_of=day(4))
    assert [m.status for m in p.motions_of(45)] == ["withdrawn", "withdrawn"]
    one = MotionWithdrawn(id="w", case=CASE, doc=47, filed=day(3), motion=45, part=1)
    p = replay([*two_motions(), one], as_of=day(4))
    assert [m.status for m in p.motions_of(45)] == ["withdrawn", "pending"]


def test_a_refiling_must_say_which_motion_of_a_document_it_refiles() -> None:
    refiled = MotionFiled(id="again", case=CASE, doc=60, filed=day(30), kind=K.DISMISS, refiles=45)
    assert codes([*two_motions(), refiled]) == [(60, "ambiguous_motion")]
    by_part = refiled.model_copy(update={"refiles_part": 1})
    assert codes([*two_motions(), by_part]) == []


# -- explain --------------------------------------------------------------------------------


def _decided() -> list:
    return [
        *two_motions(),
        order(
            50,
            Ruling(motion=45, part=1, disposition=DISP.GRANTED),
            Ruling(motion=45, part=2, disposition=DISP.DENIED),
        ),
    ]


def test_explaining_the_document_explains_each_of_its_motions() -> None:
    result = explain(replay(_decided(), as_of=day(20)), motion=45)
    assert [p.subject for p in result.parts] == ["motion 45.1", "motion 45.2"]
    text = result.text()
    assert "Doc. 45 holds 2 motions" in text
    assert "Doc. 45 part 1 (motion to dismiss) GRANTED" in text
    assert "Doc. 45 part 2 (motion for summary judgment) DENIED" in text


def test_explaining_one_part_explains_that_motion_only() -> None:
    result = explain(replay(_decided(), as_of=day(20)), motion=45, part=2)
    assert result.parts == ()
    assert result.summary == "Doc. 45 part 2 (motion for summary judgment) DENIED"


@pytest.mark.parametrize("ref", ["45.2", "45/2"])
def test_the_explain_command_picks_a_part_with_a_dot_or_a_slash(tmp_path: Path, ref: str) -> None:
    history = tmp_path / "h.jsonl"
    history.write_text("".join(dump_event(e) + "\n" for e in _decided()))
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "docket",
            "explain",
            str(history),
            "--as-of",
            "2021-04-01",
            "--motion",
            ref,
        ],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode == 0, run.stderr
    # After the two lines of the question asked.
    assert run.stdout.splitlines()[2].startswith(
        "Doc. 45 part 2 (motion for summary judgment) DENIED"
    )
    bad = subprocess.run(
        [sys.executable, "-m", "docket", "explain", str(history), "--motion", "45.x"],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert bad.returncode == 2 and "--motion" in bad.stderr


# -- the JSON: additive fields, unchanged canonical form --------------------------------------


#: Canonical JSON written by the release before parts and ``classified_by`` (commit e5e1607):
#: the founding case and five imported fixture dockets (their text comes from the fixtures
#: under tests/fixtures/dockets/, under the licences kept there). Frozen: never regenerate
#: it from the current code; it stands for histories and stores already out in the world.
BEFORE = ROOT / "tests" / "fixtures" / "canonical_before_parts.jsonl"


def _before() -> list[str]:
    lines = BEFORE.read_text(encoding="utf-8").splitlines()
    assert len(lines) > 300
    return lines


def test_every_event_written_before_parts_dumps_back_byte_for_byte() -> None:
    for line in _before():
        assert dump_event(parse_event(line)) == line


def test_an_event_written_before_parts_keeps_its_store_hash_and_chain() -> None:
    lines = _before()[:40]
    with open_store("memory:") as store:
        for line in lines:
            event = parse_event(line)
            store.append(event.case, [event])
        stored = {
            e.event.id: e for case in {parse_event(x).case for x in lines} for e in store.load(case)
        }
        for line in lines:
            entry = stored[parse_event(line).id]
            assert entry.payload == line
            assert entry.event_hash == hashlib.sha256(line.encode()).hexdigest()
        assert store.verify().ok


def test_the_new_fields_are_left_out_when_unset_and_round_trip_when_set() -> None:
    plain = MotionFiled(id="a", case=CASE, filed=D, doc=45, kind=K.DISMISS)
    dumped = json.loads(dump_event(plain))
    assert not {"part", "stay_pending_part", "refiles_part", "classified_by"} & set(dumped)
    full = [
        part(2, K.SUMMARY_JUDGMENT).model_copy(
            update={"classified_by": "motion.several_in_one_document"}
        ),
        order(
            50,
            Ruling(motion=45, part=2, disposition=DISP.GRANTED),
            stays=(
                StayImposed(
                    scope=StayScope.DISCOVERY,
                    lifts_when=MotionRuled(motion=45, part=1, dispositions=(DISP.DENIED,)),
                ),
                StayImposed(scope=StayScope.CASE, lifts_when=DateReached(on=day(9))),
            ),
        ),
        ReplyFiled(id="y", case=CASE, doc=48, filed=D, to_motion=45, to_part=1),
    ]
    for event in full:
        text = dump_event(event)
        assert parse_event(text) == event
        assert dump_event(parse_event(text)) == text
    assert '"part":2' in dump_event(full[0])
    assert '"classified_by":"motion.several_in_one_document"' in dump_event(full[0])


def test_the_json_schema_documents_the_part_and_classified_by_fields() -> None:
    schema = json.dumps(event_json_schema())
    for name in ("part", "to_part", "stay_pending_part", "refiles_part", "classified_by"):
        assert f'"{name}"' in schema, name
    assert "classified_by" in EventBase.model_fields


def test_a_part_is_counted_from_one() -> None:
    with pytest.raises(ValueError):
        Ruling(motion=45, part=0, disposition=DISP.GRANTED)


def test_a_late_response_to_the_document_is_flagged_once_not_once_per_motion() -> None:
    late = ResponseFiled(id="r", case=CASE, doc=47, filed=day(60), to_motion=45)
    p = replay([*two_motions(), late], as_of=day(61))
    flagged = [a for a in p.anomalies if a.code == "late_response"]
    assert len(flagged) == 1
    assert flagged[0].reason.startswith("response to Doc. 45 filed")
    assert {m.briefing.response for m in p.motions_of(45)} == {47}


def test_a_stay_granting_one_part_of_a_motion_to_stay_names_that_part_in_its_trail() -> None:
    to_stay = [
        MotionFiled(
            id=f"{CASE}/46", case=CASE, doc=46, filed=day(1), part=1, kind=K.STAY_DISCOVERY
        ),
        MotionFiled(id=f"{CASE}/46/part2", case=CASE, doc=46, filed=day(1), part=2, kind=K.COMPEL),
    ]
    granted = order(
        50,
        Ruling(motion=46, part=1, disposition=DISP.GRANTED),
        on=5,
        stays=(StayImposed(scope=StayScope.DISCOVERY),),
    )
    (stay,) = replay([*to_stay, granted], as_of=day(6)).discovery.stays
    assert (stay.on_motion, stay.on_motion_part) == (46, 1)
    assert stay.because[0].what == (
        "discovery stayed by order Doc. 50, granting Doc. 46 (part 1: motion to stay discovery),"
        " until further order"
    )


def test_a_stay_on_a_ruling_about_a_document_of_several_motions_is_flagged_on_its_order() -> None:
    stay = order(
        50,
        on=5,
        stays=(
            StayImposed(
                scope=StayScope.DISCOVERY,
                lifts_when=MotionRuled(motion=45, dispositions=(DISP.DENIED,)),
            ),
        ),
    )
    (anomaly,) = replay([*two_motions(), stay], as_of=day(6)).anomalies
    assert (anomaly.code, anomaly.doc, anomaly.event_id) == ("ambiguous_motion", 50, f"{CASE}/50")
    assert anomaly.reason == (
        "the stay depends on a ruling on Doc. 45, which holds several motions, without saying"
        " which: read as a ruling on any of them"
    )


def test_an_agreed_extension_naming_one_part_moves_that_parts_deadline_only() -> None:
    notice = ExtensionNoticed(
        id="x",
        case=CASE,
        doc=47,
        filed=day(3),
        motion=45,
        part=2,
        deadline="response",
        until=day(40),
    )
    p = replay([*two_motions(), notice], as_of=day(4))
    dues = {d.id: d.due for d in p.deadlines}
    assert dues["response:45.2"] == day(40)
    assert dues["response:45.1"] != day(40)
    (motion,) = [m for m in p.motions if m.part == 2]
    assert motion.briefing is not None and motion.briefing.response_due == day(40)
    assert p.anomalies == ()


def test_an_extension_of_a_parts_deadline_that_no_longer_runs_is_flagged_naming_the_part() -> None:
    response = ResponseFiled(
        id=f"{CASE}/46", case=CASE, doc=46, filed=day(2), to_motion=45, to_part=2
    )
    late = ExtensionNoticed(
        id="x",
        case=CASE,
        doc=47,
        filed=day(3),
        motion=45,
        part=2,
        deadline="response",
        until=day(40),
    )
    no_reply = ExtensionNoticed(
        id="y", case=CASE, doc=48, filed=day(3), motion=45, part=1, deadline="reply", until=day(40)
    )
    reasons = [
        (a.code, a.reason)
        for a in replay([*two_motions(), response, late, no_reply], as_of=day(4)).anomalies
    ]
    assert reasons == [
        (
            "no_deadline_to_extend",
            "notice extends a deadline, but the response deadline on Doc. 45 part 2 no longer"
            " runs (met)",
        ),
        (
            "no_deadline_to_extend",
            "notice extends a deadline, but no reply deadline runs on Doc. 45 part 1",
        ),
    ]


def test_leave_on_a_ruling_about_a_document_of_several_motions_is_flagged_on_its_order() -> None:
    leave = LeaveToRefile(condition=MotionRuled(motion=45, dispositions=(DISP.DENIED,)))
    compel = MotionFiled(id=f"{CASE}/46", case=CASE, doc=46, filed=day(1), kind=K.COMPEL)
    denied = order(
        50,
        Ruling(motion=46, disposition=DISP.DENIED_WITHOUT_PREJUDICE, leave_to_refile=leave),
        on=5,
    )
    (anomaly,) = replay([*two_motions(), compel, denied], as_of=day(6)).anomalies
    assert (anomaly.code, anomaly.doc) == ("ambiguous_motion", 50)
    assert anomaly.reason == (
        "leave to refile depends on a ruling on Doc. 45, which holds several motions, without"
        " saying which: read as a ruling on any of them"
    )


def test_refiling_a_part_without_leave_names_the_part() -> None:
    refiled = MotionFiled(
        id="again", case=CASE, doc=60, filed=day(30), kind=K.DISMISS, refiles=45, refiles_part=2
    )
    leave = LeaveToRefile(condition=DateReached(on=day(60)))
    denied = order(
        50,
        Ruling(motion=45, part=2, disposition=DISP.DENIED_WITHOUT_PREJUDICE, leave_to_refile=leave),
        on=5,
    )
    anomalies = replay([*two_motions(), denied, refiled], as_of=day(31)).anomalies
    assert [(a.code, a.reason) for a in anomalies] == [
        ("refiled_without_leave", "refiles Doc. 45 part 2, whose leave to refile is conditional")
    ]
