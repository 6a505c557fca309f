"""What a report shows, computed from a case's entries: the postures the date control moves
through, the timeline's lanes, and the table of entries.

The posture is a step function of the date: :class:`~docket.audit.index.PostureIndex`
assembles the posture on a day from the changes recorded on or before it (per correction
epoch), so it can change only on a day some change is recorded, or an epoch starts. The
report takes the posture on each of those days and keeps one *state* per run of days on
which it is the same; the page shows, for a chosen date, the last state starting on or
before it. Each state holds the posture's text exactly as ``docket posture`` prints it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from difflib import SequenceMatcher
from typing import Any

from docket.audit.changes import FactChange, timeline
from docket.audit.index import PostureIndex
from docket.events import DocketEvent
from docket.posture import MotionState, Posture, StayState
from docket.render import (
    appeal_line,
    judgment_line,
    motion_line,
    motion_what,
    posture_text,
    stay_line,
)
from docket.words import doc_ref, motion_ref, status_words

__all__ = ["Lane", "Mark", "ReportModel", "build_model", "decode_states"]


class _Strings:
    """A table of the page's strings, each kept once: a state names its lines by index."""

    def __init__(self) -> None:
        self.table: list[str] = []
        self._at: dict[str, int] = {}

    def __call__(self, text: str) -> int:
        at = self._at.get(text)
        if at is None:
            at = self._at[text] = len(self.table)
            self.table.append(text)
        return at


@dataclass(frozen=True, slots=True)
class Mark:
    """One thing drawn on a lane: a bar from ``start`` to ``end`` (a point when equal)."""

    left: float
    width: float
    kind: str
    label: str


@dataclass(frozen=True, slots=True)
class Lane:
    """One row of the timeline: its label, what it is (``motion``, ``stay``, ``marker``,
    ``entries``), its outcome class, and its marks."""

    label: str
    what: str
    outcome: str
    outcome_words: str
    start: date | None
    end: date | None
    marks: tuple[Mark, ...]
    reconstructed: bool = False


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the table of entries."""

    doc: str
    filed: date
    type: str
    text: str
    reading: str
    flagged: bool
    reconstructed: bool
    note: str
    classified_by: str


@dataclass(slots=True)
class ReportModel:
    """Everything the report template needs."""

    title: str
    case_id: str
    court: str
    question: list[str]
    as_of: date
    first: date
    last: date
    ticks: list[tuple[float, str]]
    lanes: list[Lane]
    entries: list[Entry]
    data: dict[str, Any] = field(default_factory=dict)
    summary_at_as_of: list[str] = field(default_factory=list)


#: The outcome of a motion, as a class name and words (the words always show beside the
#: colour, so colour is never the only signal).
_OUTCOMES = {
    "pending": "pending",
    "granted": "granted",
    "granted_in_part": "granted in part",
    "denied": "denied",
    "denied_without_prejudice": "denied without prejudice",
    "moot": "moot",
    "vacated": "vacated",
    "withdrawn": "withdrawn",
    "held_in_abeyance": "held in abeyance",
}


def _change_days(index: PostureIndex) -> list[date]:
    """Every day the posture may change: each recorded change's, and each epoch's start."""
    days: set[date] = set()
    for start, epoch in index.epochs:
        if start is not None:
            days.add(start)
        days.update(c.on for c in epoch.changes)
    return sorted(days)


class _MotionLines:
    """:func:`motion_line`, kept per motion state: the postures of one case's days share
    the state of every motion that did not change, so each is phrased once."""

    def __init__(self) -> None:
        self._kept: dict[int, tuple[MotionState, str]] = {}

    def __call__(self, m: MotionState) -> str:
        kept = self._kept.get(id(m))
        if kept is None or kept[0] is not m:
            # The state is held beside its line, so its id cannot be reused meanwhile.
            kept = self._kept[id(m)] = (m, motion_line(m))
        return kept[1]


def _delta(old: list[Any], new: list[Any]) -> list[Any]:
    """``new`` as edits of ``old``: ``[i, j]`` copies ``old[i:j]``, ``{"n": [...]}`` adds
    items. A day's posture repeats most of the day before, so the page carries what differs:
    the common start and end are copied, and what lies between is matched item by item."""
    most = min(len(old), len(new))
    head = 0
    while head < most and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < most - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    ops: list[Any] = [[0, head]] if head else []
    was, now = old[head : len(old) - tail], new[head : len(new) - tail]
    if was and len(now) > 1:
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, was, now, autojunk=False).get_opcodes():
            if tag == "equal":
                ops.append([head + i1, head + i2])
            elif j2 > j1:
                ops.append({"n": now[j1:j2]})
    elif now:
        ops.append({"n": now})
    if tail:
        ops.append([len(old) - tail, len(old)])
    return ops


#: The parts of a state carried as a delta from the state before.
_LISTS = ("lines", "deadlines", "anomalies")


def _states(index: PostureIndex, strings: _Strings) -> list[dict[str, Any]]:
    """One state per run of days with the same posture shown, each from the day it starts,
    its lists carried as deltas from the state before (see :func:`decode_states`)."""
    days = _change_days(index)
    states: list[dict[str, Any]] = []
    motion_text = _MotionLines()
    last: dict[str, Any] = {"case": None, "discovery": None, **{k: [] for k in _LISTS}}
    before = [days[0] - timedelta(days=1)] if days else []
    for day in [*before, *days]:
        shown = _state(index.posture(day), strings, motion_text)
        if shown == last:
            continue
        state: dict[str, Any] = {"from": None if day in before else day.isoformat()}
        state["case"], state["discovery"] = shown["case"], shown["discovery"]
        state.update({k: _delta(last[k], shown[k]) for k in _LISTS})
        states.append(state)
        last = shown
    return states


def decode_states(states: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The states with their lists whole again (what the page's script does)."""
    whole: list[dict[str, Any]] = []
    last: dict[str, Any] = {k: [] for k in _LISTS}
    for state in states:
        now = dict(state)
        for k in _LISTS:
            now[k] = [
                x
                for op in state[k]
                for x in (last[k][op[0] : op[1]] if isinstance(op, list) else op["n"])
            ]
        whole.append(now)
        last = now
    return whole


