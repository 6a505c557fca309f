"""Entries at the start of a case, before motion practice: the Rule 26(f) conference.

Kept apart from :mod:`docket.events.filings` (papers the parties file about motions) and
:mod:`docket.events.court` (orders and judgments).
"""

from __future__ import annotations

from typing import Literal

from docket.events._base import EventBase

__all__ = ["Rule26fConference"]


class Rule26fConference(EventBase):
    """The parties' Rule 26(f) conference was held (its report, or a minute entry saying so).

    Discovery may be sought from the conference on (FRCP 26(d)(1)).
    """

    type: Literal["rule26f_conference"] = "rule26f_conference"
