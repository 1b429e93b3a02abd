"""The Danish field types and value formats (hub/schemas/fields.py, amounts.py, cpr.py, dates.py);
expected values worked out by hand."""

from datetime import date, datetime
from decimal import Decimal

import pytest
import time_machine
from marshmallow import ValidationError

from hub.schemas import cpr as cpr_checks
from hub.schemas.amounts import Hours, Money
from hub.schemas.cpr import cpr_birth_date, cpr_born_and_male, cpr_is_male
from hub.schemas.dates import IsoDate, IsoWeek
from hub.schemas.fields import Cpr, Cvr, MunicipalityCode, Phone, PNumber, Text


def old_modulus_11(cpr: str) -> int:
    """The pre-2007 CPR check, written out here so the tests can show a number fails it."""
    return sum(w * int(d) for w, d in zip((4, 3, 2, 7, 6, 5, 4, 3, 2, 1), cpr, strict=True)) % 11


# --- CPR ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["0101901234", "010190-1234", "010190 1234", " 010190-1234 "])
def test_cpr_dash_and_spaces_removed(raw):
    assert Cpr().deserialize(raw) == "0101901234"


def test_cpr_day_32_is_not_a_real_date():
    with pytest.raises(ValidationError, match="not a real date: day 32"):
        Cpr().deserialize("3201901234")


def test_cpr_month_13_is_not_a_real_date():
    with pytest.raises(ValidationError, match="not a real date: month 13"):
        Cpr().deserialize("0113901234")


def test_cpr_failing_modulus_11_is_accepted():
    # 15-03-10, 7th digit 4 with year 10 < 37 -> born 2010, after the check was dropped in 2007.
    # 4*1 + 3*5 + 2*0 + 7*3 + 6*1 + 5*0 + 4*4 + 3*0 + 2*0 + 1*1 = 63, and 63 % 11 == 8, not 0.
    assert old_modulus_11("1503104001") == 8
    assert Cpr().deserialize("150310-4001") == "1503104001"
    assert cpr_birth_date("1503104001") == date(2010, 3, 15)


@pytest.mark.parametrize(
    ("cpr", "born"),
    [
        ("0101050000", date(1905, 1, 1)),  # 7th digit 0-3: 1900s
        ("0101373000", date(1937, 1, 1)),
        ("0101374000", date(1937, 1, 1)),  # 4 or 9 with year >= 37: 1900s
        ("0101204000", date(2020, 1, 1)),  # 4 or 9 with year < 37: 2000s
        ("0101999000", date(1999, 1, 1)),
        ("0101059000", date(2005, 1, 1)),
        ("0101585000", date(1858, 1, 1)),  # 5-8 with year >= 58: 1800s
        ("0101058000", date(2005, 1, 1)),  # 5-8 with year < 58: 2000s
    ],
)
def test_cpr_century_from_seventh_digit(cpr, born):
    assert cpr_birth_date(cpr) == born


def test_cpr_century_decides_whether_29_february_exists():
    # 7th digit 4, year 00 -> 2000, a leap year; 7th digit 1 -> 1900, not a leap year.
    assert Cpr().deserialize("2902004000") == "2902004000"
    with pytest.raises(ValidationError, match="not a real date: day 29 in 1900-02"):
        Cpr().deserialize("2902001000")
    # 7th digit 5 with year 55 < 58 -> 2055, not a leap year (and not 1855).
    with pytest.raises(ValidationError, match="not a real date: day 29 in 2055-02"):
        Cpr().deserialize("2902555000")


def test_cpr_in_the_future_is_rejected():
    # 7th digit 4 and year 30 -> 2030.
    with pytest.raises(ValidationError, match="future"):
        Cpr().deserialize("0101304000")


@pytest.mark.parametrize("raw", ["010190123", "01019012345", "0101901a34", "010190/1234", ""])
def test_cpr_must_be_ten_digits(raw):
    with pytest.raises(ValidationError, match="10 digits"):
        Cpr().deserialize(raw)


@pytest.mark.parametrize(
    ("raw", "asked"),
    [
        ("101901234", True),  # 01.01.90 with its 0 dropped by a spreadsheet
        ("912901234", True),  # 09.12.90
        ("013901234", False),  # a 0 before it would make a day 00
        ("113901234", False),  # a 0 before it would make month 13
        ("12345", False),
    ],
)
def test_nine_digits_that_lost_a_leading_zero_are_said_to_have(raw, asked):
    with pytest.raises(ValidationError, match="10 digits") as caught:
        Cpr().deserialize(raw)
    assert ("leading zero" in str(caught.value)) is asked


def test_cpr_must_be_a_string():
    with pytest.raises(ValidationError, match="string"):
        Cpr().deserialize(101901234)


