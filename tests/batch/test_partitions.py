"""How a batch's cases are cut into partitions: every case once, in order, none empty, and,
given each case's size, about the same work in each."""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from docket.batch import partitions, run_local

ROOT = Path(__file__).parents[2]


@given(
    st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=80),
    st.integers(min_value=1, max_value=8),
    st.booleans(),
)
def test_every_case_lands_in_one_partition_in_order_and_none_is_empty(
    sizes: list[int], jobs: int, weighted: bool
) -> None:
    cases = [f"case-{i:03d}" for i in range(len(sizes))]
    parts = partitions(cases, None, jobs, sizes=sizes if weighted else None)
    assert [c for p in parts for c in p.cases] == cases
    assert all(p.cases for p in parts)
    assert len(parts) == min(len(cases), jobs * 4)


@given(st.integers(min_value=1, max_value=80), st.integers(min_value=1, max_value=8))
def test_cases_of_one_size_are_shared_out_as_evenly_as_without_sizes(count: int, jobs: int) -> None:
    cases = [f"case-{i:03d}" for i in range(count)]
    weighted = [len(p.cases) for p in partitions(cases, None, jobs, sizes=[300] * count)]
    assert max(weighted) - min(weighted) <= 1


def test_a_long_docket_gets_a_partition_of_its_own_and_the_short_ones_share() -> None:
    # One docket of 4,000 entries among 15 of 100: 4 partitions of about 1,375 entries.
    cases = [f"case-{i:02d}" for i in range(16)]
    sizes = [100] * 5 + [4_000] + [100] * 10
    parts = partitions(cases, None, jobs=1, sizes=sizes)
    assert [p.cases for p in parts if "case-05" in p.cases] == [("case-05",)]
    assert [len(p.cases) for p in parts] == [5, 1, 5, 5]


def test_sizes_that_do_not_match_the_cases_are_refused() -> None:
    with pytest.raises(ValueError, match="2 sizes for 3 cases"):
        partitions(["a", "b", "c"], None, jobs=1, sizes=[1, 2])


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_local_run_leaves_the_collector_as_it_found_it(jobs: int) -> None:
    history = str(ROOT / "events/lucero-v-clovis.jsonl")
    parts = partitions([history, history], None, jobs)
    assert gc.get_freeze_count() == 0
    done = list(run_local(parts, date(2019, 12, 10), "jsonl", jobs))
    assert len(done) == 2 and done[0].data == done[1].data and done[0].counts["case"] == 1
    assert gc.get_freeze_count() == 0
