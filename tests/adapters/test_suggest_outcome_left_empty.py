"""An end's outcome left empty where the case system has none yet (`<Udfald/>`): the record holds it as
null (the schema's `allow_none`), as a timesheet's signer not yet given is. The draft made the signer and
the day signed nullable where some record left them empty, not the outcome, so Guldborgsund's draft
refused the whole export for one ending without an outcome, "outcome: empty: a value is required"
(decision 0060, "Stop 65: trial-94")."""

from __future__ import annotations

from marshmallow import fields
from suggest_support import draft_of

from hub.adapters.suggest.form_paths import NULLABLE_PATHS
from hub.schemas.record_schemas import SCHEMAS


def _ends(second: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Afslutninger>
  <Afslutning>
    <Cpr>010190-1234</Cpr><Pnr>1012345678</Pnr><Slutdato>30/10/2026</Slutdato><Aarsag>Uddannelse</Aarsag>
  </Afslutning>
  <Afslutning>
    <Cpr>020291-2345</Cpr><Pnr>1012345678</Pnr><Slutdato>06/11/2026</Slutdato>{second}
  </Afslutning>
</Afslutninger>
""".encode()


def test_an_outcome_some_record_leaves_empty_is_nullable() -> None:
    draft = draft_of(_ends("<Aarsag/>"), "afslutninger.xml")
    assert 'path = "outcome"\n  source = "Aarsag"  # seen: Uddannelse\n  nullable = true\n' in draft


def test_an_outcome_every_record_gives_stays_required() -> None:
    draft = draft_of(_ends("<Aarsag>Fleksjob</Aarsag>"), "afslutninger.xml")
    assert 'path = "outcome"\n  source = "Aarsag"' in draft
    assert "nullable" not in draft


def test_a_sheets_empty_outcome_cell_is_nullable() -> None:
    lines = [
        "CPR-nr.;P-nr.;Sidste praktikdag;Årsag",
        "010190-1234;1012345678;30-10-2026;Uddannelse",
        "020291-2345;1012345678;06-11-2026;",
    ]
    draft = draft_of("\r\n".join(lines).encode("utf-8"), "afslutninger.csv")
    drafted = 'path = "outcome"\n  source = "column:Årsag"  # column "Årsag"; seen: Uddannelse\n'
    drafted += "  nullable = true\n"
    assert drafted in draft


def test_the_nullable_paths_are_the_schemas_allow_none() -> None:
    """Every value a record holds as null when its form leaves it empty: none left out of the draft's."""
    allowed = {
        name
        for schema in SCHEMAS.values()
        for name, field in schema().fields.items()
        if field.allow_none and not isinstance(field, fields.Nested)
    }
    assert allowed == NULLABLE_PATHS
