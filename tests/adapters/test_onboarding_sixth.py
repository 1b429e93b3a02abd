"""The sixth onboarding trial: Tønder (550), a case system's XML export nested two levels deep (a citizen
holds grants, a grant its weeks; one record a grant, the CPR on the citizen above it; `xs:dateTime` with
a zone), a PDF timesheet whose fields are a hierarchy (`uge.1`, `timer.1`, the week block again on page
2, the year one field above the rows) and a workbook of grants kept as an Excel Table (a hidden column, a
hidden row, formulas with cached values, a `Samlet` total row). Onboarded by config alone as README's
"Add a municipality" says; the expected records were written by hand from the values in
`tools/make_fixtures_onboarding_sixth.py`. The other tests each fail without the change they name
(decision 0060, "Stop 48").
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import openpyxl
import pikepdf
import pytest
from onboarding_trial import CONFIG, Trial, trial_registry

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping import xmlpath
from hub.adapters.mapping.form_items import MappedItem, map_items
from hub.adapters.mapping.textparse import parse_date
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.errors import ConfigError, Rejection

THIS = Trial("toender", "550", "make_fixtures_onboarding_sixth")
GOLDEN, HEAD = THIS.golden, THIS.head
NS = {"ks": "urn:dk:toender:sag:mentor:2"}


def test_the_forms_are_made_by_their_script_byte_for_byte() -> None:
    THIS.check_made(3)


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_each_form_maps_to_the_records_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def _config(tmp_path: Path, form: str) -> Any:
    return THIS.config(tmp_path, form)


def _items(config: Any, data: bytes, name: str) -> list[MappedItem]:
    return THIS.items(config, data, name)


# --- `..`: an item's selector reads the element above it ------------------------------------------

GRANT = "/{urn:x}E[1]/{urn:x}Borger[2]/{urn:x}Bevilling[1]"


def test_a_relative_path_goes_up_to_the_element_holding_the_item() -> None:
    """Before: `../ks:CPR` was "not an xml path", and a grant nested in its citizen could not be one
    record: rows = the citizens read one record for two grants, rows = the grants had no CPR."""
    ns = {"x": "urn:x"}
    assert xmlpath.to_key("../x:CPR", ns, base=GRANT) == "/{urn:x}E[1]/{urn:x}Borger[2]/{urn:x}CPR[1]"
    assert xmlpath.to_key("../../@dannet", ns, base=GRANT) == "/{urn:x}E[1]/@dannet"
    assert xmlpath.to_key("../../../x:E", ns, base=GRANT) is None  # above the root element: nothing


def test_going_up_works_with_predicates_and_in_rows() -> None:
    ns = {"x": "urn:x"}
    texts = {
        "/{urn:x}E[1]/{urn:x}Borger[2]/{urn:x}Id[1]/@type": "cpr",
        "/{urn:x}E[1]/{urn:x}Borger[2]/{urn:x}Id[2]/@type": "navn",
    }
    elements = frozenset(k.rsplit("/@", 1)[0] for k in texts) | {GRANT}
    found = xmlpath.select("../x:Id[@type='navn']", ns, elements, texts.get, base=GRANT)
    assert found == ["/{urn:x}E[1]/{urn:x}Borger[2]/{urn:x}Id[2]"]
    pattern = xmlpath.rows_pattern("../x:Id", ns, base=GRANT)
    assert pattern is not None and pattern.match("/{urn:x}E[1]/{urn:x}Borger[2]/{urn:x}Id[2]/@type")


@pytest.mark.parametrize("selector", ["/ks:A/../ks:B", "ks:A/../ks:B", ".."])
def test_dot_dot_anywhere_but_at_a_relative_paths_start_is_refused_at_load(
    tmp_path: Path, selector: str
) -> None:
    text = (CONFIG / "toender.toml").read_text(encoding="utf-8")
    path = tmp_path / "toender.toml"
    path.write_text(text.replace('source = "../ks:CPR"', f'source = "{selector}"'), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    english = (
        f"toender.toml: forms[0].fields[0].source: '..' only at the start of a relative path, before a "
        f"step down: '{selector}' (write ../prefix:Element)"
    )
    dansk = (
        f"toender.toml: forms[0].fields[0].source: '..' kun i begyndelsen af en relativ sti, før et trin "
        f"ned: '{selector}' (skriv ../præfiks:Element)"
    )
    assert english in info.value.message.splitlines()
    assert dansk in info.value.message_da.splitlines()


def test_each_grant_is_a_record_with_its_citizens_cpr_and_named_by_its_element() -> None:
    data = (GOLDEN / "mentor_hours.xml").read_bytes()
    config = trial_registry().get("toender")
    items = _items(config, data, "m.xml")
    records = [i.mapped.record for i in items if i.mapped is not None]
    # Sofie Lund's two grants (two mentors, two sites) are two records, each with her CPR
    assert [(r["citizen"]["cpr"], r["mentor"]["name"]) for r in records] == [
        ("1204883317", "Henrik Jessen"),
        ("1204883317", "Mette Schmidt"),
        ("0311927764", "Henrik Jessen"),
    ]
    assert items[1].label_en == "/Udtraek[1]/Borger[1]/Bevilling[2]"
    second = items[1].mapped
    assert second is not None
    # the auditor sees the citizen's element the CPR came from, not the grant's
    cpr = next(p for p in second.provenance if p.path == "citizen.cpr")
    assert cpr.locator["xpath"] == "/ks:Udtraek/ks:Borger[1]/ks:CPR"


# --- `repeat`: a document's field beside a row's in `sources` -------------------------------------

REPEAT = """[[forms]]
id = "timesheet"
form_type = "mentor_hours"
format = "pdf"
  [forms.recognise]
  title = "Timeseddel for mentor"
  [[forms.fields]]
  path = "citizen.cpr"
  source = "borger.cpr"
  transforms = ["digits"]
  [[forms.fields]]
  path = "site.p_number"
  source = "virksomhed.pnr"
  [[forms.fields]]
  path = "mentor.name"
  source = "mentor.navn"
  [[forms.fields]]
  path = "signed_by"
  value = "Jens Bonde"
  [[forms.fields]]
  path = "signed_on"
  value = "2026-04-03"
  [[forms.lists]]
  path = "entries"
  aggregate = "iso_week"
  repeat = 8
    [[forms.lists.fields]]
    key = "week"
    sources = ["uge.{n}", "aar"]
    transforms = [{ name = "join", separator = "/" }, "week"]
    [[forms.lists.fields]]
    key = "hours"
    source = "timer.{n}"
    transforms = ["hours"]
  [[forms.fields]]
  path = "total_hours"
  compute = "sum:entries.hours"
