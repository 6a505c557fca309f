"""docket review: a person's decision on an uncertain reading becomes an event in the history."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from docket import replay
from docket.events import (
    CaseOpened,
    DocketEvent,
    MotionFiled,
    MotionKind,
    OrderEntered,
    Review,
    dump_event,
)
from docket.history import load_history

CASE = "nmd-1:10-cv-00001"
FIXTURES = Path(__file__).parents[1] / "fixtures" / "dockets" / "juriscraper" / "dockets"


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "docket", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
    )


def _write(path: Path, events: list[DocketEvent]) -> Path:
    path.write_text("".join(dump_event(e) + "\n" for e in events), encoding="utf-8")
    return path


@pytest.fixture
def history(tmp_path: Path) -> Path:
    day = date(2016, 3, 1)
    doubt = Review(reason="'the motion' names no motion by number", may_rule_on=(2,))
    return _write(
        tmp_path / "h.jsonl",
        [
            CaseOpened(id=f"{CASE}/1", case=CASE, filed=day, doc=1),
            MotionFiled(id=f"{CASE}/2", case=CASE, filed=day, doc=2, kind=MotionKind.COMPEL),
            OrderEntered(
                id=f"{CASE}/3",
                case=CASE,
                filed=date(2016, 4, 1),
                doc=3,
                text="ORDER: the motion is GRANTED.",
                review=doubt,
            ),
        ],
    )


def _decisions(tmp_path: Path, *lines: dict[str, object]) -> Path:
    path = tmp_path / "decisions.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_a_correction_applied_from_a_file_rules_as_the_person_decided(
    history: Path, tmp_path: Path
) -> None:
    decisions = _decisions(
        tmp_path,
        {
            "entry": f"{CASE}/3",
            "decision": "correct",
            "by": "A. Clerk",
            "why": "only motion pending",
            "rulings": [{"motion": 2, "disposition": "granted"}],
        },
    )
    done = _run("review", str(history), "--apply", str(decisions), "--on", "2016-05-02")
    assert done.returncode == 0, done.stderr
    assert "1 decisions recorded, 0 entries await review" in done.stderr
    events = load_history(history)
    correction = events[-1]
    assert correction.type == "entry_corrected" and correction.filed_by == "A. Clerk"
    assert correction.entered == date(2016, 5, 2) and correction.filed == date(2016, 4, 1)
    # The machine's reading stays in the history beside the person's.
    assert events[2].review is not None
    now = replay(events, as_of=date(2016, 6, 1))
    assert now.motion(2).status == "granted" and now.motion(2).decided_by == 3
    # Valid from the order's date; known only from the day of the decision.
    assert replay(events, as_of=date(2016, 4, 2)).motion(2).status == "granted"
    before = replay(events, as_of=date(2016, 6, 1), known_on=date(2016, 5, 1)).motion(2)
    assert before.status == "pending" and before.review


def test_accepting_a_reading_clears_the_flag_and_changes_nothing_else(
    history: Path, tmp_path: Path
) -> None:
    decisions = _decisions(tmp_path, {"entry": f"{CASE}/3", "decision": "accept", "by": "B"})
    assert _run("review", str(history), "--apply", str(decisions)).returncode == 0
    motion = replay(load_history(history), as_of=date(2030, 1, 1)).motion(2)
    assert motion.status == "pending" and motion.review == ()


def test_the_prompts_walk_each_uncertain_entry_and_record_the_answer(history: Path) -> None:
    done = _run("review", str(history), "--by", "C. Clerk", stdin="c\nread the order\ndenied\n")
    assert done.returncode == 0, done.stderr
    assert "ORDER: the motion is GRANTED." in done.stdout and "may rule on: Doc. 2" in done.stdout
    motion = replay(load_history(history), as_of=date(2030, 1, 1)).motion(2)
    assert motion.status == "denied"


def test_skipping_records_nothing_and_the_entry_still_awaits_review(history: Path) -> None:
    before = history.read_bytes()
    done = _run("review", str(history), "--by", "D", stdin="s\n")
    assert done.returncode == 0 and history.read_bytes() == before
    listed = _run("review", str(history), "--list").stdout
    assert listed.startswith(f"{CASE}/3\t2016-04-01\t")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ({"entry": "nope", "decision": "accept", "by": "x"}, "nope: no such entry"),
        ({"entry": f"{CASE}/2", "decision": "accept", "by": "x"}, "its reading is certain"),
        ({"entry": f"{CASE}/3", "decision": "correct", "by": "x"}, "names no ruling"),
        ({"entry": f"{CASE}/3", "decision": "maybe", "by": "x"}, "line 1: decision"),
    ],
)
def test_a_bad_decision_gets_one_line_and_the_history_is_untouched(
    history: Path, tmp_path: Path, line: dict[str, object], reason: str
) -> None:
    before = history.read_bytes()
    done = _run("review", str(history), "--apply", str(_decisions(tmp_path, line)))
    assert done.returncode == 2
    assert reason in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert history.read_bytes() == before


def test_a_decision_survives_re_importing_the_sheet_into_the_history(tmp_path: Path) -> None:
    sheet = FIXTURES / "district" / "akd.json"
    path = tmp_path / "akd.jsonl"
    assert _run("import", "juriscraper", str(sheet), "-o", str(path)).returncode == 0
    events = list(load_history(path))
    # The reader marks an entry uncertain (as it does where it cannot tie a ruling to a motion).
    i = next(i for i, e in enumerate(events) if e.type == "docket_entry" and e.doc is not None)
    events[i] = events[i].model_copy(update={"review": Review(reason="may close", may_close=True)})
    _write(path, events)
    target = events[i].id
    decisions = _decisions(
        tmp_path, {"entry": target, "decision": "correct", "by": "E", "closes": True}
    )
    assert _run("review", str(path), "--apply", str(decisions)).returncode == 0
    again = _run("import", "juriscraper", str(sheet), "--into", str(path))
    assert again.returncode == 0, again.stderr
    kept = load_history(path)
    assert [e.target for e in kept if e.type == "entry_corrected"] == [target]
    assert replay(kept).case.status == "closed"
