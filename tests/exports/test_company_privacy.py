"""Nothing the company receives carries a CPR number, even one a caseworker typed into a name by mistake."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from company_data import CONTACT, DUE, INTERNS, SITES, export, form_spec
from pypdf import PdfReader

from hub.exports.company_form_pdf import write_form_pdf
from hub.exports.company_form_xlsx import write_form_xlsx
from hub.exports.company_json import write_company_json
from hub.exports.company_pdf import write_company_pdf
from hub.exports.company_xlsx import write_company_xlsx
from hub.pseudonyms import CPR_LIKE

# Free text that people type, each carrying a CPR number in one of the ways people write one.
LEAKY_NAME = "Anna Hansen 010190-1234"
LEAKY_MENTOR = "Mads 0101901234 Mentor"
LEAKY_SITE = "Falck Ballerup (kontakt 31.12.85 - nej: 311285 4321)"


def leaky_export() -> Any:
    """The hand-made export with CPR numbers planted in free-text fields."""
    interns = [
        replace(INTERNS[0], name=LEAKY_NAME, mentor_name=LEAKY_MENTOR, site_name=LEAKY_SITE),
        *INTERNS[1:],
    ]
    due = [replace(DUE[0], name=LEAKY_NAME), *DUE[1:]]
    data = export(interns=interns, due=due)
    return replace(
        data,
        sites=(replace(SITES[0], name=LEAKY_SITE), *SITES[1:]),
        contact=replace(CONTACT, name="Åse 020202-2222"),
    )


def leaky_form(kind: str) -> Any:
    spec = form_spec(kind)
    first = replace(spec.interns[0], name=LEAKY_NAME, mentor_name=LEAKY_MENTOR, site_name=LEAKY_SITE)
    return replace(spec, interns=(first, *spec.interns[1:]))


def pdf_text(data: bytes) -> str:
    """Everything a reader of a PDF can see: page text, field values and tooltips, document info."""
    reader = PdfReader(io.BytesIO(data))
    parts = [page.extract_text() for page in reader.pages]
    for field in (reader.get_fields() or {}).values():
        parts += [str(field.get("/V", "")), str(field.get("/TU", "")), str(field.get("/Opt", ""))]
    parts += [str(v) for v in (reader.metadata or {}).values()]
    return "\n".join(parts)


def xlsx_text(data: bytes) -> str:
    """Every XML part of the workbook, as text: cells, properties, validations."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist())


def written(writer: Callable[[Any, Any], None], data: Any) -> bytes:
    out = io.BytesIO()
    writer(data, out)
    return out.getvalue()


OUTPUTS = {
    "export.json": lambda: written(write_company_json, leaky_export()).decode("utf-8"),
    "export.pdf": lambda: pdf_text(written(write_company_pdf, leaky_export())),
    "export.xlsx": lambda: xlsx_text(written(write_company_xlsx, leaky_export())),
    **{
        f"{kind}.pdf": (lambda k=kind: pdf_text(written(write_form_pdf, leaky_form(k))))
        for kind in ("mentor_hours", "progress_report", "placement_end")
    },
    **{
        f"{kind}.xlsx": (lambda k=kind: xlsx_text(written(write_form_xlsx, leaky_form(k))))
        for kind in ("mentor_hours", "progress_report", "placement_end")
    },
}


def test_the_planted_numbers_are_cpr_like() -> None:
    # Otherwise the test below would pass for the wrong reason.
    for text in (LEAKY_NAME, LEAKY_MENTOR, LEAKY_SITE, "020202-2222"):
        assert CPR_LIKE.search(text), text


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_no_output_carries_a_cpr_number(name: str) -> None:
    text = OUTPUTS[name]()
    assert not CPR_LIKE.search(text), CPR_LIKE.search(text)
    assert "Anna Hansen XXXXXX-XXXX" in " ".join(text.split())  # masked whole, the name kept
    for word in ("kontanthjaelp", "kontanthjælp", "aktivitetsparat", "jobparat", "visitation", "cpr-nr"):
        assert word not in text.lower()
