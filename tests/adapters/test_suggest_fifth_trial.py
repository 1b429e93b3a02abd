"""`hub adapters suggest` on the fifth trial's forms (Lemvig, decision 0060 "Stop 47"): a workbook of one
grant a column, a case system's report with a page break inside its table and a PDF end form of fields
named `Text1`... whose labels are printed above them. Before, the workbook's
draft read the first grant only (`next:CPR-nr.`, the others `label:CPR-nr.>2` TODOs) and took `Bevilget
fra` for the grant date; the report's draft was two lists of one path (the table cut at the page break,
each part one citizen), no `[forms.items]`, the approval date as the day of work and the week without
its year; the end form's draft left `Sidste praktikdag` a TODO. Each test here fails without the
change it names.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from pipeline import ROOT
from suggest_support import drafted_fields

from hub.adapters.language.golden import canonical_records
from hub.adapters.language.registry import load_registry
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

TRIAL = ROOT / "tests" / "onboarding"
GOLDEN = TRIAL / "golden" / "lemvig"
HEAD = (TRIAL / "config" / "lemvig.toml").read_text(encoding="utf-8").split("[[forms]]")[0]


def _draft(name: str, data: bytes | None = None) -> str:
    data = (GOLDEN / name).read_bytes() if data is None else data
    return render(suggest(extract(data, name, READ_OPTIONS), name))


@pytest.mark.parametrize("name", ["mentor_support.xlsx", "mentor_hours.csv", "placement_end.pdf"])
def test_the_draft_unedited_maps_its_sample_to_the_records_written_by_hand(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "configs"
    folder.mkdir()
    (folder / "lemvig.toml").write_text(HEAD + _draft(name).split("\n\n", 1)[1], encoding="utf-8")
    want = json.loads((GOLDEN / name).with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert canonical_records(load_registry(folder).get("lemvig"), (GOLDEN / name).read_bytes(), name) == want


def test_one_grant_a_column_is_drafted_as_items_across() -> None:
    form = tomllib.loads(_draft("mentor_support.xlsx"))["forms"][0]
    assert form["items"] == {"key": "CPR-nr.", "across": True}
    fields = drafted_fields(_draft("mentor_support.xlsx"))
    assert fields["citizen.cpr"]["source"] == "column:CPR-nr."
    # "Bevilget fra" / "til" is the period granted; the day it was granted on is "Bevillingsdato"
    assert [fields[p]["source"] for p in ("period.start", "period.end", "granted_on")] == [
        "column:Bevilget fra",
        "column:Bevilget til",
        "column:Bevillingsdato",
    ]


def test_a_label_with_its_values_run_on_in_a_one_record_form_is_not_across() -> None:
    """One citizen's CPR in two cells (`CPR-nr.;170391;2745`) is one record, not two columns of them."""
    sheet = "Mentorstøtte\nCPR-nr.;170391;2745\nMentor;Karsten Bech;\nTimer pr. uge;4;\nTimepris;275,50;\n"
    assert "across" not in _draft("m.csv", sheet.encode())


def test_the_page_break_leaves_one_table_of_items_ended_at_its_total() -> None:
    text = _draft("mentor_hours.csv")
    form = tomllib.loads(text)["forms"][0]
    assert form["items"] == {"key": "CPR-nr.", "group": True, "stop": {"label": "I alt"}}
    (entries,) = form["lists"]
    assert entries["table"] == {"hours": "Timer"}
    week = next(f for f in entries["fields"] if f["key"] == "week")
    assert week["sources"] == ["Uge", "År"]
    fields = drafted_fields(text)
    # the approval columns are the mentor's signature, and the export's "I alt" no record's total
    assert fields["signed_by"]["source"] == "column:Godkendt af mentor"
    assert fields["signed_on"]["source"] == "column:Godkendt dato"
    assert fields["total_hours"] == {"path": "total_hours", "compute": "sum:entries.hours"}


def test_a_last_day_of_work_is_the_end_form_s_day() -> None:
    """`Sidste praktikdag` (the day's kind written into the word) was not recognised: ended_on a TODO."""
    assert drafted_fields(_draft("placement_end.pdf"))["ended_on"]["source"] == "Text5"


def test_two_tables_alike_with_values_between_them_stay_two() -> None:
    """Only blank rows and page numbers between them make a header printed again one table with the
    first: a second citizen's timesheet under its own CPR line is another table."""
    one = "Dato;Timer\n02.03.2026;2\n03.03.2026;1\n"
    sheet = f"Mentortimer\nCPR-nr.;170391-2745\n{one}\nCPR-nr.;080885-6612\n{one}"
    assert _draft("t.csv", sheet.encode()).count("[[forms.lists]]") == 2
    paged = f"Mentortimer\nCPR-nr.;170391-2745\n{one}\nSide 1 af 2\n{one}"
    assert _draft("t.csv", paged.encode()).count("[[forms.lists]]") == 1


def test_a_week_cell_of_a_digit_int_cannot_read_is_no_week_number_and_no_crash() -> None:
    """`"1²".isdigit()` is true and `int("1²")` fails: a superscript in the week column (a footnote mark
    typed into a cell) made `suggest` end in a traceback. It is no week number, so the week is not
    drafted as joined with its year; the draft is still written."""
    data = (GOLDEN / "mentor_hours.csv").read_bytes()
    marked = data.replace(b";2026;10;", b";2026;1\xb2;", 1)  # cp1252, as the report is saved
    assert marked != data
    draft = _draft("mentor_hours.csv", marked)
    assert '"join"' not in draft


def test_a_label_blank_for_one_grant_does_not_cut_the_block_of_grants() -> None:
    """`Bemærkning` holds a note on the second grant only: a row of one value. Before, it ended the block
    there, and `Bevilget fra`/`til` under it were drafted as the document's (`next:Bevilget fra`), which
    gives every grant the first grant's period. Each is its grant's own cell, as the rows above it."""
    sheet = (
        "Bevillinger\nCPR-nr.;170391-2745;080885-6612\nNavn;Maja Kirk;Jens Ove Bruun\nTimer pr. uge;4;2,5\n"
        "Bemærkning;;fra 1. marts\nBevilget fra;02.03.2026;09.03.2026\nBevilget til;29.05.2026;05.06.2026\n"
    )
    fields = drafted_fields(_draft("g.csv", sheet.encode()))
    assert [fields[p]["source"] for p in ("citizen.cpr", "period.start", "period.end")] == [
        "column:CPR-nr.",
        "column:Bevilget fra",
        "column:Bevilget til",
    ]
