"""The worked example quoted in the README's "Testing your own rules" section.

A firm's own rule, written against docket's posture, and a property test that holds it to
every docket Hypothesis can draw, not just the three we thought of.
"""

from __future__ import annotations

from hypothesis import given

from docket import Posture, replay
from docket.testing import History, docket_histories


def motions_to_refile_now(posture: Posture) -> list[tuple[int, int | None]]:
    """Our rule: calendar a refiling for every motion denied without prejudice whose
    leave to refile is open today (the condition the order set has come to pass).

    A motion is its docket number and its part: one document may hold several motions.
    """
    return [
        (m.doc, m.part)
        for m in posture.motions
        if m.doc is not None
        and m.leave_to_refile is not None
        and m.leave_to_refile.status == "available"
    ]


@given(docket_histories(court="nmd", max_entries=25))
def test_we_calendar_refilings_only_for_motions_denied_without_prejudice_in_an_open_case(
    history: History,
) -> None:
    posture = replay(history)
    for doc, part in motions_to_refile_now(posture):
        assert posture.motion(doc, part).status == "denied_without_prejudice"
        assert posture.case.status != "closed"


def test_the_readme_quotes_this_example_word_for_word() -> None:
    from pathlib import Path

    here = Path(__file__).read_text(encoding="utf-8")
    example = here[
        here.index("from hypothesis import given") : here.index("\n\n\ndef test_the_readme")
    ]
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert example in readme
