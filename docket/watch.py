"""Watching dockets: after each fetch, tell a destination what changed in a case's posture
since it was last told, and never lose a change.

A destination (standard output, or a webhook URL) is a *channel*. For each case the store
keeps the version and chain head the channel was last told of (a *mark*). A round fetches
each docket, merges it into the store as ``docket import`` does, and for every case whose
head moved past the channel's mark builds a :class:`Notice`: the posture facts that changed
(``docket diff`` semantics: the posture on the day from the entries the channel knew, against
the posture from all of them) and the deadlines that are new. The mark moves only once the
notice is delivered, so a webhook that fails is told the same changes, and any newer ones,
on the next round.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from docket.errors import DocketError

if TYPE_CHECKING:
    import httpx

    from docket.audit.changes import FactChange
    from docket.fetch import CourtListener
    from docket.posture import Deadline
    from docket.store import EventStore

__all__ = [
    "DeliveryFailed",
    "Notice",
    "RoundReport",
    "Webhook",
    "channel_of",
    "notice_for",
    "watch_round",
]


class DeliveryFailed(DocketError):
    """A notice could not be delivered: the mark stays, and the next round tells it again."""


@dataclass(frozen=True)
class Notice:
    """What a channel has not been told yet about one case.

    Attributes:
        case: The case id.
        title: The case's title, when the docket gives one.
        since: The version the channel was last told of (0: never).
        version: The case's version now.
        head: The chain hash of the case's last entry now.
        as_of: The day both postures are read on.
        changes: Each posture fact that changed, with its cause.
        new_deadlines: Deadlines running now that the last notice did not list.
    """

    case: str
    title: str | None
    since: int
    version: int
    head: str
    as_of: date
    changes: tuple[FactChange, ...]
    new_deadlines: tuple[Deadline, ...]

    def data(self) -> dict[str, Any]:
        """The notice as JSON data (the webhook's body)."""
        from pydantic_core import to_jsonable_python

        return {
            "case": self.case,
            "title": self.title,
            "since_version": self.since,
            "version": self.version,
            "head": self.head,
            "as_of": self.as_of.isoformat(),
            "changes": [c.model_dump(mode="json") for c in self.changes],
            "new_deadlines": to_jsonable_python(self.new_deadlines),
        }

    def lines(self) -> list[str]:
        """The notice as a clerk reads it."""
        name = f"{self.title} ({self.case})" if self.title else self.case
        entries = self.version - self.since
        head = (
            f"{name}: {entries} new entr{'y' if entries == 1 else 'ies'}"
            f" (entries {self.since + 1}-{self.version}), posture as of {self.as_of}"
        )
        out = [head]
        out += [f"  {c.text()}" for c in self.changes]
        out += [
            f"  new deadline {d.due}: {d.what} [{d.citation}] {d.status}"
            for d in self.new_deadlines
        ]
        if not self.changes and not self.new_deadlines:
            out.append("  no change of posture")
        return out


def channel_of(webhook: str | None) -> str:
    """The channel a destination is marked under: ``stdout``, or ``webhook:`` and a digest of
    the URL (a URL may carry a secret; the store keeps only its digest)."""
    if webhook is None:
        return "stdout"
    return "webhook:" + hashlib.sha256(webhook.encode()).hexdigest()[:32]


def notice_for(store: EventStore, case: str, channel: str, today: date) -> Notice | None:
    """What ``channel`` has not been told about ``case``, or ``None`` when it is up to date."""
    from docket.engine.fold import replay
    from docket.store import events_of

    version, head = store.head(case)
    mark = store.load_mark(case, channel)
    if mark is not None and mark == (version, head):
        return None
    # A mark past the case's end belongs to a store rebuilt since: tell everything again.
    since = mark[0] if mark is not None and mark[0] <= version else 0
    events = events_of(store.load(case))
    before = replay(events[:since], as_of=today)
    after = replay(events, as_of=today)
    from docket.audit.changes import diff

    known = {d.id for d in before.deadlines}
    return Notice(
        case=case,
        title=after.case.title,
        since=since,
        version=version,
        head=head,
        as_of=today,
        changes=diff(before, after),
        new_deadlines=tuple(
            d for d in after.deadlines if d.id not in known and d.status == "running"
        ),
    )


class Webhook:
    """POSTs each notice as JSON to a URL, retrying connection failures, 429 and 5xx.

    Args:
        url: Where to post.
        attempts: Tries per notice before it is given up for this round.
        wait: Seconds before the first retry; each retry waits twice as long (a
            ``Retry-After`` the server sends, up to 5 minutes, is waited instead).
    """

    def __init__(self, url: str, *, attempts: int = 5, wait: float = 1.0) -> None:
        import httpx

        self.url = url
        self.attempts = attempts
        self.wait = wait
        self._client = httpx.Client(timeout=30.0, follow_redirects=False)

    def close(self) -> None:
        """Release the connection pool."""
        self._client.close()

    def __call__(self, notice: Notice) -> None:
        """Deliver ``notice``, or raise :class:`DeliveryFailed` saying why."""
        import httpx

        from docket.fetch import retry_after

        why = "not tried"
        for attempt in range(self.attempts):
            response: httpx.Response | None = None
            try:
                response = self._client.post(self.url, json=notice.data())
            except httpx.HTTPError as e:
                why = f"{type(e).__name__}"
            else:
                if response.is_success:
                    return
                why = f"HTTP {response.status_code}"
                if response.status_code not in (408, 429) and response.status_code < 500:
                    break  # the hook refuses this notice: asking again will not change that
            if attempt + 1 < self.attempts:
                asked = retry_after(response) if response is not None else None
                time.sleep(asked or self.wait * 2**attempt)
        raise DeliveryFailed(
            f"{notice.case}: webhook {_shown_url(self.url)} failed ({why}) after"
            f" {attempt + 1} tr{'y' if attempt == 0 else 'ies'}; kept to send again next round"
        )


def _shown_url(url: str) -> str:
    """A URL without its query and credentials, fit to print."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname or ''}{f':{parts.port}' if parts.port else ''}{parts.path}"


@dataclass
class RoundReport:
    """What one round did: each docket's import outcome line, the notices delivered and the
    failures (a refused docket, a notice not delivered)."""

    delivered: list[Notice] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    fetched: int = 0


def watch_round(
    client: CourtListener,
    store: EventStore,
    docket_ids: Iterable[int],
    channel: str,
    deliver: Callable[[Notice], None],
    today: date,
) -> RoundReport:
    """Fetch each docket, merge it into the store, and deliver what ``channel`` has not been
    told; a delivered notice moves the case's mark, a failed one leaves it."""
    from docket.fetch import fetch_into_store

    report = RoundReport()
    for docket_id in dict.fromkeys(docket_ids):
        outcome = fetch_into_store(client, store, docket_id, today)
        if outcome.status == "refused" or outcome.case is None:
            report.failures.append(f"courtlistener docket {docket_id}: refused: {outcome.reason}")
            continue
        report.fetched += 1
        notice = notice_for(store, outcome.case, channel, today)
        if notice is None:
            continue
        try:
            deliver(notice)
        except DeliveryFailed as e:
            report.failures.append(str(e))
            continue
        store.save_mark(notice.case, channel, notice.version, notice.head)
        report.delivered.append(notice)
    return report
