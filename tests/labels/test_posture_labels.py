"""The posture-fact labels: a frozen test split, facts that follow the guide, a working scorer."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
LABELS = ROOT / "tests" / "fixtures" / "labels" / "posture"
SPLIT = json.loads((LABELS / "split.json").read_text(encoding="utf-8"))
FIELDS = [
    "ucid",
    "as_of",
    "fact",
    "doc",
    "part",
    "status",
    "leave_to_refile",
    "family",
    "evidence",
    "note",
]
STATUSES = {
    "motion": {
        "pending",
        "granted",
        "granted_in_part",
        "denied",
        "denied_without_prejudice",
        "moot",
        "withdrawn",
        "terminated_with_case",
        "disposed_unknown",
    },
    "case": {"open", "stayed", "closed"},
    "discovery": {"stayed", "not_stayed"},
}
FAMILIES = {
    None,
    "ruling_missed",
    "partial",
    "scope",
    "stay_lift",
    "close_reopen",
    "leave",
    "withdrawal",
    "dates",
}


def _facts(split: str) -> list[dict[str, object]]:
    text = (LABELS / f"{split}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_the_test_split_is_frozen_its_labels_unchanged_since_they_were_committed() -> None:
    recorded = (LABELS / "test.sha256").read_text(encoding="utf-8").strip()
    assert hashlib.sha256((LABELS / "test.jsonl").read_bytes()).hexdigest() == recorded


def test_the_test_split_holds_forty_dockets_from_twenty_districts_and_no_development_docket() -> (
    None
):
    test, dev = set(SPLIT["test"]), set(SPLIT["dev"])
    assert len(test) >= 40 and not test & dev
    assert len({u.split(";;")[0] for u in test}) >= 20
    assert len(_facts("test")) + len(_facts("dev")) >= 600


@pytest.mark.parametrize("split", ["test", "dev"])
def test_every_labelled_fact_follows_the_guide(split: str) -> None:
    ucids = set(SPLIT[split])
    for fact in _facts(split):
        assert list(fact) == FIELDS, fact
        assert fact["ucid"] in ucids, fact
        date.fromisoformat(str(fact["as_of"]))
        assert fact["status"] in STATUSES[str(fact["fact"])], fact
        assert fact["family"] in FAMILIES, fact
        assert fact["leave_to_refile"] in (None, "conditional", "available", "foreclosed"), fact
        if fact["fact"] != "motion":
            assert fact["doc"] is None and fact["leave_to_refile"] is None, fact


def test_the_scorer_reads_every_development_fact_as_right_wrong_or_flagged() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "posture_accuracy.py"), "--split", "dev"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    facts = len(_facts("dev"))
    assert f"## dev split: {facts} facts" in out
    generic = next(line for line in out.splitlines() if line.startswith("entries left generic"))
    left, of = (int(w) for w in generic.split(":")[1].split("(")[0].split(" of "))
    assert 0 < left < of, generic
    row = next(line for line in out.splitlines() if line.startswith("| all facts |"))
    shares = [float(cell.strip().rstrip("%")) for cell in row.split("|")[3:6]]
    assert abs(sum(shares) - 100.0) < 0.2, row


def test_the_leave_and_dates_development_facts_follow_the_guide_and_name_no_test_docket() -> None:
    facts = _facts("leave_dev")
    sheets = ROOT / "tests" / "fixtures" / "dockets"
    for fact in facts:
        assert list(fact) == FIELDS, fact
        ucid = str(fact["ucid"])
        if ";;" in ucid:
            assert ucid in SPLIT["dev"], fact  # the pool's test dockets are never labelled here
        else:
            assert (sheets / ucid).is_file(), fact
        date.fromisoformat(str(fact["as_of"]))
        assert fact["status"] in STATUSES[str(fact["fact"])], fact
        assert fact["family"] in FAMILIES, fact
        assert fact["leave_to_refile"] in (None, "conditional", "available", "foreclosed"), fact
    assert sum(f["family"] in ("leave", "dates") for f in facts) >= 40
    assert len({f["ucid"] for f in facts}) >= 15


def test_the_scorer_reads_the_sheets_of_the_leave_and_dates_development_facts() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "posture_accuracy.py"), "--split", "leave_dev"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    assert f"## leave_dev split: {len(_facts('leave_dev'))} facts" in out
    row = next(line for line in out.splitlines() if line.startswith("| all facts |"))
    shares = [float(cell.strip().rstrip("%")) for cell in row.split("|")[3:6]]
    assert abs(sum(shares) - 100.0) < 0.2, row


@pytest.mark.parametrize(
    ("name", "least", "facts_at_least"), [("val", 15, 200), ("val2", 7, 200), ("val3", 12, 60)]
)
def test_the_validation_facts_follow_the_guide_and_are_the_ones_frozen(
    name: str, least: int, facts_at_least: int
) -> None:
    facts = _facts(name)
    sheets = ROOT / "tests" / "fixtures" / "dockets"
    for fact in facts:
        assert list(fact) == FIELDS, fact
        assert ";;" not in str(fact["ucid"]), fact  # sheets only: the pool is split already
        assert (sheets / str(fact["ucid"])).is_file(), fact
        date.fromisoformat(str(fact["as_of"]))
        assert fact["status"] in STATUSES[str(fact["fact"])], fact
        assert fact["family"] in FAMILIES, fact
        assert fact["leave_to_refile"] in (None, "conditional", "available", "foreclosed"), fact
    frozen = (LABELS / f"{name}.sha256").read_text().strip()
    assert hashlib.sha256((LABELS / f"{name}.jsonl").read_bytes()).hexdigest() == frozen
    assert len({f["ucid"] for f in facts}) >= least and len(facts) >= facts_at_least
