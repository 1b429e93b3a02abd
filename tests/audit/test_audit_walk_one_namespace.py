"""verify.py is one file made of several of the hub's modules (`bundle_files.verifier_source`), so one
namespace: a module-level name defined in two of them would silently replace the first module's. Stop 51
met it: `bundle_traced`'s first `ENTRIES` (a path) replaced `bundle_since`'s noun of that name, and
`--since` failed inside verify.py with a Python error while every module's own tests passed."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from hub.exports import bundle_files


def _defined(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


def test_no_two_parts_of_verify_py_define_the_same_name() -> None:
    parts = bundle_files.PARTS
    where: dict[str, list[str]] = defaultdict(list)
    for module in parts:
        for name in _defined(Path(str(module.__file__))):
            where[name].append(module.__name__)
    assert {name: found for name, found in where.items() if len(found) > 1} == {}
