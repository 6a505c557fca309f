"""Which motion: one spelling of a docket number and part, for deadline ids and --motion."""

from __future__ import annotations

import pytest

from docket.events import MotionRef


@pytest.mark.parametrize(
    ("text", "ref"),
    [("45", MotionRef(45)), ("45.2", MotionRef(45, 2)), (" 45 / 2 ", MotionRef(45, 2))],
)
def test_a_motion_is_written_as_its_number_and_part_and_read_back(
    text: str, ref: MotionRef
) -> None:
    assert MotionRef.parse(text) == ref
    assert MotionRef.parse(ref.key) == ref


def test_the_key_of_a_documents_only_motion_is_its_number() -> None:
    assert MotionRef(45).key == "45"
    assert MotionRef(45, 2).key == "45.2"


@pytest.mark.parametrize("text", ["", "x", "45.0", "45.", "-3", "4.5.6"])
def test_text_that_names_no_motion_is_refused_with_the_way_to_write_one(text: str) -> None:
    with pytest.raises(ValueError, match=r"N\.P for motion P of Doc\. N"):
        MotionRef.parse(text)
