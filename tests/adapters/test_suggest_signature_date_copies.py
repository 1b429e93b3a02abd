"""`hub adapters suggest` on an XML export of many records, each a course of visits and an approval
`<godkendt af="...">day</godkendt>` after them: the next record's first visit `<besoeg dato="...">`
follows the first record's signer in the file, and was drafted as the day signed ("a date labelled Dato
after the signature"); one record was then taken to be a visit, and the draft refused every course
(decision 0060, "Stop 62: trial-80", Herning's Perl export). A value in a later copy of a repeated
element is now no signature's day."""

from __future__ import annotations

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest

EXPORT = b"""<?xml version="1.0" encoding="UTF-8"?>
<eksport xmlns="urn:example:mentor:1">
  <forloeb>
    <borger cpr="150392-3318">Mette Nielsen</borger>
    <arbejdssted pnr="1019283746">Lager</arbejdssted>
    <mentor>Jens Kirkegaard</mentor>
    <besoeg dato="31.08.2026" timer="1.5" />
    <besoeg dato="07.09.2026" timer="2" />
    <godkendt af="Jens Kirkegaard">14.09.2026</godkendt>
  </forloeb>
  <forloeb>
    <borger cpr="020779-1145">Ahmad Karimi</borger>
    <arbejdssted pnr="1022334455">Gartneri</arbejdssted>
    <mentor>Karen Dalgaard</mentor>
    <besoeg dato="06.10.2026" timer="3" />
    <godkendt af="Karen Dalgaard">20.10.2026</godkendt>
  </forloeb>
</eksport>
"""


def _draft() -> dict[str, list[str]]:
    drafted = suggest(extract(EXPORT, "export.xml", READ_OPTIONS), "export.xml", EXPORT)
    assert drafted.items_rows == "/d:eksport/d:forloeb"  # one record a course, not a visit
    return {f.path: f.selectors for f in drafted.fields if f.path}


def test_the_next_records_visit_is_not_the_day_signed() -> None:
    fields = _draft()
    assert fields["signed_on"] == ["d:godkendt"]
    assert fields["signed_by"] == ["d:godkendt/@af"]


def test_the_records_values_are_read_from_each_course() -> None:
    fields = _draft()
    assert fields["citizen.cpr"] == ["d:borger/@cpr"]
    assert fields["site.p_number"] == ["d:arbejdssted/@pnr"]
