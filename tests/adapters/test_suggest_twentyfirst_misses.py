"""What the twenty-first trial (Nyborg) left `hub adapters suggest` to miss, each form built here the way
its producer builds it (decision 0060, "Stop 59: suggest-69"): a case system's PDF form with white
headings on dark bars over two columns of boxes, captions small above them, numbered headings and an
outcome radio group whose on-states are digits with the words printed beside them; a site's status
report whose fields' names say nothing; an XML export of grants naming who employs each mentor. Every
expected value is read off the form as built.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas
from suggest_support import DESIGN_OUTCOMES, drafted_config, drafted_fields

from hub.adapters.language.golden import canonical_records
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.errors import Rejection

Row = tuple[tuple[str, str, str], ...]  # the boxes of one line: (field name, caption, value), left first
# The outcome's radio buttons: on-state, the words printed right of it (DESIGN.md's eight, in order).
OUTCOMES = (
    ("1", "Ordinært job"),
    ("2", "Uddannelse"),
    ("3", "Fleksjob"),
    ("4", "Rehabiliteringsteam"),
    ("5", "Andet kommunalt tilbud"),
    ("6", "Praktik i anden virksomhed"),
    ("7", "Langvarig sygdom"),
    ("8", "Andet ophør"),
)


def _pdf(
    title: str, blocks: tuple[tuple[str, tuple[Row, ...]], ...], outcome: str = "", boxes: bool = False
) -> bytes:
    """A form as a Java case system draws it: its title, then each block a white heading on a dark bar
    as wide as both columns, its lines two boxes each, every caption printed small above its box; where
    `outcome` is given, a radio group `ophoer_aarsag` of `OUTCOMES` last, that button chosen (or, where
    `boxes`, a checkbox each, `aarsag1` ... `aarsag8`, that one ticked)."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, invariant=1)
    pdf.setFont("Helvetica-Bold", 15)
    pdf.drawString(50, 790, title)
    y = 750
    for heading, rows in blocks:
        pdf.setFillGray(0.25)
        pdf.rect(50, y - 4, 500, 18, stroke=0, fill=1)
        pdf.setFillGray(1)
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(54, y, heading)
        pdf.setFillGray(0)
        y -= 40
        for row in rows:
            for column, (name, caption, value) in enumerate(row):
                x = 50 + 260 * column
                pdf.setFont("Helvetica", 8)
                pdf.drawString(x, y + 20, caption)
                pdf.acroForm.textfield(name=name, x=x, y=y, width=230, height=16, value=value)
            y -= 40
    if outcome:
        pdf.setFont("Helvetica", 8)
        pdf.drawString(50, y + 20, "Årsag til ophør")
        for state, words in OUTCOMES:
            if boxes:
                pdf.acroForm.checkbox(name=f"aarsag{state}", checked=state == outcome, x=50, y=y, size=12)
            else:
                pdf.acroForm.radio(
                    name="ophoer_aarsag", value=state, selected=state == outcome, x=50, y=y, size=12
                )
            pdf.setFont("Helvetica", 9)
            pdf.drawString(68, y + 2, words)
            y -= 18
    pdf.save()
    return out.getvalue()


def _draft(data: bytes, name: str) -> str:
    return suggest(extract(data, name, READ_OPTIONS), name, data if name.endswith(".pdf") else None).to_toml()


END = (
    ("1. Borgeren", ((("borger_cpr", "CPR-nummer", "010190-1234"), ("borger_navn", "Navn", "Mads Hansen")),)),
    (
        "2. Praktikvirksomheden",
        (
            (
                ("virksomhed_navn", "Virksomhedens navn", "Havnen ApS"),
                ("virksomhed_pnr", "P-nummer", "1012345678"),
            ),
        ),
    ),
    ("3. Ophøret", ((("ophoer_dato", "Sidste praktikdag", "12.06.2026"),),)),
)


def test_the_outcomes_words_give_each_button_its_reason() -> None:
    """Before: "Andet ophør" was drafted `"8" = "TODO"`; it is DESIGN.md's stopped for other reasons."""
    text = _draft(_pdf("Ophør af virksomhedspraktik", END, "8"), "ophoer.pdf")
    outcome = drafted_fields(text)["outcome"]
    assert outcome["source"] == "ophoer_aarsag"
    assert outcome["transforms"][0]["values"] == dict(zip("12345678", DESIGN_OUTCOMES, strict=True))


def test_the_company_under_a_numbered_heading_is_the_site_an_end_names() -> None:
    """Before: "Virksomhedens navn" under "2. Praktikvirksomheden" was "company.name, which a
    placement_end record does not have": a person clearing the TODOs dropped the site's name."""
    text = _draft(_pdf("Ophør af virksomhedspraktik", END, "8"), "ophoer.pdf")
    line = next(line for line in text.splitlines() if '"Virksomhedens navn"' in line)
    assert line.startswith("  # TODO: looks like site.name, which a placement_end record may hold (optional)")
    assert 'under "2. Praktikvirksomheden"' in line


