"""The fifth onboarding trial: Lemvig (665), a workbook of mentor grants with one grant a column (the
labels down column A, dates as date cells, as Excel's day number in a General cell and as text) and a
case system's export of mentor hours with report facts above the table, the header printed again after a
page break and a page number on its own line. Onboarded by config alone as README's "Add a
municipality" says; the expected records were written by hand from the values in
`tools/make_fixtures_onboarding_fifth.py`. The other tests each fail without the change they name
(decision 0060, "Stop 47").
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter
from onboarding_trial import CONFIG, Trial, trial_registry
from test_tables import csv, form, run

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.form_items import MappedItem, map_items
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.errors import ConfigError, Rejection

THIS = Trial("lemvig", "665", "make_fixtures_onboarding_fifth")
GOLDEN, HEAD = THIS.golden, THIS.head


def test_the_forms_are_made_by_their_script_byte_for_byte() -> None:
    THIS.check_made(3)


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_each_form_maps_to_the_records_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def _config(tmp_path: Path, form: str) -> Any:
    return THIS.config(tmp_path, form)


def _items(config: Any, data: bytes, name: str) -> list[MappedItem]:
    return THIS.items(config, data, name)


ACROSS = """[[forms]]
id = "grants"
form_type = "mentor_support"
format = "xlsx"
  [forms.recognise]
  contains = ["Bevillinger"]
  [forms.items]
  key = "CPR-nr."
  across = true
  [[forms.fields]]
  path = "citizen.cpr"
  source = "column:CPR-nr."
  transforms = ["digits"]
  [[forms.fields]]
  path = "site.p_number"
  value = "1034567890"
  [[forms.fields]]
  path = "mentor.name"
  value = "Karsten Bech"
  [[forms.fields]]
  path = "mentor.employer"
  value = "company"
  [[forms.fields]]
  path = "hours_per_week"
  source = "column:Timer pr. uge"
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
  value = "2026-02-26"
"""


def _grants(columns: list[list[str]]) -> bytes:
    """A sheet "Bevillinger": the labels in column A, each inner list a column from B (`[]` empty)."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("Bevillinger")
    sheet.write_string(0, 0, "Bevillinger")
    for row, label in enumerate(("CPR-nr.", "Timer pr. uge"), start=2):
        sheet.write_string(row, 0, label)
    for col, values in enumerate(columns, start=1):
        for row, value in enumerate(values, start=2):
            sheet.write_string(row, col, value)
    book.close()
    return buffer.getvalue()


def test_one_grant_a_column_is_an_item_each_read_from_its_own_cells() -> None:
    """Before: `across` was an unknown key, and no config could read a sheet of one grant a column
    (`next:CPR-nr.` read the first grant only, `label:CPR-nr.>2` a fixed count of them)."""
    data = (GOLDEN / "mentor_support.xlsx").read_bytes()
    forms = trial_registry().get("lemvig").forms
    assert forms[1].items is not None and forms[1].items.across
    items = map_items(extract(data, "m.xlsx", READ_OPTIONS), forms[1], "0" * 64, "m.xlsx", "665")
    assert [(i.label_en, i.label_da) for i in items] == [
        ("column B", "kolonne B"),
        ("column C", "kolonne C"),
        ("column D", "kolonne D"),
    ]
    second = items[1].mapped
    assert second is not None
    cells = {p.path: p.locator["cell"] for p in second.provenance}
    # the labels are rows 5 (CPR-nr.) to 15 (Bevillingsdato) of column A; grant 2 is column C
    assert cells["citizen.cpr"] == "C5" and cells["granted_on"] == "C15"
    start = next(p for p in second.provenance if p.path == "period.start")
    assert start.raw_value == "46090" and start.transforms[0] == "excel_day_number"


def test_an_empty_column_between_grants_is_skipped_not_the_end(tmp_path: Path) -> None:
    data = _grants([["170391-2745", "4"], [], ["230299-4081", "3,5"]])
    items = _items(_config(tmp_path, ACROSS), data, "g.xlsx")
    read = [(i.label_en, i.mapped.record["citizen"]["cpr"]) for i in items if i.mapped is not None]
    assert read == [("column B", "1703912745"), ("column D", "2302994081")]


def test_a_grant_with_a_bad_value_is_rejected_alone_named_by_its_column(tmp_path: Path) -> None:
    data = _grants([["170391-2745", "4"], ["080885-6612", "fri"]])
    first, second = _items(_config(tmp_path, ACROSS), data, "g.xlsx")
    assert first.mapped is not None and second.mapped is None
    (problem,) = second.problems
    assert (problem.item, problem.item_da) == ("column C", "kolonne C")
    assert "C4" in problem.locator and "fri" in problem.reason_en


