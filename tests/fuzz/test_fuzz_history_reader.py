"""Fuzz the history reader: whatever bytes a history holds, it reads events (which write
back as they were read) or says which line is wrong, on one line (a :class:`HistoryError`);
no other exception ever escapes."""

from __future__ import annotations

import json
from pathlib import Path

from hostile import assert_one_clear_line, mutated_bytes, mutated_json, spliced
from hypothesis import given
from hypothesis import strategies as st

from docket.errors import HistoryError
from docket.history import dump_history, load_history, parse_history

FIXTURE = Path(__file__).parents[1] / "fixtures" / "lucero-v-clovis.jsonl"
LINES = FIXTURE.read_bytes().splitlines()
EVENTS = [json.loads(line) for line in LINES]
NAME = "fuzzed.jsonl"


def _read_or_refuse(data: bytes) -> None:
    try:
        events = parse_history(NAME, data)
    except HistoryError as e:
        assert_one_clear_line(str(e), names=NAME)
        assert e.line is None or 1 <= e.line <= data.count(b"\n") + 1
    else:
        assert len(events) <= data.count(b"\n") + 1
        assert parse_history(NAME, dump_history(events).encode("utf-8")) == events


@given(st.binary(max_size=2000))
def test_arbitrary_bytes_are_read_or_refused_with_one_line(data: bytes) -> None:
    _read_or_refuse(data)


@given(st.integers(0, len(EVENTS) - 1).flatmap(lambda i: mutated_json(EVENTS[i], most=4)))
def test_a_history_line_with_hostile_values_is_read_or_refused_with_its_line(
    event: object,
) -> None:
    line = json.dumps(event, allow_nan=True).encode("utf-8", "surrogatepass")
    _read_or_refuse(b"\n".join([*LINES[:3], line, *LINES[3:]]))


@given(st.sampled_from(LINES).flatmap(spliced))
def test_a_history_line_with_a_hostile_fragment_spliced_in_is_read_or_refused_with_its_line(
    line: bytes,
) -> None:
    _read_or_refuse(b"\n".join([*LINES[:3], line, *LINES[3:]]))


@given(mutated_bytes(b"\n".join(LINES[:8]), most=4))
def test_a_history_cut_repeated_or_flipped_is_read_or_refused_with_one_line(
    data: bytes,
) -> None:
    _read_or_refuse(data)


@given(mutated_bytes(b"\n".join(LINES[:4]), most=2))
def test_a_history_file_on_disk_is_read_or_refused_with_one_line(
    tmp_path_factory: object, data: bytes
) -> None:
    path = Path(str(tmp_path_factory.mktemp("h"))) / NAME  # type: ignore[attr-defined]
    path.write_bytes(data)
    try:
        load_history(path)
    except HistoryError as e:
        assert_one_clear_line(str(e), names=NAME)


def test_an_event_whose_type_is_not_a_string_is_refused_with_its_line() -> None:
    # Found by a random fuzzing run: {"type": []} raised TypeError (unhashable) past the reader.
    for hostile in ([], {}, 3, None):
        line = json.dumps({**EVENTS[3], "type": hostile}).encode("utf-8")
        _read_or_refuse(b"\n".join([*LINES[:3], line, *LINES[3:]]))
