"""A form's title in English title case over a Danish subtitle (decision 0060, "Stop 58: quiet-66").

A case system drawing its forms with reportlab prints each form's English title largest at the top
("Internship Agreement", 15 pt) and one Danish subtitle under it (12 pt), the same on every form. Stop
57 read a text of a name's shape (capitalised words, no small word) over a larger-than-body sentence as
a letterhead, so the subtitle was read as each form's title: `hub adapters suggest` drafted it as both
forms' recognise rule, each form matched the other's, and a config giving the title the page shows was
refused ("its title is 'Virksomhedspraktik efter ...'"). A text naming what a document is (an
"Agreement", a "Timesheet", one of the hub's forms in English) is now a title, never a name; a
letterhead of a name's shape over the same subtitle is still one.
"""

from __future__ import annotations

from pathlib import Path

from letterhead_support import letterhead_form, recognised

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract

SUBTITLE = "Virksomhedspraktik efter lov om en aktiv beskæftigelsesindsats"
TITLES = {"agreement.pdf": "Internship Agreement", "end.pdf": "Internship End Form"}


def _form(title: str) -> bytes:
    fields = [("Elev_CPR", "CPR-nummer", "150291-1234"), ("Elev_Navn", "Navn", "Amalie Hansen")]
    return letterhead_form(
        title, SUBTITLE, 12, fields, ["Aftalen er indgået mellem virksomheden og jobcentret."]
    )


def test_an_english_title_over_a_danish_subtitle_is_the_title() -> None:
    for title in (*TITLES.values(), "Mentor Hours Timesheet", "Progress Report"):
        assert extract(_form(title), "a.pdf", READ_OPTIONS).meta["title"] == title
    # A name over the same subtitle is still its letterhead (stop 57).
    assert extract(_form("Varde Erhvervsskole"), "a.pdf", READ_OPTIONS).meta["title"] == SUBTITLE


def test_two_forms_under_one_subtitle_are_each_recognised_by_their_own_title(tmp_path: Path) -> None:
    forms = {name: _form(title) for name, title in TITLES.items()}
    assert recognised(forms, tmp_path) == {n: (n.removesuffix(".pdf"), t) for n, t in TITLES.items()}


def test_a_title_naming_one_of_the_hubs_forms_is_the_title_though_it_names_no_document() -> None:
    """Stop 58: quiet-67. "Work Trial", "Praktik Ophør", "Status Udtalelse" have a name's shape and no
    word saying "agreement" or "form": each was taken for a letterhead and the subtitle read as its
    title. The hub's own form types, named in English and as Danish stems ending a word, make each a
    title; a company whose name only starts with one ("Praktikhuset Fyn") is still a letterhead."""
    for title in ("Work Trial", "Praktik Ophør", "Status Udtalelse", "Mentortimer Uge", "Praktikforløb Slut"):
        assert extract(_form(title), "a.pdf", READ_OPTIONS).meta["title"] == title
    for name in ("Varde Erhvervsskole", "Falck Danmark", "Praktikhuset Fyn", "Mentorhuset Odense"):
        assert extract(_form(name), "a.pdf", READ_OPTIONS).meta["title"] == SUBTITLE


def test_a_company_named_with_an_ampersand_is_a_letterhead_over_the_title() -> None:
    """Stop 59: suggest-68. "Hansen & Søn" over the subtitle had a name's shape but for its "&", which is
    no capitalised word: it was read as the title. An ampersand between two words joins a company's name,
    so each such name is its letterhead and the subtitle under it the title; a title naming its form with
    an ampersand ("Praktik & Mentor Aftale") is still one."""
    for name in ("Hansen & Søn", "Hansen & Søn A/S", "Brødrene Dahl & Co"):
        assert extract(_form(name), "a.pdf", READ_OPTIONS).meta["title"] == SUBTITLE
    assert (
        extract(_form("Praktik & Mentor Aftale"), "a.pdf", READ_OPTIONS).meta["title"]
        == "Praktik & Mentor Aftale"
    )
