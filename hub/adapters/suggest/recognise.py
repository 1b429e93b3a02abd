"""`hub adapters suggest`: how the drafted form is told from others (`[forms.recognise]`), and its form
type where its words name none."""

from __future__ import annotations

import re
from typing import Any

from hub.adapters.mapping.danish_dates import MONTHS
from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.fields import FieldSuggestion, mask_cpr
from hub.adapters.suggest.form_votes import field_votes, most_named
from hub.adapters.suggest.tables import TablePlan
from hub.adapters.suggest.words import has

_GENERIC = re.compile(
    # The names form tools give fields by kind and number: Acrobat, LibreOffice and Word, Danish or English
    # (LibreOffice's controls in its Danish and English user interface: `Datofelt 1`, `Date Field 1`, ...;
    # Scribus's PDF fields numbered with every item of the document: `Textfield3`, `Afkrydsningsboks39`).
    r"(tekstfelt|textfield|text|felt|field|kontrolfelt|afkrydsningsfelt|check ?box|gruppe|group|"
    r"radio ?button|radio|radioknap|valg|choice|option|knap|button|kombinationsfelt|combo ?box|listefelt|"
    r"list ?box|afkrydsningsboks|komboboks|listeboks|"
    r"dropdown|signature ?field|signature|signaturfelt|signatur|text ?box|alternativknap|option ?button|"
    r"(?:dato|tids|valuta|mønster|numerisk ?|formateret ?)felt|(?:date|time|currency|pattern|numeric|"
    r"formatted) ?field)\s*\d*",
    re.IGNORECASE,
)


# A month written out ("Mentortimer marts 2026") is as much the export's period as its digits are.
_MONTH_NAMES = "|".join(name for name in MONTHS if len(name) > 3 or name == "maj")
_DATED = re.compile(rf"\S*\d\S*|\b(?:{_MONTH_NAMES})\b", re.IGNORECASE)


def lasting(title: str) -> str:
    """The part of a title line a recognise rule can rely on: the longest run of words without digits
    or a month's name. An export's title carries its date or period ("..., Jobcenter Fanø, 31-03-2026",
    "Mentortimer marts 2026"), which the next export will not; a title that is little but digits is kept
    whole (CPR numbers masked)."""
    parts = [part.strip(" ,;:.-–") for part in _DATED.split(title)]
    best = max(parts, key=len)
    return best if len(best) >= 4 else mask_cpr(title)


def type_from_fields(candidates: list[Candidate], plans: list[TablePlan]) -> tuple[str, str]:
    """The form type its fields give when its words name none: a table of days or weeks with hours is a
    timesheet; else the kind most fields name (`form_votes`: scores a progress report, an outcome an end
    form, a CVR number a placement); else a placement (no word)."""
    hours = hours_table(plans)
    if hours:
        return "mentor_hours", hours
    voted = most_named(field_votes(candidates))
    return voted if voted and voted[0] != "placement" else ("placement", "")


def hours_table(plans: list[TablePlan]) -> str:
    """The hours column of a table of days or weeks with hours (`Man-Fre` for a week's day columns): what
    makes a form a timesheet; "" when no table has one."""
    hours = next((plan.list_columns["hours"] for plan in plans if "hours" in plan.list_columns), None)
    grid = next((plan.days for plan in plans if plan.days and plan.list_columns), None)
    return hours or (f"{grid[0]}-{grid[-1]}" if grid else "")


def support_or_its_hours(
    form_type: str, type_word: str, plans: list[TablePlan], named: str
) -> tuple[str, str]:
    """A form its words name mentor support that holds a table of days or weeks with hours is the
    support's timesheet: "Mentorstøtte, timer for december 2026" over a row a week (decision 0060, "Stop
    66: trial-100"). A grant of the support states its hours a week and rate, never a table of hours
    worked; the form's kind and word are kept otherwise, and where its title or file name (`named`) names
    it a grant: "Bevilling af mentorstøtte" may list the hours granted week by week, a plan, not a
    timesheet (decision 0068, "Stop 66: review-101")."""
    grant = has(named, "bevilling")
    hours = hours_table(plans) if form_type == "mentor_support" and not grant else ""
    return ("mentor_hours", hours) if hours else (form_type, type_word)


def recognise_table(fields: list[FieldSuggestion], plans: list[TablePlan]) -> dict[str, Any]:
    """A table's own headers, of fields drafted from it; those every form has (CPR, P-number) last."""
    common = ("citizen.cpr", "site.p_number")
    drafted = [f for f in fields if f.path and f.selectors[0].startswith(("under:", "column:"))]
    drafted.sort(key=lambda f: f.path in common)
    headers = [f.selectors[0].split(":", 1)[1] for f in drafted][:3]
    if not headers:
        return {}
    if any(plan.mode == "items" for plan in plans):
        return {"contains": headers}  # an item's column: selectors read inside items only
    return {"fields": [f"under:{h}" for h in headers]}


def recognise_pdf(title: str, keys: list[str]) -> dict[str, Any]:
    """The printed title where the form has one, with descriptive field names if any.

    Generic names ("Tekstfelt14") are the same on every form a tool makes, so they tell nothing apart;
    the title printed at the top does. Without a title, the fields that are most likely distinctive.
    """
    if not title:
        return {"fields": _distinctive(keys)}
    named = [k for k in keys if not _GENERIC.fullmatch(k)]
    return {"title": mask_cpr(title), **({"fields": named[:2]} if named else {})}


def _distinctive(keys: list[str]) -> list[str]:
    """Two or three field names likely to tell this form from others: descriptive ones, else the last."""
    named = [k for k in keys if not _GENERIC.fullmatch(k)]
    if len(named) >= 2:
        return named[:3]
    numbered = sorted(
        (k for k in keys if k not in named), key=lambda k: [int(n) for n in re.findall(r"\d+", k)]
    )
    return (named + numbered[::-1])[:3]
