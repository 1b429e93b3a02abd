"""verify.py is written from the verifier's modules, split by idea (decision 0068, stop 57): the file the
bundle carries must hold each of them once, in an order where every name is defined before a later part
uses it, and nothing that imports the hub, so that it runs alone where the auditor runs it: a Python with
no hub and no site packages (`-I -S`, so `openssl` checks the signatures)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest
from flask import Flask
from page_support import demo_copy_fixture
from verifier_support import made_bundle, published_key, unpacked

from hub import merkle
from hub.exports import bundle_files, bundle_verify

HUB = Path(merkle.__file__).resolve().parent
demo = demo_copy_fixture("audit-walk-verify-parts", name="demo", users=False)


def _path(module: str) -> Path:
    return HUB.parent / (module.replace(".", "/") + ".py")


def _hub_imports(module: str) -> list[str]:
    """The hub modules `module` imports, read from its source (`from hub.exports import x`: x's module)."""
    found = []
    for node in ast.walk(ast.parse(_path(module).read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "hub":
            for alias in node.names:
                whole = f"{node.module}.{alias.name}"
                found.append(whole if _path(whole).exists() else str(node.module))
    return found


def _verifier_modules() -> list[str]:
    """`bundle_verify` and every hub module it imports, directly or not."""
    seen: list[str] = []
    todo = [bundle_verify.__name__]
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.append(module)
            todo += _hub_imports(module)
    return seen


def _parts(source: str) -> list[str]:
    """The modules verify.py says it holds, in its order: `hub.merkle` first and whole, each other under
    its `# ---- hub/….py ----` line."""
    named = re.findall(r"^# ---- (hub/[\w/]+)\.py ----$", source, re.MULTILINE)
    return ["hub.merkle", *(name.replace("/", ".") for name in named)]


def _top_names(tree: ast.Module) -> list[str]:
    return [node.name for node in tree.body if isinstance(node, ast.FunctionDef | ast.ClassDef)]


def test_verify_py_holds_every_module_the_verifier_imports_once_each_after_what_it_imports() -> None:
    source = bundle_files.verifier_source()
    parts = _parts(source)
    assert sorted(parts) == sorted(_verifier_modules())  # each once, none missing, none extra
    assert source.startswith(_path("hub.merkle").read_text(encoding="utf-8"))  # whole, and first
    for index, module in enumerate(parts):
        assert {parts.index(name) for name in _hub_imports(module)} <= set(range(index)), module
    tree = ast.parse(source)
    defined = _top_names(tree)
    for module in parts:
        for name in _top_names(ast.parse(_path(module).read_text(encoding="utf-8"))):
            assert defined.count(name) == 1, (module, name)
    # Nothing left that imports the hub: the auditor's Python has none.
    assert not [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        and (node.module or "").split(".")[0] == "hub"
        or isinstance(node, ast.Import)
        and any(a.name.split(".")[0] == "hub" for a in node.names)
    ]


@pytest.mark.parametrize(("who", "period"), [("gladsaxe", "2026-09")])
def test_the_bundles_verify_py_runs_alone_on_the_bundle(
    demo: Flask, tmp_path: Path, who: str, period: str
) -> None:
    bundle = made_bundle(demo, tmp_path, who, period)
    script = unpacked(bundle, tmp_path / "alone")
    assert [p.name for p in script.parent.iterdir()] == ["verify.py"]
    command = [sys.executable, "-I", "-S", str(script), str(bundle), "--key", published_key(demo)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == ""
    assert done.stdout.splitlines()[-2:] == ["OK  pakken er urørt", "     the bundle is intact"]
