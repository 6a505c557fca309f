"""Human review of uncertain readings, recorded as events.

The docket-text reader marks an entry it could not read with certainty (``review`` on the
event: the motions it may rule on, whether it may end the case, and why). A person decides:
**accept** the reading as it stands, **correct** it (the rulings it makes, or that it closes
the case), or **skip** it for now. Each decision becomes an ``entry_corrected`` event that
names the entry, who decided and why, so the history keeps both the machine's reading and the
person's. The correction takes effect from the entry's own date (valid time: the entry always
meant what the person decided) and is known from the day of the decision (``entered``, the
knowledge time ``--known-on`` reads), so an audit of what the docket showed before the
decision still sees the machine's reading. Re-importing a newer sheet into the history adds
only new entries and keeps every decision.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, Literal

from pydantic import Field, ValidationError

from docket.errors import DocketError
from docket.events import (
    Disposition,
    DocketEvent,
    EntryCorrected,
    Frozen,
    Ruling,
    dump_event,
)

__all__ = [
    "Decision",
    "DecisionError",
    "MotionRuling",
    "apply_decisions",
    "correction",
    "parse_decisions",
    "pending_review",
]


class DecisionError(DocketError, ValueError):
    """A review decision cannot be applied: names the decision and the reason."""


class MotionRuling(Frozen):
    """A ruling the reviewer reads in the entry: motion ``motion`` (part ``part``) decided so."""

    motion: int = Field(ge=0, le=10_000_000)
    disposition: Disposition
    part: int | None = Field(default=None, ge=1, le=1000)


class Decision(Frozen):
    """One person's decision on one uncertain entry (one line of a decisions file).

    Attributes:
        entry: The id of the entry decided on.
        decision: ``accept`` the reading, ``correct`` it, or ``skip`` it for now.
        by: Who decided.
        why: Why, in a sentence.
        rulings: For ``correct``: the rulings the entry makes (they replace any ruling the
            reader found on the same motion).
        closes: For ``correct``: the entry ends the case.
    """

    entry: str = Field(min_length=1, max_length=512)
    decision: Literal["accept", "correct", "skip"]
    by: str = Field(min_length=1, max_length=200)
    why: str = Field(default="", max_length=2000)
    rulings: tuple[MotionRuling, ...] = ()
    closes: bool = False


def _decided(history: Iterable[DocketEvent]) -> set[str]:
    return {e.target for e in history if isinstance(e, EntryCorrected)}


def pending_review(history: Sequence[DocketEvent]) -> list[DocketEvent]:
    """The entries read without certainty that no one has decided on yet, in docket order."""
    decided = _decided(history)
    return [e for e in history if e.review is not None and e.id not in decided]


def correction(event: DocketEvent, decision: Decision, on: date, serial: int) -> EntryCorrected:
    """The ``entry_corrected`` event recording ``decision`` on ``event``, decided on ``on``.

    Raises:
        DecisionError: ``correct`` with nothing to correct, or a correction the entry's kind
            cannot hold.
    """
    body: dict[str, Any] = json.loads(dump_event(event))
    body.pop("review", None)  # decided: the reading is now certain
    if decision.decision == "correct":
        body = _corrected(body, decision)
    said = f"reviewed by {decision.by}: {decision.decision}" + (
        f" ({decision.why})" if decision.why else ""
    )
    return EntryCorrected(
        id=f"{event.id}/review{serial}",
        case=event.case,
        filed=event.filed,
        entered=on,
        filed_by=decision.by,
        note=said,
        target=event.id,
        corrected=body,
        reason=decision.why or decision.decision,
    )


def _corrected(body: dict[str, Any], decision: Decision) -> dict[str, Any]:
    if not decision.rulings and not decision.closes:
        raise DecisionError(
            f"{decision.entry}: correct names no ruling and does not close the case"
        )
    if decision.closes:
        if decision.rulings:
            raise DecisionError(
                f"{decision.entry}: one entry cannot both rule and close the case here: "
                "record the rulings, and close the case with the clerk's closing entry"
            )
        return _base(body) | {"type": "case_closed", "reason": decision.why or "reviewed"}
    if body["type"] != "order":
        body = _base(body) | {"type": "order"}
    named = {(r.motion, r.part) for r in decision.rulings}
    kept = [r for r in body.get("rulings", []) if (r.get("motion"), r.get("part")) not in named]
    added = [
        Ruling(motion=r.motion, disposition=r.disposition, part=r.part).model_dump(
            mode="json", exclude_none=True
        )
        for r in decision.rulings
    ]
    return body | {"rulings": kept + added}


_BASE_FIELDS = (
    "id",
    "case",
    "filed",
    "doc",
    "text",
    "filed_by",
    "entered",
    "reconstructed",
    "note",
    "classified_by",
    "schema_version",
)


def _base(body: dict[str, Any]) -> dict[str, Any]:
    """The fields every entry has: an entry read as another kind keeps them."""
    return {k: body[k] for k in _BASE_FIELDS if k in body}


def parse_decisions(name: str, text: str) -> list[Decision]:
    """The decisions of a JSONL decisions file (``name`` for errors).

    Raises:
        DecisionError: A line is not a decision (names the file, the line and the reason).
    """
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(Decision.model_validate_json(line))
        except ValidationError as e:
            first = e.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "line"
            raise DecisionError(f"{name}, line {number}: {where}: {first['msg']}") from None
    return out


def apply_decisions(
    history: Sequence[DocketEvent], decisions: Iterable[Decision], on: date
) -> list[EntryCorrected]:
    """The corrections recording ``decisions`` (skips record nothing), to append to history.

    Raises:
        DecisionError: A decision names no entry of the history, an entry that needs no
            review, or one already decided.
    """
    by_id = {e.id: e for e in history}
    decided = _decided(history)
    serial: dict[str, int] = {}
    for e in history:
        if isinstance(e, EntryCorrected):
            serial[e.target] = serial.get(e.target, 0) + 1
    out = []
    for d in decisions:
        event = by_id.get(d.entry)
        if event is None:
            raise DecisionError(f"{d.entry}: no such entry in the history")
        if event.review is None:
            raise DecisionError(f"{d.entry}: its reading is certain; there is nothing to review")
        if d.entry in decided:
            raise DecisionError(f"{d.entry}: already decided")
        if d.decision == "skip":
            continue
        serial[d.entry] = serial.get(d.entry, 0) + 1
        out.append(correction(event, d, on, serial[d.entry]))
        decided.add(d.entry)
    return out
