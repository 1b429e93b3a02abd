"""A transform that gives the record a number (`integer`) at a path that holds text is refused when the
config loads (decision 0060, "Stop 69: fixes-113" noticed it, "Stop 70: fixes-116"): a P-number mapped
with `integer` loaded, `hub adapters check` said "ok", and every document was then refused "P-number must
be a string", the blame on the document. The scores, numbers in the record, keep `integer`."""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import edited_config

from hub.adapters.language.registry import load_registry
from hub.errors import ConfigError

# Egedal's visits (its second form): the P-number's field, the third.
P_NUMBER = 'source = "pnr"\n  transforms = ["digits"]'


def test_a_p_number_mapped_with_integer_is_refused_naming_the_field(tmp_path: Path) -> None:
    def as_integer(text: str) -> str:
        assert text.count(P_NUMBER) == 1
        return text.replace(P_NUMBER, P_NUMBER.replace("digits", "integer"))

    with pytest.raises(ConfigError) as info:
        edited_config(tmp_path, "egedal", as_integer)
    where = "egedal.toml: forms[1].fields[2].transforms[0]: "
    assert info.value.message == (
        where + "'integer' gives a number, and site.p_number holds text: every document would be rejected;"
        " write digits for an identifier, or a transform that gives text"
    )
    assert info.value.message_da == (
        where + "'integer' giver et tal, og site.p_number rummer tekst: hvert dokument ville blive afvist;"
        " skriv digits for et id-nummer, eller en transformation, der giver tekst"
    )


def test_scores_mapped_with_integer_still_load() -> None:
    """Gentofte's progress report reads its five scores with `integer`: the record holds numbers there."""
    registry = load_registry(Path(__file__).parents[2] / "config" / "municipalities")
    assert registry.get("gentofte") is not None
