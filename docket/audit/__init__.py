"""Auditing a posture: as-of snapshots, what changed and when, and why."""

from docket.audit.changes import FactChange, diff, timeline
from docket.audit.explain import ConditionCheck, Explanation, NothingToExplain, explain
from docket.audit.index import Change, PostureIndex

__all__ = [
    "Change",
    "ConditionCheck",
    "Explanation",
    "FactChange",
    "NothingToExplain",
    "PostureIndex",
    "diff",
    "explain",
    "timeline",
]
