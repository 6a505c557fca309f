"""Every example in the README runs as written.

Python blocks are executed; ``console`` blocks run each ``$ docket ...`` command through the
entry point and the lines the README shows must appear in what it prints, in order (``...``
stands for text the README leaves out); ``bash`` blocks of plain ``docket`` commands run one
after another and must succeed. Each block runs in its own directory holding the repository's
``events/`` and ``tests/`` (so the README's relative paths work) and nothing else.
"""

from __future__ import annotations

import importlib.util
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from docket_process import docket

ROOT = Path(__file__).parents[1]
README = ROOT / "README.md"

_BLOCK = re.compile(r"^```(?P<lang>[a-z]*)\n(?P<body>.*?)^```", re.S | re.M)

#: Words the README uses for "put yours here": a command holding one is a synopsis, not an example.
_PLACEHOLDER = re.compile(
    r"\b(HISTORY|ID|URL|HASH|FILE|case\.jsonl|decisions\.jsonl)\b|\[|\.\.\.|\$[A-Z_]+"
)


@dataclass(frozen=True)
class Block:
    """A fenced code block of the README: its language, its first line number, its text."""

    lang: str
    line: int
    body: str

    def __str__(self) -> str:
        return f"README.md:{self.line}"


def _blocks(lang: str) -> list[Block]:
    text = README.read_text(encoding="utf-8")
    return [
        Block(m["lang"], text.count("\n", 0, m.start()) + 1, m["body"])
        for m in _BLOCK.finditer(text)
        if m["lang"] == lang
    ]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh directory where the README's relative paths resolve."""
    for name in ("events", "tests"):
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DOCKET_STORE", raising=False)
    monkeypatch.setenv("DOCKET_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


def _docket(argv: list[str], cwd: Path, **env_vars: str) -> subprocess.CompletedProcess[str]:
    return docket(*argv, cwd=cwd, timeout=300, COLUMNS="200", NO_COLOR="1", **env_vars)


def _shown(line: str) -> re.Pattern[str]:
    """A line as the README shows it, ``...`` (and the blanks around it) matching whatever it
    leaves out."""
    parts = [re.escape(p) for p in re.split(r"\s*\.\.\.\s*", line.rstrip())]
    return re.compile(".*".join(parts))


def _recorded_courtlistener() -> Any:
    """The local stand-in for CourtListener's API that ``tests/cli`` serves recorded dockets
    from, so the README's ``docket fetch`` runs without the network."""
    path = ROOT / "tests" / "cli" / "courtlistener_server.py"
    spec = importlib.util.spec_from_file_location("readme_courtlistener_server", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _console_examples() -> list[tuple[Block, str, list[str]]]:
    """Each ``$ docket`` command of a console block with the output lines shown under it."""
    found = []
    for block in _blocks("console"):
        command: str | None = None
        shown: list[str] = []
        for line in [*block.body.splitlines(), "$ "]:
            if line.startswith("$ "):
                if command is not None and command.startswith("docket "):
                    found.append((block, command, shown))
                command, shown = line[2:].split("  #")[0].strip(), []
            elif line.strip():
                shown.append(line)
    return [(b, c, s) for b, c, s in found if not _PLACEHOLDER.search(c)]


@pytest.mark.parametrize("block", _blocks("python"), ids=str)
def test_each_python_example_in_the_readme_runs(block: Block, workdir: Path) -> None:
    code = compile(block.body, str(block), "exec")
    exec(code, {"__name__": "readme_example"})


@pytest.mark.parametrize(
    ("block", "command", "shown"),
    _console_examples(),
    ids=[f"{b}:{c}" for b, c, _ in _console_examples()],
)
def test_each_console_example_in_the_readme_prints_what_the_readme_shows(
    block: Block, command: str, shown: list[str], workdir: Path
) -> None:
    argv = shlex.split(command)[1:]
    if argv[:2] in (["fetch", "courtlistener"], ["watch", "courtlistener"]):
        server = _recorded_courtlistener()
        with server.serving() as api:
            done = _docket(
                argv, workdir, COURTLISTENER_API_URL=api.url, COURTLISTENER_TOKEN=server.GOOD_TOKEN
            )
    else:
        done = _docket(argv, workdir)
    assert done.returncode == 0, f"{block}: {command}\n{done.stderr}"
    printed = done.stdout.splitlines()
    at = 0
    for line in shown:
        pattern = _shown(line)
        while at < len(printed) and not pattern.fullmatch(printed[at].rstrip()):
            at += 1
        assert at < len(printed), f"{block}: {command} does not print, in order:\n{line}"
        at += 1


#: ``# exit N`` after a README command: the exit status the README says it ends with.
_EXIT = re.compile(r"#\s*exit (?P<status>[0-9]+)(:|$)")


def _bash_examples() -> list[tuple[Block, list[tuple[list[str], int]]]]:
    """Blocks of runnable ``docket`` commands, each command as its arguments and the exit
    status the README gives it (0 unless a ``# exit N`` comment says otherwise)."""
    found = []
    for block in _blocks("bash"):
        commands = [
            (shlex.split(line, comments=True), int(m["status"]) if m else 0)
            for line in block.body.splitlines()
            if line.startswith("docket ") and not _PLACEHOLDER.search(line.split("  #")[0])
            for m in [_EXIT.search(line)]
        ]
        if commands:
            found.append((block, commands))
    return found


@pytest.mark.parametrize(
    ("block", "commands"), _bash_examples(), ids=[str(b) for b, _ in _bash_examples()]
)
def test_each_block_of_docket_commands_in_the_readme_runs(
    block: Block, commands: list[tuple[list[str], int]], workdir: Path
) -> None:
    for argv, status in commands:
        done = _docket(argv[1:], workdir)
        assert done.returncode == status, f"{block}: {shlex.join(argv)}\n{done.stderr}"


def test_the_package_ships_its_types_and_the_project_its_licence() -> None:
    assert (ROOT / "docket" / "py.typed").is_file()
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in licence and "Version 2.0" in licence
    assert 'license = { text = "Apache-2.0" }' in (ROOT / "pyproject.toml").read_text("utf-8")
