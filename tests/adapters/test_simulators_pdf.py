"""The PDF municipalities' simulators: a canonical record, written their way and printed as their form,
comes back unchanged through the real adapter; and the golden PDFs are exactly what the fixture script
prints today.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from pipeline import GOLDEN, ingest, repository_registry
from pypdf import PdfReader
from simulator_support import (
    check_every_form_type_has_a_golden_file,
    check_golden_inputs_reproduced,
    golden_cases,
)

from hub.adapters.language.registry import Registry
from hub.demo.localise import da_date, da_decimal, split_name
from hub.demo.simulators import simulator

PDF_MUNICIPALITIES = ("gladsaxe", "ballerup", "gentofte", "randers")


@pytest.fixture(scope="module")
def registry() -> Registry:
    """Every municipality config of the repository."""
    return repository_registry()


CASES = golden_cases(PDF_MUNICIPALITIES)


def test_every_form_type_a_municipality_sends_has_a_golden_file() -> None:
    check_every_form_type_has_a_golden_file(PDF_MUNICIPALITIES)


def test_simulators_print_the_forms_of_their_config(registry: Registry) -> None:
    for slug in PDF_MUNICIPALITIES:
        config = registry.get(slug)
        for form_type, form_id in simulator(slug).FORMS.items():
            assert config.form(form_id).form_type == form_type


@pytest.mark.parametrize(("slug", "record"), CASES)
def test_round_trip(registry: Registry, slug: str, record: dict[str, Any]) -> None:
    sim = simulator(slug)
    pdf = sim.render(record["form_type"], sim.localise(record["form_type"], record))
    assert ingest(registry, slug, pdf, f"{record['form_type']}.pdf") == record


def test_golden_pdfs_are_reproduced_byte_for_byte() -> None:
    check_golden_inputs_reproduced("make_fixtures_pdf", at_least=21)


def test_randers_placement_spans_two_pages() -> None:
    reader = PdfReader(io.BytesIO((GOLDEN / "randers" / "placement.pdf").read_bytes()))
    assert len(reader.pages) == 2
    pages = {name: page for page, p in enumerate(reader.pages, 1) for name in _widget_names(p)}
    assert pages["CprNr"] == 1 and pages["StartDato"] == 2 and pages["MentorNavn"] == 2


def _widget_names(page: Any) -> list[str]:
    return [str(a.get_object()["/T"]) for a in page.get("/Annots", []) if "/T" in a.get_object()]


def test_gladsaxe_fields_mean_something_only_in_their_tooltips() -> None:
    data = (GOLDEN / "gladsaxe" / "placement_kontanthjaelp.pdf").read_bytes()
    fields = PdfReader(io.BytesIO(data)).get_fields()
    assert fields is not None
    assert fields["Tekstfelt12"]["/TU"] == "CPR-nummer"
    assert all(name.startswith(("Tekstfelt", "Afkrydsningsfelt")) for name in fields)


@pytest.mark.parametrize(
    ("iso", "style", "text"),
    [
        ("2026-08-03", "dd.mm.yyyy", "03.08.2026"),
        ("2026-08-03", "dd-mm-yyyy", "03-08-2026"),
        ("2026-08-03", "d/m-yyyy", "3/8-2026"),
        ("2026-08-03", "dd.mm.yy", "03.08.26"),
        ("2026-12-24", "d/m-yyyy", "24/12-2026"),
    ],
)
def test_da_date(iso: str, style: str, text: str) -> None:
    assert da_date(iso, style) == text


def test_da_date_rejects_an_unknown_style() -> None:
    with pytest.raises(ValueError, match="unknown date style"):
        da_date("2026-08-03", "yyyy/mm/dd")


def test_da_decimal_and_split_name() -> None:
    written = [da_decimal(v) for v in ("18.5", "3.0", "275.00", "0.25", "12")]
    assert written == ["18,5", "3", "275,00", "0,25", "12"]
    assert split_name("Mohammad Ali Rasmussen") == ("Mohammad Ali", "Rasmussen")
    assert split_name("Cher") == ("Cher", "")
