"""The compact sets replay keeps of the entry ids and docket numbers it has seen answer as
plain sets do."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from docket.engine.seen import IdSet, NumberSet

CASE = "nmd-2:19-cv-00445"
_ids = st.one_of(
    st.integers(min_value=0, max_value=10**10).map(lambda n: f"{CASE}/{n}"),
    st.from_regex(r"\A(nmd-2:19-cv-00445|other)/[0-9\u0660-\u0669]{0,4}\Z"),
    st.text(max_size=12),
)


@given(st.lists(_ids), st.lists(_ids))
def test_an_id_set_holds_exactly_the_ids_added(added: list[str], asked: list[str]) -> None:
    kept, plain = IdSet(CASE), set(added)
    for entry in added:
        kept.add(entry)
    for entry in [*added, *asked]:
        assert (entry in kept) == (entry in plain)


def test_ids_that_read_as_the_same_number_are_different_ids() -> None:
    kept = IdSet(CASE)
    kept.add(f"{CASE}/45")
    assert f"{CASE}/045" not in kept
    assert f"{CASE}/45 " not in kept
    assert f"{CASE}/45" in kept


@given(st.lists(st.integers(min_value=-5, max_value=1 << 26)), st.lists(st.integers()))
def test_a_number_set_holds_exactly_the_numbers_added(added: list[int], asked: list[int]) -> None:
    kept, plain = NumberSet(), set(added)
    for n in added:
        kept.add(n)
    for n in [*added, *asked]:
        assert (n in kept) == (n in plain)
