"""The company reads the gaps between granted and delivered mentor hours on its page and in its export,
on a copy of the lived demo, whose planted gaps on Falck Hovedstaden (hub.demo.plants) are: August, one
week 1.5 hours above the 3 granted (so 4.5 hours); October, a placement without a timesheet."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import lxml.html
import pytest
from accounts import bearer
from flask import Flask
from openapi_schema_validator import OAS30Validator
from page_support import citizen_cprs, client_of, demo_copy_fixture, shown_cprs
from test_pages import last_event

from hub.exports.company_model import CompanyGap
from hub.services import company_files, company_gaps

demo = demo_copy_fixture("company-gaps", name="demo")
PAGE = "/company?agreement=falck-hovedstaden&period={period}"
CHECK_WEEK_DA = (
    "Tjek ugens timer på det skema, I sendte; er de forkerte, så send skemaet med mentortimer igen med de "
    "rigtige timer."
)
SEND_FORM_EN = "Send the mentor hours form for the month; write 0 in a week without mentor hours."


def _lead_gaps(app: Flask, period: str) -> list[dict[str, Any]]:
    url = f"/api/agreements/falck-hovedstaden/payments?period={period}"
    found = app.test_client().get(url, headers=bearer(app, "lead-gladsaxe")).get_json()
    return list(found["gaps"])


def _rows(html: str) -> list[dict[str, str]]:
    tree = lxml.html.fromstring(html)
    return [
        {
            "pid": row.get("data-participant"),
            "kind": row.get("data-kind"),
            "name": row.xpath("./td[1]")[0].text_content().strip(),
            "reason": " ".join(row.xpath("./td[2]")[0].text_content().split()),
            "action": " ".join(row.xpath("./td[3]")[0].text_content().split()),
        }
        for row in tree.xpath('//table[@id="gaps"]/tbody/tr')
    ]


@pytest.mark.usefixtures("demo_today")  # Tuesday 1 December 2026
def test_the_company_reads_augusts_week_above_the_grant_in_danish_with_what_to_do(demo: Flask) -> None:
    html = client_of(demo, "falck").get(PAGE.format(period="2026-08")).get_data(as_text=True)
    rows = _rows(html)
    planted = [g for g in _lead_gaps(demo, "2026-08") if g["reason_en"].startswith("4.5 hours in 2026-W")]
    assert len(planted) == 1, planted
    week = planted[0]["reason_en"].split(" in 2026-W", 1)[1].split(";", 1)[0].lstrip("0")
    mine = [r for r in rows if r["pid"] == planted[0]["participant_id"] and r["kind"] == "week_above_grant"]
    assert [(r["reason"], r["action"]) for r in mine] == [
        (
            f"4,5 timer i uge {week} 2026; bevillingen dækker 3 timer om ugen: 1,5 timer over den",
            CHECK_WEEK_DA,
        )
    ]
    # Named as the interns' table names them.
    tree = lxml.html.fromstring(html)
    names = {
        tr.get("data-participant"): tr.xpath("./td[1]")[0].text_content().strip()
        for tr in tree.xpath('//table[@id="interns"]/tbody/tr')
    }
    assert all(names[r["pid"]] == r["name"] for r in rows if r["pid"] in names)
    assert shown_cprs(html, citizen_cprs(demo, "falck-hovedstaden")) == []


@pytest.mark.usefixtures("demo_today")
def test_the_company_sees_every_gap_the_lead_sees_but_the_grants_date(demo: Flask) -> None:
    for period in ("2026-08", "2026-09", "2026-10"):
        html = client_of(demo, "falck").get(PAGE.format(period=period)).get_data(as_text=True)
        lead = {(g["participant_id"], g["kind"]) for g in _lead_gaps(demo, period)}
        told = {(r["pid"], r["kind"]) for r in _rows(html)}
        assert told == {(pid, kind) for pid, kind in lead if kind != "grant_after_start"}, period
        # Who a gap names is who the page showed, and the read is logged naming them.
        event = last_event(demo, "read.company_page")
        assert {pid for pid, _ in told} <= set(event.detail["participants"])
        # Hours, weeks and days: never an amount, which the company's page shows none of.
        gaps_text = lxml.html.fromstring(html).xpath('//table[@id="gaps"]')[0].text_content()
        assert not re.search(r"\bkr\.|\d\s*kr\b|DKK", gaps_text), period


@pytest.mark.usefixtures("demo_today")
def test_a_month_not_over_has_no_gaps_yet(demo: Flask) -> None:
    html = client_of(demo, "falck").get(PAGE.format(period="2026-12")).get_data(as_text=True)
    tree = lxml.html.fromstring(html)
    assert not tree.xpath('//table[@id="gaps"]')
    said = " ".join(tree.xpath('//p[@id="gaps-later"]')[0].text_content().split())
    assert said == "Afvigelser vises for en måned, når den er slut: månedens mentortimer sendes efter den."


@pytest.mark.usefixtures("demo_today")
def test_the_export_tells_octobers_missing_timesheet_in_english_and_danish(demo: Flask) -> None:
    url = "/company/export?agreement=falck-hovedstaden&format=json&period=2026-10"
    got = client_of(demo, "falck").get(url).get_json()
    missing = [g for g in got["gaps"] if g["kind"] == "no_timesheet"]
    lead = [g for g in _lead_gaps(demo, "2026-10") if g["kind"] == "no_timesheet"]
    assert lead and [g["participant_id"] for g in missing] == [g["participant_id"] for g in lead]
    assert all(g["reason_en"].startswith("no timesheet for October 2026, although") for g in missing)
    assert all(g["reason_da"].startswith("ingen timeseddel for oktober 2026, selv om") for g in missing)
    assert {g["action_en"] for g in missing} == {SEND_FORM_EN}
    event = last_event(demo, "export.company")
    assert {g["participant_id"] for g in got["gaps"]} <= set(event.detail["participants"])
    # The spec documents every field a gap has, each required, and the export's gaps fit it.
    spec = demo.test_client().get("/api/openapi.json").get_json()
    shape = spec["components"]["schemas"]["CompanyGapOut"]
    assert set(shape["properties"]) == set(shape["required"]) == set(got["gaps"][0])
    schema = {"$ref": "#/components/schemas/CompanyExportOut", "components": spec["components"]}
    OAS30Validator(schema).validate(got)


# An intern the roster does not name: hours logged in the period in a week after an end before it (the
# demo plants none such on Falck's agreements, so one is handed in).
STRAY = CompanyGap(
    "P-ZZZZZZZZZZZ", "Zenia Zorn", "Jobcenter Gladsaxe", "after_end", Decimal(3), "after", "efter", "-", "-"
)


@pytest.mark.usefixtures("demo_today")
def test_whoever_a_gap_names_is_logged_as_read(demo: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(company_gaps, "company_gaps", lambda *args: [STRAY])
    monkeypatch.setattr(company_files, "company_gaps", lambda *args: [STRAY])
    falck = client_of(demo, "falck")
    html = falck.get(PAGE.format(period="2026-09")).get_data(as_text=True)
    assert [r["name"] for r in _rows(html)] == ["Zenia Zorn"]
    assert "P-ZZZZZZZZZZZ" in last_event(demo, "read.company_page").detail["participants"]
    got = falck.get("/company/export?agreement=falck-hovedstaden&format=json&period=2026-09").get_json()
    assert [g["participant_id"] for g in got["gaps"]] == ["P-ZZZZZZZZZZZ"]
    assert "P-ZZZZZZZZZZZ" in last_event(demo, "export.company").detail["participants"]


@pytest.mark.usefixtures("demo_today")
def test_in_english_the_page_gives_the_english_reasons_and_actions(demo: Flask) -> None:
    falck = client_of(demo, "falck")
    with falck.session_transaction() as session:
        session["lang"] = "en"
    html = falck.get(PAGE.format(period="2026-10")).get_data(as_text=True)
    heading = lxml.html.fromstring(html).xpath('//h2[@id="gaps-heading"]')[0].text_content()
    assert heading == "Differences between granted and delivered mentor hours"
    missing = [r for r in _rows(html) if r["kind"] == "no_timesheet"]
    assert missing and all(r["reason"].startswith("no timesheet for October 2026, although") for r in missing)
    assert {r["action"] for r in missing} == {SEND_FORM_EN}
