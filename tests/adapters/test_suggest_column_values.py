"""`hub adapters suggest` on an export with one record a row names the values the first rows hold, not the
first row's alone: "Ansat hos" read "Virksomhed" in row 1 and "Jobcenter" in row 2, and the draft's `map`
named only "Virksomhed" (the last review), so the second record could not be mapped as drafted."""

from __future__ import annotations

from pathlib import Path

from suggest_support import drafted_config, drafted_fields

from hub.adapters.readers import extract
from hub.adapters.suggest.column_values import ROWS, SHOWN, distinct
from hub.adapters.suggest.draft import suggest

HEAD = "CPR-nr.;Startdato;Ansat hos\n"
MENTORS = HEAD + (
    "0101901234;01-09-2026;Virksomhed\n"
    "1505004235;02-09-2026;Jobcenter\n"
    "2002953317;03-09-2026;virksomhed \n"  # the first value again, in other case and with a space
    "0303044128;04-09-2026;\n"
)


def _draft(text: str) -> str:
    return suggest(extract(text.encode(), "mentorer.csv"), "mentorer.csv").to_toml()


def test_a_later_row_s_value_is_in_the_map_and_the_comment(tmp_path: Path) -> None:
    text = _draft(MENTORS)
    employer = drafted_fields(text)["mentor.employer"]
    # words.py: "virksomhed" → company; "jobcent" → jobcentre. Each value once, in the order met.
    assert employer["transforms"][0]["values"] == {"Virksomhed": "company", "Jobcenter": "jobcentre"}
    assert '"Ansat hos"; seen: Virksomhed, Jobcenter\n' in text
    assert "more values" not in text
    # Dates: each row's own, as the person may see the format differs; CPR numbers: the first, masked.
    assert "seen: 01-09-2026, 02-09-2026, 03-09-2026, 04-09-2026" in text
    assert 'column "CPR-nr."; seen: 010190-XXXX\n' in text
    drafted_config(text, tmp_path)  # still a valid config


def test_more_values_than_are_named_are_shown_as_an_ellipsis() -> None:
    rows = "".join(f"{1010900000 + n};01-09-2026;Sted {n}\n" for n in range(SHOWN + 2))
    text = _draft(HEAD + rows)
    named = ", ".join(f"Sted {n}" for n in range(SHOWN))
    assert f'"Ansat hos"; seen: {named}, …' in text
    employer = drafted_fields(text)["mentor.employer"]
    assert list(employer["transforms"][0]["values"]) == [f"Sted {n}" for n in range(SHOWN)]
    assert "# TODO: … the column holds more values than these: add a line for each" in text


def test_only_the_first_rows_are_read() -> None:
    rows = [{"A": "x"}] * ROWS + [{"A": "y"}]
    assert distinct(rows, "A") == (("x",), False)
    assert distinct([{"A": " "}, {"B": "z"}, {"A": "x"}, {"A": "X"}], "A") == (("x",), False)


def test_a_single_record_keeps_its_one_value() -> None:
    text = _draft(HEAD + "0101901234;01-09-2026;Jobcenter\n")
    assert '"Ansat hos"; seen: Jobcenter\n' in text
    assert drafted_fields(text)["mentor.employer"]["transforms"][0]["values"] == {"Jobcenter": "jobcentre"}
