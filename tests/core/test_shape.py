"""The code's shape, as docs/architecture.md states it: only `hub/services` commits, and no module of the
hub imports another that (directly or not) imports it back."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

from hub_process import PATIENCE, tree_env
from hub_sources import parsed, python_files, walked

HUB = Path(__file__).resolve().parents[2] / "hub"


def _modules() -> dict[str, Path]:
    """Every module of the hub by its dotted name (a package by its own name)."""
    found = {}
    for path in python_files(HUB):
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
    for node in _top_level(parsed(path).body):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([node.module] if node.module else []))
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
    # Importing `hub.web.guard` runs `hub/web/__init__.py` first: a package of what is imported is imported
    # too, unless it is one of `name`'s own (running already, or done, before `name` runs). Without this
    # the graph missed `hub.api.common` → `hub.web` → `upload_sent` → `hub.api.submissions` (stop 65).
    found |= {package for module in found for package in _packages(module) - _packages(name) - {name}}
    return {m for m in found if m in modules and m != name}


def _packages(name: str) -> set[str]:
    """The packages Python imports before the module `name` (`hub.web.guard`: `hub`, `hub.web`)."""
    parts = name.split(".")
    return {".".join(parts[:end]) for end in range(1, len(parts))}


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


def test_imports_counts_the_package_a_module_is_imported_from_but_not_the_importers_own(
    tmp_path: Path,
) -> None:
    source = tmp_path / "common.py"
    source.write_text(
        "from hub.web.guard import current\nfrom hub.api.limits import standing\n", encoding="utf-8"
    )
    names = ("hub", "hub.api", "hub.api.common", "hub.api.limits", "hub.web", "hub.web.guard")
    modules = {name: source for name in names}
    assert _imports("hub.api.common", source, modules) == {"hub.web", "hub.web.guard", "hub.api.limits"}


def test_no_module_of_the_hub_imports_itself_back() -> None:
    modules = _modules()
    graph = {name: _imports(name, path, modules) for name, path in modules.items()}
    assert len(graph) > 200  # the whole hub was read
    assert cycles(graph) == []


# In one fresh interpreter (one process: the suite's time counts), each package of the hub imported as if
# it were the first: every `hub` module forgotten before each, so that one imported earlier cannot hide
# another's cycle. The libraries stay loaded; only the hub's own import order is under test.
_EACH_ALONE = """
import sys
failed = []
for package in sys.argv[1:]:
    for loaded in [name for name in sys.modules if name == "hub" or name.startswith("hub.")]:
        del sys.modules[loaded]
    try:
        __import__(package)
    except Exception as error:  # a cycle is an ImportError or an AttributeError of a half-run module
        failed.append(f"{package}: {error!r}")
