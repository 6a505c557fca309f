"""Fuzz the rule-pack loader with the shipped packs broken at random: a pack file is loaded
(and computes deadlines, or refuses with a :class:`DocketError`), or is refused with one line
naming it (a :class:`RulePackError`); no other exception ever escapes."""

from __future__ import annotations

from datetime import date
from importlib import resources

from hostile import assert_one_clear_line, mutated_bytes
from hypothesis import given
from hypothesis import strategies as st

from docket.errors import DocketError
from docket.events import MotionKind
from docket.rules import briefing_deadlines, compute_deadline
from docket.rules.calendar import Closure, CourtCalendar
from docket.rules.errors import RulePackError
from docket.rules.model import PackFile
from docket.rules.pack import RulePack, read_pack_file

PACKS = {
    name: resources.files("docket.rules").joinpath("packs", f"{name}.toml").read_text("utf-8")
    for name in ("frcp", "nmd")
}
BASE = read_pack_file(PACKS["frcp"], "packs/frcp.toml")
SOURCE = "packs/fuzzed.toml"

#: TOML values no pack holds.
HOSTILE_TOML = st.sampled_from(
    [
        "-1",
        "0",
        "3651",
        "99999999999999999999999",
        "9" * 5000,
        "1e400",
        "nan",
        "true",
        '""',
        '"x"',
        "[]",
        "{}",
        "0001-01-01",
        "9999-12-31",
        "1899-12-31",
        "2019-02-30",
        "[" * 3000,
        '"""',
        "{ a = { b = 1 } }",
    ]
)


@st.composite
def mutated_packs(draw: st.DrawFn) -> str:
    """A shipped pack with 1 to 3 lines changed: a value swapped, a line dropped or repeated."""
    lines = PACKS[draw(st.sampled_from(sorted(PACKS)))].splitlines()
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["value", "drop", "repeat"]))
        if action == "value" and "=" in lines[at]:
            key = lines[at].split("=", 1)[0]
            lines[at] = f"{key}= {draw(HOSTILE_TOML)}"
        elif action == "drop":
            del lines[at]
        else:
            lines.insert(at, lines[at])
    return "\n".join(lines)


def _pack(file: PackFile) -> RulePack:
    """The pack ``file`` describes, on the FRCP base, as :func:`load_pack` merges it."""
    court = file.court or BASE.court
    return RulePack(
        id=file.id,
        name=file.name,
        court=court,
        fallback=False,
        notice=None,
        state_holidays=file.state_holidays or BASE.state_holidays,
        computation=file.computation or BASE.computation,
        service=file.service or BASE.service,
        rules=(*file.rules, *(BASE.rules if file.id != BASE.id else ())),
        provisions=(*file.provisions, *(BASE.provisions if file.id != BASE.id else ())),
        closures=CourtCalendar.of(
            Closure(c.day, c.reason) for c in (court.closures if court else ())
        ),
    )


def _load_or_refuse(text: str) -> None:
    try:
        file = read_pack_file(text, SOURCE)
    except RulePackError as e:
        assert_one_clear_line(str(e), names=SOURCE)
        return
    try:
        pack = _pack(file)
        for filed in (date(1900, 1, 1), date(2019, 5, 10), date(2100, 12, 31)):
            briefing_deadlines(pack, MotionKind.DISMISS, filed)
            compute_deadline(filed, 14, court=pack, service="mail")
    except DocketError as e:
        assert_one_clear_line(str(e))


@given(mutated_packs())
def test_a_rule_pack_with_hostile_values_loads_or_is_refused_in_one_line(text: str) -> None:
    _load_or_refuse(text)


@given(st.sampled_from(sorted(PACKS)).flatmap(lambda n: mutated_bytes(PACKS[n].encode())))
def test_a_rule_pack_cut_or_flipped_loads_or_is_refused_in_one_line(data: bytes) -> None:
    _load_or_refuse(data.decode("utf-8", "replace"))
