"""A relative XML path that goes up past the root element names nothing in any document: refused when
the config loads, naming how deep the element it starts from is (docs/config-language.md, "XML
details"), rather than read as "missing" in every document the form is sent.

Tønder's export (tests/onboarding/config/toender.toml): a record a `/ks:Udtraek/ks:Borger/ks:Bevilling`,
three elements deep, so `../../` reaches the root element and `../../../` goes past it; its weeks are
rows `ks:Uger/ks:Uge` inside the grant, five deep."""

from __future__ import annotations

from pathlib import Path

import pytest

from hub.adapters.language.config_schema import load_config_file
from hub.errors import ConfigError

TOENDER = Path(__file__).parents[1] / "onboarding" / "config" / "toender.toml"


def _load(tmp_path: Path, old: str, new: str) -> None:
    text = TOENDER.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "toender.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    load_config_file(path)


def test_an_items_field_may_go_up_to_the_root_element(tmp_path: Path) -> None:
    _load(tmp_path, 'source = "../ks:CPR"', 'source = "../../@dannet"')


def test_an_items_field_that_goes_past_the_root_element_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        _load(tmp_path, 'source = "../ks:CPR"', 'source = "../../../ks:CPR"')
    english = (
        "toender.toml: forms[0].fields[0].source: '../../../ks:CPR' goes up past the root element: "
        "it starts 3 elements deep"
    )
    dansk = (
        "toender.toml: forms[0].fields[0].source: '../../../ks:CPR' går op forbi rodelementet: "
        "den begynder 3 elementer nede"
    )
    assert english in info.value.message.splitlines()
    assert dansk in info.value.message_da.splitlines()


def test_a_lists_field_counts_from_its_row_inside_the_item(tmp_path: Path) -> None:
    _load(tmp_path, 'source = "ks:Fra"', 'source = "../../../../@dannet"')
    with pytest.raises(ConfigError) as info:
        _load(tmp_path, 'source = "ks:Fra"', 'source = "../../../../../ks:Fra"')
    where = "toender.toml: forms[0].lists[0].fields[0].source"
    english = f"{where}: '../../../../../ks:Fra' goes up past the root element: it starts 5 elements deep"
    assert english in info.value.message.splitlines()
