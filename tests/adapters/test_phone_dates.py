"""A date typed into a phone number's box (decision 0064, "Stop 63: fuzz-79", recipe 67/pdf/field_value/9).

Rebild's caseworker phone mutated to "2026-02-30" was stored as +4520260230: the separators dropped, eight
digits were a Danish phone. A value written as a date (a four-digit year before or after a month and a
day, one kind of separator) is refused at the phone's cell, by the mapping's `phone` transform and by the
schema's own field (the API's path), in English and Danish; phones written the usual ways still read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from herlev_placement_support import read_placement_with
from marshmallow import ValidationError

from hub.adapters.pipeline import Canonical
from hub.errors import Rejection
from hub.schemas.fields import Phone
from hub.schemas.messages import danish

ROOT = Path(__file__).resolve().parents[2]
DATES = ["2026-02-30", "2026-08-03", "12.03.2026", "3/8/2026", "1.1.1990", "2026.08.03"]
PHONES = {"44 52 70 00": "+4544527000", "4452-7000": "+4544527000", "12.34.56.78": "+4512345678"}


def _read(phone: str) -> Canonical:
    return read_placement_with("Telefon", phone)


@pytest.mark.parametrize("written", DATES)
def test_a_date_in_the_caseworkers_phone_is_refused_at_its_cell(written: str) -> None:
    with pytest.raises(Rejection) as caught:
        _read(written)
    (problem,) = caught.value.problems
    assert (problem.locator, problem.field) == ("row 18, column 2 (B18)", "caseworker.phone")
    assert problem.reason_en.startswith(f"a date, not a phone number: '{written}'")
    assert problem.reason_da.startswith("en dato, ikke et telefonnummer: ")


@pytest.mark.parametrize("written", DATES)
def test_the_schemas_phone_refuses_a_date_in_both_languages(written: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Phone().deserialize(written)
    [reason] = caught.value.messages
    assert reason.startswith("a date, not a phone number")
    assert danish(reason).startswith("En dato, ikke et telefonnummer")


@pytest.mark.parametrize(("written", "stored"), PHONES.items())
def test_phones_written_the_usual_ways_still_read(written: str, stored: str) -> None:
    assert _read(written).record["caseworker"]["phone"] == stored
    assert Phone().deserialize(written) == stored