def _state(p: Posture, strings: _Strings, motion_text: _MotionLines) -> dict[str, Any]:
    s = strings
    return {
        "case": s(p.case.status),
        "discovery": s(status_words(p.discovery.status)),
        "lines": [s(line) for line in posture_text(p, motion_text).split("\n")],
        "deadlines": [
            (
                s(d.due.isoformat()),
                s(d.what),
                s(d.citation),
                s(status_words(d.status)),
                s(d.consequence or ""),
            )
            for d in p.deadlines
        ],
        "anomalies": [
            (s(doc_ref(a.doc)), s(a.filed.isoformat()), s(a.reason), s(a.rule or ""))
            for a in p.anomalies
        ],
    }


def _changes(changes: Sequence[FactChange], strings: _Strings) -> list[list[Any]]:
    return [[c.on.isoformat() if c.on else None, strings(c.text())] for c in changes]


class _Scale:
    """Days to percentages of the timeline's width."""

    def __init__(self, first: date, last: date) -> None:
        self.first = first
        self.span = max((last - first).days, 1)

    def at(self, day: date) -> float:
        return round(100 * (day - self.first).days / self.span, 3)

    def bar(self, start: date, end: date, kind: str, label: str) -> Mark:
        left = self.at(start)
        return Mark(left, max(round(self.at(end) - left, 3), 0.0), kind, label)


def _motion_lane(m: MotionState, scale: _Scale, end: date, reconstructed: bool) -> Lane:
    stop = m.decided or end
    outcome = m.status if m.status in _OUTCOMES else "other"
    words = _OUTCOMES.get(m.status, status_words(m.status))
    who = f" by {m.movant}" if m.movant else ""
    label = f"{motion_ref(m.doc, m.part)}: {motion_what(m)}{who}"
    marks = [scale.bar(m.filed, stop, "bar", f"{label}: filed {m.filed}, {words}")]
    b = m.briefing
    if b is not None:
        for what, due in (("response due", b.response_due), ("reply due", b.reply_due)):
            if due is not None:
                marks.append(scale.bar(due, due, "tick", f"{what} {due}"))
    return Lane(label, "motion", outcome, words, m.filed, m.decided, tuple(marks), reconstructed)


def _stay_lane(s: StayState, scale: _Scale, end: date) -> Lane:
    stop = s.lifted or end
    words = "in force" if s.status == "in_force" else f"lifted {s.lifted}"
    line = stay_line(s)
    if s.status != "in_force" and s.lifts_when is not None:
        # A lifted stay's line says why it lifted; its label keeps what was to lift it.
        line += f" (it was to lift on {s.lifts_when_text})"
    mark = scale.bar(s.imposed, stop, "band", line)
    return Lane(line, "stay", s.status, words, s.imposed, s.lifted, (mark,))


