"""An element of the rows' name inside a row, where the form's own selectors step through it, is the
row's, not a record moved there (decision 0060, "Stop 71: trial-120"): dicttoxml writes every list's
members `<item>`, the reports' and each report's marks' alike, and the reports were refused as strays."""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import Trial

from hub.adapters.language.golden import canonical_records
from hub.errors import Rejection

THIS = Trial("holbaek", "316", "make_fixtures_onboarding_sixtysecond")


def _report(cpr: str, marks: str, extra: str = "") -> str:
    items = "".join(
        f"<item><omraade>{area}</omraade><karakter>{mark}</karakter></item>"
        for area, mark in zip(("A", "B", "C", "D", "E"), marks, strict=True)
    )
    return (
        f"<item><cpr>{cpr}</cpr><pnr>1019876543</pnr><dato>2027-04-14</dato>"
        f"<vurderinger>{items}</vurderinger>{extra}</item>"
    )


def _head(form_type: str, root: str) -> str:
    """A form of records `/root/item`, each with its CPR number and P-number."""
    return f"""[[forms]]
id = "f"
form_type = "{form_type}"
format = "xml"
  [forms.recognise]
  root = "{root}"
  [forms.items]
  rows = "/{root}/item"
  [[forms.fields]]
  path = "citizen.cpr"
  source = "cpr"
  [[forms.fields]]
  path = "site.p_number"
  source = "pnr"
"""


REPORTS = (
    _head("progress_report", "udtalelser")
    + """  [[forms.fields]]
  path = "measured_on"
  source = "dato"
  transforms = ["date"]
"""
    + "".join(
        f"""  [[forms.fields]]
  path = "scores.{score}"
  source = "vurderinger/item[omraade='{area}']/karakter"
  transforms = ["integer"]
"""
        for score, area in zip(
            ("attendance", "punctuality", "cooperation", "task_solving", "independence"), "ABCDE", strict=True
        )
    )
)


def _scores(marks: str) -> dict[str, int]:
    names = ("attendance", "punctuality", "cooperation", "task_solving", "independence")
    return dict(zip(names, map(int, marks), strict=True))


def test_a_records_own_list_named_as_the_records_is_read(tmp_path: Path) -> None:
    doc = f"<udtalelser>{_report('0906940127', '43543')}{_report('2302011845', '22431')}</udtalelser>"
    records = canonical_records(THIS.config(tmp_path, REPORTS), doc.encode(), "u.xml")
    assert [(r["citizen"]["cpr"], r["scores"]) for r in records] == [
        ("0906940127", _scores("43543")),
        ("2302011845", _scores("22431")),
    ]


def test_a_record_nested_where_the_form_reads_nothing_is_still_refused(tmp_path: Path) -> None:
    """The guard: a report moved into another's `<bilag>`, which no selector steps through."""
    moved = f"<bilag>{_report('2302011845', '22431')}</bilag>"
    doc = f"<udtalelser>{_report('0906940127', '43543', moved)}</udtalelser>"
    with pytest.raises(Rejection, match=r"a <item> element inside <bilag>, outside the form's rows"):
        canonical_records(THIS.config(tmp_path, REPORTS), doc.encode(), "u.xml")


VISITS = (
    _head("mentor_hours", "forloeb")
    + """  [[forms.fields]]
  path = "mentor.name"
  source = "mentor"
  [[forms.fields]]
  path = "signed_by"
  source = "mentor"
  [[forms.fields]]
  path = "signed_on"
  source = "godkendt"
  transforms = ["date"]
  [[forms.fields]]
  path = "total_hours"
  compute = "sum:entries.hours"
  [[forms.lists]]
  path = "entries"
  rows = "besoeg/item"
  aggregate = "iso_week"
    [[forms.lists.fields]]
    key = "date"
    source = "dato"
    transforms = ["date"]
    [[forms.lists.fields]]
    key = "hours"
    source = "timer"
    transforms = ["hours"]
"""
)


