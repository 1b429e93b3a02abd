"""The company's JSON export: canonical names and ISO dates, written by hand from `company_data`."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from company_data import DUE, HOSTILE, export, many_interns

from hub.exports.company_json import write_company_json
from hub.exports.company_model import Intern


def written(data: Any) -> dict[str, Any]:
    """The export written and parsed back."""
    out = io.BytesIO()
    write_company_json(data, out)
    return json.loads(out.getvalue().decode("utf-8"))


def test_head_in_canonical_names() -> None:
    got = written(export())
    assert got["agreement"] == {
        "id": "falck-hovedstaden",
        "name": "Falck Hovedstaden",
        "company": {"cvr": "55555559", "name": "Falck Danmark A/S"},
        "cooperation_model": "cluster",
        "mentor_model": "company_mentor",
        "sites": [
            {
                "p_number": "1900000101",
                "name": "Falck Gladsaxe, Søborg Hovedgade",
                "places": 4,
                "occupied": 3,
                "empty_since": "2026-07-14",
            },
            {
                "p_number": "1900000102",
                "name": "Falck Ballerup",
                "places": 3,
                "occupied": 3,
                "empty_since": None,
            },
            {
                "p_number": "1900000103",
                "name": "Falck Høje-Taastrup",
                "places": 3,
                "occupied": 1,
                "empty_since": "2026-06-01",
            },
        ],
    }
    assert got["contact"] == {
        "primary": {
            "name": "Åse Ørum Jæger",
            "email": "aase.joerum@gladsaxe.example.dk",
            "phone": "+4520000101",
            "organisation": "Jobcenter Gladsaxe",
        },
        "backup": {
            "name": "Bjørn Ågård",
            "email": "bjoern@ballerup.example.dk",
            "phone": "+4520000102",
            "organisation": "Jobcenter Ballerup",
        },
    }
    assert got["company_contact"] == {
        "name": "Søren Kæmpe",
        "email": "soeren@falck.example.dk",
        "phone": "+4520000103",
        "organisation": "Falck Danmark A/S",
    }
    assert got["period"] == {"label": "2026-08", "start": "2026-08-01", "end": "2026-08-31"}
    assert got["as_of"] == "2026-08-15"
    assert got["made_at"] == "2026-12-04T11:15:00+01:00"  # 10:15 UTC, in Danish winter time
    keys = ["agreement", "contact", "company_contact", "period", "as_of", "made_at", "interns", "due", "gaps"]
    assert list(got) == keys


def test_interns_and_due() -> None:
    got = written(export())
    assert got["interns"] == [
        {
            "participant_id": "P-AAAAAAAAAAA",
            "citizen": {"name": "Æble Øster-Åberg"},
            "municipality": "Jobcenter Gladsaxe",
            "site": {"p_number": "1900000101", "name": "Falck Gladsaxe, Søborg Hovedgade"},
            "period": {"start": "2026-08-03", "end": "2026-11-01"},
            "ended_on": None,
            "ends_on": None,
            "mentor": {"name": "Mads Mentor"},
        },
        {
            "participant_id": "P-BBBBBBBBBBR",
            "citizen": {"name": HOSTILE},
            "municipality": "Jobcenter Herlev",
            "site": {"p_number": "1900000102", "name": "Falck Ballerup"},
            "period": {"start": "2026-06-01", "end": "2026-08-30"},
            "ended_on": "2026-08-14",
            "ends_on": None,
            "mentor": {"name": "-Mette Minus"},
        },
        {
            "participant_id": "P-CCCCCCCCCCC",
            "citizen": {"name": "Łukasz Şahin"},
            "municipality": "Jobcenter Høje-Taastrup",
            "site": {"p_number": "1900000103", "name": "Falck Høje-Taastrup"},
            "period": {"start": "2026-07-20", "end": "2026-12-20"},
            "ended_on": None,
            "ends_on": None,
            "mentor": {"name": "Mads Mentor"},
        },
    ]
    assert got["due"] == [
        {
            "participant_id": "P-AAAAAAAAAAA",
            "citizen": {"name": "Æble Øster-Åberg"},
            "form_type": "mentor_hours",
            "due_on": "2026-09-07",
            "overdue_since": None,
            "weeks": ["2026-W32", "2026-W33"],
            "payment_waiting": None,  # no month's payment waits for these weeks
        },
        {
            "participant_id": "P-BBBBBBBBBBR",
            "citizen": {"name": HOSTILE},
            "form_type": "placement_end",
            "due_on": "2026-08-31",
            "overdue_since": None,
            "weeks": [],
            "payment_waiting": None,
        },
        {
            "participant_id": "P-CCCCCCCCCCC",
            "citizen": {"name": "Łukasz Şahin"},
            "form_type": "progress_report",
            "due_on": "2026-08-31",
            "overdue_since": None,
            "weeks": [],
            "payment_waiting": None,
        },
    ]


def test_no_backup_and_nothing_listed() -> None:
    got = written(export(interns=[], due=[], backup=None))
    assert got["contact"]["backup"] is None
    assert got["interns"] == [] and got["due"] == []


def test_letters_are_written_as_themselves() -> None:
    out = io.BytesIO()
    write_company_json(export(), out)
    assert "Åse Ørum Jæger".encode() in out.getvalue()  # UTF-8, not \u00c5 escapes


class OnePass:
    """An iterable that counts how often it is iterated, like a database cursor that can run once."""

    def __init__(self, items: Iterator[Intern]) -> None:
        self.items = items
        self.passes = 0

    def __iter__(self) -> Iterator[Intern]:
        self.passes += 1
        return self.items


def test_ten_thousand_interns_in_one_pass() -> None:
    interns = OnePass(many_interns(10_000))
    got = written(export(interns=interns, due=[]))
    assert interns.passes == 1
    assert len(got["interns"]) == 10_000
    assert got["interns"][9_999]["citizen"]["name"] == "Praktikant nr. 10000 Ærø"


def test_an_overdue_item_says_since_when() -> None:
    """A day gone by (`company_due.said_late`), or a report owed from an earlier month: the page's
    "forfalden siden 31. aug. 2026" as `overdue_since`; the others null (above)."""
    late = replace(DUE[2], overdue=True)
    [got] = written(export(due=[late]))["due"]
    assert (got["due_on"], got["overdue_since"]) == ("2026-08-31", "2026-08-31")
