"""The company's export as JSON in the canonical names: ISO dates, canonical codes, one intern per line.

The head (agreement, contacts, period) is small and written at once; interns and due items are written
one at a time as their iterables yield them, so 10,000 interns cost no more memory than ten.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any, BinaryIO

from hub.exports.company_asked import asked_words
from hub.exports.company_model import CompanyExport, CompanyGap, DueItem, Intern, Person
from hub.exports.company_redact import redact_export
from hub.exports.danish_clock import in_danish_time
from hub.quantities import hours_figure


def write_company_json(export: CompanyExport, out: BinaryIO) -> None:
    """Write the export as one UTF-8 JSON object, streaming its interns, due items and gaps in one pass."""
    export = redact_export(export)
    out.write(b"{\n")
    for key, value in export_head(export).items():
        text = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        out.write(f'  "{key}": {text},\n'.encode())
    _write_array(out, "interns", (intern_json(i) for i in export.interns))
    out.write(b",\n")
    _write_array(out, "due", (due_json(d) for d in export.due))
    out.write(b",\n")
    _write_array(out, "gaps", (gap_json(g) for g in export.gaps))
    out.write(b"\n}\n")


def export_head(export: CompanyExport) -> dict[str, Any]:
    """Everything but the interns and the due items, in the canonical names."""
    return {
        "agreement": {
            "id": export.agreement_id,
            "name": export.agreement_name,
            "company": {"cvr": export.company_cvr, "name": export.company_name},
            "cooperation_model": export.cooperation_model,
            "mentor_model": export.mentor_model,
            "sites": [
                {
                    "p_number": site.p_number,
                    "name": site.name,
                    "places": site.places,
                    "occupied": site.occupied,
                    "empty_since": _iso(site.empty_since),
                }
                for site in export.sites
            ],
        },
        "contact": {
            "primary": person_json(export.contact),
            "backup": person_json(export.backup) if export.backup else None,
        },
        "company_contact": person_json(export.company_contact),
        "period": {
            "label": export.period_label,
            "start": export.period_start.isoformat(),
            "end": export.period_end.isoformat(),
        },
        "as_of": export.as_of.isoformat(),
        # In Danish time, with its offset: the moment is exact for a program, the clock a Dane's.
        "made_at": in_danish_time(export.made_at).isoformat(),
    }


def person_json(person: Person) -> dict[str, str]:
    """A contact person."""
    return {
        "name": person.name,
        "email": person.email,
        "phone": person.phone,
        "organisation": person.organisation,
    }


def intern_json(intern: Intern) -> dict[str, Any]:
    """One intern: participant id, never a CPR number."""
    return {
        "participant_id": intern.participant_id,
        "citizen": {"name": intern.name},
        "municipality": intern.municipality,
        "site": {"p_number": intern.p_number, "name": intern.site_name},
        "period": {"start": intern.start.isoformat(), "end": intern.end.isoformat()},
        "ended_on": _iso(intern.ended_on),
        "ends_on": _iso(intern.ends_on),
        "mentor": {"name": intern.mentor_name},
    }


def due_json(item: DueItem) -> dict[str, Any]:
    """One thing due: the form type (canonical name), by when, whether (and since when) it is overdue,
    and the weeks it covers."""
    return {
        "participant_id": item.participant_id,
        "citizen": {"name": item.name},
        "form_type": item.kind,
        "due_on": item.due_on.isoformat(),
        # The page's "forfalden siden …" and the files' note, by the one flag (`company_due.said_late`, a
        # report owed from an earlier month): a program read only `due_on` and had to guess the clock.
        "overdue_since": item.due_on.isoformat() if item.overdue else None,
        "weeks": list(item.weeks),
        "payment_waiting": _waiting(item),
    }


def _waiting(item: DueItem) -> dict[str, str] | None:
    """The month whose payment waits for a week of a later month's form, and the files' words of it."""
    words = asked_words(item)
    if words is None or item.waits is None:
        return None
    return {"period": item.waits, "note_en": words[0], "note_da": words[1]}


def gap_json(gap: CompanyGap) -> dict[str, Any]:
    """One gap between granted and delivered hours: the reason and what the company can do, in English
    and Danish as the payments' gaps are (`reason_en`, `reason_da`); hours as the payments write them."""
    return {
        "participant_id": gap.participant_id,
        "citizen": {"name": gap.name},
        "kind": gap.kind,
        "hours": hours_figure(gap.hours) if gap.hours is not None else None,
        "reason_en": gap.reason_en,
        "reason_da": gap.reason_da,
        "action_en": gap.action_en,
        "action_da": gap.action_da,
    }


def _write_array(out: BinaryIO, key: str, items: Iterable[dict[str, Any]]) -> None:
    out.write(f'  "{key}": ['.encode())
    separator = b"\n    "
    for item in items:
        out.write(separator + json.dumps(item, ensure_ascii=False).encode())
        separator = b",\n    "
    out.write(b"]" if separator == b"\n    " else b"\n  ]")


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None
