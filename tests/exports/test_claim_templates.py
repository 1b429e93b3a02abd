"""The committed PDF claim templates are exactly what their generator writes."""

from __future__ import annotations

from simulator_support import check_golden_inputs_reproduced


def test_claim_templates_are_reproduced_by_their_script() -> None:
    check_golden_inputs_reproduced("make_claim_templates", at_least=3)
