"""A PDF page whose printed text pypdf raises on (decision 0060, "Stop 55: stray-63"): its fields, which
are qpdf's, are read as before; its text was silently none, so a title rule said "its title is not X"
and a `label:` selector "no such field", as if the form were another. The extraction now lists the page
(`text_unreadable`), and recognition, a label and suggest say its text could not be read, and which page.

The damage is a content stream packed with a filter no reader knows (`/Foo`): qpdf keeps it as it is,
pypdf raises `NotImplementedError` on it.
"""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from label_form_support import labelled_form

from hub.adapters import pipeline
from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.reading import Reader
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.readers import pdf, pdf_pagecache
from hub.adapters.readers.pdf_pagecache import RunCache
from hub.adapters.suggest.draft import suggest
from hub.errors import NotRecognised

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def cold(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh page cache: a page read well before must not answer for the damaged copy."""
    monkeypatch.setattr(pdf_pagecache, "RUNS", RunCache())


def unknown_filter(data: bytes, page: int) -> bytes:
    """`data` with page `page`'s (0-based) content stream marked as packed by an unknown filter."""
    with pikepdf.open(io.BytesIO(data)) as doc:
        contents = doc.pages[page].obj.Contents
        stream = pikepdf.Stream(doc, contents.read_bytes())
        stream.Filter = pikepdf.Name("/Foo")
        doc.pages[page].obj.Contents = stream
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()


def test_a_label_on_a_page_whose_text_cannot_be_read_is_said_unread_not_missing() -> None:
    extraction = pdf.read_pdf_unsandboxed(unknown_filter(labelled_form(2), 1), "f.pdf", True)
    assert extraction.meta["text_unreadable"] == [2]
    assert {v.key: v.value for v in extraction.values} == {"felt1": "værdi 1", "felt2": "værdi 2"}
    index = SourceIndex(extraction, labels=["label:Felt 1", "label:Felt 2"])
    value, _ = Reader("pdf", "f.pdf", "form", "sha").read("a", ["label:Felt 1"], [], index.resolve)
    assert value == "værdi 1"  # page 1 was read
    reader = Reader("pdf", "f.pdf", "form", "sha")
    assert reader.read("b", ["label:Felt 2"], [], index.resolve, optional=True) == (None, [])
    (problem,) = reader.problems
    assert "'Felt 2'" in problem.reason_en and "printed text of page 2 could not be read" in problem.reason_en
    assert "den trykte tekst på side 2 kunne ikke læses" in problem.reason_da


def test_a_form_whose_title_page_cannot_be_read_is_not_called_another_form() -> None:
    data = unknown_filter((ROOT / "tests/golden/hvidovre/placement_end.pdf").read_bytes(), 0)
    config = load_config_file(ROOT / "config/municipalities/hvidovre.toml")
    with pytest.raises(NotRecognised) as caught:
        pipeline.read_and_canonicalise(config, data, "0" * 64, "ophoer.pdf")
    (problem,) = caught.value.problems
    assert problem.reason_en.startswith(
        "which form Hvidovre Kommune sends it is could not be told: "
        "the printed text of page 1 could not be read"
    )
    title = "its title (page 1) could not be read, so the hub could not see whether it says 'Ophør af"
    assert title in problem.reason_en
    assert problem.reason_da.startswith(
        "det kunne ikke ses, hvilken blanket fra Hvidovre Kommune det er: "
        "den trykte tekst på side 1 kunne ikke læses"
    )
    assert "not a form" not in problem.reason_en


def test_suggest_warns_that_a_page_could_not_be_read() -> None:
    damaged = pdf.read_pdf_unsandboxed(unknown_filter(labelled_form(2), 0), "f.pdf", True)
    assert "# WARNING: the printed text of page 1 could not be read" in suggest(damaged, "f.pdf").to_toml()
    whole = pdf.read_pdf_unsandboxed(labelled_form(2), "f.pdf", True)
    assert "text_unreadable" not in whole.meta
    assert "could not be read" not in suggest(whole, "f.pdf").to_toml()
