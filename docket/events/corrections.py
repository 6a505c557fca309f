"""Corrections are events: a clerk's correction or a stricken entry never edits the record.

Replay honours them: from the date of the correction, the corrected entry replaces the
original; from the date of the strike, the stricken entry is treated as never filed.
"""

# No "from __future__ import annotations" here: pydantic reads these models' annotations as
# objects instead of evaluating each one's text when the module loads (start-up time).

from typing import Any, Literal

from pydantic import Field, field_validator

from docket.events._base import EventBase

__all__ = ["EntryCorrected", "EntryStricken"]


class EntryCorrected(EventBase):
    """A clerk's correction of an earlier entry.

    ``corrected`` is the whole corrected entry as JSON (same ``id`` and ``case`` as the
    original, which ``target`` names); replay parses it with the same vocabulary.
    """

    type: Literal["entry_corrected"] = "entry_corrected"
    target: str = Field(min_length=1)
    corrected: dict[str, Any]
    reason: str | None = None

    @field_validator("corrected")
    @classmethod
    def _a_whole_entry(cls, value: dict[str, Any]) -> dict[str, Any]:
        from docket.events.union import parse_event_data

        parse_event_data(value)  # raises InvalidEvent, a ValueError, if it is not an entry
        return value


class EntryStricken(EventBase):
    """An order or clerk's action striking an earlier entry from the record."""

    type: Literal["entry_stricken"] = "entry_stricken"
    target: str = Field(min_length=1)
    reason: str | None = None
