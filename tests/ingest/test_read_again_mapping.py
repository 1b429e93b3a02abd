"""A new hub that maps otherwise, but reads files as before, maps the kept extraction again without
reading the bytes; one that reads otherwise reads them (decision 0023).

The fingerprints are taken of a copy of the hub's `adapters` and `schemas` folders, in which a test
changes one file, as a deployment of that change would.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from test_read_again import PLACEMENT, actions, cli, herlev_mistaken

from hub.adapters.language import fingerprint
from hub.services import batch_reads

HUB = ROOT / "hub"


def hub_copy_fingerprinted(root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the hub's adapters and schemas under `root`, which every fingerprint now digests in
    place of the real folders; returns the copy's `adapters`."""
    for folder in ("adapters", "schemas"):
        shutil.copytree(HUB / folder, root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    for name, value in vars(fingerprint).items():
        if isinstance(value, tuple) and value and all(isinstance(p, Path) for p in value):
            monkeypatch.setattr(fingerprint, name, tuple(root / p.relative_to(HUB) for p in value))
    forget_fingerprints()
    return root / "adapters"


def forget_fingerprints() -> None:
    """The process's fingerprints computed again, as a restarted hub computes them."""
    for name in ("reading_code", "mapping_code"):
        cached = getattr(fingerprint, name, None)
        if cached is not None:
            cached.cache_clear()


@pytest.mark.parametrize(
    ("changed", "reads"),
    [("mapping/form.py", 0), ("language/recognition.py", 0), ("readers/csv_text.py", 1)],
)
def test_a_document_sent_again_after_a_new_hub_is_read_only_if_its_reading_changed(
    app: Flask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, changed: str, reads: int
) -> None:
    runner = cli(app)
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    adapters = hub_copy_fingerprinted(tmp_path / "hub", monkeypatch)
    configs = herlev_mistaken(app, tmp_path)
    first = runner.invoke(args=["ingest", str(PLACEMENT), "-m", "herlev"])
    assert first.exit_code == 2 and "rejected / afvist" in first.output

    # The next version of the hub: one file changed, the config still the same.
    module = adapters / changed
    module.write_bytes(module.read_bytes() + b"\n# the next version\n")
    forget_fingerprints()
    configs.reload()
    read: list[str] = []

    def reading(spy: Any) -> Any:
        def counted(data: bytes, filename: str, *args: Any, **kwargs: Any) -> Any:
            read.append(filename)
            return spy(data, filename, *args, **kwargs)

        return counted

    monkeypatch.setattr(batch_reads, "extract_parsed", reading(batch_reads.extract_parsed))
    monkeypatch.setattr(batch_reads, "sandboxed_read", reading(batch_reads.sandboxed_read))
    again = runner.invoke(args=["ingest", str(PLACEMENT), "-m", "herlev"])
    assert again.exit_code == 2
    assert "rejected (same bytes as before, read again: the adapter config or the hub's" in (again.output)
    assert len(read) == reads
    assert actions(app, 1).count("submission.read_again") == 1


def test_the_libraries_count_where_they_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """A parser's version is part of the reading; a validator's only of the mapping."""
    forget_fingerprints()
    before = fingerprint.reading_code(), fingerprint.mapping_code()
    real = fingerprint.metadata.version

    def bumped(which: str) -> None:
        monkeypatch.setattr(fingerprint.metadata, "version", lambda n: "99" if n == which else real(n))
        forget_fingerprints()

    try:
        bumped("pypdf")
        assert fingerprint.reading_code() != before[0]
        assert fingerprint.mapping_code() == before[1]
        bumped("marshmallow")
        assert fingerprint.reading_code() == before[0]
        assert fingerprint.mapping_code() != before[1]
    finally:
        monkeypatch.undo()
        forget_fingerprints()
