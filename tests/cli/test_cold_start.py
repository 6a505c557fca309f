"""What ``docket posture`` loads to answer for a short docket: only what the command uses.

Start-up time is most of a clerk's query (``scripts/bench_startup.py`` measures it). These
tests pin the costly imports a short history's posture must not pay for: the ``holidays``
library (its calendars are shipped as data), Python's TOML parser (the rule packs are read
from their JSON), pydantic's plugin loader and the ``importlib.metadata`` it imports (plugins
are disabled), ``transitions`` (its tables are compiled without it), the kept-index format,
structlog and the store.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]

_PROBE = """
import json, sys
from docket.cli import main
sys.argv = ["docket", *sys.argv[1:]]
try:
    main()
except SystemExit as e:
    code = e.code
sys.stderr.write(json.dumps(sorted(sys.modules)))
"""

_NOT_LOADED = [
    "holidays",
    "transitions",
    "structlog",
    "platformdirs",
    "tomllib",
    "importlib.metadata",
    "docket.audit.index_file",
    "docket.audit.index",
    "docket.store",
    "docket.ingest",
]


def _modules_loaded(*args: str) -> tuple[str, set[str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=True,
    )
    return done.stdout, set(json.loads(done.stderr.splitlines()[-1]))


def test_a_short_history_s_posture_loads_neither_holidays_nor_transitions_nor_the_index() -> None:
    out, loaded = _modules_loaded(
        "posture", "events/lucero-v-clovis.jsonl", "--as-of", "2019-12-10"
    )
    assert "Discovery STAYED since 2019-12-10" in out  # it did answer
    assert loaded.isdisjoint(_NOT_LOADED), sorted(loaded & set(_NOT_LOADED))


#: The engine's modules for facts the founding case does not hold: judgments, appeals,
#: defendants' answers and defaults, motions held in abeyance.
_ENGINE_NOT_NEEDED = [
    "docket.engine.judgments",
    "docket.engine.appeals",
    "docket.engine.answers",
    "docket.engine.defaults",
    "docket.engine.abeyance",
]


def test_the_founding_case_s_posture_loads_no_engine_module_for_facts_it_does_not_hold() -> None:
    out, loaded = _modules_loaded(
        "posture", "events/lucero-v-clovis.jsonl", "--as-of", "2019-12-10"
    )
    assert "Discovery STAYED since 2019-12-10" in out  # it did answer
    assert loaded.isdisjoint(_ENGINE_NOT_NEEDED), sorted(loaded & set(_ENGINE_NOT_NEEDED))


_DATACLASSES_PROBE = """
import dataclasses, json, sys
from docket.cli import main
sys.argv = ["docket", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
made = {
    f"{value.__module__}.{value.__qualname__}": [
        kind for kind in ("init", "repr", "eq", "frozen")
        if getattr(value.__dataclass_params__, kind)
    ]
    for name, module in list(sys.modules.items())
    if name.startswith("docket")
    for value in vars(module).values()
    if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == name
}
sys.stderr.write(json.dumps(made))
"""

#: The dataclasses a short docket's posture may make as it starts: the posture's values
#: (pydantic validates and serializes them as the posture model's fields), the summary of the
#: record and the snapshot a kept index holds (read through pydantic too), and the rule pack
#: (``dataclasses.replace`` gives a pack other closures). All of them are records
#: (:mod:`docket.records`) to everything else: the dataclass machinery writes and compiles
#: no method for them. Python 3.11 writes each method of a dataclass as text and compiles it
#: as the class is made, about a millisecond a class.
_DATACLASSES_ALLOWED = {
    *(
        f"docket.posture.{name}"
        for name in (
            "AbeyanceState",
            "Anomaly",
            "AppealState",
            "BriefingState",
            "Deadline",
            "DefendantState",
            "JudgmentState",
            "LeaveState",
            "MotionState",
            "Reading",
            "ReviewFlag",
            "StayState",
            "Step",
        )
    ),
    "docket.audit.record.RecordSummary",
    "docket.engine.changes.Snapshot",
    "docket.rules.pack.RulePack",
}


@pytest.mark.parametrize(
    "history",
    [
        "events/lucero-v-clovis.jsonl",
        # Judgments, appeals, answers and defaults, abeyance: the engine's modules loaded
        # only for such entries.
        "events/examples/after-judgment.jsonl",
        "events/examples/answers-and-default.jsonl",
        "events/examples/held-in-abeyance.jsonl",
    ],
)
def test_a_posture_makes_no_dataclass_but_those_pydantic_reads(history: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _DATACLASSES_PROBE, "posture", history],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
        check=True,
    )
    assert "Motions (" in done.stdout  # it did answer
    made = json.loads(done.stderr.splitlines()[-1])
    assert set(made) <= _DATACLASSES_ALLOWED, sorted(set(made) - _DATACLASSES_ALLOWED)
    compiled = {name: methods for name, methods in made.items() if methods}
    assert not compiled, compiled


def test_a_docket_with_a_judgment_loads_the_engine_modules_it_needs() -> None:
    # The counterpart: the lazy loading still loads what the entries call for.
    out, loaded = _modules_loaded("posture", "events/examples/after-judgment.jsonl")
    assert "judgment" in out.lower()
    assert "docket.engine.judgments" in loaded


def test_the_event_posture_and_pack_models_carry_their_annotations_as_objects_not_text() -> None:
    # pydantic evaluates a model's annotations from their text when a module says
    # "from __future__ import annotations", for every model the module defines, at import.
    from docket.events import AllOf, EventBase, MotionFiled, MotionRef, MotionRuled, OrderEntered
    from docket.posture import CaseState, Posture
    from docket.rules.model import Court, PackFile, Rule

    models = (EventBase, MotionFiled, MotionRef, OrderEntered, MotionRuled, AllOf, CaseState)
    for model in (*models, Posture, Rule, Court, PackFile):
        text = [
            name for name, hint in vars(model)["__annotations__"].items() if isinstance(hint, str)
        ]
        assert not text, (model.__name__, text)


def test_a_date_after_the_shipped_calendars_still_counts_its_holidays_from_the_library(
    tmp_path: Path,
) -> None:
    # 2046 lies past the shipped years: its deadlines come from the holidays library itself.
    history = (ROOT / "events/lucero-v-clovis.jsonl").read_text()
    path = tmp_path / "moved.jsonl"
    path.write_text(history.replace('"2019-', '"2046-'))
    out, loaded = _modules_loaded("deadlines", str(path), "--as-of", "2046-10-20", "--json")
    assert "holidays" in loaded
    assert json.loads(out)  # deadlines were computed


def test_a_court_named_by_its_id_reads_its_own_pack_and_the_base_not_every_court_s() -> None:
    probe = (
        "from docket.rules.pack import _pack_file, load_pack\n"
        "load_pack('nmd')\n"
        "print(_pack_file.cache_info().currsize)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
        check=True,
    )
    assert int(done.stdout) == 2  # nmd.toml and the FRCP base it builds on


_PLUGINS_PROBE = """
import json, os, sys
from docket._runtime import skip_plugin_loader
from pydantic import BaseModel, ValidationError
skipped = skip_plugin_loader()
class M(BaseModel):
    n: int
try:
    M.model_validate({"n": "x"})
except ValidationError as e:
    error = str(e)
print(json.dumps([skipped, "importlib.metadata" in sys.modules, error]))
"""


def _plugins_probe(disabled: str | None) -> tuple[bool, bool, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    if disabled is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = disabled
    done = subprocess.run(
        [sys.executable, "-c", _PLUGINS_PROBE],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    skipped, metadata_loaded, error = json.loads(done.stdout)
    return skipped, metadata_loaded, error


def test_with_every_plugin_disabled_pydantic_validates_without_its_plugin_loader() -> None:
    skipped, metadata_loaded, error = _plugins_probe("__all__")
    assert skipped and not metadata_loaded
    # The validator it built refuses as pydantic's own loader's would.
    assert error == _plugins_probe("")[2]
    assert "Input should be a valid integer" in error


def test_with_plugins_enabled_pydantic_loads_them_as_usual() -> None:
    for setting in (None, "", "some_plugin"):
        skipped, metadata_loaded, _ = _plugins_probe(setting)
        assert not skipped and metadata_loaded, setting


def test_the_plugin_loaders_stand_in_hands_any_other_name_to_the_real_loader() -> None:
    code = (
        "import os, sys; os.environ['PYDANTIC_DISABLE_PLUGINS'] = '__all__'\n"
        "from docket._runtime import skip_plugin_loader\n"
        "assert skip_plugin_loader()\n"
        "stand_in = sys.modules['pydantic.plugin._loader']\n"
        "assert stand_in.get_plugins() == ()\n"
        "assert getattr(stand_in, '_plugins', 'missing') != 'missing'\n"
        "assert sys.modules['pydantic.plugin._loader'] is not stand_in\n"
        "print('ok')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "ok"
