"""The company's last guard (`company_redact`) and the pages a company reads (`placement_reads.shown_text`)
mask a CPR number however it was typed or pasted, fullwidth digits and invisible spaces included, and
wholly: the birth date is no business of the company (docs/decisions/0065)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from company_data import INTERNS, export, form_spec

from hub.exports.company_redact import redact_export, redact_form
from hub.services.placement_reads import shown_text

# 010190-1234 in fullwidth digits and hyphen, as an East Asian keyboard or a PDF's font gives it.
FULLWIDTH = "\uff10\uff11\uff10\uff11\uff19\uff10\uff0d\uff11\uff12\uff13\uff14"
PASTED = [FULLWIDTH, "010190\u200b1234", "01\u202f01\u202f90\u202f1234", "01-01-1990-1234"]


@pytest.mark.parametrize("written", PASTED)
def test_the_export_and_the_form_get_no_cpr_number(written: str) -> None:
    mentor = f"Mads Mentor ({written})"
    masked = "Mads Mentor (XXXXXX-XXXX)"
    data = redact_export(export(interns=[replace(INTERNS[0], mentor_name=mentor)]))
    assert [intern.mentor_name for intern in data.interns] == [masked]
    spec = form_spec("mentor_hours")
    first = replace(spec.interns[0], mentor_name=mentor)
    assert redact_form(replace(spec, interns=(first,))).interns[0].mentor_name == masked


@pytest.mark.parametrize("written", PASTED)
def test_a_page_a_company_reads_gets_no_cpr_number(written: str) -> None:
    assert shown_text(f"note: {written}", "none") == "note: XXXXXX-XXXX"
    assert shown_text(f"note: {written}", "masked") == "note: 010190-XXXX"