def test_a_sheet_without_the_labels_down_a_column_says_which_labels(tmp_path: Path) -> None:
    config = _config(tmp_path, ACROSS.replace('"column:Timer pr. uge"', '"column:Timetal"'))
    with pytest.raises(Rejection) as info:
        _items(config, _grants([["170391-2745", "4"]]), "g.xlsx")
    (problem,) = info.value.problems
    assert problem.reason_en == "no column with the labels: CPR-nr., Timetal"
    assert problem.reason_da == "ingen kolonne med etiketterne: CPR-nr., Timetal"
    # Where they were looked for is the problem's place: the sheet read (decision 0064, "Stop 47").
    assert problem.locator.startswith('sheet "Bevillinger", row')
    assert problem.locator_da.startswith('ark "Bevillinger", række')


@pytest.mark.parametrize(
    ("items", "english", "dansk"),
    [
        (
            'across = true\n  rows = "/x"',
            "forms[0].items.across: across goes with key (the label of the row that names each item)",
            "forms[0].items.across: across hører sammen med key "
            "(etiketten på den række, der navngiver hver post)",
        ),
        (
            'key = "CPR-nr."\n  across = true\n  group = true',
            "forms[0].items.group: group goes with a table of one item a row, not with across",
            "forms[0].items.group: group hører til en tabel med én post pr. række, ikke til across",
        ),
        (
            'key = "CPR-nr."\n  across = true\n  stop = { label = "I alt" }',
            "forms[0].items.stop: stop goes with a table of one item a row, not with across",
            "forms[0].items.stop: stop hører til en tabel med én post pr. række, ikke til across",
        ),
    ],
)
def test_across_is_refused_where_it_means_nothing(
    tmp_path: Path, items: str, english: str, dansk: str
) -> None:
    form = ACROSS.replace('key = "CPR-nr."\n  across = true', items)
    path = tmp_path / "lemvig.toml"
    path.write_text(HEAD + form, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    assert f"lemvig.toml: {english}" in info.value.message.splitlines()
    assert f"lemvig.toml: {dansk}" in info.value.message_da.splitlines()


def test_a_list_table_in_an_item_a_column_is_refused(tmp_path: Path) -> None:
    form = ACROSS + '  [[forms.lists]]\n  path = "entries"\n  table = { hours = "Timer" }\n'
    form += '    [[forms.lists.fields]]\n    key = "hours"\n'
    path = tmp_path / "lemvig.toml"
    path.write_text(HEAD + form.replace("mentor_support", "mentor_hours"), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    assert (
        "forms[0].lists[0].table: a table reads rows: an item of across = true has none" in info.value.message
    )
    assert "en table læser rækker: en post med across = true har ingen" in info.value.message_da


STOP = 'stop = { label = "Underskrevet af" }'
SIGNED = "\nUnderskrevet af;Hans Jensen\n"  # below a blank row, which ends a table without a stop rule


@pytest.mark.parametrize("stop", ["", STOP])
def test_a_header_printed_again_after_a_page_break_is_no_row_of_the_list(tmp_path: Path, stop: str) -> None:
    """Before: the second `Dato;Timer` was read as a day, and the timesheet rejected (`not a date`)."""
    trailer = "Underskrevet af;Hans Jensen\n" if stop else SIGNED
    mapped = run(form(tmp_path, stop), csv("03-08-2026;2", "Dato;Timer", "10-08-2026;3,5", trailer=trailer))
    assert mapped.record["entries"] == [
        {"week": "2026-W32", "hours": "2.0"},
        {"week": "2026-W33", "hours": "3.5"},
    ]


@pytest.mark.parametrize("page", ["Side 1 af 2", "side 1/2", "Page 1 of 2", "Side 2"])
def test_a_page_number_alone_on_its_row_is_no_row_of_the_list(tmp_path: Path, page: str) -> None:
    mapped = run(form(tmp_path), csv("03-08-2026;2", f"{page};", "10-08-2026;3,5", trailer=SIGNED))
    assert mapped.record["total_hours"] == "5.5"


def test_a_page_number_beside_a_value_is_still_a_row_and_its_value_is_not_dropped(tmp_path: Path) -> None:
    """Only a page number alone is passed over: `Side 2;1,5` holds hours, and is an error, not 0."""
    with pytest.raises(Rejection) as info:
        run(form(tmp_path), csv("03-08-2026;2", "Side 2;1,5", trailer=SIGNED))
    assert [(p.locator, p.reason_en.split(":")[0]) for p in info.value.problems] == [
        ("row 8, column 1 (A8)", "not a date")
    ]


def test_the_export_s_page_break_makes_no_item_of_its_own() -> None:
    """Before: `Side 1 af 2` and the header printed again were two items, each rejected (`no digits in
    'CPR-nr.'`), and the export was only partly read."""
    data = (GOLDEN / "mentor_hours.csv").read_bytes()
    config = trial_registry().get("lemvig")
    items = map_items(extract(data, "h.csv", READ_OPTIONS), config.forms[0], "0" * 64, "h.csv", "665")
    assert [(i.label_en, i.problems) for i in items] == [("rows 8–10", ()), ("rows 14–16", ())]


def test_a_box_not_found_is_an_error_even_where_the_outcome_may_be_blank(tmp_path: Path) -> None:
    """Before: with `nullable` (an end form may leave the outcome blank) four `label:` sources that found
    no box (here the words of an older version of the form, which this one prints beside none of its
    boxes) read as "nothing ticked", and the end form was stored with no outcome though a box was ticked."""
    text = (CONFIG / "lemvig.toml").read_text(encoding="utf-8")
    form = "[[forms]]" + text.split("[[forms]]")[3]
    older = (("Ordinært job", "Ordinær beskæftigelse"), ("Uddannelse", "Uddannelse påbegyndt"))
    for words, before in (*older, ("Fleksjob", "Fleksjob påbegyndt"), ("Andet", "Andet forløb")):
        form = form.replace(f'"label:{words}"', f'"label:{before}"')
    assert form.count('"label:') == 3 + 8  # the text fields', and each box in sources and in values
    assert form.count('"label:Uddannelse påbegyndt"') == 2
    config = _config(tmp_path, form)
    data = (GOLDEN / "placement_end.pdf").read_bytes()
    with pytest.raises(Rejection) as info:
        canonical_records(config, data, "p.pdf")
    problems = [(p.field, p.reason_en) for p in info.value.problems]
    assert ("outcome", 'the form has no field beside the words "Uddannelse påbegyndt"') in problems
    assert len(problems) == 4


@pytest.mark.parametrize("stop", ["", 'stop = { blank = "Dato" }'])
def test_a_page_number_alone_right_of_the_table_s_columns_is_no_row_either(tmp_path: Path, stop: str) -> None:
    """A report prints its page number at the right, in a column the config does not read: the row is
    still a page break, not the table's end. Before: it ended the table, so without a stop rule the days
    after it were dropped unsaid (2 hours of 5.5), and with `blank` the document was rejected for a
    whole row of values below the table's end."""
    mapped = run(form(tmp_path, stop), csv("03-08-2026;2", ";;Side 1 af 2", "10-08-2026;3,5", trailer=SIGNED))
    assert mapped.record["total_hours"] == "5.5"


def _two_blocks(second_labels: tuple[str, ...]) -> bytes:
    """Sheet "Bevillinger" of two blocks: the labels at rows 3-4 with two grants (B, C), printed again at
    rows 7-8 (`second_labels`) with two more, as a caseworker fills a page and starts another below."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("Bevillinger")
    sheet.write_string(0, 0, "Bevillinger")
    blocks = (
        (2, ("CPR-nr.", "Timer pr. uge"), (("170391-2745", "4"), ("080885-6612", "3"))),
        (6, second_labels, (("230299-4081", "3,5"), ("121275-1234", "2"))),
    )
    for top, labels, grants in blocks:
        for row, label in enumerate(labels, start=top):
            sheet.write_string(row, 0, label)
        for col, values in enumerate(grants, start=1):
            for row, value in enumerate(values, start=top):
                sheet.write_string(row, col, value)
    book.close()
    return buffer.getvalue()


def test_labels_printed_again_lower_down_are_a_second_block_of_grants_read_on_its_rows(
    tmp_path: Path,
) -> None:
    """Before (decision 0064, "Stop 47 (2)"): only the first block's rows were read, and the grants
    under the labels printed again at rows 7-8 were passed over without a word."""
    items = _items(_config(tmp_path, ACROSS), _two_blocks(("CPR-nr.", "Timer pr. uge")), "g.xlsx")
    read = [
        (i.label_en, i.mapped.record["citizen"]["cpr"], i.mapped.record["hours_per_week"])
        for i in items
        if i.mapped is not None
    ]
    assert read == [
        ("column B, rows 3–4", "1703912745", "4.0"),
        ("column C, rows 3–4", "0808856612", "3.0"),
        ("column B, rows 7–8", "2302994081", "3.5"),
        ("column C, rows 7–8", "1212751234", "2.0"),
    ]
    last = items[3].mapped
    assert last is not None
    cells = {p.path: p.locator.get("cell") for p in last.provenance}
    assert cells["citizen.cpr"] == "C7" and cells["hours_per_week"] == "C8"


def test_a_second_block_lacking_a_label_is_refused_by_its_rows_not_passed_over(tmp_path: Path) -> None:
    # The second block prints "CPR-nr." and, for "Timer pr. uge", "Timer": most of the labels, not all.
    data = _two_blocks(("CPR-nr.", "Timer"))
    with pytest.raises(Rejection) as info:
        _items(_config(tmp_path, ACROSS), data, "g.xlsx")
    (problem,) = info.value.problems
    assert problem.reason_en == "another block of records at row 7 is not read: its labels lack Timer pr. uge"
    assert problem.reason_da == (
        "endnu en blok af poster i række 7 læses ikke: dens etiketter mangler Timer pr. uge"
    )
    assert problem.locator.startswith('sheet "Bevillinger", rows')
