"""The classifier against hand-labelled entries of real dockets.

The labels (tests/fixtures/labels/labels.jsonl, decided as GUIDE.md says) were written
without the classifier. Targets: precision and recall of at least 95% on motions,
responses and replies, and on order rulings (motion and disposition); every order
reference to a motion on the same docket resolved.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from entry_accuracy import Scores, load_labels, predict, score, table

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TARGET = 0.95


@pytest.fixture(scope="module")
def scores() -> Scores:
    labels = load_labels(FIXTURES / "labels" / "labels.jsonl")
    assert len(labels) >= 400 and len({label.source for label in labels}) >= 12
    result = score(labels, predict(FIXTURES / "dockets", labels))
    print("\n" + table(result))
    for line in result.mismatches:
        print("  mismatch:", line)
    return result


@pytest.mark.parametrize("kind", ["motion_filed", "response_filed", "reply_filed"])
def test_motions_responses_and_replies_meet_the_target(scores: Scores, kind: str) -> None:
    pr = scores.types[kind]
    assert pr.precision >= TARGET and pr.recall >= TARGET, (kind, pr)


def test_order_rulings_meet_the_target(scores: Scores) -> None:
    assert scores.rulings.precision >= TARGET and scores.rulings.recall >= TARGET


def test_every_disposition_is_read_at_the_target(scores: Scores) -> None:
    for disposition, pr in scores.dispositions.items():
        assert pr.precision >= TARGET and pr.recall >= TARGET, (disposition, pr)


def test_every_order_reference_to_a_motion_on_the_docket_is_resolved(scores: Scores) -> None:
    resolved, named = scores.references
    assert named > 0 and resolved == named


def test_the_motion_a_response_or_reply_answers_meets_the_target(scores: Scores) -> None:
    assert scores.to_motion.precision >= TARGET and scores.to_motion.recall >= TARGET