print("\\n".join(failed))
"""


def test_each_package_of_the_hub_imports_on_its_own() -> None:
    """What the static graph above might miss (an import it cannot read), Python itself finds: a cycle
    makes a package fail to import when nothing of the hub was imported before it."""
    packages = sorted(name for name, path in _modules().items() if path.name == "__init__.py")
    assert {"hub", "hub.api", "hub.web"} <= set(packages)
    run = subprocess.run(
        [sys.executable, "-c", _EACH_ALONE, *packages],
        env=tree_env(os.environ),
        capture_output=True,
        text=True,
        check=True,
        timeout=PATIENCE,
    )
    assert run.stdout.strip() == ""


# The ways a module can end a transaction of its own: `.commit()` (a session's, a connection's, a DBAPI
# connection's), `.begin()` (`engine.begin()` and `session.begin()` commit as their block ends), and
# autocommit (`isolation_level="AUTOCOMMIT"`, a driver's `autocommit`, pysqlite's `isolation_level =
# None`, a `COMMIT` sent as SQL), where every statement commits by itself.
_ENDS_A_TRANSACTION = ("commit", "begin")


def commits(tree: ast.AST, nodes: tuple[ast.AST, ...] | None = None) -> list[str]:
    """How a module's code commits, one entry a place in the order written (`name()`, `AUTOCOMMIT`,
    `autocommit`, `isolation_level = None` or `COMMIT`); empty when it never does. `nodes`: the tree's
    nodes in `ast.walk`'s order, when they are known already (`hub_sources.walked`)."""
    found: list[tuple[int, int, str]] = []
    nodes = tuple(ast.walk(tree)) if nodes is None else nodes
    docstrings = {
        id(node.body[0].value)
        for node in nodes
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in nodes:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in _ENDS_A_TRANSACTION:
                found.append((node.lineno, node.col_offset, f"{node.func.attr}()"))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            if node.value.strip().upper() == "AUTOCOMMIT":
                found.append((node.lineno, node.col_offset, "AUTOCOMMIT"))
            elif node.value.lstrip().startswith("COMMIT"):
                found.append((node.lineno, node.col_offset, "COMMIT"))
        elif isinstance(node, ast.keyword) and node.arg == "autocommit":
            found.append((node.lineno, node.col_offset, "autocommit"))
        elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                if isinstance(target, ast.Attribute) and target.attr == "autocommit":
                    found.append((node.lineno, node.col_offset, "autocommit"))
                elif (
                    isinstance(target, ast.Attribute)
                    and target.attr == "isolation_level"
                    and isinstance(node.value, ast.Constant)
                    and node.value.value is None
                ):
                    found.append((node.lineno, node.col_offset, "isolation_level = None"))
    return [way for _, _, way in sorted(found)]


# Where committing outside `hub/services` is the engine's set-up, not a layer's: pysqlite is told to keep
# out of transactions so that SQLAlchemy emits BEGIN itself (`extensions._sqlite_pragmas`).
_SETUP = {("hub/extensions.py", "isolation_level = None")}


def committing_outside_the_services(root: Path) -> list[str]:
    """`path: how` for every way a module of `root/hub` outside `hub/services` commits (`commits`)."""
    found = []
    for path in python_files(root / "hub"):
        name = path.relative_to(root).as_posix()
        if not name.startswith("hub/services/"):
            ways = commits(parsed(path), walked(path))
            found.extend(f"{name}: {way}" for way in ways if (name, way) not in _SETUP)
    return found


def test_commits_finds_every_way_of_committing_and_not_a_docstring() -> None:
    source = (
        '"""COMMIT, begin() and AUTOCOMMIT named in a docstring commit nothing."""\n'
        "session.commit()\n"
        "connection.commit()\n"
        "with engine.begin() as connection: pass\n"
        "with session.begin(): pass\n"
        'engine.execution_options(isolation_level="AUTOCOMMIT")\n'
        'create_engine(url, isolation_level="autocommit")\n'
        "psycopg.connect(url, autocommit=True)\n"
        "raw.autocommit = True\n"
        "raw.isolation_level = None\n"
        'connection.exec_driver_sql("COMMIT")\n'
        "session.begin_nested()\n"
        "session.flush()\n"
    )
    assert commits(ast.parse(source)) == [
        "commit()",
        "commit()",
        "begin()",
        "begin()",
        "AUTOCOMMIT",
        "AUTOCOMMIT",
        "autocommit",
        "autocommit",
        "isolation_level = None",
        "COMMIT",
    ]


def test_a_breach_planted_outside_the_services_is_found(tmp_path: Path) -> None:
    """The check over a tree of its own: the services may commit; a page that begins a transaction of its
    own, or a command that turns autocommit on, may not."""
    (tmp_path / "hub" / "services").mkdir(parents=True)
    (tmp_path / "hub" / "web").mkdir()
    (tmp_path / "hub" / "services" / "store.py").write_text(
        "def f(engine):\n    with engine.begin() as c:\n        c.commit()\n", encoding="utf-8"
    )
    (tmp_path / "hub" / "web" / "page.py").write_text(
        "def f(engine):\n    with engine.begin() as c:\n        pass\n", encoding="utf-8"
    )
    (tmp_path / "hub" / "cli.py").write_text(
        'def f(engine):\n    return engine.execution_options(isolation_level="AUTOCOMMIT")\n',
        encoding="utf-8",
    )
    assert committing_outside_the_services(tmp_path) == ["hub/cli.py: AUTOCOMMIT", "hub/web/page.py: begin()"]


def test_only_the_services_commit() -> None:
    """One layer commits (the web, the API, the CLI and the workers call a service that does)."""
    services = [commits(parsed(path), walked(path)) for path in python_files(HUB / "services")]
    assert {"commit()", "begin()"} <= {way for ways in services for way in ways}, "the search is broken"
    assert committing_outside_the_services(HUB.parent) == []
