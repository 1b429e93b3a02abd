"""A list field's map with a key "" is refused when the config loads, as a field's is (stop 63, fixes-77;
trial-79 made the field's check: `test_onboarding_thirtysecond`). A list's field is read as a field is:
an empty cell skips every transform but `default`, so the key "" is never read, and a day left empty
would be refused as empty though the config seems to say what it means."""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import edited_config

from hub.errors import ConfigError

HOURS = '    key = "hours"               # 1,5 and 0,75: decimal commas\n    transforms = ["hours"]\n'


def test_a_list_fields_map_key_for_the_empty_value_is_refused_naming_file_form_and_field(
    tmp_path: Path,
) -> None:
    def mapped(text: str) -> str:
        assert HOURS in text  # Holstebro's second form, the visits: its list's second field, the hours
        return text.replace(
            HOURS,
            HOURS.replace('["hours"]', '[{ name = "map", values = { "" = "0", "1,5" = "1,5" } }, "hours"]'),
        )

    with pytest.raises(ConfigError) as info:
        edited_config(tmp_path, "holstebro", mapped)
    where = "holstebro.toml: forms[1].lists[0].fields[1].transforms[0].values: "
    assert info.value.message == (
        where + 'the key "" is never read: an empty value skips every transform but default; write '
        '{ name = "default", value = "0" } after the map'
    )
    assert info.value.message_da == (
        where + 'nøglen "" læses aldrig: en tom værdi springer alle transformationer over undtagen default;'
        ' skriv { name = "default", value = "0" } efter map'
    )
