"""The record page in words, on a copy of the lived demo: a value that is a code (form type, mentor's
employer, benefit, outcome), the steps the hub adds to a value's provenance (the company's participant
id looked up, a sum) and a computed value's origin are said in the page's language, never as the
canonical code or the config language's syntax; the code stays in a title for whoever needs it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import lxml.html
import pytest
from accounts import csrf_token
from flask import Flask
from page_support import client_of, everyone_on_a_copy
from sqlalchemy import select

from hub.adapters.mapping.checkbox_marks import is_checked
from hub.adapters.mapping.provenance import computed_text
from hub.extensions import db
from hub.models import Placement, Record, RecordVersion, Submission


@pytest.fixture(scope="module")
def demo(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp("record-words")) as app:
        yield app


def _record(app: Flask, form_type: str, from_company: bool) -> int:
    """Falck Hovedstaden's first record of a form type, sent by the company or by a municipality."""
    with app.app_context():
        query = (
            select(Record.id)
            .join(Placement, Placement.id == Record.placement_id)
            .join(RecordVersion, RecordVersion.record_id == Record.id)
            .join(Submission, Submission.id == RecordVersion.submission_id)
            .where(Placement.agreement_id == "falck-hovedstaden", Record.form_type == form_type)
            .where(RecordVersion.version == Record.current_version)
            .where(
                Submission.agreement_id.is_not(None) if from_company else Submission.agreement_id.is_(None)
            )
        )
        found = db.session.scalars(query.order_by(Record.id)).first()
        assert found is not None, form_type
        return found


def _current_version(record_id: int) -> RecordVersion:
    """The record's current version (in an app context)."""
    return db.session.scalars(
        select(RecordVersion).join(Record).where(Record.id == record_id)
        .where(RecordVersion.version == Record.current_version)
    ).one()  # fmt: skip


def _rows(html: str) -> dict[str, lxml.html.HtmlElement]:
    """The values table's rows by canonical path."""
    tree = lxml.html.fromstring(html)
    return {row.get("data-path"): row for row in tree.xpath('//table[@id="values"]//tr[@data-path]')}


def _said(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def test_a_placements_codes_are_said_in_danish_and_kept_in_the_title(demo: Flask) -> None:
    html = client_of(demo, "lead-gladsaxe").get(f"/records/{_record(demo, 'placement', False)}").text
    rows = _rows(html)
    value = {path: row.xpath("./td")[0] for path, row in rows.items()}
    assert (_said(value["form_type"]), value["form_type"].get("title")) == ("Praktikaftale", "placement")
    assert _said(value["mentor.employer"]) in ("Virksomheden", "Jobcentret")
    assert value["mentor.employer"].get("title") in ("company", "jobcentre")
    assert _said(value["benefit"]) in {
        "Kontanthjælp",
        "Uddannelseshjælp",
        "Sygedagpenge",
        "Ledighedsydelse",
        "Ressourceforløbsydelse",
        "Selvforsørgende",
        "Ukendt",
    }
    if value["visitation"].get("title"):
        assert _said(value["visitation"]) in ("Jobparat", "Aktivitetsparat", "Uddannelsesparat")
    # The municipality by name, not only its code (Herlev, Gladsaxe, …: "Kommune 163" said nothing).
    falck = {"Gladsaxe (159)", "Ballerup (151)", "Herlev (163)", "Høje-Taastrup (169)", "Furesø (190)"}
    said = _said(value["municipality_code"])
    assert said in falck and said.endswith(f"({value['municipality_code'].get('title')})")
    # A value that is no code is shown as it is, without a title.
    assert value["citizen.name"].get("title") is None and _said(value["citizen.name"])


def test_an_end_forms_outcome_is_said_in_words(demo: Flask) -> None:
    html = client_of(demo, "lead-gladsaxe").get(f"/records/{_record(demo, 'placement_end', False)}").text
    cell = _rows(html)["outcome"].xpath("./td")[0]
    assert cell.get("title") and _said(cell) != cell.get("title") and "_" not in _said(cell)


def test_the_companys_form_says_what_the_hub_did_in_words(demo: Flask) -> None:
    html = client_of(demo, "lead-gladsaxe").get(f"/records/{_record(demo, 'mentor_hours', True)}").text
    rows = _rows(html)
    # The company names its intern by participant id; the hub looked the citizen and site up by it.
    cpr = _said(rows["citizen.cpr"])
    assert "derefter slået op efter deltager-id" in cpr and "participant" not in cpr
    total = rows["total_hours"]
    assert "beregnet: summen af timer på alle linjer" in _said(total) and "lagt sammen" in _said(total)
    assert "sum:" not in _said(total)
    # The config's rule for whoever wrote it, in the locator's title.
    assert total.xpath('.//span[@class="locator"]/@title') == ["sum:entries.hours"]


def test_the_computed_origin_is_said_in_english_on_an_english_page(demo: Flask) -> None:
    assert computed_text("sum:entries.hours") == (
        "computed: the sum of hours on every line",
        "beregnet: summen af timer på alle linjer",
    )
    client = client_of(demo, "lead-gladsaxe")
    client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client, "/login")})
    html = client.get(f"/records/{_record(demo, 'mentor_hours', True)}").text
    rows = _rows(html)
    assert "then looked up by participant id" in _said(rows["site.p_number"])
    assert "computed: the sum of hours on every line" in _said(rows["total_hours"])
    assert _said(rows["form_type"].xpath("./td")[0]) == "Mentor hours"


def _box_sources(html: str, path: str) -> list[lxml.html.HtmlElement]:
    return _rows(html)[path].xpath('.//span[@class="box-mark"]')


