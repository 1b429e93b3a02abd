"""A company's form holds no CPR number: a field that holds one refuses the form (`refuse_cpr`), and a
problem that quotes one is said with the CPR reason instead (`unquoted`).

The company never sees a CPR number, and its form says "never write CPR numbers"; one typed in anyway
must not be stored, shown on the lead's dashboard or echoed back. Apart from `participants`, which
resolves the participant id the company names its interns by: here only what a company may not write.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from hub.adapters.mapping.form import MappedForm
from hub.errors import FieldProblem, Rejection
from hub.models import Submission
from hub.pseudonyms import MASKED_WHOLLY, holds_cpr_like, mask_cpr_like

CPR_EN = (
    "looks like a CPR number: the company's form must never hold one (write names, and copy the "
    "participant id from the form the hub made)"
)
CPR_DA = (
    "ligner et CPR-nummer: virksomhedens skema må aldrig indeholde CPR-numre (skriv navne, og "
    "kopiér deltager-id'et fra den blanket, hubben lavede)"
)


def unquoted(problems: Sequence[FieldProblem]) -> list[FieldProblem]:
    """A company's problems with every one that quotes what looks like a CPR number ("not a number:
    '180276-1234'" from a cell that could not be read) replaced by the CPR reason, at the same place:
    the value is never stored with the submission or shown again. Where a problem points (a sheet's
    name, the words a PDF prints beside a field, an item named by its row's text) is the form's own
    text, which a company may have typed a CPR number into too: masked whole there."""
    out = []
    for p in problems:
        if holds_cpr_like(p.reason_en) or holds_cpr_like(p.reason_da):
            p = replace(p, reason_en=CPR_EN, reason_da=CPR_DA)
        if any(holds_cpr_like(text) for text in (p.locator, p.locator_da, p.item, p.item_da)):
            p = replace(
                p,
                locator=mask_cpr_like(p.locator, MASKED_WHOLLY),
                locator_da=mask_cpr_like(p.locator_da, MASKED_WHOLLY),
                item=mask_cpr_like(p.item, MASKED_WHOLLY),
                item_da=mask_cpr_like(p.item_da, MASKED_WHOLLY),
            )
        out.append(p)
    return out


def refuse_cpr(mapped: MappedForm, submission: Submission) -> None:
    """A `Rejection` naming every field of a company's form that holds what looks like a CPR number.

    The company never sees one, and its form says "never write CPR numbers"; one typed in anyway (a
    signer's, an intern's in the id's cell) must not be stored, shown on the lead's dashboard, or echoed
    back: the reason names the field and never the value."""
    problems = [
        FieldProblem(
            CPR_EN,
            CPR_DA,
            file=submission.filename,
            form=mapped.form_id,
            locator=(entry.locator.get("text") or {}).get("en", ""),
            field=entry.path,
            locator_da=(entry.locator.get("text") or {}).get("da", ""),
        )
        for entry in mapped.provenance
        if entry.raw_value is not None and holds_cpr_like(entry.raw_value)
    ]
    if problems:
        raise Rejection(problems)
