"""A letterhead that does not say it is one, and a page with no title but its letterhead (decision 0060,
"Stop 57: quiet-65").

A school's case system prints "Varde Erhvervsskole" (15 pt) over each form's title (12 pt): no
"Kommune" or "Jobcenter" in it, so stop 56's rule took it for the title, `hub adapters suggest` drafted
it as every form's recognise rule, and each form matched the other's. And a form whose only large text
is "Varde Kommune" was told "the file's title could not be read", when it was read: it prints none.
"""

from __future__ import annotations

from pathlib import Path

from letterhead_support import TITLES, letterhead_form, recognised
from suggest_support import drafted_config

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render


def _form(letterhead: str, title: str, size: int = 12) -> bytes:
    """A one-page form drawn with reportlab: the letterhead largest at the top, the title under it, then
    labels in the body's size left of the fields every form of the system names alike."""
    fields = [("Elev_CPR", "CPR-nummer", "150291-1234"), ("Elev_Navn", "Navn", "Amalie Hansen")]
    return letterhead_form(
        letterhead, title, size, fields, ["Aftalen er indgået mellem praktikvirksomheden og skolen."]
    )


def test_a_name_printed_over_the_title_is_its_letterhead() -> None:
    for letterhead in ("Varde Erhvervsskole", "VARDE ERHVERVSSKOLE", "Falck Danmark A/S"):
        for name, title in TITLES.items():
            assert extract(_form(letterhead, title), name, READ_OPTIONS).meta["title"] == title


def test_two_forms_under_a_school_letterhead_are_each_recognised_as_their_own(tmp_path: Path) -> None:
    forms = {name: _form("Varde Erhvervsskole", title) for name, title in TITLES.items()}
    assert recognised(forms, tmp_path) == {n: (n.removesuffix(".pdf"), t) for n, t in TITLES.items()}


def test_a_page_with_only_its_letterhead_large_is_said_to_print_no_title(tmp_path: Path) -> None:
    """Before: "the file's title could not be read", as if page 1's text were lost."""
    title = TITLES["aftale.pdf"]
    drafted = render(suggest(extract(_form("Varde Kommune", title), "a.pdf", READ_OPTIONS), "a.pdf"))
    (form,) = drafted_config(drafted.split("\n\n", 1)[1], tmp_path, "573", "varde", "Varde").forms
    assert form.recognise.title == title
    small = extract(_form("Varde Kommune", title, size=10), "a.pdf", READ_OPTIONS)  # title in body size
    assert form.mismatch(small) == (
        "page 1 prints no title (no text larger than the rest of its text, a letterhead naming an"
        f" organisation aside), so the hub could not see whether it says '{title}'",
        "side 1 har ingen titel (ingen tekst, der er større end resten af teksten, bortset fra et brevhoved"
        f" med en organisations navn), så hubben kunne ikke se, om den indeholder '{title}'",
    )
