"""Python source parsed once for a test module, for the tests that read the hub's code (its log lines,
its imports, where it commits, where it writes states out by hand).

Each of those tests parsed all of the hub's 680 modules itself, and walked every tree node by node through
`ast.walk`'s generator: tests/core/test_log_lines.py did it three times, test_shape.py twice, 12 and 5
CPU-s of the suite's process. Parsed once and walked once, they read the same trees and the same nodes
in the same order. A file is read again at every call and parsed again when its text changed, so a test
that reads a file it wrote meets what it wrote.

The trees are kept until the module's last test has run (tests/conftest.py calls `forget`): all of the
hub's are some 100 MB and 440,000 objects the collector would otherwise walk for the rest of the run.
Nothing may change a tree it was given: the next test would read the change.

    for path in python_files(ROOT / "hub"):
        for node in walked(path): ...
"""

from __future__ import annotations

import ast
from pathlib import Path

# The file -> its text when parsed, the tree, and every node of it in `ast.walk`'s order.
_parsed: dict[Path, tuple[str, ast.Module, tuple[ast.AST, ...]]] = {}


def python_files(folder: Path) -> list[Path]:
    """The `.py` files under `folder`, in the order of their paths."""
    return sorted(folder.rglob("*.py"))


def _entry(path: Path) -> tuple[str, ast.Module, tuple[ast.AST, ...]]:
    text = path.read_text(encoding="utf-8")
    found = _parsed.get(path)
    if found is None or found[0] != text:
        tree = ast.parse(text)
        found = _parsed[path] = (text, tree, tuple(ast.walk(tree)))
    return found


def parsed(path: Path) -> ast.Module:
    """`ast.parse` of the file's text as it is now (the same tree as the last call's if it is unchanged)."""
    return _entry(path)[1]


def walked(path: Path) -> tuple[ast.AST, ...]:
    """Every node of `parsed(path)`, in the order `ast.walk` gives them."""
    return _entry(path)[2]


def forget() -> None:
    """Let the trees go (at a test module's end)."""
    _parsed.clear()
