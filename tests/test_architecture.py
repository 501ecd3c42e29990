"""Import edges of STYLE.md section 2, checked on the source with ast."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "klacht"
DOMAIN = {
    "model",
    "errors",
    "rules",
    "render",
    "schedule",
    "compose",
    "answers",
    "dates",
    "platforms",
    "texts",
    "followup",
    "checks",
    "ics",
    "dossier",
}
EDGE_ONLY = {
    "klacht.cli",
    "klacht.ui",
    "klacht.store",
    "klacht.edge",
    "klacht.wizard",
    "klacht.new_cmd",
    "klacht.check_cmd",
    "klacht.followup_cli",
    "klacht.spelling_cli",
    "typer",
    "rich",
    "click",
}


def imports_of(path: Path) -> set[str]:
    """Return every module name imported anywhere in ``path`` (also inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            if node.module == "klacht":
                names.update(f"klacht.{alias.name}" for alias in node.names)
    return names


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(p for p in parts if p != "__init__")


MODULES = sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: module_name(p) or "__init__")
def test_nothing_imports_cli(path: Path) -> None:
    """No module imports the CLI: arrows point one way."""
    assert "klacht.cli" not in imports_of(path) or path.name == "__main__.py"


@pytest.mark.parametrize(
    "path",
    [p for p in MODULES if module_name(p).split(".")[0] in DOMAIN],
    ids=module_name,
)
def test_domain_stays_pure(path: Path) -> None:
    """The domain never imports the terminal, the store or the command line."""
    bad = {
        name for name in imports_of(path) if name.split(".")[0] in EDGE_ONLY or name in EDGE_ONLY
    }
    assert not bad, f"{module_name(path)} imports {sorted(bad)}"


def test_wizard_never_touches_typer_or_files() -> None:
    """The wizard gets its prompter, draft saver and address book as parameters."""
    names = imports_of(SRC / "wizard.py")
    assert not names & {"typer", "klacht.store", "klacht.addressbook", "klacht.cli", "klacht.edge"}


def test_ui_is_rich_only() -> None:
    """ui prints and prompts; it reaches neither typer (via edge) nor the store."""
    names = imports_of(SRC / "ui.py")
    assert not names & {"typer", "klacht.edge", "klacht.store", "klacht.cli"}


def test_store_imports_model_only() -> None:
    """The store knows complaints, not checks, templates or the terminal."""
    klacht_names = {n for n in imports_of(SRC / "store.py") if n.startswith("klacht")}
    assert klacht_names <= {"klacht", "klacht.paths", "klacht.errors", "klacht.model"}