"""


def test_a_repeat_lists_sources_may_name_the_documents_year_beside_the_rows_week(tmp_path: Path) -> None:
    """Before: "with repeat, a source must contain {n}": the year printed once above the week rows could
    not be joined to each week, and a config could only write the year into a regex template, which
    reads next year's weeks as this year's."""
    config = _config(tmp_path, REPEAT)
    (item,) = _items(config, (GOLDEN / "timesheet.pdf").read_bytes(), "t.pdf")
    assert item.mapped is not None, item.problems
    entries = item.mapped.record["entries"]
    # rows 6 to 8 are blank: the year beside them does not make them rows anyone filled in
    assert [e["week"] for e in entries] == ["2026-W10", "2026-W11", "2026-W12", "2026-W13", "2026-W14"]


def test_a_year_left_empty_is_named_where_each_week_cannot_be_read(tmp_path: Path) -> None:
    """Before: each row said only "not a week: '10'" at `uge.1`, and the sender looked at a week that
    was right; the year field printed once above the rows, left empty, was named nowhere."""
    pdf = pikepdf.open(io.BytesIO((GOLDEN / "timesheet.pdf").read_bytes()))
    (year,) = [f for f in pdf.Root.AcroForm.Fields if str(f.get("/T", "")) == "aar"]
    year.V = pikepdf.String("")
    # Left empty as a PDF program leaves it: its box draws nothing (one still drawing "2026" would be
    # refused as showing another text than its value: decision 0060, "Stop 54: stray-62").
    for box in year.get("/Kids", [year]):
        if "/AP" in box:
            del box["/AP"]
    out = io.BytesIO()
    pdf.save(out)
    (item,) = _items(_config(tmp_path, REPEAT), out.getvalue(), "t.pdf")
    assert item.mapped is None
    weeks = [p for p in item.problems if p.field.startswith("entries")]
    # The year's field is named as a locator names it: its name and the words printed beside it.
    assert [p.reason_en for p in weeks[:1]] == [
        'not a week: \'10\' (field "aar" ("År") on page 1 left empty)'
    ]
    assert all(p.reason_en.endswith('(field "aar" ("År") on page 1 left empty)') for p in weeks), weeks
    assert all(p.reason_da.endswith('(felt "aar" ("År") på side 1 er ikke udfyldt)') for p in weeks)


def test_a_repeat_field_with_no_numbered_source_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "toender.toml"
    path.write_text(HEAD + REPEAT.replace('"uge.{n}", "aar"', '"uge", "aar"'), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    where = "toender.toml: forms[0].lists[0].fields[0].sources"
    english = "with repeat, one of the sources must contain {n} (the others are the document's)"
    dansk = "med repeat skal en af kilderne indeholde {n} (de andre er dokumentets)"
    assert f"{where}: {english}" in info.value.message.splitlines()
    assert f"{where}: {dansk}" in info.value.message_da.splitlines()


# --- a formula whose value Excel never calculated -----------------------------------------------------


def _saved_by_a_program(data: bytes) -> bytes:
    """The workbook as a program writes it (openpyxl): the formulas kept, no value cached for any."""
    book = openpyxl.load_workbook(io.BytesIO(data))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_formula_never_calculated_is_refused_saying_so_not_as_an_empty_cell() -> None:
    """Before: "empty: a value is required" at K6, a cell the sender sees filled (Excel calculates the
    end date when it opens the file): nothing said what to do."""
    data = _saved_by_a_program((GOLDEN / "mentor_support.xlsx").read_bytes())
    config = trial_registry().get("toender")
    items = map_items(extract(data, "m.xlsx", READ_OPTIONS), config.forms[2], "0" * 64, "m.xlsx", "550")
    assert [i.mapped for i in items] == [None, None, None]
    problem = items[0].problems[0]
    assert (problem.field, problem.locator) == ("period.end", 'sheet "Mentorbevillinger", cell K6')
    assert problem.reason_en == (
        "empty: the cell holds a formula whose value was never calculated (the file was written by a "
        "program, not saved in Excel): open it in Excel, save it and send it again"
    )
    assert problem.reason_da == (
        "tom: cellen har en formel, hvis værdi aldrig er regnet ud (filen er skrevet af et program, ikke "
        "gemt i Excel): åbn den i Excel, gem den og send den igen"
    )


ONE_GRANT = """[[forms]]
id = "grant"
form_type = "mentor_support"
format = "xlsx"
  [forms.recognise]
  contains = ["Mentorstøtte"]
  [[forms.fields]]
  path = "citizen.cpr"
  source = "label:CPR-nr."
  transforms = ["digits"]
  [[forms.fields]]
  path = "site.p_number"
  value = "1056789012"
  [[forms.fields]]
  path = "mentor.name"
  value = "Henrik Jessen"
  [[forms.fields]]
  path = "mentor.employer"
  value = "company"
  [[forms.fields]]
  path = "hours_per_week"
  source = "label:Timer pr. uge"
  transforms = ["hours"]
  [[forms.fields]]
  path = "hourly_rate_dkk"
  value = "275.50"
  [[forms.fields]]
  path = "period.start"
  value = "2026-03-02"
  [[forms.fields]]
  path = "period.end"
  value = "2026-05-29"
  [[forms.fields]]
  path = "granted_on"
  value = "2026-02-24"
