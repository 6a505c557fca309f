"""The page carries each state as edits of the one before; rebuilt, they are the states."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from docket.report._model import _LISTS, _delta, decode_states

lists = st.lists(st.integers(min_value=0, max_value=6), max_size=30)


@given(st.lists(st.tuples(lists, lists, lists), min_size=1, max_size=6))
def test_states_rebuilt_from_their_edits_are_the_states(
    wholes: list[tuple[list[int], ...]],
) -> None:
    carried = []
    last: dict[str, list[int]] = {k: [] for k in _LISTS}
    for whole in wholes:
        now = dict(zip(_LISTS, whole, strict=True))
        carried.append({"from": None, **{k: _delta(last[k], now[k]) for k in _LISTS}})
        last = now
    rebuilt = decode_states(carried)
    assert [tuple(state[k] for k in _LISTS) for state in rebuilt] == wholes


def test_an_unchanged_middle_is_copied_not_carried() -> None:
    old = list(range(100))
    new = [*range(40), 999, *range(41, 100)]
    ops = _delta(old, new)
    assert sum(len(op["n"]) for op in ops if isinstance(op, dict)) == 1
