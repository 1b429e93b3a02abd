"""The company's one form as a fillable PDF: field names, flags, tooltips and options as the contract says."""

from __future__ import annotations

import io
from typing import Any

import pytest
from company_data import HOSTILE, bulk_id, form_spec
from pypdf import PdfReader, PdfWriter

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.exports.company_form_model import CompanyFormSpec, FormIntern
from hub.exports.company_form_pdf import write_form_pdf

READ_ONLY = 1  # bit 1 of /Ff
MULTILINE = 1 << 12
SCORES = ["fremmoede", "punktlighed", "samarbejde", "opgaveloesning", "selvstaendighed"]
OUTCOMES_DA = [
    "Ordinært job",
    "Uddannelse",
    "Fleksjob",
    "Rehabiliteringsteam",
    "Andet kommunalt tilbud",
    "Praktik i anden virksomhed",
    "Langvarig sygdom",
    "Stoppet af andre årsager",
]


def form(spec: CompanyFormSpec) -> bytes:
    """The form written as PDF bytes."""
    out = io.BytesIO()
    write_form_pdf(spec, out)
    return out.getvalue()


def fields(data: bytes) -> dict[str, Any]:
    """The form's fields by name, as pypdf reads them."""
    return PdfReader(io.BytesIO(data)).get_fields() or {}


def field_pages(data: bytes) -> dict[str, int]:
    """The page (1-based) each field's widget sits on."""
    pages = {}
    for number, page in enumerate(PdfReader(io.BytesIO(data)).pages, start=1):
        for annot in page.get("/Annots") or []:
            pages[annot.get_object()["/T"]] = number
    return pages


def identity(n: int) -> list[str]:
    return [f"d{n}_id", f"d{n}_navn", f"d{n}_sted"]


def test_mentor_hours_fields() -> None:
    got = fields(form(form_spec("mentor_hours")))
    # Weeks as given: intern 1 has W32-W35, intern 2 W32-W33, intern 3 W33-W35.
    expected = (
        ["skema", "aftale", "periode"]
        + identity(1)
        + [
            "d1_mentor",
            "d1_uge1",
            "d1_timer1",
            "d1_uge2",
            "d1_timer2",
            "d1_uge3",
            "d1_timer3",
            "d1_uge4",
            "d1_timer4",
        ]
        + identity(2)
        + ["d2_mentor", "d2_uge1", "d2_timer1", "d2_uge2", "d2_timer2"]
        + identity(3)
        + ["d3_mentor", "d3_uge1", "d3_timer1", "d3_uge2", "d3_timer2", "d3_uge3", "d3_timer3"]
        + ["underskrevet_af", "underskrevet_dato"]
    )
    assert list(got) == expected
    read_only = {name for name, f in got.items() if f.get("/Ff", 0) & READ_ONLY}
    editable = set(got) - read_only
    assert editable == {"d1_mentor", "d2_mentor", "d3_mentor", "underskrevet_af", "underskrevet_dato"} | {
        name for name in got if "_timer" in name
    }
    values = {name: f.get("/V") for name, f in got.items()}
    assert values["skema"] == "Mentortimer"  # the kind in words, not the hub's code
    assert values["aftale"] == "falck-hovedstaden"
    assert values["periode"] == "2026-08"
    assert values["d1_id"] == "P-AAAAAAAAAAA"
    assert values["d1_navn"] == "Æble Øster-Åberg"
    assert values["d1_sted"] == "Falck Gladsaxe, Søborg Hovedgade"
    assert values["d2_navn"] == HOSTILE  # a PDF runs no formulas; the name stays as it is
    assert values["d2_mentor"] == "-Mette Minus"
    assert values["d3_navn"] == "Lukasz Sahin"  # field fonts are Latin-1; the page text has "Łukasz Şahin"
    # each week as the words printed over it and the spreadsheet form's cells say it (stop 63)
    assert [values[f"d1_uge{k}"] for k in range(1, 5)] == [
        "uge 32 2026",
        "uge 33 2026",
        "uge 34 2026",
        "uge 35 2026",
    ]
    assert [values[f"d3_uge{k}"] for k in range(1, 4)] == ["uge 33 2026", "uge 34 2026", "uge 35 2026"]
    assert values["d1_timer1"] == "" and values["underskrevet_af"] == ""
    assert got["d1_timer1"]["/TU"] == "Mentortimer i uge 32 (2026-W32) for P-AAAAAAAAAAA, fx 3 eller 2,5"
    assert got["d3_uge1"]["/TU"] == "uge 33 (2026-W33) for P-CCCCCCCCCCC"


def test_progress_report_fields() -> None:
    got = fields(form(form_spec("progress_report")))
    per_intern = [
        [*identity(n), f"d{n}_dato", *(f"d{n}_{s}" for s in SCORES), f"d{n}_note"] for n in (1, 2, 3)
    ]
    expected = ["skema", "aftale", "periode", *sum(per_intern, []), "underskrevet_af", "underskrevet_dato"]
    assert list(got) == expected
    for n in (1, 2, 3):
        for score in SCORES:
            choice = got[f"d{n}_{score}"]
            assert choice["/FT"] == "/Ch"
            assert choice["/Opt"] == ["", "1", "2", "3", "4", "5"]  # blank first, chosen until someone picks
            assert choice["/V"] == ""
            assert not choice.get("/Ff", 0) & READ_ONLY
        assert got[f"d{n}_note"]["/Ff"] & MULTILINE
    assert got["d2_punktlighed"]["/TU"] == "Punktlighed for P-BBBBBBBBBBR: 1 (lav) til 5 (høj)"


