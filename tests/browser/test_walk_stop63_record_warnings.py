"""In Chromium, the record page's warnings of stop 63 (pdf-77) on the trials' own forms: a radio group
chosen in its saved value whose buttons draw nothing (Hedensted's agreement as PDFKit made it), and a
dropdown whose box draws every line of its list (Norddjurs' second agreement as TCPDF made it). Each is
said once, under the value's source, in the page's language, on a desktop and on a phone, axe clean
(the walk of stop 63, walk-82)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from accounts import add_user
from conftest import ROOT, make_app
from flask import Flask
from page_support import accepted
from playwright.sync_api import Locator, Page, expect
from sqlalchemy import select

from hub.extensions import db
from hub.models import Record
from hub.services import agreements
from hub.services.user_parties import Party

GOLDEN = ROOT / "tests" / "onboarding" / "golden"
PHONE = {"width": 375, "height": 740}

# Each trial's company as its form names it, in an agreement of its municipality alone: the form's site
# must be a site of an agreement the sender is part of for the form to be stored.
AGREEMENT = """id = "{id}"
name = "{name}"
lead_municipality = "{code}"
partner_municipalities = []
cooperation_model = "fixed_places"

[company]
cvr = "{cvr}"
name = "{name}"

[[sites]]
p_number = "{p_number}"
name = "{name}"
places = 2

[contacts.company.primary]
name = "Mentor Eksempel"
email = "mentor@example.dk"
phone = "+4520000101"

[contacts.jobcentre.primary]
name = "Anders Eksempel"
email = "jobcenter@example.dk"
phone = "+4520000103"
municipality_code = "{code}"

[mentor]
model = "company_mentor"
description = "A mentor at the company."

[payment]
basis = "occupied_places"
hourly_rate_dkk = "275.00"
hours_per_week = "3.0"
"""

# (slug, municipality, the form, its company's CVR and site as the form writes them, the field warned of)
FORMS = {
    "hedensted": ("766", "praktikaftale.pdf", "31842077", "1022334455", "mentor.employer"),
    "norddjurs": ("707", "praktikaftale_jobcenter.pdf", "29183740", "1019384756", "benefit"),
}
# Written from pdf-77's messages (decision 0025, "Stop 63: pdf-77") and the forms: Hedensted's
# `mentor.ansat` holds `(virksomhed)` with buttons drawing nothing; Norddjurs' `ydelse` holds `UDH`, its
# box drawing the five benefits of its /Opt in order.
FIVE = "'Kontanthjælp', 'Uddannelseshjælp', 'Sygedagpenge', 'Ledighedsydelse', 'Ressourceforløbsydelse'"
SAID = {
    ("hedensted", "da"): "blanketten tegner intet her: den, der åbner filen, ser intet valgt; læst fra "
    "feltets gemte værdi",
    ("hedensted", "en"): "the form draws nothing here: whoever opens the file sees nothing chosen; read from "
    "the field's saved value",
    ("norddjurs", "da"): f"rullelisten tegner {FIVE} på siden, ikke kun den læste linje: et PDF-program, der "
    "viser tegningen, kan vise en anden linje end den valgte; læst fra feltets gemte værdi",
    ("norddjurs", "en"): f"the dropdown draws {FIVE} on the page, not only the line read: a PDF program that "
    "shows the drawing may show another line than the one chosen; read from the field's saved value",
}


@pytest.fixture(scope="module")
def trials_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """An app reading the trials' configs, with an agreement for each form's site, each form stored, and
    a caseworker of each municipality."""
    tmp = tmp_path_factory.mktemp("trials")
    app = make_app(tmp, MUNICIPALITIES_DIR=str(ROOT / "tests" / "onboarding" / "config"))
    folder = tmp / "agreements"
    folder.mkdir()
    for slug, (code, _form, cvr, p_number, _) in FORMS.items():
        text = AGREEMENT.format(id=slug, name=f"Praktiksted {slug}", code=code, cvr=cvr, p_number=p_number)
        (folder / f"{slug}.toml").write_text(text, encoding="utf-8")
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(folder), "test")
    for slug, (code, form, *_) in FORMS.items():
        accepted(app, (GOLDEN / slug / form).read_bytes(), form, slug)
        add_user(app, f"kommune-{slug}", "municipality", Party(municipality=code))
    yield app
    with app.app_context():
        db.engine.dispose()


def _record_id(app: Flask, code: str) -> int:
    with app.app_context():
        return db.session.scalars(select(Record.id).where(Record.municipality_code == code)).one()


@pytest.mark.parametrize("viewport", [None, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("slug", list(FORMS))
def test_the_record_page_says_what_a_viewer_does_not_show(
    trials_app: Flask,
    signed_in_page: Callable[..., Page],
    axe_check: Callable[[Page], None],
    slug: str,
    lang: str,
    viewport: dict[str, int] | None,
) -> None:
    code, _, _, _, path = FORMS[slug]
    page = signed_in_page(f"kommune-{slug}", app=trials_app, lang=lang)
    if viewport:
        page.set_viewport_size(viewport)
    page.goto(f"/records/{_record_id(trials_app, code)}")
    warnings = page.locator(".undrawn")
    expect(warnings).to_have_count(1)  # once on the page, under the one value it is about
    warning = page.locator(f'tr[data-path="{path}"] .source .undrawn')
    expect(warning).to_have_text(SAID[(slug, lang)])
    expect(warning).to_be_visible()
    assert _overlaps(warning) == {"boxes": 1, "inside": True, "above": False, "below": False}
    axe_check(page)


def _overlaps(warning: Locator) -> dict[str, object]:
    """How the warning sits among its source's lines: how many boxes it is drawn as (one, its border and
    background about all its lines), whether it fits the page's width, and whether its box reaches over
    the line above it ("read as …") or the line below ("then …"): walk-82 found a `<span class="notice">`
    drawn inline, its padding and background over the lines before and after it."""
    return dict(
        warning.evaluate(
            """w => {
              const rects = w.getClientRects(), box = w.getBoundingClientRect();
              const before = w.parentElement.querySelector("code").getBoundingClientRect();
              const after = w.parentElement.querySelector(".transforms").getBoundingClientRect();
              return {boxes: rects.length, inside: box.left >= 0 && box.right <= window.innerWidth,
                      above: box.top < before.bottom, below: box.bottom > after.top};
            }"""
        )
    )
