"""An `NA` in a CSV not quoted as R quotes (R's `write.csv2(..., quote = FALSE)`, a person's file) read by
what its field may hold (stop 63, fixes-77; trial-79 read R's quoted `NA` as empty: `test_csv_r_missing`).
There R's missing value and the text "NA" are written alike. A date, hours or digits are never "NA": no
value there. A text field may be "NA": refused, saying why, rather than stored as a signer nobody is or
left out in silence. The file is written by hand as R 4.2.2's `write.csv2` writes Holstebro's visits with
`quote = FALSE`: the row names' header cell empty, nothing quoted, `NA` for each missing value."""

from __future__ import annotations

from onboarding_trial import trial_registry

from hub.adapters.mapping.form_items import MappedItem, map_items
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract

HEADER = ";CPR;Borger;Pnr;Mentor;Dato;Timer;Note;Godkendt;Godkendt_af;Godkendt_dato\n"
APPROVED = "1;110589-4417;Signe Kjær Mortensen;1017733904;Henrik Østergaard;2026-09-07;1,5;NA;TRUE;Henrik Østergaard;2026-09-30\n"  # noqa: E501


def _items(*rows: str) -> list[MappedItem]:
    [form] = [f for f in trial_registry().get("holstebro").forms if f.format == "csv"]
    data = (HEADER + "".join(rows)).encode("utf-8")
    return map_items(extract(data, "mentortimer.csv", READ_OPTIONS), form, "0" * 64, "mentortimer.csv", "661")


def test_na_where_a_date_belongs_is_no_value() -> None:
    """Bjarne's visit not yet approved: no signer (empty) and `NA` for the day signed. Before: "not a
    date: 'NA'"."""
    unapproved = (
        "2;280371-1052;Bjarne Riis Poulsen;1024418856;Lise Brandt;2026-10-19;1,25;Opstart;FALSE;;NA\n"
    )
    signe, bjarne = _items(APPROVED, unapproved)
    assert signe.problems == () and signe.mapped is not None
    assert signe.mapped.record["signed_by"] == "Henrik Østergaard"
    assert signe.mapped.record["signed_on"] == "2026-09-30"
    assert bjarne.problems == () and bjarne.mapped is not None
    assert bjarne.mapped.record["signed_by"] is None and bjarne.mapped.record["signed_on"] is None
    assert bjarne.mapped.record["total_hours"] == "1.25"


def test_na_in_a_text_field_is_refused_saying_why_not_stored_as_a_signer() -> None:
    """Before: the signer "NA" stored, as if someone of that name had approved the hours."""
    unapproved = (
        "2;280371-1052;Bjarne Riis Poulsen;1024418856;Lise Brandt;2026-10-19;1,25;Opstart;FALSE;NA;NA\n"
    )
    _, bjarne = _items(APPROVED, unapproved)
    assert bjarne.mapped is None
    (problem,) = bjarne.problems
    assert (problem.field, problem.locator) == ("signed_by", "row 3, column 10 (J3)")
    assert problem.reason_en.startswith("'NA' is how R writes a missing value, and in a file whose text")
    assert "cannot be told from the text NA" in problem.reason_en and "quote = TRUE" in problem.reason_en
    assert problem.reason_da.startswith("'NA' er R's måde at skrive en manglende værdi på")


def test_na_where_hours_are_required_says_so_not_empty() -> None:
    visit = "2;280371-1052;Bjarne Riis Poulsen;1024418856;Lise Brandt;2026-10-19;NA;Opstart;FALSE;;NA\n"
    _, bjarne = _items(APPROVED, visit)
    (problem,) = bjarne.problems
    assert (problem.field, problem.locator) == ("entries[0].hours", "row 3, column 7 (G3)")
    assert problem.reason_en == "'NA' (a missing value as R writes it) is no value: a value is required"
    assert (
        problem.reason_da
        == "'NA' (en manglende værdi, som R skriver den) er ingen værdi: feltet skal udfyldes"
    )
