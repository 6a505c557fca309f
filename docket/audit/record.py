"""What a reading answers, and from what record: the question every reading command states first.

A posture read "as of today" from a docket whose last entry is from 2019, six of its seven
entries reconstructed, is a different answer from one read off a live docket: every reading
says so before it answers (:class:`Question`, :func:`question_lines`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from docket.events import DocketEvent
from docket.records import FrozenRecord

__all__ = ["Question", "RecordSummary", "RecordTally", "question_lines", "summarize"]


# A dataclass to pydantic (a kept index's header holds one), a frozen record otherwise: the
# dataclass machinery only collects the fields (see docket.posture).
@dataclass(slots=True, init=False, repr=False, eq=False)
class RecordSummary(FrozenRecord):
    """The docket a reading was read from: how many entries, the last one's filing date, and
    how many of them were reconstructed (inferred, not read off the record)."""

    entries: int
    last_entry: date | None
    reconstructed: int

    def __init__(self, entries: int, last_entry: date | None, reconstructed: int) -> None:
        put = object.__setattr__
        put(self, "entries", entries)
        put(self, "last_entry", last_entry)
        put(self, "reconstructed", reconstructed)


def summarize(
    events: Iterable[DocketEvent],
    known_on: date | None = None,
    known_dates: Mapping[str, date] | None = None,
) -> RecordSummary:
    """The summary of ``events`` (only those known on ``known_on``, when given: an entry is
    known from ``known_dates[id]``, else from its ``entered`` date, else its filing date)."""
    when = known_dates or {}
    entries = reconstructed = 0
    last: date | None = None
    for e in events:
        if known_on is not None and when.get(e.id, e.entered or e.filed) > known_on:
            continue
        entries += 1
        reconstructed += e.reconstructed
        if last is None or e.filed > last:
            last = e.filed
    return RecordSummary(entries, last, reconstructed)


class RecordTally:
    """:func:`summarize` of every entry, tallied as the entries pass by on their way to a
    replay that reads them as it goes (and holds none)."""

    def __init__(self) -> None:
        self.done = False
        self._summary = RecordSummary(0, None, 0)

    def count(self, events: Iterable[DocketEvent]) -> Iterator[DocketEvent]:
        """Yield ``events``, tallying them; the tally is done once they have all passed."""
        entries = reconstructed = 0
        last: date | None = None
        for e in events:
            entries += 1
            reconstructed += e.reconstructed
            if last is None or e.filed > last:
                last = e.filed
            yield e
        self._summary = RecordSummary(entries, last, reconstructed)
        self.done = True

    def summary(self) -> RecordSummary:
        """The summary of the entries tallied (of none, before they have all passed)."""
        return self._summary


class Question(FrozenRecord):
    """What a reading command was asked, of which case, read from where.

    ``asks`` names the reading (``posture``, ``deadlines``, ``explain``, ``diff``,
    ``timeline``); ``since`` is a diff's earlier date (its later one is ``as_of``);
    ``as_of`` is ``None`` for a timeline of every change; ``source`` is the history file, or
    the store the case was read from.
    """

    __slots__ = (
        "as_of",
        "asks",
        "case",
        "known_on",
        "record",
        "rule_pack",
        "rule_pack_notice",
        "since",
        "source",
    )

    asks: str
    case: str | None
    source: str
    as_of: date | None
    known_on: date | None
    record: RecordSummary
    rule_pack: str | None
    rule_pack_notice: str | None
    since: date | None

    def __init__(
        self,
        asks: str,
        case: str | None,
        source: str,
        as_of: date | None,
        known_on: date | None,
        record: RecordSummary,
        rule_pack: str | None,
        rule_pack_notice: str | None,
        since: date | None = None,
    ) -> None:
        put = object.__setattr__
        put(self, "asks", asks)
        put(self, "case", case)
        put(self, "source", source)
        put(self, "as_of", as_of)
        put(self, "known_on", known_on)
        put(self, "record", record)
        put(self, "rule_pack", rule_pack)
        put(self, "rule_pack_notice", rule_pack_notice)
        put(self, "since", since)


def question_lines(q: Question) -> list[str]:
    """The question as a reading's first lines, e.g.::

    posture as of 2019-12-10, known on 2019-12-09; last entry 2019-12-10; 6 of 7 entries reconstructed
    case nmd-2:19-cv-00445, read from events/lucero-v-clovis.jsonl; rules: nmd (local rules on the FRCP)
    """
    if q.since is not None:
        head = f"{q.asks} from {q.since} to {q.as_of}"
    elif q.as_of is not None:
        head = f"{q.asks} as of {q.as_of}"
    else:
        head = f"{q.asks}, every change"
    if q.known_on is not None:
        head += f", known on {q.known_on}"
    r = q.record
    last = f"last entry {r.last_entry}" if r.last_entry is not None else "no entries"
    head += f"; {last}; {r.reconstructed} of {r.entries} entries reconstructed"
    if q.rule_pack_notice:
        rules = "no local rules for this court: federal defaults"
    elif q.rule_pack in (None, "frcp"):
        rules = "the FRCP alone"
    else:
        rules = f"{q.rule_pack} (local rules on the FRCP)"
    case = f"case {q.case}, " if q.case is not None else ""
    return [head, f"{case}read from {q.source}; rules: {rules}"]
