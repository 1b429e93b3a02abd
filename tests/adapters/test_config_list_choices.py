"""A list field's word list giving a value its canonical key does not allow is refused when the config
loads, as a field's is (stop 63, fixes-81; fixes-77 left it: decision 0061, "Stop 63: fixes-77, a list
field's map key"). The check (`config_values.check_values`) read `[[forms.fields]]` only; a
`[[forms.lists.fields]]` value goes to its key under the list's path (`entries.hours`), so a word no
record allows loaded and every document with it would be refused, the blame on the document.

No canonical list has a key of fixed choices today (`records.value_choices`: benefit, visitation,
mentor.employer, outcome, none in `entries`), so the test gives `entries.hours` choices of its own, as a
list's key with choices would have them (an absence reason a day, say): it checks the list's fields are
looked at, and named, not that today's schemas have such a key.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import CONFIG

from hub.adapters.language import config_values
from hub.adapters.language.registry import load_registry
from hub.errors import ConfigError
from hub.schemas.records import value_choices

HOURS = '    key = "hours"               # 1,5 and 0,75: decimal commas\n    transforms = ["hours"]\n'


def test_a_list_fields_map_value_its_key_does_not_allow_is_refused_naming_file_form_list_and_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def with_list_choices(form_type: str) -> dict[str, tuple[str, ...]]:
        found = dict(value_choices(form_type))
        if form_type == "mentor_hours":
            found["entries.hours"] = ("0.5", "1.0")
        return found

    monkeypatch.setattr(config_values, "value_choices", with_list_choices)
    text = (CONFIG / "holstebro.toml").read_text(encoding="utf-8")
    assert HOURS in text  # Holstebro's second form, the visits: its list's second field, the hours
    mapped = HOURS.replace('["hours"]', '[{ name = "map", values = { "halv" = "0.5", "hel" = "1,0" } }]')
    (tmp_path / "holstebro.toml").write_text(text.replace(HOURS, mapped), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_registry(tmp_path)
    where = "holstebro.toml: forms[1].lists[0].fields[1].transforms[0].values: "
    assert info.value.message == where + "'1,0' is not a value of entries.hours: one of 0.5, 1.0"
    assert info.value.message_da == where + "'1,0' er ikke en værdi af entries.hours: en af 0.5, 1.0"


def test_the_same_map_with_allowed_values_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config_values, "value_choices", lambda form_type: {"entries.hours": ("0.5", "1.0")})
    text = (CONFIG / "holstebro.toml").read_text(encoding="utf-8")
    mapped = HOURS.replace('["hours"]', '[{ name = "map", values = { "halv" = "0.5", "hel" = "1.0" } }]')
    (tmp_path / "holstebro.toml").write_text(text.replace(HOURS, mapped), encoding="utf-8")
    assert load_registry(tmp_path).get("holstebro") is not None
