"""A CPR number typed into an e-mail address field (decision 0060, "Stop 57: quiet-65").

Herlev's golden placement (csv, its case system's export, written again by Python's csv writer) with
the caseworker's address typed as `0101901234@herlev.example.dk`. Before, it was stored, and an address
is an identifier shown as written: a masking auditor's pages, API and bundle, and a lead looking at a
partner's citizen, read the number whole. Now the form is refused at the address's cell, without
quoting it, in English and Danish.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from herlev_placement_support import read_placement_with

from hub.errors import Rejection

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("address", ["0101901234@herlev.example.dk", "bo.010190-1234@herlev.example.dk"])
def test_a_cpr_number_in_the_caseworkers_address_is_refused_at_its_cell(address: str) -> None:
    with pytest.raises(Rejection) as caught:
        read_placement_with("E-mail", address)
    (problem,) = caught.value.problems
    assert (problem.locator, problem.field) == ("row 17, column 2 (B17)", "caseworker.email")
    assert problem.reason_en.startswith("holds what looks like a CPR number: an e-mail address is shown")
    assert problem.reason_da.startswith("Indeholder noget, der ligner et CPR-nummer: en e-mailadresse")
    assert "1234" not in problem.reason_en + problem.reason_da  # the number is never quoted back
