"""Fetching dockets from CourtListener's REST API (v4), so no sheet is downloaded by hand.

A docket is ``GET {api}/dockets/{id}/``; its entries are ``GET {api}/docket-entries/?docket=
{id}``, a page at a time, following each page's ``next`` link (CourtListener's cursor
pagination). Every request carries the token in its ``Authorization`` header and nowhere
else: no message, log line or error names it. The client keeps under the service's hourly
quota (CourtListener allows 5,000 requests an hour to a user; the default here is 4,500) by
spacing its requests, and retries a request answered 429 or 5xx, waiting what the
``Retry-After`` header says, else backing off exponentially.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import httpx

from docket.errors import DocketError

if TYPE_CHECKING:
    from docket.intake import Outcome
    from docket.store import EventStore

__all__ = [
    "DEFAULT_API",
    "CourtListener",
    "FetchFailed",
    "TokenRefused",
    "UnknownDocket",
    "fetch_into_store",
    "retry_after",
]

#: CourtListener's REST API, version 4.
DEFAULT_API = "https://www.courtlistener.com/api/rest/v4"
#: Requests per hour the client allows itself (CourtListener's quota is 5,000).
DEFAULT_PER_HOUR = 4_500
#: How many times one request is tried when the service answers 429 or 5xx.
ATTEMPTS = 5
#: The longest wait between tries that docket honours, in seconds.
MAX_WAIT = 300.0
#: The most pages of entries one docket may take (a guard against a ``next`` loop).
MAX_PAGES = 10_000


class FetchFailed(DocketError):
    """A docket could not be fetched (the reason says why; never the token)."""


class TokenRefused(FetchFailed):
    """The service refused the token (HTTP 401 or 403): no docket can be fetched."""


class UnknownDocket(FetchFailed, LookupError):
    """The service holds no docket with this id (HTTP 404)."""


@dataclass
class CourtListener:
    """A client of CourtListener's REST API v4.

    Attributes:
        token: The API token (sent only in the ``Authorization`` header).
        api: The API's base URL (a mirror's, or a test server's).
        per_hour: Requests per hour at most; requests are spaced to keep under it.
        sleep: How to wait (a test may pass its own).
        clock: A monotonic clock, in seconds.
    """

    token: str | None
    api: str = DEFAULT_API
    per_hour: int = DEFAULT_PER_HOUR
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    timeout: float = 30.0
    _last: float | None = field(default=None, init=False, repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)

    def __enter__(self) -> CourtListener:
        headers = {"Accept": "application/json", "User-Agent": "docket"}
        if self.token:
            headers["Authorization"] = f"Token {self.token}"
        self._client = httpx.Client(headers=headers, timeout=self.timeout, follow_redirects=True)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def docket(self, docket_id: int) -> dict[str, Any]:
        """The docket ``docket_id`` with every one of its entries under ``docket_entries``,
        as CourtListener's own docket JSON (what ``docket import courtlistener`` reads).

        Raises:
            TokenRefused: The token was refused.
            UnknownDocket: No docket has this id.
            FetchFailed: The service could not be reached or kept failing.
        """
        base = self.api.rstrip("/")
        docket = self._get(f"{base}/dockets/{docket_id}/", f"docket {docket_id}")
        if not isinstance(docket, dict):
            raise FetchFailed(f"docket {docket_id}: the service answered no docket object")
        entries: list[Any] = []
        url: str | None = f"{base}/docket-entries/?docket={docket_id}"
        for _ in range(MAX_PAGES):
            if url is None:
                break
            page = self._get(url, f"docket {docket_id} entries")
            if not isinstance(page, dict) or not isinstance(page.get("results"), list):
                raise FetchFailed(f"docket {docket_id}: a page of entries holds no results list")
            entries.extend(page["results"])
            following = page.get("next")
            url = following if isinstance(following, str) and following else None
        else:
            raise FetchFailed(f"docket {docket_id}: more than {MAX_PAGES:,} pages of entries")
        return {**docket, "docket_entries": entries}

    def _get(self, url: str, what: str) -> Any:
        assert self._client is not None, "use CourtListener as a context manager"
        for attempt in range(1, ATTEMPTS + 1):
            self._pace()
            try:
                response = self._client.get(url)
            except httpx.HTTPError as e:
                if attempt == ATTEMPTS:
                    raise FetchFailed(f"{what}: {type(e).__name__}: {_shown(str(e))}") from None
                self.sleep(_backoff(attempt))
                continue
            status = response.status_code
            if status in (401, 403):
                raise TokenRefused(
                    f"{what}: the service refused the token (HTTP {status}): give a valid one"
                    " with --token or $COURTLISTENER_TOKEN"
                )
            if status == 404:
                raise UnknownDocket(f"{what}: no such docket (HTTP 404)")
            if status == 429 or status >= 500:
                if attempt == ATTEMPTS:
                    raise FetchFailed(f"{what}: HTTP {status} after {ATTEMPTS} tries")
                wait = retry_after(response)
                self.sleep(wait if wait is not None else _backoff(attempt))
                continue
            if status >= 400:
                raise FetchFailed(f"{what}: HTTP {status}")
            try:
                return response.json()
            except ValueError:
                raise FetchFailed(
                    f"{what}: the service answered something that is not JSON"
                ) from None
        raise AssertionError("unreachable: every try returns or raises")

    def _pace(self) -> None:
        """Wait until the next request keeps the client under ``per_hour``."""
        gap = 3600.0 / self.per_hour
        now = self.clock()
        if self._last is not None and now - self._last < gap:
            self.sleep(gap - (now - self._last))
            now = self.clock()
        self._last = now


def _backoff(attempt: int) -> float:
    """Seconds to wait before try ``attempt + 1``: 1, 2, 4, 8..."""
    return float(min(2 ** (attempt - 1), MAX_WAIT))


def retry_after(response: httpx.Response) -> float | None:
    """The wait the service asked for (``Retry-After`` in seconds), bounded by
    :data:`MAX_WAIT`; ``None`` if it gave none that reads as seconds."""
    value = response.headers.get("Retry-After", "").strip()
    if not value.isdigit():
        return None
    return min(float(value), MAX_WAIT)


def _shown(message: str) -> str:
    """A transport error as it may be shown: on one line, shortened."""
    return " ".join(message.split())[:200]


def fetch_into_store(
    client: CourtListener, store: EventStore, docket_id: int, today: date
) -> Outcome:
    """Fetch one docket and merge it into its case in ``store`` as ``docket import`` merges a
    sheet (one transaction); a docket that cannot be fetched or read is a refused outcome.

    Raises:
        TokenRefused: the service refused the token (the whole run should stop).
    """
    from docket.ingest import ImportFailed, from_courtlistener_data
    from docket.intake import Outcome, import_sheet

    name = f"courtlistener docket {docket_id}"
    try:
        raw = from_courtlistener_data(client.docket(docket_id), name)
    except TokenRefused:
        raise
    except (FetchFailed, ImportFailed) as e:
        return Outcome(name, None, "refused", reason=str(e))
    return import_sheet(store, raw, on=today)
