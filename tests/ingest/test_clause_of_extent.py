"""A verb inside a clause of extent ("Insofar as ...", "To the extent that ...") tells what
was done elsewhere; it does not rule. The ruling is the main clause's verb after it."""

from __future__ import annotations

from docket.events import Disposition
from docket.ingest._orders import order


def _read(text: str) -> dict[int, Disposition]:
    return {n: r.disposition for r in order(text, None, "", 5).rulings for n in r.docs}


def test_a_verb_inside_an_insofar_clause_does_not_rule() -> None:
    text = (
        "ORDER: the objections to 40 Report are SUSTAINED; insofar as the 21 , 22 motions "
        "for sanctions were granted in that report, those motions are DENIED."
    )
    assert Disposition.GRANTED not in _read(text).values()


def test_a_verb_after_the_clause_of_extent_still_rules() -> None:
    text = "ORDER: to the extent the report allowed costs, the 31 Motion to Tax Costs is DENIED."
    assert _read(text) == {31: Disposition.DENIED}