def test_cpr_sex():
    assert cpr_is_male("010190-1233") is True
    assert cpr_is_male("0101901234") is False
    # Both at once, as the dashboards' outcome figures ask: 7th digit 4 with year 10 is 2010.
    assert cpr_born_and_male("150310-4001") == (date(2010, 3, 15), True)
    assert cpr_born_and_male("0101901234") == (date(1990, 1, 1), False)


# --- CVR, P-number, municipality ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13585628", "13585628"),  # 2*1+7*3+6*5+5*8+4*5+3*6+2*2+1*8 = 143 = 13*11
        ("DK 13 58 56 28", "13585628"),
        ("22222228", "22222228"),  # 2*29 + 8 = 66 = 6*11
        (22222228, "22222228"),
    ],
)
def test_cvr_valid(raw, expected):
    assert Cvr().deserialize(raw) == expected


def test_cvr_wrong_check_digit():
    # 2*29 + 7 = 65, 65 % 11 == 10.
    with pytest.raises(ValidationError, match="CVR check digit is wrong"):
        Cvr().deserialize("22222227")


@pytest.mark.parametrize("raw", ["2222222", "222222280", "02222228", "2222222x"])
def test_cvr_wrong_shape(raw):
    with pytest.raises(ValidationError, match="8 digits"):
        Cvr().deserialize(raw)


def test_p_number():
    assert PNumber().deserialize("1234567890") == "1234567890"
    assert PNumber().deserialize("12345 67890") == "1234567890"
    for bad in ("123456789", "12345678901", "12345678x0"):
        with pytest.raises(ValidationError, match="P-number must be 10 digits"):
            PNumber().deserialize(bad)


@pytest.mark.parametrize(
    ("raw", "expected"), [("159", "159"), ("0159", "159"), ("gladsaxe", "159"), (730, "730")]
)
def test_municipality_code_field(raw, expected):
    assert MunicipalityCode().deserialize(raw) == expected


@pytest.mark.parametrize("raw", ["999", "411", "gladsakse", True])
def test_municipality_code_field_rejects(raw):
    with pytest.raises(ValidationError):
        MunicipalityCode().deserialize(raw)


# --- phone -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw", ["12345678", "12 34 56 78", "0045 12345678", "004512345678", "+45 12 34 56 78", "+4512345678"]
)
def test_phone_danish_forms_to_e164(raw):
    assert Phone().deserialize(raw) == "+4512345678"


def test_phone_foreign_number_kept():
    assert Phone().deserialize("0046 70 123 45 67") == "+46701234567"


def test_phone_foreign_number_whose_last_ten_digits_spell_a_date_kept():
    """Decision 0065, "Stop 61: fixes-72": refused before as holding a CPR number."""
    assert Phone().deserialize("+49 1512345678") == "+491512345678"
    assert Phone().deserialize("+460101901234") == "+460101901234"


@pytest.mark.parametrize(
    "raw", ["1234567", "+451234567", "+45123456789", "+45 01234567", "01234567", "ring mig"]
)
def test_phone_rejects(raw):
    with pytest.raises(ValidationError):
        Phone().deserialize(raw)


# --- hours and money ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12", "12.0"),
        (12, "12.0"),
        ("18.5", "18.5"),
        ("18.50", "18.5"),
        ("0.25", "0.25"),
        (Decimal("0.250"), "0.25"),
        (Decimal("3"), "3.0"),
        ("100", "100.0"),
        ("007.5", "7.5"),
        ("0", "0.0"),
        ("168", "168.0"),
    ],
)
def test_hours_shortest_form_with_one_decimal(raw, expected):
    assert Hours().deserialize(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "168.01",
        "-1",
        "-0.5",
        "18,5",
        "NaN",
        "inf",
        "1e2",
        ".5",
        "",
        18.5,
        True,
        Decimal("NaN"),
        Decimal("Infinity"),
    ],
)
def test_hours_rejects(raw):
    with pytest.raises(ValidationError):
        Hours().deserialize(raw)


def test_hours_without_maximum_allows_long_totals():
    assert Hours(max_hours=None).deserialize("962") == "962.0"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("275", "275.00"),
        (275, "275.00"),
        ("275.5", "275.50"),
        (Decimal("275.000"), "275.00"),
        ("0.01", "0.01"),
    ],
)
def test_money_two_decimals(raw, expected):
    assert Money().deserialize(raw) == expected


@pytest.mark.parametrize("raw", ["275.005", "-1.00", "275,00", "kr 275", 275.0])
def test_money_rejects(raw):
    with pytest.raises(ValidationError):
        Money().deserialize(raw)


