"""A ruling whose colon opens a list of the motions it decides.

"The Court DENIES the following motions as MOOT: Motions to Dismiss (Dkt. 4 ; Dkt. 6).
Motion to Strike (Dkt. 8)." rules on every motion of the list, each item a clause naming
motions with no verb of its own; a list of references keeps its members when one prefix is
mistyped ("Dkt. 4 ; Dtk. 6") or a semicolon is lost ("Dkt. 4 Dkt. 6").
"""

from __future__ import annotations

import pytest

from docket.events import Disposition
from docket.ingest._orders import order
from docket.ingest.refs import find_refs

_D = Disposition


def _read(text: str) -> dict[int, Disposition]:
    return {n: r.disposition for r in order(text, None, "", 5).rulings for n in r.docs}


def test_every_item_of_a_list_opened_by_a_colon_is_ruled_on() -> None:
    text = (
        "ORDER. The Court DENIES the following motions as MOOT: Plaintiff's Motions to "
        "Compel (Dkt. 21 ; Dkt. 23 ). Defendant Acme's Motion for Protective Order (Dkt. 30 ). "
        "Defendants' Motions to Quash (Dkt. 33 ; Dkt. 35 ). Signed by Judge Jane Roe on 3/2/2021."
    )
    assert _read(text) == {n: _D.MOOT for n in (21, 23, 30, 33, 35)}


def test_a_list_of_rulings_ends_at_a_clause_with_a_verb_of_its_own() -> None:
    text = (
        "ORDER: the Court GRANTS the following motions: Motion to Seal (Doc. 12). "
        "The Motion to Stay (Doc. 14) is DENIED. Motion hearing set for 5/1/2021 (Doc. 16)."
    )
    found = _read(text)
    assert found[12] is _D.GRANTED and found[14] is _D.DENIED
    assert 16 not in found


def test_a_sentence_after_a_plain_ruling_is_not_read_as_its_list() -> None:
    text = "ORDER granting 12 Motion to Seal. Motion to Strike (Dkt. 14). Signed by Judge Roe."
    assert _read(text) == {12: _D.GRANTED}


@pytest.mark.parametrize(
    ("text", "docs"),
    [
        ("Motions to Dismiss (Dkt. 4 ; Dtk. 6 ; Dkt. 9 ) are DENIED.", [4, 6, 9]),
        ("Motions to Dismiss (Doc. 4 ; Dco. 6 ) are DENIED.", [4, 6]),
        ("Motions to Dismiss (Dkt. 4 Dkt. 6 ; Dkt. 9 ) are DENIED.", [4, 6, 9]),
    ],
)
def test_a_list_of_references_holds_through_a_mistyped_prefix_or_a_lost_semicolon(
    text: str, docs: list[int]
) -> None:
    refs = find_refs(text)
    assert [r.doc for r in refs] == docs
    assert len({r.group for r in refs}) == 1


def test_two_references_in_two_sentences_are_not_one_list() -> None:
    refs = find_refs("The motion (Dkt. 4). Dkt. 6 is a reply.")
    assert len({r.group for r in refs}) == 2
