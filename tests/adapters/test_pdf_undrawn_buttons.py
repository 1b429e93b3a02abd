"""A radio group read as chosen from its saved value whose buttons draw nothing (PDFKit's: no appearance at
all, decision 0060, "Stop 62: trial-78"): the form is read as before, and the value's source says that
whoever opens the file sees nothing chosen, on the record page in both languages (decision 0025, "Stop 63:
pdf-77, a button chosen that draws nothing").

On Hedensted's placement agreement as PDFKit made it: `mentor.ansat` holds `(virksomhed)`, its buttons
`virksomhed` and `jobcenter` without /AP or /AS.
"""

from __future__ import annotations

from flask import Flask, session
from flask_babel import refresh
from onboarding_trial import Trial, trial_registry
from test_unchosen_as_read import _progress_report

from hub.adapters.mapping.form_items import map_items
from hub.adapters.mapping.provenance import Provenance
from hub.adapters.readers import READ_OPTIONS, extract
from hub.web.marks import undrawn_mark

THIS = Trial("hedensted", "766", "make_fixtures_onboarding_thirtyfirst")
FORM = THIS.golden / "praktikaftale.pdf"


def _employer(data: bytes) -> tuple[str, Provenance]:
    """The agreement's mentor's employer as read, and its source."""
    config = trial_registry().get("hedensted")
    (item,) = map_items(extract(data, FORM.name, READ_OPTIONS), config.forms[0], "0" * 64, FORM.name, "766")
    (source,) = [p for p in item.mapped.provenance if p.path == "mentor.employer"]
    return item.mapped.record["mentor"]["employer"], source


def test_a_button_chosen_that_draws_nothing_is_read_and_said(app: Flask) -> None:
    """Before: read "company", its source saying nothing of a page that shows no button chosen."""
    employer, source = _employer(FORM.read_bytes())
    assert (employer, source.raw_value, source.locator.get("undrawn")) == ("company", "virksomhed", True)
    with app.test_request_context():  # Danish, the caseworker's language unless they chose English
        assert undrawn_mark(source) == (
            "blanketten tegner intet her: den, der åbner filen, ser intet valgt; læst fra feltets gemte værdi"
        )
        session["lang"] = "en"
        refresh()  # the page's language is worked out once a request
        assert undrawn_mark(source) == (
            "the form draws nothing here: whoever opens the file sees nothing chosen; read from the field's "
            "saved value"
        )


def test_a_button_drawn_chosen_says_nothing_more() -> None:
    """Gentofte's progress report, its attendance a radio group whose buttons draw their states, the
    button `3` chosen and shown: its source says nothing more, as before."""
    (attendance,) = [
        v for v in extract(_progress_report("3"), "status.pdf", READ_OPTIONS).values if v.key == "fremmoede"
    ]
    assert (attendance.value, attendance.meta["type"], "undrawn" in attendance.meta) == ("3", "radio", False)
