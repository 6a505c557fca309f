"""Auditing a posture: as-of snapshots, what changed and when, and why.

The names below load on first use (reading a kept index needs none of the replay engine).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docket._runtime import lazy_names

if TYPE_CHECKING:
    from docket.audit.changes import FactChange, diff, timeline
    from docket.audit.explain import (
        ConditionCheck,
        Explanation,
        NothingToExplain,
        explain,
        explain_case,
        explain_deadline,
        explain_discovery,
        explain_motion,
    )
    from docket.audit.index import PostureIndex
    from docket.audit.kept import StoredCase, posture_from_file, posture_from_store, posture_of
    from docket.engine.changes import Change

__all__ = [
    "Change",
    "ConditionCheck",
    "Explanation",
    "FactChange",
    "NothingToExplain",
    "PostureIndex",
    "StoredCase",
    "diff",
    "explain",
    "explain_case",
    "explain_deadline",
    "explain_discovery",
    "explain_motion",
    "posture_from_file",
    "posture_from_store",
    "posture_of",
    "timeline",
]

_HOMES = {
    "Change": "docket.engine.changes",
    "ConditionCheck": "docket.audit.explain",
    "Explanation": "docket.audit.explain",
    "NothingToExplain": "docket.audit.explain",
    "explain": "docket.audit.explain",
    "explain_case": "docket.audit.explain",
    "explain_deadline": "docket.audit.explain",
    "explain_discovery": "docket.audit.explain",
    "explain_motion": "docket.audit.explain",
    "FactChange": "docket.audit.changes",
    "diff": "docket.audit.changes",
    "timeline": "docket.audit.changes",
    "PostureIndex": "docket.audit.index",
    "posture_from_file": "docket.audit.kept",
    "posture_from_store": "docket.audit.kept",
    "posture_of": "docket.audit.kept",
    "StoredCase": "docket.audit.kept",
}


__getattr__, __dir__ = lazy_names("docket.audit", _HOMES, globals())
