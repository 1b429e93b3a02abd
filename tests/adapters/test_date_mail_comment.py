"""RFC 2822's date with the comment RFC 5322 allows after the zone, as a mail program names it
(`Mon, 30 Nov 2026 10:00:00 +0100 (CET)`; decision 0061, "Stop 66: fixes-100"): read as the date without
it, the comment ignored, where the rest reads; the weekday and the day still checked."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.adapters.suggest.values import date_like


def day(text: str) -> str:
    return TRANSFORMS["date"].func(text, {})


@pytest.mark.parametrize(
    ("written", "expected"),
    [("Mon, 30 Nov 2026 10:00:00 +0100 (CET)", "2026-11-30"),
     ("Mon, 30 Nov 2026 10:00:00 +0100(CET)", "2026-11-30"),
     ("30 Nov 2026 10:00 +0100 (Central European Standard Time)", "2026-11-30"),
     ("Sun, 29 Nov 2026 23:30:00 +0000 (UTC)", "2026-11-30"),  # 00:30 on the 30th in Denmark
     ("Mon, 30 Nov 2026 10:00:00 GMT (GMT)", "2026-11-30")],
)  # fmt: skip
def test_a_mail_date_with_a_comment_is_read(written: str, expected: str) -> None:
    assert day(written) == expected
    assert date_like(written)  # `hub adapters suggest` drafts such a column as a date


def test_the_weekday_is_still_checked() -> None:
    with pytest.raises(TransformError) as caught:
        day("Tue, 30 Nov 2026 10:00:00 +0100 (CET)")
    assert caught.value.reason_en == (
        "the weekday does not match the date: 'Tue, 30 Nov 2026 10:00:00 +0100 (CET)' is a Monday"
    )


def test_a_day_the_month_lacks_is_still_no_such_day() -> None:
    with pytest.raises(
        TransformError, match="no such day: 'Mon, 31 Nov 2026 10:00:00 \\+0100 \\(CET\\)' is 31"
    ):
        day("Mon, 31 Nov 2026 10:00:00 +0100 (CET)")


@pytest.mark.parametrize(
    "written",
    ["Mon, 30 Nov 2026 10:00:00 +0100 (CET",  # the comment not closed
     "Mon, 30 Nov 2026 10:00:00 +0100 (a (b) c)",  # nested: no program writes it
     "Mon, 30 Nov 2026 10:00:00 CET (CET)",  # the zone itself still an offset or GMT
     "(CET) Mon, 30 Nov 2026 10:00:00 +0100"],
)  # fmt: skip
def test_the_rest_must_still_read(written: str) -> None:
    with pytest.raises(TransformError, match="not a date"):
        day(written)
