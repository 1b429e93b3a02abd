"""An identifier written as a number in scientific notation (stop 63, fixes-81).

R's `write.csv` prints a round number in scientific notation where it is shorter (trial-81 tried a
P-number 1000000000 in Mariagerfjord's visits: `1e+09`, decision 0060, "Stop 63: trial-81"), and
Excel's CSV export writes a number as its General cell shows it (`1,23E+09` in Danish), C's
printf("%g") keeps six digits (`1.00008e+07` for 10000812). Its digits are not in the file. Before,
the `digits` transform kept "109" of `1e+09` ("P-nummeret skal have 10 cifre", which is not what is
wrong) and "10000807" of `1.00008e+07`, another company's valid CVR, stored. Now each is refused at
its cell saying what it is, in English and Danish, by the mapping's `digits` and `phone` and by the
schema's own fields (the API, a field without a transform); a CPR number's left digits (a birth date)
are never quoted back.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from herlev_placement_support import read_placement_with
from marshmallow import ValidationError
from onboarding_trial import trial_registry

from hub.adapters.language.golden import canonical_records
from hub.errors import Rejection
from hub.schemas.messages import danish
from hub.schemas.records import flatten_errors, load_record

ROOT = Path(__file__).resolve().parents[2]
VISITS = ROOT / "tests" / "onboarding" / "golden" / "mariagerfjord" / "mentortimer.csv"
EN = "written as a number in scientific notation"
DA = "skrevet som et tal i videnskabelig notation"
LOST = (": its digits are lost; save the column as text", ": cifrene er tabt; gem kolonnen som tekst")


def _visits_refused(old: str, new: str) -> object:
    """R's visits with the first row's `old` written `new`, as write.csv writes a number shorter so."""
    text = VISITS.read_text(encoding="utf-8")
    assert old in text.split("\n")[1]
    config = trial_registry().get("mariagerfjord")
    with pytest.raises(Rejection) as caught:
        canonical_records(config, text.replace(old, new, 1).encode(), "mentortimer.csv")
    (problem,) = caught.value.problems
    return problem


def test_rs_p_number_1e09_is_refused_as_scientific_notation_not_as_ten_digits() -> None:
    problem = _visits_refused(",1017462938,", ",1e+09,")
    assert (problem.locator, problem.field) == ("row 2, column 3 (C2)", "site.p_number")  # type: ignore[attr-defined]
    assert problem.reason_en == EN + LOST[0]  # type: ignore[attr-defined]
    assert problem.reason_da == DA + LOST[1]  # type: ignore[attr-defined]


def test_a_cpr_number_so_written_is_refused_without_its_digits() -> None:
    problem = _visits_refused('"210688-2746"', '"2,10688E+09"')
    assert (problem.locator, problem.field) == ("row 2, column 2 (B2)", "citizen.cpr")  # type: ignore[attr-defined]
    assert problem.reason_en == EN + LOST[0] and problem.reason_da == DA + LOST[1]  # type: ignore[attr-defined]


def _herlev_refused(label: str, value: str) -> object:
    with pytest.raises(Rejection) as caught:
        read_placement_with(label, value)
    (problem,) = caught.value.problems
    return problem


@pytest.mark.parametrize(
    ("label", "value", "cell", "field", "shown"),
    [
        # C's printf("%g") of the CVR 10000812: its digits, 10000807, were another valid CVR, and stored
        ("CVR-nr.", "1.00008e+07", "row 6, column 2 (B6)", "company.cvr", ""),
        ("P-nr.", "1,9E+09", "row 8, column 2 (B8)", "site.p_number", ""),
        ("Telefon", "4,4527E+07", "row 18, column 2 (B18)", "caseworker.phone", " ('4,4527E+07')"),
    ],
)
def test_excels_danish_export_of_identifiers_is_refused_at_each_cell(
    label: str, value: str, cell: str, field: str, shown: str
) -> None:
    problem = _herlev_refused(label, value)
    assert (problem.locator, problem.field) == (cell, field)  # type: ignore[attr-defined]
    assert problem.reason_en == EN + shown + LOST[0]  # type: ignore[attr-defined]
    assert problem.reason_da == DA + shown + LOST[1]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("path", "value", "en", "da"),
    [
        (
            ("site", "p_number"),
            "1e+09",
            "P-number written as a number in scientific notation (1e+09)",
            "P-nummeret er skrevet som et tal i videnskabelig notation (1e+09)",
        ),
        (
            ("company", "cvr"),
            "2,2E+07",
            "CVR written as a number in scientific notation (2,2E+07)",
            "CVR-nummeret er skrevet som et tal i videnskabelig notation (2,2E+07)",
        ),
        (
            ("caseworker", "phone"),
            "2E+07",
            "phone written as a number in scientific notation (2E+07)",
            "Telefonnummeret er skrevet som et tal i videnskabelig notation (2E+07)",
        ),
        (
            ("citizen", "cpr"),
            "1,0119E+09",
            "CPR written as a number in scientific notation",
            "CPR-nummeret er skrevet som et tal i videnskabelig notation",
        ),
    ],
)
def test_the_schema_refuses_it_through_the_api(path: tuple[str, str], value: str, en: str, da: str) -> None:
    record = json.loads(
        (ROOT / "tests" / "golden" / "herlev" / "placement.expected.json").read_text(encoding="utf-8")
    )
    record[path[0]][path[1]] = value
    with pytest.raises(ValidationError) as caught:
        load_record(record)
    [(where, [reason])] = flatten_errors(caught.value.messages).items()
    assert where == ".".join(path)
    assert reason == en + LOST[0]
    assert danish(reason) == da + LOST[1] + "."
