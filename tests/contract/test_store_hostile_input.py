"""Hostile case ids and docket text are stored and returned byte for byte, by every adapter."""

from __future__ import annotations

import json
from datetime import date

import pytest
from store_backends import Backend

from docket.events import DocketEntry, dump_event, parse_event
from docket.store import EventStore, UnstorableEvent

HOSTILE_CASES = [
    "'; DROP TABLE events; --",
    'Robert"); DELETE FROM events WHERE ("1"="1',
    "nmd-2:19-cv-00445 — Muñoz v. Ñandú ✓ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 דין",  # noqa: RUF001 - hostile on purpose
    "%s %(x)s $1 ? :name {s} \\N \\. \\\\",
    "tab\tnew\nline\rcarriage \u2028sep",
    " leading and trailing spaces ",
]
HOSTILE_TEXTS = [
    "It's \"quoted\" and 'quoted'; -- and /* comment */ ' OR 1=1; DROP TABLE events;",
    "NUL \x00 in the middle, and \x01\x1f controls",
    "Zalgo: Z̷̛a̸l̵g̶o̷ ; emoji 👩🏽‍⚖️ ; RTL \u202eevil\u202c ; BOM \ufeff ; e\u0301 vs é",
    "COPY ends at \\.\nbackslash N is \\N\tand tabs",
]
MEGABYTE = "Ω ‘x’ \\ \n" * (1024 * 1024 // 10)  # noqa: RUF001 - curly quotes on purpose


def _entry(case: str, n: int, text: str) -> DocketEntry:
    return DocketEntry(id=f"{case}#{n}", case=case, filed=date(2020, 1, 1), doc=n, text=text)


@pytest.mark.parametrize("copies", [1, 25], ids=["small batch", "large batch"])
@pytest.mark.parametrize("case", HOSTILE_CASES)
def test_a_hostile_case_id_is_stored_and_returned_byte_for_byte(
    store: EventStore, case: str, copies: int
) -> None:
    texts = HOSTILE_TEXTS * copies  # a large batch takes PostgreSQL's COPY path
    batch = [_entry(case, n, text) for n, text in enumerate(texts, start=1)]
    store.append(case, batch)
    loaded = store.load(case)
    assert [e.event for e in loaded] == batch
    assert [e.payload for e in loaded] == [dump_event(e) for e in batch]
    assert [e.case for e in loaded] == [case] * len(batch)
    assert [c.case for c in store.cases()] == [case]
    assert store.verify(case).ok
    assert store.append(case, batch).duplicates == len(batch)


def test_a_megabyte_of_docket_text_round_trips(backend: Backend) -> None:
    case = "big'case"
    entry = _entry(case, 1, MEGABYTE)
    with backend.open() as store:
        store.append(case, [entry])
    with backend.open() as store:  # a fresh connection reads it back (memory: a new store)
        if backend.name == "memory":
            store.append(case, [entry])
        (stored,) = store.load(case)
        assert stored.event.text == MEGABYTE
        assert stored.payload.encode() == dump_event(entry).encode()
        assert store.verify().ok


def test_a_nul_in_a_case_id_is_refused_by_every_store(store: EventStore) -> None:
    with pytest.raises(UnstorableEvent, match="NUL"):
        store.append("bad\x00case", [_entry("bad\x00case", 1, "x")])
    assert store.cases() == ()


def test_a_nul_in_an_event_id_is_refused_by_every_store(store: EventStore) -> None:
    bad = DocketEntry(id="id\x00", case="c", filed=date(2020, 1, 1))
    with pytest.raises(UnstorableEvent, match="NUL"):
        store.append("c", [bad])
    assert store.version("c") == 0


def test_text_that_is_not_valid_unicode_is_refused_by_every_store(store: EventStore) -> None:
    broken = parse_event(
        json.dumps({"id": "x", "case": "c", "type": "docket_entry", "filed": "2020-01-01"})[:-1]
        + ', "text": "\\ud800"}'
    )
    with pytest.raises(UnstorableEvent, match="not valid Unicode"):
        store.append("c", [broken])
    assert store.version("c") == 0
