"""The code's shape, as docs/architecture.md states it: only `hub/services` commits, and no module of the
hub imports another that (directly or not) imports it back."""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

HUB = Path(__file__).resolve().parents[2] / "hub"


def _modules() -> dict[str, Path]:
    """Every module of the hub by its dotted name (a package by its own name)."""
    found = {}
    for path in sorted(HUB.rglob("*.py")):
        parts = path.relative_to(HUB.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _top_level(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """The statements run when the module is imported: inside `if`, `try` and `with` too, but not the
    `if TYPE_CHECKING:` block, which never runs."""
    for node in body:
        if isinstance(node, ast.If):
            if "TYPE_CHECKING" not in ast.unparse(node.test):
                yield from _top_level(node.body + node.orelse)
        elif isinstance(node, ast.Try):
            yield from _top_level(node.body + node.orelse + node.finalbody)
            for handler in node.handlers:
                yield from _top_level(handler.body)
        elif isinstance(node, ast.With):
            yield from _top_level(node.body)
        else:
            yield node


def _imports(name: str, path: Path, modules: Mapping[str, Path]) -> set[str]:
    """The hub modules `name` imports when it is imported (`from a import b`: a.b when it is a module)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _top_level(ast.parse(path.read_text(encoding="utf-8")).body):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([node.module] if node.module else []))
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
    return {m for m in found if m in modules and m != name}


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """The groups of nodes that reach each other (Tarjan's strongly connected components of two or
    more), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_cycles_finds_a_loop_through_three_and_ignores_a_chain() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": {"e"}, "e": set()}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_imports_reads_relative_and_from_imports_and_skips_type_checking(tmp_path: Path) -> None:
    source = tmp_path / "x.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "from hub import a\n"
        "from .b import thing\n"
        "try:\n    import hub.c\nexcept ImportError:\n    pass\n"
        "if TYPE_CHECKING:\n    from hub import d\n"
        "def f():\n    from hub import e\n",
        encoding="utf-8",
    )
    modules = {name: source for name in ("hub", "hub.a", "hub.b", "hub.c", "hub.d", "hub.e", "hub.x")}
    assert _imports("hub.x", source, modules) == {"hub.a", "hub.b", "hub.c"}


def test_no_module_of_the_hub_imports_itself_back() -> None:
    modules = _modules()
    graph = {name: _imports(name, path, modules) for name, path in modules.items()}
    assert len(graph) > 200  # the whole hub was read
    assert cycles(graph) == []


def test_only_the_services_commit() -> None:
    """One layer commits (the web, the API, the CLI and the workers call a service that does)."""
    committing = sorted(
        str(path.relative_to(HUB.parent))
        for path in HUB.rglob("*.py")
        if any(
            isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "commit"
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        )
    )
    assert committing, "no commit found: the search is broken"
    assert [path for path in committing if not path.startswith("hub/services/")] == []
