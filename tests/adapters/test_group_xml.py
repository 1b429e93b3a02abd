"""`group = true` on an xml form's items (stop 64, fixes-88; trial-85's Go export of visits, a visit an
element with the citizen's CPR in each): grouping is the csv/xlsx item tables' only, and the check said
"group goes with key", which sent the config's writer to add a key an xml form cannot have. It now says
that group does not apply to xml, and what an xml export must look like instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_items import XML_ITEMS, form

from hub.adapters.language.config_da import danish
from hub.errors import ConfigError


def test_group_on_an_xml_forms_rows_says_it_is_for_csv_and_xlsx(tmp_path: Path) -> None:
    body = XML_ITEMS.replace('rows = "/e:Eksport/e:Borger"', 'rows = "/e:Eksport/e:Borger"\n  group = true')
    with pytest.raises(ConfigError) as caught:
        form(tmp_path, body)
    said = str(caught.value)
    assert (
        "group is for csv/xlsx item tables, with key: an xml form's items are its rows' elements, one"
        " record each, and elements of one citizen are not joined by a key (their visits must lie in one"
        " element per citizen, read by a list's rows)"
    ) in said
    assert "group goes with key" not in said


def test_the_message_is_said_in_danish() -> None:
    line = (
        "forms.0.items.group: group is for csv/xlsx item tables, with key: an xml form's items are its rows'"
        " elements, one record each, and elements of one citizen are not joined by a key (their visits must"
        " lie in one element per citizen, read by a list's rows)"
    )
    assert danish(line) == (
        "forms.0.items.group: group er for csv/xlsx-posttabeller med key: en xml-formulars poster er dens"
        " rows-elementer, én post hver, og elementer for samme borger samles ikke efter en nøgle (en borgers"
        " besøg skal ligge i ét element pr. borger, læst med en listes rows)"
    )
