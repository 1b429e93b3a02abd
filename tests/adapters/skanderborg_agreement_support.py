"""Skanderborg's agreement (the forty-first trial's XeLaTeX/xdvipdfmx form) with one field's /V changed by
pikepdf, read under Skanderborg's config: the tests of how a PDF value the reader marks is refused at its
field and page (`test_pdf_garbled_values`, `test_pdf_box_value_damaged`, `test_pdf_excel_error_text`)
build it one way."""

from __future__ import annotations

import io
import warnings
from typing import Any

import pikepdf
from onboarding_trial import trial_registry
from pipeline import ROOT

from hub.adapters.language.golden import canonical_records
from hub.errors import Rejection

AGREEMENT = ROOT / "tests" / "onboarding" / "golden" / "skanderborg" / "praktikaftale.pdf"


def agreement_outcome(name: str, saved: Any) -> Any:
    """The agreement with its field `name` (hyperref writes the names in UTF-16: compared as read) holding
    `saved` (bytes: a string; None: as saved): its record, or the problems (path, where, English, Danish)."""
    with pikepdf.open(AGREEMENT) as pdf:
        if saved is not None:
            field = next(f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == name)
            field.V = pikepdf.String(saved) if isinstance(saved, bytes | str) else saved
        out = io.BytesIO()
        with warnings.catch_warnings():  # of the visitation's buttons the list misses: the form's own
            warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
            pdf.save(out)
    try:
        return canonical_records(trial_registry().get("skanderborg"), out.getvalue(), "aftale.pdf")
    except Rejection as refused:
        return [(p.field, p.locator, p.reason_en, p.reason_da) for p in refused.problems]