def test_placement_end_fields_and_no_signature() -> None:
    got = fields(form(form_spec("placement_end")))
    per_intern = [[*identity(n), f"d{n}_ophoer", f"d{n}_aarsag", f"d{n}_note"] for n in (1, 2, 3)]
    assert list(got) == ["skema", "aftale", "periode", *sum(per_intern, [])]
    assert got["d1_aarsag"]["/Opt"] == ["", *OUTCOMES_DA]
    assert got["d1_aarsag"]["/V"] == ""
    assert got["d3_ophoer"]["/TU"] == "Sidste dag i praktikken for P-CCCCCCCCCCC"


@pytest.mark.parametrize("kind", ["mentor_hours", "progress_report", "placement_end"])
def test_every_field_has_a_danish_tooltip_and_a_printed_label(kind: str) -> None:
    data = form(form_spec(kind))
    for name, field in fields(data).items():
        assert field.get("/TU"), name
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    for label in ("Skema", "Aftale", "Periode", "Deltager-id", "Navn", "Arbejdssted"):
        assert f"\n{label}\n" in text, label
    assert "SEND DET UDFYLDTE SKEMA TIL\nÅse Ørum Jæger, Jobcenter Gladsaxe" in text
    assert "aase.joerum@gladsaxe.example.dk · telefon +45 20 00 01 01" in text
    assert "Deltager 3 af 3 · P-CCCCCCCCCCC · Łukasz Şahin" in text
    if kind == "mentor_hours":
        assert "\nuge 32\nuge 33\nuge 34\nuge 35\n" in text and "Timer" in text
    if kind == "progress_report":
        assert "Fremmøde (1–5)" in text and "Selvstændighed (1–5)" in text
    if kind == "placement_end":
        assert "Årsag" in text and "Ophørsdato (dd.mm.åååå)" in text


def test_many_interns_flow_over_pages_one_whole_block_each() -> None:
    weeks = tuple(f"2026-W{w}" for w in range(27, 40))  # a quarter: 13 weeks, two lines of weeks
    interns = tuple(
        FormIntern(bulk_id(i), f"Praktikant {i}", "Falck Ballerup", "Mads Mentor", weeks)
        for i in range(1, 21)
    )
    data = form(form_spec("mentor_hours", interns))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 4
    pages = field_pages(data)
    assert len(pages) == 3 + 20 * (3 + 1 + 2 * 13) + 2
    for n in range(1, 21):
        block = {pages[name] for name in pages if name.startswith(f"d{n}_")}
        assert len(block) == 1, n  # never split over two pages
    assert pages["underskrevet_af"] == len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert f"Side {number} af \n{len(reader.pages)}" in page.extract_text()


def test_the_form_can_be_filled_in_and_read_back() -> None:
    writer = PdfWriter(clone_from=io.BytesIO(form(form_spec("progress_report"))))
    writer.update_page_form_field_values(
        None,
        {
            "d1_dato": "15.09.2026",
            "d1_fremmoede": "4",
            "d1_note": "Godt i gang",
            "underskrevet_af": "Søren Kæmpe",
        },
        auto_regenerate=False,
    )
    out = io.BytesIO()
    writer.write(out)
    got = fields(out.getvalue())
    assert got["d1_dato"]["/V"] == "15.09.2026"
    assert got["d1_fremmoede"]["/V"] == "4"
    assert got["d1_note"]["/V"] == "Godt i gang"
    assert got["underskrevet_af"]["/V"] == "Søren Kæmpe"
    assert got["d1_id"]["/V"] == "P-AAAAAAAAAAA"


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown form kind 'timesheet'"):
        form_spec("timesheet")


def test_same_form_same_bytes() -> None:
    assert form(form_spec("mentor_hours")) == form(form_spec("mentor_hours"))


def test_a_week_field_shows_and_holds_the_words_printed_over_it() -> None:
    """The read-only week field held "2026-W32" under the printed "uge 32", and a viewer drew "2026-W32":
    it now holds, and its appearance draws, "uge 32 2026", as the spreadsheet form's cells (stop 63)."""
    data = form(form_spec("mentor_hours"))
    [widget] = [
        annot.get_object()
        for page in PdfReader(io.BytesIO(data)).pages
        for annot in page.get("/Annots") or []
        if annot.get_object()["/T"] == "d1_uge1"
    ]
    assert widget["/V"] == "uge 32 2026"
    assert b"(uge 32 2026) Tj" in widget["/AP"]["/N"].get_data()  # what a viewer draws in the box
    read = {v.key: v.value for v in extract(data, "skema.pdf", READ_OPTIONS).values}
    assert read["d1_uge1"] == "uge 32 2026" and read["d3_uge1"] == "uge 33 2026"
