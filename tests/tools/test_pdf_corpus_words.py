"""The corpus runs' check of a rejection's words (`tools.pdf_corpus_words`): it must find a library's
words, English in the Danish and unreadable text, and pass the hub's own reasons."""

from __future__ import annotations

from simulator_support import fixture_script

from hub.adapters.readers import pdf_reasons

faults = fixture_script("pdf_corpus_words").faults


def test_the_hubs_own_reasons_pass() -> None:
    for en, da in (pdf_reasons.ENCRYPTED, pdf_reasons.REPAIRED, pdf_reasons.TOO_SLOW):
        assert faults(en, da) == []
    assert (
        faults("its title is 'Aftale om praktik'", "dens titel er 'the title'") == []
    )  # a quote may be English


def test_a_librarys_words_english_and_garbage_are_found() -> None:
    assert faults("PdfReadError: xref table broken", "ødelagt") == [
        "en: library word 'xref'",
        "en: library word 'error:'",
        "en: class name 'PdfReadError'",
    ]
    assert faults("ok", "filen is ødelagt") == ["da: English word 'is'"]
    assert faults("its title is '\ufffd\ufffd'", "dens titel er '\\x01'") == [
        "en: unreadable text",
        "da: escaped unreadable text '\\\\x01'",
    ]
