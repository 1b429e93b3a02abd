"""Why a value read as text cannot be the path its words say, for `classify`: a day, a month, a yes or no,
a name without a letter under a name's words (a title's cell, an export's stamp, a flag beside the name
it qualifies). Each check began as a trial's miss, named at it (decision 0060).
"""

from __future__ import annotations

from hub.adapters.suggest.values import BOOLEANS, TEXT_PATHS, day_or_time
from hub.adapters.suggest.week_values import month_of_year

# The paths that hold a person's or a place's name: never a value without a letter.
NAMED = (".name", "signed_by")
# The paths whose value is never a yes or no: a person's words, a name, an address to write or call.
NO_FLAGS = (*TEXT_PATHS, "phone")


def no_value_of(path: str, transforms: tuple[str, ...], seen: str | None) -> str | None:
    """Why a value read as text cannot be the name, note or e-mail its words say (a day, a month, a yes or
    no, a name without a letter), or None."""
    # A day with its time too: a Go export's `SetDateTime` cell, "Udtrukket", under the title "Timeseddel
    # for mentorstøtte" was drafted as the mentor's name (decision 0060, "Stop 63: trial-83").
    if not transforms and path.endswith(TEXT_PATHS) and seen and day_or_time(seen):
        return f"looks like {path}, but the value is a date"
    # Nor a month with its year: Brønderslev's Perl timesheet opens "Mentortimer;november 2026", and the
    # title's cell took the mentor's name from the "Mentor" below it (decision 0060, "Stop 64: trial-86").
    if not transforms and path.endswith(TEXT_PATHS) and seen and month_of_year(seen):
        return f"looks like {path}, but the value is a month"
    # Nor is a lone boolean (a column of nothing else is caught in `classify` first, a phone too): one
    # `true` under a name's words is no name (decision 0060, "Stop 63: trial-84").
    if not transforms and path.endswith(TEXT_PATHS) and seen and seen.casefold() in BOOLEANS:
        return f"looks like {path}, but the value is {seen}, a yes or no"
    # Nor is a value with no letter a name: PHP casts true to "1" (a SimpleXML export's
    # `<attestation><attesteret>1</attesteret><af>...`: "Stop 69: trial-115"), which took the signer's
    # path from the name beside it.
    if not transforms and path.endswith(NAMED) and seen and not any(c.isalpha() for c in seen):
        return f"looks like {path}, but the value is {seen}, no name"
    return None


def yes_or_no(seen: str, column: tuple[str, ...]) -> bool:
    """Whether the value, and every other its column holds, is a yes or no (`true`, `false`)."""
    return {v.strip().casefold() for v in (seen, *column)} - {""} <= BOOLEANS
