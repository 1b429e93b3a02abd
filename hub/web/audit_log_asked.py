"""What an address of the audit-log page or its udtræk asks for: the filter (action, actor, subject, from
day, to day), what is wrong with it said at its field, and the newest entry the pager's links hold the list
at (`until_id`). Read alike by the operator's page (`audit_log`) and a municipality's own
(`audit_log_own`); `hub audit log` reads its options itself.
"""

from __future__ import annotations

import re
from datetime import date

from flask import request
from flask_babel import gettext as _

from hub.services.audit_list import Filter

TEXTS = ("action", "actor", "subject")
DAYS = ("since", "until")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # what a date field sends; `fromisoformat` takes more shapes


def asked() -> tuple[Filter, dict[str, str]]:
    """The filter the address asks for, and what is wrong with it by field (said at the field)."""
    text = {name: request.args.get(name, "").strip() for name in (*TEXTS, *DAYS)}
    wrong: dict[str, str] = {}
    days: dict[str, date | None] = dict.fromkeys(DAYS)
    for name in DAYS:
        if not text[name]:
            continue
        try:
            if not _ISO_DAY.fullmatch(text[name]):
                raise ValueError(text[name])
            days[name] = date.fromisoformat(text[name])
        except ValueError:
            wrong[name] = _(
                "'%(typed)s' is not a day: write it as year-month-day, e.g. 2026-09-01.", typed=text[name]
            )
    first, last = days["since"], days["until"]
    if first is not None and last is not None and first > last:
        wrong["until"] = _(
            "The last day (%(last)s) is before the first (%(first)s): no entry can be in both. Swap them.",
            first=text["since"],
            last=text["until"],
        )
    return Filter(text["action"], text["actor"], text["subject"], first, last), wrong


def until_id() -> int | None:
    """The `until_id` the pager's links carry, None where there is none or it is no id (then the newest)."""
    text = request.args.get("until_id", "")
    # ASCII digits only (`isdigit` is true of "²"), and within PostgreSQL's bigint
    return int(text) if text.isascii() and text.isdigit() and 0 < int(text) < 2**63 else None
