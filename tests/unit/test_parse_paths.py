"""An entry parses the same whichever way: its own kind's model (a process's first entries)
or the whole union's one-pass validator (after :data:`UNION_AFTER` of them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from docket.errors import DocketError
from docket.events import dump_event, union
from docket.testing import docket_histories

FIXTURES = Path(__file__).parents[1] / "fixtures"

_BAD = [
    "{",
    "[]",
    '{"type": "no_such_kind"}',
    '{"id": "a", "case": "c", "filed": "2019-01-01"}',
    '{"type": "motion_filed", "id": "a", "case": "c", "filed": "1019-01-01", "doc": 3,'
    ' "kind": "compel", "movants": ["plaintiff"]}',
    '{"type": "motion_filed", "id": "a", "case": "c", "filed": "2019-01-01", "doc": 3,'
    ' "kind": "compel", "movants": ["plaintiff"], "x": 1}',
    '{"type": "order", "id": "o", "case": "c", "filed": "2019-01-01", "doc": 4,'
    ' "stays": [{"scope": "discovery", "lifts_when": {"kind": "any_of", "conditions": []}}]}',
]


def _both_ways(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    outcomes = []
    for parsed_before in (0, union.UNION_AFTER):
        monkeypatch.setattr(union, "_parsed_by_kind", parsed_before)
        try:
            outcomes.append(dump_event(union.parse_event(text)))
        except DocketError as e:
            outcomes.append((type(e).__name__, str(e)))
    return outcomes[0], outcomes[1]


def test_every_fixture_entry_parses_the_same_kind_by_kind_and_through_the_union(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = (FIXTURES / "lucero-v-clovis.jsonl").read_text().splitlines()
    lines += (FIXTURES / "canonical_before_parts.jsonl").read_text().splitlines()
    for line in filter(None, lines):
        by_kind, by_union = _both_ways(line, monkeypatch)
        assert by_kind == by_union
        assert isinstance(by_kind, str)


@pytest.mark.parametrize("text", _BAD)
def test_a_bad_entry_is_refused_with_the_same_reason_either_way(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    by_kind, by_union = _both_ways(text, monkeypatch)
    assert by_kind == by_union
    assert isinstance(by_kind, tuple)


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=docket_histories())
def test_generated_entries_parse_the_same_either_way(
    history: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    for event in history:
        text = json.dumps(json.loads(dump_event(event)), sort_keys=True)  # another key order
        by_kind, by_union = _both_ways(text, monkeypatch)
        assert by_kind == by_union
        assert union.parse_event(text) == event
