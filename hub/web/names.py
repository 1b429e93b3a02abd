"""What the pages call the hub's codes: form types, why a version was made, payment bases, worker states,
the canonical enums' values (outcome, benefit, mentor's employer) and the adapters' transforms.

The codes stay in the data and the API (`mentor_hours`, `occupied_places`); a person reads words, in the
page's language. A code without a name here is shown as it is, never as an error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from flask import Flask
from flask_babel import get_locale, gettext
from flask_babel import lazy_gettext as _l

from hub.schemas.field_names import field_name
from hub.schemas.municipalities import municipality_name
from hub.web.values import record_value

FORM_TYPES = {
    "placement": _l("Placement agreement"),
    "mentor_support": _l("Mentor support grant"),
    "mentor_hours": _l("Mentor hours"),
    "progress_report": _l("Progress report"),
    "placement_end": _l("End of placement"),
}
VERSION_REASONS = {
    "submitted": _l("received"),
    "reprocessed": _l("read again after an adapter change"),
    "reapplied": _l("kept current: received after the version before it"),
}
PAYMENT_BASES = {
    "occupied_places": _l("per occupied place"),
    "fixed_per_place": _l("fixed per place"),
    "none": _l("no payment"),
}
OUTCOME_NAMES = {
    "ordinary_job": _l("Ordinary job"),
    "education": _l("Education"),
    "flexjob": _l("Flexjob"),
    "rehabilitation_team": _l("Rehabilitation team"),
    "other_municipal_offer": _l("Other municipal offer"),
    "internship_other_company": _l("Internship at another company"),
    "long_term_sick": _l("Long-term sick"),
    "stopped_other": _l("Stopped for other reasons"),
    "": _l("No outcome stated"),  # an end form whose outcome was left blank (seed 002 counts them too)
}
BENEFITS = {
    "kontanthjaelp": _l("Cash benefit"),
    "uddannelseshjaelp": _l("Education benefit"),
    "sygedagpenge": _l("Sickness benefit"),
    "ledighedsydelse": _l("Flexjob unemployment benefit"),
    "ressourceforloebsydelse": _l("Resource programme benefit"),
    "selvforsoergende": _l("Self-supporting"),
    "unknown": _l("Unknown"),
}
VISITATIONS = {
    "jobparat": _l("Job-ready"),
    "aktivitetsparat": _l("Activity-ready"),
    "uddannelsesparat": _l("Education-ready"),
}
EMPLOYERS = {
    "company": _l("The company"),
    "jobcentre": _l("The job centre"),
}
# The canonical paths whose value is a code, and the names of their codes (a record page's values).
VALUE_NAMES: dict[str, Mapping[str, object]] = {
    "form_type": FORM_TYPES,
    "mentor.employer": EMPLOYERS,
    "benefit": BENEFITS,
    "visitation": VISITATIONS,
    "outcome": OUTCOME_NAMES,
}
WORKER_STATES = {
    "idle": _l("idle"),
    "busy": _l("busy"),
    "started": _l("started"),
    "suspended": _l("suspended"),
}


# The adapter language's transforms, as a caseworker reads what was done to a value; the call itself
# (`checked(values={...})`, which quotes the form's own words) is `hub explain`'s, for whoever wrote the
# config.
TRANSFORMS = {
    "digits": _l("digits only"),
    "upper": _l("capitals"),
    "lower": _l("small letters"),
    "date": _l("read as a date"),
    "epoch_date": _l("read as a date from a count of seconds since 1970"),
    "squash_date": _l("read as a date from a moment written as 17 digits"),
    "week": _l("read as a week"),
    "hours": _l("read as hours"),
    "money": _l("read as an amount"),
    "integer": _l("read as a whole number"),
    "phone": _l("read as a phone number"),
    "join": _l("joined"),
    "map": _l("translated by a table"),
    "checked": _l("the box ticked"),
    "regex": _l("picked out by a pattern"),
    "default": _l("a default value"),
    "last_day": _l("the last day, counted from the start for the length"),
    "hours_minutes": _l("hours and minutes read as hours"),
    # A workbook's number in a General cell read as Excel's day number (`workbook_days`), before `date`.
    "excel_day_number": _l("read as an Excel day number"),
    # Steps the hub adds itself: days summed into ISO weeks (`hub.adapters.mapping.lists`), a computed
    # field (`sum:entries.hours`), the company's participant id looked up (`hub.services.participants`).
    "iso_week": _l("turned into its week"),
    "sum": _l("added up"),
    "participant": _l("looked up by participant id"),
}


def transform_name(call: str) -> str:
    """A transform as applied (`date`, `map(default='x', values=...)`, `sum:entries.hours`) in the
    page's words."""
    return str(TRANSFORMS.get(call.split("(", 1)[0].split(":", 1)[0], call))


def value_name(path: str, value: str) -> str | None:
    """A record's value in the page's words when its field holds a code (`mentor_hours`, `company`), or
    None for a value shown as it is (an empty one too: a blank outcome stays blank on a record)."""
    if path == "municipality_code" and value:
        # A municipality by its name, as everywhere else on the pages; its code beside it for the expert.
        try:
            return f"{municipality_name(value).removesuffix(' Kommune')} ({value})"
        except ValueError:
            return None
    names = VALUE_NAMES.get(path)
    return None if names is None or not value or value not in names else str(names[value])


# The jobs' descriptions as `hub.jobs` writes them (English, for rq and the workers' logs), to be said in
# the page's language; one not matched is shown as it is.
_PROCESS = re.compile(r"process submissions (\d+)\.\.(\d+) \((\d+)\)")
_REBUILD = re.compile(r"rebuild the dashboard of (\S+)")


def job_description(text: str | None) -> str:
    """A job's description in the page's language."""
    if found := _PROCESS.fullmatch(text or ""):
        if found[1] == found[2]:  # one submission: "330..330 (1)" said it three times
            return gettext("process submission %(id)s", id=found[1])
        return gettext(
            "process submissions %(first)s..%(last)s (%(n)s)", first=found[1], last=found[2], n=found[3]
        )
    if found := _REBUILD.fullmatch(text or ""):
        return gettext("rebuild the dashboard of %(agreement)s", agreement=found[1])
    return text or ""


def page_field_name(path: str) -> str:
    """A canonical path in the page's language (`hub.schemas.field_names`)."""
    return field_name(path, get_locale().language if get_locale() else "en")


def _named(table: Mapping[str, object]) -> Callable[[str | None], str]:
    def name(code: str | None) -> str:
        return str(table.get(code or "", code or ""))

    return name


def init_app(app: Flask) -> None:
    """The names as template globals: `form_type_name`, `reason_name`, `basis_name`, `worker_state_name`,
    `value_name`, `record_value`, `transform_name`, `field_name`, `job_description`."""
    app.add_template_global(_named(FORM_TYPES), "form_type_name")
    app.add_template_global(_named(VERSION_REASONS), "reason_name")
    app.add_template_global(_named(PAYMENT_BASES), "basis_name")
    app.add_template_global(_named(WORKER_STATES), "worker_state_name")
    app.add_template_global(job_description, "job_description")
    app.add_template_global(transform_name, "transform_name")
    app.add_template_global(value_name, "value_name")
    app.add_template_global(record_value, "record_value")
    app.add_template_global(page_field_name, "field_name")
