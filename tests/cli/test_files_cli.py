"""The user's files through the ``docket`` entry point: special files are refused in one line
without hanging, writes cannot be lost, half-written or sent through a planted link.

Every command runs in its own process with a timeout, so a regression that hangs (reading a
named pipe, or ``/dev/zero`` until memory runs out) fails instead of stalling the suite.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from docket_process import docket

from docket.cli import cli
from docket.files import HISTORY_LIMIT, SHEET_LIMIT

ROOT = Path(__file__).resolve().parents[2]
DISTRICT = ROOT / "tests" / "fixtures" / "dockets" / "juriscraper" / "dockets" / "district"
VAED = DISTRICT / "vaed.json"
FOUNDING = ROOT / "tests" / "fixtures" / "lucero-v-clovis.jsonl"
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}

#: Rounds of two imports into one history at once.
ROUNDS = 10


def one_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """The command failed with exit 2 and one line on stderr holding ``words``."""
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for w in words:
        assert w in lines[0]


@pytest.fixture
def special(tmp_path: Path) -> dict[str, str]:
    """A named pipe, a directory and a character device, by kind."""
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "dir").mkdir()
    return {
        "pipe": str(tmp_path / "pipe"),
        "dir": str(tmp_path / "dir"),
        "dev-zero": "/dev/zero",
    }


KINDS = {
    "pipe": "is a named pipe (FIFO)",
    "dir": "is a directory",
    "dev-zero": "is a character device",
}


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize(
    "command",
    [["posture"], ["timeline"], ["append", "--store", "memory:"]],
    ids=["posture", "timeline", "append"],
)
def test_a_special_file_as_history_is_one_line_and_exit_2_without_hanging(
    special: dict[str, str], kind: str, command: list[str]
) -> None:
    path = special[kind]
    one_line(docket(*command, path), path, KINDS[kind], "not a docket history")


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("source", ["juriscraper", "courtlistener", "pacer"])
def test_a_special_file_as_sheet_is_one_line_and_exit_2_without_hanging(
    special: dict[str, str], kind: str, source: str, tmp_path: Path
) -> None:
    path = special[kind]
    result = docket("import", source, path, "-o", str(tmp_path / "out.jsonl"))
    one_line(result, path, KINDS[kind], "not a docket sheet")
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_special_file_to_import_into_is_one_line_and_exit_2_without_hanging(
    special: dict[str, str], kind: str
) -> None:
    path = special[kind]
    one_line(docket("import", "juriscraper", str(VAED), "--into", path), path, KINDS[kind])


def test_a_history_or_sheet_over_the_limit_is_refused_without_being_read(tmp_path: Path) -> None:
    # Sparse files: as large as the limit says, yet they take no disk and reading one whole
    # would take memory the test would notice.
    history = tmp_path / "huge.jsonl"
    with history.open("wb") as f:
        f.truncate(HISTORY_LIMIT + 1)
    sheet = tmp_path / "huge.json"
    with sheet.open("wb") as f:
        f.truncate(SHEET_LIMIT + 1)
    one_line(docket("posture", str(history)), f"{history}: is larger than 1 GiB")
    one_line(
        docket("import", "juriscraper", str(VAED), "--into", str(history)),
        f"{history}: is larger than 1 GiB",
    )
    one_line(docket("import", "courtlistener", str(sheet)), f"{sheet}: is larger than 256 MiB")


@pytest.mark.parametrize("kind", ["pipe", "dir"])
def test_a_special_file_as_output_is_refused_not_replaced(
    special: dict[str, str], kind: str
) -> None:
    path = special[kind]
    one_line(docket("import", "juriscraper", str(VAED), "-o", path), path, "cannot write")
    assert Path(path).is_fifo() if kind == "pipe" else Path(path).is_dir()


@pytest.mark.parametrize("command", ["import", "export"])
def test_an_output_into_a_missing_directory_is_one_line_and_exit_2(
    tmp_path: Path, command: str
) -> None:
    out = tmp_path / "nowhere" / "out.jsonl"
    if command == "import":
        result = docket("import", "juriscraper", str(VAED), "-o", str(out))
    else:
        store = tmp_path / "docket.db"
        assert docket("append", str(FOUNDING), "--store", str(store)).returncode == 0
        result = docket(
            "export", "--case", "nmd-2:19-cv-00445", "--store", str(store), "-o", str(out)
        )
    one_line(result, f"{out}: cannot write: no such directory: {out.parent}")


@pytest.mark.parametrize("command", ["import", "export"])
def test_a_link_at_the_output_is_refused_and_what_it_names_is_unchanged(
    tmp_path: Path, command: str
) -> None:
    store = tmp_path / "docket.db"
    assert docket("append", str(FOUNDING), "--store", str(store)).returncode == 0
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.symlink_to(victim)
    if command == "import":
        result = docket("import", "juriscraper", str(VAED), "-o", str(out))
    else:
        result = docket(
            "export", "--case", "nmd-2:19-cv-00445", "--store", str(store), "-o", str(out)
        )
    one_line(result, f"{out}: cannot write: is a symbolic link")
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert out.is_symlink()


@pytest.mark.parametrize("name", [".out.jsonl.tmp", ".out.jsonl.lock"])
def test_a_link_planted_at_the_old_temporary_name_does_not_overwrite_its_target(
    tmp_path: Path, name: str
) -> None:
    store = tmp_path / "docket.db"
    assert docket("append", str(FOUNDING), "--store", str(store)).returncode == 0
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    (tmp_path / name).symlink_to(victim)
    out = tmp_path / "out.jsonl"
    docket("export", "--case", "nmd-2:19-cv-00445", "--store", str(store), "-o", str(out))
    docket("import", "juriscraper", str(VAED), "-o", str(tmp_path / "other.jsonl"))
    assert victim.read_text(encoding="utf-8") == "precious\n"


def test_a_directory_that_refuses_the_write_is_one_line_and_exit_2(tmp_path: Path) -> None:
    # The suite runs as root, whom a read-only directory does not stop: a small launcher
    # makes creating the temporary file fail as a read-only directory would, then runs the
    # real entry point.
    out = tmp_path / "out.jsonl"
    launcher = (
        "import sys, tempfile\n"
        "def refuse(*a, **k): raise PermissionError(13, 'Permission denied')\n"
        "tempfile.mkstemp = refuse\n"
        "from docket.cli import main\n"
        f"sys.argv = ['docket', 'import', 'juriscraper', {str(VAED)!r}, '-o', {str(out)!r}]\n"
        "main()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", launcher], capture_output=True, text=True, env=ENV, timeout=60
    )
    one_line(result, f"{out}: cannot write: directory {tmp_path} is not writable")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


# Two imports into one history at once -------------------------------------------------


@pytest.fixture
def halves(tmp_path: Path) -> tuple[Path, Path]:
    """Two sheets of one real docket: its even and its odd entries."""
    sheet = json.loads(VAED.read_text(encoding="utf-8"))
    entries = sheet["docket_entries"]
    paths = []
    for name, part in (("even.json", entries[0::2]), ("odd.json", entries[1::2])):
        path = tmp_path / name
        path.write_text(json.dumps({**sheet, "docket_entries": part}), encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


#: One importer: for each history path read on standard input, runs the command
#: ``docket import juriscraper SHEET --into HISTORY`` (the entry point's own command, in this
#: process) and prints its exit code. The test sends the same history to two of them at once.
_IMPORTER = (
    "import sys\n"
    "from docket.cli import cli\n"
    "for line in sys.stdin:\n"
    "    args = ['import', 'juriscraper', sys.argv[1], '--into', line.strip()]\n"
    "    try:\n"
    "        cli.main(args, prog_name='docket')\n"
    "    except SystemExit as e:\n"
    "        print(e.code or 0, flush=True)\n"
)


def _importer(sheet: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _IMPORTER, str(sheet)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )


def _exit_code(run: subprocess.Popen[str]) -> str:
    """The importer's next exit code; a hang (a lock never released) fails the test."""
    assert run.stdout is not None
    ready, _, _ = select.select([run.stdout], [], [], 60)
    assert ready, "an import did not finish within 60 seconds"
    return run.stdout.readline().strip()


