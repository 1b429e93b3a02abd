"""`tools.pdf_reader_phases` runs each phase of the reader child's work, and only that."""

from __future__ import annotations

from conftest import ROOT

from hub.adapters.readers import pdf_layout
from tools import pdf_reader_phases

FORM = ROOT / "tests/golden/gladsaxe/placement_kontanthjaelp.pdf"


def test_every_phase_reads_the_form() -> None:
    data = FORM.read_bytes()
    for phase in pdf_reader_phases.PHASES:
        pdf_reader_phases.run(phase, 2, [data])


def test_the_reply_read_back_is_the_reading() -> None:
    data = FORM.read_bytes()
    assert pdf_reader_phases._reply(data) == pdf_reader_phases._full(data)


def test_the_title_is_left_out_only_while_its_phase_runs() -> None:
    title = pdf_layout.PageTexts.title
    pdf_reader_phases.run("notitle", 1, [FORM.read_bytes()])
    assert pdf_layout.PageTexts.title is title
    assert pdf_reader_phases._full(FORM.read_bytes()).meta.get("title")  # the golden form has one
