"""What every docket entry carries, whatever its kind."""

# No "from __future__ import annotations" here: pydantic reads these models' annotations as
# objects instead of evaluating each one's text when the module loads (start-up time).

from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from docket.limits import EARLIEST_DATE, LATEST_DATE, MAX_DOC, MAX_PART

__all__ = [
    "SCHEMA_VERSION",
    "CourtDate",
    "DocNumber",
    "EventBase",
    "Frozen",
    "Part",
    "Review",
    "absent",
    "unset",
]

#: The version of the event JSON this release writes. Older versions are upcast on parse.
SCHEMA_VERSION = 1


def absent(value: object) -> bool:
    """Whether an optional field added after version 1 is unset, so left out of the JSON.

    An event that does not use such a field dumps exactly as version 1 wrote it: its
    canonical JSON, and so its hash in the store, does not change.
    """
    return value is None


def _false(value: object) -> bool:
    """Whether a flag added after version 1 is unset, so left out of the JSON."""
    return value is False


def unset(value: object) -> bool:
    """Like :func:`absent`, for a field whose default is an empty tuple or ``False``."""
    return value is None or value == () or value is False


#: A date in an event: 1900-01-01 to 2100-12-31 (see :mod:`docket.limits`). A year such as
#: 1019 or 0001 is a typo, refused at parse, where the file and line are known.
CourtDate = Annotated[
    date,
    Field(
        ge=EARLIEST_DATE,
        le=LATEST_DATE,
        json_schema_extra={
            "formatMinimum": EARLIEST_DATE.isoformat(),
            "formatMaximum": LATEST_DATE.isoformat(),
        },
    ),
]

#: A docket number, or a reference to one: 0 to 9,999,999 (see :mod:`docket.limits`).
DocNumber = Annotated[int, Field(ge=0, le=MAX_DOC)]

#: Which motion of a document a motion is, or a reference names: 1, 2, ... in the order the
#: document states them. Absent: the document's only motion (or, in a reference, the
#: document as a whole; see :mod:`docket.events.filings`).
Part = Annotated[
    int | None,
    Field(
        ge=1,
        le=MAX_PART,
        exclude_if=absent,
        description="Which motion of a document holding several (1, 2, ...); absent: its only motion",
    ),
]


class Frozen(BaseModel):
    """An immutable value: no field may change and no unknown field is accepted."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Review(Frozen):
    """Why an imported entry's reading is uncertain, and which facts it may change.

    The docket-text reader never guesses. Where it cannot tie a ruling verb to a motion, or
    cannot tell whether an entry ends the case, the entry keeps the reading it is sure of
    and carries a review. Replay does not act on it: the posture shows each fact it may
    touch as needing review, with the entry that may have changed it.

    Attributes:
        reason: What the reader could not tell, in a sentence.
        may_rule_on: The docket numbers of the motions the entry may dispose of.
        may_close: Whether the entry may end the case.
        may_schedule: Whether the entry may set the day discovery closes (a scheduling order
            whose date could not be read); left out of the JSON when false.
        may_rule_on_entries: The ids of the motions entered without a docket number that the
            entry may dispose of (left out of the JSON when there is none).
    """

    reason: str = Field(min_length=1, max_length=500)
    may_rule_on: tuple[DocNumber, ...] = Field(default=(), max_length=200)
    may_close: bool = False
    may_schedule: Annotated[bool, Field(exclude_if=_false)] = False
    may_rule_on_entries: Annotated[
        tuple[Annotated[str, Field(min_length=1, max_length=512)], ...],
        Field(max_length=200, exclude_if=unset),
    ] = ()


class EventBase(Frozen):
    """The fields common to every docket entry.

    Attributes:
        id: A stable identifier, unique across all cases (the store's idempotency key).
        case: The case this entry belongs to (e.g. ``nmd-2:19-cv-00445``).
        filed: The date the entry was filed (its valid time, unless an order says otherwise).
        doc: The docket number, or ``None`` for an unnumbered minute or text entry.
        text: The docket text, where there is one.
        filed_by: Who filed it ("plaintiff", "defendants", "court", a party's name).
        entered: The date the clerk entered it on the docket, when known.
        reconstructed: True when the date or docket number was inferred, not read off the record.
        note: A free-text note on where the entry came from.
        classified_by: For an imported entry, the id of the classifier rule that read it.
        review: How sure the reading is: absent when it is certain; else why not, and which
            facts the entry may change (see :class:`Review`).
        schema_version: The version of this event's JSON.
    """

    id: str = Field(min_length=1, max_length=512)
    case: str = Field(min_length=1, max_length=512)
    filed: CourtDate
    doc: DocNumber | None = None
    text: str | None = None
    filed_by: str | None = None
    entered: CourtDate | None = None
    reconstructed: bool = False
    note: str | None = None
    classified_by: Annotated[str | None, Field(max_length=200, exclude_if=absent)] = None
    review: Annotated[Review | None, Field(exclude_if=absent)] = None
    schema_version: int = Field(default=SCHEMA_VERSION, ge=1, le=SCHEMA_VERSION)