"""


def test_a_labels_value_that_is_a_formula_never_calculated_is_not_the_next_cell(tmp_path: Path) -> None:
    """`Timer pr. uge | =C3/4 | 16`: the value is the formula's (4); before, `label:` passed the cell with
    no value and read the month's 16 hours as the hours per week, silently."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Mentorstøtte"])
    sheet.append(["CPR-nr.", "120488-3317"])
    sheet.append(["Timer pr. uge", "=C3/4", 16])
    out = io.BytesIO()
    book.save(out)
    with pytest.raises(Rejection) as info:
        _items(_config(tmp_path, ONE_GRANT), out.getvalue(), "g.xlsx")
    (problem,) = info.value.problems
    assert problem.field == "hours_per_week" and problem.locator.endswith("cell B3")
    assert problem.reason_en.startswith("empty: the cell holds a formula whose value was never calculated")


def test_the_reader_names_the_formula_cells_with_no_value_and_keeps_no_value_for_them() -> None:
    data = _saved_by_a_program((GOLDEN / "mentor_support.xlsx").read_bytes())
    extraction = extract(data, "m.xlsx", READ_OPTIONS)
    # K (Til) and L (Beløb) on the three grants' rows 6-8, and the total row's sum in L9
    sheet = "Mentorbevillinger"
    want = [[sheet, row, col] for row in (6, 7, 8) for col in (11, 12)] + [[sheet, 9, 12]]
    assert extraction.meta["uncached_formulas"] == want
    assert not any(v.key in (f"{sheet}!K6", f"{sheet}!L9") for v in extraction.values)
    # Excel's own file caches every value: nothing to name
    assert (
        "uncached_formulas"
        not in extract((GOLDEN / "mentor_support.xlsx").read_bytes(), "m.xlsx", READ_OPTIONS).meta
    )


