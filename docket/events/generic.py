"""The catch-all entry: anything the vocabulary does not cover is kept, never dropped."""

# No "from __future__ import annotations" here: pydantic reads these models' annotations as
# objects instead of evaluating each one's text when the module loads (start-up time).

from typing import Literal

from docket.events._base import EventBase

__all__ = ["DocketEntry"]


class DocketEntry(EventBase):
    """A docket entry the vocabulary has no closer word for (a notice, a summons, a transcript).

    ``event_name`` keeps the CM/ECF event name (PACER's short description) where known.
    """

    type: Literal["docket_entry"] = "docket_entry"
    event_name: str | None = None
