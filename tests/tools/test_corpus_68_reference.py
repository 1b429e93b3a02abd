"""The corpus runner's reference leaves out a radio group whose value names a state none of its buttons can
draw (corpus-68, decision 0025 stop 59). iText's `ParentTreeTest` forms save `/V /English` beside buttons
drawing `/english`, `/french` and `/dutch`; the hub reads such a group as no choice, "Off" (decision 0060,
seventeenth trial), and the reference counted that as a value read otherwise. A group whose value a
button draws is compared."""

from __future__ import annotations

from radio_form_support import radio_form
from simulator_support import fixture_script

from hub.adapters.readers.pdf import read_pdf_unsandboxed

child = fixture_script("pdf_corpus_child")


def _form() -> bytes:
    """Two radio groups: "sprog" holds /English, its buttons draw english and french; "svar" holds /ja."""
    return radio_form(
        [
            ("sprog", "English", [("english", "Off"), ("french", "Off")]),
            ("svar", "ja", [("ja", "ja"), ("nej", "Off")]),
        ]
    )


def test_a_radio_value_no_button_draws_is_not_compared() -> None:
    data = _form()
    assert child.pikepdf_values(data) == {"svar": ["ja"]}
    assert child.values_differ(read_pdf_unsandboxed(data, "form.pdf"), child.pikepdf_values(data)) == []
