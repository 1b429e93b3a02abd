"""What `hub agreements load` changed in a stored agreement, said after its `loaded` line: new payment
terms and the day they take effect, and municipalities added or taken out. A load that changes the rate
from a later day said only `loaded falck-hovedstaden`, the same as a load that changed nothing, so the
lead could not see from the command that the terms (or the day) were the ones meant (decision 0063).
English then Danish on one line, as `hub ingest`'s lines are."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from hub.datewords import day_da
from hub.exports.payment_report import BASIS_NAMES
from hub.exports.text import number
from hub.models import Agreement
from hub.quantities import hours_a_week
from hub.schemas.municipalities import municipality_name
from hub.services.agreement_terms import Version, history


@dataclass(frozen=True)
class Before:
    """A stored agreement as it was before the load: its versions of the terms and its municipalities."""

    versions: list[Version]
    codes: frozenset[str]


def snapshot(session: Session) -> dict[str, Before]:
    """Every stored agreement as it is now (a handful of rows), to compare with after the load."""
    return {
        row.id: Before(history(row), frozenset(m.municipality_code for m in row.municipalities))
        for row in session.query(Agreement)
    }


def lines(session: Session, agreement_id: str, before: Before | None) -> list[str]:
    """What the load changed in the agreement, one line each; none for a new agreement or no change."""
    row = session.get(Agreement, agreement_id)
    if row is None or before is None:
        return []
    out = []
    versions = history(row)
    # A municipality added or taken out without places starts a version that prices alike: its own line
    # below says so, and the terms said again unchanged would read as a change of them.
    if _priced(versions[-1]) != _priced(before.versions[-1]):
        out.append(_terms(versions[-1]))
    codes = {m.municipality_code for m in row.municipalities}
    for code in sorted(codes - before.codes):
        name = municipality_name(code)
        out.append(f"municipality {code} ({name}) added / kommune {code} ({name}) tilføjet")
    for code in sorted(before.codes - codes):
        name = municipality_name(code)
        out.append(f"municipality {code} ({name}) taken out / kommune {code} ({name}) taget ud")
    return out


def _priced(version: Version) -> tuple[object, ...]:
    """What a version says about money, without its days or which municipalities it lists."""
    places = {code: n for code, n in version.places.items() if n is not None}
    return (
        version.basis,
        version.hourly_rate_dkk,
        version.hours_per_week,
        places,
    )


def _terms(version: Version) -> str:
    """`terms from 2026-11-01: occupied places, 290.00 DKK/hour × 3 hours a week / vilkår fra 1. nov.
    2026: besatte pladser, 290,00 kr./time × 3 timer om ugen`."""
    said = {lang: _words(version, lang) for lang in ("en", "da")}
    if version.valid_from is None:
        return f"terms: {said['en']} / vilkår: {said['da']}"
    since_en, since_da = version.valid_from.isoformat(), day_da(version.valid_from)
    return f"terms from {since_en}: {said['en']} / vilkår fra {since_da}: {said['da']}"


def _words(version: Version, lang: str) -> str:
    words = BASIS_NAMES[lang][version.basis]
    if version.hourly_rate_dkk is not None:
        unit = "kr./time" if lang == "da" else "DKK/hour"
        rate = f"{number(version.hourly_rate_dkk, lang)} {unit}"
        words += (
            f", {rate} × {hours_a_week(version.hours_per_week, lang)}"
            if version.hours_per_week
            else f", {rate}"
        )
    places = [f"{code}: {n}" for code, n in sorted(version.places.items()) if n is not None]
    if places:
        words += f"; {'pladser' if lang == 'da' else 'places'} " + ", ".join(places)
    return words
