"""The company's forms are named alike wherever a person meets them: the picker on the company's page and
the lead's copy, the downloaded file's name and the title printed on the form itself."""

from __future__ import annotations

import io
from collections.abc import Iterator

import lxml.html
import pytest
from flask import Flask
from page_support import client_of, everyone_on_a_copy
from pypdf import PdfReader

from hub.errors import NotFound
from hub.services.company_files import require_kind


@pytest.fixture(scope="module")
def demo(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp("form-words")) as app:
        yield app


# The forms' Danish titles (the municipalities' own forms say "Ophør af virksomhedspraktik" for the last)
# and the file name each is downloaded as, ø written oe as in the municipalities' slugs.
EXPECTED = [
    ("mentor_hours", "Mentortimer", "mentortimer"),
    ("progress_report", "Statusrapport", "statusrapport"),
    ("placement_end", "Ophør af praktik", "ophoer-af-praktik"),
]
PAGES = [
    ("falck", "/company?agreement=falck-hovedstaden&period=2026-09", "/company/form"),
    ("lead-gladsaxe", "/payments?agreement=falck-hovedstaden&period=2026-09", "/payments/form"),
]


@pytest.mark.parametrize(("username", "page_url", "form_url"), PAGES)
def test_each_form_is_called_what_it_is_titled(
    demo: Flask, username: str, page_url: str, form_url: str
) -> None:
    client = client_of(demo, username)
    page = lxml.html.fromstring(client.get(page_url).get_data(as_text=True))
    options = [
        (o.get("value"), " ".join(o.text_content().split()))
        for o in page.xpath('//select[@id="form-kind"]/option')
    ]
    assert options == [(kind, words) for kind, words, _ in EXPECTED]
    for kind, words, file_word in EXPECTED:
        form = client.get(f"{form_url}?agreement=falck-hovedstaden&period=2026-09&kind={kind}&format=pdf")
        assert form.status_code == 200
        disposition = form.headers["Content-Disposition"]
        assert f'filename="skema-{file_word}-falck-hovedstaden-2026-09.pdf"' in disposition
        title = PdfReader(io.BytesIO(form.data)).metadata.title
        assert title is not None and title.startswith(f"{words}: Falck Hovedstaden")


def test_an_unknown_form_is_refused_naming_the_forms_in_danish() -> None:
    """A hand-made URL asking for a form there is not: the caseworker reads the forms' Danish titles, the
    API (English) the codes it takes; the Danish line gives each code beside its title, or a Danish
    developer learns no name to send (stop 44)."""
    with pytest.raises(NotFound) as refused:
        require_kind("timesheet")
    assert refused.value.message_da == (
        "ingen blanket 'timesheet': virksomhedens blanketter er mentortimer (mentor_hours), "
        "statusrapport (progress_report) og ophør af praktik (placement_end)"
    )
    assert refused.value.message == (
        "no form 'timesheet': the company's forms are mentor_hours, progress_report, placement_end"
    )
