"""The layers of LAYOUT.md, checked on the source with ast: every import points down."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "klacht"

LAYERS: dict[str, int] = {
    "cli": 6,
    "__main__": 6,
    "commands": 5,
    "screens": 4,
    "checks": 3,
    "followup": 3,
    "writing": 2,
    "storage": 1,
    "model": 0,
    "errors": 0,
    "__init__": 0,
}
"""A module may import its own layer and the ones below it, never one above."""

PURE = {"checks", "followup", "writing", "model", "errors"}
"""The domain: no terminal, no command line, no store."""
EDGE_ONLY = {"typer", "rich", "click", "klacht.storage.store", "klacht.storage.addressbook"}


def imports_of(path: Path) -> set[str]:
    """Return every module name imported anywhere in ``path`` (also inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            if node.module.startswith("klacht"):
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts)


def layer_of(name: str) -> int | None:
    """Return the layer of ``klacht.X...`` (``None`` for a name outside klacht)."""
    parts = name.split(".")
    if parts[0] != "klacht":
        return None
    if len(parts) == 1:
        return 0
    return LAYERS.get(parts[1])


MODULES = sorted(p for p in SRC.rglob("*.py") if "data" not in p.relative_to(SRC).parts)


def test_every_module_has_a_layer() -> None:
    """Every top-level module or package of klacht is placed in a layer."""
    tops = {p.relative_to(SRC).parts[0].removesuffix(".py") for p in MODULES}
    assert tops <= set(LAYERS), sorted(tops - set(LAYERS))


@pytest.mark.parametrize("path", MODULES, ids=module_name)
def test_imports_point_down(path: Path) -> None:
    """A module imports only its own layer and the layers below it."""
    own = LAYERS[path.relative_to(SRC).parts[0].removesuffix(".py")]
    up = {
        name for name in imports_of(path) if (layer := layer_of(name)) is not None and layer > own
    }
    assert not up, f"{module_name(path)} imports upward: {sorted(up)}"


@pytest.mark.parametrize(
    "path",
    [p for p in MODULES if p.relative_to(SRC).parts[0].removesuffix(".py") in PURE],
    ids=module_name,
)
def test_domain_stays_pure(path: Path) -> None:
    """The domain never imports the terminal, the store or the command line."""
    bad = {n for n in imports_of(path) if n.split(".")[0] in EDGE_ONLY or n in EDGE_ONLY}
    assert not bad, f"{module_name(path)} imports {sorted(bad)}"


def test_screens_never_touch_typer_or_the_store() -> None:
    """Screens get their prompter, draft saver and address book as parameters."""
    for path in (SRC / "screens").glob("*.py"):
        names = imports_of(path)
        assert not names & {"typer", "klacht.storage.store", "klacht.storage.addressbook"}, path


def test_store_imports_model_only() -> None:
    """The store knows complaints, not checks, templates or the terminal."""
    klacht_names = {n for n in imports_of(SRC / "storage" / "store.py") if n.startswith("klacht")}
    assert all(layer_of(n) in {0, 1} for n in klacht_names), sorted(klacht_names)
