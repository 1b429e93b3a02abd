"""R's `format()` of a difftime in seconds or days (decision 0061, "Stop 68: fixes-112"; trial-112
noticed it): Frederikssund's mentor firm writes each visit's length with xml2 as `format(til - fra)`,
`varighed="1.5 hours"`, read since trial-112. A script that sets `units(x) <- "secs"` writes "5400 secs",
and a length of a day or more is written by R in days, "1.0625 days" (25.5 hours); both were refused
"hours written with words that are not read". They are read as the hours they are, with the hours' own
bounds; days only where they are whole minutes, as R's "mins" are."""

from __future__ import annotations

import pytest
from onboarding_trial import TRIAL, trial_registry

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.errors import Rejection

# Camilla Dreyer's four visits (the second course) as xml2 wrote them, in R's hours and mins.
CAMILLA = ('varighed="1 hours">Samtale med leder', 'varighed="2.5 hours">Vagtplan',
           'varighed="45 mins">Kort opfølgning', 'varighed="1.25 hours">Afrunding af marts')  # fmt: skip
# Nikolaj Østergaard Brink's last visit, 31 March 2027 (ISO week 13).
NIKOLAJ_LAST = 'varighed="1 hours">Månedsstatus'


def _records(changes: dict[str, str]) -> list[dict[str, object]]:
    data = (TRIAL / "golden" / "frederikssund" / "mentortimer.xml").read_text(encoding="utf-8")
    for old, new in changes.items():
        assert data.count(old) == 1
        data = data.replace(old, new)
    return canonical_records(trial_registry().get("frederikssund"), data.encode(), "mentortimer.xml")


def test_visits_in_seconds_are_read_as_their_hours() -> None:
    """`units(x) <- "secs"` on the four visits: 3600, 9000, 2700 and 4500 seconds are 1, 2.5, 0.75 and
    1.25 hours, so the weeks are the record's: W09 1, W10 2.5 + 0.75, W13 1.25; 5.5 in all."""
    seconds = ("3600 secs", "9000 secs", "2700 secs", "4500 secs")
    changes = {
        old: f'varighed="{new}">{old.split(">")[1]}' for old, new in zip(CAMILLA, seconds, strict=True)
    }
    camilla = _records(changes)[1]
    assert camilla["entries"] == [
        {"week": "2027-W09", "hours": "1.0"},
        {"week": "2027-W10", "hours": "3.25"},
        {"week": "2027-W13", "hours": "1.25"},
    ]
    assert camilla["total_hours"] == "5.5"


def test_a_visit_of_a_day_or_more_in_days_is_read_as_its_hours() -> None:
    """The last visit from 08:00 on the 31st to 09:30 the next day: R writes "1.0625 days", 25.5 hours;
    week 13 is 25.5 and the total 2.25 + 3.25 + 25.5 = 31."""
    nikolaj = _records({NIKOLAJ_LAST: 'varighed="1.0625 days">Månedsstatus'})[0]
    assert nikolaj["entries"] == [
        {"week": "2027-W11", "hours": "2.25"},
        {"week": "2027-W12", "hours": "3.25"},
        {"week": "2027-W13", "hours": "25.5"},
    ]
    assert nikolaj["total_hours"] == "31.0"


def test_days_that_are_no_whole_minutes_are_refused_at_their_attribute() -> None:
    """1.25 hours in days is 0.0520833… days; R writes 7 significant digits, "0.05208333 days", which is
    74.9999952 minutes: refused, never rounded to 1.25."""
    with pytest.raises(Rejection) as info:
        _records({CAMILLA[3]: 'varighed="0.05208333 days">Afrunding af marts'})
    (problem,) = info.value.problems
    assert problem.locator == "/mentortimer/forloeb[2]/besoegsliste/besoeg[4]/@varighed"
    assert problem.reason_en.startswith(
        "a length in days that is no whole number of minutes: '0.05208333 days' is 74.9999952 minutes"
    )
    assert problem.reason_da.startswith(
        "en længde i dage, der ikke er et helt antal minutter: '0.05208333 days' er 74,9999952 minutter"
    )


def test_days_past_the_hours_bound_of_a_week_are_refused() -> None:
    """7.5 days is 180 hours, past the 168 hours a week holds."""
    with pytest.raises(Rejection) as info:
        _records({NIKOLAJ_LAST: 'varighed="7.5 days">Månedsstatus'})
    assert "168" in " ".join(p.reason_en for p in info.value.problems)


@pytest.mark.parametrize(
    ("written", "hours"),
    # a part of a second by the exact-hours rule (0.36 s); R's padding of a vector's digits; a Danish comma
    [("45 secs", "0.0125"), ("5400.36 secs", "1.5001"), ("0.03125000 days", "0.75"), ("1 days", "24.0"),
     ("1,0625 days", "25.5")],
)  # fmt: skip
def test_other_lengths_in_seconds_and_days_are_read(written: str, hours: str) -> None:
    assert TRANSFORMS["hours"].func(written, {}) == hours


@pytest.mark.parametrize("written", ["1200 secs", "5.400 secs", "-5400 secs", "2 weeks", "1e+06 secs"])
def test_no_exact_hours_or_no_plain_number_is_still_refused(written: str) -> None:
    """A third of an hour; a thousands dot or a decimal point; a negative length; R's weeks; R's
    scientific notation, whose digits may be rounded."""
    with pytest.raises(TransformError):
        TRANSFORMS["hours"].func(written, {})


@pytest.mark.parametrize(
    ("written", "en", "da"),
    [("1.5 weeks", "a length in weeks is not read as hours: '1.5 weeks' (R's week is 168 hours",
      "en længde i uger læses ikke som timer: '1.5 weeks' (R's uge er 168 timer"),
     ("1e+06 secs", "a length written as a number in scientific notation: '1e+06 secs' (R writes",
      "en længde skrevet som et tal i videnskabelig notation: '1e+06 secs' (R skriver"),
     ("-5400 secs", "the hours cannot be negative: '-5400 secs' is a negative length of time, as R writes",
      "timerne kan ikke være negative: '-5400 secs' er en negativ varighed, som R skriver")],
)  # fmt: skip
def test_weeks_scientific_and_negative_lengths_are_refused_saying_what_they_are(
    written: str, en: str, da: str
) -> None:
    """Stop 69, fixes-113 (trial-112 noticed it): `units(x) <- "weeks"`, a million seconds as R's
    format() writes it, and a visit whose end was typed before its start. Before: "hours written with
    words that are not read", twice, and "the number cannot be negative: '-5400'", the unit cut off."""
    with pytest.raises(Rejection) as info:
        _records({CAMILLA[3]: f'varighed="{written}">Afrunding af marts'})
    (problem,) = info.value.problems
    assert problem.locator == "/mentortimer/forloeb[2]/besoegsliste/besoeg[4]/@varighed"
    assert problem.reason_en.startswith(en)
    assert problem.reason_da.startswith(da)


@pytest.mark.parametrize("written", ["-1.5 hours", "-45 mins"])
def test_a_negative_length_in_hours_or_minutes_is_quoted_whole(written: str) -> None:
    with pytest.raises(TransformError) as info:
        TRANSFORMS["hours"].func(written, {})
    assert info.value.reason_en.startswith(f"the hours cannot be negative: '{written}' is a negative length")