# --- weeks, dates, text ------------------------------------------------------------------------------


def test_iso_week():
    assert IsoWeek().deserialize("2026-W32") == "2026-W32"
    # 1 January 2026 is a Thursday, so ISO year 2026 has 53 weeks; 2025 began on a Wednesday and has 52.
    assert IsoWeek().deserialize("2026-W53") == "2026-W53"
    with pytest.raises(ValidationError, match="not a week of ISO year 2025"):
        IsoWeek().deserialize("2025-W53")


@pytest.mark.parametrize("raw", ["2026-W00", "2026-W54", "2026W32", "2026-w32", "2026-W3", "32"])
def test_iso_week_rejects(raw):
    with pytest.raises(ValidationError):
        IsoWeek().deserialize(raw)


@pytest.mark.parametrize("raw", ["9999-W52", "1899-W52", "2200-W01", "0001-W01"])
def test_iso_week_rejects_a_year_outside_1900_to_2199(raw):
    # Real ISO weeks, but a far-future one overflows `date` when its last day (first + 6) is computed.
    with pytest.raises(ValidationError, match="the year of the week must be between 1900 and 2199"):
        IsoWeek().deserialize(raw)


def test_iso_week_and_date_take_the_edge_years():
    assert IsoWeek().deserialize("1900-W01") == "1900-W01"
    assert IsoWeek().deserialize("2199-W52") == "2199-W52"
    assert IsoDate().deserialize("1900-01-01") == "1900-01-01"
    assert IsoDate().deserialize("2199-12-31") == "2199-12-31"


@pytest.mark.parametrize("raw", ["9999-12-31", "1899-12-31", "2200-01-01", "0001-01-01", date(9999, 12, 31)])
def test_iso_date_rejects_a_year_outside_1900_to_2199(raw):
    with pytest.raises(ValidationError, match="the year of the date must be between 1900 and 2199"):
        IsoDate().deserialize(raw)


def test_iso_date():
    assert IsoDate().deserialize("2026-08-03") == "2026-08-03"
    assert IsoDate().deserialize(date(2026, 8, 3)) == "2026-08-03"


@pytest.mark.parametrize(
    "raw", ["2026-02-30", "03-08-2026", "03.08.2026", "20260803", "2026-W32-1", datetime(2026, 8, 3)]
)
def test_iso_date_rejects(raw):
    with pytest.raises(ValidationError):
        IsoDate().deserialize(raw)


def test_text_strips_and_refuses_empty():
    assert Text().deserialize("  Mikkel  ") == "Mikkel"
    with pytest.raises(ValidationError, match="must not be empty"):
        Text().deserialize("   ")


def test_a_cpr_numbers_birth_date_is_read_by_stdnum_once(monkeypatch):
    # The worker checks each form's CPR number twice (the record's schema, its dashboard summary). The
    # check reads the birth date with stdnum (its `validate` compares with the server's day, not
    # Denmark's), once for good for the check and the summary (decision 0030, stop 50); each day the
    # number is compared with that day again.
    read: list[str] = []
    real = cpr_checks.stdnum_cpr.get_birth_date

    def counting(digits: str) -> date:
        read.append(digits)
        return real(digits)

    monkeypatch.setattr(cpr_checks.stdnum_cpr, "get_birth_date", counting)
    cpr_checks._born.cache_clear()
    with time_machine.travel(datetime(2026, 5, 4, 12, 0).astimezone(), tick=False):
        assert Cpr().deserialize("010190-1234") == "0101901234"
        assert cpr_born_and_male("0101901234") == (date(1990, 1, 1), False)
        assert Cpr().deserialize("0101901234") == "0101901234"
        # The birth date once, for the check and the summary, read from the date and the century
        # digit (010190 and 1): the whole number is kept by no cache.
        assert read == ["0101901"]
    with time_machine.travel(datetime(2026, 5, 5, 12, 0).astimezone(), tick=False):
        assert Cpr().deserialize("0101901234") == "0101901234"  # another day: compared again
        assert len(read) == 1  # against the same birth date


def test_a_cpr_number_valid_one_day_is_in_the_future_the_day_before():
    # 7th digit 4 and year 30 -> born 2030-01-01: valid on that day, in the future on the day before,
    # whatever was checked first in the process.
    cpr_checks._born.cache_clear()
    with time_machine.travel(datetime(2030, 1, 1, 12, 0).astimezone(), tick=False):
        assert Cpr().deserialize("0101304000") == "0101304000"
    with (
        time_machine.travel(datetime(2029, 12, 31, 12, 0).astimezone(), tick=False),
        pytest.raises(ValidationError, match="birth date 2030-01-01 is in the future"),
    ):
        Cpr().deserialize("0101304000")
