"""The house has one way through it: no import circles, no import against the flow.

Every ``import toolkit...`` / ``from toolkit... import`` in every module counts,
at module level or inside a function.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "toolkit"

# Rank of each top-level module or subpackage: a module may import modules of
# its own rank or lower, never higher (load -> clean -> analyses -> plots -> report).
RANKS = {
    "config": 0, "errors": 0, "schema": 0, "languages": 0, "urls": 0,
    "encoding": 1, "gazetteer": 1, "parallel": 1, "sampling": 1,
    "clean": 2, "extract": 2,
    "fetch": 3, "load": 3,
    "store": 4, "parallel_load": 4, "datasets": 4,
    "events": 5, "topics": 5, "sources": 5,
    "plots": 6,
    "exercises": 7, "report": 7,
    "cli": 8,
}


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    this = _module_name(path)
    package = this if path.name == "__init__.py" else this.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("toolkit"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if mod.startswith("toolkit"):
                out.add(mod)
                # "from toolkit import plots" names a module too
                for alias in node.names:
                    if (PACKAGE.parent / Path(*(mod.split("."))) / f"{alias.name}.py").exists() or (
                        PACKAGE.parent / Path(*(mod.split("."))) / alias.name / "__init__.py"
                    ).exists():
                        out.add(f"{mod}.{alias.name}")
    out.discard("toolkit")  # the lazy top level re-exports; it is imported by nobody inside
    return out


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for imported in _imports(path):
            # resolve to the longest known module name
            parts = imported.split(".")
            while parts and ".".join(parts) not in modules:
                parts.pop()
            if parts:
                target = ".".join(parts)
                if target != name:
                    targets.add(target)
        graph[name] = targets
    return graph


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_every_module_has_a_rank():
    stages = {_stage(m) for m in _graph()} - {""}
    assert stages <= set(RANKS), f"add a rank for {sorted(stages - set(RANKS))}"


def test_no_import_against_the_flow():
    wrong = []
    for module, targets in _graph().items():
        if module == "toolkit":
            continue
        for target in targets:
            a, b = _stage(module), _stage(target)
            if a in RANKS and b in RANKS and RANKS[b] > RANKS[a]:
                wrong.append(f"{module} imports {target}")
    assert not wrong, "imports against the flow:\n" + "\n".join(sorted(wrong))


def test_no_import_circles():
    graph = {m: t for m, t in _graph().items() if m != "toolkit"}
    # a package's __init__ re-exports its submodules; that edge is not a circle
    def edges(m):
        return {t for t in graph.get(m, ()) if not t.startswith(m + ".")}

    cycles = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for t in sorted(edges(m)):
            if state.get(t) == 1:
                cycles.append(" -> ".join([*stack[stack.index(t):], t]))
            elif t not in state:
                visit(t)
        stack.pop()
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m)
    assert not cycles, "import circles:\n" + "\n".join(cycles)


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_size(path):
    """No module over about 600 lines unless its docstring says why."""
    text = path.read_text(encoding="utf-8")
    n = text.count("\n")
    doc = ast.get_docstring(ast.parse(text)) or ""
    assert n <= 650 or "Longer than" in doc, f"{path.name}: {n} lines and no 'Longer than ...' reason"


def test_top_level_exports_resolve():
    import toolkit

    missing = [name for name in toolkit.__all__ if not hasattr(toolkit, name)]
    assert not missing
    for name in ("copy_groups", "attention_over_time", "reported_counts", "actor_naming",
                 "join_outlets", "speaker_shares", "load_articles", "extract_events"):
        assert callable(getattr(toolkit, name)), name
