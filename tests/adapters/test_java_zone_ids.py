"""A moment as Java's `ZonedDateTime.toString()` writes it, its offset and then its zone's id in brackets,
the seconds left out where they are naught (stop 74, trial-137): JDOM2's progress reports from Hillerød's
case system held `2027-11-01T00:20+01:00[Europe/Copenhagen]`, which was "not a date". The offset says the
moment, read by the one rule (its day in Denmark); the id is checked: one tzdata lacks, or one whose offset
at that moment is another, is refused."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS


def day(text: str) -> str:
    return TRANSFORMS["date"].func(text, {})


@pytest.mark.parametrize(
    ("written", "expected"),
    [("2027-10-05T10:15+02:00[Europe/Copenhagen]", "2027-10-05"),  # ZonedDateTime.toString(), summer
     ("2027-11-01T00:20+01:00[Europe/Copenhagen]", "2027-11-01"),  # winter: 31 October in UTC
     ("2027-11-01T00:20:30.5+01:00[Europe/Copenhagen]", "2027-11-01"),  # seconds and a fraction
     ("2027-05-02T22:00Z[UTC]", "2027-05-03"),  # ZonedDateTime.now(ZoneId.of("UTC")): Denmark's 3 May
     ("2027-05-02T18:00-04:00[America/New_York]", "2027-05-03"),  # another zone, the same moment
     ("2027-11-01T00:20+01:00[!Europe/Copenhagen]", "2027-11-01")],  # RFC 9557's critical mark
)  # fmt: skip
def test_a_zoned_date_time_is_its_day_in_denmark(written: str, expected: str) -> None:
    assert day(written) == expected


@pytest.mark.parametrize(
    ("written", "why"),
    [("2027-11-01T00:20+02:00[Europe/Copenhagen]", "says two different moments"),  # summer's offset in winter
     ("2027-11-01T00:20+01:00[Europe/Kopenhagen]", "no time zone the hub knows"),  # no such zone
     ("2027-11-01T00:20+01:00[../../etc/passwd]", "not a date"),  # no zone's name, no file read
     ("2027-11-01[Europe/Copenhagen]", "not a date")],  # no offset: not this shape
)  # fmt: skip
def test_an_id_that_is_no_zone_or_another_offsets_is_refused(written: str, why: str) -> None:
    with pytest.raises(TransformError, match=why):
        day(written)
