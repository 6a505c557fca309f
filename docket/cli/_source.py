"""Where a reading command reads its case: a history file or the store, alike.

Every reading command (``posture``, ``deadlines``, ``explain``, ``diff``, ``timeline``)
takes ``HISTORY | --case ID [--store URL]`` and ``--index/--no-index`` through
:func:`case_source_options`, and reads through :class:`CaseSource`: one way to find a
posture (from a kept index where one answers, else by replay; with ``--known-on``, always by
replay), and one :class:`~docket.audit.record.Question` stating what was asked of what.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

import click

from docket.cli._common import store_option
from docket.records import FrozenRecord

if TYPE_CHECKING:
    from docket.audit.record import Question, RecordSummary
    from docket.events import DocketEvent
    from docket.posture import Deadline, Posture

__all__ = ["CaseReading", "CaseSource", "case_source_options"]

F = TypeVar("F", bound=Callable[..., Any])


class CaseReading(FrozenRecord):
    """A case read on a date: its posture, the question it answers, and (when asked for)
    its deadline book (every deadline started by then, met and moot ones too)."""

    __slots__ = ("book", "posture", "question")

    posture: Posture
    question: Question
    book: tuple[Deadline, ...] | None

    def __init__(
        self, posture: Posture, question: Question, book: tuple[Deadline, ...] | None
    ) -> None:
        put = object.__setattr__
        put(self, "posture", posture)
        put(self, "question", question)
        put(self, "book", book)


class CaseSource(FrozenRecord):
    """A case to read: a history file, or a case in the store."""

    __slots__ = ("case", "history", "store_url", "use_index")

    history: str | None
    case: str | None
    store_url: str | None
    use_index: bool | None

    def __init__(
        self, history: str | None, case: str | None, store_url: str | None, use_index: bool | None
    ) -> None:
        put = object.__setattr__
        put(self, "history", history)
        put(self, "case", case)
        put(self, "store_url", store_url)
        put(self, "use_index", use_index)

    @property
    def source(self) -> str:
        """Where the case is read from, as a reading states it (a password masked)."""
        if self.history is not None:
            return self.history
        from docket.store import shown_url, store_url

        return "store " + shown_url(store_url(self.store_url))

    def read(
        self, asks: str, as_of: date, known_on: date | None = None, *, book: bool = False
    ) -> CaseReading:
        """The case on ``as_of`` (as known on ``known_on``), with the question it answers.

        Raises:
            HistoryError: The history cannot be read.
            UnknownCase: The store holds nothing for the case.
        """
        from docket.audit.kept import StoredCase, cache_root, read_case

        if self.history is not None:
            kept = read_case(self.history, as_of, known_on, use_index=self.use_index, book=book)
            _log("posture_index", use=kept.how, cache=cache_root)
        else:
            from docket.store import open_store

            with open_store(self.store_url, create=False) as store:
                kept = read_case(
                    StoredCase(store, str(self.case)),
                    as_of,
                    known_on,
                    use_index=self.use_index,
                    book=book,
                )
            _log("posture_index", use=kept.how, case=str(self.case))
        posture, record, deadlines = kept.posture, kept.record, kept.book
        return CaseReading(
            posture, self.question(asks, posture, record, as_of, known_on), deadlines
        )

    def events(self) -> tuple[tuple[DocketEvent, ...], Mapping[str, date] | None]:
        """Every entry of the case, and when the store recorded each (``None`` for a file,
        whose entries are known from their ``entered`` dates)."""
        from docket.audit.kept import StoredCase, source_events

        if self.history is not None:
            return source_events(self.history)
        from docket.store import open_store

        with open_store(self.store_url, create=False) as store:
            return source_events(StoredCase(store, str(self.case)))

    def question(
        self,
        asks: str,
        posture: Posture,
        record: RecordSummary,
        as_of: date | None,
        known_on: date | None,
        since: date | None = None,
    ) -> Question:
        """What was asked of this case, and of which record."""
        from docket.audit.record import Question

        return Question(
            asks=asks,
            case=posture.case.id or self.case,
            source=self.source,
            as_of=as_of,
            known_on=known_on,
            record=record,
            rule_pack=posture.case.rule_pack,
            rule_pack_notice=posture.case.rule_pack_notice,
            since=since,
        )


def case_source_options(f: F) -> F:
    """``HISTORY | --case ID [--store URL]`` and ``--index/--no-index``, given to the
    command as one ``source`` (:class:`CaseSource`)."""

    @functools.wraps(f)
    def command(
        *args: Any,
        history: str | None,
        case: str | None,
        store_url: str | None,
        use_index: bool | None,
        **kwargs: Any,
    ) -> Any:
        if (history is None) == (case is None):
            raise click.UsageError("give either a HISTORY file or --case ID")
        return f(*args, source=CaseSource(history, case, store_url, use_index), **kwargs)

    options = [
        click.argument("history", type=click.Path(path_type=str), required=False),
        click.option(
            "--case", "case", metavar="ID", help="Read the case from the store, not a file."
        ),
        store_option,
        click.option(
            "--index/--no-index",
            "use_index",
            default=None,
            help="Read from a kept index (for HISTORY, one in your cache directory,"
            " $DOCKET_CACHE_DIR or e.g. ~/.cache/docket, named by the file's SHA-256; for"
            " --case, a snapshot in the store), built and checked against a replay when"
            " missing or stale; --no-index always replays. Default: an index for dockets of"
            " 1,000 entries or more. Not used with --known-on.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command  # type: ignore[return-value]


def _log(event: str, **facts: str | Callable[[], object]) -> None:
    """Log under ``-v`` (structlog is configured, and so imported, only then); a fact given
    as a function is called only then."""
    structlog = sys.modules.get("structlog")
    if structlog is not None and structlog.is_configured():
        said = {k: v if isinstance(v, str) else str(v()) for k, v in facts.items()}
        structlog.get_logger("docket.cli").info(event, **said)
