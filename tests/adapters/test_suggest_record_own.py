"""`hub adapters suggest` on XML of many records drafts a record's own value over its document's
(`suggest.record_own`): JAXB's month of ended placements carries the month's last day on its root
(`periodeTil`) and each ending's own day in it (`slutdato`); the root's, met first, took `ended_on` and
every ending was dated the month's end (decision 0060, "Stop 70: trial-118")."""

from __future__ import annotations

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

MONTH = """<?xml version="1.0" encoding="UTF-8"?>
<afslutninger fra="2027-05-01" til="2027-05-31">
  <afslutning><cpr>1111111118</cpr><pnr>1012345678</pnr><slutdato>2027-05-07</slutdato></afslutning>
  <afslutning><cpr>2222222226</cpr><pnr>1012345678</pnr><slutdato>2027-05-19</slutdato></afslutning>
</afslutninger>
"""


def _draft(text: str) -> str:
    data = text.encode()
    return render(suggest(extract(data, "afslutninger.xml", READ_OPTIONS), "afslutninger.xml", data))


def test_an_endings_own_day_is_drafted_over_the_months_last() -> None:
    draft = _draft(MONTH)
    assert 'path = "ended_on"\n  source = "slutdato"' in draft
    assert "also looks like ended_on, but one value for every record: slutdato drafted" in draft
    assert '# source = "/afslutninger/@til"' in draft


def test_a_documents_day_no_record_names_is_drafted_as_before() -> None:
    """Where no record holds a day of its own, the document's is still the one drafted."""
    draft = _draft(
        MONTH.replace("<slutdato>2027-05-07</slutdato>", "").replace("<slutdato>2027-05-19</slutdato>", "")
    )
    assert 'path = "ended_on"\n  source = "/afslutninger/@til"' in draft
