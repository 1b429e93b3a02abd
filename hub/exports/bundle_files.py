"""The auditor's bundle's verifier, `verify.py`: one Python file, made of the hub's own modules (the
bundle's README: `bundle_readme`)."""

from __future__ import annotations

import ast
from pathlib import Path
from types import ModuleType

from hub import merkle, pseudonyms
from hub.exports import (
    bundle_check_files,
    bundle_check_log,
    bundle_check_traced,
    bundle_counts,
    bundle_data,
    bundle_kept,
    bundle_opened,
    bundle_provenance,
    bundle_provenance_check,
    bundle_signatures,
    bundle_since,
    bundle_traced,
    bundle_verdict,
    bundle_verify,
    bundle_whose,
    danish_clock,
)

# The modules verify.py is made of, in this order: each imports from the hub only names an earlier one
# defines, and those import lines are dropped, as in one file the names are already defined. The first
# is written whole: its `from __future__` line is the file's.
PARTS: tuple[ModuleType, ...] = (
    merkle,
    danish_clock,
    bundle_counts,
    bundle_since,
    # The CPR masking the provenance's hash is made with (`bundle_provenance`), the hub's own.
    pseudonyms,
    bundle_provenance,
    # The data's hash, masked as the provenance's is (`bundle_data`, stop 56).
    bundle_data,
    bundle_provenance_check,
    bundle_traced,
    # The verifier itself, split by idea (decision 0068): how it speaks, what it reads, the signatures,
    # whose bundle it is, the three checks, `--since`, and the command that runs them.
    bundle_verdict,
    bundle_opened,
    bundle_signatures,
    bundle_whose,
    bundle_check_files,
    bundle_check_log,
    bundle_check_traced,
    bundle_kept,
    bundle_verify,
)


def verifier_source() -> str:
    """`verify.py`: the Merkle functions of `hub.merkle`, the Danish time of `danish_clock` and the
    checks of `bundle_verify` and the modules it imports, one file that needs nothing outside Python's
    standard library."""
    first, *rest = PARTS
    text = _source(first)
    parts, defined = [text], _defined(ast.parse(text))
    for module in rest:
        text = _source(module)
        tree = ast.parse(text)
        kept = _without_hub_imports(module, text, tree, defined)
        parts.append(f"# ---- {module.__name__.replace('.', '/')}.py ----\n{kept}")
        defined |= _defined(tree)
    return "\n\n".join(parts)


def _source(module: ModuleType) -> str:
    text = Path(str(module.__file__)).read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(text)):
        # Only a module's own top-level import lines can be dropped: one inside a function would be run
        # by the auditor's Python, which has no `hub` to import.
        if isinstance(node, ast.Import) and any(_is_hub(alias.name) for alias in node.names):
            raise RuntimeError(f"{module.__name__}:{node.lineno} imports the hub: not in verify.py")
    return text


def _without_hub_imports(module: ModuleType, text: str, tree: ast.Module, defined: set[str]) -> str:
    """`text` without its `from __future__` and `from hub… import` lines, each name they import checked
    to be one an earlier part defines."""
    lines = text.splitlines(keepends=True)
    dropped: set[int] = set()
    top = [node for node in tree.body if isinstance(node, ast.ImportFrom)]
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or not (node.module == "__future__" or _is_hub(node.module)):
            continue
        if node not in top:
            raise RuntimeError(f"{module.__name__}:{node.lineno} imports {node.module} inside a block")
        missing = [a.name for a in node.names if node.module != "__future__" and a.name not in defined]
        if missing:
            raise RuntimeError(
                f"{module.__name__} imports {', '.join(missing)} from {node.module}, which no earlier part "
                "of verify.py defines"
            )
        dropped.update(range(node.lineno - 1, node.end_lineno or node.lineno))
    return "".join(line for number, line in enumerate(lines) if number not in dropped)


def _is_hub(name: str | None) -> bool:
    return name is not None and (name == "hub" or name.startswith("hub."))


def _defined(tree: ast.Module) -> set[str]:
    """The names a module defines at its top level: its functions, classes and assigned names."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names
