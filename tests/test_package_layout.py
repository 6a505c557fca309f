"""The package's layout keeps its promises: private modules stay private to their package."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "docket"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _package_of(path: Path, module: str) -> str:
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def _imported_modules(tree: ast.AST, package: str) -> list[tuple[int, str]]:
    """Every module an import names, with its line (``from a import b`` names ``a`` and ``a.b``)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def _private_module_owner(module: str) -> str | None:
    """The package a private (underscore) module belongs to, if ``module`` names one."""
    parts = module.split(".")
    for i, part in enumerate(parts):
        if part.startswith("_") and not part.startswith("__"):
            return ".".join(parts[:i])
    return None


def test_no_package_imports_another_packages_underscore_module() -> None:
    # A private module may be used by its own package and the packages inside it (the
    # runtime helper docket._runtime serves all of docket); never by a sibling or a parent.
    offences = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_name(path)
        package = _package_of(path, module)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, imported in _imported_modules(tree, package):
            if not imported.startswith("docket"):
                continue
            owner = _private_module_owner(imported)
            if owner is not None and not (package == owner or package.startswith(owner + ".")):
                offences.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {imported}")
    assert offences == [], "\n".join(offences)


def test_the_replay_engine_lives_in_one_package() -> None:
    root_private = sorted(p.name for p in PACKAGE.glob("_*.py") if not p.name.startswith("__"))
    assert root_private == ["_runtime.py"]
    for old in ("replay.py", "replayer.py", "machines/__init__.py"):
        assert not (PACKAGE / old).exists(), old
    assert (PACKAGE / "engine" / "fold.py").is_file()
