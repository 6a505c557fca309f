"""The hand-labelled docket entries are well-formed and agree with the fixture dockets.

The labels in ``tests/fixtures/labels/labels.jsonl`` are ground truth for the docket-text
classifier; ``tests/fixtures/labels/GUIDE.md`` states how they were decided. These tests
check form only (allowed vocabularies, field shapes, and that each label points at a real
entry whose text it quotes); they cannot say whether a label is right.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DOCKETS = FIXTURES / "dockets"
LABELS = FIXTURES / "labels" / "labels.jsonl"

TYPES = {
    "case_opened",
    "answer_filed",
    "motion_filed",
    "response_filed",
    "reply_filed",
    "briefing_complete",
    "motion_withdrawn",
    "order",
    "judgment",
    "case_closed",
    "docket_entry",
}
KINDS = {
    "compel",
    "stay_discovery",
    "stay_case",
    "summary_judgment",
    "dismiss",
    "judgment_on_pleadings",
    "extension_of_time",
    "protective_order",
    "leave_to_file",
    "amend",
    "reconsideration",
    "sanctions",
    "remand",
    "default_judgment",
    "other",
}
DISPOSITIONS = {"granted", "granted_in_part", "denied", "denied_without_prejudice", "moot"}
FIELDS = {"source", "index", "doc", "text", "type", "kind", "to_motion", "rulings"}
#: Optional: for an entry holding several motion events, each one's kind (GUIDE.md).
OPTIONAL = {"parts"}
TEXT_PREFIX = 120


def _load_labels() -> list[dict[str, Any]]:
    rows = []
    with LABELS.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            assert line.strip(), f"{LABELS.name}:{number}: blank line"
            rows.append(json.loads(line))
    return rows


LABEL_ROWS = _load_labels()


@cache
def _entries(source: str) -> list[dict[str, Any]]:
    """The docket entries of a fixture docket (a CourtListener file's first docket)."""
    data = json.loads((DOCKETS / source).read_text(encoding="utf-8"))
    if isinstance(data, list):
        data = data[0]
    entries: list[dict[str, Any]] = data["docket_entries"]
    return entries


def _docket_number(entry: dict[str, Any]) -> int | None:
    raw = entry.get("document_number", entry.get("entry_number"))
    return None if raw in (None, "") else int(raw)


def _where(row: dict[str, Any]) -> str:
    return f"{row.get('source')}[{row.get('index')}]"


def test_labels_file_holds_at_least_400_labels_from_at_least_12_dockets() -> None:
    assert len(LABEL_ROWS) >= 400
    assert len({row["source"] for row in LABEL_ROWS}) >= 12


def test_no_entry_is_labelled_twice() -> None:
    keys = Counter((row["source"], row["index"]) for row in LABEL_ROWS)
    assert [key for key, n in keys.items() if n > 1] == []


def test_each_docket_is_labelled_as_one_contiguous_run() -> None:
    by_source: dict[str, list[int]] = {}
    for row in LABEL_ROWS:
        by_source.setdefault(row["source"], []).append(row["index"])
    for source, indexes in by_source.items():
        ordered = sorted(indexes)
        assert ordered == list(range(ordered[0], ordered[-1] + 1)), source


@pytest.mark.parametrize("row", LABEL_ROWS, ids=_where)
def test_label_has_exactly_the_agreed_fields(row: dict[str, Any]) -> None:
    assert FIELDS <= set(row) <= FIELDS | OPTIONAL


@pytest.mark.parametrize("row", [r for r in LABEL_ROWS if "parts" in r], ids=_where)
def test_a_label_of_several_motions_gives_each_ones_kind_the_first_being_the_entrys(
    row: dict[str, Any],
) -> None:
    parts = row["parts"]
    assert row["type"] == "motion_filed"
    assert isinstance(parts, list) and len(parts) >= 2 and set(parts) <= KINDS
    assert parts[0] == row["kind"]


@pytest.mark.parametrize("row", LABEL_ROWS, ids=_where)
def test_label_points_at_a_real_entry_and_quotes_its_description(row: dict[str, Any]) -> None:
    source = row["source"]
    assert isinstance(source, str)
    assert not Path(source).is_absolute() and ".." not in Path(source).parts
    assert (DOCKETS / source).is_file(), f"no fixture {source}"
    entries = _entries(source)
    index = row["index"]
    assert isinstance(index, int) and not isinstance(index, bool)
    assert 0 <= index < len(entries)
    entry = entries[index]
    description = entry.get("description") or ""
    assert row["text"], "labelled entries must have description text"
    assert row["text"] == description[:TEXT_PREFIX]
    assert row["doc"] == _docket_number(entry)


@pytest.mark.parametrize("row", LABEL_ROWS, ids=_where)
def test_label_fields_fit_its_type(row: dict[str, Any]) -> None:
    kind_of_entry = row["type"]
    assert kind_of_entry in TYPES
    if kind_of_entry == "motion_filed":
        assert row["kind"] in KINDS
    else:
        assert row["kind"] is None
    if kind_of_entry in {"response_filed", "reply_filed"}:
        to_motion = row["to_motion"]
        assert to_motion is None or (isinstance(to_motion, int) and to_motion > 0)
    else:
        assert row["to_motion"] is None
    if kind_of_entry == "order":
        assert isinstance(row["rulings"], list)
        for ruling in row["rulings"]:
            assert set(ruling) == {"motion", "disposition"}
            assert isinstance(ruling["motion"], int) and ruling["motion"] > 0
            assert ruling["disposition"] in DISPOSITIONS
    else:
        assert row["rulings"] is None


@pytest.mark.parametrize("row", LABEL_ROWS, ids=_where)
def test_ruled_and_answered_motions_are_named_in_the_entry_text(row: dict[str, Any]) -> None:
    description = _entries(row["source"])[row["index"]].get("description") or ""
    numbers = [r["motion"] for r in row["rulings"] or []]
    if row["to_motion"] is not None:
        numbers.append(row["to_motion"])
    for number in numbers:
        assert str(number) in description, f"{number} not named in {_where(row)}"


def test_every_type_used_for_real_work_is_represented() -> None:
    seen = Counter(row["type"] for row in LABEL_ROWS)
    for needed in (
        "case_opened",
        "answer_filed",
        "motion_filed",
        "response_filed",
        "reply_filed",
        "order",
        "judgment",
        "docket_entry",
    ):
        assert seen[needed] > 0, needed
