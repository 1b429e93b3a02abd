"""A period asked for in a page's URL (`?period=2026-09`; the dashboards' old `?month=` too), read one way.

Every page reads it here, so that every page takes the same spellings (spaces around it dropped, an
empty one meaning the default) and refuses the same things in the same words: a text that is no period
(`hub.periods.parse_period`'s "ikke en periode …"), then a period not begun ("… ligger i fremtiden"), then
only where the page's subject asks for one kind, a period of another kind, saying the rule that asks for
it. The company's export and form are made for any period (a month, a quarter, a half-year), as `hub
export company`, `hub form company` and the API make them: the company's page and the lead's copy of its
files take the same periods (decision 0062, stop 40).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import request

from hub.access import Principal
from hub.periods import Period, default_period, local_today, parse_period
from hub.services import audit_page


@dataclass(frozen=True)
class KindRule:
    """A page's reason for one kind of period, in English (the API's `message`) and Danish."""

    kind: str
    en: str
    da: str


# What is made per month, said as a rule of the thing rather than by a page's name.
PAYMENTS_MONTHLY = KindRule("month", "payments are worked out per month", "betalingerne opgøres pr. måned")
BOARD_MONTHLY = KindRule(
    "month", "the dashboard shows one month at a time", "overblikket viser én måned ad gangen"
)


def asked_text(arg: str = "period") -> str:
    """What the URL gives for `arg`, spaces around it dropped ("" when not given)."""
    return request.args.get(arg, "").strip()


def last_whole_month(today: date) -> Period:
    """Each page's default: `hub.periods.default_period`, the one the CLI and the API take too."""
    return default_period(today)


def asked_period(arg: str = "period", rule: KindRule | None = None, today: date | None = None) -> Period:
    """The period `?arg=` asks for, else the last whole month; refused when it is no period, has not
    begun, or (with `rule`) is of another kind than the rule asks for."""
    today = today or local_today()
    text = asked_text(arg)
    period = parse_period(text) if text else last_whole_month(today)
    period.require_started(today)
    if rule is not None:
        period.require_kind_by(rule.kind, rule.en, rule.da)
    return period


def asked_claim_period(who: Principal) -> Period:
    """One of the user's municipality's claim periods that has ended (`?period=`), else the newest."""
    return audit_page.audited_period(who, asked_text() or audit_page.newest(who))
