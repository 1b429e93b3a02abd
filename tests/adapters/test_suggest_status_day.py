"""An XML element's status word says which day its date attribute is (decision 0060, "Stop 63:
trial-83").

Ikast-Brande's grant of mentor support, built by a shell script with xmlstarlet, dates the decision as
`<ib:afgoerelse dato="02.10.2026" af="...">Bevilget</ib:afgoerelse>`. Neither "afgoerelse" nor "dato"
says whose day it is; the element's own text does, so the day granted, which every grant needs, was not
drafted."""

from __future__ import annotations

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render


def _draft(decision: str) -> str:
    xml = f'<Bevilling><Borger cpr="0507874129"/><Pnr>1029384756</Pnr>{decision}</Bevilling>'
    return render(suggest(extract(xml.encode(), "bevilling.xml", READ_OPTIONS), "bevilling.xml"))


def test_a_date_attribute_of_a_granted_decision_is_the_day_granted() -> None:
    draft = _draft('<Afgoerelse dato="02.10.2026" af="Mette Ravn">Bevilget</Afgoerelse>')
    assert 'path = "granted_on"\n  source = "/Bevilling/Afgoerelse/@dato"' in draft
    assert '# source = "/Bevilling/Afgoerelse/@af"' in draft  # no day: the status dates nothing else


def test_a_sentence_or_a_name_dates_nothing() -> None:
    """Only a status word: `<Note dato="...">Mentor ringede</Note>` is a note, no mentor's day."""
    draft = _draft(
        '<Note dato="02.10.2026">Mentor ringede</Note><Kontakt dato="03.10.2026">Lise Dahl</Kontakt>'
    )
    assert '# source = "/Bevilling/Note/@dato"' in draft and '# source = "/Bevilling/Kontakt/@dato"' in draft
