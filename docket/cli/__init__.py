"""The ``docket`` command: a thin edge over the Python API (parse, call, render).

Each command lives in a module with a ``register(group)`` function; :data:`COMMANDS` names
the module of each command, which is imported only when its command runs (start-up time
matters: ``docket posture`` should not pay for the store or the importers). Errors become one
line on stderr and exit code 2 (see :class:`~docket.cli._common.DocketGroup`).
"""

from __future__ import annotations

import gc
import importlib
import os

import click

from docket._runtime import skip_plugin_loader
from docket.cli._common import DocketGroup

__all__ = ["COMMANDS", "cli", "main"]

#: Each command, and the module that registers it.
COMMANDS = {
    "posture": "docket.cli._history",
    "deadlines": "docket.cli._history",
    "schema": "docket.cli._history",
    "explain": "docket.cli._audit",
    "diff": "docket.cli._audit",
    "timeline": "docket.cli._audit",
    "deadline": "docket.cli._rules",
    "rules": "docket.cli._rules",
    "agenda": "docket.cli._agenda",
    "append": "docket.cli._store",
    "export": "docket.cli._store",
    "cases": "docket.cli._store",
    "verify": "docket.cli._store",
    "import": "docket.cli._ingest",
    "fetch": "docket.cli._fetch",
    "watch": "docket.cli._watch",
    "review": "docket.cli._review",
    "report": "docket.cli._report",
    "batch": "docket.cli._batch",
    "stats": "docket.cli._stats",
}


class _LazyGroup(DocketGroup):
    """Imports a command's module when the command is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = COMMANDS.get(cmd_name)
        if module_name is None:
            return None
        module = importlib.import_module(module_name)
        group = click.Group()
        module.register(group)
        return group.commands.get(cmd_name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--log-format",
    type=click.Choice(["console", "json"]),
    default="console",
    show_default=True,
    help="How to print logs on stderr.",
)
@click.option("-v", "--verbose", count=True, help="Log each applied event and state change.")
@click.version_option(package_name="docket")
def cli(log_format: str, verbose: int) -> None:
    """Replay federal civil dockets and read a case's posture on any date.

    Example: docket posture events/lucero-v-clovis.jsonl --as-of 2019-12-10
    """
    if verbose or log_format == "json":
        # Imported only when asked for: structlog costs start-up time on every command.
        from docket.cli._logging import configure_logging

        configure_logging(log_format, verbose)


def main() -> None:
    """The console script's entry point."""
    # One command, one short process: what it builds lives until it exits, and the cyclic
    # garbage collector would only scan it (a whole scan of a long docket's replay when it
    # resumes). Reference counting still frees what is dropped.
    gc.disable()
    # pydantic looks for plugins (observability hooks) in every installed distribution's
    # entry points when it builds its first validator: a scan of site-packages that costs
    # more than reading a short docket. The command has none to load; a user who wants them
    # sets PYDANTIC_DISABLE_PLUGINS to an empty string. With none to load, the loader itself
    # (and the importlib.metadata it imports) is not imported either.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    skip_plugin_loader()
    cli(prog_name="docket")
