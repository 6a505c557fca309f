"""What every command shares: date parameters, the error boundary, JSON output."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import click

from docket.errors import DocketError
from docket.limits import date_out_of_range

__all__ = [
    "DATE",
    "DocketGroup",
    "as_of_option",
    "echo_json",
    "echo_text",
    "format_option",
    "json_option",
    "jsonable",
    "known_on_option",
    "output_format",
    "store_option",
]

F = TypeVar("F", bound=Callable[..., Any])


class _DateParam(click.ParamType):  # type: ignore[type-arg]
    """A calendar date, ISO YYYY-MM-DD or as US courts write it, MM/DD/YYYY; an impossible
    date, or one outside 1900-01-01 to 2100-12-31 (:mod:`docket.limits`), is a usage error."""

    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        text = str(value)
        try:
            us = _US_DATE.fullmatch(text)
            if us is not None:
                day = date(int(us["y"]), int(us["m"]), int(us["d"]))
            else:
                day = date.fromisoformat(text)
        except ValueError:
            self.fail(f"{text[:40]!r} is not a date (YYYY-MM-DD or MM/DD/YYYY)", param, ctx)
        why = date_out_of_range(day)
        if why is not None:
            self.fail(why, param, ctx)
        return day


#: A date as US dockets write it: 12/10/2019.
_US_DATE = re.compile(r"(?P<m>[0-9]{1,2})/(?P<d>[0-9]{1,2})/(?P<y>[0-9]{4})")

DATE = _DateParam()


class CommandFailed(click.ClickException):
    """A docket error shown as one line on stderr, exit code 2."""

    exit_code = 2


class DocketGroup(click.Group):
    """A command group whose commands turn any :class:`DocketError`, and any usage error,
    into one line on stderr, exit 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DocketError as e:
            raise CommandFailed(str(e)) from e
        except click.UsageError as e:
            # A command's bad option or argument: one line too, naming the command.
            where = e.ctx.command_path if e.ctx is not None else "docket"
            raise CommandFailed(f"{where}: {e.format_message()}") from e


def as_of_option(f: F) -> F:
    """``--as-of DATE``: the date to read the posture on."""
    return click.option(
        "--as-of",
        type=DATE,
        default=None,
        help="Read the posture on this date (default: today).",
    )(f)


def known_on_option(f: F) -> F:
    """``--known-on DATE``: read the posture as it could have been known on that date."""
    return click.option(
        "--known-on",
        type=DATE,
        default=None,
        help="Only entries known (entered on the docket) by this date count.",
    )(f)


def json_option(f: F) -> F:
    """``--json``: machine-readable output."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(f)


def format_option(*formats: str) -> Callable[[F], F]:
    """``--format`` with these choices (text first, the default), beside ``--json``, which
    stays as the shorthand for ``--format json``; resolve the two with :func:`output_format`."""

    def add(f: F) -> F:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(formats),
            default=None,
            help=f"Output: {', '.join(formats)} (default text; --json is --format json)."
            + (" CSV columns: see the README, 'Output formats'." if "csv" in formats else ""),
        )(f)

    return add


def output_format(fmt: str | None, as_json: bool) -> str:
    """The one output format asked for by ``--format`` and ``--json``."""
    if as_json and fmt not in (None, "json"):
        raise click.UsageError(f"--json and --format {fmt} ask for two formats; give one")
    return fmt or ("json" if as_json else "text")


def echo_text(text: str) -> None:
    """Print text meant for a person. On a terminal each line longer than the terminal is
    wrapped to its width (``$COLUMNS``, else the terminal's own); piped or redirected, lines
    stay whole, so ``grep`` and scripts see one fact per line."""
    if click.get_text_stream("stdout").isatty():
        import shutil

        from docket.render import wrap

        text = wrap(text, shutil.get_terminal_size().columns)
    click.echo(text)


def echo_json(data: Any) -> None:
    """Print ``data`` as indented JSON."""
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def store_option(f: F) -> F:
    """``--store URL``: the event store (default ``$DOCKET_STORE``, else ``./docket.db``)."""
    return click.option(
        "--store",
        "store_url",
        metavar="URL",
        envvar="DOCKET_STORE",
        show_envvar=True,
        default=None,
        help="The event store: a SQLite file path (default ./docket.db), "
        "postgresql://user@host/db[?schema=NAME], or memory:.",
    )(f)


def jsonable(value: Any) -> Any:
    """A value (a dataclass, a model, a record, a tuple of them) as JSON data: a record
    (:mod:`docket.records`) as an object of its fields, in order."""
    from pydantic_core import to_jsonable_python

    return to_jsonable_python(value, fallback=_record_data)


def _record_data(value: object) -> dict[str, object]:
    from docket.records import Record, record_fields

    if not isinstance(value, Record):
        raise TypeError(f"no JSON for a value of type {type(value).__name__}")
    return {name: getattr(value, name) for name in record_fields(type(value))}
