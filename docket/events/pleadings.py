"""Entries at the start of a case, before motion practice: an amended pleading, the Rule 26(f)
conference.

Kept apart from :mod:`docket.events.filings` (papers the parties file about motions) and
:mod:`docket.events.court` (orders and judgments).
"""

from __future__ import annotations

from typing import Literal

from docket.events._base import EventBase
from docket.events.filings import Service

__all__ = ["PleadingAmended", "Rule26fConference"]


class PleadingAmended(EventBase):
    """An amended complaint (or other amended pleading) is filed.

    It supersedes the pleading before it: a motion aimed at the old pleading is usually found
    moot, and a response to the new one is due within the time left to respond to the old one
    or 14 days after service of the new one, whichever is later (FRCP 15(a)(3)).

    Attributes:
        service: How it was served, when not through CM/ECF (FRCP 6(d)).
    """

    type: Literal["pleading_amended"] = "pleading_amended"
    service: Service | None = None


class Rule26fConference(EventBase):
    """The parties' Rule 26(f) conference was held (its report, or a minute entry saying so).

    Discovery may be sought from the conference on (FRCP 26(d)(1)).
    """

    type: Literal["rule26f_conference"] = "rule26f_conference"
