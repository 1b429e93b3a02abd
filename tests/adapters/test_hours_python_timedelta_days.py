"""Python's `str(timedelta)` of a day or more in an hours field (decision 0061, "Stop 68: fixes-110";
trial-109 noticed it): Gribskov's case system writes each visit's length with xmltodict's `unparse` as
`str(timedelta)`, `varighed="1:30:00"`; a length of a day or more is written with its days in words,
`1 day, 2:00:00`, and was refused "hours written with words that are not read". It is read as the
hours it is; a negative one (`-1 day, 23:00:00`, minus an hour) is refused at its attribute."""

from __future__ import annotations

import pytest
from onboarding_trial import TRIAL, trial_registry

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.errors import Rejection

# Sara Lykke Poulsen's one visit, 17 March 2027 (ISO week 11), as xmltodict wrote it.
VISIT = '<besoeg dato="2027-03-17" varighed="2:30:00">'


def _records(length: str) -> list[dict[str, object]]:
    data = (TRIAL / "golden" / "gribskov" / "mentortimer.xml").read_text(encoding="utf-8")
    assert data.count(VISIT) == 1
    changed = data.replace(VISIT, VISIT.replace("2:30:00", length)).encode()
    records = canonical_records(trial_registry().get("gribskov"), changed, "mentortimer.xml")
    return records if isinstance(records, list) else [records]


@pytest.mark.parametrize(("length", "hours"), [("1 day, 2:00:00", "26.0"), ("2 days, 0:30:00", "48.5")])
def test_a_visit_of_a_day_or_more_is_read_as_its_hours(length: str, hours: str) -> None:
    """24 + 2 hours; 48 hours and half an hour."""
    second = _records(length)[1]
    assert second["entries"] == [{"week": "2027-W11", "hours": hours}]
    assert second["total_hours"] == hours


@pytest.mark.parametrize(
    ("written", "hours"),
    # pandas' `Timedelta` as `to_csv` writes it; a part of a second by the clock's rule (0.36 s)
    [("1 days 02:00:00", "26.0"), ("1 day, 2:00:00.360000", "26.0001"), ("3 days, 0:00:00", "72.0")],
)  # fmt: skip
def test_other_spellings_of_days_are_read_too(written: str, hours: str) -> None:
    assert TRANSFORMS["hours"].func(written, {}) == hours


def test_a_negative_length_is_refused_at_its_attribute_saying_so() -> None:
    with pytest.raises(Rejection) as info:
        _records("-1 day, 23:00:00")
    (problem,) = info.value.problems
    assert problem.locator == "/mentortimer/forloeb[2]/besoeg/@varighed"
    assert problem.reason_en.startswith(
        "the hours cannot be negative: '-1 day, 23:00:00' is a negative length of time, as Python writes"
    )
    assert problem.reason_da.startswith("timerne kan ikke være negative: '-1 day, 23:00:00' er en negativ")


@pytest.mark.parametrize("written", ["1 day, 0:20:00", "1 day, 24:00:00", "1 dag, 2:00:00"])
def test_no_exact_hours_or_no_timedelta_is_still_refused(written: str) -> None:
    """20 minutes are a third of an hour; a clock past 23 hours or a Danish "dag" is no Python's."""
    with pytest.raises(TransformError):
        TRANSFORMS["hours"].func(written, {})
