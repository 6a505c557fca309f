"""Fuzz the three importers with real docket sheets broken at random: each sheet is
imported, or refused with one line naming the file (an :class:`ImportFailed`); no other
exception ever escapes, and no page makes the reader hang."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hostile import assert_one_clear_line, mutated_bytes, mutated_json, spliced
from hypothesis import given
from hypothesis import strategies as st

from docket import replay
from docket.errors import DocketError
from docket.history import dump_history, parse_history
from docket.ingest import RawDocket, build, read_courtlistener, read_juriscraper

DOCKETS = Path(__file__).parents[1] / "fixtures" / "dockets"
#: The smallest real sheets of each kind: mutations of them import in milliseconds.
JURISCRAPER = sorted((DOCKETS / "juriscraper").rglob("*.json"), key=lambda p: p.stat().st_size)[:6]
PAGES = sorted((DOCKETS / "juriscraper").rglob("*.html"), key=lambda p: p.stat().st_size)[:4]


def _courtlistener_sheets() -> list[Any]:
    sheets = []
    for path in sorted((DOCKETS / "courtlistener").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for docket in data if isinstance(data, list) else data.get("results", [data]):
            docket["docket_entries"] = docket["docket_entries"][:8]  # the shape, kept small
        sheets.append(data)
    return sheets


JURISCRAPER_SHEETS = [json.loads(p.read_text(encoding="utf-8")) for p in JURISCRAPER]
COURTLISTENER_SHEETS = _courtlistener_sheets()


def _import_or_refuse(path: Path, read: Callable[[Path], RawDocket]) -> None:
    """The sheet imports, and its history replays to a posture; or it is refused in one line."""
    try:
        result = build(read(path))
    except DocketError as e:  # ImportFailed, or a pack error: one line naming the file
        assert_one_clear_line(str(e), names=path.name)
    else:
        assert all(e.case == result.events[0].case for e in result.events)
        assert replay(parse_history(path.name, dump_history(result.events).encode())).case


def _write(tmp_path_factory: pytest.TempPathFactory, data: bytes, name: str) -> Path:
    path = tmp_path_factory.mktemp("sheet") / name
    path.write_bytes(data)
    return path


def _dumped(sheet: Any) -> bytes:
    return json.dumps(sheet, allow_nan=True).encode("utf-8", "surrogatepass")


@given(st.sampled_from(JURISCRAPER_SHEETS).flatmap(lambda s: mutated_json(s, most=4)))
def test_a_juriscraper_sheet_with_hostile_values_imports_or_is_refused_in_one_line(
    tmp_path_factory: pytest.TempPathFactory, sheet: Any
) -> None:
    _import_or_refuse(_write(tmp_path_factory, _dumped(sheet), "nmd_1.json"), read_juriscraper)


@given(st.sampled_from(JURISCRAPER_SHEETS).flatmap(lambda s: mutated_bytes(_dumped(s))))
def test_a_juriscraper_sheet_cut_or_flipped_imports_or_is_refused_in_one_line(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    _import_or_refuse(_write(tmp_path_factory, data, "nmd_2.json"), read_juriscraper)


@given(st.sampled_from(JURISCRAPER_SHEETS).flatmap(lambda s: spliced(_dumped(s))))
def test_a_juriscraper_sheet_with_a_hostile_fragment_imports_or_is_refused_in_one_line(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    _import_or_refuse(_write(tmp_path_factory, data, "nmd_4.json"), read_juriscraper)


@given(st.sampled_from(COURTLISTENER_SHEETS).flatmap(lambda s: mutated_json(s, most=4)))
def test_a_courtlistener_sheet_with_hostile_values_imports_or_is_refused_in_one_line(
    tmp_path_factory: pytest.TempPathFactory, sheet: Any
) -> None:
    _import_or_refuse(_write(tmp_path_factory, _dumped(sheet), "cl_1.json"), read_courtlistener)


@given(st.sampled_from(COURTLISTENER_SHEETS).flatmap(lambda s: mutated_bytes(_dumped(s))))
def test_a_courtlistener_sheet_cut_or_flipped_imports_or_is_refused_in_one_line(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    _import_or_refuse(_write(tmp_path_factory, data, "cl_2.json"), read_courtlistener)


@given(st.sampled_from(PAGES).flatmap(lambda p: mutated_bytes(p.read_bytes())))
def test_a_pacer_page_cut_or_flipped_imports_or_is_refused_in_one_line(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    pytest.importorskip("juriscraper")
    from docket.ingest import read_pacer

    _import_or_refuse(
        _write(tmp_path_factory, data, "nmd_3.html"), lambda p: read_pacer(p, court="nmd")
    )
