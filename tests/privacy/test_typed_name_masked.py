"""A username as typed goes into the audit log masked (`users.typed_name`): people type their CPR number
into the sign-in box, in any spelling, and a long one is cut to length only after it is masked, so that
no serial digits are left where the cut fell inside the number (docs/decisions/0065)."""

from __future__ import annotations

import pytest

from hub.services.users import typed_name


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("01 01 90 1234", "010190-XXXX"),
        ("cpr 010190 - 1234", "cpr 010190-XXXX"),
        ("\uff10\uff11\uff10\uff11\uff19\uff10\uff11\uff12\uff13\uff14", "010190-XXXX"),
    ],
)
def test_a_cpr_number_typed_as_a_username_is_masked(typed: str, written: str) -> None:
    assert typed_name(typed) == written


def test_a_long_name_is_cut_after_it_is_masked() -> None:
    assert typed_name("x" * 91 + "0101901234") == "x" * 91 + "010190-XX"
    assert typed_name("x" * 95 + "01 01 90 1234") == "x" * 95 + "01019"
