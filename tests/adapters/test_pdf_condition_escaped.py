"""A form's condition (`[[forms.require]]`, `equals`/`one_of`) against a PDF value written with escapes
(decision 0061, "Stop 66: fixes-100"): a literal string's `\\(`, `\\)` and octal escapes are undone by the
reader, so the condition compares the decoded text; hyperref's escaped UTF-16 state name is compared as
the word it spells on both sides, as `map` compares it (decision 0025, "Stop 65: fixes-97"), so a
condition naming the escapes or the word holds for a document read now and for an extraction kept before
stop 65 (what `hub reprocess` maps). Skanderborg's agreement, its config given one condition."""

from __future__ import annotations

import io
import warnings
from dataclasses import replace
from typing import Any

import pikepdf
import pytest
from onboarding_trial import trial_registry
from pipeline import ROOT

from hub.adapters.language.config_parts import Condition
from hub.adapters.mapping.form import map_form
from hub.adapters.pipeline import recognise
from hub.adapters.readers import READ_OPTIONS, extract
from hub.adapters.readers.base import Extraction
from hub.errors import Rejection

AGREEMENT = ROOT / "tests" / "onboarding" / "golden" / "skanderborg" / "praktikaftale.pdf"
# The purpose as the file writes it: a literal string with escaped brackets and octal å (345) and æ (346).
LITERAL = rb"(Afklaring \(3 dage\) p\345 v\346rksted)"
DECODED = "Afklaring (3 dage) på værksted"
# Aktivitetsparat as hyperref names the state, and as an extraction kept before stop 65 holds it.
ESCAPED = r"\376\377\000A\000k\000t\000i\000v\000i\000t\000e\000t\000s\000p\000a\000r\000a\000t"


def _agreement() -> bytes:
    """The agreement with its purpose (`formaal`) written as `LITERAL`: saved with a placeholder of the
    same length, uncompressed, and the placeholder's bytes replaced, so no offset moves."""
    with pikepdf.open(AGREEMENT) as pdf:
        title = b"\xfe\xff" + "formaal".encode("utf-16-be")
        field = next(f for f in pdf.Root.AcroForm.Fields if bytes(f.T) == title)
        field.V = pikepdf.String(b"Q" * (len(LITERAL) - 2))
        out = io.BytesIO()
        with warnings.catch_warnings():  # of the visitation's buttons the list misses: the form's own
            warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
            pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.disable, compress_streams=False)
    placeholder = b"(" + b"Q" * (len(LITERAL) - 2) + b")"
    assert out.getvalue().count(placeholder) == 1
    return out.getvalue().replace(placeholder, LITERAL)


DATA = _agreement()


def _mapped(condition: Condition, extraction: Extraction | None = None) -> Any:
    """The record of the agreement (or of `extraction`, one kept) under Skanderborg's config with
    `condition` added; or the problems (where, English)."""
    config = trial_registry().get("skanderborg")
    now = extract(DATA, "aftale.pdf", READ_OPTIONS)
    form, _ = recognise(config, now, "aftale.pdf", DATA, {})
    form = replace(form, require=(*form.require, condition))
    try:
        return map_form(extraction or now, form, "ef" * 32, "aftale.pdf", config.code).record
    except Rejection as refused:
        return [(p.locator, p.reason_en) for p in refused.problems]


def _kept() -> Extraction:
    """The extraction as kept before stop 65: the visitation's state as its escapes."""
    now = extract(DATA, "aftale.pdf", READ_OPTIONS)
    assert next(v.value for v in now.values if v.key == "visitation") == "Aktivitetsparat"
    return replace(
        now, values=tuple(v._replace(value=ESCAPED) if v.key == "visitation" else v for v in now.values)
    )


@pytest.mark.parametrize(
    "condition",
    [Condition(source="formaal", equals=DECODED), Condition(source="formaal", one_of=("x", DECODED.upper()))],
)
def test_a_condition_compares_a_literal_strings_decoded_text(condition: Condition) -> None:
    assert _mapped(condition)["visitation"] == "aktivitetsparat"


def test_a_condition_not_met_quotes_the_decoded_text() -> None:
    assert _mapped(Condition(source="formaal", equals="Afklaring")) == [
        (
            'field "formaal" ("Formål:") on page 1',
            f"condition not met: formaal is '{DECODED}', expected 'Afklaring'",
        )
    ]


@pytest.mark.parametrize(
    ("condition", "kept"),
    [(Condition(source="visitation", equals=ESCAPED), False),  # a condition naming the escapes, read now
     (Condition(source="visitation", one_of=("Jobparat", ESCAPED)), False),
     (Condition(source="visitation", equals="Aktivitetsparat"), True),  # the word, over a kept extraction
     (Condition(source="visitation", one_of=("Jobparat", "aktivitetsparat")), True),
     # a regex, tried on the word as `equals` compares it (decision 0061, "Stop 66: fixes-102")
     (Condition(source="visitation", matches="Aktivitets.*"), True),
     (Condition(source="visitation", matches="(?i)jobparat|aktivitetsparat"), True),
     (Condition(source="visitation", matches="Aktivitets.*"), False)],
)  # fmt: skip
def test_a_condition_on_an_escaped_state_holds_in_either_spelling(condition: Condition, kept: bool) -> None:
    assert _mapped(condition, _kept() if kept else None)["visitation"] == "aktivitetsparat"


def test_another_state_is_still_not_met() -> None:
    (problem,) = _mapped(Condition(source="visitation", equals="Jobparat"))
    assert problem[1] == "condition not met: visitation is 'Aktivitetsparat', expected 'Jobparat'"
    (problem,) = _mapped(Condition(source="visitation", equals="Jobparat"), _kept())
    assert problem[1].startswith("condition not met: visitation is '\\376\\377\\000A")
    (problem,) = _mapped(Condition(source="visitation", matches="Job.*"), _kept())
    assert problem[1].startswith("condition not met: visitation is '\\376\\377\\000A")
    assert problem[1].endswith("expected a value matching Job.*")