def _courses(visits: str) -> bytes:
    """A document of one dicttoxml course, Tina Fog's, with `visits` (its `<besoeg>`'s items)."""
    course = (
        "<item><cpr>0906940127</cpr><pnr>1019876543</pnr><mentor>Tina Fog</mentor>"
        f"<godkendt>2027-04-30</godkendt><besoeg>{visits}</besoeg></item>"
    )
    return f"<forloeb>{course}</forloeb>".encode()


# The course's two visits as each test writes them, read into two weeks.
TWO_WEEKS = [([{"week": "2027-W14", "hours": "1.5"}, {"week": "2027-W15", "hours": "2.0"}], "3.5")]


def test_a_records_visits_named_as_the_records_are_its_rows(tmp_path: Path) -> None:
    """dicttoxml's courses and each course's visits, all `<item>`: the courses are no visits lost."""
    visits = "".join(
        f"<item><dato>{day}</dato><timer>{hours}</timer></item>"
        for day, hours in (("2027-04-06", 1.5), ("2027-04-13", 2))
    )
    records = canonical_records(THIS.config(tmp_path, VISITS), _courses(visits), "f.xml")
    assert [(r["entries"], r["total_hours"]) for r in records] == TWO_WEEKS


def test_a_rows_field_stepping_through_the_records_name_is_read(tmp_path: Path) -> None:
    """A list's field read through an element of the records' name inside its row (dicttoxml's visit
    with its own list, `<detaljer><item><timer>`): the form's own selector, the list's rows and then its
    field, steps through it, so it is no record nested by mistake (review-122: refused as one before)."""
    config = VISITS.replace('source = "timer"', 'source = "detaljer/item/timer"')
    visits = "".join(
        f"<item><dato>{day}</dato><detaljer><item><timer>{hours}</timer></item></detaljer></item>"
        for day, hours in (("2027-04-06", "1.5"), ("2027-04-13", "2"))
    )
    records = canonical_records(THIS.config(tmp_path, config), _courses(visits), "f.xml")
    assert [(r["entries"], r["total_hours"]) for r in records] == TWO_WEEKS


def test_a_record_nested_in_a_row_where_its_fields_read_nothing_is_still_refused(tmp_path: Path) -> None:
    """The guard: a course moved into a visit's `<bilag>`, which neither the list's rows nor its fields
    step through, is refused as before."""
    moved = "<bilag><item><cpr>2302011845</cpr><pnr>1019876543</pnr></item></bilag>"
    visit = f"<item><dato>2027-04-06</dato><timer>1.5</timer>{moved}</item>"
    with pytest.raises(Rejection, match=r"a <item> element inside <bilag>, outside the form's rows"):
        canonical_records(THIS.config(tmp_path, VISITS), _courses(visit), "f.xml")


def test_a_rows_condition_stepping_through_the_rows_name_is_read(tmp_path: Path) -> None:
    """A list's condition (`[[forms.lists.require]]`, fixes-119) read through an element of the rows' and
    the records' name (a visit's `<status><item><godkendt>`) is the form's own selector too: the visit it
    marks `false` is left out, not the document refused for a row nested by mistake (review-122)."""
    config = (
        VISITS
        + """    [[forms.lists.require]]
    source = "status/item/godkendt"
    equals = "true"
    leave_out = ["false"]
"""
    )
    visits = "".join(
        f"<item><dato>{day}</dato><timer>{hours}</timer><status><item><godkendt>{mark}</godkendt></item>"
        "</status></item>"
        for day, hours, mark in (("2027-04-06", "1.5", "true"), ("2027-04-13", "2", "false"))
    )
    records = canonical_records(THIS.config(tmp_path, config), _courses(visits), "f.xml")
    assert [(r["entries"], r["total_hours"]) for r in records] == [
        ([{"week": "2027-W14", "hours": "1.5"}], "1.5")
    ]
