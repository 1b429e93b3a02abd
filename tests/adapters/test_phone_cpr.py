"""A CPR number typed into a phone number field (decision 0060, "Stop 58: quiet-66").

A phone number is an identifier, shown as written (`placement_reads.IDENTIFIERS`, `bundle_data.
DATA_IDENTIFIERS`): a masking auditor's pages, API and bundle, and a lead looking at a partner's citizen,
read it whole. DESIGN.md's phone is E.164, a Danish one 8 digits after +45. Herlev's golden placement
(csv, written again by Python's csv writer) with the caseworker's phone typed as a CPR number: bare, it
was refused quoting the number back ("not a phone number: '010190-1234'"); after a foreign country code
(`+46 010190-1234`, `+460101901234`) it was read, and stored as `+460101901234`. Now every one is refused
at the phone's cell, in English and Danish, without quoting the number; the form's own phone still reads.
Through the API the schema's own field refuses it: `tests/schemas/test_schema_records.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from herlev_placement_support import placement_with

from hub.adapters import pipeline
from hub.adapters.language.config_schema import load_config_file
from hub.errors import Rejection

ROOT = Path(__file__).resolve().parents[2]
TYPED = ["010190-1234", "0101901234", "+46 010190-1234", "+460101901234", "0045 0101901234"]


def _read(phone: str) -> object:
    config = load_config_file(ROOT / "config" / "municipalities" / "herlev.toml")
    return pipeline.read_and_canonicalise(config, placement_with("Telefon", phone), "0" * 64, "aftale.csv")


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
    assert _read("44 52 70 00").record["caseworker"]["phone"] == "+4544527000"  # type: ignore[attr-defined]
    assert _read("+46 8 123 456 78").record["caseworker"]["phone"] == "+46812345678"  # type: ignore[attr-defined]