def _lanes(final: Posture, events: Sequence[DocketEvent], scale: _Scale, end: date) -> list[Lane]:
    reconstructed = {e.id for e in events if e.reconstructed}
    lanes: list[Lane] = []
    for s in final.discovery.stays:
        lanes.append(_stay_lane(s, scale, end))
    for j in final.case.judgments:
        line = judgment_line(j)
        lanes.append(
            Lane(
                line,
                "judgment",
                "judgment",
                "judgment",
                j.entered,
                None,
                (scale.bar(j.entered, j.entered, "judgment", line),),
                j.id in reconstructed,
            )
        )
    for a in final.case.appeals:
        line = appeal_line(a)
        marks = [scale.bar(a.noticed, a.mandate or end, "appeal", line)]
        if a.mandate is not None:
            marks.append(scale.bar(a.mandate, a.mandate, "mandate", f"mandate {a.mandate}"))
        lanes.append(
            Lane(
                line,
                "appeal",
                a.status,
                a.status if a.outcome is None else status_words(a.outcome),
                a.noticed,
                a.mandate,
                tuple(marks),
                a.id in reconstructed,
            )
        )
    for m in final.motions:
        lanes.append(_motion_lane(m, scale, end, m.id in reconstructed))
    entries = tuple(
        scale.bar(
            e.filed,
            e.filed,
            "reconstructed" if e.reconstructed else "entry",
            f"{doc_ref(e.doc)} {e.filed} {e.type.replace('_', ' ')}"
            + (" (reconstructed)" if e.reconstructed else ""),
        )
        for e in events
    )
    lanes.append(Lane("Every entry", "entries", "entries", "", None, None, entries))
    return lanes


def _reading(e: DocketEvent, decided: Mapping[str, str]) -> tuple[str, bool]:
    if e.review is None:
        return "certain", False
    if e.id in decided:
        return f"flagged for review ({e.review.reason}); {decided[e.id]}", False
    return f"flagged for review: {e.review.reason}", True


def _entries(events: Sequence[DocketEvent]) -> list[Entry]:
    decided: dict[str, str] = {}
    for e in events:
        target = getattr(e, "target", None)
        if e.type == "entry_corrected" and isinstance(target, str):
            decided[target] = f"decided {e.filed}" + (f": {e.note}" if e.note else "")
    rows = []
    for e in events:
        reading, flagged = _reading(e, decided)
        text = e.text or getattr(e, "title", None) or ""
        rows.append(
            Entry(
                doc=str(e.doc) if e.doc is not None else "",
                filed=e.filed,
                type=e.type.replace("_", " "),
                text=text,
                reading=reading,
                flagged=flagged,
                reconstructed=e.reconstructed,
                note=e.note or "",
                classified_by=e.classified_by or "",
            )
        )
    return rows


def _ticks(first: date, last: date, scale: _Scale) -> list[tuple[float, str]]:
    """Labels for the time axis: months for a short case, years for a long one."""
    span = (last - first).days
    ticks = []
    if span <= 800:
        step = 1 if span <= 400 else 3
        day = date(first.year, first.month, 1)
        while day <= last:
            if day >= first:
                ticks.append((scale.at(day), day.strftime("%b %Y")))
            month = day.month - 1 + step
            day = date(day.year + month // 12, month % 12 + 1, 1)
    else:
        for year in range(first.year + 1, last.year + 1):
            ticks.append((scale.at(date(year, 1, 1)), str(year)))
    return ticks


def build_model(events: Sequence[DocketEvent], question: list[str], as_of: date) -> ReportModel:
    """The report of a case's ``events``, opening on ``as_of``; ``question`` is what the
    report answers, as a reading's first lines."""
    index = PostureIndex(events)
    strings = _Strings()
    states = _states(index, strings)
    changes = timeline(index)
    days = _change_days(index)
    dates = [e.filed for e in events] + days
    first = min(dates) if dates else as_of
    last = max(dates) if dates else as_of
    # A little room after the last change, so a pending motion's bar is seen to run on.
    end = last + timedelta(days=max((last - first).days // 10, 30))
    scale = _Scale(first, end)
    final = index.posture(last)
    title = final.case.title or final.case.id or "(no case)"
    return ReportModel(
        title=title,
        case_id=final.case.id or "",
        court=final.case.court or "",
        question=question,
        as_of=as_of,
        first=first,
        last=last,
        ticks=_ticks(first, end, scale),
        lanes=_lanes(final, events, scale, end),
        entries=_entries(events),
        data={
            "strings": strings.table,
            "states": states,
            "changes": _changes(changes, strings),
            "asOf": as_of.isoformat(),
            "scale": [first.isoformat(), end.isoformat()],
        },
        summary_at_as_of=posture_text(index.posture(as_of)).split("\n"),
    )
