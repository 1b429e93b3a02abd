"""A PDF form's title is its own, not the letterhead printed larger over it (decision 0060, "Stop 56").

The eighteenth trial's case system printed "Varde Kommune" (15 pt) over the form's title (12 pt); the
reader took the letterhead for the title, `hub adapters suggest` drafted it as the recognise rule, and
every other form under that letterhead, with the same field names, matched it too. Here two forms of one
case system are drawn with reportlab under one letterhead, each with its own title and the same fields.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from letterhead_support import TITLES, letterhead_form
from suggest_support import drafted_config

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.readers.pdf_title import is_letterhead
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

LETTERHEAD = "Varde Kommune"


def _form(title: str, size: int = 12) -> bytes:
    """A one-page form as a case system draws it: the letterhead largest at the top, the title under it,
    then labels in the body's size left of the fields, which every form of the system names alike."""
    fields = [("Borger_CPR", "CPR-nummer", "150291-1234"), ("Borger_Navn", "Navn", "Amalie Hansen")]
    return letterhead_form(
        LETTERHEAD,
        title,
        size,
        fields,
        [
            "Aftalen er indgået mellem praktikvirksomheden og jobcentret.",
            "Virksomheden giver jobcentret besked, hvis borgeren udebliver.",
        ],
    )


def _draft(name: str, title: str) -> str:
    return render(suggest(extract(_form(title), name, READ_OPTIONS), name)).split("\n\n", 1)[1]


def test_the_title_read_is_the_forms_own_not_the_letterhead_over_it() -> None:
    for name, title in TITLES.items():
        assert extract(_form(title), name, READ_OPTIONS).meta["title"] == title


def test_two_forms_under_one_letterhead_are_each_recognised_as_their_own(tmp_path: Path) -> None:
    """Before: both drafts' rule was `title = "Varde Kommune"` and the same two fields, so each form
    matched both and was refused as ambiguous."""
    drafts = [_draft(name, title) for name, title in TITLES.items()]
    config = drafted_config("\n".join(drafts), tmp_path, "573", "varde", "Varde")
    for name, title in TITLES.items():
        form = config.recognise(extract(_form(title), name, READ_OPTIONS), name)
        assert (form.id, form.recognise.title) == (name.removesuffix(".pdf"), title)


def test_a_form_with_only_its_letterhead_large_has_no_title_rather_than_the_letterhead() -> None:
    small = _form("Aftale om virksomhedspraktik", size=10)  # the title in the body's size
    assert extract(small, "aftale.pdf", READ_OPTIONS).meta.get("title") is None


@pytest.mark.parametrize(
    "text",
    [
        "Varde Kommune",
        "VARDE KOMMUNE",
        "Jobcenter Varde",
        "Ringkøbing-Skjern Kommune",
        "Region Syddanmark",
        "Varde Kommune · Jobcenter Varde",
        "Københavns Kommune, Beskæftigelsesforvaltningen",
    ],
)
def test_a_text_naming_an_organisation_alone_is_a_letterhead(text: str) -> None:
    assert is_letterhead(text)


@pytest.mark.parametrize(
    "text",
    # Titles of the kept municipalities' forms that name the municipality and say what the form is.
    [
        "Billund Kommune - Aftale om virksomhedspraktik",
        "Tårnby Kommune: Aftale om virksomhedspraktik",
        "Praktikaftale - Jobcenter Hvidovre (HV-P1)",
        "Aftale om virksomhedspraktik (LAB kapitel 11)",
        "1. Borger",
        "Kommune",
        "Jobcenter",
    ],
)
def test_a_title_that_names_its_municipality_and_says_what_it_is_is_no_letterhead(text: str) -> None:
    assert not is_letterhead(text)
