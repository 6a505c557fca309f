"""Hostile input for the fuzz harness: values no docket holds, and mutations of real ones.

Each mutator takes a real input (a history line, a docket sheet, a rule pack, a page) and
breaks it the way a typo, a truncated download or an attacker would: a value swapped for a
hostile one, a key dropped, bytes cut, repeated or inserted. The harness then asserts only
what must hold for *every* input, so it passes every time whatever Hypothesis draws: the
input is read, or refused with one line; nothing else ever escapes.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from typing import Any

from hypothesis import strategies as st

__all__ = [
    "HOSTILE_DATES",
    "HOSTILE_FRAGMENTS",
    "HOSTILE_VALUES",
    "assert_one_clear_line",
    "mutated_bytes",
    "mutated_json",
    "spliced",
]

#: Dates that are not dates, or lie far outside the dates any docket holds.
HOSTILE_DATES = st.sampled_from(
    [
        "0001-01-01",
        "1019-05-13",
        "1899-12-31",
        "1900-01-01",
        "1920-10-21",
        "2100-12-31",
        "2101-01-01",
        "9999-12-30",
        "9999-12-31",
        "2019-02-30",
        "2019-13-01",
        "10000-01-01",
        "2019-1-1",
        "20190101",
        "2019-05-10T12:00:00",
        "\uff12\uff10\uff11\uff19-\uff10\uff15-\uff11\uff10",  # full-width digits
        "",
    ]
) | st.dates().map(date.isoformat)

_DEEP_LIST: Any = []
for _ in range(200):
    _DEEP_LIST = [_DEEP_LIST]

#: Values no field of a docket holds: huge, negative, of the wrong type, deep, odd text.
HOSTILE_VALUES: st.SearchStrategy[Any] = st.one_of(
    st.sampled_from(
        [
            None,
            True,
            False,
            -1,
            0,
            1,
            9_999_999,
            10_000_000,
            2**63,
            10**30,
            -(10**30),
            1e308,
            -0.0,
            "9" * 50,
            "²",
            "١٢",
            " 12 ",
            "",
            " ",
            "\x00",
            "\ud800",
            "a" * 700,
            "MOTION to Dismiss" * 50,
            [],
            {},
            [1, 2, 3],
            {"type": "motion_filed"},
            _DEEP_LIST,
        ]
    ),
    HOSTILE_DATES,
    st.integers(),
    st.text(max_size=20),
    st.floats(allow_nan=False),
)


#: Raw text no valid JSON line or page holds, or that parsers choke on: deep nesting, numbers
#: too long to convert, odd bytes, unterminated strings and comments.
HOSTILE_FRAGMENTS = st.sampled_from(
    [
        b"[" * 5000,
        b'{"a":' * 3000,
        b"9" * 5000,
        b"-" + b"9" * 4400,
        b"1e999999",
        b"NaN",
        b"<div>" * 3000,
        b"<!--",
        b"<script>",
        b"\xff\xfe",
        b"\x00",
        b"\n",
        b"\r\n",
        b'"',
        b"\\u0000",
        b"\\ud800",
        b"0001-01-01",
        b"9999-12-31",
    ]
)


@st.composite
def spliced(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` with one hostile fragment spliced in at a random place (replacing a run
    of up to 16 bytes there)."""
    at = draw(st.integers(0, len(original)))
    cut = draw(st.integers(0, 16))
    return original[:at] + draw(HOSTILE_FRAGMENTS) + original[at + cut :]


def _fresh(draw: st.DrawFn) -> Any:
    """A hostile value of its own: a later mutation must not change the shared sample."""
    return copy.deepcopy(draw(HOSTILE_VALUES))


def _containers(value: Any) -> list[Any]:
    """Every list and dict inside ``value`` (itself included), outermost first."""
    out: list[Any] = []
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            out.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            out.append(node)
            stack.extend(node)
    return out


@st.composite
def mutated_json(draw: st.DrawFn, original: Any, most: int = 3) -> Any:
    """A deep copy of decoded JSON ``original`` with 1 to ``most`` values replaced by hostile
    ones, keys dropped, or hostile keys added (at random places)."""
    value = json.loads(json.dumps(original))
    for _ in range(draw(st.integers(1, most))):
        places = _containers(value)
        if not places:
            return _fresh(draw)
        node = places[draw(st.integers(0, len(places) - 1))]
        action = draw(st.sampled_from(["replace", "drop", "add"]))
        if isinstance(node, dict):
            keys = sorted(node, key=str)
            if action == "add" or not keys:
                node[
                    draw(st.sampled_from([*keys, "extra", "type", "doc"]) if keys else st.just("x"))
                ] = _fresh(draw)
            elif action == "drop":
                del node[draw(st.sampled_from(keys))]
            else:
                node[draw(st.sampled_from(keys))] = _fresh(draw)
        else:
            if action == "add" or not node:
                node.insert(draw(st.integers(0, len(node))), _fresh(draw))
            elif action == "drop":
                del node[draw(st.integers(0, len(node) - 1))]
            else:
                node[draw(st.integers(0, len(node) - 1))] = _fresh(draw)
    return value


@st.composite
def mutated_bytes(draw: st.DrawFn, original: bytes, most: int = 3) -> bytes:
    """``original`` with 1 to ``most`` byte-level edits: cut short, a run deleted, repeated
    or inserted, a hostile fragment inserted, a byte flipped."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, most))):
        n = len(data)
        at = draw(st.integers(0, n))
        action = draw(st.sampled_from(["cut", "delete", "repeat", "insert", "hostile", "flip"]))
        if action == "cut":
            del data[at:]
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif action == "repeat" and n:
            run = bytes(data[at : at + draw(st.integers(1, 32))])
            data[at:at] = run * draw(st.integers(1, 200))
        elif action == "insert":
            data[at:at] = draw(st.binary(max_size=16))
        elif action == "hostile":
            data[at:at] = draw(HOSTILE_FRAGMENTS)
        elif n and at < n:
            data[at] ^= 1 << draw(st.integers(0, 7))
    return bytes(data)


def assert_one_clear_line(message: str, *, names: str | None = None) -> None:
    """An error message is one non-empty line, naming ``names`` (the file) when given."""
    text = message.strip()
    assert text, "an empty error message"
    assert "\n" not in text, f"more than one line: {text!r}"
    assert "Traceback" not in text, text
    if names is not None:
        assert names in text, f"{names!r} is not named in {text!r}"
