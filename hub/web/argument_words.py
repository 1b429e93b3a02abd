"""A bad argument to the API said for people (decision 0016, stop 44).

A query parameter is named as a developer must send it (`period`), with what it is in the line's own
language, and the reason follows as a whole sentence: "Parameteren 'period' (perioden, fx 2026-10)
mangler." rather than "period: Feltet mangler.", an English name before a Danish sentence about a
"field". The upload's `files` part likewise ("Delen 'files' (…) mangler."). A choice in the upload's
form is said as the upload's own refusals say theirs (`FieldProblem.describe`: "formularen / kommune:
…"), since a caseworker on the upload page reads it.

`PARAMETERS` words every query parameter of the served spec; a test walks it, so a new parameter without
words fails there, not in front of a user.

Where one municipality's claim period decides which periods an operation takes (its completeness, bundle
and claim, `/municipalities/<code>/…`), the period's words name that kind with an example of it: Ballerup
claims per quarter, and "e.g. 2026-10" sent its auditor to a month it could not open (stop 47).
"""

from __future__ import annotations

from typing import Any

from flask import has_request_context, request

from hub.errors import HubError
from hub.services.registry import registry
from hub.web.guard import current
from hub.web.query_once import is_repeat

# The name as the API spells it: (English, Danish) words for what it is. No limits here: the reason
# says them ("Skal være mellem 1 og 100."), and words repeating a limit would drift from it.
_AGREEMENT = ("the agreement's id, e.g. falck-hovedstaden", "aftalens id, fx falck-hovedstaden")
_MUNICIPALITY = ("the municipality's code, e.g. 159", "kommunens kode, fx 159")
PARAMETERS: dict[str, tuple[str, str]] = {
    "action": ("the start of the entries' action, e.g. read.", "starten af posternes handling, fx read."),
    "actor": ("who, a username or cli, worker, demo", "hvem, et brugernavn eller cli, worker, demo"),
    "agreement": _AGREEMENT,
    "agreement_id": _AGREEMENT,
    "lang": ("the language, da or en", "sproget, da eller en"),
    "files": ("the documents, one part per file", "dokumenterne, én del pr. fil"),
    "final": ("whether it is processed", "om den er færdigbehandlet"),  # the reason says true/false
    "format": ("the file format", "filformatet"),
    "from_size": ("the tree size of the checkpoint you kept", "træstørrelsen i det kontrolpunkt, du gemte"),
    "municipality_code": _MUNICIPALITY,
    "page": ("which page of the list, from 1", "hvilken side af listen, fra 1"),
    "per_page": ("rows a page", "rækker pr. side"),
    "period": ("the period, e.g. 2026-10, 2026-Q4 or 2026-H2", "perioden, fx 2026-10, 2026-Q4 eller 2026-H2"),
    "since": ("the first day, e.g. 2026-09-01", "den første dag, fx 2026-09-01"),
    "subject": ("what the entries are about, e.g. record:42", "hvad posterne handler om, fx record:42"),
    "sent_as": ("the name the file was sent again under", "navnet, som filen blev sendt igen under"),
    "to_size": (
        "the tree size of the later checkpoint, e.g. your new bundle's",
        "træstørrelsen i det senere kontrolpunkt, fx din nye revisionspakkes",
    ),
    "until": ("the last day, included, e.g. 2026-09-30", "den sidste dag, med, fx 2026-09-30"),
    "until_id": (
        "the newest number in the list when its first page was read",
        "det nyeste nummer i listen, da dens første side blev læst",
    ),
}
# The period's words where a municipality's claim period decides its kind (`claim_period` in its config).
PERIOD_OF_KIND: dict[str, tuple[str, str]] = {
    "month": ("the period, a month, e.g. 2026-10", "perioden, en måned, fx 2026-10"),
    "quarter": ("the period, a quarter, e.g. 2026-Q4", "perioden, et kvartal, fx 2026-Q4"),
    "half_year": ("the period, a half-year, e.g. 2026-H2", "perioden, et halvår, fx 2026-H2"),
}
# What a name is, by where it is sent: (English, Danish).
_KINDS = {"query": ("Query parameter", "Parameteren"), "files": ("Part", "Delen")}
# webargs' reasons that are the point of the sentence, said as its verb rather than after a colon.
_MISSING = "Missing data for required field."
UNKNOWN = "Unknown field."


