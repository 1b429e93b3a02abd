"""`hub adapters suggest` on fields read by what is printed near them: a CPR number split over two
fields, and a label ("Dato") printed more than once. Each draft is loaded through the config schema and
maps the document it was drafted from."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfgen import canvas
from suggest_support import drafted_config, drafted_fields

from hub.adapters.language.config_model import MunicipalityConfig
from hub.adapters.mapping.form import map_form
from hub.adapters.readers import extract
from hub.adapters.readers.base import Extraction
from hub.adapters.suggest.draft import suggest


def _pdf(rows: list[tuple[str, list[tuple[str, str, int]]]]) -> bytes:
    """A form of rows: a printed label, then its fields (name, value, width) left to right."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    y = 760
    for label, boxes in rows:
        c.drawString(40, y + 5, label)
        x = 180
        for name, value, width in boxes:
            c.acroForm.textfield(name=name, value=value, x=x, y=y, width=width, height=18)
            x += width + 10
        y -= 30
    c.showPage()
    c.save()
    return buf.getvalue()


def _draft(data: bytes, filename: str) -> tuple[str, Extraction]:
    options = {"with_labels": True} if filename.endswith(".pdf") else None
    extraction = extract(data, filename, options=options)
    return suggest(extraction, filename).to_toml(), extraction


def _record(text: str, extraction: Extraction, tmp_path: Path) -> dict[str, Any]:
    """The draft as a person pastes it, through the real schema, mapping the document it came from."""
    config: MunicipalityConfig = drafted_config(text, tmp_path)
    form = config.recognise(extraction, "x")
    return map_form(extraction, form, "0" * 64, "x", "159").record


def test_a_cpr_number_in_two_cells_after_its_label_is_joined(tmp_path: Path) -> None:
    data = b"Praktikaftale\nNavn;Hans\nCPR-nr.;010190;1234\nStartdato;03.08.2026\n"
    text, extraction = _draft(data, "aftale.csv")
    assert drafted_fields(text)["citizen.cpr"] == {
        "path": "citizen.cpr",
        "sources": ["next:CPR-nr.", "label:CPR-nr.>2"],
        "transforms": ["join", "digits"],
    }
    assert "1234" not in text and "010190-XXXX" in text
    assert _record(text, extraction, tmp_path)["citizen"]["cpr"] == "0101901234"


def test_a_birth_date_and_a_serial_number_in_two_pdf_fields_are_one_cpr_number(tmp_path: Path) -> None:
    rows = [
        ("Navn:", [("Tekstfelt1", "Hans Hansen", 200)]),
        ("Fødselsdato:", [("Tekstfelt2", "010190", 80)]),
        ("Løbenr.:", [("Tekstfelt3", "1234", 50)]),
    ]
    text, extraction = _draft(_pdf(rows), "aftale.pdf")
    cpr = drafted_fields(text)["citizen.cpr"]
    assert cpr["sources"] == ["Tekstfelt2", "Tekstfelt3"] and cpr["transforms"] == ["join", "digits"]
    assert _record(text, extraction, tmp_path)["citizen"]["cpr"] == "0101901234"


def test_two_pdf_fields_under_one_cpr_label_are_joined() -> None:
    rows = [("CPR-nr.:", [("Tekstfelt1", "010190", 80), ("Tekstfelt2", "1234", 50)])]
    text, _ = _draft(_pdf(rows), "aftale.pdf")
    assert drafted_fields(text)["citizen.cpr"]["sources"] == ["Tekstfelt1", "Tekstfelt2"]
    assert "also looks like citizen.cpr" not in text


@pytest.mark.parametrize(
    "row",
    [
        "CPR-nr.;010190-1234;1234",  # the whole number in the first: the next cell is something else
        "CPR-nr.;999999;1234",  # six digits and four that are no CPR number
        "Fødselsdato;010190\nTimer;1234",  # a birth date followed by no serial number
    ],
)
def test_fields_that_only_look_like_halves_are_not_joined(row: str) -> None:
    text, _ = _draft(f"Praktikaftale\n{row}\n".encode(), "aftale.csv")
    assert "join" not in text


def test_a_date_printed_twice_is_named_and_read_by_the_label_before_it(tmp_path: Path) -> None:
    data = (
        b"Mentortimer\nCPR-nr.;010190-1234\nP-nummer;1012345678\nMentor;Mads\n\nDato;Timer\n"
        b"01-09-2026;2,0\n02-09-2026;1,5\n\nUnderskrevet af;Mads\nDato;03-09-2026\n"
    )
    text, extraction = _draft(data, "timer.csv")
    fields = drafted_fields(text)
    assert fields["signed_on"] == {
        "path": "signed_on",
        "source": "next:Underskrevet af > Dato",
        "transforms": ["date"],
    }
    assert 'label "Dato" (printed 2 times)' in text  # the person sees why it is named by its block
    assert _record(text, extraction, tmp_path)["signed_on"] == "2026-09-03"


def test_a_date_printed_twice_gives_both_candidates_not_one(tmp_path: Path) -> None:
    data = (
        "Afslutning af virksomhedspraktik\nCPR-nr.;010190-1234\nP-nummer;1012345678\n"
        "Ophørsdato;30.10.2026\nÅrsag;Ordinært job\nUnderskrift;Hans\nDato;31.10.2026\n"
        "Sagsbehandler;Mette\nDato;01.11.2026\n"
    ).encode()
    text, extraction = _draft(data, "ophoer.csv")
    # Neither date is taken as the other: each is drafted by its own block, never as a cell (B7).
    assert '# source = "next:Underskrift > Dato"' in text
    assert '# source = "next:Sagsbehandler > Dato"' in text
    assert "looks like signed_on" in text and '"B7"' not in text and '"B9"' not in text
    assert _record(text, extraction, tmp_path)["ended_on"] == "2026-10-30"


def test_two_pdf_fields_printed_dato_are_told_apart_by_the_signature_before_each() -> None:
    rows = [
        ("Underskrift mentor:", [("Tekstfelt1", "Mads", 120)]),
        ("Dato:", [("Tekstfelt2", "03.09.2026", 80)]),
        ("Underskrift jobcenter:", [("Tekstfelt3", "Mette", 120)]),
        ("Dato:", [("Tekstfelt4", "04.09.2026", 80)]),
    ]
    text, _ = _draft(_pdf(rows), "Mentortimer.pdf")
    assert drafted_fields(text)["signed_on"]["source"] == "Tekstfelt2"
    # The second is shown beside the first, with why, for the person to choose: not dropped.
    assert "also looks like signed_on, taken above by Tekstfelt2" in text
    assert 'printed 2 times, after "Underskrift jobcenter"' in text


@pytest.mark.parametrize(
    ("label", "context", "helps"),
    [
        ("Dato", "Underskrevet af", True),
        ("Dato", "Ophør", True),
        ("Dato", "CPR-nr.", False),  # the context alone is a CPR number, not the label's meaning
        ("Startdato", "Underskrevet af", False),  # the label means something alone
        ("Navn", "Ydelse", False),
    ],
)
def test_context_helps_only_where_a_rule_needs_both(label: str, context: str, helps: bool) -> None:
    from hub.adapters.suggest.nearby import context_helps  # here: the other tests run on any version

    assert context_helps(label, context) is helps