@pytest.mark.parametrize(
    ("lang", "ticked", "unticked", "read_as"),
    [
        ("da", "afkrydset", "ikke afkrydset", "læst som"),
        ("en", "checked", "not checked", "read as"),
    ],
)
def test_a_box_is_said_ticked_or_not_and_its_pdf_state_is_kept_in_the_title(
    demo: Flask, lang: str, ticked: str, unticked: str, read_as: str
) -> None:
    # Gladsaxe's placement form reads the benefit from ten PDF checkboxes (`checked`): each box's state,
    # "Yes" or "Off", used to be shown as "læst som Yes" / "læst som Off".
    client = client_of(demo, "lead-gladsaxe")
    if lang == "en":
        client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client, "/login")})
    html = client.get(f"/records/{_record(demo, 'placement', False)}").text
    boxes = _box_sources(html, "benefit")
    assert len(boxes) > 1
    for box in boxes:
        raw = box.get("title").removeprefix(f"{read_as} ")
        assert _said(box) == (ticked if is_checked(raw) else unticked)
    assert {_said(box) for box in boxes} == {ticked, unticked}
    said = _said(_rows(html)["benefit"])
    assert f"{read_as} Yes" not in said and f"{read_as} Off" not in said


# Danish month abbreviations as a Danish reader writes them (CLDR's medium form: "maj" has no dot).
_MONTHS_DA = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def _values_and_titles(html: str) -> dict[str, tuple[str, str | None]]:
    """Each value cell's text and title by canonical path."""
    return {
        path: (_said(row.xpath("./td")[0]), row.xpath("./td")[0].get("title"))
        for path, row in _rows(html).items()
    }


def _danish_decimal(canonical: str) -> str:
    whole, _, fraction = canonical.partition(".")
    fraction = fraction.rstrip("0")
    return f"{whole},{fraction}" if fraction else whole


def test_hours_and_weeks_are_written_the_danish_way_with_the_canonical_text_in_the_title(demo: Flask) -> None:
    html = client_of(demo, "lead-gladsaxe").get(f"/records/{_record(demo, 'mentor_hours', True)}").text
    values = _values_and_titles(html)
    hours = {p: v for p, v in values.items() if p.endswith("hours")}
    assert "total_hours" in hours and "entries[0].hours" in hours
    for path, (said, title) in hours.items():
        assert title is not None, path
        assert said == _danish_decimal(title), path
    said, title = values["entries[0].week"]
    assert title is not None
    year, week = title.split("-W")
    assert said == f"uge {int(week)} {year}"


def test_kroner_and_dates_are_written_the_danish_way(demo: Flask) -> None:
    html = client_of(demo, "lead-gladsaxe").get(f"/records/{_record(demo, 'mentor_support', False)}").text
    values = _values_and_titles(html)
    said, title = values["hourly_rate_dkk"]
    assert title is not None and said == title.replace(".", ",") and len(title.split(".")[1]) == 2
    for path in ("granted_on", "period.start", "period.end"):
        said, title = values[path]
        assert title is not None, path
        year, month, day = (int(part) for part in title.split("-"))
        assert said == f"{day}. {_MONTHS_DA[month - 1]} {year}", path
    # Text is shown as it is, without a title.
    assert values["mentor.name"][1] is None


def test_an_english_page_writes_hours_and_dates_the_english_way(demo: Flask) -> None:
    client = client_of(demo, "lead-gladsaxe")
    client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client, "/login")})
    values = _values_and_titles(client.get(f"/records/{_record(demo, 'mentor_hours', True)}").text)
    said, title = values["entries[0].week"]
    assert title is not None and said == f"week {int(title.split('-W')[1])} {title[:4]}"
    said, title = values["signed_on"]
    if title is not None:  # signed; English is written the British way (hub.web.i18n): "3 Aug 2026"
        year, month, day = (int(part) for part in title.split("-"))
        assert said == f"{day} {date(year, month, day):%b} {year}"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("da", "Læst med hubbens læsning {read}; dannet med opsætning og kode {mapped}."),
        ("en", "Read with the hub's reading {read}; mapped with config and code {mapped}."),
    ],
)
def test_the_hashes_it_was_made_with_end_the_sentence_with_one_full_stop(
    demo: Flask, lang: str, sentence: str
) -> None:
    # Each hash shortened to its first 12 characters, as git names a commit: "767a56…." before, an
    # ellipsis and then the sentence's full stop.
    record_id = _record(demo, "placement", False)
    with demo.app_context():
        version = _current_version(record_id)
        read, mapped = version.read_with, version.mapped_with
    assert read and mapped  # the demo's documents were read and mapped by this hub
    client = client_of(demo, "lead-gladsaxe")
    if lang == "en":
        client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client, "/login")})
    page = lxml.html.fromstring(client.get(f"/records/{record_id}").text)
    said = _said(page.get_element_by_id("made-with"))
    assert said == sentence.format(read=read[:12], mapped=mapped[:12])


def test_a_version_from_before_the_hashes_were_noted_says_so(demo: Flask) -> None:
    # Versions stored before migration 0013 have neither hash: the page answered 500 ('NoneType' object
    # is not subscriptable) where it means to say "not noted" (found by privacy-46).
    record_id = _record(demo, "progress_report", False)
    with demo.app_context():
        version = _current_version(record_id)
        version.read_with = version.mapped_with = None
        db.session.commit()
    answer = client_of(demo, "lead-gladsaxe").get(f"/records/{record_id}")
    assert answer.status_code == 200
    said = _said(lxml.html.fromstring(answer.text).get_element_by_id("made-with"))
    assert said == "Læst med hubbens læsning ikke noteret; dannet med opsætning og kode ikke noteret."
