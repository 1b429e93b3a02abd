"""A yes or no (`true`, `false`) is no phone, no name and no note, whether the form's record holds the path
its words suggest or not (decision 0060, "Stop 71: trial-119").

A mentor supplier's node service writes its visits with fast-csv, a column "Telefonisk" (whether the visit
was by phone) of `false` and `true`; its word "telefon" made the draft offer it as "looks like
caseworker.phone, which a mentor_hours record does not have", as though the file held a phone number the
record had no room for. The check that a boolean is no name ran only for the paths the record holds."""

from __future__ import annotations

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

HEAD = "CPR-nr.,P-nummer,Mentor,Dato,Timer,{column}\n"
ROWS = (
    "1406921235,1019283746,Birgitte Holm,3.5.2027,1.5,{0}\n",
    "2909987712,1027364554,Mikkel Bro,4.5.2027,1,{0}\n",
)


def _draft(column: str, values: tuple[str, str]) -> str:
    text = HEAD.format(column=column) + "".join(row.format(v) for row, v in zip(ROWS, values, strict=True))
    data = text.encode()
    return render(suggest(extract(data, "mentortimer.csv", READ_OPTIONS), "mentortimer.csv", data))


def test_a_column_of_true_and_false_named_by_phone_is_a_yes_or_no() -> None:
    draft = _draft("Telefonisk", ("false", "true"))
    assert (
        '# TODO: looks like caseworker.phone, but the value is false, a yes or no (column "Telefonisk"'
        in draft
    )
    assert 'which a mentor_hours record does not have (column "Telefonisk"' not in draft


def test_a_phone_number_is_offered_as_a_phone_as_before() -> None:
    """A guard: the column holding a number is what its word says, a phone the record has no room for."""
    draft = _draft("Telefon", ("+45 46 31 22 80", "+45 46 31 22 80"))
    assert "# TODO: looks like caseworker.phone, which a mentor_hours record does not have" in draft


def test_a_column_of_a_phone_number_after_a_false_is_no_yes_or_no() -> None:
    """A guard: every value the column holds is weighed, not its first alone."""
    draft = _draft("Telefon", ("false", "+45 46 31 22 80"))
    assert "a yes or no" not in draft
