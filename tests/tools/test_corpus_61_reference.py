"""The corpus runner's reference leaves out a radio group that has no value and shows two choices
(corpus-61, decision 0025 stop 53). iText's `radios_src2.pdf` has a group without /V whose two boxes
each show their own choice: the reference took the first ("1") and counted the hub's reading (no choice,
with what the boxes show beside it) as a value read otherwise. A group showing one choice is compared."""

from __future__ import annotations

from radio_form_support import radio_form
from simulator_support import fixture_script

from hub.adapters.readers.pdf import read_pdf_unsandboxed

child = fixture_script("pdf_corpus_child")


def _form() -> bytes:
    """Two radio groups without /V: "to" shows "ja" and "nej" both chosen, "en" shows "ja" alone."""
    return radio_form(
        [("to", None, [("ja", "ja"), ("nej", "nej")]), ("en", None, [("ja", "ja"), ("nej", "Off")])]
    )


def test_a_radio_group_showing_two_choices_without_a_value_is_not_compared() -> None:
    data = _form()
    assert child.pikepdf_values(data) == {"en": ["ja"]}
    assert child.values_differ(read_pdf_unsandboxed(data, "form.pdf"), child.pikepdf_values(data)) == []
