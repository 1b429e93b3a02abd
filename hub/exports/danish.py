"""How the company's export and form say things to Danish readers: dates, weeks, phones, model names.

Only for what people read (PDF, XLSX labels); the JSON keeps ISO dates and the canonical codes.
"""

from __future__ import annotations

from datetime import date, datetime

from hub.exports.danish_clock import danish_time
from hub.periods import PeriodError, parse_period

_MONTHS = "januar februar marts april maj juni juli august september oktober november december".split()

COOPERATION_MODELS = {
    "fixed_places": "Faste pladser",
    "standing_offer": "Stående tilbud",
    "on_demand": "Efter behov",
    "cluster": "Klynge af arbejdssteder",
}
MENTOR_MODELS = {
    "company_mentor": "Mentor ansat i virksomheden",
    "social_mentor": "Socialmentor",
    "jobcentre_mentor": "Mentor fra jobcentret",
}


def short_date(day: date | None) -> str:
    """`03.08.2026`, the way Danish forms write a date; "" for none."""
    return f"{day:%d.%m.%Y}" if day else ""


def date_range(first: date, last: date) -> str:
    """`13.04.–12.07.2026` within one year, `28.12.2026 – 08.01.2027` across two."""
    if first.year == last.year:
        return f"{first:%d.%m.}–{short_date(last)}"
    return f"{short_date(first)} – {short_date(last)}"


def long_date(day: date) -> str:
    """`3. august 2026`."""
    return f"{day.day}. {_MONTHS[day.month - 1]} {day.year}"


def long_moment(moment: datetime) -> str:
    """`4. december 2026 kl. 11.15` in Danish time, as `long_date` writes the day (and as the audit
    bundle's README says when it was made)."""
    return danish_time(moment.isoformat())


def period_name(label: str) -> str:
    """`august 2026`, `3. kvartal 2026`; the label itself when it is not a period the hub knows."""
    try:
        return parse_period(label).describe("da")
    except PeriodError:
        return label


def week_number(iso_week: str) -> tuple[int, int] | None:
    """(2026, 32) for "2026-W32"; None for anything else."""
    year, _, week = iso_week.partition("-W")
    if len(year) == 4 and year.isdigit() and week.isdigit():
        return int(year), int(week)
    return None


def week_label(iso_week: str, year: int | None = None) -> str:
    """`uge 32` for "2026-W32" (`uge 1/2027` when its year is not `year`); the text as given otherwise."""
    parsed = week_number(iso_week)
    if parsed is None:
        return iso_week
    week_year, week = parsed
    return f"uge {week}" if year in (None, week_year) else f"uge {week}/{week_year}"


def weeks_text(iso_weeks: tuple[str, ...], year: int | None = None) -> str:
    """`uge 32, 33, 34` for consecutive labels of one year; each week's own label otherwise."""
    labels = [week_label(w, year) for w in iso_weeks]
    if labels and all(label.startswith("uge ") and "/" not in label for label in labels):
        return "uge " + ", ".join(label[4:] for label in labels)
    return ", ".join(labels)


def later_weeks_note(last_week: str, period_label: str) -> str:
    """What the mentor hours form says when the period's weeks after `last_week` were left out, not begun
    when it was made: `Skemaet har ugerne til og med uge 49. De senere uger i december 2026 er …`."""
    period = parse_period(period_label)
    if date.fromisoformat(last_week + "-4") < period.start:  # the week belongs to the period before
        return f"Ingen af ugerne i {period.describe('da')} er begyndt endnu; de kommer på næste skema."
    week = week_label(last_week, period.start.year)
    return (
        f"Skemaet har ugerne til og med {week}. De senere uger i {period.describe('da')} er ikke "
        "begyndt endnu og kommer på næste skema."
    )


def phone(number: str) -> str:
    """`+45 20 00 02 03` for a Danish E.164 number, so that it can be read aloud; others as given."""
    if number.startswith("+45") and len(number) == 11 and number[3:].isdigit():
        digits = number[3:]
        return "+45 " + " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    return number


def model_name(names: dict[str, str], code: str) -> str:
    """The Danish name of a cooperation or mentor model; the code itself when it has none."""
    return names.get(code, code)
