"""Rule packs: shipped as TOML, validated on load, selected by court, versioned by date."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

from docket.rules import (
    RulePackError,
    Trigger,
    UnknownRule,
    available_courts,
    load_pack,
)
from docket.rules.pack import read_pack_file

ROOT = Path(__file__).resolve().parents[2]

_MINIMAL = """
id = "test"
name = "A test pack"
[[rules]]
id = "test.response"
citation = "Test R. 1"
title = "Response"
due = "response"
trigger = "motion_filed"
days = 14
"""


def test_new_mexico_has_a_pack_built_on_the_frcp() -> None:
    pack = load_pack("nmd")
    assert "nmd" in available_courts()
    assert pack.court is not None and pack.court.abbreviation == "D.N.M."
    assert not pack.fallback and pack.notice is None
    assert {"nmd.7.4a.response", "nmd.7.4a.reply", "nmd.26.6.compel", "frcp.12a.answer"} <= set(
        pack.rule_ids
    )


def test_a_court_is_found_by_id_or_alias_in_any_case() -> None:
    assert load_pack("NMD") is load_pack("nmd")
    assert load_pack("D.N.M.").id == "nmd"


@pytest.mark.parametrize("court", [None, "", "zzz"])
def test_a_court_without_a_pack_falls_back_to_the_frcp_and_says_so(court: str | None) -> None:
    pack = load_pack(court)
    assert pack.id == "frcp" and pack.fallback
    assert pack.notice is not None and "FRCP alone" in pack.notice


def test_asking_for_the_frcp_base_is_no_fallback() -> None:
    assert not load_pack("frcp").fallback


def test_local_response_and_reply_rules_supersede_the_frcp_defaults() -> None:
    on = date(2019, 5, 10)
    nmd = load_pack("nmd")
    assert [r.id for r in nmd.rules_for(Trigger.MOTION_FILED, on)] == ["nmd.7.4a.response"]
    assert [r.id for r in nmd.rules_for("response_filed", on)] == ["nmd.7.4a.reply"]
    frcp = load_pack("zzz")
    (default,) = frcp.rules_for(Trigger.MOTION_FILED, on)
    assert default.id == "frcp.default.response" and default.uncertain and default.days == 14
    assert frcp.rule("frcp.default.reply").days == 7


def test_a_rule_is_read_as_in_force_on_a_date() -> None:
    frcp = load_pack("frcp")
    assert frcp.rule("frcp.12a.answer", on=date(2009, 11, 30)).days == 20
    assert frcp.rule("frcp.12a.answer", on=date(2009, 12, 1)).days == 21
    assert frcp.rule("frcp.12a.answer").days == 21
    assert len(frcp.rules_for(Trigger.COMPLAINT_SERVED)) > len(
        frcp.rules_for(Trigger.COMPLAINT_SERVED, on=date(2019, 1, 1))
    )


def test_an_unknown_rule_or_one_not_yet_in_force_is_refused() -> None:
    frcp = load_pack("frcp")
    with pytest.raises(UnknownRule, match=r"no rule 'frcp\.nope'"):
        frcp.rule("frcp.nope")
    with pytest.raises(UnknownRule, match="not in force"):
        frcp.rule("frcp.56b.summary_judgment", on=date(2005, 1, 1))


def test_every_date_since_the_frcp_has_one_computation_and_electronic_service_rule() -> None:
    pack = load_pack("nmd")
    day = date(1938, 9, 16)
    while day < date(2040, 1, 1):
        assert pack.computation_on(day).in_effect(day)
        assert pack.service_on("electronic", day).in_effect(day)
        assert pack.service_on("mail", day).extra_days == 3
        day = (
            date(day.year + 1, day.month, 1)
            if day.month == 12
            else date(day.year, day.month + 1, 1)
        )


def test_the_2009_amendments_are_encoded_by_date() -> None:
    pack = load_pack("frcp")
    assert pack.computation_on(date(2009, 11, 30)).short_period_under == 11
    assert pack.computation_on(date(2009, 12, 1)).short_period_under is None
    assert pack.service_on("electronic", date(2016, 11, 30)).extra_days == 3
    assert pack.service_on("electronic", date(2016, 12, 1)).extra_days == 0


def test_new_mexicos_provisions_are_there_for_anomalies_to_cite() -> None:
    nmd = load_pack("nmd")
    assert nmd.provision("nmd.7.1b.consent").citation == "D.N.M.LR-Civ. 7.1(b)"
    assert nmd.provision("frcp.37a1.conferral").citation == "FRCP 37(a)(1)"
    with pytest.raises(UnknownRule):
        nmd.provision("nmd.nope")


def test_a_minimal_pack_file_validates() -> None:
    pack = read_pack_file(_MINIMAL, "test.toml")
    assert pack.rules[0].trigger is Trigger.MOTION_FILED


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("id = ", "not valid TOML"),
        (_MINIMAL.replace('trigger = "motion_filed"', 'trigger = "lunch"'), "rules.0.trigger"),
        (_MINIMAL.replace("days = 14", "days = -1"), "rules.0.days"),
        (_MINIMAL + "colour = 1\n", "colour"),
        (
            _MINIMAL.replace(
                "days = 14", "days = 14\neffective_from = 2010-01-01\neffective_until = 2009-01-01"
            ),
            "effective_until",
        ),
        (_MINIMAL + _MINIMAL[_MINIMAL.index("[[rules]]") :], "overlap"),
    ],
)
def test_a_broken_pack_file_is_refused_with_file_and_reason(text: str, reason: str) -> None:
    with pytest.raises(RulePackError, match=reason) as caught:
        read_pack_file(text, "broken.toml")
    assert str(caught.value).startswith("broken.toml: ")


@pytest.mark.slow
def test_the_wheel_ships_the_rule_packs(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("docket-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "docket/rules/packs/frcp.toml" in names
    assert "docket/rules/packs/nmd.toml" in names
    assert "docket/rules/packs/nmd.json" in names  # what a command reads (scripts/build_packs.py)
    assert "docket/rules/holidays/US.json" in names  # the federal calendar, read at first use
    assert "docket/rules/holidays/US-NM.json" in names
