"""Excel's error text in a PDF text field (a mail merge from a sheet whose formula failed: `#VALUE!`,
`#N/A`, Danish Excel's `#VÆRDI!`) is refused at the field and page, as a CSV's, an XML element's and a
workbook's text cell are (one rule, `readers.excel_errors`; decision 0025, "Stop 66: fixes-100"), never
stored as a mentor named "#VALUE!". Each form is Skanderborg's agreement with one field's /V set."""

from __future__ import annotations

from typing import Any

import pytest
from skanderborg_agreement_support import agreement_outcome


def _outcome(saved: str) -> Any:
    """The agreement with its mentor's name field holding `saved`: the record, or the problems."""
    return agreement_outcome("mentornavn", saved)


@pytest.mark.parametrize("saved", ["#VALUE!", "#N/A", "#REF!", "#DIV/0!", "#VÆRDI!", " #N/A "])
def test_excels_error_in_a_text_field_is_refused_at_its_field_and_page(saved: str) -> None:
    [(path, where, english, danish)] = _outcome(saved)
    assert path == "mentor.name"
    assert where.startswith('field "mentornavn"') and where.endswith(" on page 1")
    shown = saved.strip()
    assert english == (
        f"the value is Excel's error {shown}: the formula it was copied from could not be calculated; correct"
        " it in Excel and send the file again"
    )
    assert danish == (
        f"værdien er Excels fejl {shown}: formlen, den er kopieret fra, kunne ikke regnes ud; ret den i Excel"
        " og send filen igen"
    )


@pytest.mark.parametrize("saved", ["#N/A mangler", "N/A", "#1", "Ole #REF!"])
def test_a_text_only_holding_such_a_word_reads_as_written(saved: str) -> None:
    assert _outcome(saved)["mentor"]["name"] == saved
