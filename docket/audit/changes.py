"""What changed in a posture, when, and what caused it: ``diff`` between two dates and the
``timeline`` of every change."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from docket.audit.index import PostureIndex
from docket.engine.changes import Change, FactKey, FactKind
from docket.events import DocketEvent, Frozen
from docket.posture import Anomaly, CaseState, DiscoveryState, MotionState, Posture, StayState, Step
from docket.words import doc_ref, motion_words, status_words

__all__ = ["FactChange", "diff", "timeline"]


class FactChange(Frozen):
    """One fact of the posture changed: from ``old`` to ``new``, because of ``cause``."""

    on: date | None
    fact: str
    field: str
    old: str | None
    new: str | None
    cause: Step | None = None

    def text(self) -> str:
        """A clerk's line: "2019-12-10 Doc. 38 (motion to stay discovery) status: pending -> granted (Doc. 44: ...)"."""
        when = f"{self.on} " if self.on else ""
        move = f"{self.old} -> {self.new}" if self.old is not None else f"{self.new}"
        because = ""
        if self.cause is not None:
            by = f"{doc_ref(self.cause.doc)}: " if self.cause.doc is not None else ""
            because = f" ({by}{self.cause.what})"
        return f"{when}{self.fact} {self.field}: {move}{because}"


def _cause(
    because: tuple[Step, ...], after: date | None, upto: date | None, about: str | None
) -> Step | None:
    """The latest step, in the window, about the field that changed."""
    fallback = None
    for step in reversed(because):
        if (after is None or step.on > after) and (upto is None or step.on <= upto):
            if about is None or step.about in (about, None):
                return step
            fallback = fallback or step
    return fallback or (because[-1] if because else None)


def _motion_name(m: MotionState) -> str:
    return motion_words(m.doc, m.kind, m.part)


def _compare(
    fact: str,
    fields: Iterable[tuple[str, str | None, str | None]],
    because: tuple[Step, ...],
    after: date | None,
    upto: date | None,
    on: date | None = None,
) -> Iterator[FactChange]:
    for name, old, new in fields:
        if old != new and not (name == "briefing" and new is None):
            cause = _cause(because, after, upto, _ABOUT.get(name))
            when = on if on is not None else (cause.on if cause is not None else upto)
            yield FactChange(on=when, fact=fact, field=name, old=old, new=new, cause=cause)


_ABOUT = {"status": "status", "leave to refile": "leave_to_refile", "briefing": "briefing"}


def _motion_fields(m: MotionState | None) -> dict[str, str | None]:
    if m is None:
        return {"status": None, "leave to refile": None, "briefing": None}
    return {
        "status": status_words(m.status),
        "leave to refile": m.leave_to_refile.status if m.leave_to_refile else None,
        # Once a motion is decided its briefing is over; the status change says so.
        "briefing": status_words(m.briefing.status)
        if m.briefing and m.status == "pending"
        else None,
    }


def _stay_name(s: StayState) -> str:
    return f"stay of {s.scope.value} entered {s.imposed} ({doc_ref(s.imposed_by)})"


def _fact_changes(
    key: FactKey,
    old: object,
    new: object,
    after: date | None,
    upto: date | None,
    on: date | None,
) -> Iterator[FactChange]:
    kind = key[0]
    if kind is FactKind.MOTION:
        assert isinstance(new, MotionState)
        now = _motion_fields(new)
        if not isinstance(old, MotionState):
            # A motion new to the posture: its filing, pending, on its filing date; then
            # whatever became of it since (a ruling in the same window is its own line).
            first = new.because[0] if new.because else None
            filed_on = first.on if first else new.filed
            yield FactChange(
                on=filed_on,
                fact=_motion_name(new),
                field="filed",
                old=None,
                new="pending",
                cause=first,
            )
            before = {**now, "status": "pending", "leave to refile": None}
        else:
            before = _motion_fields(old)
        rows = [(f, before[f], now[f]) for f in now]
        yield from _compare(_motion_name(new), rows, new.because, after, upto, on)
    elif isinstance(new, StayState):
        was = status_words(old.status) if isinstance(old, StayState) else None
        rows = [("status", was, status_words(new.status))]
        yield from _compare(_stay_name(new), rows, new.because, after, upto, on)
    elif isinstance(new, CaseState):
        was = old.status if isinstance(old, CaseState) else None
        yield from _compare("case", [("status", was, new.status)], new.because, after, upto, on)
    elif isinstance(new, DiscoveryState):
        was = status_words(old.status) if isinstance(old, DiscoveryState) else None
        rows = [("status", was, status_words(new.status))]
        yield from _compare("discovery", rows, new.because, after, upto, on)


def diff(before: Posture, after: Posture) -> tuple[FactChange, ...]:
    """What changed between two postures of one case, each change with its cause."""
    lo, hi = before.as_of, after.as_of
    out: list[FactChange] = []
    out += _fact_changes((FactKind.CASE, 0), before.case, after.case, lo, hi, None)
    out += _fact_changes((FactKind.DISCOVERY, 0), before.discovery, after.discovery, lo, hi, None)
    old_stays = dict(enumerate(before.discovery.stays))
    for i, s in enumerate(after.discovery.stays):
        out += _fact_changes((FactKind.STAY, i), old_stays.get(i), s, lo, hi, None)
    old_motions = {m.id: m for m in before.motions}
    for m in after.motions:
        out += _fact_changes((FactKind.MOTION, 0), old_motions.get(m.id), m, lo, hi, None)
    seen = {(a.event_id, a.code) for a in before.anomalies}
    for a in after.anomalies:
        if (a.event_id, a.code) not in seen:
            step = Step(on=a.filed, doc=a.doc, event_id=a.event_id, what=a.reason, rule=a.rule)
            out.append(
                FactChange(
                    on=a.filed,
                    fact=doc_ref(a.doc),
                    field="anomaly",
                    old=None,
                    new=a.code,
                    cause=step,
                )
            )
    return tuple(sorted(out, key=lambda c: c.on or date.min))


def timeline(source: Iterable[DocketEvent] | PostureIndex) -> tuple[FactChange, ...]:
    """Every change of the posture, in date order, each with its cause."""
    index = source if isinstance(source, PostureIndex) else PostureIndex(source)
    out: list[FactChange] = []
    anomalies = index.posture().anomalies
    for change in index.changes:
        out += _change(change, anomalies)
    return tuple(out)


def _change(change: Change, anomalies: tuple[Anomaly, ...]) -> Iterator[FactChange]:
    if change.key[0] is FactKind.ANOMALIES:
        old = change.old if isinstance(change.old, int) else 0
        assert isinstance(change.new, int)
        for a in anomalies[old : change.new]:
            yield FactChange(
                on=change.on,
                fact=doc_ref(a.doc),
                field="anomaly",
                old=None,
                new=a.code,
                cause=Step(
                    on=change.on, doc=a.doc, event_id=a.event_id, what=a.reason, rule=a.rule
                ),
            )
        return
    yield from _fact_changes(change.key, change.old, change.new, None, change.on, change.on)
