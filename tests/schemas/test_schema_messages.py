"""Every message the canonical schemas give has its own Danish wording, with its details kept."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from marshmallow import ValidationError

from hub.schemas.messages import danish, problems_from_validation
from hub.schemas.records import load_records

HOURS: dict[str, Any] = {
    "form_type": "mentor_hours",
    "schema_version": 1,
    "municipality_code": "163",
    "citizen": {"cpr": "0101901234"},
    "site": {"p_number": "1900000101"},
    "mentor": {"name": "Mads"},
    "entries": [{"week": "2026-W33", "hours": "3.0"}],
    "total_hours": "3.0",
    "signed_by": "Hans",
    "signed_on": "2026-09-01",
}

BROKEN = {
    "form type": {"form_type": "nope"},
    "cpr day": {"citizen": {"cpr": "3201901234"}},
    "cpr month": {"citizen": {"cpr": "0113901234"}},
    "cpr length": {"citizen": {"cpr": "12345"}},
    "cpr without its leading zero": {"citizen": {"cpr": "101901234"}},
    "p-number": {"site": {"p_number": "123"}},
    "municipality": {"municipality_code": "999"},
    "week shape": {"entries": [{"week": "uge 33", "hours": "3.0"}], "total_hours": "3.0"},
    "week 53": {"entries": [{"week": "2025-W53", "hours": "3.0"}], "total_hours": "3.0"},  # 2025 has 52
    "comma": {"entries": [{"week": "2026-W33", "hours": "3,0"}], "total_hours": "3.0"},
    "too many hours": {"entries": [{"week": "2026-W33", "hours": "200.0"}], "total_hours": "200.0"},
    "total": {"total_hours": "4.0"},
    "twice": {"entries": [{"week": "2026-W33", "hours": "1.0"}] * 2, "total_hours": "2.0"},
    "date": {"signed_on": "01-09-2026"},
    "far year": {"signed_on": "9999-01-01"},
    "unknown": {"colour": "red"},
    "missing": {"signed_by": None},
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_every_schema_message_has_danish_words(case: str) -> None:
    record = copy.deepcopy(HOURS) | BROKEN[case]
    record = {k: v for k, v in record.items() if v is not None}
    with pytest.raises(ValidationError) as caught:
        load_records([HOURS, record])
    problems = problems_from_validation(caught.value.messages, file="f.json")
    assert problems and all(p.field.startswith("1") for p in problems)
    untranslated = [p.reason_en for p in problems if p.reason_da.startswith("Ugyldig værdi (")]
    assert untranslated == []


def test_details_survive_translation() -> None:
    assert (
        danish("CPR is not a real date: day 32 in 1990-01")
        == "CPR-nummeret er ikke en rigtig dato: dag 32 i 1990-01."
    )
    # Numbers the Danish way: a decimal comma, no needless ".0".
    assert danish("total_hours 4.5 is not the sum of the entries (3.0)") == (
        "Timetallet i alt 4,5 er ikke summen af linjerne (3)."
    )
    # Before, any message mentioning "hours" became "invalid number of hours": even an unknown form type.
    assert danish("unknown form type 'nope'; expected one of placement, mentor_hours").startswith(
        "Ukendt blankettype 'nope'"
    )


@pytest.mark.parametrize(
    ("english", "said"),
    [
        ("hours 200.0 exceed the 168.0 hours of a week", "Timetallet 200 overstiger ugens 168 timer."),
        (
            "hours 168.25 exceed the 168.0 hours of a week",
            "Timetallet 168,25 overstiger ugens 168 timer.",
        ),
        ("hours must not be negative", "Timetallet må ikke være negativt."),
        ("amount must not be negative", "Beløbet må ikke være negativt."),
        (
            "hours must use a dot as decimal separator, not a comma",
            "Timetallet skal bruge punktum som decimaltegn, ikke komma.",
        ),
        ("P-number must be a string", "P-nummeret skal være tekst."),
        ("week must be a string", "Ugen skal være tekst."),
    ],
)
def test_the_danish_names_no_english_subject_and_writes_danish_numbers(english: str, said: str) -> None:
    # "hours må ikke være negativ", "Timetallet 200.0 overstiger 168.0": English and a decimal point in
    # the Danish line.
    assert danish(english) == said


@pytest.mark.parametrize(
    ("english", "said"),
    [
        # Thousands grouped with a point, from 1.000 on, and a decimal comma: "mellem 1 og 1000000" read as
        # one number to a Dane only after counting the zeros.
        (
            "Must be greater than or equal to 1 and less than or equal to 1000000.",
            "Skal være mellem 1 og 1.000.000.",
        ),
        ("Must be less than or equal to 2500.", "Må højst være 2.500."),
        ("Must be greater than or equal to 10000.", "Skal være mindst 10.000."),
        ("Longer than maximum length 5000.", "Længere end 5.000 tegn."),
        ("Length must be between 1 and 1000.", "Længden skal være mellem 1 og 1.000 tegn."),
        ("amount 100000000.00 exceeds 99999999.99", "Beløbet 100.000.000 overstiger 99.999.999,99."),
        ("amount has more than two decimals: 1234.567", "Beløbet har mere end to decimaler: 1.234,567."),
        (
            "hours 1200.5 exceed the 168.0 hours of a week",
            "Timetallet 1.200,5 overstiger ugens 168 timer.",
        ),
        ("1200 places allotted but the sites have 12", "1.200 pladser fordelt, men arbejdsstederne har 12."),
        # A year is no amount: it stays as it is written.
        (
            "the year of the week must be between 2000 and 2100: 1999-W01",
            "Året skal være mellem 2000 og 2100: 1999-W01.",
        ),
    ],
)
def test_numbers_in_danish_messages_are_grouped_as_a_dane_reads_them(english: str, said: str) -> None:
    assert danish(english) == said


def test_a_problem_names_its_field_as_the_mapping_does() -> None:
    record = copy.deepcopy(HOURS) | {
        "entries": [{"week": "2026-W33", "hours": "200.0"}],
        "total_hours": "200.0",
    }
    with pytest.raises(ValidationError) as caught:
        load_records([record])
    fields = [p.field for p in problems_from_validation(caught.value.messages)]
    assert "0.entries[0].hours" in fields and not any(".0." in f for f in fields)


def test_a_value_in_a_field_message_is_quoted_as_the_hubs_other_messages_quote_it() -> None:
    """A value is shown between plain quotes as the file holds it (`hub.quoting.quoted`), never in
    Python's repr with its doubled backslashes; one that cannot be read is said so, in Danish in Danish."""
    record = copy.deepcopy(HOURS) | {
        "signed_on": "01\\09\\2026",
        "entries": [{"week": "uge \ufffd33", "hours": "3.0"}],
    }
    with pytest.raises(ValidationError) as caught:
        load_records([record])
    said = {p.field: (p.reason_en, p.reason_da) for p in problems_from_validation(caught.value.messages)}
    assert said["0.signed_on"] == (
        "date must be YYYY-MM-DD, not '01\\09\\2026'",  # one backslash each, as typed: 01\09\2026
        "Datoen skal skrives ÅÅÅÅ-MM-DD, ikke '01\\09\\2026'.",
    )
    assert said["0.entries[0].week"] == (
        "week must look like 2026-W32, not text that could not be read",
        "Ugen skal skrives som 2026-W32, ikke tekst, der ikke kunne læses.",
    )