def _import_into(history: Path, *sheets: Path) -> bytes:
    """The history an empty file becomes by importing ``sheets`` one after the other."""
    history.write_bytes(b"")
    for sheet in sheets:
        result = CliRunner().invoke(
            cli, ["import", "juriscraper", str(sheet), "--into", str(history)]
        )
        assert result.exit_code == 0, result.output
    return history.read_bytes()


def test_two_imports_into_one_history_at_once_both_land(
    tmp_path: Path, halves: tuple[Path, Path]
) -> None:
    even, odd = halves
    scratch = tmp_path / "scratch.jsonl"
    either_order = {_import_into(scratch, even, odd), _import_into(scratch, odd, even)}
    one_alone = {_import_into(scratch, even), _import_into(scratch, odd)}
    assert not either_order & one_alone  # a lost import shows as the other's alone

    runs = [_importer(even), _importer(odd)]
    try:
        for round in range(ROUNDS):
            history = tmp_path / f"case{round}.jsonl"
            history.write_bytes(b"")
            for run in runs:
                assert run.stdin is not None
                run.stdin.write(f"{history}\n")
                run.stdin.flush()
            assert [_exit_code(run) for run in runs] == ["0", "0"]
            assert history.read_bytes() in either_order, f"round {round}: an import was lost"
    finally:
        for run in runs:
            run.kill()
            run.communicate()
    assert not list(tmp_path.glob(".*"))  # no temporary or lock file left behind
