"""The labelled real orders: frozen splits by court, records that follow the guide, a scorer
that puts each order on a docket of its own."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).parents[2]
LABELS = ROOT / "tests" / "fixtures" / "labels" / "orders"


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _items(split: str) -> list[dict[str, object]]:
    text = (LABELS / f"{split}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("split", ["dev", "val", "val2", "test"])
def test_each_split_is_the_one_frozen_and_every_record_follows_the_guide(split: str) -> None:
    frozen = (LABELS / f"{split}.sha256").read_text(encoding="utf-8").strip()
    assert hashlib.sha256((LABELS / f"{split}.jsonl").read_bytes()).hexdigest() == frozen
    freeze = _script("freeze_orders")
    for item in _items(split):
        assert freeze.problems(item) == [], item["id"]


def test_no_court_of_the_test_split_is_in_another_and_it_spans_twenty_courts() -> None:
    dev = {str(i["court"]) for i in _items("dev")}
    test = {str(i["court"]) for i in _items("test")}
    assert not dev & test
    assert len(test) >= 20 and len(_items("test")) >= 60
    assert not {str(i["court"]) for i in _items("val")} & test
    assert not {str(i["court"]) for i in _items("val2")} & test


def test_no_page_is_labelled_in_two_splits() -> None:
    urls = [str(i["url"]) for s in ("dev", "val", "val2", "test") for i in _items(s)]
    assert len(urls) == len(set(urls))


def test_a_motion_the_entry_does_not_number_gets_a_number_the_entry_does_not_hold() -> None:
    scorer = _script("order_accuracy")
    item = {
        "entry": "ORDER granting Motion to Seal (Doc. 2) and denying 3 Motion. Signed 4/5/16.",
        "pending": [{"doc": None, "title": "MOTION to Dismiss"}, {"doc": 3, "title": "MOTION"}],
    }
    (spare, three) = scorer.numbers(item)
    assert three == 3 and spare not in {2, 3, 4, 5, 16}


def test_an_entry_holding_two_motions_is_docketed_once_with_both_titles() -> None:
    scorer = _script("order_accuracy")
    item = {
        "id": "t-1",
        "court": "scd",
        "case": "4:12-cv-02755",
        "date": "2014-06-04",
        "doc": 65,
        "entry": "ORDER denying 60 Motion for Extension of Time to Complete Discovery; "
        "granting 60 Motion for Extension of Time to File Response/Reply.",
        "pending": [
            {"doc": 60, "title": "MOTION for Extension of Time to Complete Discovery"},
            {"doc": 60, "title": "MOTION for Extension of Time to File Response/Reply"},
        ],
    }
    raw = scorer.docket_of(item)
    sixty = [e for e in raw.entries if e.doc == 60]
    assert len(sixty) == 1
    assert "Complete Discovery" in sixty[0].text and "File Response/Reply" in sixty[0].text
    assert raw.entries[-1].doc == 65 and raw.entries[-1].text == item["entry"]


def test_the_scorer_runs_on_the_development_split_and_refuses_to_list_the_tests_misses() -> None:
    dev = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "order_accuracy.py"), "--split", "dev"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "| all facts |" in dev.stdout
    listed = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "order_accuracy.py"),
            "--file",
            str(LABELS / "test.jsonl"),
            "--wrong",
        ],
        capture_output=True,
        text=True,
    )
    assert listed.returncode != 0 and "--split test" in listed.stderr