GRID = """[[forms]]
id = "grid"
form_type = "mentor_hours"
format = "xlsx"
  [forms.recognise]
  contains = ["Timeseddel"]
  [[forms.fields]]
  path = "citizen.cpr"
  source = "label:CPR-nr."
  transforms = ["digits"]
  [[forms.fields]]
  path = "site.p_number"
  value = "1056789012"
  [[forms.fields]]
  path = "mentor.name"
  value = "Henrik Jessen"
  [[forms.fields]]
  path = "signed_by"
  value = "Henrik Jessen"
  [[forms.fields]]
  path = "signed_on"
  value = "2026-03-31"
  [[forms.lists]]
  path = "entries"
  aggregate = "iso_week"
  table = { week = "Uge" }
    [[forms.lists.fields]]
    key = "week"
    transforms = ["week"]
    [[forms.lists.fields]]
    key = "hours"
    sources = ["Man", "Tir", "Ons"]
    transforms = [{ name = "sum", empty_is_zero = true }]
  [[forms.fields]]
  path = "total_hours"
  compute = "sum:entries.hours"
"""


def test_a_day_that_is_a_formula_never_calculated_is_no_day_of_0_hours(tmp_path: Path) -> None:
    """`Tir` = `=2-0,5` with no value cached: before, `empty_is_zero` read it as 0 and the week as 2
    hours, silently."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["Timeseddel"],
        ["CPR-nr.", "120488-3317"],
        ["Uge", "Man", "Tir", "Ons"],
        ["10/2026", 2, "=2-0.5", None],
    ):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    (item,) = _items(_config(tmp_path, GRID), out.getvalue(), "t.xlsx")
    assert item.mapped is None
    (problem,) = item.problems
    assert (problem.field, problem.locator) == ("entries[0].hours", 'sheet "Sheet", cell C4')
    assert problem.reason_en.startswith("empty: the cell holds a formula whose value was never calculated")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-03-01T23:00:00+0000", "2026-03-02"),  # midnight in Denmark, in UTC
        ("2026-03-02T00:00:00+0100", "2026-03-02"),
        ("2026-03-29T22:30:00+0000", "2026-03-30"),  # after the change to summer time
        ("2026-03-01T23:00:00.0000000Z", "2026-03-02"),  # .NET's seven digits of a second (read before)
    ],
)
def test_a_date_time_with_its_zone_written_without_a_colon_is_its_day_in_denmark(text: str, day: str) -> None:
    """Java's and many exports' ISO 8601 offset `+0100`: before, "not a date ... write the date as
    day-month-year", advice for a person typing, not for a case system."""
    assert parse_date(text) == day


def test_going_up_keeps_a_namespace_that_is_a_url_whole() -> None:
    """Most namespaces are URLs, with '/' inside the Clark name: a step up is one element, not one '/'."""
    ns = {"x": "http://kommune.dk/ns/2"}
    x = "{http://kommune.dk/ns/2}"
    grant = f"/{x}E[1]/{x}Borger[2]/{x}Bevilling[1]"
    assert xmlpath.to_key("../x:CPR", ns, base=grant) == f"/{x}E[1]/{x}Borger[2]/{x}CPR[1]"
    assert xmlpath.to_key("../../@dannet", ns, base=grant) == f"/{x}E[1]/@dannet"
    assert xmlpath.to_key("../../../x:E", ns, base=grant) is None
