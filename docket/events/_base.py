"""What every docket entry carries, whatever its kind."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["SCHEMA_VERSION", "EventBase", "Frozen"]

#: The version of the event JSON this release writes. Older versions are upcast on parse.
SCHEMA_VERSION = 1


class Frozen(BaseModel):
    """An immutable value: no field may change and no unknown field is accepted."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


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
        schema_version: The version of this event's JSON.
    """

    id: str = Field(min_length=1, max_length=512)
    case: str = Field(min_length=1, max_length=512)
    filed: date
    doc: int | None = Field(default=None, ge=0)
    text: str | None = None
    filed_by: str | None = None
    entered: date | None = None
    reconstructed: bool = False
    note: str | None = None
    schema_version: int = Field(default=SCHEMA_VERSION, ge=1, le=SCHEMA_VERSION)
