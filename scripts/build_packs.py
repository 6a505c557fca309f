"""Write the JSON form of every rule pack shipped in ``docket/rules/packs/``, from its TOML.

Usage: PYTHONPATH=. python scripts/build_packs.py

The TOML files are the packs' source, the ones to edit; a command reads the JSON beside each
(``<court>.json``, :func:`docket.rules.pack.pack_file_json`), which loads without Python's TOML
parser. Run this after editing a pack: ``tests/rules/test_pack_data.py`` fails while a TOML
file and its JSON disagree.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from docket.rules.pack import pack_file_json


def main() -> None:
    folder = Path(str(resources.files("docket.rules").joinpath("packs")))
    sources = sorted(folder.glob("*.toml"))
    for source in sources:
        text = pack_file_json(source.read_text(encoding="utf-8"), f"packs/{source.name}")
        source.with_suffix(".json").write_text(text, encoding="utf-8")
    print(f"wrote {len(sources)} packs' JSON to {folder}")


if __name__ == "__main__":
    main()
