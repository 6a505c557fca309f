"""The clerk's grant of an application, docketed apart from the application it grants.

Some courts let the clerk grant a paper without a judge: E.D. Tex. Local Rule CV-12 has the
clerk grant a defendant's unopposed application for more time to answer. The clerk's entry is
unnumbered and repeats the application's title ("Defendant's Unopposed FIRST Application for
Extension of Time to Answer Complaint is granted pursuant to Local Rule CV-12 for Texas
Instruments, Inc. to 12/13/2017."); the application itself is docketed under its own number
("Defendant's Unopposed First Application for Extension of Time to Answer Complaint re Texas
Instruments, Inc."), the same day, listed before or after the grant. The grant decides that
numbered application when exactly one pending application has its title and names its party.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

__all__ = ["ClerkGrant", "clerk_grant", "grants"]

_GRANTED = re.compile(
    r"^\W*(?P<title>[^.;]{0,200}?\b(?:application|motion|request)s?\b[^.;]{0,120}?)\s+"
    r"(?:is|are)\s+(?:hereby\s+)?granted\b(?P<rest>[^;]{0,240})",
    re.I,
)
#: Whom the grant is for: "... granted pursuant to Local Rule CV-12 for SVTronics, Inc. to
#: 12/11/2017".
_FOR = re.compile(r"\bfor\s+(?P<who>[^;]{2,120}?)\s+(?:to|until|through)\s+\d", re.I)
_WORD = re.compile(r"[a-z0-9]+")
#: Words of a party's name that do not tell parties apart.
_COMMON = frozenset(["inc", "llc", "corp", "co", "ltd", "lp", "llp", "the", "of", "and", "na"])
#: Days apart the grant and its application may be entered (the clerk acts on the day, or the
#: next business days).
_WINDOW = 4


class ClerkGrant(NamedTuple):
    """A clerk's entry granting an application by its title.

    Attributes:
        id: The grant entry's event id.
        filed: Its date.
        title: The application's title as the grant writes it, as lower-case words.
        who: The words of the party it is for, when it says.
    """

    id: str
    filed: date
    title: tuple[str, ...]
    who: frozenset[str]


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.lower().replace("'s", "")))


def clerk_grant(text: str, id_: str, filed: date) -> ClerkGrant | None:
    """The grant ``text`` states, if it grants an application by its title."""
    m = _GRANTED.match(text)
    if m is None:
        return None
    who = _FOR.search(m.group("rest"))
    names = frozenset(_words(who.group("who"))) - _COMMON if who is not None else frozenset()
    return ClerkGrant(id_, filed, _words(m.group("title")), names)


def grants(grant: ClerkGrant, motion_text: str, filed: date) -> bool:
    """Whether ``grant`` decides the application docketed as ``motion_text`` on ``filed``:
    its title begins with the grant's, it names the grant's party (when the grant names one),
    and the two were entered within a few days of each other."""
    if abs((filed - grant.filed).days) > _WINDOW or len(grant.title) < 3:
        return False
    words = _words(motion_text)
    if words[: len(grant.title)] != grant.title:
        return False
    return not grant.who or grant.who <= set(words[len(grant.title) :])
