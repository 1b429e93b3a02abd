"""A timesheet's week may hold hours with four decimals (the schema's `Hours`: `0.8333`, 50 minutes typed
as the decimal hours they are); the payments' lines round to hundredths by their rule (decision 0009), but
a figure that is the sender's own week or sheet must not be shown, paid as a gap or written to a file
rounded in silence (fixes-132). Expected figures by hand from the week's `0.8333`."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from hub.exports.company_json import gap_json
from hub.exports.company_model import CompanyGap
from hub.exports.facts import Dated, PlacementFacts, Timesheet
from hub.exports.gaps import Gap, hours_gaps
from hub.exports.payment_report import gap_dict
from hub.periods import parse_period
from hub.quantities import hours_figure, hours_fixed_text
from hub.services.stored_notices import said


def _after_end(hours: str) -> Gap:
    # Ended Friday 14 August 2026; week 34 (17–23 August, its Thursday in August) lies wholly after it.
    sheet = Timesheet((("2026-W33", D("3")), ("2026-W34", D(hours))), "Mads")
    facts = PlacementFacts(
        "P-1", "159", "Navn", "1900000101", "Falck Søborg", date(2026, 6, 1), date(2027, 3, 31),
        timesheets=(sheet,), ended=Dated(date(2026, 8, 14)),
    )  # fmt: skip
    [gap] = [g for g in hours_gaps(facts, parse_period("2026-08")) if g.kind == "after_end"]
    return gap


def test_a_week_of_four_decimals_after_the_end_is_said_as_written() -> None:
    gap = _after_end("0.8333")
    assert gap.hours == D("0.8333")
    assert gap.reason_en == "0.8333 hours logged in 2026-W34, after the placement ended on 2026-08-14"
    assert gap.reason_da == "0,8333 timer skrevet i uge 34 2026, efter praktikken sluttede 14. aug. 2026"


def test_the_payment_report_writes_the_gaps_hours_as_written() -> None:
    assert gap_dict(_after_end("0.8333"))["hours"] == "0.8333"
    assert gap_dict(_after_end("2.125"))["hours"] == "2.125"


def test_the_companys_file_writes_the_gaps_hours_as_written() -> None:
    gap = CompanyGap("P-1", "Navn", "Gladsaxe", "after_end", D("0.8333"), "en", "da", "do", "gør")
    assert gap_json(gap)["hours"] == "0.8333"


def test_an_unsigned_timesheets_notice_says_its_hours_as_written() -> None:
    notice = said("P-1", D("12.0833"))
    assert "its 12.0833 hours are not counted" in notice["message"]
    assert "dens 12,0833 timer" in notice["message_da"]


def test_two_decimals_or_fewer_keep_the_payments_two() -> None:
    # Guards: the lines' and most weeks' figures are written as before.
    assert [hours_figure(D(v)) for v in ("3", "2.5", "0.25", "1234.50")] == [
        "3.00",
        "2.50",
        "0.25",
        "1234.50",
    ]
    assert hours_fixed_text(D("1000"), "da") == "1.000,00"
    assert hours_fixed_text(D("1000.0625"), "en") == "1,000.0625"
    assert _after_end("3").reason_en.startswith("3.00 hours logged in 2026-W34")
