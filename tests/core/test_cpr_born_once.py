"""A CPR number's birth date is read once for the record's check and the dashboard's summary row
(`cpr._born`, decision 0030 stop 50; counted in `tests/schemas/test_schema_fields.py`): a number whose
date does not exist, or is after today, is still refused with the same words, and is not kept."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from marshmallow import ValidationError

from hub.schemas import cpr


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    asked: list[str] = []
    real = cpr.stdnum_cpr.get_birth_date

    def get_birth_date(number: str) -> Any:
        asked.append(number)
        return real(number)

    cpr._born.cache_clear()
    monkeypatch.setattr(cpr.stdnum_cpr, "get_birth_date", get_birth_date)
    yield asked
    cpr._born.cache_clear()


def test_a_day_that_does_not_exist_is_refused_each_time_and_not_kept(counted: list[str]) -> None:
    for _ in range(2):
        with pytest.raises(ValidationError, match="CPR is not a real date: day 31 in 1971-04"):
            cpr.normalise_cpr("3104719948")
    assert cpr._born.cache_info().currsize == 0


def test_a_birth_date_after_today_is_refused(counted: list[str]) -> None:
    # Born 1 January 2050 by the 7th digit's century (5 with 00-57 gives the 2000s): not born yet.
    with pytest.raises(ValidationError, match="is in the future"):
        cpr.normalise_cpr("0101505000")
