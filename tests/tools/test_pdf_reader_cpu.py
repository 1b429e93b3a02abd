"""`tools.pdf_reader_cpu` counts the reader children's CPU, not only this process's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT

from tools import pdf_reader_cpu

FORM = ROOT / "tests/golden/gladsaxe/placement_kontanthjaelp.pdf"


def test_the_sandboxed_reading_counts_its_children(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(FORM, tmp_path / "form.pdf")
    pdf_reader_cpu.main(["--folder", str(tmp_path), "--passes", "20"])
    lines = dict(line.split(": ", 1) for line in capsys.readouterr().out.splitlines())
    assert set(lines) == set(pdf_reader_cpu.MEASURES)
    # The sandboxed reading reads the same form in a child: its CPU is there, not in this process.
    sandboxed = float(lines["reader alone (sandbox, labels)"].split()[0])
    assert sandboxed > 0


def test_the_children_cpu_grows_as_they_read() -> None:
    data = FORM.read_bytes()
    read = pdf_reader_cpu.MEASURES["reader alone (sandbox, labels)"]
    read(data)  # a reader child is running
    # `children_cpu` reads the sandbox pool's workers by pid, not all of this process's children: the
    # browser tests' Chromium, alive under this process (tests/chromium.py), is not counted.
    before = pdf_reader_cpu.children_cpu()
    pdf_reader_cpu.cpu_ms(read, [data], 40)
    assert pdf_reader_cpu.children_cpu() > before  # ~0.15 s of the child's CPU, in ticks of 0.01 s
