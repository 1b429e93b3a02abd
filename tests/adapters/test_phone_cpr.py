"""A CPR number typed into a phone number field (decision 0060, "Stop 58: quiet-66").

A phone number is an identifier, shown as written (`placement_reads.IDENTIFIERS`, `bundle_data.
DATA_IDENTIFIERS`): a masking auditor's pages, API and bundle, and a lead looking at a partner's citizen,
read it whole. DESIGN.md's phone is E.164, a Danish one 8 digits after +45. Herlev's golden placement
(csv, written again by Python's csv writer) with the caseworker's phone typed as a CPR number: bare, it
was refused quoting the number back ("not a phone number: '010190-1234'"); after a foreign country code
(`+46 010190-1234`, `+460101901234`) it was read, and stored as `+460101901234`. Now every one is refused
at the phone's cell, in English and Danish, without quoting the number; the form's own phone still reads.
Since stop 61 (decision 0065) a number written in full with a foreign country code is a phone number
whatever its last ten digits spell (`+460101901234`, `+49 1512345678`), unless a CPR number is written in
it as one is written (`+46 010190-1234`).
Through the API the schema's own field refuses it: `tests/schemas/test_schema_records.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from herlev_placement_support import read_placement_with

from hub import pseudonyms
from hub.adapters.pipeline import Canonical
from hub.errors import Rejection

ROOT = Path(__file__).resolve().parents[2]
TYPED = ["010190-1234", "0101901234", "+46 010190-1234", "0046 01.01.90-1234", "0045 0101901234"]


def _read(phone: str) -> Canonical:
    return read_placement_with("Telefon", phone)


@pytest.mark.parametrize("phone", TYPED)
def test_a_cpr_number_in_the_caseworkers_phone_is_refused_at_its_cell(phone: str) -> None:
    with pytest.raises(Rejection) as caught:
        _read(phone)
    (problem,) = caught.value.problems
    assert (problem.locator, problem.field) == ("row 18, column 2 (B18)", "caseworker.phone")
    assert problem.reason_en.startswith("holds what looks like a CPR number, not a phone number")
    assert problem.reason_da.startswith("indeholder noget, der ligner et CPR-nummer, ikke et telefonnummer")
    assert "1234" not in problem.reason_en + problem.reason_da  # the number is never quoted back


def test_the_forms_own_phone_and_a_foreign_one_still_read() -> None:
    assert _read("44 52 70 00").record["caseworker"]["phone"] == "+4544527000"
    assert _read("+46 8 123 456 78").record["caseworker"]["phone"] == "+46812345678"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("+460101901234", "+460101901234"),  # Sweden, glued: its last ten digits spell 1 January 1990
        ("+49 1512345678", "+491512345678"),  # a German mobile: 15 December 1934 and four more
        ("0049 151 2345 6789", "+4915123456789"),
        ("+39 010 190 1234", "+390101901234"),  # a Genoa line (decision 0060's cost of stop 58)
    ],
)
def test_a_foreign_number_whose_digits_spell_a_date_is_a_phone_number(typed: str, stored: str) -> None:
    """Decision 0065, "Stop 61: fixes-72": a number written in full with a country code other than +45
    is a phone number; it was refused as holding a CPR number for its last ten digits."""
    assert _read(typed).record["caseworker"]["phone"] == stored


def test_a_phone_of_fewer_than_ten_digits_is_told_from_a_cpr_number_without_the_search(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A CPR number is ten digits: the search for one (most of reading a phone number, every form that
    has one, `hub reprocess` too) is made only in a phone number that has as many, in any script."""

    def searched(_text: str) -> bool:
        raise AssertionError("searched")

    monkeypatch.setattr(pseudonyms, "holds_cpr_like", searched)
    for phone in ("44 52 70 00", "+46 8 123 45", "4452 7000 lok. 1"):
        assert not pseudonyms.phone_holds_cpr(phone)
    for phone in ("+46 010190-1234", "\uff10\uff11\uff10\uff11\uff19\uff10-\uff11\uff12\uff13\uff14"):
        with pytest.raises(AssertionError, match="searched"):
            pseudonyms.phone_holds_cpr(phone)
    monkeypatch.undo()
    fullwidth = "\uff10\uff11\uff10\uff11\uff19\uff10-\uff11\uff12\uff13\uff14"  # 010190-1234
    arabic = "+\u0664\u0666 \u0660\u0661\u0660\u0661\u0669\u0660-\u0661\u0662\u0663\u0664"  # +46 010190-1234
    assert pseudonyms.phone_holds_cpr(fullwidth) and pseudonyms.phone_holds_cpr(arabic)
