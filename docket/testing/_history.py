"""What the strategies yield: a history that prints as a docket, and what a corruption broke."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docket.events import (
    BriefingCompleteNoticed,
    DocketEvent,
    EntryCorrected,
    EntryStricken,
    MotionFiled,
    MotionWithdrawn,
    OrderEntered,
    ReplyFiled,
    ResponseFiled,
)

__all__ = ["Corruption", "History", "summarize"]


def summarize(event: DocketEvent) -> str:
    """One short line for an entry, as a docket sheet would list it."""
    doc = f"Doc. {event.doc}" if event.doc is not None else "(no number)"
    head = f"{doc} {event.filed.isoformat()} {event.type}"
    match event:
        case MotionFiled(kind=kind, grounds=grounds, stay_pending=pending, refiles=refiles):
            tail = f"part {event.part}: {kind.value}" if event.part is not None else kind.value
            tail += f" on {', '.join(g.value for g in grounds)}" if grounds else ""
            if pending is not None:
                tail += f", pending {_ref(pending, event.stay_pending_part)}"
            if refiles is not None:
                tail += f", refiles {_ref(refiles, event.refiles_part)}"
        case ResponseFiled(to_motion=n, to_part=part, position=position):
            tail = f"to {_ref(n, part)}, {position.value}"
        case ReplyFiled(to_motion=n, to_part=part):
            tail = f"on {_ref(n, part)}"
        case MotionWithdrawn(motion=n, part=part) | BriefingCompleteNoticed(motion=n, part=part):
            tail = _ref(n, part)
        case OrderEntered(rulings=rulings, stays=stays, lifts=lifts):
            parts = [_ruling(r) for r in rulings]
            parts += [f"stays {s.scope.value} until {_until(s.lifts_when)}" for s in stays]
            parts += [
                f"lifts {lift.scope.value} stay"
                + (f" of Doc. {lift.stay_order}" if lift.stay_order is not None else "")
                for lift in lifts
            ]
            if event.opens_discovery:
                parts.append("opens discovery")
            if event.discovery_closes is not None:
                parts.append(f"discovery closes {event.discovery_closes.isoformat()}")
            tail = "; ".join(parts)
        case EntryCorrected(target=target) | EntryStricken(target=target):
            tail = f"of {target}"
        case _:
            tail = ""
    return f"{head} {tail}".rstrip()


def _ref(n: int | None, part: int | None) -> str:
    return f"Doc. {n}" if part is None else f"Doc. {n} part {part}"


def _ruling(ruling: Any) -> str:
    text = f"{_ref(ruling.motion, ruling.part)} {ruling.disposition.value}"
    leave = ruling.leave_to_refile
    if leave is not None:
        text += f" (leave to refile once {_until(leave.condition, 'now')})"
    return text


def _until(condition: Any, none: str = "further order") -> str:
    from docket.events import describe

    return none if condition is None else describe(condition)


class History(tuple[DocketEvent, ...]):
    """A docket history: a tuple of entries that prints as a short docket sheet.

    Hypothesis prints the failing example with this ``repr``, one entry per line.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        if not self:
            return "History([])"
        case = self[0].case
        lines = "".join(f"\n  {summarize(e)}" for e in self)
        return f"History(case={case!r}, {len(self)} entries):{lines}"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(repr(self))


@dataclass(frozen=True)
class Corruption:
    """What is wrong with a corrupted history.

    Attributes:
        code: The anomaly code replay must flag (e.g. ``unknown_motion``).
        entry_id: The id of the entry replay must flag.
        doc: That entry's docket number.
        description: What was broken, in a docket clerk's words.
    """

    code: str
    entry_id: str
    doc: int | None
    description: str