def test_a_value_mapped_to_the_drafts_todo_is_refused_as_the_configs_gap(tmp_path: Path) -> None:
    """README ("Add a municipality"): a config still mapping a value to the draft's TODO loads, and a
    document with that value is refused as the config's gap, not "Must be one of" at the sender's field."""
    data = _pdf("Ophør af virksomhedspraktik", END, "8")
    draft = _draft(data, "ophoer.pdf").replace('"8" = "stopped_other"', '"8" = "TODO"')
    config = drafted_config(draft, tmp_path, "450", "nyborg", "Nyborg")
    with pytest.raises(Rejection) as refused:
        canonical_records(config, data, "ophoer.pdf")
    [problem] = refused.value.problems
    assert problem.field == "outcome" and "ophoer_aarsag" in problem.locator
    assert (
        "maps '8' to TODO" in problem.reason_en and "hub adapters check says INCOMPLETE" in problem.reason_en
    )
    assert "oversætter" in problem.reason_da and "TODO" in problem.reason_da
    assert "Must be one of" not in problem.reason_en


def test_a_heading_bar_over_two_columns_heads_the_right_columns_boxes() -> None:
    """Before: "Mentor" printed over the left column only headed its boxes; the mentor's and the
    caseworker's "Navn" in the right column were "not recognised"."""
    blocks = (
        ("Borgeren", ((("felt1", "CPR-nummer", "010190-1234"), ("felt2", "Navn", "Mads Hansen")),)),
        ("Mentor", ((("felt3", "Telefon", "30 40 50 60"), ("felt4", "Navn", "Lise Dahl")),)),
        ("Jobcentret", ((("felt5", "Telefon", "62 23 23 23"), ("felt6", "Navn", "Ole Berg")),)),
    )
    text = _draft(_pdf("Aftale om virksomhedspraktik", blocks), "aftale.pdf")
    sources = {path: field["source"] for path, field in drafted_fields(text).items()}
    assert {p: s for p, s in sources.items() if p.split(".")[0] in ("citizen", "mentor", "caseworker")} == {
        "citizen.cpr": "felt1",
        "citizen.name": "felt2",
        "mentor.name": "felt4",
        "caseworker.phone": "felt5",
        "caseworker.name": "felt6",
    }
    assert "# TODO: the mentor's phone number, which no record holds" in text  # felt3


def test_a_status_report_is_a_progress_report_by_its_title() -> None:
    """Before: "Praktikstedets statusudtalelse" named no form type, and its fields' names say nothing."""
    blocks = (
        ("Borgeren", ((("felt1", "CPR-nummer", "010190-1234"), ("felt2", "P-nummer", "1012345678")),)),
        ("Udtalelse", ((("felt3", "Bemærkninger", "Godt i gang"),),)),
    )
    text = _draft(_pdf("Praktikstedets statusudtalelse", blocks), "udtalelse.pdf")
    assert 'form_type = "progress_report"' in text


def test_a_form_whose_fields_names_say_nothing_is_typed_by_their_labels() -> None:
    """Before: the form type was guessed from each field's first text (`mark1`), not its label."""
    marks = (("mark1", "Fremmøde", "4"), ("mark2", "Punktlighed", "3"))
    blocks = (
        ("Vurdering", ((("felt1", "CPR-nummer", "010190-1234"), ("felt2", "P-nummer", "1012345678")), marks)),
    )
    text = _draft(_pdf("Praktikforløb", blocks), "skema.pdf")
    assert 'form_type = "progress_report"' in text
    fields = drafted_fields(text)
    assert (
        fields["scores.attendance"]["source"] == "mark1" and fields["scores.punctuality"]["source"] == "mark2"
    )


GRANTS = """<?xml version="1.0" encoding="utf-8"?>
<Eksport>
{}
</Eksport>"""
GRANT = """  <Bevilling Id="{n}">
    <Borger><CprNr>{cpr}</CprNr></Borger>
    <Praktiksted PNr="1012345678" />
    <Mentor Ansaettelse="{employer}"><Navn>{mentor}</Navn></Mentor>
    <TimerPrUge>3.5</TimerPrUge>
  </Bevilling>"""


def test_who_employs_each_mentor_is_drafted_as_a_map_of_every_grants_value() -> None:
    """Before: `@Ansaettelse` was "not recognised", and the draft said of mentor.employer "a constant
    works", though it differs by grant: every grant was refused until the person wrote the map."""
    grants = (
        ("0101901234", "Virksomhed", "Lise Dahl"),
        ("0202851234", "Jobcenter", "Ole Berg"),
        ("0303801234", "Virksomhed", "Eva Holm"),
    )
    data = GRANTS.format(
        "\n".join(GRANT.format(n=n, cpr=c, employer=e, mentor=m) for n, (c, e, m) in enumerate(grants, 1))
    ).encode()
    text = _draft(data, "mentorstoette.xml")
    employer = drafted_fields(text)["mentor.employer"]
    assert employer["source"] == "Mentor/@Ansaettelse"
    assert employer["transforms"][0]["values"] == {"Virksomhed": "company", "Jobcenter": "jobcentre"}
    assert "a constant works" not in text


def test_a_ticked_box_checked_to_the_drafts_todo_is_refused_as_the_configs_gap(tmp_path: Path) -> None:
    """The same for the outcome as a box each (`checked`): the config's gap, not "Must be one of"."""
    data = _pdf("Ophør af virksomhedspraktik", END, "8", boxes=True)
    draft = _draft(data, "ophoer.pdf")
    assert '"aarsag8" = "stopped_other"' in draft  # "Andet ophør" printed beside it
    config = drafted_config(draft.replace('"aarsag8" = "stopped_other"', '"aarsag8" = "TODO"'), tmp_path)
    with pytest.raises(Rejection) as refused:
        canonical_records(config, data, "ophoer.pdf")
    [problem] = refused.value.problems
    assert problem.field == "outcome" and "maps 'aarsag8' to TODO" in problem.reason_en
    assert '"aarsag8"' in problem.locator  # the box ticked, not the group's first
