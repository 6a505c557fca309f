"""The JSON a command reads for each rule pack is its TOML source's, pack for pack.

``docket/rules/packs/<court>.json`` is written by ``scripts/build_packs.py``; when this fails
after a pack's TOML was edited, run that script again.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from docket.rules.errors import RulePackError
from docket.rules.pack import _pack_file, pack_file_json, read_pack_file

FOLDER = Path(str(resources.files("docket.rules").joinpath("packs")))
PACKS = sorted(p.stem for p in FOLDER.glob("*.toml"))


def test_every_pack_s_toml_has_its_json_and_no_json_is_without_its_toml() -> None:
    assert {p.stem for p in FOLDER.glob("*.json")} == set(PACKS)
    assert "frcp" in PACKS and "nmd" in PACKS


@pytest.mark.parametrize("pack_id", PACKS)
def test_each_shipped_json_is_what_its_toml_writes(pack_id: str) -> None:
    toml = (FOLDER / f"{pack_id}.toml").read_text(encoding="utf-8")
    written = (FOLDER / f"{pack_id}.json").read_text(encoding="utf-8")
    assert written == pack_file_json(toml, f"packs/{pack_id}.toml")


@pytest.mark.parametrize("pack_id", PACKS)
def test_each_pack_read_from_its_json_equals_the_pack_read_from_its_toml(pack_id: str) -> None:
    toml = (FOLDER / f"{pack_id}.toml").read_text(encoding="utf-8")
    assert _pack_file(pack_id) == read_pack_file(toml, f"packs/{pack_id}.toml")


def test_a_broken_pack_gets_no_json() -> None:
    with pytest.raises(RulePackError, match=r"^broken\.toml: "):
        pack_file_json('id = "t"\n', "broken.toml")
