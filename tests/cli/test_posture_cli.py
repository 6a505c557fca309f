"""``docket posture`` and ``docket schema`` through the entry point, good input and bad."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from docket.cli import cli

LUCERO = "events/lucero-v-clovis.jsonl"


def test_posture_prints_the_founding_case_as_a_clerk_would(run_docket):
    out = run_docket("posture", LUCERO, "--as-of", "2019-12-10")
    assert out.returncode == 0, out.stderr
    assert "Discovery STAYED since 2019-12-10 pending resolution of Doc. 30" in out.stdout
    assert "Doc. 27: motion to compel" in out.stdout
    assert "DENIED WITHOUT PREJUDICE 2019-12-10" in out.stdout
    assert "leave to refile CONDITIONAL on Doc. 30 denied at least in part" in out.stdout


def test_posture_json_is_the_posture_model_dump(run_docket):
    out = run_docket("posture", LUCERO, "--as-of", "2019-12-09", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["as_of"] == "2019-12-09"
    assert data["discovery"]["status"] == "open"
    assert {m["doc"]: m["status"] for m in data["motions"]} == {
        27: "pending",
        28: "pending",
        30: "pending",
        38: "pending",
    }


def test_the_console_script_is_installed_and_runs():
    exe = shutil.which("docket")
    if exe is None:
        pytest.fail("the docket console script is not on PATH: pip install -e . first")
    out = subprocess.run(
        [exe, "posture", LUCERO, "--as-of", "2019-12-10"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[2],
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert "STAYED" in out.stdout


def test_schema_prints_a_json_schema_of_one_history_line(run_docket):
    out = run_docket("schema")
    assert out.returncode == 0
    schema = json.loads(out.stdout)
    assert "order" in schema["discriminator"]["mapping"]


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        (
            '{"type": "answer_filed", "id": "a", "case": "c", "filed": "2019-01-02"}\n{oops\n',
            2,
            "malformed JSON",
        ),
        (
            '\n{"type": "hearing", "id": "a", "case": "c", "filed": "2019-01-02"}\n',
            2,
            "unknown event type 'hearing'",
        ),
        ('{"type": "answer_filed", "id": "a", "case": "c", "filed": "2019-02-30"}\n', 1, "filed:"),
        ("[1, 2]\n", 1, "an event is a JSON object"),
    ],
)
def test_bad_history_lines_get_one_message_naming_file_line_and_reason(
    run_docket, tmp_path, content, line, reason
):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content, encoding="utf-8")
    out = run_docket("posture", str(bad))
    assert out.returncode == 2
    assert out.stdout == ""
    (message,) = out.stderr.strip().splitlines()
    assert f"{bad}:{line}:" in message
    assert reason in message
    assert "Traceback" not in out.stderr


def test_a_missing_history_file_is_one_line_and_exit_2(run_docket, tmp_path):
    out = run_docket("posture", str(tmp_path / "nope.jsonl"))
    assert out.returncode == 2
    assert out.stderr.strip() == f"Error: {tmp_path / 'nope.jsonl'}: no such file"


def test_a_history_that_is_not_utf8_is_refused_with_its_line(run_docket, tmp_path):
    bad = tmp_path / "latin1.jsonl"
    bad.write_bytes(
        b'{"type": "answer_filed", "id": "a", "case": "c", "filed": "2019-01-02"}\n\xff\xfe\n'
    )
    out = run_docket("posture", str(bad))
    assert out.returncode == 2
    assert f"{bad}:2: not UTF-8 text" in out.stderr


def test_an_impossible_as_of_date_is_a_usage_error(run_docket):
    out = run_docket("posture", LUCERO, "--as-of", "2019-02-30")
    assert out.returncode == 2
    assert "is not a date" in out.stderr
    assert "Traceback" not in out.stderr


def test_debug_logging_shows_each_applied_event_as_json(run_docket):
    out = run_docket("--log-format", "json", "-v", "posture", LUCERO, "--as-of", "2019-12-10")
    assert out.returncode == 0
    logs = [json.loads(line) for line in out.stderr.splitlines()]
    applied = [entry for entry in logs if entry["event"] == "event_applied"]
    assert [entry["doc"] for entry in applied] == [1, 27, 28, 30, 38, 40, 44]
    assert all(entry["case"] == "nmd-2:19-cv-00445" for entry in applied)
    assert any(
        entry["event"] == "state_changed" and entry["discovery"] == "stayed" for entry in logs
    )


def test_without_verbose_nothing_is_logged(run_docket):
    out = run_docket("posture", LUCERO)
    assert out.returncode == 0
    assert out.stderr == ""


def _commands(group, prefix=()):
    from click import Context

    ctx = Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None, f"docket {name} is listed but does not load"
        yield (*prefix, name), command
        if hasattr(command, "list_commands"):
            yield from _commands(command, (*prefix, name))


@pytest.mark.parametrize("path", [p for p, _ in _commands(cli)], ids=" ".join)
def test_every_command_has_help_with_an_example(path):
    from click.testing import CliRunner

    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output, f"docket {' '.join(path)} --help has no example"


def test_python_dash_m_docket_is_the_same_command():
    out = subprocess.run(
        [sys.executable, "-m", "docket", "--help"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[2],
        timeout=60,
    )
    assert out.returncode == 0
    assert "posture" in out.stdout


def test_deadlines_lists_the_running_reply_deadline_with_its_rule_and_trigger(run_docket):
    out = run_docket("deadlines", LUCERO, "--as-of", "2019-11-20")
    assert out.returncode == 0, out.stderr
    question, _, *answer = out.stdout.splitlines()
    assert question.startswith("deadlines as of 2019-11-20;")
    assert answer == [
        "2019-12-02  Reply in support of Doc. 38 (motion to stay discovery) "
        "[D.N.M.LR-Civ. 7.4(a); nmd.7.4a.reply, triggered by Doc. 40] running"
    ]
    done = run_docket("deadlines", LUCERO, "--as-of", "2019-12-03")
    assert done.stdout.splitlines()[2:] == ["No deadline runs as of 2019-12-03."]


def test_on_the_orders_date_doc_38_shows_its_response_and_the_reply_time_elapsed(run_docket):
    out = run_docket("posture", LUCERO, "--as-of", "2019-12-10")
    (line,) = [x for x in out.stdout.splitlines() if x.strip().startswith("Doc. 38:")]
    assert "GRANTED 2019-12-10 (Doc. 44)" in line
    assert "response Doc. 40 filed, the time for filing a reply has elapsed (2019-12-03)" in line


def _long_history(path: Path, extra: int) -> None:
    """The founding case followed by ``extra`` minute entries: a docket long enough to index."""
    from datetime import date, timedelta

    from docket.events import DocketEntry, dump_event
    from docket.history import load_history

    events = list(load_history(LUCERO))
    day = date(2020, 1, 2)
    for n in range(extra):
        events.append(
            DocketEntry(
                id=f"nmd-2:19-cv-00445/m{n}",
                case="nmd-2:19-cv-00445",
                filed=day + timedelta(days=n // 5),
                doc=100 + n,
                text=f"MINUTE ENTRY {n}",
            )
        )
    path.write_text("".join(dump_event(e) + "\n" for e in events))


def test_a_long_history_gets_an_index_in_the_cache_and_answers_as_a_replay_does(
    run_docket, tmp_path
):
    from docket.audit.kept import index_path, source_stamp

    history = tmp_path / "long.jsonl"
    _long_history(history, 1000)
    kept = index_path(source_stamp(history.read_bytes()))
    for as_of in ("2019-12-09", "2019-12-10", "2020-03-01"):
        first = run_docket("posture", str(history), "--as-of", as_of, "--json")
        assert first.returncode == 0, first.stderr
        assert kept.is_file()
        again = run_docket("posture", str(history), "--as-of", as_of, "--json")
        replayed = run_docket("posture", str(history), "--as-of", as_of, "--json", "--no-index")
        assert first.stdout == again.stdout == replayed.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["long.jsonl"]
    text = run_docket("posture", str(history), "--as-of", "2019-12-10")
    assert "Discovery STAYED since 2019-12-10 pending resolution of Doc. 30" in text.stdout


def test_no_index_writes_nothing_beside_the_history(run_docket, tmp_path):
    history = tmp_path / "long.jsonl"
    _long_history(history, 1000)
    out = run_docket("posture", str(history), "--as-of", "2019-12-10", "--no-index")
    assert out.returncode == 0, out.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["long.jsonl"]


def test_index_says_under_verbose_whether_it_was_read_or_built(run_docket, tmp_path):
    history = tmp_path / "lucero.jsonl"
    shutil.copy(LUCERO, history)
    built = run_docket("-v", "posture", str(history), "--as-of", "2019-12-10", "--index")
    read = run_docket("-v", "posture", str(history), "--as-of", "2019-12-10", "--index")
    assert "use=built" in built.stderr or '"use": "built"' in built.stderr, built.stderr
    assert "use=read" in read.stderr or '"use": "read"' in read.stderr, read.stderr
    assert built.stdout == read.stdout