# A query parameter with a code of its own for a value written right that cannot be asked for (a period
# not begun: `bad_period`; a tree size past the log's: `bad_tree_size`): a value of it written wrong or
# left out answers that code too, so that one code (and its documented status) says "this parameter", as
# `problems` does, whichever check refused it. An integrator had `unprocessable_entity` for "2026-13" and
# `bad_period` for next month (decision 0016, "Stop 60: api-71"). Refusals of several parameters at once,
# an unknown one, or one repeated stay `unprocessable_entity`: no one parameter's code says them.
OWN_CODES = {"period": "bad_period", "from_size": "bad_tree_size", "to_size": "bad_tree_size"}


def own_code(problems: list[dict[str, Any]]) -> str | None:
    """The one parameter's own code (`OWN_CODES`) that every problem of a 422 is about; None otherwise."""
    codes = {
        OWN_CODES.get(str(p.get("field")))
        if p.get("locator") == "query"
        and p.get("reason_en") != UNKNOWN
        and not is_repeat(str(p["reason_en"]))
        else None
        for p in problems
    }
    return codes.pop() if len(codes) == 1 and None not in codes else None


def parameter_words(name: str, language: str, period_kind: str | None = None) -> str:
    """What the query parameter (or upload part) `name` is, in words of `language` ("" when unknown);
    given the kind of period the operation takes (`asked_period_kind`), `period` is said as one of it."""
    found = PERIOD_OF_KIND.get(period_kind or "") if name == "period" else None
    found = found or PARAMETERS.get(name)
    return "" if found is None else found[1 if language == "da" else 0]


def asked_period_kind() -> str | None:
    """The kind of period the request's operation takes where the asker's municipality's claim period
    decides it: an operation of a municipality (`/municipalities/<code>/…`) asked by a user of it, who
    alone may ask it (`scope.municipality`). None elsewhere: payments and the company's files take any."""
    who = current() if has_request_context() else None
    code = (request.view_args or {}).get("municipality") if who is not None else None
    if who is None or not code or code != who.municipality:
        return None
    try:
        return registry().get(str(code)).audit.claim_period
    except HubError:  # a code no config knows: the words for any period
        return None


def argument_messages(problems: list[dict[str, Any]], as_written: bool = False) -> tuple[str, str]:
    """The 422's `message` and `message_da` from its problems (`FieldProblem.answer` dicts): a sentence
    each, naming its argument (the period as the request's operation takes it, `asked_period_kind`).
    `as_written`: the hub's own reasons, whose first word is kept as it is ("Gladsaxe Kommune claims per
    month"), where webargs' ("Not a valid integer.") is lowered after the parameter's name."""
    kind = asked_period_kind()
    return (
        " ".join(_sentence(p, "en", kind, as_written) for p in problems),
        " ".join(_sentence(p, "da", kind, as_written) for p in problems),
    )


def _sentence(
    problem: dict[str, Any], language: str, period_kind: str | None = None, as_written: bool = False
) -> str:
    da = language == "da"
    reason = str(problem["reason_da" if da else "reason_en"])
    name = str(problem.get("field") or "")
    kind = _KINDS.get(str(problem.get("locator")))
    if kind is None or not name:
        # As `FieldProblem.describe` says a problem: the place, the field in words, then why.
        field = (problem.get("field_da" if da else "field_en") or name) if name else ""
        where = " / ".join(p for p in (problem.get("locator_da" if da else "locator"), field) if p)
        return _ended(f"{where}: {reason}" if where else reason)
    named = f"{kind[1] if da else kind[0]} '{name}'"
    said = parameter_words(name, language, period_kind)
    described = f"{named} ({said})" if said else named
    if problem["reason_en"] == _MISSING:
        return f"{described} mangler." if da else f"{described} is missing."
    if problem["reason_en"] == UNKNOWN:
        return f"{named} findes ikke her." if da else f"{named} is not one this operation takes."
    return _ended(f"{described}: {reason if as_written else _lowered(reason)}")


def _lowered(reason: str) -> str:
    """A reason after a colon: its first word in lower case, unless it is an abbreviation (`CPR-…`)."""
    if len(reason) > 1 and reason[0].isupper() and reason[1].islower():
        return reason[0].lower() + reason[1:]
    return reason


def _ended(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."
