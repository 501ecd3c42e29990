"""No hidden channels: module-level containers are not written while klacht runs."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "klacht"
MODULES = sorted(SRC.rglob("*.py"))
MUTATORS = frozenset(
    {"append", "extend", "insert", "update", "setdefault", "pop", "popitem", "clear", "add"}
)
CONTAINERS = frozenset({"dict", "list", "set", "defaultdict", "OrderedDict", "Counter"})
PROCESS_RESOURCES = {
    ("checks/spelling/languagetool.py", "_public_calls"): "the public API's rate limit",
    ("checks/spelling/languagetool.py", "_local"): "the one local LanguageTool server",
}
"""What the process itself owns (a server it started, a rate limit), not a value for callers."""


def _containers(tree: ast.Module) -> set[str]:
    """Return the module-level names bound to a mutable container."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        literal = isinstance(value, ast.Dict | ast.List | ast.Set | ast.DictComp | ast.ListComp)
        call = (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and value.func.id in CONTAINERS
        )
        if literal or call:
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def _writes(path: Path) -> list[str]:
    """Return where a function of ``path`` writes a module-level container or a global."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    shared = _containers(tree)
    found = []
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(func):
            name = None
            if isinstance(node, ast.Global):
                name = ",".join(node.names)
            elif isinstance(node, ast.Assign | ast.AugAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name):
                        name = target.value.id if target.value.id in shared else name
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in shared
                and node.func.attr in MUTATORS
            ):
                name = node.func.value.id
            relative = str(path.relative_to(SRC))
            if name and (relative, name) not in PROCESS_RESOURCES:
                found.append(f"{relative}:{getattr(node, 'lineno', 0)} {name}")
    return found


def test_no_module_state_is_written_at_run_time() -> None:
    """Values reach their callers as arguments and results, never through module globals."""
    assert [w for path in MODULES for w in _writes(path)] == []
