"""`hub adapters suggest` drafts a lone box "Mentor er ansat på praktikstedet" as the mentor's employer
(decision 0060, "Stop 67: trial-104"). Employed where the placement is, the mentor is the company's: the
words "virksomheden" and "jobcentret" were the draft's only words for the two employers, so Ringsted's
box was left a TODO ("what its empty state means is not known") and the draft refused every agreement
("fills no field for mentor.employer"). The form is drawn here as Ringsted's PDF::API2 tool draws its
box: 12 points square, its statement in 10 pt Helvetica right of it."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from hub.adapters.readers.pdf import read_pdf
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.fields import FieldSuggestion


def _employer(statement: str) -> FieldSuggestion:
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(50, 780, "Aftale om virksomhedspraktik")
    c.drawString(50, 700, "CPR-nummer:")
    c.acroForm.textfield(name="borger_cpr", value="170394-2851", x=210, y=696, width=150, height=16)
    c.acroForm.checkbox(name="mentor_ansat", checked=True, x=210, y=605, size=12)
    c.drawString(228, 607, statement)
    c.showPage()
    c.save()
    draft = suggest(read_pdf(buf.getvalue(), "aftale.pdf", with_labels=True), "aftale.pdf")
    [box] = [f for f in draft.fields if f.selectors == ["mentor_ansat"]]
    return box


def test_a_box_saying_the_mentor_is_employed_at_the_placement_site_is_the_companys() -> None:
    box = _employer("Mentor er ansat på praktikstedet")
    assert (box.path, box.transforms, box.targets, box.default) == (
        "mentor.employer",
        ["checked"],
        {"mentor_ansat": "company"},
        "jobcentre",
    )


def test_a_box_saying_the_job_centre_still_is_the_job_centres() -> None:
    box = _employer("Mentor er ansat i jobcentret")
    assert (box.path, box.targets, box.default) == (
        "mentor.employer",
        {"mentor_ansat": "jobcentre"},
        "company",
    )
