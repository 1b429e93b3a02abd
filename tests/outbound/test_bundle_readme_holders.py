"""The bundle's README says who to ask for an original not in it, per kind of document, so that its two
answers cannot be read as contradicting each other: a company's form (never enclosed, since one form
names interns of every municipality of the agreement) from the municipality its record's `"held_by"`
names, the agreement's lead; where the rule masks CPR, every other original (listed in the manifest,
`"why": "cpr_masked"`) from the municipality the bundle is for. It used to say "bed den om den" of the
first and "bed kommunen om den" of "the originals", as if of the same documents.
"""

from __future__ import annotations

from dataclasses import replace

from test_bundle_verify_words import _about

from hub.exports import bundle_readme


def _said(text: str) -> str:
    """The README's words on one line each, as a reader takes them (its lines break anywhere)."""
    return " ".join(text.split())


def _sections(cpr_rule: str) -> tuple[str, str]:
    danish, english = bundle_readme.readme(replace(_about(), cpr_rule=cpr_rule)).split("## English")
    return _said(danish), _said(english)


def test_a_company_form_is_asked_of_the_municipality_held_by_names() -> None:
    for rule in ("masked", "full"):
        danish, english = _sections(rule)
        assert (
            'Har revisionen brug for et af virksomhedens skemaer, så bed den kommune, `"held_by"` nævner, '
            "om det." in danish
        )
        assert (
            'Where the audit needs one of the company\'s forms, ask the municipality `"held_by"` names'
            in (english)
        )
        assert "bed den om den" not in danish and "ask it for the original" not in english


def test_the_other_originals_are_asked_of_the_bundles_municipality() -> None:
    danish, english = _sections("masked")
    assert "**De andre originaler, alle andre end virksomhedens skemaer, er heller ikke med" in danish
    assert "Har revisionen brug for en af dem, så bed kommunen, pakken gælder, om den" in danish
    assert "**The other originals, all but the company's forms, are not in this bundle either.**" in english
    assert "Where the audit needs one of them, ask the municipality this bundle is for" in english
    # Where the rule is full, the other originals are in the bundle: nothing to ask the municipality for.
    full_da, full_en = _sections("full")
    assert "De andre originaler" not in full_da and "The other originals" not in full_en
