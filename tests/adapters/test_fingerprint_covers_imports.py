"""The fingerprints cover the hub's own modules that reading and mapping import from outside `adapters`.

A kept document is read or mapped again when the code that reads or maps it changes (decision 0023).
That code imports modules from the rest of the hub (`quoting`'s misreadings, `periods`' words,
`quantities`' numbers, the CPR pattern), and a change there read documents differently while the
fingerprint stayed the same: `hub reprocess` kept the old records. These tests follow the imports.
"""

from __future__ import annotations

import ast
from pathlib import Path

from hub.adapters.language import fingerprint

HUB = fingerprint.HUB
# Imported, but deciding nothing a document is read or mapped into, nor why one is refused.
NOT_DECIDING = {
    "exports/claim_model.py": "a claim's fields, for the claim rules' names: claims are left out by design",
    "lazy_names.py": "how a package's names are imported, not what they do",
    "log_waitress.py": "log lines",
    "logsetup.py": "log lines",
    "os_reasons.py": "the words for an operating system's error, which no document decides",
    "private_files.py": "file modes of what the hub writes",
    "storage.py": "`sha256_hex` for the golden-file tool, not for a document",
    "wording_cache.py": "a cache of the words a reading already chose",
}


def _module_file(name: str) -> Path | None:
    parts = name.split(".")
    if parts[0] != "hub":
        return None
    path = HUB.parent.joinpath(*parts)
    for candidate in (path.with_suffix(".py"), path / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imported(path: Path) -> set[Path]:
    found: set[Path] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        found.update(f for f in map(_module_file, names) if f is not None)
    return found


def _outside(starts: list[Path], inside: tuple[Path, ...]) -> set[str]:
    """The hub modules outside `inside` that `starts` import, directly or through each other."""
    seen: set[Path] = set()
    todo = list(starts)
    while todo:
        path = todo.pop()
        if path not in seen:
            seen.add(path)
            todo.extend(_imported(path))
    return {p.relative_to(HUB).as_posix() for p in seen if not any(p.is_relative_to(i) for i in inside)}


def _files(roots: tuple[Path, ...], left_out: tuple[Path, ...] = ()) -> list[Path]:
    return [
        f
        for root in roots
        if root.is_dir()
        for f in root.rglob("*.py")
        if not any(f.is_relative_to(o) for o in left_out)
    ]


def _names(paths: tuple[Path, ...]) -> set[str]:
    return {p.relative_to(HUB).as_posix() for p in paths if p.is_file()}


def test_every_module_the_mapping_imports_is_in_its_fingerprint_or_named_as_deciding_nothing() -> None:
    starts = _files(fingerprint.MAPPING_CODE, fingerprint.MAPPING_LEFT_OUT) + _files(fingerprint.READING_CODE)
    outside = _outside(starts, (fingerprint.ADAPTERS, HUB / "schemas"))
    shared = {name for name in _names(fingerprint.SHARED_MAPPING) if not name.startswith("schemas/")}
    assert outside - NOT_DECIDING.keys() == shared


def test_every_module_the_readers_import_is_in_the_reading_fingerprint() -> None:
    outside = _outside(_files(fingerprint.READING_CODE), (fingerprint.ADAPTERS / "readers",))
    assert outside - NOT_DECIDING.keys() <= _names(fingerprint.SHARED_READING)


def test_a_change_to_one_shared_file_changes_the_digest(tmp_path: Path) -> None:
    shared = tmp_path / "hub" / "quoting.py"
    shared.parent.mkdir()
    shared.write_text("RULE = 1\n", encoding="utf-8")
    before = fingerprint.code_digest([shared])
    shared.write_text("RULE = 2\n", encoding="utf-8")
    assert fingerprint.code_digest([shared]) != before
