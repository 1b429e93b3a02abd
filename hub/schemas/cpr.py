"""CPR numbers: checked (ten digits, a real birth date not in the future) and what they tell, the
birth date and the sex, and the masked form a page may show ("010190-XXXX").

Every field type of `fields` reads its input text through `input_string`, defined here because the CPR
check needs it and `fields` builds on this module.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

from marshmallow import ValidationError
from stdnum.dk import cpr as stdnum_cpr
from stdnum.exceptions import InvalidComponent
from stdnum.exceptions import ValidationError as StdnumError

from hub.schemas.edges import strip_edges
from hub.schemas.scientific import refuse_scientific


def input_string(value: Any, what: str) -> str:
    """`value` stripped of white space and invisible format characters at its edges (`strip_edges`);
    input identifiers must be strings: an int would already have lost a leading zero."""
    if not isinstance(value, str):
        raise ValidationError(f"{what} must be a string")
    return strip_edges(value)


def _explain_bad_date(digits: str) -> str:
    """Name the part of DDMMYY that makes the date impossible."""
    month = int(digits[2:4])
    if not 1 <= month <= 12:
        return f"CPR is not a real date: month {month}"
    # Day 1 exists in every month, so stdnum can still give the century from the 7th digit.
    year = stdnum_cpr.get_birth_date("01" + digits[2:]).year
    return f"CPR is not a real date: day {int(digits[:2])} in {year:04d}-{month:02d}"


def normalise_cpr(value: Any) -> str:
    """Return the 10 CPR digits, or raise ValidationError saying exactly what is wrong."""
    text = input_string(value, "CPR")
    refuse_scientific(text, "CPR", shown=False)
    digits = text.replace("-", "").replace(" ", "")
    if re.fullmatch(r"[1-9](0[1-9]|1[0-2])[0-9]{6}", digits):
        # 9 digits that read as a date with a 0 before them are most often a number whose leading zero a
        # spreadsheet dropped (born on the 1st to the 9th): saying so saves the caseworker a search.
        raise ValidationError("CPR must be 10 digits (DDMMYYSSSS), not 9: was its leading zero lost?")
    if not re.fullmatch(r"[0-9]{10}", digits):
        raise ValidationError("CPR must be 10 digits (DDMMYYSSSS)")
    try:
        # Imported here: `hub.periods` imports `hub.errors`, which imports the schemas.
        from hub.periods import local_today

        return _valid_cpr(digits, local_today())
    except StdnumError as error:
        try:
            birth = stdnum_cpr.get_birth_date(digits)
        except StdnumError:
            raise ValidationError(_explain_bad_date(digits)) from error
        raise ValidationError(f"CPR birth date {birth.isoformat()} is in the future") from error


def _valid_cpr(digits: str, today: date) -> str:
    # The embedded date, and on purpose never the old modulus-11 rule. Not stdnum's `validate`: it
    # compares with the server's `date.today()`, a day behind Denmark's from 23:00 or 22:00 UTC, and a
    # child born on the Danish day would be "not born yet" for that hour (decision 0064, "Stop 47 (2)").
    if _born(digits[:7]) > today:
        raise InvalidComponent("the birth date is after today")
    return digits


# The number's birth date, read once: the check above and the summary's `cpr_born_and_male` each asked
# stdnum for it, some 2 µs a call, for a number new to each form (decision 0030, stop 50). A date
# that does not exist raises, and is not kept. Kept by the date and the century digit alone, never the
# whole number: a worker's cache lives as long as the worker, and a CPR number is no form's own wording
# (decision 0065, "Stop 59: engine-68").
@lru_cache(maxsize=4096)
def _born(date_and_century: str) -> date:
    born: date = stdnum_cpr.get_birth_date(date_and_century)
    return born


def cpr_birth_date(cpr: str) -> date:
    """Return the birth date in a CPR number, the century taken from its 7th digit."""
    return stdnum_cpr.get_birth_date(normalise_cpr(cpr))


def cpr_is_male(cpr: str) -> bool:
    """True when the CPR number's last digit is odd (a man)."""
    return int(normalise_cpr(cpr)[-1]) % 2 == 1


def cpr_born_and_male(cpr: str) -> tuple[date, bool]:
    """`cpr_birth_date` and `cpr_is_male` with the number checked once: the outcome figures ask for
    both of every placement, and checking a CPR number costs more than the rest of its summary row."""
    digits = normalise_cpr(cpr)
    return _born(digits[:7]), int(digits[-1]) % 2 == 1
