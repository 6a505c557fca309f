"""Importing into an existing docket history: keep its case id, add only what is new."""

from __future__ import annotations

from collections.abc import Iterable

from docket.events import (
    CaseOpened,
    DocketEvent,
    MotionFiled,
    ReplyFiled,
    ResponseFiled,
)
from docket.ingest.build import Known

__all__ = ["known_from_history"]


def known_from_history(events: Iterable[DocketEvent]) -> Known | None:
    """What an existing history holds, for :func:`docket.ingest.build.build`.

    Returns ``None`` for an empty history (the sheet's own case id is then used).
    """
    known: Known | None = None
    for e in events:
        if known is None:
            known = Known(case=e.case)
        known.ids.add(e.id)
        if isinstance(e, CaseOpened):
            known.opened = True
        if e.doc is None:
            continue
        known.docs.add(e.doc)
        known.types.setdefault(e.doc, e.type)
        if isinstance(e, MotionFiled):
            filer = ", ".join(e.movants) or e.filed_by or ""
            known.motions[(e.doc, e.part)] = (
                e.kind,
                e.title or e.text or "",
                e.stay_pending,
                filer,
            )
        elif isinstance(e, ResponseFiled | ReplyFiled) and e.to_motion is not None:
            known.answers[e.doc] = e.to_motion
    return known
