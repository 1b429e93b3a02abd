"""A document whose every row its own form marks not to be counted is refused saying so when it is read
without provenance too (review-122): a stored record is read again first without locators
(`pipeline.canonicalise`, `located=False`), and `row_conditions.left_out_sources` gave such a reading no
left-out rows at all, so the refusal said "no items found", as if the document had no visits."""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import Trial

from hub.adapters.mapping.form import map_form
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.errors import Rejection

THIS = Trial("holbaek", "316", "make_fixtures_onboarding_sixtysecond")
# One course, one record (no `[forms.items]`): its visits a list whose rows count where `ok` is true.
FORM = """[[forms]]
id = "f"
form_type = "mentor_hours"
format = "xml"
  [forms.recognise]
  root = "forloeb"
  [[forms.fields]]
  path = "citizen.cpr"
  source = "/forloeb/cpr"
  [[forms.fields]]
  path = "site.p_number"
  source = "/forloeb/pnr"
  [[forms.fields]]
  path = "mentor.name"
  source = "/forloeb/mentor"
  [[forms.fields]]
  path = "signed_by"
  source = "/forloeb/mentor"
  [[forms.fields]]
  path = "signed_on"
  source = "/forloeb/godkendt"
  transforms = ["date"]
  [[forms.fields]]
  path = "total_hours"
  compute = "sum:entries.hours"
  [[forms.lists]]
  path = "entries"
  rows = "/forloeb/besoeg/item"
  aggregate = "iso_week"
    [[forms.lists.fields]]
    key = "date"
    source = "dato"
    transforms = ["date"]
    [[forms.lists.fields]]
    key = "hours"
    source = "timer"
    transforms = ["hours"]
    [[forms.lists.require]]
    source = "ok"
    equals = "true"
    leave_out = ["false"]
"""


@pytest.mark.parametrize("located", [True, False])
def test_every_row_left_out_is_said_so_with_or_without_locators(tmp_path: Path, located: bool) -> None:
    visits = "".join(
        f"<item><dato>{day}</dato><timer>{hours}</timer><ok>false</ok></item>"
        for day, hours in (("2027-04-06", "1.5"), ("2027-04-13", "2"))
    )
    doc = (
        "<forloeb><cpr>0906940127</cpr><pnr>1019876543</pnr><mentor>Tina Fog</mentor>"
        f"<godkendt>2027-04-30</godkendt><besoeg>{visits}</besoeg></forloeb>"
    ).encode()
    form = THIS.config(tmp_path, FORM).forms[0]
    with pytest.raises(Rejection) as refused:
        map_form(extract(doc, "f.xml", READ_OPTIONS), form, "0" * 64, "f.xml", "316", located=located)
    assert [p.reason_en for p in refused.value.problems] == [
        "every row is left out by its own mark (ok): nothing is counted"
    ]
