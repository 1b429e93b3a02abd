"""A case system's words for an end's outcome and note: Guldborgsund's PHP export names the outcome
`<Udfald>` ("Ordinær ansættelse") and the note `<Notat>`, and the draft left both "not recognised", so a
placement end's draft filled no outcome and was refused whole (decision 0060, "Stop 65: trial-94")."""

from __future__ import annotations

from suggest_support import draft_of

_ENDS = """<?xml version="1.0" encoding="UTF-8"?>
<Afslutninger>
  <Afslutning>
    <Cpr>010190-1234</Cpr><Pnr>1012345678</Pnr><Slutdato>30/10/2026</Slutdato>
    <Udfald>Uddannelse</Udfald><Notat>Starter på EUD i januar.</Notat>
  </Afslutning>
  <Afslutning>
    <Cpr>020291-2345</Cpr><Pnr>1012345678</Pnr><Slutdato>06/11/2026</Slutdato>
    <Udfald>Fleksjob</Udfald><Notat>Visiteret til fleksjob.</Notat>
  </Afslutning>
</Afslutninger>
"""


def test_an_xml_udfald_is_the_outcome_and_its_notat_the_note() -> None:
    draft = draft_of(_ENDS.encode(), "afslutninger.xml")
    assert 'path = "outcome"\n  source = "Udfald"' in draft
    assert '"Uddannelse" = "education"' in draft and '"Fleksjob" = "flexjob"' in draft
    assert 'path = "note"\n  source = "Notat"' in draft
    assert "needs: outcome" not in draft


def test_a_sheets_udfald_column_is_the_outcome() -> None:
    lines = [
        "CPR-nr.;P-nr.;Sidste praktikdag;Udfald;Sagsnotat",
        "010190-1234;1012345678;30-10-2026;Uddannelse;Starter på EUD",
        "020291-2345;1012345678;06-11-2026;Fleksjob;Visiteret",
    ]
    draft = draft_of("\r\n".join(lines).encode("utf-8"), "afslutninger.csv")
    assert 'path = "outcome"\n  source = "column:Udfald"' in draft
    assert 'path = "note"\n  source = "column:Sagsnotat"' in draft
