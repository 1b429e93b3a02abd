"""Payments as a table for people: a table per municipality with its total and its gaps, then the
agreement's total, in Danish or English, streamed as the lines arrive (`payment_report` says how)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import IO

from hub.exports.danish import short_date
from hub.exports.gaps import Gap
from hub.exports.payment_report import BASIS_NAMES, MunicipalTotals, PaymentHeader
from hub.exports.payments import PaymentLine
from hub.exports.text import number, table
from hub.quantities import hours_a_week

# A line's amount is the refund the payments page and the dashboard call "Refusion (kr.)" / "Refund
# (DKK)": one name for one figure (was "beløb" / "amount"), in the table's lower case.
REFUND = {"da": "refusion (kr.)", "en": "refund (DKK)"}
_HEAD = {
    "da": (
        "deltager",
        "plads",
        "navn",
        "sted",
        "fra",
        "til",
        "dage",
        "bevilget",
        "leveret",
        "kan kræves",
        "sats",
        REFUND["da"],
    ),
    "en": (
        "participant",
        "place",
        "name",
        "site",
        "from",
        "to",
        "days",
        "granted",
        "delivered",
        "claimable",
        "rate",
        REFUND["en"],
    ),
}


def _cells(line: PaymentLine, lang: str) -> list[str]:
    empty = "ledig" if lang == "da" else "empty"
    return [
        line.participant_id or empty,
        "" if line.place is None else str(line.place),
        line.name or "",
        line.site_name,
        # Danish dates in the Danish table, as its notes write them (`03.08.–31.08.2026`).
        *(short_date(day) if lang == "da" else day.isoformat() for day in (line.first_day, line.last_day)),
        str(line.days_active),
        *(
            number(v, lang)
            for v in (
                line.granted_hours,
                line.delivered_hours,
                line.claimable_hours,
                line.hourly_rate_dkk,
                line.amount_dkk,
            )
        ),
    ]


def write_text(
    header: PaymentHeader,
    items: Iterable[PaymentLine | Gap],
    totals: Callable[[], Mapping[str, MunicipalTotals]],
    out: IO[str],
    lang: str = "da",
) -> None:
    """A table per municipality, its total, and its gaps; then the agreement's total."""
    da = lang == "da"
    basis = BASIS_NAMES[lang][header.basis]
    terms = ""
    if header.hourly_rate_dkk is not None:
        unit = "kr./time" if da else "DKK/hour"
        # Hours a week as every page and text for people write them (`hub.quantities`).
        a_week = hours_a_week(header.hours_per_week, lang) if header.hours_per_week is not None else "—"
        terms = f", {number(header.hourly_rate_dkk, lang)} {unit} × {a_week}"
    title = "betaling" if da else "payment"
    out.write(f"{header.agreement_name} · {header.period.describe(lang)} · {title}: {basis}{terms}\n")
    if header.basis == "none":
        out.write(
            "Aftalen betaler ingen mentorstøtte: intet at betale.\n"
            if da
            else "The agreement pays no mentor support: nothing to pay.\n"
        )
        return
    current: str | None = None
    rows: list[list[str]] = []
    gaps: list[Gap] = []

    def close() -> None:
        if current is None:
            return
        sums = totals()[current]
        out.write(f"\n{sums.name} ({current})\n")
        out.write(
            table(_HEAD[lang], rows, right=range(6, 12)) + "\n"
            if rows
            else ("ingen linjer\n" if da else "no lines\n")
        )
        label = "i alt" if da else "total"
        out.write(
            f"{label}: {number(sums.amount_dkk, lang)} {'kr.' if da else 'DKK'}"
            f" ({number(sums.claimable_hours, lang)} {'timer' if da else 'hours'})\n"
        )
        for gap in gaps:
            out.write(f"  ! {gap.participant_id}: {gap.reason_da if da else gap.reason_en}\n")

    seen: set[str] = set()
    for item in items:
        if item.municipality_code != current:
            close()
            current, rows, gaps = item.municipality_code, [], []
            seen.add(current)
        if isinstance(item, Gap):
            gaps.append(item)
        else:
            rows.append(_cells(item, lang))
    close()
    for code in totals():
        if code not in seen:  # a municipality with no placement in the period still shows
            current, rows, gaps = code, [], []
            close()
    total = sum((t.amount_dkk for t in totals().values()), Decimal("0.00"))
    label = "Aftalen i alt" if da else "Agreement total"
    out.write(f"\n{label}: {number(total, lang)} {'kr.' if da else 'DKK'}\n")
